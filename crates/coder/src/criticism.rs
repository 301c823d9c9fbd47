//! Criticism worded as force (news mode): "Iran's foreign minister blasted
//! Washington", "the Kremlin hammered the White House", "the Palestinian
//! Authority assailed Israel's settlement expansion".
//!
//! The verb dictionaries file *blast*, *hammer*, *assail* and *lash* under
//! force (190) and *slam* under criticism (111, `SLAM_CRITICIZE` in
//! `dyad.additions.verbs.txt`). Which one the verb is depends on who does it
//! to whom: a government, a minister or a party speaks; an army, rebels or a
//! missile strike. So a force code of one of these verbs becomes criticism
//! when its source is a political speaker (not an armed body, not a crowd)
//! and nothing in the clause is physical (no weapon in a *with* phrase, no
//! armed target, no attacked place); and a criticism code that only the
//! verb's default gave becomes force when an armed body does it to a
//! target without any grievance ("Russian troops slammed Ukrainian
//! positions"). Bare countries stay as the dictionary codes them: "Russia
//! hammered Kyiv" is shelling as often as it is words.
//!
//! **Official protests.** *Protest* is a demonstration (14) in the verb
//! dictionary; a state or government protesting another side's act
//! ("Argentina protested Britain's military exercises", "Japan's foreign
//! ministry protested to China over the incursion") complains officially
//! (114). The source must be a state by name (one singular proper noun:
//! "Argentina", not "Israelis") or a government body, never a crowd.
//!
//! **Coups.** "France denounced the coup in Niger": a coup is done by the
//! country's own military, so a reaction to "the coup in X" with no other
//! target is aimed at X's military (`XXXMIL`).

use dyad_dict::PhraseHit;

use crate::countries::roles_of;
use crate::{Actor, Coder, Roles, Tree};

/// Verbs news uses both for criticism and for force.
const VERBAL_FORCE_LEMMAS: &[&str] = &["blast", "hammer", "assail", "lash", "slam", "bash"];

/// Roles that speak rather than fight: their "blast" is words.
const SPEAKER_ROLES: &[&str] = &[
    "GOV", "LEG", "PTY", "OPP", "JUD", "MED", "ELI", "NGO", "HRI",
];

/// Roles that fight: a target or a source with one of them is physical.
const ARMED_ROLES: &[&str] = &["MIL", "REB", "INS", "UAF", "COP", "SPY", "SEP"];

/// Heads of a source phrase that name a crowd or fighters, whatever role
/// the dictionary gives them ("protesters" are `OPP`).
const CROWD_NOUNS: &[&str] = &[
    "protester",
    "protestor",
    "demonstrator",
    "rioter",
    "mob",
    "crowd",
    "supporter",
    "gunman",
    "militant",
    "fighter",
    "soldier",
    "troop",
    "force",
    "settler",
    "youth",
];

/// Nouns of a *with* phrase that make the act physical: "hammered Kyiv with
/// missiles".
const INSTRUMENT_NOUNS: &[&str] = &[
    "missile",
    "rocket",
    "drone",
    "shell",
    "artillery",
    "bomb",
    "airstrike",
    "strike",
    "fire",
    "gunfire",
    "mortar",
    "weapon",
    "tear",
    "gas",
    "water",
    "cannon",
    "stone",
    "rock",
    "brick",
    "bullet",
];

/// The code of the criticism a force verb names.
const CRITICIZE: &str = "111";
/// The generic code of force.
const FORCE: &str = "190";

fn head_lemma(tree: &Tree<'_>, a: &Actor) -> String {
    tree.lemma_lower(crate::phrase_node(tree, a.first, a.last))
}

fn is_armed(a: &Actor) -> bool {
    roles_of(&a.code).any(|r| ARMED_ROLES.contains(&r))
}

/// A political speaker: an actor with a speaking role whose phrase is not a
/// crowd or fighters.
fn is_speaker(tree: &Tree<'_>, a: &Actor) -> bool {
    let mut roles = roles_of(&a.code).peekable();
    roles.peek().is_some()
        && roles_of(&a.code).all(|r| SPEAKER_ROLES.contains(&r))
        && !CROWD_NOUNS.contains(&head_lemma(tree, a).as_str())
}

/// Does the clause of `v` name something physical: a weapon in a *with*
/// phrase, or an attacked place as the object?
fn physical(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v].iter().any(|&c| {
        let lemma = tree.lemma_lower(c);
        match tree.base_rel(c) {
            "obl" => {
                tree.case_of(c) == Some("WITH") && INSTRUMENT_NOUNS.contains(&lemma.as_str())
                    || tree.case_of(c) == Some("INTO")
            }
            "obj" => crate::violence::is_attacked_place(tree, c),
            _ => false,
        }
    })
}

/// Does the clause of `v` state a grievance: "over its support", "for the
/// delays", "after the vote", or an *as* phrase ("as a war criminal")?
fn grievance(tree: &Tree<'_>, v: usize) -> bool {
    tree.children[v].iter().any(|&c| {
        matches!(tree.base_rel(c), "obl" | "advcl")
            && matches!(tree.case_of(c), Some("OVER" | "FOR" | "AS"))
            && !matches!(tree.words[c].upos.as_str(), "NUM")
            || tree
                .child_with(c, |r| r == "mark")
                .is_some_and(|m| tree.lemma_lower(m) == "as")
    })
}

/// News: the code of an event of a verb of criticism worded as force (see
/// the module documentation): `code` unchanged unless the verb at `v` is
/// one of [`VERBAL_FORCE_LEMMAS`] and the participants decide otherwise.
/// `by_pattern`: a verb pattern gave the code (it then already reads the
/// words around the verb and is kept).
pub(crate) fn verbal_force_code(
    tree: &Tree<'_>,
    v: usize,
    code: String,
    by_pattern: bool,
    source: Option<&Actor>,
    target: Option<&Actor>,
) -> String {
    let (Some(s), Some(t)) = (source, target) else {
        return code;
    };
    let lemma = tree.lemma_lower(v);
    if !VERBAL_FORCE_LEMMAS.contains(&lemma.as_str()) {
        return code;
    }
    let force = matches!(code.get(..2), Some("18" | "19" | "20"));
    if force && is_speaker(tree, s) && !is_armed(t) && !physical(tree, v) {
        return CRITICIZE.to_string();
    }
    if code == CRITICIZE && !by_pattern && is_armed(s) && !grievance(tree, v) {
        return FORCE.to_string();
    }
    code
}

/// Complaining officially (114).
const COMPLAIN_OFFICIALLY: &str = "114";

/// Government roles whose protest is official.
const STATE_ROLES: &[&str] = &["GOV"];

/// A state acting as such: a bare country named by one singular proper
/// noun ("Argentina", "Beijing"), or a government body that is no crowd.
fn is_state(tree: &Tree<'_>, a: &Actor) -> bool {
    let node = crate::phrase_node(tree, a.first, a.last);
    if a.code.len() == 3 && crate::countries::is_country_code(&a.code) {
        return a.first == a.last && tree.words[node].xpos == "NNP";
    }
    crate::countries::is_country_code(&a.code)
        && roles_of(&a.code).all(|r| STATE_ROLES.contains(&r))
        && !CROWD_NOUNS.contains(&tree.lemma_lower(node).as_str())
}

/// News: "Argentina protested Britain's military exercises": a state's
/// protest against another state's act is an official complaint (114),
/// not a demonstration (see the module documentation). `code` unchanged
/// otherwise.
pub(crate) fn official_protest_code(
    tree: &Tree<'_>,
    v: usize,
    code: String,
    source: Option<&Actor>,
    target: Option<&Actor>,
) -> String {
    let (Some(s), Some(t)) = (source, target) else {
        return code;
    };
    if !code.starts_with("14") || tree.lemma_lower(v) != "protest" || !tree.is_verb(v) {
        return code;
    }
    let other_state = crate::countries::has_known_root(&t.code)
        && crate::root_of(&t.code) != crate::root_of(&s.code);
    if other_state && is_state(tree, s) {
        COMPLAIN_OFFICIALLY.to_string()
    } else {
        code
    }
}

/// Nouns of a seizure of power by a country's own forces.
const COUP_NOUNS: &[&str] = &["coup", "putsch"];

impl Coder<'_> {
    /// News: the military of the country a reaction's "coup in X" names
    /// (see the module documentation), or `None`.
    pub(crate) fn coup_country(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        roles: &Roles,
    ) -> Option<Actor> {
        let n = tree.child_with(v, |r| r == "obj" || r == "nsubj:pass")?;
        if !COUP_NOUNS.contains(&tree.lemma_lower(n).as_str()) {
            return None;
        }
        // "the coup in Niger", with *in Niger* on the noun or, as the
        // parser often hangs it, on the verb right after the noun.
        let in_phrase = |h: usize, after: usize| {
            tree.children[h].iter().copied().find(|&c| {
                c > after
                    && matches!(tree.base_rel(c), "nmod" | "obl")
                    && tree.case_of(c) == Some("IN")
            })
        };
        let place = in_phrase(n, n).or_else(|| in_phrase(v, n))?;
        let actor = self
            .actors_with_conj(tree, hits, place)
            .into_iter()
            .find(|a| crate::countries::is_country_code(&a.code))?;
        let country = crate::root_of(&actor.code);
        if roles
            .sources
            .iter()
            .any(|s| crate::root_of(&s.code) == country)
        {
            return None;
        }
        Some(Actor::inferred(
            format!("{country}MIL"),
            actor.first,
            actor.last,
            Some("event"),
        ))
    }
}
