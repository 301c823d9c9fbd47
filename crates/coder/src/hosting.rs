//! News: a leader "received" a visiting leader — hosting a visit (CAMEO 043).
//!
//! "Xi Jinping received the Pakistani prime minister in Beijing", "Putin
//! received Erdogan at the Kremlin": *receive* with a visitor as its direct
//! object is how news reports a host. The verb dictionary cannot say so: a
//! pattern noun (`RECEIVE * PRESIDENT`) may stand anywhere after the verb, so
//! it would also match "received a letter from the president" or "received
//! aid from the American president", which are no visits. Here the visitor
//! must be the direct object itself: a title of office ("the Turkish
//! president", "a Chinese delegation") or a named person the dictionaries
//! know in a role ("Erdogan" → `TURGOV`), never a country or a thing
//! ("received Russian support", "received American weapons"), and nothing
//! may be received *from* anyone.

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::{Coder, Predicate, Tree};

/// Nouns of visitors: offices and delegations (lemmas).
const VISITOR_NOUNS: &[&str] = &[
    "ambassador",
    "chancellor",
    "counterpart",
    "delegation",
    "emir",
    "envoy",
    "king",
    "leader",
    "minister",
    "monarch",
    "pope",
    "premier",
    "president",
    "prince",
    "queen",
    "secretary",
    "sultan",
];

impl<'d> Coder<'d> {
    /// The hosting (043) that *receive* at `v` reports, when its direct
    /// object is a visitor (module documentation).
    pub(crate) fn hosting_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        static HOST: OnceLock<VerbCode> = OnceLock::new();
        if !self.options.news || tree.lemma_lower(v) != "receive" {
            return None;
        }
        // "was received by the king" names the host as agent: the passive
        // is left to the ordinary roles, which do not read it as hosting.
        if tree
            .child_with(v, |r| r == "nsubj:pass" || r == "aux:pass")
            .is_some()
        {
            return None;
        }
        let from = |n: usize| {
            tree.children[n]
                .iter()
                .any(|&c| tree.case_of(c) == Some("FROM"))
        };
        let object = tree.child_with(v, |r| r == "obj")?;
        if from(v) || from(object) {
            return None;
        }
        let visitor = match tree.words[object].upos.as_str() {
            "NOUN" => VISITOR_NOUNS.contains(&tree.lemma_lower(object).as_str()),
            // A person in a role: the code says more than a country.
            "PROPN" => {
                let actors = self.actors_with_conj(tree, hits, object);
                !actors.is_empty() && actors.iter().all(|a| a.code.len() > 3)
            }
            _ => false,
        };
        if !visitor {
            return None;
        }
        Some(Predicate {
            code: HOST.get_or_init(|| VerbCode::parse("043")),
            rule: "news: RECEIVE a visitor (hosting.rs) [043]".to_string(),
            pattern_matched: true,
            preps: Vec::new(),
            bindings: Vec::new(),
            event_noun: None,
            attributed: false,
            reported: false,
        })
    }
}
