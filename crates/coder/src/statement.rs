//! Statements that are themselves the act (news mode): "Hammond commented,
//! 'It would be a constitutional outrage if Parliament were prevented from
//! holding the government to account'".
//!
//! News reports everything through statements, so news mode drops the plain
//! statement (CAMEO 010) and codes what was said from its own verbs. But a
//! denunciation or praise often has no codable verb: the evaluation is in
//! its words ("outrage", "a stab in the back", "a historic achievement").
//! When a plain statement verb's complement or quotation (`ccomp`,
//! `parataxis`, `xcomp`, object; or the quotation the verb is a `parataxis`
//! of) says something listed in the evaluative-word dictionary
//! (`data/dictionaries/dyad.evaluative-words.txt`, embedded; its header
//! describes the format) predicatively, the statement is coded as 111
//! (criticize or denounce) for a negative entry or 051 (praise) for a
//! positive one.
//!
//! A verb of saying that the verb dictionaries leave uncoded ("called the
//! move a …", "added, …"; the dictionary's `= lemma` lines) is such a plain
//! statement too ([`Coder::speech_predicate`]), dropped unless it evaluates.
//!
//! An entry counts only when it is said of something (predicative: the head
//! of what was said, a predicate with a copula, an `xcomp`, or a modifier or
//! conjunct of one) and is not negated; entries of both polarities cancel.
//!
//! The target is what the evaluation is about, conservatively:
//! * the one actor named in the clause that evaluates (other than the
//!   speaker, the speaker's own country and own body: an MP speaking of
//!   parliament); several candidates → no event;
//! * else a definite event noun ("the decision", "the move"), as object of
//!   the verb or subject of what was said: the source of the latest event
//!   of its kind in the article (`event_noun_actor` in `lib.rs`);
//! * else nothing, and the statement stays dropped.

use std::fmt;
use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::{event_noun_actor, has_known_root, phrase_node, resolve_country, root_of};
use crate::{Actor, Coder, Predicate, Roles, SentenceContext, Tree};

/// File name of the embedded evaluative-word dictionary.
pub const EVALUATIVE_WORDS_FILE: &str = "dyad.evaluative-words.txt";

const EMBEDDED: &str = include_str!("../../../data/dictionaries/dyad.evaluative-words.txt");

/// Bound on walks up the tree (malformed trees may cycle).
const MAX_STEPS: usize = 8;

/// A malformed line of an evaluative-word dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluativeError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for EvaluativeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for EvaluativeError {}

/// Whether an evaluation condemns or praises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    Negative,
    Positive,
}

impl Polarity {
    /// The CAMEO code of a statement with this evaluation: 111 (criticize
    /// or denounce) or 051 (praise or endorse).
    pub fn cameo(self) -> &'static str {
        match self {
            Polarity::Negative => "111",
            Polarity::Positive => "051",
        }
    }
}

/// The evaluative-word dictionary: words and phrases (lower case) with their
/// polarity.
#[derive(Debug, Clone, Default)]
pub struct EvaluativeWords {
    entries: Vec<(Vec<String>, Polarity)>,
    /// Lemmas of verbs of saying the verb dictionaries leave uncoded.
    speech_verbs: Vec<String>,
}

impl EvaluativeWords {
    /// Read a dictionary in the format described in the header of
    /// `dyad.evaluative-words.txt`; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<EvaluativeWords, EvaluativeError> {
        let mut entries = Vec::new();
        let mut speech_verbs = Vec::new();
        for (k, raw) in text.lines().enumerate() {
            let content = raw.split('#').next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let error = |reason: String| EvaluativeError {
                file: file.to_string(),
                line: k + 1,
                reason,
            };
            let mut chars = content.chars();
            let kind = chars.next();
            let rest = chars.as_str();
            let polarity = match kind {
                Some('-') => Polarity::Negative,
                Some('+') => Polarity::Positive,
                Some('=') => {
                    let lemma: Vec<&str> = rest.split_whitespace().collect();
                    match lemma[..] {
                        [lemma] if !lemma.chars().any(char::is_uppercase) => {
                            speech_verbs.push(lemma.to_string())
                        }
                        _ => return Err(error(format!("expected `= lemma`: {content:?}"))),
                    }
                    continue;
                }
                _ => {
                    return Err(error(format!(
                        "expected `- words`, `+ words` or `= lemma`: {content:?}"
                    )))
                }
            };
            let words: Vec<String> = rest.split_whitespace().map(str::to_string).collect();
            if words.is_empty() {
                return Err(error("an entry without words".to_string()));
            }
            if words.iter().any(|w| w.chars().any(char::is_uppercase)) {
                return Err(error(format!("not lower case: {content:?}")));
            }
            entries.push((words, polarity));
        }
        Ok(EvaluativeWords {
            entries,
            speech_verbs,
        })
    }

    /// The embedded dictionary (`data/dictionaries/dyad.evaluative-words.txt`).
    pub fn embedded() -> &'static EvaluativeWords {
        static WORDS: OnceLock<EvaluativeWords> = OnceLock::new();
        WORDS.get_or_init(|| {
            EvaluativeWords::parse(EVALUATIVE_WORDS_FILE, EMBEDDED)
                .expect("the embedded evaluative-word dictionary is valid (checked by its tests)")
        })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The polarity of a phrase given as lower-case words, if listed.
    pub fn polarity(&self, words: &[&str]) -> Option<Polarity> {
        self.entries
            .iter()
            .find(|(entry, _)| {
                entry.len() == words.len() && entry.iter().zip(words).all(|(e, w)| e == w)
            })
            .map(|(_, p)| *p)
    }

    /// Is `lemma` (lower case) a listed verb of saying?
    pub fn is_speech_verb(&self, lemma: &str) -> bool {
        self.speech_verbs.iter().any(|v| v == lemma)
    }

    /// The entries matched in the tree at consecutive words all in `scope`
    /// (sorted word indices): `(first word, last word, polarity)`.
    fn matches(&self, tree: &Tree<'_>, scope: &[usize]) -> Vec<(usize, usize, Polarity)> {
        let word_is = |i: usize, w: &str| {
            tree.words[i].form.eq_ignore_ascii_case(w) || tree.lemma_lower(i) == w
        };
        let mut out = Vec::new();
        for &start in scope {
            for (words, polarity) in &self.entries {
                let last = start + words.len() - 1;
                let fits = words.iter().enumerate().all(|(k, w)| {
                    scope.binary_search(&(start + k)).is_ok() && word_is(start + k, w)
                });
                if fits {
                    out.push((start, last, *polarity));
                }
            }
        }
        out
    }
}

/// A statement coded as the act it is.
#[derive(Debug, Clone)]
pub(crate) struct Evaluation {
    pub target: Actor,
    pub code: &'static str,
    /// For the rule text: which words evaluated and how the target was found.
    pub note: String,
}

/// What a statement verb says: the words of its complements (and of the
/// quotation it is a `parataxis` of), and the heads of those complements.
fn said_words(tree: &Tree<'_>, v: usize) -> (Vec<usize>, Vec<usize>) {
    let mut words = Vec::new();
    let mut heads = Vec::new();
    for &c in &tree.children[v] {
        if matches!(tree.base_rel(c), "ccomp" | "parataxis" | "xcomp" | "obj") {
            words.extend(tree.subtree(c, &|_| false));
            heads.push(c);
        }
    }
    // "'The statement was a surprise', Gabriel said": the reporting verb
    // hangs off the quotation.
    if tree.base_rel(v) == "parataxis" {
        if let Some(h) = tree.heads[v] {
            words.extend(tree.subtree(h, &|n| n == v));
            heads.push(h);
        }
    }
    words.sort_unstable();
    words.dedup();
    (words, heads)
}

/// Is word `m` said of something (the predicate of what was said, rather
/// than a description inside it): a head of what was said, a predicate with
/// a copula, an `xcomp` ("called the move reckless"), or a modifier or
/// conjunct of such a word.
fn predicative(tree: &Tree<'_>, m: usize, heads: &[usize]) -> bool {
    let mut cur = m;
    for _ in 0..MAX_STEPS {
        if heads.contains(&cur)
            || tree.base_rel(cur) == "xcomp"
            || tree.children[cur]
                .iter()
                .any(|&c| tree.base_rel(c) == "cop")
        {
            return true;
        }
        match (tree.base_rel(cur), tree.heads[cur]) {
            ("amod" | "conj" | "compound", Some(h)) => cur = h,
            _ => return false,
        }
    }
    false
}

/// Is word `m` (or the predicate it modifies) negated: "not a disgrace".
fn negated(tree: &Tree<'_>, m: usize) -> bool {
    let negates = |n: usize| {
        tree.children[n].iter().any(|&c| {
            matches!(tree.base_rel(c), "advmod" | "neg" | "det")
                && matches!(tree.lemma_lower(c).as_str(), "not" | "n't" | "never" | "no")
        })
    };
    negates(m)
        || (tree.base_rel(m) == "amod" || tree.base_rel(m) == "conj")
            && tree.heads[m].is_some_and(negates)
}

impl<'d> Coder<'d> {
    /// News: a verb of saying without a verb-dictionary code ("called the
    /// move a …") is a plain statement, for [`Coder::evaluative_statement`].
    pub(crate) fn speech_predicate(&self, tree: &Tree<'_>, v: usize) -> Option<Predicate<'d>> {
        static STATEMENT: OnceLock<VerbCode> = OnceLock::new();
        let lemma = tree.lemma_lower(v);
        if !self.options.news || !EvaluativeWords::embedded().is_speech_verb(&lemma) {
            return None;
        }
        Some(Predicate {
            code: STATEMENT.get_or_init(|| VerbCode::parse(crate::PLAIN_STATEMENT)),
            rule: format!(
                "speech verb {} ({EVALUATIVE_WORDS_FILE})",
                lemma.to_uppercase()
            ),
            pattern_matched: false,
            preps: Vec::new(),
            bindings: Vec::new(),
            event_noun: None,
            attributed: false,
            reported: false,
        })
    }

    /// A plain statement (verb `v`) that is itself a denunciation or praise:
    /// its code and target, or `None` (the statement stays a plain one).
    pub(crate) fn evaluative_statement(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        if roles.sources.is_empty() {
            return None;
        }
        let (scope, heads) = said_words(tree, v);
        let found: Vec<(usize, usize, Polarity)> = EvaluativeWords::embedded()
            .matches(tree, &scope)
            .into_iter()
            .filter(|&(first, last, _)| {
                let node = phrase_node(tree, first, last);
                predicative(tree, node, &heads) && !negated(tree, node)
            })
            .collect();
        let polarity = found.first()?.2;
        if found.iter().any(|f| f.2 != polarity) {
            return None;
        }
        let said: Vec<String> = found
            .iter()
            .map(|&(first, last, _)| {
                (first..=last)
                    .map(|i| tree.words[i].form.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        // The actors of the clauses that evaluate, not of the other
        // sentences of a quotation.
        let mut evaluating: Vec<usize> = Vec::new();
        for &(first, last, _) in &found {
            let node = phrase_node(tree, first, last);
            if let Some(h) = tree
                .ancestors_until(node, usize::MAX)
                .find(|a| heads.contains(a))
            {
                evaluating.extend(tree.subtree(h, &|n| n == v || tree.base_rel(n) == "parataxis"));
            }
        }
        evaluating.sort_unstable();
        evaluating.dedup();
        let target = match self.named_in(tree, hits, &evaluating, roles, ctx, countries) {
            Named::One(target) => Some((target, "named in what was said")),
            Named::Several => None,
            Named::None => self
                .evaluated_event(tree, v, &heads, roles, ctx)
                .map(|t| (t, "the event it is about")),
        };
        let Some((target, how)) = target else {
            if self.options.explain {
                eprintln!(
                    "    statement evaluates (\"{}\") but names no single target",
                    said.join("\", \"")
                );
            }
            return None;
        };
        Some(Evaluation {
            target,
            code: polarity.cameo(),
            note: format!(
                "; statement as {} (\"{}\"), target {how}",
                polarity.cameo(),
                said.join("\", \"")
            ),
        })
    }

    /// The actors named in what was said, other than the speaker and the
    /// speaker's own country or institution.
    fn named_in(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        scope: &[usize],
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Named {
        let mut named: Vec<Actor> = Vec::new();
        for h in hits.iter().filter(|h| !h.is_empty()) {
            let last = (h.start() + h.len() - 1).min(tree.words.len() - 1);
            let node = phrase_node(tree, h.start(), last);
            if scope.binary_search(&node).is_err() {
                continue;
            }
            for mut a in self.actor_of(tree, hits, node) {
                resolve_country(&mut a, countries, ctx.article_country);
                let own = roles.sources.iter().any(|s| {
                    s.code == a.code
                        || root_of(&s.code) == root_of(&a.code)
                            && (a.code.len() == 3
                                || s.code.len() == 3
                                || own_body(&s.code, &a.code))
                });
                if !own && has_known_root(&a.code) && !named.iter().any(|n| n.code == a.code) {
                    named.push(a);
                }
            }
        }
        match named.len() {
            0 => Named::None,
            1 => Named::One(named.remove(0)),
            _ => Named::Several,
        }
    }

    /// "called the move …", "said the decision was …": the source of the
    /// latest event of the kind the definite event noun names.
    fn evaluated_event(
        &self,
        tree: &Tree<'_>,
        v: usize,
        heads: &[usize],
        roles: &Roles,
        ctx: &SentenceContext<'_>,
    ) -> Option<Actor> {
        let object = tree.child_with(v, |r| r == "obj");
        let subjects = heads
            .iter()
            .filter_map(|&h| tree.child_with(h, |r| r == "nsubj" || r == "nsubj:pass"));
        object
            .into_iter()
            .chain(subjects)
            .find_map(|n| event_noun_actor(tree, n, roles, ctx.recent_events))
    }
}

/// Actors named in what was said.
enum Named {
    None,
    One(Actor),
    Several,
}

/// Is `named` the speaker's own body: a member of parliament (`GBRELILEG`)
/// speaking of parliament (`GBRLEG`) speaks for it, not about it.
fn own_body(speaker: &str, named: &str) -> bool {
    let roles = |code: &str| -> Vec<String> {
        code.get(3..)
            .unwrap_or("")
            .as_bytes()
            .chunks(3)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect()
    };
    let named_roles = roles(named);
    !named_roles.is_empty() && named_roles.iter().all(|r| roles(speaker).contains(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dictionary_parses_with_both_polarities() {
        let words = EvaluativeWords::parse(EVALUATIVE_WORDS_FILE, EMBEDDED).unwrap();
        assert!(words.len() > 20);
        assert_eq!(words.polarity(&["outrage"]), Some(Polarity::Negative));
        assert_eq!(
            words.polarity(&["stab", "in", "the", "back"]),
            Some(Polarity::Negative)
        );
        assert_eq!(words.polarity(&["hero"]), Some(Polarity::Positive));
        assert_eq!(words.polarity(&["table"]), None);
    }

    #[test]
    fn malformed_lines_are_errors_with_file_and_line() {
        let err = EvaluativeWords::parse("x.txt", "# c\n- outrage\n* oops\n").unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("x.txt", 3));
        let err = EvaluativeWords::parse("x.txt", "-\n").unwrap_err();
        assert_eq!(err.line, 1);
        let err = EvaluativeWords::parse("x.txt", "+ Hero\n").unwrap_err();
        assert!(err.reason.contains("lower case"));
        let err = EvaluativeWords::parse("x.txt", "= call out\n").unwrap_err();
        assert!(err.reason.contains("lemma"));
        let words = EvaluativeWords::parse("x.txt", "= call\n+ hero\n").unwrap();
        assert!(words.is_speech_verb("call") && !words.is_speech_verb("hero"));
        assert_eq!(words.len(), 1);
    }

    #[test]
    fn polarity_codes() {
        assert_eq!(Polarity::Negative.cameo(), "111");
        assert_eq!(Polarity::Positive.cameo(), "051");
    }

    #[test]
    fn own_body_is_an_institution_of_the_speaker() {
        assert!(own_body("GBRELILEG", "GBRLEG"));
        assert!(!own_body("GBRELILEG", "GBRGOV"));
        assert!(!own_body("GBRLEG", "GBR"));
    }
}
