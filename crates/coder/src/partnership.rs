//! News: an act done "in cooperation with" a partner is cooperation with
//! it (CAMEO 060, material cooperation).
//!
//! "US troops operate in cooperation with Iraqi security forces", "the
//! ministry acted in coordination with the Saudi government": the verb
//! itself often codes nothing (*operate*, *act*, *work*), but the phrase
//! names a partner the subject works with. Only for verbs the dictionaries
//! leave uncoded: a coded verb keeps its own event.

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::pattern::{Binding, Marker};
use crate::{Coder, Predicate, Tree};

/// Nouns of working together, after *in* (lemmas).
const PARTNERSHIP_NOUNS: &[&str] = &[
    "collaboration",
    "conjunction",
    "cooperation",
    "coordination",
    "partnership",
];

impl<'d> Coder<'d> {
    /// Cooperation (060) with the partner that an *in cooperation with*
    /// phrase of the uncoded verb at `v` names (module documentation).
    pub(crate) fn partnership_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        static COOPERATE: OnceLock<VerbCode> = OnceLock::new();
        if !self.options.news {
            return None;
        }
        let noun = tree.children[v].iter().copied().find(|&c| {
            tree.base_rel(c) == "obl"
                && tree.case_of(c) == Some("IN")
                && PARTNERSHIP_NOUNS.contains(&tree.lemma_lower(c).as_str())
        })?;
        // The parser may hang the *with* phrase on the verb, after the noun.
        let partner = tree.children[noun]
            .iter()
            .copied()
            .find(|&c| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("WITH"))
            .or_else(|| {
                tree.children[v].iter().copied().find(|&c| {
                    c > noun && tree.base_rel(c) == "obl" && tree.case_of(c) == Some("WITH")
                })
            })?;
        if self.actors_with_conj(tree, hits, partner).is_empty() {
            return None;
        }
        let span = tree.subtree(partner, &|_| false);
        let mut bindings = vec![Binding {
            marker: Marker::Target,
            first: span.first().copied().unwrap_or(partner),
            last: span.last().copied().unwrap_or(partner),
        }];
        // "U.S. troops there to eliminate Islamic State elements in
        // cooperation with Iraqi forces": an infinitive without a subject
        // modifying the forces is what the forces do.
        if let Some(doer) = tree.heads[v].filter(|&h| {
            tree.base_rel(v) == "acl"
                && tree.child_with(v, |r| r.starts_with("nsubj")).is_none()
                && !self.actors_with_conj(tree, hits, h).is_empty()
        }) {
            let words = self.core_words(tree, doer);
            bindings.push(Binding {
                marker: Marker::Source,
                first: words.iter().copied().min().unwrap_or(doer),
                last: words.iter().copied().max().unwrap_or(doer),
            });
        }
        Some(Predicate {
            code: COOPERATE.get_or_init(|| VerbCode::parse("060")),
            rule: format!(
                "news: IN {} WITH a partner (partnership.rs) [060]",
                tree.lemma_lower(noun).to_uppercase()
            ),
            pattern_matched: true,
            preps: vec!["WITH".to_string()],
            bindings,
            event_noun: Some(noun),
            attributed: false,
            reported: false,
        })
    }
}
