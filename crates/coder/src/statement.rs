//! Statements that are themselves the act (news mode): "Hammond commented,
//! 'It would be a constitutional outrage if Parliament were prevented from
//! holding the government to account'", "Stoltenberg wrote, 'I count on
//! Turkey to act with restraint'", "North Korea said it would attack".
//!
//! News reports everything through statements, so news mode drops the plain
//! statement (CAMEO 010) and codes what was said from its own verbs. But a
//! statement is often the act itself, with no codable verb.
//!
//! **Evaluations.** A denunciation or praise is in its words ("outrage", "a
//! stab in the back", "a historic achievement"). When a plain statement
//! verb's complement or quotation (`ccomp`, `parataxis`, `xcomp`, object,
//! an `as` phrase or bare second complement: "described the sanctions as
//! illegal", "called the tariffs a stunt"; or the quotation the verb is a
//! `parataxis` of) says something listed in the evaluative-word dictionary
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
//! of what was said, a predicate with a copula, an `xcomp`, the manner of an
//! act — "in an unlawful way" —, or a modifier or conjunct of one) and is
//! not negated; entries of both polarities cancel.
//!
//! The target is what the evaluation is about, conservatively:
//! * the one actor named in the clause that evaluates (other than the
//!   speaker, the speaker's own country and own body: an MP speaking of
//!   parliament, and other than the evaluative words themselves);
//! * the objects of a naming verb ("described the PKK and the YPG as
//!   terrorists"), each;
//! * of several actors named, the one the evaluation's subject or an
//!   evaluative noun's possessor names ("Russia's annexation of Ukraine's
//!   territory was illegal", "the government's repression of the people");
//!   otherwise several candidates → no event;
//! * else what the verb of saying is said *of* ("'It is shameful,' Macron
//!   said of the Brazilian government's policy": `said_of`);
//! * else a definite event noun ("the decision", "the move"), as object of
//!   the verb or subject of what was said: the source of the latest event
//!   of its kind in the article (`event_noun_actor` in `lib.rs`);
//! * else nothing, and the statement stays dropped.
//!
//! An entry hangs by its content word ("a breach of international law":
//! *breach*, not *of*); an evaluated subject's *by* phrase is its author
//! ("the ruling by the Supreme Court was a betrayal"); a populace named in
//! an evaluation ("a threat to millions of people") is no target; what
//! someone is asked to do ("ask the army to interfere") is said of no one,
//! and an infinitive is said through the verb it completes ("was trying to
//! destabilise Ukraine"). Blame for any harm ("responsible for the car
//! bomb", "behind the drone strikes", "the attack was carried out by
//! Israel" — an author of another country than the speaker's, with a
//! country of its own: `blame`) is negative. A main
//! clause attributed with *according to* an actor (or a statement by one)
//! is that actor's statement ([`Coder::attributed_statement`]).
//!
//! **Appeals and demands.** A head of what was said whose subject is
//! obliged ("Iran must stop …", "Russia should withdraw …", "they need to
//! stand by us"; [`obligation`]) is an appeal (020: should, ought to, need
//! to) or a demand (100: must, have to) from the speaker to that subject. A
//! pronoun subject is the one other actor named before it in its sentence;
//! the speaker's own obligations ("we must"), subjects including the
//! speaker's own country, subjects without a country ("people"), questions,
//! conditions and reproaches ("should have done") are no act. An appeal or
//! demand in a participle of a statement ("wrote to the embassy asking to
//! waive her immunity") is made to the statement's addressee
//! ([`Coder::addressee_of_statement`]).
//!
//! **Threats.** A coercive or violent act (roots 17–20) with *will*,
//! *would* or *shall*, not negated, that a verb of saying reports of the
//! speaker itself ("North Korea said it would attack South Korea", "'We will
//! strike Israel', the commander said", "Netanyahu said Israel would strike
//! …") is a threat (138, or 130 for coercion), dated and asserted as the
//! statement is ([`spoken_threat`]).
//!
//! Accusations, appeals and demands whose content is itself an event keep
//! its subject as their target ("claimed that Israel had attacked the
//! tanker", "demanded that Israel withdraw"): see `code_scanned` in
//! `lib.rs`. First-person pronouns in a quotation whose reporting verb
//! hangs off it ("Stoltenberg wrote, 'I count on Turkey …'") are the
//! speaker (`resolve_first_person` in `lib.rs`).

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use dyad_dict::{PhraseHit, VerbCode};

use crate::attributive::{authored_head, authors};
use crate::{event_noun_actor, has_known_root, phrase_node, resolve_country, roles_of, root_of};
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
    /// Entry indices by first word: a sentence word is compared only with
    /// the entries that can start there, not with every entry.
    by_first: HashMap<String, Vec<usize>>,
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
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, (words, _)) in entries.iter().enumerate() {
            by_first.entry(words[0].clone()).or_default().push(k);
        }
        Ok(EvaluativeWords {
            entries,
            by_first,
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
        // Each scope word's form (ASCII-lowercased: entries are lower case,
        // so this is a case-insensitive comparison) and lower-case lemma,
        // computed once.
        let lowered: Vec<(String, String)> = scope
            .iter()
            .map(|&i| (tree.words[i].form.to_ascii_lowercase(), tree.lemma_lower(i)))
            .collect();
        let word_is = |i: usize, w: &str| {
            scope
                .binary_search(&i)
                .is_ok_and(|at| lowered[at].0 == w || lowered[at].1 == w)
        };
        let mut out = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        for (at, &start) in scope.iter().enumerate() {
            let (form, lemma) = &lowered[at];
            candidates.clear();
            candidates.extend(self.by_first.get(form).into_iter().flatten());
            if lemma != form {
                candidates.extend(self.by_first.get(lemma).into_iter().flatten());
            }
            // In dictionary order, as a scan of all entries would give.
            candidates.sort_unstable();
            for &k in &candidates {
                let (words, polarity) = &self.entries[k];
                let fits = words[1..]
                    .iter()
                    .enumerate()
                    .all(|(j, w)| word_is(start + 1 + j, w));
                if fits {
                    out.push((start, start + words.len() - 1, *polarity));
                }
            }
        }
        out
    }
}

/// A statement coded as the act it is.
#[derive(Debug, Clone)]
pub(crate) struct Evaluation {
    /// Whom the statement is about: one actor, or the actors a naming verb
    /// names ("named the PKK and the YPG as terrorists").
    pub targets: Vec<Actor>,
    pub code: &'static str,
    /// For the rule text: which words evaluated and how the target was found.
    pub note: String,
}

/// What a statement verb says: the words of its complements (and of the
/// quotation it is a `parataxis` of), and the heads of those complements.
fn said_words(tree: &Tree<'_>, v: usize) -> (Vec<usize>, Vec<usize>) {
    let mut words = Vec::new();
    let mut heads = Vec::new();
    let quoted = quotation_after(tree, v);
    for &c in &tree.children[v] {
        if matches!(tree.base_rel(c), "ccomp" | "parataxis" | "xcomp" | "obj")
            || naming_predicate(tree, v, c)
            || quoted.is_some_and(|(open, close)| open < c && c < close)
                && tree.base_rel(c) != "punct"
        {
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

/// "said, \"Now, for every moment Parliament remains prorogued, the
/// government are breaking the law\"": the quotation right after a verb of
/// saying (and its comma or colon). Whatever the verb
/// governs inside the quotation is what was said, however the parser
/// attached it (here the quotation's first clause as an `obl`).
/// The quotation's opening and closing marks (the sentence's end when it
/// runs on).
fn quotation_after(tree: &Tree<'_>, v: usize) -> Option<(usize, usize)> {
    let n = tree.words.len();
    let open = (v + 1..n.min(v + 3)).find(|&q| {
        matches!(tree.words[q].form.as_str(), "\"" | "“" | "``")
            && (q == v + 1 || matches!(tree.words[v + 1].form.as_str(), "," | ":"))
    })?;
    let close = (open + 1..n)
        .find(|&q| dyad_context::is_quote_mark(&tree.words[q].form))
        .unwrap_or(n);
    Some((open, close))
}

/// Harm whose author a speaker can name: the force nouns of the article
/// reading (`FORCE_NOUNS`) and other harm done by an actor.
const HARM_NOUNS: &[&str] = &[
    "explosion",
    "bomb",
    "blast",
    "assassination",
    "coup",
    "poisoning",
    "abduction",
    "kidnapping",
    "downing",
    "death",
    "violence",
    "cyberattack",
    "hack",
    "fire",
];

/// Blame for harm, whatever the harm is called: "said the ELN was
/// responsible for the car bomb", "Iran was behind the drone strikes".
/// The words of the blame as entries `(first, last, Negative)`: the
/// adjective *responsible* with a *for* phrase of harm, or *behind* and the
/// harm noun it marks. (Fixed phrases such as "to blame" are in the word
/// list.)
fn blame(tree: &Tree<'_>, scope: &[usize]) -> Vec<(usize, usize, Polarity)> {
    let harm = |n: usize| {
        let lemma = tree.lemma_lower(n);
        crate::FORCE_NOUNS.contains(&lemma.as_str()) || HARM_NOUNS.contains(&lemma.as_str())
    };
    let mut out = Vec::new();
    for &w in scope {
        let for_harm = tree.lemma_lower(w) == "responsible"
            && tree.children[w].iter().any(|&c| {
                matches!(tree.base_rel(c), "obl" | "nmod")
                    && tree.case_of(c) == Some("FOR")
                    && harm(c)
            });
        if for_harm {
            out.push((w, w, Polarity::Negative));
        }
        if blamed_agent(tree, w).is_some() {
            out.push((w, w, Polarity::Negative));
        }
        if tree.case_of(w) == Some("BEHIND") && harm(w) {
            let behind = tree.children[w]
                .iter()
                .copied()
                .find(|&c| tree.base_rel(c) == "case")
                .unwrap_or(w);
            out.push((behind.min(w), w, Polarity::Negative));
        }
    }
    out
}

/// Verbs whose passive names the author of harm in its *by* phrase.
const PERPETRATE_VERBS: &[&str] = &[
    "carry",
    "conduct",
    "perpetrate",
    "commit",
    "launch",
    "stage",
    "orchestrate",
    "mastermind",
    "fire",
];

/// "said the attack was carried out by Israel", "the rockets were fired by
/// Hamas": the *by* phrase of a passive verb of perpetrating whose subject
/// is harm (or a weapon fired).
fn blamed_agent(tree: &Tree<'_>, w: usize) -> Option<usize> {
    if !tree.is_verb(w) || !PERPETRATE_VERBS.contains(&tree.lemma_lower(w).as_str()) {
        return None;
    }
    let harmful = tree.children[w].iter().any(|&c| {
        let lemma = tree.lemma_lower(c);
        tree.rel(c) == "nsubj:pass"
            && (crate::FORCE_NOUNS.contains(&lemma.as_str())
                || HARM_NOUNS.contains(&lemma.as_str())
                || matches!(lemma.as_str(), "rocket" | "missile" | "shell" | "drone"))
    });
    if !harmful {
        return None;
    }
    crate::effective_dependents(tree, w).into_iter().find(|&a| {
        tree.rel(a) == "obl:agent" || tree.base_rel(a) == "obl" && tree.case_of(a) == Some("BY")
    })
}

/// The word an evaluative entry at `[first, last]` hangs by: the last word
/// whose head lies outside the entry, skipping function words. "a breach
/// of international law": *of* depends on *law*, outside the entry "breach
/// of", but the entry is said of something through *breach*.
fn entry_node(tree: &Tree<'_>, first: usize, last: usize) -> usize {
    let last = last.min(tree.words.len() - 1);
    (first..=last)
        .rev()
        .find(|&i| {
            tree.heads[i].is_none_or(|h| h < first || h > last)
                && !matches!(tree.base_rel(i), "case" | "mark" | "det" | "cc" | "punct")
        })
        .unwrap_or_else(|| phrase_node(tree, first, last))
}

/// The words of a naming verb's object that name what is judged: its own
/// words, possessor and *by* phrase, not a place or topic it is of ("called
/// the Turkish intervention in Libya a violation": Turkey, not Libya).
fn named_object(tree: &Tree<'_>, o: usize) -> Vec<usize> {
    tree.subtree(o, &|n| {
        n != o
            && tree.base_rel(n) == "nmod"
            && tree.rel(n) != "nmod:poss"
            && tree.case_of(n) != Some("BY")
    })
}

/// "branded them as terrorists", "described the plan as reckless", "called
/// the tariffs a provocation" (parsed `obl:unmarked`): the `as` phrase or
/// bare second complement of a verb says what its object is.
fn naming_predicate(tree: &Tree<'_>, v: usize, c: usize) -> bool {
    if tree.heads[c] != Some(v) {
        return false;
    }
    // "described the move as \"a gross interference\"": a quoted `as`
    // phrase is often parsed as a clause marked *as*.
    if tree.base_rel(c) == "advcl" {
        return matches!(tree.words[c].upos.as_str(), "NOUN" | "ADJ")
            && tree.child_with(v, |r| r == "obj").is_some()
            && tree
                .child_with(c, |r| r == "mark")
                .is_some_and(|m| tree.lemma_lower(m) == "as");
    }
    if tree.base_rel(c) != "obl" {
        return false;
    }
    let bare_nominal = tree.rel(c) == "obl:unmarked"
        && matches!(tree.words[c].upos.as_str(), "NOUN" | "ADJ")
        && tree.child_with(v, |r| r == "obj").is_some();
    tree.case_of(c) == Some("AS") || bare_nominal
}

/// "called the election a sham", "called the visit a provocation",
/// "termed the air strikes a war crime": a verb of saying or naming whose
/// naming complement (an `as` phrase, a second complement, an `xcomp`)
/// holds an evaluative entry, not negated. Such a statement is the
/// evaluation, whatever pattern the verb dictionaries have for its object
/// (CALL * ELECTION is calling an election, CALL * VISIT an appeal for one).
pub(crate) fn names_by_evaluation(tree: &Tree<'_>, v: usize) -> bool {
    let words = EvaluativeWords::embedded();
    if !words.is_speech_verb(&tree.lemma_lower(v)) {
        return false;
    }
    tree.children[v].iter().any(|&c| {
        // Not an infinitive: "called on Russia to end its illegal
        // occupation" is an appeal, whatever the act is called in it.
        let predicate_xcomp = tree.base_rel(c) == "xcomp" && !tree.is_verb(c);
        if !(naming_predicate(tree, v, c) || predicate_xcomp) {
            return false;
        }
        let mut scope = tree.subtree(c, &|_| false);
        scope.sort_unstable();
        words
            .matches(tree, &scope)
            .iter()
            .any(|&(first, last, _)| !negated(tree, entry_node(tree, first, last)))
    })
}

/// Is word `m` said of something (the predicate of what was said, rather
/// than a description inside it): a head of what was said, a predicate with
/// a copula, an `xcomp` ("called the move reckless"), the manner of an act
/// ("suppressed protests in an unlawful way"), or a modifier or conjunct of
/// such a word.
fn predicative(tree: &Tree<'_>, m: usize, heads: &[usize]) -> bool {
    let mut cur = m;
    for _ in 0..MAX_STEPS {
        // "ask Thoth to interfere": what someone is asked to do is not
        // said of anyone. "said Russia was trying to destabilise Ukraine":
        // a verb's infinitive is said through the verb it completes.
        if tree.is_verb(cur) && crate::is_requested_act(tree, cur) {
            return false;
        }
        let infinitive = tree.base_rel(cur) == "xcomp"
            && tree.is_verb(cur)
            && tree
                .child_with(cur, |r| r == "mark")
                .is_some_and(|t| tree.lemma_lower(t) == "to");
        if infinitive {
            match tree.heads[cur] {
                Some(h) => {
                    cur = h;
                    continue;
                }
                None => return false,
            }
        }
        if heads.contains(&cur)
            || tree.base_rel(cur) == "xcomp"
            || tree.children[cur]
                .iter()
                .any(|&c| tree.base_rel(c) == "cop")
            || manner(tree, cur)
        {
            return true;
        }
        match (tree.base_rel(cur), tree.heads[cur]) {
            ("amod" | "conj" | "compound", Some(h)) => cur = h,
            // "called the move a \"smash and grab …\"" parsed with the
            // article as the second object's head and the quoted noun
            // hanging on it: the noun is that object's content.
            ("nmod", Some(h)) if tree.words[h].upos == "DET" => cur = h,
            _ => return false,
        }
    }
    false
}

/// "in an unlawful way", "in a reckless manner": a manner phrase of a verb.
/// Also a comparison ("Washington is acting like a bully") and a quality
/// the act shows ("the authorities acted with shocking brutality": a *with*
/// phrase without an article — "with the terrorists" is company, not
/// manner).
fn manner(tree: &Tree<'_>, n: usize) -> bool {
    if tree.base_rel(n) != "obl" || !tree.heads[n].is_some_and(|h| tree.is_verb(h)) {
        return false;
    }
    let quality = || {
        tree.case_of(n) == Some("WITH")
            && tree.words[n].upos == "NOUN"
            && !tree.children[n].iter().any(|&c| tree.base_rel(c) == "det")
            && !crate::attributive::is_person_noun(tree, n)
    };
    matches!(tree.lemma_lower(n).as_str(), "way" | "manner" | "fashion")
        || tree.case_of(n) == Some("LIKE")
        || quality()
}

/// The subject an evaluation is said of: the subject of the predicate the
/// evaluative word at `m` belongs to ("Russia's decision … was illegal"),
/// or of the act it is the manner of ("the authorities have chosen to
/// suppress protests in an unlawful way"), or the possessor of an
/// evaluative noun ("cited the government's repression of the people").
fn evaluated_subject(tree: &Tree<'_>, m: usize) -> Option<usize> {
    let mut cur = m;
    for _ in 0..MAX_STEPS {
        if let Some(s) = tree.child_with(cur, |r| r == "nsubj" || r == "nsubj:pass") {
            return Some(s);
        }
        if let Some(p) = tree.child_with(cur, |r| r == "nmod:poss") {
            return Some(p);
        }
        match (tree.base_rel(cur), tree.heads[cur]) {
            ("amod" | "conj" | "compound" | "obl" | "xcomp", Some(h)) => cur = h,
            _ => return None,
        }
    }
    None
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
        let said = Said {
            v,
            scope: &scope,
            heads: &heads,
        };
        self.evaluation(tree, hits, &said, roles, ctx, countries)
            .or_else(|| self.appeal_or_demand(tree, hits, &said, roles, ctx, countries))
    }

    /// "According to the Iranian foreign minister, the sanctions are
    /// illegal", "'The sanctions are illegal,' according to a statement by
    /// the Chinese foreign ministry": a main clause attributed with
    /// *according to* is its source's statement, coded as the evaluation,
    /// appeal or demand it is (as [`Coder::evaluative_statement`]). The
    /// source is the one actor of the phrase, or the author (*by* phrase or
    /// possessor) of a message it names; never the media reporting it.
    /// The source, the act, the clause head and the head of the *according
    /// to* phrase ("a tweet on Monday": what dates the statement), or
    /// `None`.
    pub(crate) fn attributed_statement(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<(Actor, Evaluation, usize, usize)> {
        // The phrase and the main clause it attributes: "according to" is
        // its case marker, or (parsed as a participle) its governor.
        let attribution = |n: usize| -> Option<usize> {
            let h = tree.heads[n]?;
            if tree.case_of(n) == Some("ACCORDING") {
                return Some(h);
            }
            let participle = tree.words[h].form.eq_ignore_ascii_case("according")
                && matches!(tree.base_rel(n), "obj" | "obl");
            participle.then_some(tree.heads[h]).flatten()
        };
        // "'The airline transports weapons …, supporting the regime's
        // destructive ambitions,' according to a tweet by Pompeo": the
        // phrase hangs on a participle or conjunct of the main clause; it
        // attributes the whole sentence.
        let main_clause = |h: usize| -> Option<usize> {
            let mut cur = h;
            for _ in 0..MAX_STEPS {
                match tree.heads[cur] {
                    None => return Some(cur),
                    Some(p)
                        if tree.is_verb(cur)
                            && matches!(tree.base_rel(cur), "advcl" | "conj" | "xcomp") =>
                    {
                        cur = p
                    }
                    Some(_) => return None,
                }
            }
            None
        };
        let (according, head) = (0..tree.words.len())
            .filter_map(|n| Some((n, attribution(n)?)))
            .find_map(|(n, h)| Some((n, main_clause(h)?)))?;
        let message = crate::COMMUNICATION_NOUNS.contains(&tree.lemma_lower(according).as_str());
        let author = if message {
            tree.children[according].iter().copied().find(|&c| {
                tree.rel(c) == "nmod:poss"
                    || tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("BY")
            })?
        } else {
            according
        };
        let mut sources = self.actors_with_conj(tree, hits, author);
        for a in sources.iter_mut() {
            resolve_country(a, countries, ctx.article_country);
        }
        if self.options.explain {
            let codes: Vec<&str> = sources.iter().map(|a| a.code.as_str()).collect();
            eprintln!(
                "  attributed with \"according to\" {}: sources [{}]",
                tree.words[author].form,
                codes.join(",")
            );
        }
        let [source] = &sources[..] else {
            return None;
        };
        if !source.has_country || !has_known_root(&source.code) || source.code.ends_with("MED") {
            return None;
        }
        let roles = Roles {
            sources: vec![source.clone()],
            targets: Vec::new(),
            complement: None,
            no_reciprocal: false,
            direct: false,
        };
        // What was said: the clause without the attribution (`v` is the
        // attribution, so that it is no part of what was evaluated).
        // (The participle *according* governing the phrase, not the verb
        // the phrase hangs on.)
        let scope = tree.subtree(head, &|n| {
            n == according
                || tree.heads[according] == Some(n)
                    && tree.words[n].form.eq_ignore_ascii_case("according")
        });
        let heads = [head];
        let said = Said {
            v: according,
            scope: &scope,
            heads: &heads,
        };
        // "According to the Syrian government, Turkish forces shelled
        // villages": an accusation (`src/accusation.rs`).
        let phrases: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| {
                (
                    h.start(),
                    (h.start() + h.len() - 1).min(tree.words.len() - 1),
                )
            })
            .collect();
        let act = self
            .evaluation(tree, hits, &said, &roles, ctx, countries)
            .or_else(|| self.appeal_or_demand(tree, hits, &said, &roles, ctx, countries))
            .or_else(|| {
                let clauses = vec![head];
                self.accusation_in(
                    tree, hits, &phrases, source, clauses, according, ctx, countries,
                )
            })?;
        Some((source.clone(), act, head, according))
    }

    /// A statement whose words evaluate (see the module documentation).
    fn evaluation(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        said: &Said<'_>,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        let Said { v, scope, heads } = *said;
        let found: Vec<(usize, usize, Polarity)> = EvaluativeWords::embedded()
            .matches(tree, scope)
            .into_iter()
            .chain(blame(tree, scope))
            .filter(|&(first, last, _)| {
                let node = entry_node(tree, first, last);
                (predicative(tree, node, heads) || authored_head(tree, node).is_some())
                    && !negated(tree, node)
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
        // The heads of what was said whose predicate is an evaluative entry.
        let mut judging: Vec<usize> = Vec::new();
        // "called the move reckless", "named the PKK as terrorists": the
        // evaluation is a predicate of the verb's object.
        let mut naming = false;
        for &(first, last, _) in &found {
            let node = entry_node(tree, first, last);
            if let Some(h) = tree
                .ancestors_until(node, usize::MAX)
                .find(|a| heads.contains(a))
            {
                // Only the clause the entry is the predicate of (or
                // modifies): "this is a flagrant violation", not "this would
                // be the first case" with an entry deeper inside.
                if node == h || tree.heads[node] == Some(h) {
                    judging.push(h);
                }
                evaluating.extend(tree.subtree(h, &|n| n == v || tree.base_rel(n) == "parataxis"));
                if tree.heads[h] == Some(v)
                    && (tree.base_rel(h) == "xcomp" || naming_predicate(tree, v, h))
                {
                    if let Some(o) = tree.child_with(v, |r| r == "obj") {
                        evaluating.extend(named_object(tree, o));
                        naming = true;
                    }
                }
                // "called Saudi Arabia's admission a political maneuver"
                // parsed as two objects: the first is what is named.
                if tree.heads[h] == Some(v) && tree.base_rel(h) == "obj" {
                    let first = tree.child_with(v, |r| r == "iobj").or_else(|| {
                        tree.children[v]
                            .iter()
                            .copied()
                            .find(|&o| o < h && tree.base_rel(o) == "obj")
                    });
                    if let Some(o) = first {
                        evaluating.extend(named_object(tree, o));
                        naming = true;
                    }
                }
            }
        }
        // The evaluative words name no target ("this individual is a
        // terrorist": *terrorist* is also a dictionary agent).
        evaluating.retain(|&i| {
            !found
                .iter()
                .any(|&(first, last, _)| (first..=last).contains(&i))
        });
        evaluating.sort_unstable();
        evaluating.dedup();
        let mut named = self.named_in(tree, hits, &evaluating, roles, ctx, countries);
        // "a threat to millions of people in Somalia", "wrong for young
        // people to turn to crime": a populace named in an evaluation is
        // whom the wrong is done to or a generic group, not whom the
        // speaker criticises or praises.
        named.retain(|a| !matches!(a.code.get(3..), Some("PPL" | "CVL")));
        // Several actors named: the one the evaluation is said of, if its
        // subject names exactly one ("said Russia's annexation of the
        // territory was illegal" rather than "… of Ukraine's territory").
        // "said the attack on the base was carried out by Israel": the
        // author named by the *by* phrase, if one of another country than
        // the speaker's ("the Pentagon said the strike was carried out by
        // US forces" accuses no one).
        let agents: Vec<usize> = found
            .iter()
            .filter_map(|&(first, last, _)| blamed_agent(tree, entry_node(tree, first, last)))
            .collect();
        if !agents.is_empty() {
            let mut words: Vec<usize> = agents
                .iter()
                .flat_map(|&a| tree.subtree(a, &|_| false))
                .collect();
            words.sort_unstable();
            words.dedup();
            named = self.named_in(tree, hits, &words, roles, ctx, countries);
            // "carried out by a militia": an author without a country of
            // its own is no one in particular (not the "American" of "the
            // attack on the American base").
            named.retain(|a| {
                a.country_from.is_none()
                    && !roles
                        .sources
                        .iter()
                        .any(|s| root_of(&s.code) == root_of(&a.code))
            });
            if named.is_empty() {
                return None;
            }
        }
        // "to stop [the Turkish] aggression", "Russia's aggression", "the
        // Israeli occupation": an actor modifying the evaluative noun itself
        // is what the evaluation is said of, whatever else the clause names.
        if !naming {
            let mut modifiers: Vec<usize> = found
                .iter()
                .flat_map(|&(first, last, _)| {
                    let n = entry_node(tree, first, last);
                    tree.children[n].iter().copied().filter(move |&c| {
                        c < n && matches!(tree.rel(c), "amod" | "compound" | "nmod:poss")
                    })
                })
                .flat_map(|c| tree.subtree(c, &|_| false))
                .collect();
            // "the regime's brutal crackdown", "this reckless decision by the
            // president": the author of the act an attributive entry judges
            // (`src/attributive.rs`).
            modifiers.extend(found.iter().flat_map(|&(first, last, _)| {
                authored_head(tree, entry_node(tree, first, last))
                    .map(|h| authors(tree, h))
                    .unwrap_or_default()
            }));
            modifiers.sort_unstable();
            modifiers.dedup();
            let own = self.named_in(tree, hits, &modifiers, roles, ctx, countries);
            if own.len() == 1 {
                named = own;
            }
        }
        if named.len() > 1 && !naming {
            let mut subjects: Vec<usize> = found
                .iter()
                .filter_map(|&(first, last, _)| {
                    evaluated_subject(tree, entry_node(tree, first, last))
                })
                .collect();
            // Two entries of one word ("meddling" as itself and as
            // *meddle*) evaluate one subject.
            subjects.sort_unstable();
            subjects.dedup();
            if let [subject] = subjects[..] {
                // The subject's own words and possessor, not what it is
                // of ("Russia's annexation of Ukraine's territory").
                // Its *by* phrase is its author ("the ruling by the
                // Supreme Court was a betrayal of the people").
                let mut words = tree.subtree(subject, &|n| {
                    n != subject
                        && (tree.base_rel(n) == "acl"
                            || tree.base_rel(n) == "nmod"
                                && tree.rel(n) != "nmod:poss"
                                && tree.case_of(n) != Some("BY"))
                });
                words.sort_unstable();
                let of_subject = self.named_in(tree, hits, &words, roles, ctx, countries);
                if of_subject.len() == 1 {
                    named = of_subject;
                }
            }
        }
        let targets = match named.len() {
            1 => Some((named, "named in what was said")),
            // The objects of a naming verb are each what the evaluation
            // is said of.
            _ if naming && !named.is_empty() => Some((named, "named by the verb")),
            0 => self
                .said_of(tree, hits, v, roles, ctx, countries)
                .map(|t| (vec![t], "what it was said of"))
                .or_else(|| {
                    self.evaluated_event(tree, v, heads, &judging, roles, ctx)
                        .map(|t| (vec![t], "the event it is about"))
                })
                .or_else(|| {
                    judged_pronoun_antecedent(tree, &judging, roles, ctx)
                        .map(|t| (vec![t], "the pronoun's antecedent"))
                }),
            _ => None,
        };
        let Some((targets, how)) = targets else {
            if self.options.explain {
                eprintln!(
                    "    statement evaluates (\"{}\") but names no single target",
                    said.join("\", \"")
                );
            }
            return None;
        };
        Some(Evaluation {
            targets,
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
    ) -> Vec<Actor> {
        let mut named: Vec<Actor> = Vec::new();
        for h in hits.iter().filter(|h| !h.is_empty()) {
            let last = (h.start() + h.len() - 1).min(tree.words.len() - 1);
            let node = phrase_node(tree, h.start(), last);
            if scope.binary_search(&node).is_err() {
                continue;
            }
            for mut a in self.actor_of(tree, hits, node) {
                resolve_country(&mut a, countries, ctx.article_country);
                if !speakers_own(roles, &a.code)
                    && has_known_root(&a.code)
                    && !named.iter().any(|n| n.code == a.code)
                {
                    named.push(a);
                }
            }
        }
        // "the Chinese authorities": the bare country beside its own
        // institution adds nothing.
        // Another phrase's institution ("Iran was to blame for the attack on
        // the tanker": an Iranian tanker) does not stand for it.
        let spans: Vec<(String, usize, usize)> = named
            .iter()
            .map(|a| (a.code.clone(), a.first, a.last))
            .collect();
        named.retain(|a| {
            a.code.len() != 3
                || !spans.iter().any(|(c, first, last)| {
                    c.len() > 3
                        && c.starts_with(a.code.as_str())
                        && *first <= a.last + 2
                        && a.first <= *last + 2
                })
        });
        named
    }

    /// "They need to stand by us", "Turkey must withdraw", "Iran should
    /// stop": what was said obliges another actor, the subject of a head of
    /// what was said (or of a clause coordinated with one): an appeal or a
    /// demand ([`obligation`]) from the speaker to that actor. The speaker's
    /// own obligations ("we must") are no act towards anyone.
    fn appeal_or_demand(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        said: &Said<'_>,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Evaluation> {
        let mut clauses: Vec<usize> = said.heads.to_vec();
        for &h in said.heads {
            clauses.extend(
                tree.children[h]
                    .iter()
                    .copied()
                    .filter(|&c| tree.base_rel(c) == "conj" && tree.is_verb(c)),
            );
        }
        for h in clauses {
            // "Why should the bishops be exempt?", "if Iran should attack":
            // a question or a condition obliges no one.
            let open = tree.children[h].iter().any(|&c| {
                matches!(
                    tree.lemma_lower(c).as_str(),
                    "why" | "how" | "if" | "whether" | "unless" | "?"
                )
            });
            let Some((code, words)) = obligation(tree, h).filter(|_| !open) else {
                continue;
            };
            let Some(subject) = tree.child_with(h, |r| r == "nsubj") else {
                continue;
            };
            let obliged = self.obliged(tree, hits, subject, roles, ctx, countries);
            if let [target] = &obliged[..] {
                return Some(Evaluation {
                    targets: vec![target.clone()],
                    code,
                    note: format!("; statement as {code} (\"{words}\"), target its subject"),
                });
            }
        }
        None
    }

    /// The actors a subject in what was said stands for, none of them the
    /// speaker's own: a third-person pronoun is the one other actor named
    /// earlier in the sentence ("Erdoğan cited the NATO treaty and said,
    /// 'They need to stand by us'"); first and second persons give nothing.
    fn obliged(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        subject: usize,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Vec<Actor> {
        let form = tree.words[subject].form.to_lowercase();
        if matches!(
            form.as_str(),
            "i" | "we" | "you" | "one" | "everyone" | "nobody"
        ) {
            return Vec::new();
        }
        if tree.words[subject].upos == "PRON" {
            // Only within the sentence: an earlier sentence's last actor is
            // too often not the one meant ("Russia sent troops to Syria. …
            // said they should leave").
            let before: Vec<usize> = (0..subject).collect();
            let mut named = self.named_in(tree, hits, &before, roles, ctx, countries);
            named.retain(|a| a.has_country);
            return if named.len() == 1 { named } else { Vec::new() };
        }
        // Its own words only: "the West" is not the "West Bank" named
        // before.
        let mut found = self.actors_with_conj(tree, hits, subject);
        // "People must know …": an actor named without a country is no one
        // in particular.
        found.retain(|a| a.has_country);
        for a in found.iter_mut() {
            resolve_country(a, countries, ctx.article_country);
        }
        // "China and the United States should work together": an appeal
        // that includes the speaker is no act towards the others.
        if found.iter().any(|a| speakers_own(roles, &a.code)) {
            return Vec::new();
        }
        found.retain(|a| has_known_root(&a.code));
        found
    }

    /// "wrote to the US Embassy asking to waive her immunity", "sent a
    /// letter to the minister urging …": an appeal or demand in a participle
    /// of a plain statement verb, without an addressee of its own, is made
    /// by the statement's speaker to the statement's addressee (not to an
    /// audience: "told reporters, urging calm"). The statement's roles, or
    /// `None`.
    pub(crate) fn addressee_of_statement(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        v: usize,
        pred: &Predicate<'_>,
        antecedents: &[crate::Antecedent],
    ) -> Option<Roles> {
        let appeal = pred
            .code
            .event
            .as_deref()
            .is_some_and(|c| matches!(c.get(..2), Some("02" | "10")));
        let participle = tree.base_rel(v) == "advcl" && tree.words[v].xpos == "VBG";
        if !self.options.news || !appeal || !participle {
            return None;
        }
        let h = tree.heads[v]?;
        let statement = self
            .predicate(tree, hits, phrases, h)
            .or_else(|| self.speech_predicate(tree, h))
            .filter(|p| p.code.event.as_deref() == Some(crate::PLAIN_STATEMENT))?;
        let roles = self.roles(tree, hits, h, &statement, antecedents);
        let audience = roles.targets.iter().any(|t| t.code.ends_with("MED"));
        (!roles.sources.is_empty() && !roles.targets.is_empty() && !audience).then_some(roles)
    }

    /// "'This is a betrayal,' the senator said of the decision by Trump",
    /// "… Macron said of the Brazilian government's policy": the *of* (or
    /// *about*) phrase of the verb of saying is what was evaluated. Its
    /// one actor, by its own words, possessor or *by* phrase (not what it
    /// is on: "the decision on Syria"), else the author of the act a
    /// definite event noun names.
    fn said_of(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        roles: &Roles,
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
    ) -> Option<Actor> {
        let of = tree.children[v].iter().copied().find(|&c| {
            tree.base_rel(c) == "obl" && matches!(tree.case_of(c), Some("OF" | "ABOUT"))
        })?;
        let mut words = tree.subtree(of, &|n| {
            n != of
                && (tree.base_rel(n) == "acl"
                    || tree.base_rel(n) == "nmod"
                        && tree.rel(n) != "nmod:poss"
                        && tree.case_of(n) != Some("BY"))
        });
        words.sort_unstable();
        let mut named = self.named_in(tree, hits, &words, roles, ctx, countries);
        named.retain(|a| !matches!(a.code.get(3..), Some("PPL" | "CVL")));
        match named.len() {
            1 => named.pop(),
            0 => event_noun_actor(tree, of, roles, ctx.recent_events),
            _ => None,
        }
    }

    /// "called the move …", "said the decision was …": the source of the
    /// latest event of the kind the definite event noun names.
    fn evaluated_event(
        &self,
        tree: &Tree<'_>,
        v: usize,
        heads: &[usize],
        judging: &[usize],
        roles: &Roles,
        ctx: &SentenceContext<'_>,
    ) -> Option<Actor> {
        let object = tree.child_with(v, |r| r == "obj");
        // A pronoun stands for an act only as what the evaluation itself is
        // said of: the object of the naming verb or the subject of the
        // clause that evaluates, not of another clause of the quotation.
        let pronoun_of = |n: usize| {
            Some(n) == object
                || tree.heads[n].is_some_and(|h| judging.contains(&h) && tree.heads[h] != Some(n))
        };
        let subjects = heads
            .iter()
            .filter_map(|&h| tree.child_with(h, |r| r == "nsubj" || r == "nsubj:pass"));
        object.into_iter().chain(subjects).find_map(|n| {
            event_noun_actor(tree, n, roles, ctx.recent_events).or_else(|| {
                pronoun_of(n)
                    .then(|| act_pronoun_actor(tree, n, roles, ctx.recent_events))
                    .flatten()
            })
        })
    }
}

/// "The president criticised the United Nations. 'They are hypocrites,'
/// he said": a personal pronoun as the subject of the clause that
/// evaluates, which the sentence leaves unresolved, is the one actor (of
/// the pronoun's kind: a person for *he*/*she*, another actor for *they*)
/// the previous sentence names as an argument, other than the speaker's
/// own side; with several candidates, none.
fn judged_pronoun_antecedent(
    tree: &Tree<'_>,
    judging: &[usize],
    roles: &Roles,
    ctx: &SentenceContext<'_>,
) -> Option<Actor> {
    let previous = ctx.sentence_index.checked_sub(1)?;
    let (n, person) = judging.iter().find_map(|&h| {
        let n = tree.child_with(h, |r| r == "nsubj")?;
        let person = match tree.lemma_lower(n).as_str() {
            "they" => false,
            "he" | "she" => true,
            _ => return None,
        };
        (tree.words[n].upos == "PRON").then_some((n, person))
    })?;
    let mut candidates: Vec<&str> = ctx
        .antecedents
        .iter()
        .filter(|a| {
            a.sentence == previous
                && a.argument
                && a.person == person
                && has_known_root(&a.code)
                && !speakers_own(roles, &a.code)
        })
        .map(|a| a.code.as_str())
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    // "Russia … the Russian government": a country beside its own
    // institution is one candidate, the institution.
    let distinct: Vec<&str> = candidates
        .iter()
        .copied()
        .filter(|c| {
            !candidates
                .iter()
                .any(|o| o.len() > c.len() && o.starts_with(c))
        })
        .collect();
    let [code] = distinct[..] else {
        return None;
    };
    Some(Actor::inferred(code.to_string(), n, n, Some("antecedent")))
}

/// Roots of acts a speaker can judge in "this is a violation", "called it a
/// hostile act": material acts, yields, reduced relations, coercion and
/// force (as for "the decision", `event_noun_kind` in `lib.rs`), not words.
const JUDGED_ACT_ROOTS: &[u32] = &[6, 7, 8, 15, 16, 17, 18, 19, 20];

/// "Turkey launched an offensive. 'This is a flagrant violation of our
/// sovereignty,' the ministry said", "Britain expelled 23 diplomats. The
/// embassy called it a hostile act": a demonstrative or *it* as what an
/// evaluation is said of, with nothing named, stands for the latest act
/// the article reported before (its source is the target). Not an
/// expletive *it* ("it is unacceptable that …", "it is a disgrace to
/// …": a clause or infinitive says what is judged) and not a pronoun with
/// a noun of its own ("this decision": `event_noun_actor`).
fn act_pronoun_actor(
    tree: &Tree<'_>,
    n: usize,
    roles: &Roles,
    recent_events: &[crate::RecentEvent],
) -> Option<Actor> {
    if tree.words[n].upos != "PRON"
        || !matches!(tree.lemma_lower(n).as_str(), "this" | "that" | "it")
    {
        return None;
    }
    let h = tree.heads[n]?;
    let expletive = tree.rel(n) == "expl"
        || tree.children[h]
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "csubj" | "ccomp" | "xcomp" | "advcl"))
        || tree.children[h].iter().any(|&c| {
            tree.base_rel(c) == "acl"
                && tree
                    .child_with(c, |r| r == "mark")
                    .is_some_and(|m| tree.lemma_lower(m) == "to")
        });
    if expletive {
        return None;
    }
    let (source, _, _) = recent_events.iter().rev().find(|(source, cameo, _)| {
        let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
        JUDGED_ACT_ROOTS.contains(&root) && !roles.sources.iter().any(|s| s.code == *source)
    })?;
    Some(Actor::inferred(source.clone(), n, n, Some("event")))
}

/// The obligation a clause head `h` states of its subject, as a CAMEO
/// code and the words stating it: "must", "have to" (100, demand);
/// "should", "ought to", "need to" (020, appeal). "Should have done" is a
/// reproach for the past, and "need not" no obligation.
fn obligation(tree: &Tree<'_>, h: usize) -> Option<(&'static str, String)> {
    let auxes: Vec<String> = tree.children[h]
        .iter()
        .filter(|&&c| tree.rel(c) == "aux")
        .map(|&c| tree.lemma_lower(c))
        .collect();
    let perfect = auxes.iter().any(|a| a == "have");
    for a in &auxes {
        match a.as_str() {
            "must" if !perfect => return Some(("100", a.clone())),
            "should" | "ought" if !perfect => return Some(("020", a.clone())),
            _ => {}
        }
    }
    let lemma = tree.lemma_lower(h);
    let infinitive = tree.children[h].iter().any(|&c| {
        tree.base_rel(c) == "xcomp"
            && tree.children[c]
                .iter()
                .any(|&m| tree.base_rel(m) == "mark" && tree.lemma_lower(m) == "to")
    });
    if !tree.is_verb(h) || !infinitive || negated(tree, h) || perfect {
        return None;
    }
    match lemma.as_str() {
        "need" => Some(("020", "need to".to_string())),
        "have" => Some(("100", "have to".to_string())),
        _ => None,
    }
}

/// A threat made in speech: "North Korea said it would attack", "'We will
/// strike them', the commander said". The force verb's event becomes a
/// threat by the speaker, asserted as the statement is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpokenThreat {
    /// 138 (threaten with military force) for assault, fight and mass
    /// violence (18–20); 130 (threaten) for coercion (17).
    pub code: &'static str,
    /// The verb of saying: the threat is dated and asserted as it is.
    pub speech_verb: usize,
}

/// Is the verb at `v`, coded `code`, a threat the speaker makes: a
/// coercive or violent act (roots 17–20) with *will*, *would* or *shall*,
/// not negated, in what a verb of saying reports, by the speaker itself
/// (its subject a pronoun standing for the speaker, or an actor
/// `same_actor` finds to be the speaker's own: "Netanyahu said Israel would
/// strike …")? `same_actor(subject, speaker)` takes word indices.
pub(crate) fn spoken_threat(
    tree: &Tree<'_>,
    v: usize,
    code: &str,
    same_actor: impl Fn(usize, usize) -> bool,
) -> Option<SpokenThreat> {
    let code = match code.get(..2)? {
        "18" | "19" | "20" => "138",
        "17" => "130",
        _ => return None,
    };
    let future = tree.children[v].iter().any(|&c| {
        tree.rel(c) == "aux" && matches!(tree.lemma_lower(c).as_str(), "will" | "would" | "shall")
    });
    if !future || negated(tree, v) {
        return None;
    }
    // "would attack … and would respond": the first conjunct is the clause.
    let clause = match (tree.base_rel(v), tree.heads[v]) {
        ("conj", Some(h)) => h,
        _ => v,
    };
    let subject = tree
        .child_with(v, |r| r == "nsubj")
        .or_else(|| tree.child_with(clause, |r| r == "nsubj"))?;
    let pronoun = tree.words[subject].upos == "PRON";
    // The verb of saying governs the clause, or (quotation first) hangs
    // off it.
    let governing =
        tree.heads[clause].filter(|_| matches!(tree.base_rel(clause), "ccomp" | "parataxis"));
    let hanging = tree.children[clause]
        .iter()
        .copied()
        .find(|&r| matches!(tree.base_rel(r), "ccomp" | "parataxis"));
    // "denied it would attack", "believes it will strike": no threat made.
    let speech_verb = governing.into_iter().chain(hanging).find(|&r| {
        let lemma = tree.lemma_lower(r);
        crate::is_speech_lemma(&lemma) && !matches!(lemma.as_str(), "deny" | "believe")
    })?;
    let speaker = tree.child_with(speech_verb, |r| r == "nsubj")?;
    let by_speaker = if pronoun {
        let resolved = crate::resolve_first_person(tree, crate::resolve_pronoun(tree, subject));
        resolved == speaker && resolved != subject
    } else {
        same_actor(subject, speaker)
    };
    by_speaker.then_some(SpokenThreat { code, speech_verb })
}

/// What a plain statement verb `v` says: its words and the heads of its
/// complements ([`said_words`]).
#[derive(Clone, Copy)]
struct Said<'a> {
    v: usize,
    scope: &'a [usize],
    heads: &'a [usize],
}

/// Is `code` the speaker (a source of the statement), the speaker's own
/// country or own body?
fn speakers_own(roles: &Roles, code: &str) -> bool {
    roles.sources.iter().any(|s| {
        s.code == code
            || root_of(&s.code) == root_of(code)
                && (code.len() == 3 || s.code.len() == 3 || own_body(&s.code, code))
    })
}

/// Is `named` the speaker's own body: a member of parliament (`GBRELILEG`)
/// speaking of parliament (`GBRLEG`) speaks for it, not about it.
fn own_body(speaker: &str, named: &str) -> bool {
    let mut named_roles = roles_of(named).peekable();
    named_roles.peek().is_some() && named_roles.all(|r| roles_of(speaker).any(|s| s == r))
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
