//! News: acts of force attributed to a group by a passive or a participle.
//!
//! Wire reports name an attack with a noun and its author in a passive
//! clause or a participle hung on the noun: "Dozens died in the attack,
//! reportedly conducted by the Taliban", "another attack ascribed to the
//! Taliban", "the bombing was claimed by the Islamic State", "an assault
//! blamed on separatists". The verb says nothing of the act (claim, ascribe
//! and conduct are no attacks): the noun does. So when the patient of one
//! of [`ATTRIBUTION_VERBS`] is an event noun of force in the nominal-event
//! dictionary (`dyad.nominal-events.txt`, roots 17–20), the event is the
//! noun's, its source the group the verb names, its target the noun's
//! complement ("an attack on the base") or the place it names ("a Kabul
//! car bombing", "the attack in Kabul"). Claimed, ascribed and blamed acts
//! are only a party's word: factuality `reported`.
//!
//! Passives of light verbs ("the attack was carried out by …") are also
//! coded by `src/nominal.rs`; this module takes them over so that every
//! attributed act is coded alike.

use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::countries::roles_of;
use crate::pattern::{Binding, Marker};
use crate::{Coder, Predicate, Tree};

/// Verbs that attribute an act to its author: (lemma, particle the verb
/// needs, the preposition introducing the author besides the passive
/// agent, whether the attribution is only a claim).
const ATTRIBUTION_VERBS: &[(&str, Option<&str>, Option<&str>, bool)] = &[
    ("carry", Some("out"), None, false),
    ("conduct", None, None, false),
    ("perpetrate", None, None, false),
    ("commit", None, None, false),
    ("stage", None, None, false),
    ("mount", None, None, false),
    ("launch", None, None, false),
    ("claim", None, None, true),
    ("ascribe", None, Some("TO"), true),
    ("attribute", None, Some("TO"), true),
    ("blame", None, Some("ON"), true),
];

/// A generic attack (CAMEO 190, conventional military force) by a group
/// that has no army is an assault (CAMEO 180, unconventional violence).
const GENERIC_FORCE: &str = "190";
const UNCONVENTIONAL_VIOLENCE: &str = "180";

/// Role codes of armed groups that are not a state's forces: rebels,
/// insurgents, unidentified armed forces.
const NON_STATE_ARMED: &[&str] = &["REB", "INS", "UAF"];

/// A common or proper noun.
fn is_noun(tree: &Tree<'_>, i: usize) -> bool {
    matches!(tree.words[i].upos.as_str(), "NOUN" | "PROPN")
}

/// Is `code` an armed group that is not a state's forces (`AFGREB`,
/// international militant groups `IMG…`)?
fn non_state_armed(code: &str) -> bool {
    code.starts_with("IMG") || roles_of(code).any(|r| NON_STATE_ARMED.contains(&r))
}

impl<'d> Coder<'d> {
    /// The act the verb at `v` attributes to its author, when its patient
    /// is an event noun of force (see the module documentation). News mode
    /// only.
    pub(crate) fn attributed_act(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        if !self.options.news || !tree.is_verb(v) {
            return None;
        }
        if let Some(claim) = self.responsibility_claim(tree, hits, v) {
            return Some(claim);
        }
        let lemma = tree.lemma_lower(v);
        // The form too: the lemmatiser may miss a rare verb ("ascribed").
        let form = tree.words[v].form.to_lowercase();
        let inflected = |l: &str| {
            let stem = l.strip_suffix('e').unwrap_or(l);
            ["e", "es", "ed", "ing"]
                .iter()
                .any(|s| form.strip_prefix(stem) == Some(s))
        };
        let &(verb, _, by_prep, claim) = ATTRIBUTION_VERBS.iter().find(|(l, p, _, _)| {
            (*l == lemma || inflected(l))
                && p.is_none_or(|p| {
                    tree.words
                        .get(v + 1)
                        .is_some_and(|w| w.form.eq_ignore_ascii_case(p))
                        || tree.children[v]
                            .iter()
                            .any(|&c| tree.words[c].form.eq_ignore_ascii_case(p))
                })
        })?;
        let (noun, entry) = self.attributed_noun(tree, v)?;
        // The author: the passive agent, or the object of the verb's own
        // preposition ("ascribed to", "blamed on").
        let agent = tree.children[v].iter().copied().find(|&c| {
            tree.rel(c) == "obl:agent"
                || tree.base_rel(c) == "obl"
                    && tree
                        .case_of(c)
                        .is_some_and(|p| p == "BY" || Some(p) == by_prep)
        })?;
        self.attributed_predicate(tree, hits, verb, claim, noun, entry, agent)
    }

    /// "Al-Shabaab claimed responsibility for Friday's bombing of a
    /// hotel", "the group took responsibility for the attack on the
    /// base": the subject of a claim of responsibility (or credit) is the
    /// author of the act of force the *for* phrase names, by its own word.
    fn responsibility_claim(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
    ) -> Option<Predicate<'d>> {
        let verb = tree.lemma_lower(v);
        if !matches!(verb.as_str(), "claim" | "take" | "accept" | "admit") {
            return None;
        }
        let object = tree.child_with(v, |r| r == "obj")?;
        if !matches!(
            tree.lemma_lower(object).as_str(),
            "responsibility" | "credit"
        ) {
            return None;
        }
        let author = tree.child_with(v, |r| r == "nsubj")?;
        let noun = tree.children[object]
            .iter()
            .chain(&tree.children[v])
            .copied()
            .find(|&c| {
                matches!(tree.base_rel(c), "nmod" | "obl") && tree.case_of(c) == Some("FOR")
            })?;
        let entry = self.force_entry(tree, noun)?;
        // Only an act named with whom or where it hit: a claim for "the
        // attacks" alone stays a claim (015), which gives the attacks the
        // article reports elsewhere their doer (`src/claimed.rs`).
        if entry.1.is_none() && self.place_of(tree, hits, noun).is_none() {
            return None;
        }
        self.attributed_predicate(tree, hits, &verb, true, noun, entry, author)
    }

    /// The act of force named by `noun`, attributed to the actor at
    /// `agent` by the verb `verb`: its source the author, its target the
    /// noun's complement or place.
    #[allow(clippy::too_many_arguments)]
    fn attributed_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        verb: &str,
        claim: bool,
        noun: usize,
        entry: (&'d VerbCode, Option<usize>, usize),
        agent: usize,
    ) -> Option<Predicate<'d>> {
        let (code, complement, line) = entry;
        let authors = self.actors_with_conj(tree, hits, agent);
        if authors.is_empty() {
            return None;
        }
        let place = complement.or_else(|| self.place_of(tree, hits, noun));
        let span = |n: usize| {
            let words = tree.subtree(n, &|_| false);
            (
                words.first().copied().unwrap_or(n),
                words.last().copied().unwrap_or(n),
            )
        };
        let mut bindings = vec![Binding {
            marker: Marker::Source,
            first: agent,
            last: agent,
        }];
        if let Some(p) = place {
            // The place alone: its own modifiers, not the whole subtree
            // of a complement with clauses.
            let (first, last) = if complement == Some(p) {
                span(p)
            } else {
                (p, p)
            };
            bindings.push(Binding {
                marker: Marker::Target,
                first,
                last,
            });
        }
        static ASSAULT: OnceLock<VerbCode> = OnceLock::new();
        let generic = code.event.as_deref() == Some(GENERIC_FORCE);
        let code = if generic && authors.iter().any(|a| non_state_armed(&a.code)) {
            ASSAULT.get_or_init(|| VerbCode::parse(UNCONVENTIONAL_VIOLENCE))
        } else {
            code
        };
        Some(Predicate {
            code,
            rule: format!(
                "attributed act: {} [{}] {} by its author ({} line {line})",
                tree.words[noun].form.to_lowercase(),
                code.raw,
                verb.to_uppercase(),
                self.nominal.file()
            ),
            pattern_matched: false,
            preps: Vec::new(),
            bindings,
            event_noun: Some(noun),
            attributed: true,
            reported: claim,
        })
    }

    /// The event noun of force the verb at `v` attributes, with its
    /// nominal-dictionary entry: the passive subject ("the attack was
    /// claimed by"), the noun a participle or relative clause modifies
    /// ("an attack ascribed to", "an attack which was claimed by"), or,
    /// for a participle set off after the noun and hung on the clause
    /// ("died in the attack, reportedly conducted by"), the nearest noun
    /// before it in that clause.
    #[allow(clippy::type_complexity)]
    fn attributed_noun(
        &self,
        tree: &Tree<'_>,
        v: usize,
    ) -> Option<(usize, (&'d VerbCode, Option<usize>, usize))> {
        let force = |n: usize| self.force_entry(tree, n);
        let passive = tree.child_with(v, |r| r == "nsubj:pass");
        let relative = passive.is_some_and(|s| matches!(tree.words[s].xpos.as_str(), "WDT" | "WP"));
        // The parser may tag a participle after its noun as a past tense
        // ("another attack ascribed/VBD to").
        let participle = matches!(tree.words[v].xpos.as_str(), "VBN" | "VBD")
            && tree
                .child_with(v, |r| r.starts_with("nsubj") || r.starts_with("aux"))
                .is_none();
        let noun = match passive {
            Some(_) if relative && tree.rel(v).starts_with("acl") => tree.heads[v]?,
            Some(s) if !relative => s,
            Some(_) => return None,
            None if participle && tree.rel(v) == "acl" => tree.heads[v]?,
            None if participle && matches!(tree.base_rel(v), "advcl" | "parataxis") => {
                // Set off by a comma right after the noun's phrase.
                if !crate::set_off_by_comma(tree, v) {
                    return None;
                }
                let head = tree.heads[v]?;
                let clause = tree.subtree(head, &|c| c == v);
                return clause
                    .iter()
                    .rev()
                    .copied()
                    .filter(|&w| w < v && is_noun(tree, w))
                    .find_map(|w| force(w).map(|e| (w, e)));
            }
            None => return None,
        };
        let entry = force(noun)?;
        Some((noun, entry))
    }

    /// The nominal-dictionary entry of the noun at `n` when it names an
    /// act of force or coercion (roots 17–20).
    #[allow(clippy::type_complexity)]
    pub(crate) fn force_entry(
        &self,
        tree: &Tree<'_>,
        n: usize,
    ) -> Option<(&'d VerbCode, Option<usize>, usize)> {
        self.nominal.noun_entry(tree, n).filter(|(code, _, _)| {
            code.event
                .as_deref()
                .and_then(|c| c.get(..2))
                .is_some_and(|r| matches!(r, "17" | "18" | "19" | "20"))
        })
    }

    /// The place an event noun names: "the attack in Kabul", "a Kabul car
    /// bombing" (a modifier with a country).
    fn place_of(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], noun: usize) -> Option<usize> {
        tree.children[noun]
            .iter()
            .copied()
            .find(|&c| {
                let place = tree.base_rel(c) == "nmod"
                    && matches!(tree.case_of(c), Some("IN" | "AT" | "NEAR"))
                    || tree.base_rel(c) == "compound" && tree.words[c].upos == "PROPN";
                place && self.actor_of(tree, hits, c).iter().any(|a| a.has_country)
            })
            // "the suicide bombing at a Shiite mosque in Kabul": a place whose
            // holder or people the attack hits (`src/violence.rs`).
            .or_else(|| {
                tree.children[noun].iter().copied().find(|&c| {
                    tree.base_rel(c) == "nmod"
                        && matches!(tree.case_of(c), Some("IN" | "AT" | "NEAR"))
                        && crate::violence::is_attacked_place(tree, c)
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use super::non_state_armed;

    #[test]
    fn armed_groups_without_a_state() {
        assert!(non_state_armed("AFGREB"));
        assert!(non_state_armed("IMGMUSISI"));
        assert!(non_state_armed("SYRUAF"));
        assert!(!non_state_armed("TURMIL"));
        assert!(!non_state_armed("USA"));
        // `REB` must be a role, not letters across two roles.
        assert!(!non_state_armed("GBREBX"));
    }
}
