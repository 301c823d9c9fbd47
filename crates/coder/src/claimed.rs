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
/// ("hit by missiles", "a car bomb killed"), and an ambush.
const WEAPON_NOUNS: &[&str] = &[
    "missile",
    "rocket",
    "drone",
    "bomb",
    "ambush",
    "mortar",
    "shell",
    "grenade",
    "artillery",
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
    // "the attack, which killed twenty soldiers", "a bombing that
    // wounded 40": a relative clause whose subject is the relative pronoun
    // names the act of the noun it modifies.
    let relative = || {
        let head = tree.heads[v]?;
        let pronoun = tree.child_with(v, |r| r == "nsubj")?;
        (tree.rel(v) == "acl:relcl"
            && matches!(tree.words[pronoun].xpos.as_str(), "WDT" | "WP")
            && is_force(head))
        .then_some(head)
    };
    // "The attack, claimed by the Islamic State, killed twenty": the
    // parser may make the verb a conjunct of its subject noun.
    named.or_else(relative).or_else(|| {
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

/// An attack awaiting its doer: which event of which sentence, and whether
/// its noun points back to an act already reported ("the strikes", "these
/// attacks").
#[derive(Debug, Clone)]
pub(crate) struct Unclaimed {
    pub sentence: usize,
    pub action: Option<[usize; 2]>,
    pub definite: bool,
}

/// Does the noun at `n` point back ("the attack", "these strikes", "the
/// Monday bombing")?
pub(crate) fn is_definite(tree: &Tree<'_>, n: usize) -> bool {
    tree.children[n].iter().any(|&c| {
        tree.base_rel(c) == "det"
            && matches!(
                tree.lemma_lower(c).as_str(),
                "the" | "this" | "that" | "these" | "those"
            )
    })
}

/// The one doer an article names for `attack` on `target`: whoever claimed
/// responsibility (015) anywhere in the article; else, for a noun that
/// points back ("killed in the strikes"), the source of the acts of force
/// reported up to its sentence, when the whole article reports force by no
/// one else. The target, its country and its country's institutions do not
/// count; codes of one actor at different depths (`YEMREB`, `YEMREBMIL`)
/// count once, as the shorter; two different actors give none. The `bool`
/// says whether the doer comes from a claim (only that party's word).
pub(crate) fn article_doer(
    acts: &[(usize, String, String)],
    attack: &Unclaimed,
    target: &str,
) -> Option<(String, bool)> {
    let others = || {
        acts.iter()
            .filter(|(_, s, _)| !(target.starts_with(s.as_str()) || s.starts_with(target)))
    };
    let claims: Vec<&String> = others()
        .filter(|(_, _, c)| c.starts_with("015"))
        .map(|(_, s, _)| s)
        .collect();
    if !claims.is_empty() {
        return single(&claims).map(|d| (d, true));
    }
    if !attack.definite {
        return None;
    }
    let force: Vec<&(usize, String, String)> = others().filter(|(_, _, c)| is_force(c)).collect();
    let before = force.iter().any(|(i, _, _)| *i <= attack.sentence);
    let sources: Vec<&String> = force.iter().map(|(_, s, _)| s).collect();
    single(&sources).filter(|_| before).map(|d| (d, false))
}

/// The one actor `codes` name, as its shortest code; `None` for none or
/// several.
fn single(codes: &[&String]) -> Option<String> {
    let shortest = codes.iter().min_by_key(|s| s.len())?;
    codes
        .iter()
        .all(|s| s.starts_with(shortest.as_str()))
        .then(|| (*shortest).clone())
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
