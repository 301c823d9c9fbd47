//! News: a material or military act done "in support of" an actor is aid
//! to that actor (CAMEO 07), not an act on the place it happens in.
//!
//! "Russia sent warplanes to Syria in support of President Assad", "the
//! United States carried out airstrikes in support of Iraqi forces",
//! "Turkey deployed troops to Libya in support of the Tripoli government":
//! the verb alone reads as a deployment (154) or an assault (195) on the
//! country named, but the phrase names whom the act helps. Military acts
//! (force, shows of force, military cooperation) are military aid (072),
//! other material acts aid (070). Statements, votes and protests "in
//! support of" someone are not aid ("rallied in support of Navalny" is a
//! protest), and an act with an actor as its object keeps that object
//! ("bombed Islamic State positions in support of Kurdish forces" is still
//! an attack on the Islamic State).

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::pattern::{Binding, Marker};
use crate::{Coder, Predicate, Tree};

/// Verbs the dictionaries leave uncoded that move or supply something
/// material (lemmas): with an *in support of* phrase, they are aid.
const MATERIAL_VERBS: &[&str] = &[
    "airlift",
    "deliver",
    "deploy",
    "fly",
    "intervene",
    "operate",
    "provide",
    "send",
    "ship",
    "supply",
    "transport",
];

impl<'d> Coder<'d> {
    /// Aid (070, 072) to the actor an *in support of* phrase of the verb
    /// at `v` (or of its object) names, replacing the verb's own reading
    /// when that is a material or military act (module documentation).
    pub(crate) fn support_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        verb: Option<Predicate<'d>>,
    ) -> Option<Predicate<'d>> {
        static AID: OnceLock<VerbCode> = OnceLock::new();
        static MILITARY_AID: OnceLock<VerbCode> = OnceLock::new();
        if !self.options.news {
            return verb;
        }
        let code = verb.as_ref().and_then(|p| p.code.event.as_deref());
        let military = match code.and_then(|c| c.get(..2)) {
            Some("15" | "18" | "19") => true,
            Some("06") => code.is_some_and(|c| c.starts_with("062")),
            Some("03" | "07") => false,
            Some(_) => return verb,
            None => {
                if !MATERIAL_VERBS.contains(&tree.lemma_lower(v).as_str()) {
                    return verb;
                }
                false
            }
        };
        let Some((noun, beneficiary)) = support_phrase(tree, v) else {
            return verb;
        };
        if self.actors_with_conj(tree, hits, beneficiary).is_empty() {
            return verb;
        }
        // A party acted on directly (an actor with a country, not
        // "warplanes" or "fighters") stays the target of the verb's own act.
        let acted_on = tree.children[v].iter().any(|&c| {
            tree.rel(c) == "obj"
                && self
                    .actors_with_conj(tree, hits, c)
                    .iter()
                    .any(|a| a.has_country)
        });
        if acted_on {
            return verb;
        }
        let aid = if military {
            MILITARY_AID.get_or_init(|| VerbCode::parse("072"))
        } else {
            AID.get_or_init(|| VerbCode::parse("070"))
        };
        let span = tree.subtree(beneficiary, &|_| false);
        Some(Predicate {
            code: aid,
            rule: format!(
                "news: {} IN SUPPORT OF an actor (support.rs) [{}]",
                tree.lemma_lower(v).to_uppercase(),
                aid.raw
            ),
            pattern_matched: true,
            preps: vec!["OF".to_string()],
            bindings: vec![Binding {
                marker: Marker::Target,
                first: span.first().copied().unwrap_or(beneficiary),
                last: span.last().copied().unwrap_or(beneficiary),
            }],
            event_noun: Some(noun),
            attributed: false,
            reported: verb.is_some_and(|p| p.reported),
        })
    }
}

/// The *support* noun of an *in support of X* phrase on the verb at `v` or
/// on its direct object, and X.
fn support_phrase(tree: &Tree<'_>, v: usize) -> Option<(usize, usize)> {
    let hosts = std::iter::once(v).chain(
        tree.children[v]
            .iter()
            .copied()
            .filter(|&c| tree.rel(c) == "obj"),
    );
    for host in hosts {
        for &noun in &tree.children[host] {
            if !matches!(tree.base_rel(noun), "obl" | "nmod")
                || tree.case_of(noun) != Some("IN")
                || tree.lemma_lower(noun) != "support"
            {
                continue;
            }
            // The parser may hang the *of* phrase on the host, after the noun.
            let of = |c: &usize| {
                matches!(tree.base_rel(*c), "nmod" | "obl") && tree.case_of(*c) == Some("OF")
            };
            let beneficiary = tree.children[noun].iter().copied().find(of).or_else(|| {
                tree.children[host]
                    .iter()
                    .copied()
                    .filter(|&c| c > noun)
                    .find(of)
            });
            if let Some(b) = beneficiary {
                return Some((noun, b));
            }
        }
    }
    None
}
