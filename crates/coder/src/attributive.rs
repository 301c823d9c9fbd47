//! Attributive evaluation in statements (news): "the regime's brutal
//! crackdown must end", "Moscow's illegal annexation of Crimea", "this
//! reckless decision by the president", "Russia's aggression will not go
//! unanswered".
//!
//! `statement.rs` counts an evaluative word only when it is said of
//! something (the predicate of what was said), so that a word that merely
//! describes ("illegal immigrants", "a dangerous storm") evaluates no one.
//! But speakers condemn as often by the adjective they put on another
//! side's act as by a predicate. An attributive entry counts when what it
//! qualifies is an act with a named author:
//! * an evaluative adjective on a noun naming an act (`is_act_noun` in
//!   `lib.rs`, or a few nouns of rule and conduct below) whose author is
//!   named — its possessor, its *by* phrase, or a proper-name or
//!   nationality modifier ("the brutal Syrian crackdown");
//! * an evaluative noun that names no person ("aggression", "crimes",
//!   "provocation", not "terrorist" or "hero") with such an author
//!   ("Russia's aggression", "Israeli crimes").
//!
//! The author is then the target ([`authors`]); the statement must still
//! have a source, and negation and the speaker's own side are excluded as
//! for predicative entries.

use crate::{is_act_noun, Tree};

/// Nouns of rule and conduct whose author an evaluative adjective judges
/// ("Assad's brutal regime", "China's aggressive behaviour"), besides the
/// act nouns of `lib.rs`.
const CONDUCT_NOUNS: &[&str] = &[
    "regime",
    "rule",
    "war",
    "campaign",
    "program",
    "programme",
    "settlement",
    "actions",
    "act",
    "policies",
    "tactic",
    "tactics",
    "approach",
    "attitude",
    "stance",
    "interference",
    "meddling",
    "provocation",
    "ambition",
    "ambitions",
];

/// Evaluative nouns that name a person or a group: with a possessor they
/// say who someone has, not what someone did ("Pakistan's terrorists",
/// "America's heroes").
const PERSON_NOUNS: &[&str] = &[
    "terrorist",
    "terrorists",
    "hero",
    "liar",
    "dictator",
    "friend",
    "leader",
    "partner",
    "bully",
];

/// Is the noun at `n` an evaluative noun for a person or group
/// ([`PERSON_NOUNS`])?
pub(crate) fn is_person_noun(tree: &Tree<'_>, n: usize) -> bool {
    let lemma = tree.lemma_lower(n);
    let form = tree.words[n].form.to_ascii_lowercase();
    PERSON_NOUNS.contains(&lemma.as_str()) || PERSON_NOUNS.contains(&form.as_str())
}

/// The noun whose author an evaluative entry hanging by `node` judges, when
/// the entry is attributive: `node` itself for an evaluative noun, or the
/// act noun an evaluative adjective modifies; `None` when there is no named
/// author (the entry then counts only if predicative).
pub(crate) fn authored_head(tree: &Tree<'_>, node: usize) -> Option<usize> {
    let upos = tree.words[node].upos.as_str();
    let head = match (upos, tree.base_rel(node)) {
        ("ADJ" | "VERB", "amod") => {
            let h = tree.heads[node]?;
            let lemma = tree.lemma_lower(h);
            let act = tree.words[h].upos == "NOUN"
                && (is_act_noun(&lemma) || CONDUCT_NOUNS.contains(&lemma.as_str()));
            act.then_some(h)?
        }
        ("NOUN", _) => {
            if is_person_noun(tree, node) {
                return None;
            }
            node
        }
        _ => return None,
    };
    (!authors(tree, head).is_empty()).then_some(head)
}

/// The words naming the author of the act noun `h`: its possessor ("the
/// regime's"), its *by* phrase ("by the president"), and a proper name or
/// nationality adjective before it ("the Israeli occupation", "Russian
/// aggression"), with their subtrees.
pub(crate) fn authors(tree: &Tree<'_>, h: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for &c in &tree.children[h] {
        let possessor = tree.rel(c) == "nmod:poss";
        let by = tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("BY");
        let named_modifier = c < h
            && matches!(tree.base_rel(c), "amod" | "compound")
            && (tree.words[c].upos == "PROPN"
                || tree.words[c].upos == "ADJ"
                    && tree.words[c].form.starts_with(|ch: char| ch.is_uppercase()));
        if possessor || by || named_modifier {
            out.extend(tree.subtree(c, &|_| false));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
