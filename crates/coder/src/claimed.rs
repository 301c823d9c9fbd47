//! News: attacks whose doer the sentence leaves out but the article names.
//!
//! "Oil facilities were hit by drone strikes", "The attack killed twenty
//! soldiers", "Five policemen were killed in the bombing": an act of force
//! (CAMEO 18–20) named by a noun of force or a weapon, with a target and no
//! source. A careful reader takes the doer from the article: whoever claimed
//! responsibility ("The Houthi movement claimed responsibility for the
//! attacks", CAMEO 015), else whoever the article reports using force
//! ("Israeli aircraft struck targets in Gaza. The strikes killed three
//! militants"). The event waits until the whole article is read (a claim
//! often comes after the attack) and gets a doer only when the article
//! names exactly one: an article about two sides' attacks leaves it
//! without.

use crate::{Tree, FORCE_NOUNS};

/// Weapons whose use names an attack as well as a noun of force does
/// ("hit by missiles", "a car bomb killed").
const WEAPON_NOUNS: &[&str] = &[
    "missile", "rocket", "drone", "bomb", "mortar", "shell", "grenade", "artillery",
];

/// The noun of force or weapon that names the act of the verb at `v`: its
/// subject ("the attack killed"), its passive agent ("hit by drone
/// strikes") or the act it happened in ("killed in the attack").
pub(crate) fn force_noun(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let is_force = |n: usize| {
        let lemma = tree.lemma_lower(n);
        FORCE_NOUNS.contains(&lemma.as_str()) || WEAPON_NOUNS.contains(&lemma.as_str())
    };
    let named = tree.children[v].iter().copied().find(|&c| {
        let role = match tree.base_rel(c) {
            "nsubj" => tree.rel(c) == "nsubj",
            "obl" => matches!(tree.case_of(c), Some("BY" | "IN" | "DURING")),
            _ => false,
        };
        role && is_force(c)
    });
    // "The attack, claimed by the Islamic State, killed twenty": the
    // parser may make the verb a conjunct of its subject noun.
    named.or_else(|| {
        let head = tree.heads[v]?;
        let subjectless = tree.child_with(v, |r| r.starts_with("nsubj")).is_none();
        (tree.base_rel(v) == "conj"
            && subjectless
            && tree.words[head].upos == "NOUN"
            && is_force(head))
        .then_some(head)
    })
}

/// Is `cameo` an act of force (roots 18–20)?
pub(crate) fn is_force(cameo: &str) -> bool {
    matches!(cameo.get(..2), Some("18" | "19" | "20"))
}

/// The one doer an article names for its attacks, for an attack on
/// `target`: the claimants of responsibility (015) if any, else the sources
/// of its acts of force, not counting the target itself. Codes of one actor
/// at different depths (`YEMREB`, `YEMREBMIL`) count once, as the shorter;
/// two different actors give none. The `bool` says whether the doer comes
/// from a claim (only that party's word).
pub(crate) fn article_doer(acts: &[(String, String)], target: &str) -> Option<(String, bool)> {
    // The target, its country or its country's institutions ("SAU",
    // "SAUMIL" for an attack on `SAU`) are not its attacker.
    let not_target =
        |s: &&(String, String)| !(target.starts_with(s.0.as_str()) || s.0.starts_with(target));
    let claims: Vec<&String> = acts
        .iter()
        .filter(|(_, c)| c.starts_with("015"))
        .filter(not_target)
        .map(|(s, _)| s)
        .collect();
    let (candidates, claimed) = if claims.is_empty() {
        let force = acts
            .iter()
            .filter(|(_, c)| is_force(c))
            .filter(not_target)
            .map(|(s, _)| s)
            .collect();
        (force, false)
    } else {
        (claims, true)
    };
    let shortest = candidates.iter().min_by_key(|s| s.len())?;
    let one = candidates.iter().all(|s| s.starts_with(shortest.as_str()));
    one.then(|| ((*shortest).clone(), claimed))
}

/// The *by* phrase of a participle that names who carried out the act of
/// the noun at `n`: "drone strikes launched by the Houthis", "the attack,
/// claimed by the Islamic State".
pub(crate) fn noun_author(tree: &Tree<'_>, n: usize) -> Option<usize> {
    tree.children[n]
        .iter()
        .copied()
        .filter(|&c| tree.base_rel(c) == "acl" && tree.words[c].xpos == "VBN")
        .find_map(|p| {
            tree.children[p]
                .iter()
                .copied()
                .find(|&c| tree.rel(c) == "obl:agent" || tree.case_of(c) == Some("BY"))
        })
}
