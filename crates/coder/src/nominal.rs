//! Events named by a noun after a light verb: "had a phone conversation
//! with Erdogan", "held talks with", "carried out airstrikes on", "issued a
//! ruling against".
//!
//! The verb dictionary codes verbs; a light verb (have, hold, make, carry
//! out, issue…) says little by itself, and the verb dictionaries have
//! patterns for only some verb–noun pairs, each written for one verb of its
//! block. The nominal-event dictionary
//! (`data/dictionaries/dyad.nominal-events.txt`, embedded; its header
//! describes the format) lists the light verbs and the event nouns with
//! their CAMEO codes and the prepositions that introduce the target. When
//! the object (or passive subject, or the object of the verb's preposition:
//! "engaged in talks") of such a verb is a listed noun:
//!
//! * if the verb's own patterns do not match, the noun decides the code;
//! * either way, the noun's prepositional complement ("with Erdogan") is
//!   the target unless the verb's pattern bound one, and the noun itself is
//!   no participant: "military" in "a military offensive" is not a target.
//!
//! [`Coder::with_nominal_events`] replaces the dictionary; PETRARCH
//! validation uses none (its dictionaries give verbs codes of their own).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::pattern::{Binding, Marker};
use crate::{Coder, Predicate, Tree};

/// File name of the embedded nominal-event dictionary.
pub const NOMINAL_EVENTS_FILE: &str = "dyad.nominal-events.txt";

const EMBEDDED: &str = include_str!("../../../data/dictionaries/dyad.nominal-events.txt");

/// A malformed line of a nominal-event dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NominalError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for NominalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for NominalError {}

/// A verb by lemma, with the particle words it needs (`CARRY_OUT`,
/// `TAKE_PART_IN`), upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
struct VerbName {
    lemma: String,
    particle: Vec<String>,
}

impl VerbName {
    fn parse(word: &str) -> VerbName {
        let mut parts = word.split('_');
        VerbName {
            lemma: parts.next().unwrap_or("").to_string(),
            particle: parts.map(str::to_string).collect(),
        }
    }

    fn text(&self) -> String {
        std::iter::once(&self.lemma)
            .chain(&self.particle)
            .cloned()
            .collect::<Vec<_>>()
            .join("_")
    }

    /// Is the verb at `v` this verb: its lemma or form, and its particle
    /// words right after it (a one-word particle may also be one of its
    /// dependents: "carried the attack out")?
    fn is_at(&self, tree: &Tree<'_>, v: usize) -> bool {
        if tree.upper_lemma[v] != self.lemma && tree.upper[v] != self.lemma {
            return false;
        }
        let next = self
            .particle
            .iter()
            .enumerate()
            .all(|(k, p)| tree.upper.get(v + 1 + k) == Some(p));
        let dependent = match self.particle.as_slice() {
            [p] => tree.children[v].iter().any(|&c| tree.upper[c] == *p),
            _ => false,
        };
        next || dependent
    }

    /// The preposition ending the particle, whose object is the event noun
    /// ("engaged IN talks", "took part IN talks").
    fn preposition(&self) -> Option<&str> {
        self.particle.last().map(String::as_str)
    }
}

/// One event noun of the dictionary.
#[derive(Debug, Clone)]
pub struct NominalEntry {
    /// Modifiers then the head noun, upper case.
    words: Vec<String>,
    code: VerbCode,
    /// Prepositions introducing the target, upper case.
    preps: Vec<String>,
    /// The verbs it applies with; empty: the light verbs.
    verbs: Vec<VerbName>,
    /// Applies only when a complement with one of `preps` is present.
    complement_required: bool,
    line: usize,
}

/// The nominal-event dictionary: light verbs, quantity nouns and event
/// nouns. The default is empty: it codes nothing.
#[derive(Debug, Clone, Default)]
pub struct NominalEvents {
    file: String,
    light: Vec<VerbName>,
    quantities: Vec<String>,
    entries: Vec<NominalEntry>,
    /// Every lemma a light verb or an entry's verb has: a verb outside it
    /// governs no event noun, so most verbs are dismissed with one lookup
    /// instead of a comparison with every entry's verbs.
    verb_lemmas: HashSet<String>,
}

/// A nominal event found at a verb.
struct NominalMatch<'n> {
    entry: &'n NominalEntry,
    /// The event noun, or the quantity noun before it ("a round of talks").
    noun: usize,
    /// The noun's complement introduced by one of the entry's prepositions.
    complement: Option<usize>,
}

impl NominalEvents {
    /// Read a dictionary in the format described in the header of
    /// `dyad.nominal-events.txt`; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<NominalEvents, NominalError> {
        let mut out = NominalEvents {
            file: file.to_string(),
            ..NominalEvents::default()
        };
        let error = |line: usize, reason: String| NominalError {
            file: file.to_string(),
            line,
            reason,
        };
        let mut sets: HashMap<String, Vec<VerbName>> = HashMap::new();
        for (k, raw) in text.lines().enumerate() {
            let line = k + 1;
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            if content.chars().any(|c| c.is_lowercase()) {
                return Err(error(line, format!("not upper case: {content:?}")));
            }
            let mut tokens = content.split_whitespace();
            let first = tokens.next().unwrap_or("");
            match first {
                "LIGHT" | "OF" => {
                    let words: Vec<&str> = tokens.collect();
                    if words.is_empty() {
                        return Err(error(line, format!("{first} lists no words")));
                    }
                    if first == "LIGHT" {
                        out.light.extend(words.iter().map(|w| VerbName::parse(w)));
                    } else {
                        out.quantities.extend(words.iter().map(|w| w.to_string()));
                    }
                }
                "VERBS" => {
                    let name = tokens.next().unwrap_or("");
                    let verbs: Vec<VerbName> = tokens.map(VerbName::parse).collect();
                    if !name.starts_with('@') || name.len() < 2 || verbs.is_empty() {
                        return Err(error(line, "expected VERBS @NAME VERB ...".to_string()));
                    }
                    sets.entry(name.to_string()).or_default().extend(verbs);
                }
                _ => out
                    .entries
                    .push(parse_entry(content, line, &sets).map_err(|r| error(line, r))?),
            }
        }
        out.verb_lemmas = out
            .light
            .iter()
            .chain(out.entries.iter().flat_map(|e| &e.verbs))
            .map(|l| l.lemma.clone())
            .collect();
        if out.light.is_empty() && out.entries.iter().any(|e| e.verbs.is_empty()) {
            return Err(error(
                text.lines().count(),
                "entries without +VERB need a LIGHT line".to_string(),
            ));
        }
        Ok(out)
    }

    /// The embedded dictionary (`data/dictionaries/dyad.nominal-events.txt`).
    pub fn embedded() -> &'static NominalEvents {
        static EVENTS: OnceLock<NominalEvents> = OnceLock::new();
        EVENTS.get_or_init(|| {
            NominalEvents::parse(NOMINAL_EVENTS_FILE, EMBEDDED)
                .expect("the embedded nominal-event dictionary is valid (checked by its tests)")
        })
    }

    /// Number of event-noun entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The event noun governed by the verb at `v`, if the verb is light
    /// for it.
    fn find(&self, tree: &Tree<'_>, v: usize) -> Option<NominalMatch<'_>> {
        if !self.verb_lemmas.contains(&tree.upper_lemma[v])
            && !self.verb_lemmas.contains(&tree.upper[v])
        {
            return None;
        }
        let light = self.light.iter().any(|l| l.is_at(tree, v));
        // Prepositions ending a particle of a verb at `v` ("engaged in").
        let verb_preps: Vec<&str> = self
            .light
            .iter()
            .chain(self.entries.iter().flat_map(|e| &e.verbs))
            .filter(|l| l.is_at(tree, v))
            .filter_map(VerbName::preposition)
            .collect();
        // (noun, the quantity noun it follows: "a round of talks").
        let mut nouns: Vec<(usize, Option<usize>)> = tree.children[v]
            .iter()
            .copied()
            .filter(|&c| {
                let object = matches!(tree.rel(c), "obj" | "nsubj:pass");
                let after_particle = tree.base_rel(c) == "obl"
                    && tree.case_of(c).is_some_and(|p| verb_preps.contains(&p));
                (object || after_particle) && is_noun(tree, c)
            })
            .map(|c| (c, None))
            .collect();
        for (n, _) in nouns.clone() {
            if self.quantities.iter().any(|q| word_is(tree, n, q)) {
                nouns.extend(
                    tree.children[n]
                        .iter()
                        .copied()
                        .filter(|&c| {
                            tree.base_rel(c) == "nmod"
                                && tree.case_of(c) == Some("OF")
                                && is_noun(tree, c)
                        })
                        .map(|c| (c, Some(n))),
                );
            }
        }
        let mut best: Option<NominalMatch<'_>> = None;
        for &(noun, quantity) in &nouns {
            for entry in &self.entries {
                let applies = if entry.verbs.is_empty() {
                    light
                } else {
                    entry.verbs.iter().any(|w| w.is_at(tree, v))
                };
                if !applies || !entry_at(tree, entry, noun) {
                    continue;
                }
                let complement = complement(tree, v, noun, &entry.preps)
                    .or_else(|| quantity.and_then(|q| complement(tree, v, q, &entry.preps)));
                if entry.complement_required && complement.is_none() {
                    continue;
                }
                if best
                    .as_ref()
                    .is_none_or(|b| b.entry.words.len() < entry.words.len())
                {
                    best = Some(NominalMatch {
                        entry,
                        noun: quantity.unwrap_or(noun),
                        complement,
                    });
                }
            }
        }
        if best.is_none() {
            best = self.signed_noun_match(tree, v);
        }
        best
    }

    /// "The deal, signed by Israel and Morocco in December, …", "under an
    /// accord signed by Russia and Ukraine": a passive participle with a
    /// *by* phrase, modifying the event noun, is a reduced relative clause
    /// of which the noun is the object. Only for events mutual by nature
    /// (`057:057`): an agreement's signatories are its parties, each with
    /// the others; "an airstrike carried out by Russian and Syrian jets" is
    /// no fight between its authors. Legal actions too ("a lawsuit filed by
    /// the Senate against the governor", "charges brought by prosecutors
    /// against him"): the *by* agent sues or charges the *against* party.
    fn signed_noun_match(&self, tree: &Tree<'_>, v: usize) -> Option<NominalMatch<'_>> {
        if tree.rel(v) != "acl" || tree.words[v].xpos != "VBN" {
            return None;
        }
        let by_agent = tree.children[v].iter().copied().find(|&c| {
            tree.rel(c) == "obl:agent" || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("BY")
        });
        let noun = tree.heads[v].filter(|&n| is_noun(tree, n))?;
        let by_agent = by_agent?;
        let filing = FILING_VERBS.contains(&tree.lemma_lower(v).as_str());
        let entry = self
            .entries
            .iter()
            .filter(|e| {
                let mutual = e.code.event.is_some() && e.code.reverse == e.code.event;
                mutual && e.verbs.iter().any(|w| w.is_at(tree, v))
                    || filing && e.code.event.as_deref().is_some_and(is_legal_action)
            })
            .filter(|e| entry_at(tree, e, noun))
            .max_by_key(|e| e.words.len())?;
        // A suit names its defendant ("against the governor"): without one
        // ("the lawsuit filed by the Senate was heard") there is no target.
        // The parser often hangs it on the agent ("filed by the Senate
        // against the governor").
        let complement = complement(tree, v, noun, &entry.preps)
            .or_else(|| complement(tree, by_agent, by_agent, &entry.preps));
        let legal = entry.code.event.as_deref().is_some_and(is_legal_action);
        if legal && complement.is_none() {
            return None;
        }
        Some(NominalMatch {
            entry,
            noun,
            complement,
        })
    }
}

/// Verbs that put a legal action before a court: "a lawsuit filed by the
/// Senate against the governor", "charges brought by prosecutors against".
const FILING_VERBS: &[&str] = &[
    "file", "bring", "lodge", "submit", "press", "launch", "mount",
];

/// Is `code` a legal action one party takes against another: a lawsuit
/// (115) or a criminal charge (173)?
fn is_legal_action(code: &str) -> bool {
    matches!(code, "115" | "173")
}

impl NominalEvents {
    /// The entry naming the event noun at `noun`, whatever verb governs it
    /// (the longest phrase ending there), with its code and the noun's
    /// complement introduced by one of the entry's prepositions.
    pub(crate) fn noun_entry(
        &self,
        tree: &Tree<'_>,
        noun: usize,
    ) -> Option<(&VerbCode, Option<usize>, usize)> {
        let entry = self
            .entries
            .iter()
            .filter(|e| entry_at(tree, e, noun))
            .max_by_key(|e| e.words.len())?;
        let with_prep = |c: usize| {
            tree.case_of(c)
                .is_some_and(|p| entry.preps.iter().any(|q| q == p))
        };
        let complement = tree.children[noun]
            .iter()
            .copied()
            .find(|&c| tree.base_rel(c) == "nmod" && with_prep(c));
        Some((&entry.code, complement, entry.line))
    }

    /// The dictionary's file name.
    pub(crate) fn file(&self) -> &str {
        &self.file
    }
}

/// Parse `WORDS... [CODE] options` (see the file header).
fn parse_entry(
    content: &str,
    line: usize,
    sets: &HashMap<String, Vec<VerbName>>,
) -> Result<NominalEntry, String> {
    let open = content
        .find('[')
        .ok_or_else(|| format!("no [code] in {content:?}"))?;
    let close = content[open..]
        .find(']')
        .map(|c| open + c)
        .ok_or_else(|| format!("unclosed [ in {content:?}"))?;
    let words: Vec<String> = content[..open]
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return Err(format!("no noun before [code] in {content:?}"));
    }
    let raw_code = &content[open + 1..close];
    let valid_part = |p: &str| {
        p == "---" || !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit())
    };
    if !raw_code.split(':').all(valid_part) || raw_code.split(':').count() > 2 {
        return Err(format!("bad CAMEO code [{raw_code}]"));
    }
    let mut entry = NominalEntry {
        words,
        code: VerbCode::parse(raw_code),
        preps: Vec::new(),
        verbs: Vec::new(),
        complement_required: false,
        line,
    };
    for option in content[close + 1..].split_whitespace() {
        if option == "!" {
            entry.complement_required = true;
        } else if let Some(set) = option.strip_prefix("+@") {
            let verbs = sets
                .get(&format!("@{set}"))
                .ok_or_else(|| format!("verb set @{set} is not defined above"))?;
            entry.verbs.extend(verbs.iter().cloned());
        } else if let Some(verb) = option.strip_prefix('+') {
            if verb.is_empty() {
                return Err("`+` without a verb".to_string());
            }
            entry.verbs.push(VerbName::parse(verb));
        } else if option.chars().all(|c| c.is_ascii_alphabetic()) {
            entry.preps.push(option.to_string());
        } else {
            return Err(format!("unexpected {option:?} after the code"));
        }
    }
    if entry.complement_required && entry.preps.is_empty() {
        return Err("`!` needs at least one preposition".to_string());
    }
    Ok(entry)
}

fn is_noun(tree: &Tree<'_>, i: usize) -> bool {
    let w = &tree.words[i];
    matches!(w.upos.as_str(), "NOUN" | "PROPN") || w.xpos.starts_with("NN")
}

/// Does the word at `i` (form or lemma) equal the upper-case `word`?
fn word_is(tree: &Tree<'_>, i: usize, word: &str) -> bool {
    tree.upper[i] == word || tree.upper_lemma[i] == word
}

/// Does the entry's phrase end at the noun `noun`, its modifiers right
/// before it?
fn entry_at(tree: &Tree<'_>, entry: &NominalEntry, noun: usize) -> bool {
    let n = entry.words.len();
    if noun + 1 < n {
        return false;
    }
    let start = noun + 1 - n;
    entry
        .words
        .iter()
        .enumerate()
        .all(|(k, w)| word_is(tree, start + k, w))
}

/// The complement of the event noun introduced by one of `preps`: a
/// dependent of the noun, else (the parser may attach it to the verb) of
/// the verb after the noun.
fn complement(tree: &Tree<'_>, v: usize, noun: usize, preps: &[String]) -> Option<usize> {
    let with_prep = |c: usize| {
        tree.case_of(c)
            .is_some_and(|p| preps.iter().any(|q| q == p))
    };
    tree.children[noun]
        .iter()
        .copied()
        .find(|&c| tree.base_rel(c) == "nmod" && with_prep(c))
        .or_else(|| {
            tree.children[v]
                .iter()
                .copied()
                .find(|&c| c > noun && tree.base_rel(c) == "obl" && with_prep(c))
        })
}

impl<'d> Coder<'d> {
    /// The verb's predicate, or the nominal event its object names when the
    /// verb's own patterns did not match (see the module documentation).
    pub(crate) fn nominal_predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        verb: Option<Predicate<'d>>,
    ) -> Option<Predicate<'d>> {
        let nominal: &'d NominalEvents = self.nominal;
        let Some(found) = nominal.find(tree, v) else {
            return verb;
        };
        let entry = found.entry;
        // The complement names the target outright when it holds an actor.
        let target = found
            .complement
            .filter(|&c| !self.actors_with_conj(tree, hits, c).is_empty())
            .map(|c| {
                let span = tree.subtree(c, &|_| false);
                Binding {
                    marker: Marker::Target,
                    first: span.first().copied().unwrap_or(c),
                    last: span.last().copied().unwrap_or(c),
                }
            });
        match verb {
            // A null entry ("HEART ATTACK [---]") says the noun names no
            // event: the verb alone decides.
            verb if entry.code.is_null() => verb,
            // The verb's pattern gives the code ("BEGIN * OFFENSIVE"), but
            // the event noun is still no participant ("a *military*
            // offensive"), and its complement is the target unless the
            // pattern bound one.
            Some(mut pred) if pred.pattern_matched => {
                pred.event_noun = Some(found.noun);
                let bound = pred
                    .bindings
                    .iter()
                    .any(|b| matches!(b.marker, Marker::Target | Marker::Compound));
                if let (Some(t), false) = (target, bound) {
                    pred.bindings.push(t);
                    pred.rule.push_str(&format!(
                        "; target from the complement of the event noun ({} line {})",
                        nominal.file, entry.line
                    ));
                }
                Some(pred)
            }
            _ => {
                let verb_name = nominal
                    .light
                    .iter()
                    .chain(&entry.verbs)
                    .find(|l| l.is_at(tree, v))
                    .map(VerbName::text)
                    .unwrap_or_else(|| tree.upper_lemma[v].clone());
                Some(Predicate {
                    code: &entry.code,
                    rule: format!(
                        "nominal:{} [{}] after {} ({} line {})",
                        entry.words.join("_"),
                        entry.code.raw,
                        verb_name,
                        nominal.file,
                        entry.line
                    ),
                    pattern_matched: true,
                    preps: entry.preps.clone(),
                    bindings: target.into_iter().collect(),
                    event_noun: Some(found.noun),
                    attributed: false,
                    reported: false,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A parse from `form/lemma/UPOS/head/deprel` words.
    fn parse(words: &[&str]) -> dyad_conllu::Sentence {
        let rows: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(k, w)| {
                let f: Vec<&str> = w.split('/').collect();
                format!(
                    "{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t_",
                    k + 1,
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4]
                )
            })
            .collect();
        let text = format!("{}\n\n", rows.join("\n"));
        dyad_conllu::read_str(&text)
            .expect("valid CoNLL-U")
            .remove(0)
    }

    /// The entry (words, code) found at the verb `v` (0-based) and its
    /// complement.
    fn found(sentence: &[&str], v: usize) -> Option<(String, String, Option<usize>)> {
        let parsed = parse(sentence);
        let tree = Tree::new(&parsed);
        NominalEvents::embedded().find(&tree, v).map(|m| {
            (
                m.entry.words.join(" "),
                m.entry.code.raw.clone(),
                m.complement,
            )
        })
    }

    #[test]
    fn a_quantity_noun_is_looked_through_and_keeps_its_complement() {
        let s = [
            "Russia/Russia/PROPN/2/nsubj",
            "held/hold/VERB/0/root",
            "a/a/DET/4/det",
            "round/round/NOUN/2/obj",
            "of/of/ADP/6/case",
            "talks/talk/NOUN/4/nmod",
            "with/with/ADP/8/case",
            "Ukraine/Ukraine/PROPN/4/nmod",
        ];
        assert_eq!(found(&s, 1), Some(("TALKS".into(), "046".into(), Some(7))));
    }

    #[test]
    fn a_particle_verb_needs_its_particle() {
        let with = [
            "Russia/Russia/PROPN/2/nsubj",
            "carried/carry/VERB/0/root",
            "out/out/ADP/2/compound:prt",
            "airstrikes/airstrike/NOUN/2/obj",
            "on/on/ADP/6/case",
            "Syria/Syria/PROPN/4/nmod",
        ];
        assert_eq!(
            found(&with, 1),
            Some(("AIRSTRIKE".into(), "195".into(), Some(5)))
        );
        let without = [
            "Russia/Russia/PROPN/2/nsubj",
            "carried/carry/VERB/0/root",
            "airstrikes/airstrike/NOUN/2/obj",
            "to/to/ADP/5/case",
            "Syria/Syria/PROPN/2/obl",
        ];
        assert_eq!(found(&without, 1), None);
    }

    #[test]
    fn a_verb_ending_in_a_preposition_takes_its_object_as_the_event_noun() {
        let engaged = [
            "Russia/Russia/PROPN/2/nsubj",
            "engaged/engage/VERB/0/root",
            "in/in/ADP/4/case",
            "talks/talk/NOUN/2/obl",
            "with/with/ADP/6/case",
            "Ukraine/Ukraine/PROPN/4/nmod",
        ];
        assert_eq!(
            found(&engaged, 1),
            Some(("TALKS".into(), "046".into(), Some(5)))
        );
        // Announcing talks is an intention, not talks.
        let announced = [
            "Russia/Russia/PROPN/2/nsubj",
            "announced/announce/VERB/0/root",
            "talks/talk/NOUN/2/obj",
            "with/with/ADP/5/case",
            "Ukraine/Ukraine/PROPN/3/nmod",
        ];
        assert_eq!(found(&announced, 1), None);
    }

    #[test]
    fn a_required_complement_must_be_present() {
        let against = [
            "court/court/NOUN/2/nsubj",
            "issued/issue/VERB/0/root",
            "a/a/DET/4/det",
            "ruling/ruling/NOUN/2/obj",
            "against/against/ADP/6/case",
            "Russia/Russia/PROPN/4/nmod",
        ];
        assert_eq!(
            found(&against, 1),
            Some(("RULING".into(), "116".into(), Some(5)))
        );
        let on = [
            "court/court/NOUN/2/nsubj",
            "issued/issue/VERB/0/root",
            "a/a/DET/4/det",
            "ruling/ruling/NOUN/2/obj",
            "on/on/ADP/6/case",
            "law/law/NOUN/4/nmod",
        ];
        assert_eq!(found(&on, 1), None);
    }

    #[test]
    fn the_longest_entry_wins_and_may_be_null() {
        let heart = [
            "Putin/Putin/PROPN/2/nsubj",
            "had/have/VERB/0/root",
            "a/a/DET/5/det",
            "heart/heart/NOUN/5/compound",
            "attack/attack/NOUN/2/obj",
        ];
        assert_eq!(
            found(&heart, 1),
            Some(("HEART ATTACK".into(), "---".into(), None))
        );
        let verbal = [
            "Putin/Putin/PROPN/2/nsubj",
            "launched/launch/VERB/0/root",
            "a/a/DET/5/det",
            "scathing/scathing/ADJ/5/amod",
            "attack/attack/NOUN/2/obj",
            "on/on/ADP/7/case",
            "Kyiv/Kyiv/PROPN/5/nmod",
        ];
        assert_eq!(
            found(&verbal, 1),
            Some(("SCATHING ATTACK".into(), "111".into(), Some(6)))
        );
        // HAVE is not a verb of force: "had an attack" names no attack.
        let had = [
            "Putin/Putin/PROPN/2/nsubj",
            "had/have/VERB/0/root",
            "an/a/DET/4/det",
            "attack/attack/NOUN/2/obj",
        ];
        assert_eq!(found(&had, 1), None);
    }

    #[test]
    fn the_embedded_dictionary_parses() {
        let events = NominalEvents::parse(NOMINAL_EVENTS_FILE, EMBEDDED).expect("parses");
        assert!(events.len() > 50, "{} entries", events.len());
        assert!(events.light.iter().any(|l| l.text() == "CARRY_OUT"));
        assert!(events.quantities.iter().any(|q| q == "ROUND"));
        let talks = events
            .entries
            .iter()
            .find(|e| e.words == ["TALKS"])
            .expect("TALKS listed");
        assert_eq!(talks.code.event.as_deref(), Some("046"));
        // One event, the subject as source (eval/gold/README.md).
        assert_eq!(talks.code.reverse.as_deref(), None);
        assert_eq!(talks.preps, ["WITH"]);
    }

    #[test]
    fn entry_options_are_read() {
        let text =
            "LIGHT HAVE CARRY_OUT\nRULING [116] AGAINST ! +ISSUE\nPHONE CALL [041:041] WITH\n";
        let events = NominalEvents::parse("t.txt", text).expect("parses");
        let ruling = &events.entries[0];
        assert!(ruling.complement_required);
        assert_eq!(ruling.verbs, [VerbName::parse("ISSUE")]);
        assert_eq!(ruling.line, 2);
        assert_eq!(events.entries[1].words, ["PHONE", "CALL"]);
        assert_eq!(
            events.light[1],
            VerbName {
                lemma: "CARRY".into(),
                particle: vec!["OUT".into()]
            }
        );
    }

    #[test]
    fn malformed_lines_are_errors_naming_file_and_line() {
        for (text, line, reason) in [
            ("LIGHT HAVE\nTALKS 046 WITH\n", 2, "no [code]"),
            ("LIGHT HAVE\nTALKS [04X] WITH\n", 2, "bad CAMEO code"),
            ("LIGHT HAVE\n\nTALKS [046] WITH ?\n", 3, "unexpected"),
            (
                "LIGHT HAVE\nRULING [116] !\n",
                2,
                "needs at least one preposition",
            ),
            ("LIGHT\n", 1, "lists no words"),
            ("LIGHT HAVE\ntalks [046]\n", 2, "not upper case"),
            ("TALKS [046] WITH\n", 1, "need a LIGHT line"),
            (
                "LIGHT HAVE\nTALKS [046] WITH +@MEET\n",
                2,
                "@MEET is not defined",
            ),
            ("VERBS MEET HOLD\n", 1, "expected VERBS @NAME"),
        ] {
            let err = NominalEvents::parse("x.txt", text).expect_err(text);
            assert_eq!((err.file.as_str(), err.line), ("x.txt", line), "{text}");
            assert!(err.reason.contains(reason), "{text}: {err}");
            assert!(err.to_string().starts_with(&format!("x.txt:{line}: ")));
        }
    }
}
