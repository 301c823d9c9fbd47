//! News: acts that a rule or proposal only permits.
//!
//! Background sentences describe what a bill, law or arrangement would let
//! someone do: "a proposed bill that would have allowed China to extradite
//! suspects", "a change to the law that would allow the government to
//! remove people", "officially, the monarch is allowed to prorogue
//! Parliament". The permitted act is the content of the rule, not an act
//! anyone did, plans or threatens, and analysts do not code it. An actor
//! that permits ("the government allowed police to detain them") and a
//! past permission ("journalists were allowed to enter") are left alone:
//! there the act may well have happened.
//!
//! Likewise what someone risks doing ("not prepared to risk inflicting the
//! disaster of no deal on our communities") is a possible consequence, not
//! an act.

use crate::{PhraseHit, Tree};

/// Verbs whose infinitive complement is an act they permit, by lemma.
const PERMISSION_VERBS: &[&str] = &[
    "allow",
    "authorise",
    "authorize",
    "empower",
    "enable",
    "entitle",
    "let",
    "permit",
];

/// Modals that make a permission hypothetical or generic.
const MODALS: &[&str] = &["would", "could", "might", "will", "may", "can", "shall"];

/// Is the act `v` only what a rule or proposal permits: the infinitive of a
/// verb of permission whose subject names no actor ("a bill that would
/// allow", "an amendment to allow", "the law permits") and which is
/// modal, present tense or a noun's relative or infinitive clause; or the
/// infinitive of a present-tense passive permission without an agent ("is
/// allowed to prorogue"); or what someone risks doing ("risk inflicting")?
pub(crate) fn only_permitted(tree: &Tree<'_>, hits: &[PhraseHit<'_>], v: usize) -> bool {
    if tree.base_rel(v) != "xcomp" {
        return false;
    }
    let Some(p) = tree.heads[v] else {
        return false;
    };
    if tree.lemma_lower(p) == "risk" {
        return true;
    }
    if !PERMISSION_VERBS.contains(&tree.lemma_lower(p).as_str()) {
        return false;
    }
    let aux = |rel: &str| {
        tree.children[p]
            .iter()
            .copied()
            .filter(|&c| tree.rel(c) == rel)
            .collect::<Vec<_>>()
    };
    let modal = aux("aux")
        .iter()
        .any(|&a| MODALS.contains(&tree.words[a].form.to_lowercase().as_str()));
    let present = |i: usize| matches!(tree.words[i].xpos.as_str(), "VBZ" | "VBP");
    // "the monarch is allowed to prorogue": a standing permission.
    let passive = aux("aux:pass");
    if !passive.is_empty() {
        let agent = tree.children[p]
            .iter()
            .any(|&c| tree.rel(c) == "obl:agent" || tree.case_of(c) == Some("BY"));
        return !agent && (modal || passive.iter().any(|&a| present(a)));
    }
    // The permitting subject: its own, or the noun the clause modifies
    // ("a bill that would allow", "an amendment to allow").
    let clause_of_noun = tree.rel(p).starts_with("acl");
    let subject = match tree.child_with(p, |r| r == "nsubj") {
        Some(s) => {
            let relative = matches!(tree.words[s].xpos.as_str(), "WDT" | "WP")
                || matches!(tree.lemma_lower(s).as_str(), "which" | "that");
            if relative && clause_of_noun {
                tree.heads[p]
            } else if tree.words[s].upos == "PRON" {
                // "it would allow": the pronoun may stand for an actor.
                None
            } else {
                Some(s)
            }
        }
        None if clause_of_noun => tree.heads[p],
        None => None,
    };
    let Some(subject) = subject else {
        return false;
    };
    let names_actor = hits
        .iter()
        .any(|h| !h.is_empty() && h.start() <= subject && subject < h.start() + h.len());
    !names_actor && (modal || clause_of_noun || present(p))
}
