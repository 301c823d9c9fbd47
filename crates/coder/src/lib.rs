//! The dyad event coder: dependency-parsed sentences + PETRARCH/Phoenix
//! dictionaries → CAMEO/PLOVER [`Event`]s.
//!
//! Coding is driven by the dictionaries, never by special cases in code:
//!
//! * **Predicates.** Every verb of the parse is a candidate (deepest
//!   clauses first). Its surface form
//!   (then its lemma) is looked up in the verb dictionary; multi-word verbs
//!   (`CORDON OFF`) need their other words among the verb's dependents or
//!   next to it. The block's patterns are matched against the words of the
//!   sentence TABARI-style (see `src/pattern.rs`): the part before `*`
//!   backwards from the verb, the part after it over the verb's clause;
//!   `_` connectors need adjacent words, `$ + %` bind the source, target or
//!   compound actor, `^` skips a noun phrase. The most specific matching
//!   pattern (most items) of any block listing the verb wins, else the
//!   verb's own or its block's code.
//! * **Actors.** Actor and agent phrases are found by
//!   [`Dictionaries::scan`] over the sentence's upper-cased words, with the
//!   article date applied to date-restricted codes. The actor of a dependency
//!   node is built from the phrases covering the node and its
//!   `compound`/`flat`/`amod`/`nmod:poss`/`appos` dependents (`Syrian
//!   ambassador` → `SYR` + `~GOV` → `SYRGOV`); an agent alone is completed by
//!   an actor in its `nmod` (`the president of Syria`). `conj` dependents are
//!   actors of their own: one event per pair, sharing a `compound_id`.
//! * **Roles.** Source = `nsubj` (for a passive verb the `obl:agent`/`by`
//!   phrase, and `nsubj:pass` is the target); a verb without a subject
//!   (`xcomp`, conjoined verb) takes its governor's; a relative clause's
//!   relative pronoun stands for the noun it modifies. Other pronouns give no
//!   actor. Target = `obj` (or an actor in its `nmod`), else the `obl`
//!   phrase whose preposition the pattern names, else another `obl`, else
//!   `iobj`. News mode reads further structures: a relative pronoun
//!   subject of a passive (or object) that stands for an act is the act's
//!   author when the verb reacts to it ("Iran launched an attack on Iraq,
//!   which Kuwait condemned": the target is Iran), as is the possessor of an act noun ("Russia's
//!   annexation of Crimea"); a spokesperson is whom they speak for; a
//!   participle hung on a message is its author's; an act of force claimed
//!   by, ascribed to or carried out by a group is that group's
//!   (`src/attribution.rs`). News mode also leaves out what is no
//!   participant or no act: the infinitive an appeal asks for ("asked Kyiv
//!   to investigate": the appeal is the event), a question ("asked
//!   officials how …"), a building named as the place ("in prison", "at
//!   school"; a court or prison after "in" wherever the parser hangs it:
//!   "challenge the oath in court"), the role in an as-phrase ("resigned
//!   as minister"), a country named as a currency's issuer ("US$"), a phrase
//!   the dictionaries code `[---]` ("the Paris Agreement"), an agent word
//!   that only describes a thing ("a criminal case"), and a protest
//!   act whose target was only inferred when the same protesters have
//!   another protest in the sentence.
//! * **Codes** `a:b` give the event `a` source → target and `b` target →
//!   source (TABARI convention). By default an event needs both a source and
//!   a target ([`CoderOptions::require_dyad`]).
//! * **Context** (from `dyad-context`, one implementation for all of
//!   dyad): factuality, attribution (the text of who reports it), the event
//!   date and its basis resolved against the publication date, and the
//!   location of the predicate's `in`/`at` place in the gazetteer.
//! * **Articles.** [`Coder::code_article`] remembers the actors of earlier
//!   sentences ([`Antecedent`]): an unresolved he/she takes the latest
//!   person, it/they the latest other actor; "the ministry" the latest actor
//!   named with that noun (a role noun as a whole noun of it: "the embassy"
//!   is "the US Embassy in London", "the West" not "the West Bank"); in
//!   news mode a bare legislature or court ("lawmakers", "the court") is
//!   the article country's, and so is "the House"/"the Senate" where that
//!   country has a chamber so named; a surname the person named in full; "both
//!   regions" the last coordinated pair; "the operation" (object of a
//!   reaction) the actor of the latest such act. In news mode a yield (08)
//!   or rejection (12) without a target answers whoever asked: the author
//!   of the request it names ("did not accede to the protesters' demands"),
//!   of the pressure it gave in to ("after protests by students", "under
//!   pressure from the IMF"), else the source of an earlier appeal, demand,
//!   protest (or, for a rejection, proposal) addressed to the yielder or to
//!   no one named — the latest asking for what was yielded ("called for
//!   his resignation" ↔ "announced his resignation"), else the latest of
//!   the last two sentences; failing those, the source of an ask reported
//!   later in the article for the same thing (news often tells the answer
//!   first), else no event. A copular sentence states an ask too ("This
//!   was one of the demands of the protesters": for what the sentence
//!   before yielded, and a demand made of the yielder). Undated past events take
//!   the paragraph's last explicit date. A reporting verb whose complement
//!   is coded gives no statement event of its own
//!   ([`CoderOptions::drop_reporting_statements`]); I/we in what it reports
//!   is its subject. News mode: a quotation without a verb of saying
//!   (introduced by a colon after another verb, or continued from an open
//!   quotation of the paragraph) is its introducing clause's subject's
//!   speech (`src/quoted.rs`).
//! * **Confidence** (a heuristic in 0–1, not a calibrated probability):
//!   0.5, +0.2 when a dictionary pattern (not only the verb) matched, +0.1
//!   when both actors are direct dependents of the verb (not inherited),
//!   +0.1 when the actors are not compound, −0.2 when the verb is negated or
//!   not asserted.
//!
//! [`ptb`] converts Penn Treebank parses into dependencies (for coding the
//! parses shipped with PETRARCH records) and [`validate`] runs PETRARCH
//! validation files.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use dyad_conllu::{Sentence as Parsed, Word};
use dyad_dates::EventDate;
use dyad_dict::{
    ActorMatch, CameoTables, Dictionaries, PatternSide, PatternTerm, PhraseHit, VerbCode,
};
use dyad_event::{ActorRef, Event, Factuality, Offsets};

mod accusation;
mod aliases;
mod alignment;
mod asks;
mod attribution;
mod attributive;
mod background;
mod claimed;
mod countries;
mod criticism;
mod dating;
mod description;
mod epithet;
mod generic;
mod generic_actors;
mod hosting;
mod implicit;
mod legal;
mod meeting_nouns;
mod member;
mod nominal;
mod occurrence;
mod partnership;
mod party;
mod pattern;
mod permission;
pub mod ptb;
mod quoted;
mod reference;
mod refusal;
mod repair;
mod retag;
mod sanctions;
mod sequel;
mod shared;
mod speech;
mod statement;
mod stretch;
mod support;
pub mod validate;
mod violence;

use aliases::*;
use asks::*;
pub use countries::dominant_country;
use countries::*;
use dating::*;
pub use nominal::{NominalError, NominalEvents, NOMINAL_EVENTS_FILE};
use pattern::{Binding, LinearPattern, Marker};
use reference::*;
pub use statement::{EvaluativeError, EvaluativeWords, Polarity, EVALUATIVE_WORDS_FILE};

/// CAMEO 010, "make statement, not specified below".
const PLAIN_STATEMENT: &str = "010";

/// CAMEO 020, "make an appeal or request, not specified below".
const REQUEST: &str = "020";

/// Coder switches (PETRARCH's configuration options where they exist).
#[derive(Debug, Clone)]
pub struct CoderOptions {
    /// Only emit events with both a source and a target (PETRARCH
    /// `require_dyad`, on by default).
    pub require_dyad: bool,
    /// Match verb patterns (off: verb codes only).
    pub use_patterns: bool,
    /// Drop the statement (CAMEO 01x) of a reporting verb ("say", "tell",
    /// "report": dyad-context's list) whose complement is coded, when the
    /// statement has no target or a target of the reported event: the
    /// report is not an event of its own. Off for PETRARCH validation,
    /// whose records code such statements.
    pub drop_reporting_statements: bool,
    /// News mode: an actor named without a country (`---GOV`, "officials")
    /// takes the country of the nearest actor of its sentence, else the
    /// article's dominant country ([`SentenceContext::article_country`]),
    /// and an event whose actor stays without a country is dropped; an
    /// event between two actors of one country where one is the bare
    /// country (`USAGOV` → `USA`), or between equal codes after that
    /// resolution, is dropped; a compound subject without a target acts on
    /// its own members only across countries. Off for PETRARCH validation,
    /// whose records expect `---GOV`. A plain statement (CAMEO 010, "X
    /// said") is not emitted: news reports everything through statements;
    /// one that tells its object to act ("told France to leave") is a
    /// request (020).
    pub news: bool,
    /// A subject or object with no actor whose name `dyad_discover` finds
    /// introduced with a role in the article ("Abkhazia's leader Raul
    /// Khajimba" → `ABHGOV`) takes that provisional code, also for later
    /// mentions of the name or its last word ("Khajimba said"). The event's
    /// `rule` says "provisional actor" and its confidence is lower. Off for
    /// PETRARCH validation.
    pub provisional_actors: bool,
    /// Print to standard error how each sentence was coded: its parse, each
    /// verb's dictionary entry and pattern, the actors found, and why a
    /// candidate event was dropped (`dyad code --explain`).
    pub explain: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: true,
            use_patterns: true,
            drop_reporting_statements: true,
            news: true,
            provisional_actors: true,
            explain: false,
        }
    }
}

/// Where a parsed sentence comes from.
#[derive(Debug, Clone, Copy)]
pub struct SentenceContext<'a> {
    pub article_id: &'a str,
    pub sentence_index: usize,
    /// Publication date: resolves date-restricted actor codes, and is the
    /// event date.
    pub date: Option<NaiveDate>,
    /// The sentence text.
    pub text: &'a str,
    /// `[start, end)` CHARACTER offsets into the article text of each parsed
    /// word, in word order; empty when unknown (the events then have no
    /// offsets).
    pub token_spans: &'a [(usize, usize)],
    /// Actors named in the previous sentences of the article, oldest first:
    /// what pronouns ("he", "it") and descriptions ("the ministry") refer
    /// to. Empty for a sentence coded on its own.
    pub antecedents: &'a [Antecedent],
    /// The article's dominant country (the most frequent country among the
    /// actors it names): the country of an actor named without one, in
    /// [`CoderOptions::news`] mode. `None` for a sentence coded on its own.
    pub article_country: Option<&'a str>,
    /// `(source code, CAMEO code)` of the events coded so far in the
    /// article, oldest first: what "the decision", "the operation" refer
    /// to. Empty for a sentence coded on its own.
    pub recent_events: &'a [RecentEvent],
    /// The article reports a natural disaster (a storm, a flood, a fire, an
    /// earthquake): a curfew or state of emergency in it is relief, not a
    /// state's coercion. `false` for a sentence coded on its own.
    pub disaster: bool,
}

/// An actor mentioned earlier in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Antecedent {
    pub code: String,
    /// The words naming it.
    pub text: String,
    /// A person (a multi-word proper name with a code beyond a bare
    /// country) — "he"/"she" refer to persons, "it"/"they" to the others.
    /// A heuristic: dictionaries do not mark persons.
    pub person: bool,
    /// Named in a coordination with the antecedent before it ("Abkhazia
    /// and South Ossetia"): what "both regions", "the two countries" refer
    /// to.
    pub coordinated: bool,
    /// Named as a subject, object or agent of its clause (not in a
    /// place or circumstance phrase, "in Greece"): only such a mention is
    /// what a later "it" can stand for.
    pub argument: bool,
    /// The index of the sentence that names it (0 outside an article).
    pub sentence: usize,
    /// A role noun of dyad's own agent file after the country the mention
    /// before names ("Togolese | officials"): the same country again, not
    /// counted for the article's dominant country, whose weights were set
    /// before those nouns had a code (`src/generic_actors.rs`).
    pub recounted: bool,
}

/// One sentence of a coded article: index and `[start, end)` character span
/// in the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedSentence {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The event coder. Cheap to share between threads (`&Coder` is `Sync`).
pub struct Coder<'d> {
    dicts: &'d Dictionaries,
    tables: &'d CameoTables,
    options: CoderOptions,
    /// `pattern_verbs[block][pattern]`: the verb a pattern was written for.
    pattern_verbs: Vec<Vec<Option<String>>>,
    /// `linear[block][pattern]`: the pattern read for linear matching.
    linear: Vec<Vec<Option<LinearPattern<'d>>>>,
    /// Event nouns after light verbs ("held talks with"): `src/nominal.rs`.
    nominal: &'d NominalEvents,
}

/// An actor found for a dependency node.
#[derive(Debug, Clone)]
struct Actor {
    code: String,
    /// Word indices (0-based) the code was read from.
    first: usize,
    last: usize,
    /// The dictionary lines used, for the rule.
    has_country: bool,
    /// Where the country of an actor named without one came from (news
    /// mode): "sentence" or "article".
    country_from: Option<&'static str>,
    /// The name, when the code is a provisional one from unknown-actor
    /// discovery ([`CoderOptions::provisional_actors`]).
    provisional: Option<String>,
}

impl Actor {
    /// An actor found by reference, not read from its own words: the code,
    /// the words standing for it, and what gave its country (for the rule).
    fn inferred(code: String, first: usize, last: usize, from: Option<&'static str>) -> Actor {
        Actor {
            code,
            first,
            last,
            has_country: true,
            country_from: from,
            provisional: None,
        }
    }
}

/// A name found in the article with a role, and its proposed code.
#[derive(Debug, Clone)]
struct ProvisionalName {
    /// The name as written.
    name: String,
    /// Upper-cased words of the name.
    words: Vec<String>,
    code: String,
    /// Its last word alone names it too ("Khajimba" for "Raul
    /// Khajimba"): not when the article names another person with that
    /// surname.
    surname_alias: bool,
}

/// The sentence's dependency tree with per-word lookups.
struct Tree<'s> {
    words: &'s [Word],
    children: Vec<Vec<usize>>,
    /// 0-based head index, `None` for the root.
    heads: Vec<Option<usize>>,
    upper: Vec<String>,
    /// Upper-cased lemmas (the form when there is none), for dictionary
    /// matching without re-casing per lookup.
    upper_lemma: Vec<String>,
    /// Word spans (first, last) naming a provisional actor, with its code
    /// and name.
    provisional: Vec<(usize, usize, String, String)>,
    /// The article's country in news mode
    /// ([`SentenceContext::article_country`]): whose legislature "the
    /// House" names.
    article_country: Option<String>,
    /// The sentence's index in its article in news mode: how far back an
    /// antecedent was named.
    sentence_index: Option<usize>,
}

impl<'s> Tree<'s> {
    fn new(parsed: &'s Parsed) -> Self {
        let words = parsed.words.as_slice();
        let n = words.len();
        let mut children = vec![Vec::new(); n];
        let mut heads = vec![None; n];
        for (i, w) in words.iter().enumerate() {
            if w.head >= 1 && w.head <= n && w.head != i + 1 {
                heads[i] = Some(w.head - 1);
                children[w.head - 1].push(i);
            }
        }
        let upper: Vec<String> = words.iter().map(|w| w.form.to_uppercase()).collect();
        let upper_lemma = words
            .iter()
            .zip(&upper)
            .map(|(w, up)| {
                if w.lemma.is_empty() || w.lemma == "_" {
                    up.clone()
                } else {
                    w.lemma.to_uppercase()
                }
            })
            .collect();
        Tree {
            words,
            children,
            heads,
            upper,
            upper_lemma,
            provisional: Vec::new(),
            article_country: None,
            sentence_index: None,
        }
    }

    /// Number of heads above word `i` (bounded: malformed trees may cycle).
    /// `i` and its ancestors up to (not including) `top`.
    fn ancestors_until(&self, i: usize, top: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = Some(i);
        let mut steps = 0;
        std::iter::from_fn(move || {
            let c = cur.filter(|&c| c != top && steps <= self.words.len())?;
            steps += 1;
            cur = self.heads[c];
            Some(c)
        })
    }

    fn depth(&self, i: usize) -> usize {
        let mut depth = 0;
        let mut cur = i;
        while let Some(h) = self.heads[cur] {
            depth += 1;
            cur = h;
            if depth > self.words.len() {
                break;
            }
        }
        depth
    }

    fn rel(&self, i: usize) -> &str {
        &self.words[i].deprel
    }

    fn base_rel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    fn lemma_lower(&self, i: usize) -> String {
        let w = &self.words[i];
        if w.lemma.is_empty() || w.lemma == "_" {
            w.form.to_lowercase()
        } else {
            w.lemma.to_lowercase()
        }
    }

    fn child_with(&self, i: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
        self.children[i]
            .iter()
            .copied()
            .find(|&c| pred(self.rel(c)))
    }

    /// The `case` word (preposition) of a nominal, upper-cased.
    fn case_of(&self, i: usize) -> Option<&str> {
        self.children[i]
            .iter()
            .find(|&&c| self.base_rel(c) == "case" && c < i)
            .map(|&c| self.upper[c].as_str())
    }

    fn is_verb(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.upos == "VERB" || (w.upos == "_" || w.upos.is_empty()) && w.xpos.starts_with("VB")
    }

    /// The clause a noun at `n` belongs to: the nearest verb above it, or
    /// `n` itself when none is (a noun read as the root).
    fn clause_of(&self, n: usize) -> usize {
        let mut clause = self.heads[n];
        while let Some(h) = clause.filter(|&h| !self.is_verb(h)) {
            clause = self.heads[h];
        }
        clause.unwrap_or(n)
    }

    /// Words of the subtree of `i` (all descendants and `i`), with a depth
    /// guard against malformed (cyclic) trees.
    fn subtree(&self, i: usize, skip: &dyn Fn(usize) -> bool) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack = vec![i];
        let mut seen = vec![false; self.words.len()];
        seen[i] = true;
        while let Some(n) = stack.pop() {
            for &c in &self.children[n] {
                if !seen[c] && !skip(c) {
                    seen[c] = true;
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }
}

/// The parsed sentence as the pattern matcher sees it.
struct TreeSentence<'t, 's> {
    tree: &'t Tree<'s>,
    phrases: &'t [(usize, usize)],
    noun_phrases: &'t [(usize, usize)],
    /// News: a pattern's particle ("FIRE * OFF", "fired off a letter")
    /// does not match a preposition ("fired missiles off the coast").
    particles_only: bool,
}

impl pattern::Sentence for TreeSentence<'_, '_> {
    fn len(&self) -> usize {
        self.tree.words.len()
    }
    fn word_is(&self, i: usize, word: &str) -> bool {
        let particle = matches!(
            word,
            "OFF" | "UP" | "OUT" | "DOWN" | "AWAY" | "BACK" | "OVER"
        );
        if self.particles_only && particle && self.tree.base_rel(i) == "case" {
            return false;
        }
        self.tree.upper[i] == word || self.tree.upper_lemma[i] == word
    }
    /// News: "(TO)" stands for a prepositional phrase ("welcomed Putin to
    /// Beijing"), not an infinitive ("welcomed the decision to release").
    fn preposition_is(&self, i: usize, word: &str) -> bool {
        let infinitive = self.tree.words[i].upos == "PART" && self.tree.base_rel(i) == "mark";
        // Not `word_is`: its particle guard would refuse the preposition a
        // "(OVER)" group asks for ("slammed Iran over its missile tests").
        let is = self.tree.upper[i] == word || self.tree.upper_lemma[i] == word;
        is && !(self.particles_only && infinitive)
    }
    fn upper(&self, i: usize) -> &str {
        &self.tree.upper[i]
    }
    fn phrases(&self) -> &[(usize, usize)] {
        self.phrases
    }
    fn noun_phrases(&self) -> &[(usize, usize)] {
        self.noun_phrases
    }
}

/// The actor/agent phrases plus the runs of nouns outside them, in order.
fn noun_phrases(tree: &Tree<'_>, phrases: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = phrases.to_vec();
    let covered = |i: usize| phrases.iter().any(|&(a, b)| a <= i && i <= b);
    let nounish = |i: usize| {
        let w = &tree.words[i];
        matches!(w.upos.as_str(), "NOUN" | "PROPN") || w.xpos.starts_with("NN")
    };
    let mut i = 0;
    while i < tree.words.len() {
        if nounish(i) && !covered(i) {
            let start = i;
            while i + 1 < tree.words.len() && nounish(i + 1) && !covered(i + 1) {
                i += 1;
            }
            out.push((start, i));
        }
        i += 1;
    }
    out.sort_unstable();
    out
}

/// A resolved predicate: its code and the rule text.
struct Predicate<'d> {
    code: &'d VerbCode,
    rule: String,
    pattern_matched: bool,
    /// Prepositions the matched pattern names after the verb (upper case).
    preps: Vec<String>,
    /// Phrases the pattern's `$ + %` markers matched.
    bindings: Vec<Binding>,
    /// The noun naming the event ("held *talks*", `src/nominal.rs`): its
    /// modifiers describe the event, so it is not a target.
    event_noun: Option<usize>,
    /// An act named by a noun and attributed to a group ("an attack
    /// claimed by the Taliban", `src/attribution.rs`).
    attributed: bool,
    /// The act is only claimed or ascribed: factuality `reported`.
    reported: bool,
}

impl<'d> Coder<'d> {
    pub fn new(dicts: &'d Dictionaries, tables: &'d CameoTables, options: CoderOptions) -> Self {
        Coder {
            dicts,
            tables,
            options,
            pattern_verbs: pattern_verbs(&dicts.verbs),
            linear: dicts
                .verbs
                .blocks
                .iter()
                .map(|b| {
                    b.patterns
                        .iter()
                        .map(|p| LinearPattern::parse(&dicts.verbs, &p.text))
                        .collect()
                })
                .collect(),
            nominal: NominalEvents::embedded(),
        }
    }

    /// Use another nominal-event dictionary instead of the embedded one.
    pub fn with_nominal_events(mut self, nominal: &'d NominalEvents) -> Self {
        self.nominal = nominal;
        self
    }

    pub fn options(&self) -> &CoderOptions {
        &self.options
    }

    /// The story-level discard phrase (`+PHRASE` in the discard list) the
    /// article's text contains, if any: the whole story is not coded.
    pub fn story_discard(&self, text: &str) -> Option<String> {
        self.dicts
            .discards
            .find(&text.to_uppercase())
            .filter(|e| e.whole_story)
            .map(|e| e.phrase.clone())
    }

    /// Is the sentence text discarded by the discard list?
    pub fn is_discarded(&self, text: &str) -> bool {
        // Phoenix discards every sentence naming a year from 1914 to 2013 or
        // "years ago"/"months later", PETRARCH's guard against coding
        // history as news. News mode dates events instead ("in 2008" →
        // 2008, "77 years ago"), and analysts want that history.
        let news = self.options.news;
        let temporal = |phrase: &str| {
            phrase.chars().all(|c| c.is_ascii_digit())
                || phrase.ends_with(" AGO")
                || phrase.ends_with(" LATER")
        };
        self.dicts
            .discards
            .find_where(&text.to_uppercase(), |e| !(news && temporal(&e.phrase)))
            .is_some()
    }

    /// The dictionary phrases of a sentence's words. In news mode a
    /// one-word actor phrase directly followed by another proper name that
    /// no dictionary phrase covers is dropped: the dictionaries list some
    /// people by one name ("ALBERT_", Monaco's prince), and "Albert
    /// Muchanga" or "Niger Delta" name something else — unless the proper
    /// names lead to a title ("Turkish Trade Minister").
    fn scan(
        &self,
        words: &[Word],
        upper: &[String],
        date: Option<NaiveDate>,
    ) -> Vec<PhraseHit<'d>> {
        let mut hits = self.dicts.scan(upper, date);
        // The dictionaries are upper case, so "un" (in "Jong-un") and "us"
        // would be the UN and the USA: a short actor name written in lower
        // case is an ordinary word.
        hits.retain(|h| {
            let PhraseHit::Actor(_) = h else { return true };
            let span = &words[h.start()..(h.start() + h.len()).min(words.len())];
            let letters: usize = span.iter().map(|w| w.form.chars().count()).sum();
            !(letters <= 3
                && span
                    .iter()
                    .all(|w| w.form.chars().all(|c| !c.is_uppercase())))
        });
        // A party is a proper name: "Labour", "the Conservatives", "Law and
        // Justice" are parties, but "forced labour", "social conservatives"
        // and "the rule of law and justice" are ordinary words.
        hits.retain(|h| !is_lowercase_party(h, words) && !is_lowercase_surname(h, words));
        if !self.options.news {
            return hits;
        }
        // "Western governments", "foreign forces", "club officials": a role
        // whose owner is no country names no actor (`src/generic_actors.rs`).
        generic_actors::drop_unowned_agents(&mut hits, words, upper);
        let covered = |i: usize| {
            hits.iter()
                .any(|h| h.start() <= i && i < h.start() + h.len())
        };
        // "Turkish Trade Minister Ruhsar Pekcan", "Iraqi Oil Ministry":
        // capitalised words between a country and a title are the
        // portfolio, not the rest of a name.
        let leads_to_title = |from: usize| {
            let mut k = from;
            while k < from + 3 && words.get(k).is_some_and(|w| w.upos == "PROPN") && !covered(k) {
                k += 1;
            }
            k > from
                && hits
                    .iter()
                    .any(|h| matches!(h, PhraseHit::Agent(_)) && h.start() == k)
        };
        let truncated: Vec<bool> = hits
            .iter()
            .map(|h| {
                let next = h.start() + 1;
                matches!(h, PhraseHit::Actor(_))
                    && h.len() == 1
                    && words[h.start()].upos == "PROPN"
                    && words.get(next).is_some_and(|w| {
                        w.upos == "PROPN"
                            && w.form.chars().next().is_some_and(char::is_uppercase)
                            && !dyad_dates::is_calendar_word(&upper[next])
                    })
                    && !covered(next)
                    && !leads_to_title(next)
            })
            .collect();
        let mut keep = truncated.iter().map(|t| !t);
        hits.retain(|_| keep.next().unwrap_or(true));
        // "US$22,900", "five million US dollars", "the Canadian dollar":
        // a country named as a currency's issuer is no actor (nor a mention
        // that makes it the article's country).
        // A phrase coded [---] ("the male-only draft", "the Paris
        // Agreement", "the Indian Ocean") is listed so that it names no
        // actor: it keeps the shorter phrase inside it ("Male", "Paris")
        // from matching and is dropped itself.
        hits.retain(|h| match h {
            PhraseHit::Actor(m) => m.code.as_ref().is_none_or(|c| c.code != "---"),
            PhraseHit::Agent(_) => true,
        });
        hits.retain(|h| {
            !matches!(h, PhraseHit::Actor(_))
                || !upper
                    .get(h.start() + h.len())
                    .is_some_and(|w| CURRENCY_WORDS.contains(&w.as_str()))
        });
        hits
    }

    /// Code one parsed sentence.
    pub fn code_sentence(&self, parsed: &Parsed, ctx: &SentenceContext<'_>) -> Vec<Event> {
        if parsed.words.is_empty() || self.is_discarded(ctx.text) {
            return Vec::new();
        }
        let upper: Vec<String> = parsed.words.iter().map(|w| w.form.to_uppercase()).collect();
        let hits = self.scan(&parsed.words, &upper, ctx.date);
        let names = if self.options.provisional_actors {
            provisional_names(parsed, self.dicts, ctx.date)
        } else {
            Vec::new()
        };
        let repaired = repair::repair(parsed);
        let repaired = repaired.as_ref().unwrap_or(parsed);
        self.code_scanned(
            repaired,
            &hits,
            &names,
            ctx,
            &mut Vec::new(),
            &mut AskLedger::default(),
        )
    }

    /// [`Coder::code_sentence`] with the dictionary hits of the sentence's
    /// words already found (they do not depend on the parse) and the parse
    /// already repaired ([`repair::repair`]).
    fn code_scanned(
        &self,
        parsed: &Parsed,
        hits: &[PhraseHit<'d>],
        names: &[ProvisionalName],
        ctx: &SentenceContext<'_>,
        monads: &mut Vec<(String, String)>,
        asks: &mut AskLedger,
    ) -> Vec<Event> {
        if parsed.words.is_empty() {
            return Vec::new();
        }
        if self.is_discarded(ctx.text) {
            if self.options.explain {
                eprintln!("[{} #{}] {}", ctx.article_id, ctx.sentence_index, ctx.text);
                eprintln!("  discarded (discard list)");
            }
            return Vec::new();
        }
        let mut tree = Tree::new(parsed);
        tree.provisional = provisional_spans(&tree, hits, names);
        if self.options.news {
            tree.article_country = ctx.article_country.map(str::to_string);
            tree.sentence_index = Some(ctx.sentence_index);
        }
        let tree = tree;
        if self.options.explain {
            self.explain_parse(ctx, &tree, hits);
        }
        let context_tree = dyad_context::Tree::new(parsed);
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
        // Verbs are coded deepest first so that a complement clause is
        // coded before the verb governing it: "Arnor believes Dagolath can
        // cope" takes Dagolath as its target only when "Dagolath can cope"
        // is not an event itself.
        let mut order: Vec<usize> = (0..tree.words.len()).collect();
        order.sort_by_key(|&v| (std::cmp::Reverse(tree.depth(v)), std::cmp::Reverse(v)));
        let mut coded: Vec<(usize, Vec<Event>)> = Vec::new();
        // The actors of the sentence that name a country, for the actors
        // named without one (news mode).
        let countries = if self.options.news {
            self.sentence_countries(&tree, hits)
        } else {
            Vec::new()
        };
        // News: "This was one of the demands of the protesters": an ask
        // stated, for the yields and refusals it explains.
        if self.options.news {
            if let Some(stated) = self.stated_ask(&tree, hits, ctx, &countries, asks) {
                let ask = &stated.ask;
                if self.options.explain {
                    eprintln!(
                        "  stated ask by {} (about {})",
                        ask.source,
                        ask.content.join(", ")
                    );
                }
                // "… withdrew the bill. This was one of the demands of the
                // protesters": the demand was made of the yielder.
                let yielder = stated
                    .addressee
                    .clone()
                    .map(|code| {
                        Actor::inferred(code, stated.request, stated.request, Some("yielder"))
                    })
                    .filter(|t| {
                        t.code != ask.source
                            && !(root_of(&t.code) == root_of(&ask.source)
                                && (t.code.len() == 3 || ask.source.len() == 3))
                    })
                    .or_else(|| {
                        stated
                            .listed
                            .then(|| listed_demands_addressee(&stated))
                            .flatten()
                    });
                if let Some(target) = yielder {
                    let code = if ask.root == 10 { "100" } else { "020" };
                    let event = self.event(
                        ctx,
                        &context_tree,
                        &tree,
                        Some(&stated.source),
                        Some(&target),
                        code,
                        stated.request,
                        if stated.listed && stated.addressee.is_none() {
                            "listed demands; target the government of their authors' country"
                        } else {
                            "stated ask (copula); target the yielder of the sentence before"
                        },
                        Some(Factuality::Asserted),
                        0.5,
                        None,
                    );
                    coded.push((stated.request, vec![event]));
                }
                asks.made.push(stated.ask);
            }
        }
        for v in order {
            // News: "Sweden became a member of NATO" (`src/alignment.rs`).
            if !tree.is_verb(v) && !alignment::is_membership_noun(&tree, v) {
                continue;
            }
            // The country of the place where the act at `v` happened: a
            // gazetteer search, done at most once per verb and only by the
            // rules that need it.
            let place_at: OnceCell<Option<String>> = OnceCell::new();
            let place_of_act = || {
                place_at
                    .get_or_init(|| self.place_country(ctx, &context_tree, v))
                    .as_deref()
            };
            let pred = match self.attributed_act(&tree, hits, v) {
                Some(act) => Some(act),
                None => {
                    let verb = self
                        .alignment_predicate(&tree, hits, v)
                        .or_else(|| self.predicate(&tree, hits, &phrases, v))
                        .or_else(|| self.hosting_predicate(&tree, hits, v))
                        .or_else(|| self.partnership_predicate(&tree, hits, v));
                    let act = self.nominal_predicate(&tree, hits, v, verb);
                    self.support_predicate(&tree, hits, v, act)
                }
            };
            // News: "was trying to destroy democracy", "killing the
            // economy": force on something abstract assaults no one
            // (`src/accusation.rs`; said of another, it is criticism).
            if self.options.news
                && pred.as_ref().is_some_and(|p| {
                    p.code
                        .event
                        .as_deref()
                        .is_some_and(|c| accusation::figurative_force(&tree, v, c))
                })
            {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): force on an abstract object, a figure of speech, not an event",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            }
            // News: "supporting the Iranian regime's destructive ambitions":
            // support for something the words condemn is an accusation of
            // the supporter, not praise of the supported.
            if self.options.news
                && pred
                    .as_ref()
                    .is_some_and(|p| p.code.event.as_deref().is_some_and(|c| c.starts_with("05")))
                && supports_condemned(&tree, v)
            {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): support of something condemned, not praise",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            }
            // News: "Trump asked Zelensky to investigate Biden", "urged the
            // embassy to reconsider": the infinitive is what was requested,
            // not an act anyone did or planned; the appeal is the event.
            if self.options.news && pred.is_some() && is_requested_act(&tree, v) {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): requested act (complement of {}), not an event",
                        tree.words[v].form,
                        tree.words[v].lemma,
                        tree.heads[v].map_or(String::new(), |h| tree.lemma_lower(h))
                    );
                }
                continue;
            }
            // News: "threatened to attack the United States", "refused to
            // extradite the cleric": the threat or refusal is the event, not
            // the act it names (`src/refusal.rs`).
            if self.options.news && pred.is_some() && refusal::is_threatened_or_refused(&tree, v) {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): threatened or refused act (complement of {}), not an event",
                        tree.words[v].form,
                        tree.words[v].lemma,
                        tree.heads[v].map_or(String::new(), |h| tree.lemma_lower(h))
                    );
                }
                continue;
            }
            // News: "it is commonplace for new governments to suspend
            // parliament": a general practice is no act (`src/generic.rs`).
            // News: a curfew or state of emergency against a storm or a
            // fire is relief, not coercion (`src/implicit.rs`).
            let measure = pred
                .as_ref()
                .and_then(|p| p.code.event.as_deref())
                .is_some_and(implicit::is_emergency_measure);
            if self.options.news && measure && ctx.disaster {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): an emergency measure in a report of a natural disaster, not coercion",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            }
            if self.options.news && pred.is_some() && generic::general_practice(&tree, v) {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): a general practice (infinitive of {}), not an event",
                        tree.words[v].form,
                        tree.words[v].lemma,
                        tree.heads[v].map_or(String::new(), |h| tree.lemma_lower(h))
                    );
                }
                continue;
            }
            // News: "a bill that would allow China to extradite suspects":
            // what a rule permits is no act (`src/permission.rs`).
            if self.options.news && pred.is_some() && permission::only_permitted(&tree, hits, v) {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): only permitted by a rule or risked (complement of {}), not an event",
                        tree.words[v].form,
                        tree.words[v].lemma,
                        tree.heads[v].map_or(String::new(), |h| tree.lemma_lower(h))
                    );
                }
                continue;
            }
            // News: "Iran was to blame for the attack on the tanker": being
            // to blame is no act of blaming by the subject (whoever says so
            // accuses it: `src/statement.rs`).
            if self.options.news
                && tree.lemma_lower(v) == "blame"
                && tree.child_with(v, |r| r == "cop").is_some()
            {
                if self.options.explain {
                    eprintln!(
                        "  verb {}: \"to blame\" after a copula, not an act",
                        tree.words[v].form
                    );
                }
                continue;
            }
            // News: "asked officials how the documents ended up on the
            // street", "asked whether Iran would comply": a question, not
            // an appeal.
            if self.options.news && pred.is_some() && is_question(&tree, v) {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): a question, not an appeal",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            }
            // News: "called the election a sham": a naming statement that
            // evaluates is the evaluation, not the act a pattern of the verb
            // reads in its object (`statement::names_by_evaluation`).
            let pred = match pred {
                Some(p)
                    if self.options.news
                        && p.pattern_matched
                        && !p
                            .code
                            .event
                            .as_deref()
                            .is_some_and(|c| c.starts_with("11") || c.starts_with("05"))
                        && statement::names_by_evaluation(&tree, v) =>
                {
                    self.speech_predicate(&tree, v).or(Some(p))
                }
                other => other,
            };
            let Some(pred) = pred
                .or_else(|| self.speech_predicate(&tree, v))
                .or_else(|| self.finding_predicate(&tree, v))
            else {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): no verb-dictionary code",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            };
            // News: "Lam, who is supported by Beijing": a relative clause
            // that labels an alignment, not an act (`src/description.rs`).
            if self.options.news
                && pred
                    .code
                    .event
                    .as_deref()
                    .is_some_and(|c| description::describes_alignment(&tree, v, c))
            {
                if self.options.explain {
                    eprintln!(
                        "  verb {} ({}): a present-tense relative clause describing an alignment, not an event",
                        tree.words[v].form, tree.words[v].lemma
                    );
                }
                continue;
            }
            let mut roles = self.roles(&tree, hits, v, &pred, ctx.antecedents);
            if roles.targets.is_empty() {
                if let Some(statement) =
                    self.addressee_of_statement(&tree, hits, &phrases, v, &pred, ctx.antecedents)
                {
                    roles = statement;
                }
            }
            // News: "condemned the sanctions imposed on Iran by the United
            // States": criticism of sanctions is aimed at their authors
            // (`src/sanctions.rs`).
            if let Some(authors) = pred
                .code
                .event
                .as_deref()
                .and_then(|c| self.sanctions_criticised(&tree, hits, v, c))
            {
                roles.targets = authors;
            }
            // News: "condemned and sanctioned Iran", "summoned the Italian
            // ambassador and demanded an explanation": the object named in
            // the neighbouring clause (`src/shared.rs`).
            let mut shared_note = None;
            if roles.targets.is_empty() {
                if let Some((targets, note)) = pred.code.event.as_deref().and_then(|c| {
                    self.shared_targets(
                        &tree,
                        hits,
                        &phrases,
                        v,
                        c,
                        &roles.sources,
                        ctx.antecedents,
                    )
                }) {
                    roles.targets = targets;
                    roles.direct = false;
                    shared_note = Some(note);
                }
            }
            // News: "Trump announced US troops would be leaving Syria": the
            // government's withdrawal (`src/alignment.rs`).
            if let Some(announcers) = pred
                .code
                .event
                .as_deref()
                .and_then(|c| self.withdrawal_announcer(&tree, hits, v, c, &roles.sources))
            {
                roles.sources = announcers;
            }
            // News: "An agreement between Russia and Turkey was signed",
            // "talks between the two governments were held in Geneva": with
            // no one else named, the members of a *between* phrase are the
            // parties, each acting on the other (for acts mutual by nature,
            // below).
            if self.options.news
                && roles.sources.is_empty()
                && roles.targets.len() > 1
                && roles
                    .targets
                    .iter()
                    .all(|t| between_parties_of(&tree, t.first, v, pred.event_noun))
            {
                roles.sources = std::mem::take(&mut roles.targets);
                // Unlike a passive's agents, they act on each other.
                roles.no_reciprocal = false;
            }
            // News: a threat or refusal with an infinitive is aimed at
            // whom the act would be done to, and a plain threat (130) takes
            // the kind of the act threatened (`src/refusal.rs`).
            let mut threatened_code = None;
            if self.options.news && roles.targets.is_empty() {
                if let Some(c) = refusal::infinitive_of(&tree, v) {
                    let sources = &roles.sources;
                    roles.targets = self
                        .actors_below(&tree, hits, c)
                        .into_iter()
                        .filter(|t| !sources.iter().any(|s| s.code == t.code))
                        .collect();
                    if !roles.targets.is_empty() && pred.code.event.as_deref() == Some("130") {
                        let act = self.predicate(&tree, hits, &phrases, c);
                        threatened_code = self
                            .nominal_predicate(&tree, hits, c, act)
                            .and_then(|p| p.code.event.as_deref().map(refusal::threat_code));
                    }
                }
            }
            // News: "Kigali said it hoped French officials would be
            // indicted", "hopes Paris will act": the people a hoped-for
            // clause is about are not addressed by the hope.
            if self.options.news && tree.lemma_lower(v) == "hope" {
                roles.targets.retain(|t| !in_hoped_clause(&tree, v, t));
            }
            // News: "attended a summit on Syria in Geneva", "a conference
            // in Geneva on the unrest in Iran": what a meeting is on is its
            // topic, neither its host nor a participant.
            if self.options.news {
                let topic = meeting_topic_words(&tree, v);
                if !topic.is_empty() {
                    roles.targets.retain(|t| !topic.contains(&t.first));
                }
            }
            // Only reactions (praise, criticism, rejection, protest) are
            // about an earlier act.
            // Defying norms or the law (128: "are breaking the law") is
            // about a rule, not about whoever made it.
            let reaction = pred.code.event.as_deref().is_some_and(|c| {
                matches!(root_of(c).get(..2), Some("05" | "11" | "12" | "14"))
                    && !(self.options.news && c == "128")
            });
            // News: "attacked the proclamation of the Golan Heights as
            // Israeli territory by President Trump", "condemned the attack
            // on Syria by Turkey": a reaction to an act is aimed at the
            // act's author, its *by* phrase, not at what the act is about.
            // So is an appeal or demand about one: "called for an
            // investigation into the killing of protesters by Iraqi
            // security forces" is addressed to the forces.
            let asks_about_act = pred
                .code
                .event
                .as_deref()
                .is_some_and(|c| matches!(root_of(c).get(..2), Some("02" | "10")));
            if (reaction || asks_about_act) && self.options.news {
                let asked_for = || {
                    tree.children[v].iter().copied().find(|&c| {
                        asks_about_act
                            && tree.base_rel(c) == "obl"
                            && tree.case_of(c) == Some("FOR")
                    })
                };
                if let Some(object) = tree.child_with(v, |r| r == "obj").or_else(asked_for) {
                    let words = tree.subtree(object, &|c| tree.rel(c).starts_with("acl"));
                    let author = words.iter().copied().find(|&n| {
                        n != object
                            && tree.case_of(n) == Some("BY")
                            && matches!(tree.words[n].upos.as_str(), "NOUN" | "PROPN")
                    });
                    let authors = author
                        .map(|n| self.actors_with_conj(&tree, hits, n))
                        .unwrap_or_default();
                    let own = |a: &Actor| roles.sources.iter().any(|s| s.code == a.code);
                    if !authors.is_empty() && !authors.iter().any(own) {
                        roles.targets = authors;
                    }
                }
            }
            // "criticized the sanctions that Russia imposed": the author
            // an act's own relative clause names.
            if roles.targets.is_empty() && reaction && self.options.news {
                let object = tree.child_with(v, |r| r == "obj" || r == "nsubj:pass");
                roles.targets = object
                    .map(|n| self.relative_clause_author(&tree, hits, n))
                    .unwrap_or_default();
                let sources = &roles.sources;
                roles
                    .targets
                    .retain(|t| !sources.iter().any(|s| s.code == t.code));
            }
            // News: "agreed to restore relations in a deal brokered by
            // China": the agent of a participle inside the act's own words
            // brokered, hosted or mediated it; it is no party to a
            // cooperative act (a reaction to an act, "condemned the attack
            // carried out by Hamas", is aimed at that agent).
            let cooperative = pred.code.event.as_deref().is_some_and(|c| {
                matches!(c.get(..2), Some("03" | "04" | "05" | "06" | "08"))
                    && !c.starts_with("051")
            });
            if self.options.news && cooperative {
                // The leader of "the coalition led by Saudi Arabia" is its
                // party (`src/alignment.rs`).
                let nested_agent = |t: &Actor| {
                    tree.ancestors_until(t.first, v).any(|a| {
                        tree.rel(a) == "obl:agent"
                            && tree.heads[a] != Some(v)
                            && tree.heads[a].is_none_or(|h| tree.lemma_lower(h) != "lead")
                    })
                };
                roles.targets.retain(|t| !nested_agent(t));
            }
            if roles.targets.is_empty() && reaction {
                if let Some(t) = event_noun_target(&tree, v, &roles, ctx.recent_events) {
                    roles.targets.push(t);
                }
            }
            // News: "France denounced the coup in Niger" (`src/criticism.rs`).
            if self.options.news && roles.targets.is_empty() && reaction {
                if let Some(t) = self.coup_country(&tree, hits, v, &roles) {
                    roles.targets.push(t);
                }
            }
            // News: "found the prorogation to be unlawful", "ruled against
            // its attempt": the owner of the act a court rules against
            // (`src/legal.rs`).
            if let Some(code) = pred.code.event.as_deref().filter(|_| reaction) {
                if let Some(t) = self.court_act_owner(&tree, hits, v, &roles, code, ctx.antecedents)
                {
                    roles.targets.push(t);
                }
            }
            // "The government said it would appeal": against the court of
            // the latest ruling (`src/legal.rs`).
            if let Some(t) = self.appealed_court(&tree, v, &roles, ctx.recent_events) {
                roles.targets.push(t);
            }
            // News: "called for an investigation into the shooting", "called
            // for the bill to be dropped": an appeal or demand about an
            // earlier act is addressed to its actor.
            let appeal = pred.code.event.as_deref().is_some_and(|c| {
                matches!(root_of(c).get(..2), Some("02" | "10")) || tree.lemma_lower(v) == "call"
            });
            if self.options.news && roles.targets.is_empty() && appeal {
                if let Some(t) = appeal_target(&tree, v, &roles, ctx.recent_events) {
                    roles.targets.push(t);
                }
            }
            // News: a yield (08) or a rejection (12) answers whoever asked
            // for it: "Protesters demanded his resignation. The governor
            // resigned", "declined the request".
            // A yield or refusal no ask so far answers, and what it gave:
            // coded without a target, for an ask reported later.
            let mut awaiting: Option<(u32, Vec<String>)> = None;
            if self.options.news && roles.targets.is_empty() && !roles.sources.is_empty() {
                // "urged the CIA to release the files", "threatened to
                // withdraw", "refused to hand over": asked for, promised,
                // threatened or refused, not done — the governing verb's act
                // is the event (a statement's content is not).
                let wished = complement_governor(&tree, v).is_some_and(|h| {
                    self.predicate(&tree, hits, &phrases, h)
                        .and_then(|p| p.code.event.clone())
                        .is_some_and(|c| !c.starts_with("01"))
                });
                // "Russia and Ukraine exchanged prisoners" (0841:0841): an
                // exchange between the subject's members answers no ask.
                let exchange = roles.sources.len() > 1 && is_mutual_yield(pred.code);
                let root = pred
                    .code
                    .event
                    .as_deref()
                    .and_then(yield_or_reject_root)
                    .filter(|_| !exchange);
                // "withdrew the bill after weeks of protests", "under
                // pressure from Washington": what the yield answers.
                let mut pressured = false;
                if root.is_some() {
                    roles.targets = self.asker_of_request(&tree, hits, v, &roles.sources);
                    if roles.targets.is_empty() {
                        if let Some((_, named)) =
                            self.pressure_behind(&tree, hits, v, &roles.sources)
                        {
                            pressured = true;
                            roles.targets = named;
                        }
                    }
                }
                if let Some(root) = root.filter(|_| !wished && roles.targets.is_empty()) {
                    // The earlier sentences' asks and this one's coded so
                    // far ("asked the judge to delay his ruling, but he
                    // declined").
                    let asked = asks.made.as_slice();
                    // Pressure the sentence names ties the yield to an ask
                    // however far back.
                    // A yield in a clause of time is background
                    // (`src/background.rs`): only a tied ask answers it.
                    let reach = if pressured {
                        usize::MAX
                    } else if self.options.news && background::time_clause(&tree, v) {
                        0
                    } else {
                        2
                    };
                    if let Some(t) =
                        asker_target(&tree, root, v, &roles, asked, ctx.sentence_index, reach)
                    {
                        roles.targets.push(t);
                    }
                }
                if let Some(root) = root.filter(|_| !wished && roles.targets.is_empty()) {
                    let content = yielded_content(&tree, v);
                    if asks.keep_unanswered && !content.is_empty() {
                        awaiting = Some((root, content));
                    }
                }
            }
            // News: participants the act implies (`src/implicit.rs`).
            if self.options.news {
                if let Some((agent, passive)) =
                    implicit::participle_of_agent(&tree, v).filter(|_| roles.sources.is_empty())
                {
                    roles.sources = self.actors_with_conj(&tree, hits, agent);
                    let subject = tree
                        .child_with(passive, |r| r == "nsubj:pass")
                        .map(|s| resolve_pronoun(&tree, s));
                    // "The president's speech was interrupted": the speaker.
                    let owner = subject.and_then(|s| {
                        tree.children[s]
                            .iter()
                            .copied()
                            .find(|&c| tree.rel(c) == "nmod:poss")
                    });
                    let acted_on = subject.map_or_else(Vec::new, |s| {
                        let found = self.actors_in_context(&tree, hits, s, ctx.antecedents);
                        match owner {
                            Some(o) if found.is_empty() => {
                                self.actors_in_context(&tree, hits, o, ctx.antecedents)
                            }
                            _ => found,
                        }
                    });
                    if !acted_on.is_empty() {
                        roles.targets = acted_on;
                    }
                }
                if let Some((role, seat)) = implicit::implied_role(&tree, v, &roles) {
                    let seats = implicit::Seats {
                        at: place_of_act().map(str::to_string),
                        from: self.removal_country(&tree, hits, v),
                        article: ctx.article_country,
                    };
                    if let Some(a) = implicit::implied_agent(v, role, seat, &roles, &seats) {
                        roles.sources.push(a);
                        // "1000 people have been arrested since the protests
                        // began": people arrested at protests are the
                        // protesters (`OPP`, as `src/occurrence.rs` codes
                        // them).
                        if role == "COP" && implicit::at_protest(&tree, v) {
                            // (The country may come later: `---PPL`.)
                            for t in roles.targets.iter_mut() {
                                let generic = t.code.len() == 6
                                    && matches!(t.code.get(3..), Some("PPL" | "CVL"));
                                if generic {
                                    t.code = format!("{}OPP", &t.code[..3]);
                                }
                            }
                        }
                    }
                }
                // "Authorities imposed a curfew in Negombo": a state's
                // coercion in a place of its own.
                if let Some(code) = pred
                    .code
                    .event
                    .as_deref()
                    .filter(|_| roles.targets.is_empty())
                {
                    if let Some(t) = implicit::coercion_place_target(code, v, &roles, place_of_act)
                    {
                        roles.targets.push(t);
                    }
                }
                if let Some(code) = pred.code.event.as_deref() {
                    implicit::bare_state_at_home(code, &mut roles);
                }
                // An attack attributed to a group has its own target rule
                // (`src/attribution.rs`).
                // "Iraq had attacked themselves": a reflexive object names
                // the source itself, so the act has no other target.
                let reflexive = tree.children[v].iter().any(|&c| {
                    tree.base_rel(c) == "obj"
                        && matches!(
                            tree.words[c].form.to_lowercase().as_str(),
                            "itself" | "themselves" | "himself" | "herself" | "ourselves"
                        )
                });
                let code = pred.code.event.as_deref();
                // "hit by drone strikes launched by the Houthis", "the
                // attack, claimed by the Islamic State, killed": the act's
                // noun names its author (`src/claimed.rs`).
                // "killed in a Taliban attack", "wounded in Russian
                // shelling", "an attack by jihadists": its modifiers.
                if roles.sources.is_empty() && code.is_some_and(claimed::is_force) {
                    if let Some(n) = claimed::force_noun(&tree, v) {
                        let doers = match claimed::noun_author(&tree, n) {
                            Some(by) => self.actors_with_conj(&tree, hits, by),
                            None => self.act_noun_doers(&tree, hits, n),
                        };
                        // "killed in a Taliban attack": the attack's doer is
                        // no target of the killing.
                        if !doers.is_empty() {
                            // (Not the verb's own words when the parser
                            // made the verb a conjunct of the noun.)
                            let words = tree.subtree(n, &|c| c == v);
                            roles.targets.retain(|t| !words.contains(&t.first));
                        }
                        let targets = &roles.targets;
                        roles.sources = doers
                            .into_iter()
                            .filter(|a| !targets.iter().any(|t| t.code == a.code))
                            .collect();
                    }
                }
                if let Some(code) = code.filter(|_| !pred.attributed && !reflexive) {
                    // "North Korea said South Korean troops had fired": a
                    // reported act of force is aimed at its accuser's
                    // country rather than the article's
                    // (`src/accusation.rs`).
                    let accused = (roles.targets.is_empty()
                        && matches!(code.get(..2), Some("18" | "19" | "20")))
                    .then(|| self.accuser_country(&tree, hits, v, ctx, &countries))
                    .flatten()
                    .and_then(|accuser| {
                        accusation::accused_force_target(
                            &roles.sources,
                            &accuser,
                            ctx.article_country,
                            &countries,
                        )
                    });
                    if let Some(country) = accused {
                        roles
                            .targets
                            .push(Actor::inferred(country, v, v, Some("accuser")));
                    } else if let Some(t) =
                        implicit::force_target(code, v, &roles, ctx.article_country)
                    {
                        roles.targets.push(t);
                    }
                }
            }
            // "Dozens died in the attack, reportedly conducted by the
            // Taliban": an attack by a country's own insurgents that names
            // no target is against that country, the article's.
            if pred.attributed && roles.targets.is_empty() {
                if let Some(country) = ctx.article_country {
                    let domestic = roles
                        .sources
                        .iter()
                        .any(|s| s.code.len() > 3 && root_of(&s.code) == country);
                    if domestic {
                        let n = pred.event_noun.unwrap_or(v);
                        roles.targets.push(Actor::inferred(
                            country.to_string(),
                            n,
                            n,
                            Some("article"),
                        ));
                    }
                }
            }
            // News: a protest that names no target is against the
            // protesters' own government ("Hongkongers marched", "anti-
            // government protests continue"), as analysts code it.
            let protest = pred
                .code
                .event
                .as_deref()
                .is_some_and(|c| c.starts_with("14"));
            if self.options.news && protest && roles.targets.is_empty() {
                let against: Vec<Actor> = roles
                    .sources
                    .iter()
                    .filter(|s| is_country_code(&s.code) && !s.code.ends_with("GOV"))
                    .map(|s| {
                        let code = format!("{}GOV", root_of(&s.code));
                        Actor::inferred(code, s.first, s.last, Some("protest"))
                    })
                    .take(1)
                    .collect();
                roles.targets.extend(against);
            }
            // News: an appeal, demand, protest or proposal, for the yields
            // and rejections of the sentences that follow.
            let ask_root = pred.code.event.as_deref().and_then(|c| {
                let r: u32 = root_of(c).get(..2)?.parse().ok()?;
                [2, 3, 10, 14].contains(&r).then_some(r)
            });
            if let (true, Some(root), Some(s)) =
                (self.options.news, ask_root, roles.sources.first())
            {
                asks.made.push(Ask {
                    source: s.code.clone(),
                    root,
                    targets: roles.targets.iter().map(|t| t.code.clone()).collect(),
                    sentence: ctx.sentence_index,
                    content: content_lemmas(&tree, v),
                });
            }
            // News: an accusation, appeal or demand is about the subject of
            // what it alleges or asks for even when that is an event itself
            // ("Zarif claimed Israel had attacked the tanker": Iran accuses
            // Israel, and Israel attacked, reportedly; "demanded that Israel
            // withdraw").
            let accusation = self.options.news
                && pred
                    .code
                    .event
                    .as_deref()
                    .is_some_and(|c| matches!(c.get(..2), Some("02" | "10" | "11")));
            let mut kept_complement = false;
            if let Some(c) = roles.complement {
                let clause = tree.subtree(c, &|_| false);
                if coded.iter().any(|(u, _)| clause.binary_search(u).is_ok()) {
                    if accusation {
                        kept_complement = true;
                    } else {
                        roles.targets.clear();
                        roles.complement = None;
                        roles.no_reciprocal = true;
                    }
                }
            }
            if self.options.news {
                // The other participant's own words do not give the
                // country ("its envoy met Syria's ambassador").
                // Nor do the words of whoever reports or believes the act
                // ("The CIA believes the crown prince ordered the killing":
                // the prince is not American).
                // A possessive pronoun ("Lam announced her government
                // will withdraw the bill") points back at the reporter,
                // whose country is then the actor's.
                let reporters = reporter_words(&tree, v);
                let outside = |others: &[Actor]| -> Vec<(usize, usize, String)> {
                    countries
                        .iter()
                        .filter(|c| !others.iter().any(|o| c.0 <= o.last && o.first <= c.1))
                        .cloned()
                        .collect()
                };
                let unreported = |a: &Actor, list: &[(usize, usize, String)]| {
                    let node = phrase_node(&tree, a.first, a.last);
                    let pronoun_possessor = tree.children[node]
                        .iter()
                        .any(|&c| tree.rel(c) == "nmod:poss" && tree.words[c].upos == "PRON");
                    list.iter()
                        .filter(|c| {
                            pronoun_possessor || !(c.0..=c.1).any(|i| reporters.contains(&i))
                        })
                        .cloned()
                        .collect::<Vec<_>>()
                };
                // "The ministry said its envoy met …": *its* is the
                // ministry, whatever other country the sentence names.
                for a in roles.sources.iter_mut().chain(roles.targets.iter_mut()) {
                    if a.code.starts_with("---") {
                        if let Some(root) = self.possessor_country(&tree, hits, a, ctx.antecedents)
                        {
                            a.code = format!("{root}{}", &a.code[3..]);
                            a.country_from = Some("possessive");
                        }
                    }
                }
                let for_sources = outside(&roles.targets);
                let for_targets = outside(&roles.sources);
                // A legislature or court named by a bare noun ("lawmakers",
                // "the court", "prosecutors") is the article's own: news
                // names a foreign one with its country ("Iranian lawmakers"),
                // so another country of the sentence is not its country.
                if ctx.article_country.is_some() {
                    for a in roles.sources.iter_mut().chain(roles.targets.iter_mut()) {
                        if is_domestic_institution(&a.code) {
                            resolve_country(a, &[], ctx.article_country);
                        }
                    }
                }
                for a in roles.sources.iter_mut() {
                    // A subject's country is told before it or by the
                    // article ("Northamptonshire's chief constable wrote to
                    // the US Embassy"), not by a later phrase.
                    let for_sources = unreported(a, &for_sources);
                    let before: Vec<(usize, usize, String)> = for_sources
                        .iter()
                        .filter(|c| c.1 < a.first)
                        .cloned()
                        .collect();
                    // "Federal agents arrested … in Texas": police, courts
                    // and authorities coerce where they govern
                    // (`src/generic_actors.rs`).
                    let home = before.is_empty()
                        && generic_actors::acts_where_it_governs(
                            &a.code,
                            pred.code.event.as_deref(),
                        );
                    // A country the dictionaries name "in"/"at" in the
                    // verb's own clause (the parser may hang "in Texas" on
                    // the object; "a man who fought in Syria" is not where
                    // the arrest was), else the act's place in the
                    // gazetteer ("in Dubai").
                    let located = || {
                        for_sources
                            .iter()
                            .find(|c| {
                                let node = phrase_node(&tree, c.0, c.1);
                                matches!(tree.case_of(node), Some("IN" | "AT"))
                                    && generic_actors::in_clause_of(&tree, node, v)
                            })
                            .map(|c| c.2.clone())
                            .or_else(|| place_of_act().map(str::to_string))
                    };
                    if let Some(place) = home.then(located).flatten() {
                        a.code = format!("{place}{}", &a.code[3..]);
                        a.country_from = Some("place");
                    } else if before.is_empty() && ctx.article_country.is_some() {
                        resolve_country(a, &[], ctx.article_country);
                    } else {
                        resolve_country(a, &for_sources, ctx.article_country);
                    }
                }
                if self.options.news {
                    epithet::unclash_article_country(
                        &tree,
                        &mut roles.sources,
                        &roles.targets,
                        &for_sources,
                        ctx.antecedents,
                    );
                }
                // "Prime Minister Hubert Minnis urged residents to
                // evacuate": the populace a government addresses or helps
                // (CAMEO 01–08), in a sentence naming no other country, is
                // its own, whatever country the article names most. (The
                // people troops fire on are not: force keeps the article's.)
                let cooperative = pred
                    .code
                    .event
                    .as_deref()
                    .and_then(|c| c.get(..2))
                    .is_some_and(|r| r < "09");
                let source_country = match roles.sources.as_slice() {
                    [s] if cooperative && s.has_country && is_country_code(&s.code) => {
                        Some(root_of(&s.code).to_string())
                    }
                    _ => None,
                };
                // "Iran executed a man convicted of spying for Israel",
                // "police arrested a man suspected of working for Iran": a
                // country in a clause modifying the person acted on says
                // what they did, not whose they are.
                // Only coercion and force, and only participles: "sent
                // troops to help Syria" is help to Syria.
                let coerced = pred
                    .code
                    .event
                    .as_deref()
                    .is_some_and(|c| matches!(c.get(..2), Some("17" | "18" | "19" | "20")));
                let in_clause_of = |a: &Actor, c: &(usize, usize, String)| {
                    coerced
                        && (a.first..=a.last).any(|n| {
                            tree.children[n].iter().any(|&k| {
                                tree.base_rel(k) == "acl"
                                    && matches!(tree.words[k].xpos.as_str(), "VBN" | "VBG")
                                    && k > a.last
                                    && tree.subtree(k, &|_| false).contains(&c.0)
                            })
                        })
                };
                // "A Russian missile strike killed 20 civilians in
                // Kremenchuk": people hit by force are of the place where
                // it happened, not of the attacker or the article.
                for a in roles.targets.iter_mut() {
                    let for_targets = unreported(a, &for_targets);
                    let for_targets: Vec<_> = if a.code.starts_with("---") {
                        for_targets
                            .into_iter()
                            .filter(|c| !in_clause_of(a, c))
                            .collect()
                    } else {
                        for_targets
                    };
                    let populace =
                        matches!(a.code.as_str(), "---CVL" | "---PPL") && for_targets.is_empty();
                    let place = if populace && coerced {
                        place_of_act()
                    } else {
                        None
                    };
                    match (place, &source_country) {
                        (Some(p), _) if populace => {
                            a.code = format!("{p}{}", &a.code[3..]);
                            a.country_from = Some("place");
                        }
                        (_, Some(c)) if populace => {
                            a.code = format!("{c}{}", &a.code[3..]);
                            a.country_from = Some("sentence");
                        }
                        _ => resolve_country(a, &for_targets, ctx.article_country),
                    }
                }
                // News: "The United States sent an aircraft carrier to the
                // eastern Mediterranean": what a country sends or deploys is
                // its own, not the party of a country the article or another
                // clause names ("pledged support for Israel and ordered an
                // aircraft carrier to …"); a country named in the sending
                // clause itself stays ("sent troops to help Syria").
                if self.options.news && SENDING_VERBS.contains(&tree.lemma_lower(v).as_str()) {
                    let clause = tree.subtree(v, &|_| false);
                    let named_in_clause = |a: &Actor| {
                        clause.iter().any(|&w| {
                            (w < a.first || w > a.last)
                                && self
                                    .actor_of(&tree, hits, w)
                                    .iter()
                                    .any(|b| b.has_country && root_of(&b.code) == root_of(&a.code))
                        })
                    };
                    roles.targets.retain(|a| {
                        !(a.country_from.is_some()
                            && !named_in_clause(a)
                            && tree.heads[a.last] == Some(v)
                            && tree.base_rel(a.last) == "obj")
                    });
                }
                // Resolution may have given an actor of both roles.
                let sources = &roles.sources;
                roles
                    .targets
                    .retain(|t| !sources.iter().any(|s| s.code == t.code));
                // "The company apologised for its website": the source's
                // own thing is no other party.
                roles.targets.retain(|t| !is_sources_own(&tree, t, sources));
            }
            if self.options.explain {
                let codes = |a: &[Actor]| {
                    a.iter()
                        .map(|a| a.code.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                };
                eprintln!(
                    "  verb {} ({}): {} | sources [{}] targets [{}]",
                    tree.words[v].form,
                    tree.words[v].lemma,
                    pred.rule,
                    codes(&roles.sources),
                    codes(&roles.targets)
                );
            }
            let mut events = Vec::new();
            // News: "it would attack …", said in a statement, is a threat
            // (`src/statement.rs`), asserted as the statement is.
            let threat = self
                .options
                .news
                .then(|| {
                    pred.code.event.as_deref().and_then(|c| {
                        // The subject is the speaker's own country or
                        // one of its institutions.
                        let same_actor = |subject: usize, speaker: usize| {
                            let of = |n| self.actors_in_context(&tree, hits, n, ctx.antecedents);
                            let speakers = of(speaker);
                            of(subject).iter().any(|a| {
                                a.has_country
                                    && speakers.iter().any(|s| {
                                        is_country_code(&s.code)
                                            && root_of(&s.code) == root_of(&a.code)
                                    })
                            })
                        };
                        statement::spoken_threat(&tree, v, c, same_actor)
                    })
                })
                .flatten();
            let factuality = Some(if pred.reported {
                Factuality::Reported
            } else {
                dyad_context::factuality(&context_tree, threat.map_or(v, |t| t.speech_verb))
            });
            let compound = roles.sources.len() > 1 || roles.targets.len() > 1;
            let compound_id =
                compound.then(|| format!("{}:{}:{}", ctx.article_id, ctx.sentence_index, v));
            // "Gondor and Osgiliath renewed ties": a compound subject with no
            // target acts on its own members, each on the others.
            // News: only for acts that are mutual by nature (consult,
            // cooperate, trade, cut ties, fight): "China, Iran and Russia
            // pledged funds" are not pledging to each other.
            let mutual = !self.options.news
                || pred.code.event.as_deref().is_some_and(|c| {
                    matches!(c.get(..2), Some("04" | "05" | "06" | "16" | "19"))
                            // Acts done to a third party are not: "Macron and
                            // Scholz visited Kyiv" (042), "… hosted the talks"
                            // (043), "mediated by Qatar and Egypt" (045),
                            // "… praised the deal" (051–053, 055).
                            && !matches!(
                                c.get(..3),
                                Some("042" | "043" | "045" | "051" | "052" | "053" | "055")
                            )
                            // Intent to de-escalate, to talk, a truce: "India
                            // and Pakistan agreed to a ceasefire", "… agreed
                            // to hold talks".
                            || matches!(c.split(':').next(), Some("0356" | "036" | "0871"))
                })
                || is_mutual_yield(pred.code)
                || has_reciprocal_object(&tree, v);
            let reciprocal = roles.targets.is_empty()
                && roles.sources.len() > 1
                && !roles.no_reciprocal
                && mutual;
            let pairs: Vec<(Option<&Actor>, Option<&Actor>)> = if reciprocal {
                roles
                    .sources
                    .iter()
                    .flat_map(|a| roles.sources.iter().map(move |b| (Some(a), Some(b))))
                    // "150 security forces, 95 civilians and hundreds of
                    // Taliban killed": members of one country listed
                    // together are rarely acting on each other — except the
                    // two sides of a civil conflict ("Sudan's army and the
                    // Rapid Support Forces have been fighting").
                    .filter(|(a, b)| {
                        !self.options.news
                            || a.zip(*b).is_some_and(|(a, b)| {
                                root_of(&a.code) != root_of(&b.code)
                                    || RECIPROCAL_LEMMAS.contains(&tree.lemma_lower(v).as_str())
                                        && civil_conflict_sides(&a.code, &b.code)
                            })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let sources: Vec<Option<&Actor>> = if roles.sources.is_empty() {
                vec![None]
            } else {
                roles.sources.iter().map(Some).collect()
            };
            let targets: Vec<Option<&Actor>> = if roles.targets.is_empty() {
                vec![None]
            } else {
                roles.targets.iter().map(Some).collect()
            };
            let all_pairs: Vec<(Option<&Actor>, Option<&Actor>)> = if reciprocal {
                pairs
            } else {
                sources
                    .iter()
                    .flat_map(|&s| targets.iter().map(move |&t| (s, t)))
                    .collect()
            };
            // News: a statement that is itself a denunciation or praise
            // (`src/statement.rs`).
            let evaluation = (self.options.news
                && pred.code.event.as_deref() == Some(PLAIN_STATEMENT))
            .then(|| {
                // "The court ruled that Russia had violated …": what a
                // court finds (`src/legal.rs`).
                if legal::is_finding(&pred) {
                    return self.court_finding(&tree, hits, &phrases, v, &roles, ctx, &countries);
                }
                self.evaluative_statement(&tree, hits, v, &roles, ctx, &countries)
                    // "North Korea said South Korean troops had fired":
                    // a report of another side's wrongful act accuses it
                    // (`src/accusation.rs`).
                    .or_else(|| {
                        self.reported_accusation(&tree, hits, &phrases, v, &roles, ctx, &countries)
                    })
            })
            .flatten();
            {
                for (s, t) in all_pairs {
                    let mut directed = Vec::new();
                    if let Some(code) = &pred.code.event {
                        let code = if let Some(t) = threat {
                            t.code.to_string()
                        } else if let Some(c) = threatened_code {
                            c.to_string()
                        } else if self.options.news && is_request(&tree, v, code) {
                            REQUEST.to_string()
                        } else if let Some(c) = self.legal_process_code(&tree, v, s, code) {
                            // Charges by a court, convictions (`src/legal.rs`).
                            c.to_string()
                        } else {
                            code.clone()
                        };
                        directed.push((s, t, code));
                    }
                    // News: a pattern's reverse code that differs from its
                    // own ("arrested protesters" [175:140]: the protesters
                    // protested) reads an act of the other party into the
                    // sentence, which reports none; a mutual act (046:046,
                    // "held talks with") is coded both ways. A pattern whose
                    // only code is the reverse one names the other party's
                    // act ("faces pressure from Congress" [:100]), unless
                    // that party is only where it happened ("received
                    // treatment in New Zealand" [:060], "would face trial in
                    // the Senate" [:173]).
                    let implied_only = self.options.news
                        && match (&pred.code.event, &pred.code.reverse) {
                            (None, Some(_)) => t.is_some_and(|t| in_place_phrase(&tree, t)),
                            (event, reverse) => reverse != event,
                        };
                    if let Some(code) = pred.code.reverse.as_ref().filter(|_| !implied_only) {
                        directed.push((t, s, code.clone()));
                    }
                    // The statement's act, once per source (not once per
                    // target the statement verb happens to have).
                    let first_pair = match (t, roles.targets.first()) {
                        (Some(t), Some(first)) => std::ptr::eq(t, first),
                        _ => true,
                    };
                    let directed: Vec<(Option<&Actor>, Option<&Actor>, String)> = directed
                        .into_iter()
                        .flat_map(|(src, tgt, code)| match &evaluation {
                            Some(e) if code == PLAIN_STATEMENT => {
                                let acts: Vec<_> = if first_pair {
                                    e.targets
                                        .iter()
                                        .map(|t| (src, Some(t), e.code.to_string()))
                                        .collect()
                                } else {
                                    Vec::new()
                                };
                                acts
                            }
                            _ => vec![(src, tgt, code)],
                        })
                        .collect();
                    for (src, tgt, code) in directed {
                        // News: an irregular group's attack on people who
                        // are no armed force is an assault (`src/violence.rs`).
                        let code = if self.options.news {
                            let code = violence::assault_code(code, src, tgt);
                            // "The Kremlin blasted Washington": criticism
                            // worded as force (`src/criticism.rs`).
                            let code = criticism::verbal_force_code(
                                &tree,
                                v,
                                code,
                                pred.pattern_matched,
                                src,
                                tgt,
                            );
                            criticism::official_protest_code(&tree, v, code, src, tgt)
                        } else {
                            code
                        };
                        // News: "Hongkongers have been protesting against
                        // the government": a country's people protesting
                        // against their own government or another of its
                        // institutions are its opposition, not the country.
                        let recoded;
                        let src = match (src, tgt) {
                            (Some(a), Some(b))
                                if self.options.news
                                    && code.starts_with("14")
                                    && a.code.len() == 3
                                    && is_country_code(&a.code)
                                    && b.code.len() > 3
                                    && root_of(&b.code) == a.code =>
                            {
                                recoded = Actor {
                                    code: format!("{}OPP", a.code),
                                    ..a.clone()
                                };
                                Some(&recoded)
                            }
                            // News: "Germany banned Iranian airline Mahan
                            // Air", "Russia expelled two diplomats": a
                            // country that imposes sanctions or bans, breaks
                            // off relations or expels does so through its
                            // government (analysts code `DEUGOV`).
                            (Some(a), _)
                                if self.options.news
                                    && STATE_ACTS.contains(&code.as_str())
                                    && a.code.len() == 3
                                    && is_country_code(&a.code) =>
                            {
                                recoded = Actor {
                                    code: format!("{}GOV", a.code),
                                    ..a.clone()
                                };
                                Some(&recoded)
                            }
                            _ => src,
                        };
                        // News: "Members of the House of Commons protested":
                        // the protest without a target of a subject whose
                        // country was only resolved now (no country in its
                        // words, so the rule for protests without a target
                        // above passed it by) is against that country's
                        // government too — unless it is against something
                        // named ("protested against a mining project"). People
                        // whose country is only the article's ("four million
                        // people took part in the protests") may be anyone's.
                        let government;
                        let tgt = match (src, tgt) {
                            (Some(a), None)
                                if self.options.news
                                    && code.starts_with("14")
                                    && roles.targets.is_empty()
                                    && is_country_code(&a.code)
                                    && PROTESTING_ROLES.contains(&&a.code[3..])
                                    && (a.country_from != Some("article")
                                        || !matches!(&a.code[3..], "" | "PPL" | "CVL"))
                                    && !tree.children[v].iter().any(|&c| {
                                        tree.case_of(c)
                                            .is_some_and(|p| PROTEST_OBJECT_CASES.contains(&p))
                                    }) =>
                            {
                                government = Actor {
                                    code: format!("{}GOV", root_of(&a.code)),
                                    country_from: Some("protest"),
                                    ..a.clone()
                                };
                                Some(&government)
                            }
                            _ => tgt,
                        };
                        // A yield or refusal awaiting an ask reported later
                        // in the article (see `code_article`).
                        let awaits_asker = awaiting.is_some()
                            && src.is_some()
                            && tgt.is_none()
                            && roles.targets.is_empty()
                            && yield_or_reject_root(&code).is_some();
                        // An attack a noun names ("hit by drone strikes",
                        // "the attack killed") awaiting the doer the article
                        // names (`src/claimed.rs`, see `code_article`).
                        let awaits_attacker = asks.keep_unanswered
                            && src.is_none()
                            && tgt.is_some()
                            && roles.sources.is_empty()
                            && claimed::is_force(&code)
                            && claimed::force_noun(&tree, v).is_some();
                        if self.options.require_dyad
                            && (src.is_none() || tgt.is_none())
                            && !awaits_asker
                            && !awaits_attacker
                        {
                            self.explain_drop(src, tgt, &code, "no source or no target");
                            // "Macron called for action. The call was
                            // seconded by Merkel": an act without a target
                            // can still be what a later reaction is about.
                            if let (Some(s), None) = (src, tgt) {
                                monads.push((s.code.clone(), code.clone()));
                            }
                            continue;
                        }
                        if awaits_asker {
                            if let Some(s) = src {
                                monads.push((s.code.clone(), code.clone()));
                            }
                        }
                        if src.is_none() && tgt.is_none() {
                            continue;
                        }
                        // News: "X said …", "X told the press", "X spoke on
                        // television" is how news reports anything; the bare
                        // statement (CAMEO 010) is not itself an interaction
                        // (what was said is coded from its content: 02
                        // appeal, 10 demand, 11 disapprove, 12 reject, 13
                        // threaten). Specific statements (011–019) stay.
                        if self.options.news && code == PLAIN_STATEMENT {
                            self.explain_drop(src, tgt, &code, "plain statement (010)");
                            continue;
                        }
                        // An actor acting on itself is not an event.
                        if let (Some(a), Some(b)) = (src, tgt) {
                            if a.code == b.code {
                                self.explain_drop(src, tgt, &code, "actor acts on itself");
                                continue;
                            }
                            // News: a country and its own government,
                            // military… (`USAGOV` → `USA`) is one actor,
                            // unless the pattern bound both roles.
                            let bound_both = [Marker::Source, Marker::Target]
                                .iter()
                                .all(|m| pred.bindings.iter().any(|b| b.marker == *m));
                            // A state's coercion or force against its own
                            // people ("Saudi Arabia executed 37 people", "Iran
                            // arrested a Kurdish activist") is the domestic
                            // event analysts want, not one actor.
                            // Restrictions (170–172) fall on institutions
                            // too ("closed schools"): only acts on persons.
                            // Investigations of persons (09) too: "Russia
                            // opened a criminal case against the opposition
                            // leader".
                            let state_on_people =
                                (matches!(code.get(..3), Some("173" | "174" | "175"))
                                    || matches!(code.get(..2), Some("09" | "18" | "19" | "20")))
                                    && a.code.len() == 3
                                    && b.code.get(3..6).is_some_and(|r| PEOPLE_ROLES.contains(&r));
                            // "Authorities imposed a curfew in Negombo", "a
                            // curfew was imposed": a measure on a place of the
                            // state's own (`src/implicit.rs`).
                            let state_on_place = code.starts_with("17")
                                && (b.country_from == Some("place")
                                    || a.country_from == Some("implied")
                                    || tree.case_of(phrase_node(&tree, b.first, b.last))
                                        == Some("IN"));
                            // Force by an armed actor in its own country ("the
                            // Taliban seized Kabul", "Syrian troops shelled
                            // Idlib") is the civil war analysts count.
                            // (Only with the verb's own subject as the doer: a
                            // source borrowed from a governing clause is often
                            // wrong.)
                            let own_subject = tree
                                .child_with(v, |r| r.starts_with("nsubj"))
                                .is_some_and(|s| a.first <= s && s <= a.last);
                            let force_at_home = matches!(code.get(..2), Some("18" | "19" | "20"))
                                && a.code.get(3..6).is_some_and(|r| ARMED_ROLES.contains(&r))
                                && b.code.len() == 3
                                && own_subject;
                            if self.options.news
                                && !bound_both
                                && !pred.attributed
                                && !state_on_people
                                && !state_on_place
                                && !force_at_home
                                && root_of(&a.code) == root_of(&b.code)
                                && (a.code.len() == 3 || b.code.len() == 3)
                            {
                                self.explain_drop(
                                    src,
                                    tgt,
                                    &code,
                                    "a country and its own institution",
                                );
                                continue;
                            }
                            // News: in a report of a natural disaster, an
                            // authority's appeal to its own residents ("the
                            // mayor advised residents to shelter in place")
                            // is safety advice, like its emergency measures.
                            if self.options.news
                                && ctx.disaster
                                && code.starts_with("02")
                                && root_of(&a.code) == root_of(&b.code)
                                && b.code.get(3..6).is_some_and(|r| matches!(r, "CVL" | "PPL"))
                            {
                                self.explain_drop(
                                    src,
                                    tgt,
                                    &code,
                                    "safety advice to residents in a natural disaster",
                                );
                                continue;
                            }
                        }
                        // News: two actors of one country neither of which
                        // is political ("wounded people evacuated to the
                        // hospital", "NASA offers tiles to schools" is one
                        // political) are no political interaction
                        // (docs/annotation-guidelines.md: actors inside one
                        // country count when they are political actors).
                        if let (true, Some(a), Some(b)) = (self.options.news, src, tgt) {
                            if is_country_code(&a.code)
                                && root_of(&a.code) == root_of(&b.code)
                                && !is_political(&a.code)
                                && !is_political(&b.code)
                            {
                                self.explain_drop(src, tgt, &code, "no political actor");
                                continue;
                            }
                        }
                        // News: an actor whose country is unknown is noise
                        // for analysts.
                        if self.options.news
                            && [src, tgt]
                                .iter()
                                .flatten()
                                .any(|a| !has_known_root(&a.code))
                        {
                            self.explain_drop(src, tgt, &code, "an actor without a country");
                            continue;
                        }
                        let mut rule = pred.rule.clone();
                        rule.push_str(shared_note.unwrap_or_default());
                        if kept_complement {
                            rule.push_str("; target the subject of the act alleged or asked for");
                        }
                        if threatened_code == Some(code.as_str()) {
                            rule.push_str("; threat typed by the act threatened");
                        }
                        if let Some(t) = threat.filter(|t| t.code == code) {
                            rule.push_str(&format!(
                                "; threat made in speech ({})",
                                tree.words[t.speech_verb].form
                            ));
                        }
                        if let Some(e) = evaluation.as_ref().filter(|e| {
                            tgt.is_some_and(|t| e.targets.iter().any(|x| std::ptr::eq(t, x)))
                        }) {
                            rule.push_str(&e.note);
                        }
                        let mut provisional = false;
                        for (role, a) in [("source", src), ("target", tgt)] {
                            if let Some(from) = a.and_then(|a| a.country_from) {
                                rule.push_str(&format!("; {role} country from the {from}"));
                            }
                            if let Some(name) = a.and_then(|a| a.provisional.as_deref()) {
                                rule.push_str(&format!(
                                    "; {role} provisional actor \"{name}\" (not in the dictionaries)"
                                ));
                                provisional = true;
                            }
                        }
                        let mut confidence: f64 = 0.5;
                        if pred.pattern_matched {
                            confidence += 0.2;
                        }
                        if roles.direct {
                            confidence += 0.1;
                        }
                        if !compound {
                            confidence += 0.1;
                        }
                        if factuality != Some(Factuality::Asserted) {
                            confidence -= 0.2;
                        }
                        if provisional {
                            confidence -= 0.2;
                        }
                        let event = self.event(
                            ctx,
                            &context_tree,
                            &tree,
                            src,
                            tgt,
                            &code,
                            v,
                            &rule,
                            factuality,
                            confidence,
                            compound_id.clone(),
                        );
                        if let (true, Some((root, content))) = (awaits_asker, &awaiting) {
                            if self.options.explain {
                                eprintln!(
                                    "  {code} by {} awaits an ask reported later (about {})",
                                    src.map_or("", |s| s.code.as_str()),
                                    content.join(", ")
                                );
                            }
                            asks.unanswered.push(Unanswered {
                                sentence: ctx.sentence_index,
                                action: event.offsets.action,
                                root: *root,
                                sources: roles.sources.iter().map(|s| s.code.clone()).collect(),
                                content: content.clone(),
                            });
                        }
                        if awaits_attacker {
                            if self.options.explain {
                                eprintln!("  {code} awaits the attacker the article names");
                            }
                            asks.attacks.push(claimed::Unclaimed {
                                sentence: ctx.sentence_index,
                                action: event.offsets.action,
                                definite: claimed::force_noun(&tree, v)
                                    .is_some_and(|n| claimed::is_definite(&tree, n)),
                            });
                        }
                        events.push(event);
                    }
                }
            }
            if !events.is_empty() {
                coded.push((v, events));
            }
        }
        if self.options.news {
            coded.extend(self.occurring_protests(&tree, hits, ctx, &context_tree));
            // "Modi's visit to China was postponed": a meeting named by a
            // noun in another verb's clause (`src/meeting_nouns.rs`).
            let meetings = self.meeting_noun_events(&tree, hits, ctx, &context_tree, &coded);
            coded.extend(meetings);
            // "condemned Friday's attack by Boko Haram on a village": an
            // attack named by a noun in another verb's clause
            // (`src/violence.rs`).
            let attacks = self.attack_noun_events(&tree, hits, ctx, &context_tree, &coded);
            coded.extend(attacks);
            // "The airline has been under US sanctions since 2011":
            // sanctions named by a noun (`src/sanctions.rs`).
            let sanctions = self.sanction_noun_events(&tree, hits, ctx, &context_tree, &coded);
            coded.extend(sanctions);
            // "According to the minister, the sanctions are illegal": the
            // attributed clause is the minister's statement
            // (`src/statement.rs`).
            if let Some((source, act, head, according)) =
                self.attributed_statement(&tree, hits, ctx, &countries)
            {
                let rule = format!("statement attributed with \"according to\"{}", act.note);
                if self.options.explain {
                    let codes: Vec<&str> = act.targets.iter().map(|a| a.code.as_str()).collect();
                    eprintln!(
                        "  {} -> [{}] {}: {rule}",
                        source.code,
                        codes.join(","),
                        act.code
                    );
                }
                let events: Vec<Event> = act
                    .targets
                    .iter()
                    .map(|t| {
                        self.event(
                            ctx,
                            &context_tree,
                            &tree,
                            Some(&source),
                            Some(t),
                            act.code,
                            head,
                            &rule,
                            Some(Factuality::Asserted),
                            0.5,
                            None,
                        )
                    })
                    .collect();
                let events =
                    speech::dated_by_attribution(events, &context_tree, according, ctx.date);
                coded.push((head, events));
            }
        }
        // In sentence order; one event per (source, target, code).
        coded.sort_by_key(|c| c.0);
        if self.options.drop_reporting_statements {
            drop_reporting_statements(&context_tree, &mut coded);
        }
        if self.options.news {
            one_protest_per_protester(&mut coded);
        }
        let mut seen: HashSet<(String, String, String)> = HashSet::new();
        let code_of = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
        coded
            .into_iter()
            .flat_map(|(_, events)| events)
            .filter(|e| {
                seen.insert((
                    code_of(&e.source).unwrap_or_default(),
                    code_of(&e.target).unwrap_or_default(),
                    e.cameo.clone().unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// "sent a message to President Assad thanking him": an object pronoun
    /// (him, her) is the nearest person named before it in its sentence
    /// outside the verb's subject (a pronoun object is never its own
    /// clause's subject).
    fn object_pronoun_antecedent(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
        subject: Option<usize>,
    ) -> Option<Vec<Actor>> {
        // News: "expelled two diplomats, accusing them of spying": the
        // object of the clause the pronoun's participle or conjunct goes on
        // from (`src/shared.rs`).
        if let Some(o) = shared::object_of_linked_clause(tree, n).filter(|_| self.options.news) {
            let found = self.actors_with_conj(tree, hits, o);
            if !found.is_empty() {
                return Some(found);
            }
        }
        if !matches!(tree.words[n].form.to_lowercase().as_str(), "him" | "her") {
            return None;
        }
        let in_subject: Vec<usize> = subject
            .map(|s| tree.subtree(s, &|_| false))
            .unwrap_or_default();
        hits.iter()
            .rev()
            .filter(|h| h.start() + h.len() <= n)
            .filter(
                |h| matches!(h, PhraseHit::Actor(m) if m.code.is_some_and(|c| c.code.len() > 3)),
            )
            .filter(|h| (h.start()..h.start() + h.len()).all(|i| is_name_word(&tree.words[i])))
            .find(|h| in_subject.binary_search(&h.start()).is_err())
            .map(|h| {
                let node = phrase_node(tree, h.start(), h.start() + h.len() - 1);
                self.actor_of(tree, hits, node)
            })
            .filter(|a| !a.is_empty())
    }

    /// The country of the possessor of an actor named by a possessive
    /// pronoun and a role ("its envoy", "their foreign minister"): the
    /// subject of the clause that reports or governs the actor's clause,
    /// else the most recent non-person actor of the article.
    fn possessor_country(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        actor: &Actor,
        antecedents: &[Antecedent],
    ) -> Option<String> {
        let node = phrase_node(tree, actor.first, actor.last);
        let possessive = tree.children[node].iter().any(|&c| {
            tree.words[c].xpos == "PRP$"
                && matches!(tree.words[c].form.to_lowercase().as_str(), "its" | "their")
        });
        if !possessive {
            return None;
        }
        let mut cur = tree.heads[node]?;
        for _ in 0..4 {
            let Some(up) = tree.heads[cur] else { break };
            if let Some(s) = tree.child_with(up, |r| r == "nsubj" || r == "nsubj:pass") {
                if s != node {
                    let found = self.actors_in_context(tree, hits, s, antecedents);
                    // The subject is the possessor, known or not.
                    return found
                        .iter()
                        .find(|a| is_country_code(&a.code))
                        .map(|a| root_of(&a.code).to_string());
                }
            }
            cur = up;
        }
        antecedents
            .iter()
            .rev()
            .find(|a| !a.person && is_country_code(&a.code))
            .map(|a| root_of(&a.code).to_string())
    }

    /// `--explain`: the sentence, its parse and its dictionary hits.
    fn explain_parse(&self, ctx: &SentenceContext<'_>, tree: &Tree<'_>, hits: &[PhraseHit<'_>]) {
        eprintln!("[{} #{}] {}", ctx.article_id, ctx.sentence_index, ctx.text);
        let parse: Vec<String> = tree
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| format!("{}:{}/{}<-{}:{}", i + 1, w.form, w.xpos, w.head, w.deprel))
            .collect();
        eprintln!("  parse: {}", parse.join(" "));
        let found: Vec<String> = hits
            .iter()
            .filter(|h| !h.is_empty())
            .map(|h| {
                let words: Vec<&str> = (h.start()..(h.start() + h.len()).min(tree.words.len()))
                    .map(|i| tree.words[i].form.as_str())
                    .collect();
                format!("\"{}\"={}", words.join(" "), h.describe())
            })
            .collect();
        eprintln!("  dictionary: {}", found.join(" "));
    }

    /// `--explain`: why a candidate event is not emitted.
    fn explain_drop(&self, source: Option<&Actor>, target: Option<&Actor>, code: &str, why: &str) {
        if self.options.explain {
            let code_of = |a: Option<&Actor>| a.map_or("-", |a| a.code.as_str()).to_string();
            eprintln!(
                "    dropped {} -> {} {}: {}",
                code_of(source),
                code_of(target),
                code,
                why
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
        tree: &Tree<'_>,
        source: Option<&Actor>,
        target: Option<&Actor>,
        code: &str,
        verb: usize,
        rule: &str,
        factuality: Option<Factuality>,
        confidence: f64,
        compound_id: Option<String>,
    ) -> Event {
        let span = |first: usize, last: usize| -> Option<[usize; 2]> {
            let a = ctx.token_spans.get(first)?;
            let b = ctx.token_spans.get(last)?;
            Some([a.0, b.1])
        };
        let text_of = |a: &Actor| -> String {
            tree.words[a.first..=a.last]
                .iter()
                .map(|w| w.form.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let info = self.tables.describe(code);
        let mut event = Event {
            article_id: ctx.article_id.to_string(),
            sentence_index: ctx.sentence_index,
            sentence: ctx.text.to_string(),
            offsets: Offsets {
                source: source.and_then(|a| span(a.first, a.last)),
                target: target.and_then(|a| span(a.first, a.last)),
                action: span(verb, verb),
            },
            date: ctx.date.map(|d| d.format("%Y-%m-%d").to_string()),
            date_basis: ctx.date.map(|_| "publication date".to_string()),
            source: source.map(|a| ActorRef::from_code(&a.code, Some(text_of(a)))),
            target: target.map(|a| ActorRef::from_code(&a.code, Some(text_of(a)))),
            cameo: Some(code.to_string()),
            factuality,
            confidence: Some((confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0),
            rule: Some(rule.to_string()),
            compound_id,
            ..Default::default()
        };
        event.attribution = dyad_context::attribution(context_tree, verb).map(|a| a.text);
        if event.factuality == Some(Factuality::Asserted)
            && speech::according_to_a_party(context_tree, verb, source.map(|a| (a.first, a.last)))
        {
            event.factuality = Some(Factuality::Reported);
        }
        if let Some(publication) = ctx.date {
            let resolved = dyad_context::event_date(context_tree, verb, publication);
            event.date = resolved.date.map(|d| d.to_string());
            event.date_basis = Some(resolved.basis);
        }
        if let Some(info) = info {
            event.root = Some(info.root.clone());
            event.quad_class = Some(info.quad_class);
            event.goldstein = info.goldstein;
            event.plover = info.plover.clone();
        }
        event.location = self.location(ctx, context_tree, verb, &event);
        event.with_id()
    }

    /// Where the event happened: a place its clause names (see
    /// `dyad_context::location_with`), else, for a physical act between two
    /// actors of one country (protest, coercion, assault, fighting, roots
    /// 14–20), that country: "police arrested protesters" happens where both
    /// are.
    fn location(
        &self,
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
        verb: usize,
        event: &Event,
    ) -> Option<dyad_event::Location> {
        let gazetteer = dyad_geo::Gazetteer::embedded();
        // "the Syrian capital": a nationality adjective is an actor phrase
        // whose code is a bare country.
        let country_of_adjective = |words: &str| -> Option<String> {
            let upper: Vec<String> = words.split(' ').map(str::to_uppercase).collect();
            let found = self.dicts.actors.longest_match(&upper, 0, ctx.date)?;
            let code = found.code?.code;
            (found.len == upper.len() && code.len() == 3).then(|| code.to_string())
        };
        let as_location = |place: &dyad_geo::Place, basis: String| dyad_event::Location {
            name: Some(place.name.clone()),
            country: Some(place.country.clone()),
            lat: Some(place.lat),
            lon: Some(place.lon),
            basis: Some(basis),
        };
        if let Some(found) =
            dyad_context::location_with(context_tree, verb, gazetteer, &country_of_adjective)
        {
            return Some(as_location(found.place, found.basis));
        }
        // Roots 14–20 are CAMEO's material conflict, quad class 4.
        let physical = event.quad_class == Some(4);
        let country_of = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.country.clone());
        match (country_of(&event.source), country_of(&event.target)) {
            (Some(s), Some(t)) if physical && s == t => {
                let place = gazetteer.country(&s)?;
                Some(as_location(place, format!("domestic act in {s}")))
            }
            _ => None,
        }
    }

    /// The country of the place the clause of `verb` puts its act in ("was
    /// arrested in Cairo"), for the authorities an agentless act implies.
    fn place_country(
        &self,
        ctx: &SentenceContext<'_>,
        context_tree: &dyad_context::Tree<'_>,
        verb: usize,
    ) -> Option<String> {
        let gazetteer = dyad_geo::Gazetteer::embedded();
        let country_of_adjective = |words: &str| -> Option<String> {
            let upper: Vec<String> = words.split(' ').map(str::to_uppercase).collect();
            let found = self.dicts.actors.longest_match(&upper, 0, ctx.date)?;
            let code = found.code?.code;
            (found.len == upper.len() && code.len() == 3).then(|| code.to_string())
        };
        dyad_context::location_with(context_tree, verb, gazetteer, &country_of_adjective)
            .map(|found| found.place.country.clone())
    }

    /// The actors an act noun's own modifiers name as its doer: "a Taliban
    /// attack", "Russian shelling", "Israel's strikes", "an attack by
    /// jihadists". A place name says where, not who ("a Kabul car
    /// bombing"); phrases of target or topic ("an attack on Kabul") are not
    /// read.
    fn act_noun_doers(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], n: usize) -> Vec<Actor> {
        let gazetteer = dyad_geo::Gazetteer::embedded();
        let mut out: Vec<Actor> = Vec::new();
        for &c in &tree.children[n] {
            let modifier = matches!(tree.base_rel(c), "amod" | "compound")
                || tree.rel(c) == "nmod:poss"
                || (tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("BY"));
            let place = tree.base_rel(c) == "compound"
                && tree.words[c].upos == "PROPN"
                && gazetteer
                    .lookup(&tree.words[c].form, None)
                    .is_some_and(|p| p.feature != dyad_geo::Feature::Country);
            if !modifier || place {
                continue;
            }
            for a in self.actors_with_conj(tree, hits, c) {
                if !out.iter().any(|o| o.code == a.code) {
                    out.push(a);
                }
            }
        }
        out
    }

    /// The *from* phrase of `verb`, if any, and the country it names
    /// ("expelled from the Netherlands"): where a removal sends someone away
    /// from. `Some(None)`: a phrase naming no country ("expelled from the
    /// party").
    fn removal_country(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        verb: usize,
    ) -> Option<Option<String>> {
        let phrase = tree.children[verb]
            .iter()
            .copied()
            .find(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("FROM"))?;
        // A country itself, not an organisation of one ("the party").
        let country = self
            .actors_with_conj(tree, hits, phrase)
            .iter()
            .find(|a| a.code.len() == 3 && is_country_code(&a.code))
            .map(|a| a.code.clone());
        Some(country)
    }

    /// Look the verb up and choose its code.
    fn predicate(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        phrases: &[(usize, usize)],
        v: usize,
    ) -> Option<Predicate<'d>> {
        let verbs = &self.dicts.verbs;
        let form = &tree.upper[v];
        let lemma = &tree.upper_lemma[v];
        let mut refs: Vec<_> = verbs.lookup(form).to_vec();
        if refs.is_empty() && lemma != form {
            refs = verbs.lookup(lemma).to_vec();
        }
        let fitting: Vec<_> = refs
            .into_iter()
            .filter(|&r| {
                let (_, _, vf) = verbs.resolve(r);
                vf.words.len() == 1 || multiword_present(tree, v, &vf.words, vf.verb_index)
            })
            .collect();
        // The verb's code comes from its first entry (see `code_entry`); patterns from every
        // block that lists it (`SHOT` may head two blocks).
        let first = code_entry(verbs, &fitting)?;
        let mut best: Option<(usize, &dyad_dict::Pattern, Vec<Binding>, dyad_dict::VerbRef)> = None;
        // The verb's clause and the sentence's noun phrases, the same for
        // every dictionary entry of the verb.
        // A subordinate clause with a subject of its own ("if the talks
        // failed") is not part of the verb's phrase either.
        let own_subject =
            |c: usize| tree.child_with(c, |r| r.starts_with("nsubj") || r.starts_with("csubj"));
        // A complement that only judges ("ruled that the suspension was
        // unlawful") is what the verb's pattern reads.
        let judgement = |c: usize| tree.base_rel(c) == "ccomp" && tree.words[c].upos == "ADJ";
        let skip_clause = |c: usize| {
            tree.base_rel(c) == "conj" && tree.is_verb(c)
                || matches!(tree.base_rel(c), "parataxis" | "punct")
                || self.options.news
                    && matches!(tree.base_rel(c), "advcl" | "ccomp")
                    && own_subject(c).is_some()
                    && !judgement(c)
        };
        let use_patterns = self.options.use_patterns && !fitting.is_empty();
        let clause = if use_patterns {
            tree.subtree(v, &skip_clause)
        } else {
            Vec::new()
        };
        let before: Vec<usize> = clause.iter().copied().filter(|&i| i < v).collect();
        let after: Vec<usize> = clause.iter().copied().filter(|&i| i > v).collect();
        let nps = if use_patterns {
            noun_phrases(tree, phrases)
        } else {
            Vec::new()
        };
        let sentence = TreeSentence {
            tree,
            phrases,
            noun_phrases: &nps,
            particles_only: self.options.news,
        };
        // News: "a coalition which was joined by Australia": the noun a
        // passive relative clause modifies is the verb's object for the
        // patterns that name only an object (`JOIN * COALITION`).
        let relative_object: Option<Vec<usize>> = tree
            .child_with(v, |r| r == "nsubj:pass")
            .filter(|&s| {
                self.options.news
                    && matches!(tree.words[s].xpos.as_str(), "WDT" | "WP")
                    && tree.rel(v).starts_with("acl")
            })
            .and_then(|_| tree.heads[v])
            .map(|n| self.core_words(tree, n));
        for &chosen in fitting.iter().filter(|_| use_patterns) {
            let (block, entry, _) = verbs.resolve(chosen);
            // A multi-word verb written as one phrase (`CORDONED_OFF`): the
            // part after the verb starts after its particle.
            let (_, _, form) = verbs.resolve(chosen);
            let trailing = form.words.len() - 1 - form.verb_index;
            let verb_last = if trailing > 0
                && (1..=trailing).all(|k| {
                    tree.upper.get(v + k).map(String::as_str)
                        == Some(form.words[form.verb_index + k].as_str())
                }) {
                v + trailing
            } else {
                v
            };
            let own_words = [
                entry.primary.words.join("_"),
                entry.primary.verb().to_string(),
            ];
            let block_verbs = self.pattern_verbs.get(chosen.block);
            let linear = self.linear.get(chosen.block);
            for (k, pattern) in block.patterns.iter().enumerate() {
                // A pattern written for another verb of the block does not apply.
                let written_for = block_verbs
                    .and_then(|b| b.get(k))
                    .and_then(|v| v.as_deref());
                if written_for.is_some_and(|w| !own_words.iter().any(|o| o == w)) {
                    continue;
                }
                // News: CAMEO.2.0 codes "met … at", "met … for talks" and
                // "met with leaders" as an intent to meet (036). News
                // reports meetings that took place with these words; a
                // meeting only intended is marked by its factuality
                // ("plans to meet"), so the verb's own code (040) applies.
                if self.options.news
                    && block.name == "MEET_PEOPLE"
                    && pattern.code.event.as_deref() == Some("036")
                {
                    continue;
                }
                let found = match linear.and_then(|l| l.get(k)).and_then(Option::as_ref) {
                    Some(lp) => pattern::match_pattern(lp, &sentence, v, verb_last, &after),
                    None => {
                        let b = self.match_side(tree, &pattern.before, &before);
                        let a = self.match_side(tree, &pattern.after, &after);
                        a.zip(b).map(|(a, b)| (a + b, Vec::new()))
                    }
                };
                let found = found.or_else(|| {
                    let object = relative_object.as_deref()?;
                    let only_object = pattern.before.nouns.is_empty()
                        && pattern.before.preps.is_empty()
                        && pattern.after.preps.is_empty();
                    if !only_object {
                        return None;
                    }
                    self.match_side(tree, &pattern.after, object)
                        .map(|score| (score, Vec::new()))
                });
                let Some((score, bindings)) = found else {
                    continue;
                };
                // `%` stands for a compound actor only.
                let compound_ok = bindings
                    .iter()
                    .filter(|b| b.marker == Marker::Compound)
                    .all(|b| {
                        let node = conj_root(tree, phrase_node(tree, b.first, b.last));
                        self.actors_with_conj(tree, hits, node).len() > 1
                    });
                if !compound_ok {
                    continue;
                }
                if score > 0 && best.as_ref().map(|b| b.0) < Some(score) {
                    best = Some((score, pattern, bindings, chosen));
                }
            }
        }
        let bindings = best.as_ref().map(|b| b.2.clone()).unwrap_or_default();
        let (block, entry, _) = verbs.resolve(best.as_ref().map_or(first, |b| b.3));
        let (code, rule, pattern_matched, preps) = match best {
            Some((_, p, _, _)) => (
                &p.code,
                format!(
                    "verb:{} pattern:{} (line {})",
                    block.name,
                    p.text.split_whitespace().collect::<Vec<_>>().join(" "),
                    p.line
                ),
                true,
                p.after
                    .preps
                    .iter()
                    .filter_map(|pp| match &pp.prep {
                        PatternTerm::Word(w) => Some(w.clone()),
                        PatternTerm::Synset(_) => None,
                    })
                    .collect(),
            ),
            // News: verbs of these blocks (give, issue, provide; lead, run,
            // control; serve, benefit; go, leave, travel; allow, pass,
            // approve) are mostly used in senses that are no interaction
            // ("issued a ruling", "is led by", "serving a sentence", "left
            // Iraq", "allowed the government to"): without a pattern and
            // without a code of the verb's own, they code nothing.
            None if self.options.news
                && entry.code.is_none()
                && VAGUE_BLOCKS.contains(&block.name.as_str()) =>
            {
                return None;
            }
            None => {
                let code = block.isolated_code(entry);
                (
                    code,
                    format!("verb:{} [{}] (line {})", block.name, code.raw, entry.line),
                    false,
                    Vec::new(),
                )
            }
        };
        if code.is_null() {
            return None;
        }
        Some(Predicate {
            code,
            rule,
            pattern_matched,
            preps,
            bindings,
            event_noun: None,
            attributed: false,
            reported: false,
        })
    }

    /// Match one side of a pattern against the clause words on that side.
    /// Returns the number of terms matched, or `None` if it does not match.
    fn match_side(&self, tree: &Tree<'_>, side: &PatternSide, words: &[usize]) -> Option<usize> {
        let mut score = 0;
        let mut pos = 0;
        for np in &side.nouns {
            let (end, n) = self.find_noun_phrase(tree, np, words, pos)?;
            pos = end;
            score += n;
        }
        let mut pos = 0;
        for pp in &side.preps {
            let p =
                (pos..words.len()).find(|&k| self.term_at(tree, &pp.prep, words, k).is_some())?;
            let mut end = p + 1;
            score += 1;
            for np in &pp.objects {
                let (e, n) = self.find_noun_phrase(tree, np, words, end)?;
                end = e;
                score += n;
            }
            pos = end;
        }
        Some(score)
    }

    /// Find a noun phrase (modifiers then head, contiguous) at or after
    /// `from`; returns the position after it and the number of terms.
    fn find_noun_phrase(
        &self,
        tree: &Tree<'_>,
        np: &dyad_dict::NounPhrase,
        words: &[usize],
        from: usize,
    ) -> Option<(usize, usize)> {
        'start: for k in from..words.len() {
            let mut at = k;
            for term in np.modifiers.iter().chain(std::iter::once(&np.head)) {
                match self.term_at(tree, term, words, at) {
                    Some(len) => at += len,
                    None => continue 'start,
                }
            }
            return Some((at, np.modifiers.len() + 1));
        }
        None
    }

    /// Does `term` match the words starting at `words[k]`? Returns how many
    /// words it covers. Word terms also match the word's lemma.
    fn term_at(
        &self,
        tree: &Tree<'_>,
        term: &PatternTerm,
        words: &[usize],
        k: usize,
    ) -> Option<usize> {
        let &i = words.get(k)?;
        match term {
            PatternTerm::Word(w) => (tree.upper[i] == *w || tree.upper_lemma[i] == *w).then_some(1),
            PatternTerm::Synset(_) => {
                let max = 4.min(words.len() - k);
                (1..=max).rev().find(|&len| {
                    let seq: Vec<&str> = words[k..k + len]
                        .iter()
                        .map(|&j| tree.upper[j].as_str())
                        .collect();
                    // Contiguous in the sentence, not only in the clause;
                    // not half of a hyphenated modifier ("war-damaged").
                    let (first, last) = (words[k], words[k + len - 1]);
                    last - first == len - 1
                        && !pattern::hyphen_joined(tree.upper.len(), first, last, |i| {
                            tree.upper[i] == "-"
                        })
                        && self.dicts.verbs.term_matches(term, &seq)
                })
            }
        }
    }

    /// Sources and targets of the verb at `v`: from the dependency tree,
    /// then overridden by what the matched pattern's markers bound.
    fn roles(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        pred: &Predicate<'_>,
        antecedents: &[Antecedent],
    ) -> Roles {
        let mut direct = true;
        let deps = effective_dependents(tree, v);
        // News: "were beaten by police and detained", "was criticised and
        // sanctioned by the United States": coordinated passives share
        // their subject and agent (`src/shared.rs`).
        let passive_subject = tree
            .child_with(v, |r| r == "nsubj:pass" || r == "csubj:pass")
            .or_else(|| {
                self.options
                    .news
                    .then(|| shared::passive_conjunct_subject(tree, v))
                    .flatten()
            });
        let agent = deps
            .iter()
            .copied()
            .find(|&c| {
                tree.rel(c) == "obl:agent"
                    || passive_subject.is_some()
                        && tree.base_rel(c) == "obl"
                        && tree.case_of(c) == Some("BY")
            })
            .or_else(|| {
                (self.options.news && passive_subject.is_some())
                    .then(|| shared::shared_agent(tree, v))
                    .flatten()
            });
        // "The US had been allied with Kurdish groups": the subject of a
        // passive of cooperation with a *with* partner and no agent is a
        // party to it, not its object.
        let cooperation = pred
            .code
            .event
            .as_deref()
            .is_some_and(|c| matches!(c.get(..2), Some("03" | "04" | "05" | "06")));
        let partner = deps
            .iter()
            .any(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("WITH"));
        let party = self.options.news && agent.is_none() && cooperation && partner;
        // News: "the sanctions imposed by the EU on Russia", "Russia,
        // accused by Ukraine of …", "a move condemned by Beijing": a passive
        // participle modifying a noun is a reduced relative clause — its
        // *by* phrase is the source, the noun its passive subject.
        let reduced = self.options.news && passive_subject.is_none() && {
            reduced_passive_agent(tree, v).is_some()
        };
        let (source_node, target_first) = if let Some(subj) = passive_subject.filter(|_| party) {
            (Some(subj), None)
        } else if let Some(subj) = passive_subject {
            (agent, Some(subj))
        } else if reduced {
            // "The deal, signed by Israel and Morocco": when the modified
            // noun names the event itself (`src/nominal.rs`), it is no
            // participant and stands for no one else.
            let noun = tree.heads[v]
                .filter(|&n| pred.event_noun != Some(n))
                .map(|n| self.modified_noun_target(tree, hits, n, pred));
            (reduced_passive_agent(tree, v), noun)
        } else {
            let subj = tree.child_with(v, |r| r == "nsubj" || r == "nsubj:outer");
            let subj = match subj {
                Some(s) => Some(s),
                None => {
                    direct = false;
                    inherited_subject(tree, v)
                }
            };
            (subj, None)
        };
        let source_node = source_node
            .and_then(|s| resolve_relative(tree, v, s))
            .map(|s| resolve_pronoun(tree, s))
            .map(|s| resolve_first_person(tree, s));
        let target_first = target_first
            .map(|s| self.relative_pronoun_target(tree, hits, v, s, pred))
            .map(|s| resolve_pronoun(tree, s));
        let mut sources = source_node
            .map(|s| self.actors_in_context(tree, hits, s, antecedents))
            .unwrap_or_default();
        // News: "The airstrike, carried out by Israeli jets, killed five
        // soldiers": an act's author, named by its own relative clause or
        // participle, does what the act does.
        if self.options.news && sources.is_empty() {
            if let Some(s) = source_node.filter(|&s| tree.rel(s) == "nsubj") {
                sources = self.relative_clause_author(tree, hits, s);
            }
        }
        // A parser may split one subject into two ("Bree | Prime Minister
        // Romendacil clashed"): adjacent subjects without a conjunction are
        // one phrase; otherwise each is an actor.
        // The verb owning the subject: `v`, or the verb it inherits its
        // subject from.
        let owner = source_node
            .filter(|&s| tree.rel(s) == "nsubj")
            .and_then(|s| tree.heads[s])
            .unwrap_or(v);
        let subjects: Vec<usize> = tree.children[owner]
            .iter()
            .copied()
            .filter(|&c| tree.rel(c) == "nsubj")
            .collect();
        if subjects.len() > 1 && passive_subject.is_none() {
            let spans: Vec<Vec<usize>> = subjects
                .iter()
                .map(|&n| tree.subtree(n, &|_| false))
                .collect();
            let contiguous = spans
                .windows(2)
                .all(|w| w[0].last().map(|l| l + 1) == w[1].first().copied());
            let coordinated = subjects
                .iter()
                .any(|&n| tree.children[n].iter().any(|&c| tree.base_rel(c) == "conj"));
            let mut merged = None;
            if contiguous && !coordinated {
                let mut words: Vec<usize> = subjects
                    .iter()
                    .flat_map(|&n| self.core_words(tree, n))
                    .collect();
                words.sort_unstable();
                merged = self.actor_from_words(tree, hits, &words);
            }
            match merged {
                Some(m) => sources = split_compound_code(m),
                None => {
                    for &extra in &subjects[1..] {
                        for a in self.actors_with_conj(tree, hits, extra) {
                            if !sources.iter().any(|s| s.code == a.code) {
                                sources.push(a);
                            }
                        }
                    }
                }
            }
        }
        let mut candidates: Vec<usize> = Vec::new();
        candidates.extend(target_first);
        // News: "recalled its ambassador from Saudi Arabia", "closed its
        // embassy in Syria", "handed over control of the city to the army":
        // the preposition the pattern names often hangs on the object (or
        // a noun below it), not on the verb. When no phrase of the verb
        // has it, the object's phrase with it names the target, before the
        // object itself (often the source's own envoy or embassy).
        if self.options.news && !pred.preps.is_empty() {
            let named_prep = |c: usize| {
                tree.case_of(c)
                    .is_some_and(|p| pred.preps.iter().any(|q| q == p))
            };
            let on_verb = deps
                .iter()
                .any(|&c| tree.base_rel(c) == "obl" && named_prep(c));
            if !on_verb {
                for &o in deps.iter().filter(|&&c| tree.rel(c) == "obj") {
                    candidates.extend(noun_modifiers(tree, o).filter(|&c| named_prep(c)));
                }
            }
        }
        // "a policy …, which the United Nations criticised": a relative
        // object stands for what its clause modifies, as a relative passive
        // subject does.
        candidates.extend(
            deps.iter()
                .copied()
                .filter(|&c| tree.rel(c) == "obj")
                .map(|c| self.relative_pronoun_target(tree, hits, v, c, pred)),
        );
        // News: "marched in Baghdad", "talks in Geneva": a place in a
        // locative phrase is where it happened, not whom it was done to —
        // except for force ("strikes in Syria").
        let force = pred
            .code
            .event
            .as_deref()
            .is_some_and(|c| matches!(c.get(..2), Some("15" | "17" | "18" | "19" | "20")));
        // News: "police detained opposition activists in Moscow", "soldiers
        // beat protesters in Khartoum", "journalists were detained in
        // Istanbul": when the object (or passive subject) names the people
        // acted on (a role without a country, which news mode completes),
        // the place is where it happened, force or not.
        let people_object = force
            && self.options.news
            && deps.iter().any(|&c| {
                let acted_on = self.actors_with_conj(tree, hits, c);
                matches!(tree.rel(c), "obj" | "nsubj:pass")
                    && !acted_on.is_empty()
                    && acted_on.iter().all(|a| {
                        !a.has_country
                            && a.code.get(3..6).is_some_and(|r| PEOPLE_ROLES.contains(&r))
                    })
            });
        let locative = |c: usize| {
            self.options.news
                && (!force || people_object)
                && matches!(
                    tree.case_of(c),
                    Some("IN" | "INSIDE" | "THROUGHOUT" | "ACROSS" | "NEAR" | "AROUND" | "OUTSIDE")
                )
                && matches!(tree.words[c].upos.as_str(), "PROPN")
                && !pred
                    .preps
                    .iter()
                    .any(|p| Some(p.as_str()) == tree.case_of(c))
        };
        // News: "sentenced to 73 months in federal prison", "arrested at
        // his school", "sentenced in criminal court": a building or
        // institution named as the place of the act (force included) is
        // not whom it was done to, unless the pattern names the preposition.
        let venue = |c: usize| {
            self.options.news
                && matches!(tree.case_of(c), Some("IN" | "AT" | "INSIDE"))
                && VENUE_NOUNS.contains(&tree.lemma_lower(c).as_str())
                && !pred
                    .preps
                    .iter()
                    .any(|p| Some(p.as_str()) == tree.case_of(c))
        };
        // News: "met Assad to discuss efforts to counter militants",
        // "debated the bill in parliament": one discusses or debates
        // *with* a partner; any other prepositional phrase of these verbs
        // names a topic, a time or a place.
        let topic = |c: usize| {
            self.options.news
                && matches!(tree.lemma_lower(v).as_str(), "discuss" | "debate")
                && tree.case_of(c) != Some("WITH")
        };
        // News: "resigned as defence minister", "pledged to resign as
        // president": an as-phrase names the role the subject holds or
        // takes, not whom the act is done to, unless the pattern names AS.
        let role = |c: usize| {
            self.options.news
                && tree.case_of(c) == Some("AS")
                && !pred.preps.iter().any(|p| p == "AS")
        };
        let obls: Vec<usize> = deps
            .iter()
            .copied()
            .filter(|&c| {
                tree.base_rel(c) == "obl"
                    && Some(c) != agent
                    && !locative(c)
                    && !venue(c)
                    && !topic(c)
                    && !role(c)
            })
            .filter(|&c| !is_circumstance(tree, c))
            .collect();
        // Prepositional objects named by the pattern first.
        candidates.extend(obls.iter().copied().filter(|&c| {
            tree.case_of(c)
                .is_some_and(|p| pred.preps.iter().any(|q| q == p))
        }));
        candidates.extend(obls.iter().copied());
        candidates.extend(deps.iter().copied().filter(|&c| tree.rel(c) == "iobj"));
        for c in candidates.iter_mut() {
            *c = resolve_first_person(tree, *c);
        }
        candidates.retain(|&c| source_node != Some(c));
        // The event noun's own words are no participant; its prepositional
        // modifiers may be (below).
        let found: Vec<Vec<Actor>> = candidates
            .iter()
            .filter(|&&c| pred.event_noun != Some(c))
            .map(
                |&c| match self.object_pronoun_antecedent(tree, hits, c, source_node) {
                    Some(a) => a,
                    None => {
                        let found = self.actors_in_context(tree, hits, c, antecedents);
                        // News: "attacked a police station", "abducted 30
                        // schoolgirls": the attacked place's holder or the
                        // country's civilians (`src/violence.rs`).
                        let attacked = found.is_empty()
                            && self.options.news
                            && tree.rel(c) == "obj"
                            && pred.code.event.as_deref().is_some_and(claimed::is_force);
                        match attacked
                            .then(|| self.attacked_target(tree, hits, c))
                            .flatten()
                        {
                            Some(t) => vec![t],
                            None => found,
                        }
                    }
                },
            )
            .collect();
        // News: "fired artillery at North Korea", "sent troops to Syria": an
        // object that is only a role without a country (weapons, troops)
        // yields to a later phrase that names a country. A legislature or
        // court as the direct object is a party even without its country
        // ("the Queen suspended parliament, per request of the Prime
        // Minister"): news mode gives it the article's.
        let named = |t: &Vec<Actor>| t.iter().any(|a| a.has_country);
        let institution = |(c, t): &(&usize, &Vec<Actor>)| {
            self.options.news
                && tree.rel(**c) == "obj"
                && !t.is_empty()
                && t.iter().all(|a| is_domestic_institution(&a.code))
        };
        let object_institution = candidates
            .iter()
            .filter(|&&c| pred.event_noun != Some(c))
            .zip(found.iter())
            .find(institution)
            .map(|(_, t)| t);
        let mut targets = object_institution
            .or_else(|| {
                found
                    .iter()
                    .find(|t| named(t) || !self.options.news && !t.is_empty())
            })
            .or_else(|| found.iter().find(|t| !t.is_empty()))
            .cloned()
            .unwrap_or_default();
        let mut complement = None;
        if targets.is_empty() {
            // "Arnor believes Dagolath can cope": the subject of a
            // complement clause is what the clause is about.
            // Only a complement after the verb: in "X did Y, an official
            // said" the clause is reported speech, not what was said about.
            for &c in &tree.children[v] {
                if tree.base_rel(c) != "ccomp" || c < v {
                    continue;
                }
                if let Some(s) = tree.child_with(c, |r| r == "nsubj" || r == "nsubj:pass") {
                    targets = self.actors_with_conj(tree, hits, resolve_pronoun(tree, s));
                    if !targets.is_empty() {
                        complement = Some(c);
                        break;
                    }
                }
            }
        }
        if targets.is_empty() {
            // An object without an actor: look in its prepositional
            // modifiers ("the independence of Abkhazia").
            let force =
                self.options.news && pred.code.event.as_deref().is_some_and(claimed::is_force);
            for &c in &candidates {
                // News: "attacked a police station in Nigeria", "shelled
                // rebel positions": the place's holder, not its country
                // (`src/violence.rs`).
                if let Some(t) = force.then(|| self.attacked_target(tree, hits, c)).flatten() {
                    targets = vec![t];
                    break;
                }
                targets = self.actors_below(tree, hits, c);
                // News: "signed a peace agreement in Jeddah", "a meeting in
                // Moscow": a place named in the object's locative phrase is
                // where the act happened, as a locative phrase of the verb
                // is (above). Only for meetings and cooperation: force
                // ("strikes in Syria") and appeals ("called for an end to
                // the fighting in Yemen") are aimed at who is there.
                let meeting_or_cooperation = pred
                    .code
                    .event
                    .as_deref()
                    .is_some_and(|c| matches!(c.get(..2), Some("04" | "05" | "06")));
                if self.options.news
                    && meeting_or_cooperation
                    && !pred.preps.iter().any(|p| p == "IN" || p == "AT")
                    && targets.iter().all(|t| in_locative_phrase(tree, t.first, c))
                {
                    targets.clear();
                }
                if !targets.is_empty() {
                    break;
                }
            }
        }

        // Pattern markers name the roles outright.
        let bound = |m: Marker| pred.bindings.iter().find(|b| b.marker == m);
        let bound_actors = |b: &Binding| {
            let node = phrase_node(tree, b.first, b.last);
            self.actors_with_conj(tree, hits, node)
        };
        let (bound_source, bound_target) = (bound(Marker::Source), bound(Marker::Target));
        let mut new_sources = bound_source.map(bound_actors);
        let mut new_targets = bound_target.map(bound_actors);
        // News: "blamed Iran for the attack on Saudi oil facilities": a
        // target bound inside the *for* phrase of a verb whose direct
        // object names an actor is what the object is blamed (or thanked,
        // praised) for; the object is the target (`src/violence.rs`).
        if let Some(b) = bound_target.filter(|_| self.options.news) {
            if let Some(object) = self.blamed_object(tree, hits, v, b.first) {
                new_targets = Some(object);
            }
        }
        // News: "claimed the bombing of a hotel": the attacked place bound
        // as the target names its holder (`src/violence.rs`).
        if let Some(b) = bound_target.filter(|_| {
            self.options.news
                && new_targets.as_ref().is_some_and(|t| t.is_empty())
                && pred.code.event.as_deref().is_some_and(claimed::is_force)
        }) {
            let node = phrase_node(tree, b.first, b.last);
            if let Some(t) = self.attacked_target(tree, hits, node) {
                new_targets = Some(vec![t]);
            }
        }
        if let Some(c) = bound(Marker::Compound) {
            let node = conj_root(tree, phrase_node(tree, c.first, c.last));
            let actors = self.actors_with_conj(tree, hits, node);
            if c.first < v {
                new_sources = Some(actors);
            } else {
                new_targets = Some(actors);
            }
        }
        // `+ *`: the target stands where the source usually is, so the
        // source is the other participant; `* $` likewise.
        if new_sources.is_none() && bound_target.is_some_and(|b| b.first < v) {
            new_sources = Some(targets.clone());
        }
        if new_targets.is_none() && bound_source.is_some_and(|b| b.first > v) {
            new_targets = Some(sources.clone());
        }
        if let Some(s) = new_sources {
            sources = s;
            direct = false;
        }
        if let Some(t) = new_targets {
            targets = t;
            complement = None;
        }
        // News: "arrived in Washington for a state visit", "travelled to
        // Beijing for talks on trade": a visit (042) is made to the place
        // the visitor went to, named in or to.
        if self.options.news
            && targets.is_empty()
            && pred
                .code
                .event
                .as_deref()
                .is_some_and(|c| c.starts_with("042"))
        {
            if let Some(c) = deps.iter().copied().find(|&c| {
                matches!(tree.case_of(c), Some("IN" | "TO")) && tree.words[c].upos == "PROPN"
            }) {
                targets = self.actors_with_conj(tree, hits, c);
            }
        }
        // News: "Turkish President Recep Tayyip Erdoğan" may yield `TUR`
        // beside `TURGOV`: the bare country adds nothing.
        if self.options.news {
            for side in [&mut sources, &mut targets] {
                let codes: Vec<String> = side.iter().map(|a| a.code.clone()).collect();
                side.retain(|a| {
                    a.code.len() != 3
                        || !codes
                            .iter()
                            .any(|c| c.len() > 3 && c.starts_with(a.code.as_str()))
                });
            }
        }
        if targets
            .iter()
            .any(|t| sources.iter().any(|s| s.code == t.code))
        {
            targets.retain(|t| !sources.iter().any(|s| s.code == t.code));
        }
        Roles {
            sources,
            targets,
            complement,
            // News: "a coalition which was joined by Australia, Bahrain
            // and Saudi Arabia": a passive's agents are not acting on each
            // other.
            // Acts mutual by their code ("the agreement was signed by
            // Israel and Morocco", `057:057`) are done by the agents
            // together, each with the others.
            no_reciprocal: self.options.news
                && passive_subject.is_some()
                && !(pred.code.event.is_some() && pred.code.reverse == pred.code.event),
            direct,
        }
    }

    /// News: the relative pronoun subject of a passive relative clause (or
    /// object of an active one) stands for the noun the clause modifies:
    /// that noun when it names an actor ("Iran, which was criticized by
    /// …"); else, for an act or a thing, its author or owner: the
    /// possessor ("Russia's annexation of Crimea, which was condemned by
    /// …"), else the subject of the clause the noun belongs to ("Rebels launched an attack on Saudi Arabia,
    /// which was condemned by Egypt": the rebels; "the United States
    /// announced a coalition which was joined by Australia": the United
    /// States). An act's author only for a reaction to the act (praise,
    /// criticism, rejection, protest): "the sanctions that Russia imposed"
    /// are not imposed on their author. A thing's owner only when a verb
    /// pattern said what doing it to the thing means (`JOIN * COALITION`):
    /// "the ship, which was boarded by …" is not done to the ship's owner.
    /// Other subjects are returned unchanged.
    fn relative_pronoun_target(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        subject: usize,
        pred: &Predicate<'_>,
    ) -> usize {
        let relative = matches!(tree.words[subject].xpos.as_str(), "WDT" | "WP");
        if !self.options.news || !relative || !tree.rel(v).starts_with("acl") {
            return subject;
        }
        let Some(noun) = tree.heads[v] else {
            return subject;
        };
        self.modified_noun_target(tree, hits, noun, pred)
    }

    /// What a relative or participial clause does to the noun it modifies
    /// (`noun`): see [`Coder::relative_pronoun_target`].
    fn modified_noun_target(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        noun: usize,
        pred: &Predicate<'_>,
    ) -> usize {
        let named = |n: usize| {
            self.actors_with_conj(tree, hits, n)
                .iter()
                .any(|a| a.has_country)
        };
        let act = is_act_noun(&tree.lemma_lower(noun));
        let reaction = pred
            .code
            .event
            .as_deref()
            .is_some_and(|c| matches!(root_of(c).get(..2), Some("05" | "11" | "12" | "14")));
        // "Israel and Hamas agreed to an exchange mediated by Qatar": a
        // mediator acts between the parties to what it mediated.
        let mediation = pred
            .code
            .event
            .as_deref()
            .is_some_and(|c| c.starts_with("045"));
        if let Some(s) = governing_subject(tree, noun).filter(|&s| mediation && named(s)) {
            return s;
        }
        if !act && named(noun) || act && !reaction {
            return noun;
        }
        if let Some(p) = tree
            .child_with(noun, |r| r == "nmod:poss")
            .filter(|&p| named(p))
        {
            return p;
        }
        if !act && !pred.pattern_matched {
            return noun;
        }
        governing_subject(tree, noun)
            .filter(|&s| named(s))
            .unwrap_or(noun)
    }

    /// The author of the request a yield or rejection at `v` answers, named
    /// with it: "did not accede to the protesters' demands", "turned down
    /// a request from Britain", "rejected the offer by the rebels".
    fn asker_of_request(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        sources: &[Actor],
    ) -> Vec<Actor> {
        let requests = tree.children[v].iter().copied().filter(|&c| {
            matches!(tree.base_rel(c), "obj" | "obl" | "nsubj")
                && tree.rel(c) != "nsubj"
                && REQUEST_NOUNS.contains(&tree.lemma_lower(c).as_str())
        });
        for n in requests {
            let author = tree.children[n].iter().copied().find(|&c| {
                tree.rel(c) == "nmod:poss"
                    || tree.base_rel(c) == "nmod"
                        && matches!(tree.case_of(c), Some("OF" | "FROM" | "BY"))
            });
            let Some(author) = author else { continue };
            let mut found = self.actors_with_conj(tree, hits, author);
            found.retain(|a| !sources.iter().any(|s| s.code == a.code));
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// An ask a copular sentence states ("The withdrawal of the bill was a
    /// key demand of the opposition", "This was one of the demands of the
    /// protesters", "The protesters' main demand is his resignation"): its
    /// author (the request noun's possessor or *of*/*from*/*by* phrase) and
    /// what it asks for — the other side of the copula, or, for a
    /// demonstrative ("This was …"), what the yields or refusals of the
    /// sentence before gave that no ask answered yet.
    fn stated_ask(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        ctx: &SentenceContext<'_>,
        countries: &[(usize, usize, String)],
        ledger: &AskLedger,
    ) -> Option<StatedAsk> {
        let root = (0..tree.words.len()).find(|&i| tree.heads[i].is_none())?;
        // "Protesters' demands include the release of …", "their demands
        // have expanded to …": a list of demands, stated with a verb.
        let listed = tree.is_verb(root)
            && matches!(
                tree.lemma_lower(root).as_str(),
                "include" | "expand" | "widen" | "grow"
            );
        if !listed {
            tree.child_with(root, |r| r == "cop")?;
        }
        let kind = |n: usize| match tree.lemma_lower(n).as_str() {
            "demand" | "ultimatum" => Some(10),
            "call" | "appeal" | "request" | "plea" => Some(2),
            _ => None,
        };
        // "Protesters' demands include …" may come parsed with two
        // subjects (the plural possessor an `nsubj` of its own): the
        // request noun is the one a list is about.
        let subject = if listed {
            tree.children[root]
                .iter()
                .copied()
                .find(|&c| tree.rel(c) == "nsubj" && kind(c).is_some())?
        } else {
            tree.child_with(root, |r| r == "nsubj")?
        };
        // "one of the demands of …"
        let one_of = (tree.lemma_lower(root) == "one")
            .then(|| {
                tree.children[root]
                    .iter()
                    .copied()
                    .find(|&c| tree.base_rel(c) == "nmod" && kind(c).is_some())
            })
            .flatten();
        let (request, content_node) = if listed {
            kind(subject)?;
            // "include the release of …", "have included dissolving
            // Parliament", "expanded to complete dismissal of the bill".
            let content = tree
                .child_with(root, |r| matches!(r, "obj" | "xcomp" | "ccomp"))
                .or_else(|| {
                    tree.children[root]
                        .iter()
                        .copied()
                        .find(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("TO"))
                })?;
            (subject, content)
        } else if kind(root).is_some() {
            (root, subject)
        } else if let Some(n) = one_of {
            (n, subject)
        } else if kind(subject).is_some() {
            (subject, root)
        } else {
            return None;
        };
        // The possessor, or (that parse) the noun right before the request
        // noun with a possessive marker of its own.
        let marked_possessor = request.checked_sub(2).filter(|&p| {
            tree.words[p + 1].xpos == "POS"
                && tree.heads[p + 1] == Some(p)
                && tree.heads[p] == tree.heads[request]
        });
        let author = tree.children[request]
            .iter()
            .copied()
            .find(|&c| {
                tree.rel(c) == "nmod:poss"
                    || tree.base_rel(c) == "nmod"
                        && matches!(tree.case_of(c), Some("OF" | "FROM" | "BY"))
            })
            .or(marked_possessor)?;
        // "Protesters marched in Baghdad. Their demands …": the group the
        // pronoun stands for — the latest source of an event, else actor
        // named, that is a group outside the state (only such demands are
        // coded, see `listed_demands_addressee`) — not the place named last.
        let authors = if is_personal_pronoun(tree, author) {
            let events = ctx.recent_events.iter().rev().map(|(s, _, _)| s);
            let named = ctx.antecedents.iter().rev().filter(|a| !a.person);
            events
                .chain(named.map(|a| &a.code))
                .find(|code| is_country_code(code) && non_state_group(code))
                .map(|code| Actor::inferred(code.clone(), author, author, None))
                .into_iter()
                .collect()
        } else {
            self.actors_with_conj(tree, hits, author)
        };
        let mut source = authors.into_iter().next()?;
        resolve_country(&mut source, countries, ctx.article_country);
        if !has_known_root(&source.code) {
            return None;
        }
        let demonstrative = matches!(
            tree.words[content_node].form.to_lowercase().as_str(),
            "this" | "that" | "it"
        );
        let before: Vec<&Unanswered> = ledger
            .unanswered
            .iter()
            .filter(|u| demonstrative && u.sentence + 1 == ctx.sentence_index)
            .collect();
        let addressee = before.first().and_then(|u| u.sources.first().cloned());
        let mut content: Vec<String> = if demonstrative {
            before
                .iter()
                .flat_map(|u| u.content.iter().cloned())
                .collect()
        } else {
            content_lemmas(tree, content_node)
        };
        content.sort();
        content.dedup();
        if content.is_empty() {
            return None;
        }
        let ask = Ask {
            source: source.code.clone(),
            root: kind(request)?,
            targets: Vec::new(),
            sentence: ctx.sentence_index,
            content,
        };
        Some(StatedAsk {
            ask,
            source,
            request,
            addressee,
            listed,
        })
    }

    /// The pressure a yield or rejection at `v` gives in to, named in an
    /// *after*, *amid*, *following* or *under* phrase ("resigned after
    /// weeks of protests by students", "under pressure from the United
    /// States"): the pressure noun and its authors (empty when it names
    /// none).
    fn pressure_behind(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        v: usize,
        sources: &[Actor],
    ) -> Option<(usize, Vec<Actor>)> {
        // "dropped the plan following the protests": also attached to the
        // object by the parser.
        let object = tree.child_with(v, |r| r == "obj");
        let attached = tree.children[v].iter().chain(
            object
                .map(|o| tree.children[o].as_slice())
                .unwrap_or_default(),
        );
        let phrases = attached.copied().filter(|&c| {
            matches!(tree.base_rel(c), "obl" | "nmod")
                && matches!(
                    tree.case_of(c),
                    Some("AFTER" | "AMID" | "AMIDST" | "FOLLOWING" | "UNDER")
                )
        });
        for phrase in phrases {
            // "weeks of protests": the noun the phrase's *of* complement
            // names.
            let nouns = std::iter::once(phrase).chain(
                tree.children[phrase]
                    .iter()
                    .copied()
                    .filter(|&c| tree.base_rel(c) == "nmod" && tree.case_of(c) == Some("OF")),
            );
            for n in nouns {
                if !PRESSURE_NOUNS.contains(&tree.lemma_lower(n).as_str()) {
                    continue;
                }
                let mut named: Vec<Actor> = tree.children[n]
                    .iter()
                    .copied()
                    .filter(|&c| {
                        tree.rel(c) == "nmod:poss"
                            || tree.base_rel(c) == "compound"
                            || tree.base_rel(c) == "nmod"
                                && matches!(tree.case_of(c), Some("OF" | "BY" | "FROM"))
                    })
                    .flat_map(|c| self.actors_with_conj(tree, hits, c))
                    .collect();
                named.retain(|a| !sources.iter().any(|s| s.code == a.code));
                return Some((n, named));
            }
        }
        None
    }

    /// The author of the act noun `n` named by its relative clause: the
    /// subject of a clause whose object is the relative pronoun ("the
    /// sanctions that Russia imposed", "the decision which the court
    /// made"). Empty for other nouns.
    fn relative_clause_author(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Vec<Actor> {
        if !is_act_noun(&tree.lemma_lower(n)) {
            return Vec::new();
        }
        let relative = |c: usize, rel: &str| {
            tree.child_with(c, |r| r == rel)
                .is_some_and(|o| matches!(tree.words[o].xpos.as_str(), "WDT" | "WP"))
        };
        // "the airstrike, which was carried out by Israeli jets", "the
        // airstrike carried out by Israeli jets": a passive relative or
        // participle names the author in its *by* phrase.
        let author = |c: usize| match tree.rel(c) {
            "acl:relcl" if relative(c, "obj") => tree.child_with(c, |r| r == "nsubj"),
            "acl:relcl" if relative(c, "nsubj:pass") => {
                effective_dependents(tree, c).into_iter().find(|&a| {
                    tree.rel(a) == "obl:agent"
                        || tree.base_rel(a) == "obl" && tree.case_of(a) == Some("BY")
                })
            }
            "acl" => reduced_passive_agent(tree, c),
            _ => None,
        };
        tree.children[n]
            .iter()
            .copied()
            .filter_map(author)
            .map(|s| self.actors_with_conj(tree, hits, s))
            .find(|found| found.iter().any(|a| a.has_country))
            .unwrap_or_default()
    }

    /// The actors of the sentence whose code names a country, as
    /// `(first word, last word, country root)`.
    fn sentence_countries(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
    ) -> Vec<(usize, usize, String)> {
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        for h in hits.iter().filter(|h| !h.is_empty()) {
            if !matches!(h, PhraseHit::Actor(_)) {
                continue;
            }
            let last = (h.start() + h.len() - 1).min(tree.words.len() - 1);
            let node = phrase_node(tree, h.start(), last);
            // "…, according to British officials": the reporter's country
            // is not the country of the sentence's other actors.
            let mut cur = Some(node);
            let mut circumstance = false;
            for _ in 0..tree.words.len() {
                let Some(c) = cur else { break };
                circumstance |= is_circumstance(tree, c);
                cur = tree.heads[c];
            }
            if circumstance {
                continue;
            }
            for a in self.actor_of(tree, hits, node) {
                if a.has_country && is_country_code(&a.code) {
                    let entry = (a.first, a.last, root_of(&a.code).to_string());
                    if !out.contains(&entry) {
                        out.push(entry);
                    }
                }
            }
        }
        out
    }

    /// The first actors found below a node without one (breadth first,
    /// through nominal and prepositional dependents, not into clauses):
    /// "the reopening of guest houses in Bree" → Bree.
    fn actors_below(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], n: usize) -> Vec<Actor> {
        let mut queue = std::collections::VecDeque::from([(n, 0usize)]);
        while let Some((m, depth)) = queue.pop_front() {
            if depth > 3 {
                break;
            }
            for &c in &tree.children[m] {
                // "memos sent by Bree": through a reduced relative clause.
                // News: an infinitive ("urged locals to assist
                // authorities") says what the noun is to do: its objects
                // are not the noun.
                if tree.rel(c) == "acl" {
                    let infinitive = self.options.news
                        && tree
                            .child_with(c, |r| r == "mark")
                            .is_some_and(|m| tree.lemma_lower(m) == "to");
                    if !infinitive {
                        queue.push_back((c, depth + 1));
                    }
                    continue;
                }
                if !matches!(tree.base_rel(c), "nmod" | "obj" | "obl" | "appos")
                    || is_circumstance(tree, c)
                {
                    continue;
                }
                let found = self.actors_with_conj(tree, hits, c);
                if !found.is_empty() {
                    return found;
                }
                queue.push_back((c, depth + 1));
            }
        }
        Vec::new()
    }

    /// The actors of node `n`, with what earlier sentences tell: a personal
    /// pronoun not resolved in its own sentence takes the most recent
    /// compatible antecedent (a person for he/she, another actor for
    /// it/they), a definite description without a country of its own ("the
    /// ministry") the most recent antecedent named with the same noun. In
    /// news mode "it"/"its" take an antecedent only if it was a subject,
    /// object or agent of its clause and "it" is no placeholder subject
    /// ("it is possible that"): otherwise "it" is usually a thing.
    fn actors_in_context(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
        antecedents: &[Antecedent],
    ) -> Vec<Actor> {
        let from = |a: &Antecedent| Actor::inferred(a.code.clone(), n, n, None);
        if is_personal_pronoun(tree, n) {
            let form = tree.words[n].form.to_lowercase();
            let person = matches!(form.as_str(), "he" | "she" | "him" | "her" | "his");
            // "It" is often a thing or an event ("it was removed", "it is
            // possible that"): it stands for an actor only when it is no
            // placeholder subject and that actor was a participant of its
            // clause, not a place ("a monument in Greece … it").
            let neuter = matches!(form.as_str(), "it" | "its");
            if neuter && self.options.news && is_placeholder_it(tree, n) {
                return Vec::new();
            }
            // News: "they"/"it" for a group or country refer to one named in
            // the last couple of sentences; further back the referent is
            // usually something the dictionaries do not name (the church,
            // the penguins), not the last country mentioned.
            let near = |a: &Antecedent| {
                person
                    || tree
                        .sentence_index
                        .is_none_or(|s| a.sentence + PRONOUN_REACH >= s)
            };
            return antecedents
                .iter()
                .rev()
                .find(|a| a.person == person)
                .filter(|a| near(a))
                .filter(|a| !(neuter && self.options.news && !a.argument))
                .map(from)
                .into_iter()
                .collect();
        }
        if let Some(group) = group_reference(tree, n, antecedents) {
            return group;
        }
        let found = self.actors_with_conj(tree, hits, n);
        // "The country accused Britain", "the kingdom urged": a description
        // standing for a country or organisation named before. A role the
        // noun carries in the dictionaries ("kingdom" = `GOV`) is kept.
        if self.options.news && found.iter().all(|a| !a.has_country) {
            if let Some(code) = epithet::epithet_reference(tree, hits, n, antecedents) {
                let role = match found.as_slice() {
                    [a] if is_country_code(&code) => a.code.strip_prefix("---").unwrap_or(""),
                    _ => "",
                };
                return vec![Actor::inferred(
                    format!("{code}{role}"),
                    n,
                    n,
                    Some("antecedent"),
                )];
            }
        }
        let definite = tree.children[n]
            .iter()
            .any(|&c| tree.base_rel(c) == "det" && tree.lemma_lower(c) == "the");
        let noun = tree.lemma_lower(n);
        // "The West", "the East": the world's halves, never the earlier
        // "West Bank" or "East Timor".
        let world_half = matches!(noun.as_str(), "west" | "east");
        if definite
            && !world_half
            && found.iter().all(|a| !a.has_country)
            && !antecedents.is_empty()
        {
            let plural_noun = tree.words[n].form.to_lowercase();
            // A role noun ("the embassy", "the court") must be a whole noun
            // of the antecedent ("the US Embassy", "the Court of Session"),
            // not a word of a longer name ("the police" is not the "Police
            // Federation"); a bare name ("the South") may be one ("South
            // Korea").
            let role_noun = !found.is_empty();
            if let Some(a) = antecedents.iter().rev().find(|a| {
                let words: Vec<&str> = a.text.split_whitespace().collect();
                words.iter().enumerate().any(|(i, w)| {
                    let w = w.to_lowercase();
                    let names_more = words
                        .get(i + 1)
                        .is_some_and(|next| next.starts_with(char::is_uppercase));
                    (w == noun || w == plural_noun) && !(role_noun && names_more)
                })
            }) {
                return vec![from(a)];
            }
            if let [a] = found.as_slice() {
                if let Some(code) = epithet::force_of_earlier_country(tree, &a.code, antecedents) {
                    return vec![Actor::inferred(code, n, n, Some("antecedent"))];
                }
            }
        }
        found
    }

    /// The actors a sentence names, in order, as antecedents for the next
    /// sentences.
    pub fn mentions(&self, parsed: &Parsed, date: Option<NaiveDate>) -> Vec<Antecedent> {
        if parsed.words.is_empty() {
            return Vec::new();
        }
        let repaired = repair::repair(parsed);
        let tree = Tree::new(repaired.as_ref().unwrap_or(parsed));
        let hits = self.scan(&parsed.words, &tree.upper, date);
        self.mentions_scanned(&tree, &hits)
    }

    fn mentions_scanned(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>]) -> Vec<Antecedent> {
        let mut out: Vec<Antecedent> = Vec::new();
        let mut last_root: Option<usize> = None;
        for h in hits.iter().filter(|h| !h.is_empty()) {
            let mut last = (h.start() + h.len() - 1).min(tree.words.len() - 1);
            // A phrase ending in a preposition ("Embassy in" of "the US
            // Embassy in London") is named by its noun, not by the
            // preposition, whose head is outside the phrase.
            while last > h.start() && tree.base_rel(last) == "case" {
                last -= 1;
            }
            let node = phrase_node(tree, h.start(), last);
            // "A man attacked a police station … Police arrested him": a
            // person the dictionaries name only by a generic noun is still
            // whom a later "he"/"him" refers to, not the last named
            // politician; the pronoun then takes the noun's code (`---PPL`,
            // given the country of the sentence or the article).
            let generic_person = matches!(h, PhraseHit::Agent(_))
                && tree.words[node].xpos == "NN"
                && GENERIC_PERSON_NOUNS.contains(&tree.lemma_lower(node).as_str());
            for a in self.actor_of(tree, hits, node) {
                if !(a.has_country || generic_person)
                    || out.last().is_some_and(|o| o.code == a.code)
                {
                    continue;
                }
                let words: Vec<usize> = (a.first..=a.last.max(node)).collect();
                let text = words
                    .iter()
                    .map(|&i| tree.words[i].form.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                let proper = (h.start()..=last).all(|i| tree.words[i].upos == "PROPN");
                // "The French foreign minister … he said": a singular
                // office-holder's title names a person too.
                let office_holder = matches!(h, PhraseHit::Agent(_))
                    && tree.words[node].xpos == "NN"
                    && PERSON_TITLES.contains(&tree.lemma_lower(node).as_str());
                let person = proper
                    && !h.is_empty()
                    && a.code.len() > 3
                    && tree.words[node].upos == "PROPN"
                    && matches!(h, PhraseHit::Actor(_))
                    || office_holder && a.code.len() > 3
                    || generic_person;
                // Coordinated with the previous mention of this sentence:
                // both are conjuncts of one phrase.
                let root = conj_root(tree, node);
                let coordinated = last_root.is_some_and(|r| r == root)
                    && (root != node
                        || tree.children[node]
                            .iter()
                            .any(|&c| tree.base_rel(c) == "conj"));
                last_root = Some(root);
                let argument = is_argument_mention(tree, root);
                let recounted = generic_actors::is_added_role(h)
                    && out.last().is_some_and(|o| {
                        o.code.len() < a.code.len() && a.code.starts_with(&o.code)
                    });
                out.push(Antecedent {
                    code: a.code,
                    text,
                    person,
                    coordinated,
                    argument,
                    sentence: 0,
                    recounted,
                });
            }
        }
        out
    }

    /// The actor of node `n` plus those of its `conj` dependents.
    fn actors_with_conj(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], n: usize) -> Vec<Actor> {
        let mut out = Vec::new();
        let mut stack = vec![n];
        let mut seen = HashSet::new();
        while let Some(m) = stack.pop() {
            if !seen.insert(m) {
                continue;
            }
            let mut found = self.actor_of(tree, hits, m);
            // "Danish media and government": a conjunct with an agent only
            // shares the first conjunct's modifiers.
            if m != n && found.iter().all(|a| !a.has_country) {
                let mut words = self.core_words(tree, m);
                words.extend(tree.children[n].iter().copied().filter(|&c| {
                    c < n
                        && matches!(tree.base_rel(c), "amod" | "compound" | "nmod")
                        && (tree.base_rel(c) != "nmod" || tree.rel(c) == "nmod:poss")
                }));
                words.sort_unstable();
                if let Some(a) = self.actor_from_words(tree, hits, &words) {
                    if a.has_country {
                        found = split_compound_code(a);
                    }
                }
            }
            for a in found {
                if !out.iter().any(|o: &Actor| o.code == a.code) {
                    out.push(a);
                }
            }
            for &c in tree.children[m].iter().rev() {
                if tree.base_rel(c) == "conj" && !tree.is_verb(c) {
                    stack.push(c);
                }
            }
        }
        out.sort_by_key(|a| a.first);
        out
    }

    /// Is noun `n` a court or prison named as a place: "in" (or "inside")
    /// before its phrase, over determiners, possessors and modifiers, and
    /// no dictionary actor phrase covering it?
    fn judicial_venue(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], n: usize) -> bool {
        if !JUDICIAL_VENUE_NOUNS.contains(&tree.lemma_lower(n).as_str())
            || hits.iter().any(|h| {
                matches!(h, PhraseHit::Actor(_)) && h.start() <= n && n < h.start() + h.len()
            })
        {
            return false;
        }
        let mut i = n;
        while i > 0 {
            i -= 1;
            let w = &tree.words[i];
            if matches!(
                w.xpos.as_str(),
                "DT" | "PRP$"
                    | "JJ"
                    | "JJR"
                    | "JJS"
                    | "NN"
                    | "NNS"
                    | "NNP"
                    | "NNPS"
                    | "POS"
                    | "CD"
                    | "HYPH"
            ) {
                continue;
            }
            return matches!(w.form.to_lowercase().as_str(), "in" | "inside");
        }
        false
    }

    /// The actors of one nominal node: usually one; several when its code
    /// is a compound (`FRO/BIL`) or an agent is completed by conjoined
    /// countries ("the ambassadors of Arnor and Gondor").
    fn actor_of(&self, tree: &Tree<'_>, hits: &[PhraseHit<'_>], n: usize) -> Vec<Actor> {
        if tree.words[n].upos == "PRON" {
            return Vec::new();
        }
        if self.options.news {
            if let Some(found) = self.spokesperson_principal(tree, hits, n) {
                return found;
            }
            // "the Saudi-led coalition" (`src/alignment.rs`).
            if let Some(found) = self.coalition_actors(tree, hits, n) {
                return found;
            }
            // "the Hong Kong director of Amnesty International"
            // (`src/member.rs`).
            if let Some(found) = self.member_organisation(tree, hits, n) {
                return found;
            }
        }
        let core = |i: usize| self.core_words(tree, i);
        let words = core(n);
        let mut actor = self.actor_from_words(tree, hits, &words);
        // "The House voted", "the Senate did not": the article country's
        // legislature (Phoenix's bare SENATE is the US Senate in any story).
        if let Some(code) = tree
            .article_country
            .as_deref()
            .and_then(|c| named_legislature(tree, n, c))
        {
            return vec![Actor::inferred(code, n, n, Some("article"))];
        }
        // News: "a criminal case", "peasant farming", "a child pornography
        // site": an agent word modifying a common noun that names no actor
        // describes the thing, not who it is. A body named by its members
        // ("village councils") and a possessor ("the district attorney's
        // office") still name who it is.
        if self.options.news
            && actor.as_ref().is_some_and(|a| !a.has_country)
            && tree.words[n].upos == "NOUN"
            && !BODY_NOUNS.contains(&tree.lemma_lower(n).as_str())
            && !hits
                .iter()
                .any(|h| !h.is_empty() && h.start() <= n && n < h.start() + h.len())
            && !tree.children[n]
                .iter()
                .any(|&c| tree.rel(c) == "nmod:poss" || tree.words[c].xpos == "PRP$")
        {
            actor = None;
        }
        // News: "challenge the oath in court", "sentenced to ten years in
        // prison", "in Riverside County criminal court, Judge X sentenced":
        // a court or prison after "in" is where the act happens, whatever
        // the parser attached it to, not who does it or suffers it. A
        // court the dictionaries name as an actor keeps its code.
        if self.options.news && self.judicial_venue(tree, hits, n) {
            return Vec::new();
        }
        if let Some(found) = self.named_instead_of_possessor(tree, hits, n) {
            return found;
        }
        if actor.as_ref().is_some_and(|a| a.has_country) {
            let mut found: Vec<Actor> = actor.into_iter().flat_map(split_compound_code).collect();
            if self.options.news {
                let more = self.coordinated_modifier_actors(tree, hits, n, &words);
                for a in more {
                    if !found.iter().any(|f| f.code == a.code) {
                        found.push(a);
                    }
                }
            }
            return found;
        }
        // A name the dictionaries lack, introduced with a role in the
        // article: its provisional code, when it says more than the
        // dictionary actor (if any) does.
        // ("On Sunday Pierluisi criticized": the name hangs on the day.)
        let head_of_name = |first: usize, last: usize| {
            dyad_dates::is_calendar_word(&tree.words[n].form)
                && tree.children[n]
                    .iter()
                    .any(|&c| tree.base_rel(c) == "flat" && (first..=last).contains(&c))
        };
        if let Some((first, last, code, name)) =
            tree.provisional.iter().find(|(first, last, _, _)| {
                (*first..=*last).contains(&n) || head_of_name(*first, *last)
            })
        {
            if actor.is_none() || has_known_root(code) {
                return vec![Actor {
                    code: code.clone(),
                    first: *first,
                    last: *last,
                    has_country: has_known_root(code),
                    country_from: None,
                    provisional: Some(name.clone()),
                }];
            }
        }
        // "the president of Syria": complete an agent from the nmod (and its
        // conjuncts); an appositive names the actor of a noun without one.
        // An appositive names the actor itself ("the leader of Georgia's
        // breakaway region, Raul Khajimba"): it goes before the modifiers.
        let mut modifiers = tree.children[n].clone();
        modifiers.sort_by_key(|&m| tree.base_rel(m) != "appos");
        for &m in &modifiers {
            let nmod = tree.base_rel(m) == "nmod" && tree.rel(m) != "nmod:poss";
            let appos = tree.base_rel(m) == "appos";
            // "the goats of Gondor": a noun with no code of its own takes
            // the actor it belongs to.
            let of = nmod && tree.case_of(m) == Some("OF");
            // "the killing of protesters by Iraqi security forces": a *by*
            // phrase names who acted, never who the noun is (no
            // "protesters" of Iraq's security forces).
            let by = nmod && tree.case_of(m) == Some("BY");
            // "a close ally of Moscow", "a critic of the Kremlin": a
            // relation to an actor is someone else.
            let relation = of && RELATION_NOUNS.contains(&tree.lemma_lower(n).as_str());
            if !(nmod && actor.is_some() || appos || of)
                || by
                || relation
                || is_circumstance(tree, m)
            {
                continue;
            }
            let mut conjuncts = vec![m];
            conjuncts.extend(
                tree.children[m]
                    .iter()
                    .copied()
                    .filter(|&c| tree.base_rel(c) == "conj" && !tree.is_verb(c)),
            );
            let mut found = Vec::new();
            let mut countryless = Vec::new();
            for c in conjuncts {
                let mut all = words.clone();
                match self.named_instead_of_possessor(tree, hits, c) {
                    Some(named) => all.extend(named.iter().flat_map(|a| a.first..=a.last)),
                    None => all.extend(core(c)),
                }
                all.sort_unstable();
                if let Some(a) = self.actor_from_words(tree, hits, &all) {
                    if a.has_country {
                        found.extend(split_compound_code(a));
                    } else {
                        countryless.push(a);
                    }
                }
            }
            if !found.is_empty() {
                return found;
            }
            // "Members of the House of Commons protested": the members of a
            // body are that body even when it names no country yet (news
            // mode gives it one later). Only nouns of membership: "news of
            // police response" is no act of the police.
            if of
                && actor.is_none()
                && self.options.news
                && MEMBER_NOUNS.contains(&tree.lemma_lower(n).as_str())
                && !countryless.is_empty()
            {
                return countryless
                    .into_iter()
                    .flat_map(split_compound_code)
                    .collect();
            }
        }
        actor.into_iter().flat_map(split_compound_code).collect()
    }

    /// News: "US and British activists", "French and German leaders": the
    /// noun at `n` (whose core `words` already gave the first modifier's
    /// actor) also names an actor with each conjunct of a coordinated
    /// modifier before it.
    fn coordinated_modifier_actors(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
        words: &[usize],
    ) -> Vec<Actor> {
        let mut out = Vec::new();
        for &m in &tree.children[n] {
            if m > n || !matches!(tree.base_rel(m), "amod" | "compound") {
                continue;
            }
            let first: HashSet<usize> = tree.subtree(m, &|_| false).into_iter().collect();
            for &c in &tree.children[m] {
                if c > n
                    || tree.base_rel(c) != "conj"
                    || !matches!(tree.words[c].upos.as_str(), "ADJ" | "PROPN")
                {
                    continue;
                }
                let mut other: Vec<usize> = words
                    .iter()
                    .copied()
                    .filter(|w| !first.contains(w))
                    .collect();
                other.extend(self.core_words(tree, c));
                other.sort_unstable();
                other.dedup();
                if let Some(a) = self.actor_from_words(tree, hits, &other) {
                    if a.has_country {
                        out.extend(split_compound_code(a));
                    }
                }
            }
        }
        out
    }

    /// News: a spokesperson speaks for someone, and is that actor: "a
    /// spokesman for the Foreign Ministry", "the ministry's spokeswoman",
    /// "Kerri Kupec, spokeswoman for the Department of Justice" (node `n`
    /// is the spokesperson or has one as appositive). The dictionaries
    /// code the bare word as media (`MED`), which a spokesperson is not.
    /// `None` when the principal names no country.
    fn spokesperson_principal(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Vec<Actor>> {
        let spokes = |i: usize| tree.lemma_lower(i).starts_with("spokes");
        // The spokesperson: the node, its appositive, or a title in its
        // name ("Environment Canada spokesperson Julie Hahn").
        let s = if spokes(n) || self.core_words(tree, n).into_iter().any(spokes) {
            n
        } else {
            tree.children[n]
                .iter()
                .copied()
                .find(|&c| tree.base_rel(c) == "appos" && spokes(c))?
        };
        // "the Foreign Ministry spokesman", "Russia's spokesman".
        let own: Vec<usize> = self
            .core_words(tree, s)
            .into_iter()
            .filter(|&w| !spokes(w))
            .collect();
        if let Some(a) = self.actor_from_words(tree, hits, &own) {
            if a.has_country {
                return Some(split_compound_code(a));
            }
        }
        // "a spokesman for the ministry", "the spokeswoman of the EU".
        tree.children[s].iter().find_map(|&c| {
            let principal =
                tree.base_rel(c) == "nmod" && matches!(tree.case_of(c), Some("FOR" | "OF"));
            let found = if principal {
                self.actor_of(tree, hits, c)
            } else {
                Vec::new()
            };
            found.iter().any(|a| a.has_country).then_some(found)
        })
    }

    /// "Georgia's breakaway region of Abkhazia, Raul Khajimba": a noun whose
    /// country comes only from a possessor is named by its appositive or
    /// *of* complement, when that has a country.
    fn named_instead_of_possessor(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        n: usize,
    ) -> Option<Vec<Actor>> {
        // News: the possessor of an act is its author, what the act is
        // done to comes after *of*: "condemned India's invasion of the
        // region", "cited the Cuban government's repression of the Cuban
        // people" are about India and the Cuban government.
        if self.options.news && is_act_noun(&tree.lemma_lower(n)) {
            return None;
        }
        let words = self.core_words(tree, n);
        let with_country = |words: &[usize]| {
            self.actor_from_words(tree, hits, words)
                .is_some_and(|a| a.has_country)
        };
        if !with_country(&words) {
            return None;
        }
        let own: Vec<usize> = words
            .iter()
            .copied()
            .filter(|&w| {
                !tree
                    .ancestors_until(w, n)
                    .any(|a| tree.rel(a) == "nmod:poss")
            })
            .collect();
        if with_country(&own) {
            return None;
        }
        tree.children[n].iter().find_map(|&m| {
            let named = tree.base_rel(m) == "appos"
                || tree.base_rel(m) == "nmod" && tree.case_of(m) == Some("OF");
            let found = if named {
                self.actor_of(tree, hits, m)
            } else {
                Vec::new()
            };
            found.iter().any(|a| a.has_country).then_some(found)
        })
    }

    /// The words naming node `i`: it and its compound, flat, adjectival,
    /// numeric and possessive modifiers.
    fn core_words(&self, tree: &Tree<'_>, i: usize) -> Vec<usize> {
        tree.subtree(i, &|c| {
            let base = tree.base_rel(c);
            let keep = matches!(
                base,
                "compound" | "flat" | "amod" | "fixed" | "goeswith" | "nummod"
            ) || matches!(tree.rel(c), "nmod:poss" | "nmod:desc")
                || base == "case" && tree.rel(tree.heads[c].unwrap_or(c)) == "nmod:poss"
                || base == "det" && tree.words[c].xpos == "PRP$";
            !keep
        })
    }

    /// Combine the phrase hits that overlap these words.
    fn actor_from_words(
        &self,
        tree: &Tree<'_>,
        hits: &[PhraseHit<'_>],
        words: &[usize],
    ) -> Option<Actor> {
        let set: HashSet<usize> = words.iter().copied().collect();
        let used: Vec<PhraseHit<'_>> = hits
            .iter()
            .filter(|h| (h.start()..h.start() + h.len()).any(|i| set.contains(&i)))
            .copied()
            .collect();
        if used.is_empty() {
            return None;
        }
        let has_country = used
            .iter()
            .any(|h| matches!(h, PhraseHit::Actor(m) if m.code.is_some()));
        let code = if has_country {
            dyad_dict::combine_codes(&used)?
        } else {
            // Agents alone: applied to the unknown actor `---` (PETRARCH's
            // `---GOV`).
            let mut code: Option<String> = None;
            for h in &used {
                if let PhraseHit::Agent(m) = h {
                    code = Some(m.code.apply_to(code.as_deref().unwrap_or("---")));
                }
            }
            code?
        };
        // News: a party name labelling a person or a title
        // ("Democrat Chuck Schumer", "Tory MPs") gives way to them.
        let code = match self.options.news && has_country {
            true => party::party_member_code(&used).unwrap_or(code),
            false => code,
        };
        // News: "British Prime Minister Boris Johnson" names `GBR` and
        // `GBRGOV`; the person's code says more than the adjective's.
        let code = if self.options.news && code.len() == 3 {
            used.iter()
                .filter_map(|h| match h {
                    PhraseHit::Actor(m) => m.code.map(|c| c.code),
                    PhraseHit::Agent(_) => None,
                })
                .find(|c| c.len() > 3 && c.starts_with(code.as_str()))
                .map_or(code, str::to_string)
        } else {
            code
        };
        // "Former US Ambassador Nikki Haley", "former prime minister John
        // Major": a former office-holder is one of the country's elites
        // (CAMEO `ELI`), whatever office the title names. Not a place or
        // people: "a former rebel-held neighbourhood" stays civilian.
        let former = words.iter().any(|&i| {
            tree.words[i].form.eq_ignore_ascii_case("former")
                || tree.words[i].form.eq_ignore_ascii_case("ex")
        }) && matches!(
            code.get(3..6),
            Some("GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY" | "OPP" | "PTY" | "ELI")
        ) && !code.contains("CVL");
        let code = if former && has_country && is_country_code(&code) {
            format!("{}ELI", root_of(&code))
        } else if self.options.news
            && has_country
            && code.get(3..6) == Some("ELI")
            && used.iter().any(|h| matches!(h, PhraseHit::Agent(_)))
        {
            // News: "Conservative MP Philip Hammond": a person the
            // dictionaries know out of office (`ELI`, their default) holds
            // the office the title names now (`GBRLEG`, not `GBRELILEG`).
            let mut current = root_of(&code).to_string();
            for h in &used {
                if let PhraseHit::Agent(m) = h {
                    current = m.code.apply_to(&current);
                }
            }
            current
        } else {
            code
        };
        let code = if self.options.news && has_country && !former {
            legislator_code(&used, code)
        } else {
            code
        };
        let first = used.iter().map(|h| h.start()).min()?;
        let last = used.iter().map(|h| h.start() + h.len() - 1).max()?;
        let last = last.min(tree.words.len() - 1);
        Some(Actor {
            code,
            first,
            last,
            has_country,
            country_from: None,
            provisional: None,
        })
    }

    /// News: the events the speaker `q` makes in the quotation of the
    /// sentence `parsed` starting at word `start` (`src/quoted.rs`): the
    /// quotation is coded as "SPEAKER said, \"…\"" (a continued quotation
    /// with the quotation's previous sentence before it, for its pronouns),
    /// the words keeping their own spans, and only events whose source is
    /// the speaker and whose act is in this sentence are kept.
    #[allow(clippy::too_many_arguments)]
    fn code_quoted_speech(
        &self,
        pipeline: &dyad_nlp::Pipeline,
        q: &QuoteSpeaker,
        start: usize,
        parsed: &Parsed,
        spans: &[(usize, usize)],
        names: &[ProvisionalName],
        aliases: &HashMap<String, Option<ActorMatch<'d>>>,
        ctx: &SentenceContext<'_>,
    ) -> Vec<Event> {
        let (Some(first), Some(last)) = (q.spans.first(), q.spans.last()) else {
            return Vec::new();
        };
        if spans.len() != parsed.words.len() || start >= parsed.words.len() {
            return Vec::new();
        }
        let opening = (spans[start].0, spans[start].0);
        let continued = !dyad_context::is_quote_mark(&parsed.words[start].form);
        let mut forms: Vec<&str> = Vec::new();
        let mut spans2 = Vec::new();
        // A continued quotation: its previous sentence first, as a
        // sentence of its own, so that the speaker's verb still governs
        // this one.
        if continued {
            forms.extend(q.before.iter().map(|(f, _)| f.as_str()));
            spans2.extend(q.before.iter().map(|(_, s)| *s));
        }
        forms.extend(q.forms.iter().map(String::as_str));
        spans2.extend_from_slice(&q.spans);
        forms.extend(["said", ","]);
        spans2.extend([opening, opening]);
        if continued {
            forms.push("\"");
            spans2.push(opening);
        }
        forms.extend(parsed.words[start..].iter().map(|w| w.form.as_str()));
        spans2.extend_from_slice(&spans[start..]);
        let said = pipeline.parse_tokens(&forms);
        let upper: Vec<String> = said.words.iter().map(|w| w.form.to_uppercase()).collect();
        let mut hits = self.scan(&said.words, &upper, ctx.date);
        add_surname_hits(&said, &mut hits, aliases);
        let repaired = repair::repair(&said);
        let ctx2 = SentenceContext {
            token_spans: &spans2,
            ..*ctx
        };
        if self.options.explain {
            eprintln!(
                "  quoted speech of \"{}\" (sentence {}): coded as \"{}\"",
                q.forms.join(" "),
                q.sentence,
                forms.join(" ")
            );
        }
        // Is the act of event `e` a verb of this sentence whose subject is
        // "I" or "we"?
        let own = Tree::new(parsed);
        let first_person_act = |e: &Event| {
            let Some(a) = e.offsets.action else {
                return false;
            };
            let Some(v) = (start..spans.len()).find(|&i| spans[i] == (a[0], a[1])) else {
                return false;
            };
            let clause = match (own.base_rel(v), own.heads[v]) {
                ("conj", Some(h)) if own.child_with(v, |r| r == "nsubj").is_none() => h,
                _ => v,
            };
            own.child_with(clause, |r| r == "nsubj")
                .is_some_and(|s| matches!(own.words[s].form.to_lowercase().as_str(), "i" | "we"))
        };
        let events = self.code_scanned(
            repaired.as_ref().unwrap_or(&said),
            &hits,
            names,
            &ctx2,
            &mut Vec::new(),
            &mut AskLedger::default(),
        );
        events
            .into_iter()
            .filter(|e| {
                e.offsets
                    .source
                    .is_some_and(|s| s[0] >= first.0 && s[1] <= last.1)
                    // The act is in this sentence, not the previous one.
                    && e.offsets.action.is_some_and(|a| a[0] >= opening.0)
                    // What the statement machinery makes of speech, or an
                    // act of "I"/"we" (not "they": direct speech names the
                    // speaker only in the first person).
                    && (e.rule.as_deref().is_some_and(|r| {
                        r.contains("; statement as ") || r.contains("; threat made in speech")
                    }) || first_person_act(e))
            })
            .map(|mut e| {
                e.rule = e.rule.map(|r| {
                    format!(
                        "{r}; quoted speech of the speaker of sentence {}",
                        q.sentence
                    )
                });
                e
            })
            .collect()
    }

    /// The actors a headline names ([`Coder::code_article_titled`]): parsed
    /// and scanned like a sentence of the text, but not coded.
    fn headline_mentions(
        &self,
        pipeline: &dyad_nlp::Pipeline,
        title: &str,
        date: Option<NaiveDate>,
    ) -> Vec<Antecedent> {
        let mut out = Vec::new();
        for s in dyad_segment::segment(title) {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            if forms.is_empty() {
                continue;
            }
            let parsed = pipeline.parse_tokens(&forms);
            let upper: Vec<String> = parsed.words.iter().map(|w| w.form.to_uppercase()).collect();
            let hits = self.scan(&parsed.words, &upper, date);
            out.extend(self.mentions_scanned(&Tree::new(&parsed), &hits));
        }
        out
    }

    /// Code a whole article: segment, parse, code every sentence. Every
    /// sentence is parsed first, so that the article's dominant country
    /// ([`dominant_country`]) is known when coding starts. In news mode
    /// ([`CoderOptions::news`]) an event restated in later sentences is
    /// merged into its first mention ([`dyad_event::merge_restatements`]:
    /// one event whose `mentions` list the restatements and whose
    /// confidence rises).
    pub fn code_article(
        &self,
        pipeline: &dyad_nlp::Pipeline,
        article_id: &str,
        date: Option<NaiveDate>,
        text: &str,
    ) -> (Vec<CodedSentence>, Vec<Event>) {
        self.code_article_titled(pipeline, article_id, date, None, text)
    }

    /// [`Coder::code_article`] for an article with a headline. The
    /// headline is not coded (it restates the lead), but the countries it
    /// names count twice towards the article's dominant country: "Arrests
    /// made in theft of gold toilet in England" says where a story about
    /// "Thames Valley Police" and an artwork called "America" happens.
    pub fn code_article_titled(
        &self,
        pipeline: &dyad_nlp::Pipeline,
        article_id: &str,
        date: Option<NaiveDate>,
        title: Option<&str>,
        text: &str,
    ) -> (Vec<CodedSentence>, Vec<Event>) {
        let chars = dyad_segment::CharOffsets::new(text);
        let mut sentences = Vec::new();
        let mut parses = Vec::new();
        let mut names: Vec<ProvisionalName> = Vec::new();
        // The discard list's story-level entries ("+WORLD CUP", "+GOALKEEPER",
        // "+GRAND PRIX"): in a sports or entertainment story, "Sweden
        // defeated South Korea" and "attacking style" are no political
        // events, so the story yields none, as in PETRARCH2.
        let story_discard = self.story_discard(text);
        if let (Some(phrase), true) = (&story_discard, self.options.explain) {
            eprintln!("[{article_id}] story discarded (discard list: {phrase})");
        }
        // Byte ranges of the sentences, for the text between them.
        let mut byte_ranges: Vec<(usize, usize)> = Vec::new();
        for (index, s) in dyad_segment::segment(text).iter().enumerate() {
            byte_ranges.push((s.start, s.end));
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            let spans: Vec<(usize, usize)> = s
                .tokens
                .iter()
                .map(|t| (chars.char_offset(t.start), chars.char_offset(t.end)))
                .collect();
            sentences.push(CodedSentence {
                index,
                start: chars.char_offset(s.start),
                end: chars.char_offset(s.end),
                text: s.text(text).to_string(),
            });
            if forms.is_empty() || story_discard.is_some() {
                continue;
            }
            let mut parsed = pipeline.parse_tokens(&forms);
            if self.options.news {
                parsed = retag::reparse_main_verb(pipeline, &forms, parsed);
            }
            let upper: Vec<String> = parsed.words.iter().map(|w| w.form.to_uppercase()).collect();
            let hits = self.scan(&parsed.words, &upper, date);
            if self.options.provisional_actors {
                names.extend(provisional_names(&parsed, self.dicts, date));
            }
            parses.push((index, spans, parsed, hits));
        }
        // "Sadiq Khan … Usman Khan … Khan was shot": a surname two people
        // of the article share names neither alone.
        if self.options.news && !names.is_empty() {
            let runs = full_name_runs(parses.iter().map(|p| &p.2));
            for n in names.iter_mut() {
                n.surname_alias = !runs.iter().any(|r| {
                    r.last() == n.words.last() && !r.ends_with(&n.words) && !n.words.ends_with(r)
                });
                // A one-word name ("Pierluisi was sworn in as governor")
                // that ends two different full names names neither.
                if n.words.len() == 1 {
                    let full = runs
                        .iter()
                        .filter(|r| r.len() > 1 && r.last() == n.words.last())
                        .count();
                    n.surname_alias = full < 2;
                }
            }
        }
        // "Yahya Saree … Saree said": a person named in full is later named
        // by surname alone.
        // "the Syrian Democratic Forces (SDF) … the SDF said": an actor's
        // initials given in brackets name it for the rest of the article.
        let aliases = if self.options.news {
            let mut aliases = surname_aliases(parses.iter().map(|p| (&p.2, p.3.as_slice())));
            for (acronym, m) in acronym_aliases(parses.iter().map(|p| (&p.2, p.3.as_slice()))) {
                aliases.entry(acronym).or_insert(m);
            }
            aliases
        } else {
            HashMap::new()
        };
        if self.options.news {
            for (_, _, parsed, hits) in parses.iter_mut() {
                add_surname_hits(parsed, hits, &aliases);
            }
        }
        let parses: Vec<_> = parses
            .into_iter()
            .map(|(index, spans, parsed, hits)| {
                let repaired = repair::repair(&parsed);
                let tree = Tree::new(repaired.as_ref().unwrap_or(&parsed));
                let mut mentions = self.mentions_scanned(&tree, &hits);
                for m in mentions.iter_mut() {
                    m.sentence = index;
                }
                drop(tree);
                (index, spans, parsed, repaired, hits, mentions)
            })
            .collect();
        // The headline's countries count twice, and ties go to the first
        // named, so to the headline.
        let headline = title.map_or_else(Vec::new, |t| self.headline_mentions(pipeline, t, date));
        let disaster = implicit::reports_disaster(text);
        let article_country = dominant_root(
            headline
                .iter()
                .chain(&headline)
                .chain(parses.iter().flat_map(|p| &p.5))
                .filter(|m| !m.recounted)
                .map(|m| m.code.as_str()),
        );
        if self.options.explain {
            eprintln!(
                "[{article_id}] article country: {}",
                article_country.as_deref().unwrap_or("none")
            );
        }
        let mut events: Vec<Event> = Vec::new();
        let mut antecedents: Vec<Antecedent> = Vec::new();
        // The date the previous sentence of the paragraph set explicitly.
        let mut narrative: Option<Narrative> = None;
        // Did the previous sentence of the paragraph report speech in the
        // past ([`speech::continue_reported_future`])?
        let mut previous_reports = false;
        let mut paragraph = 0usize;
        let mut recent_events: Vec<RecentEvent> = Vec::new();
        let mut asks = AskLedger {
            keep_unanswered: self.options.news && self.options.require_dyad,
            ..AskLedger::default()
        };
        // Yields and refusals no earlier ask answers, set aside until the
        // whole article is read.
        let mut unanswered_events: Vec<Event> = Vec::new();
        // Attacks named by a noun whose doer the sentence leaves out, set
        // aside until the whole article is read (`src/claimed.rs`).
        let mut unclaimed_events: Vec<Event> = Vec::new();
        // Every act's (sentence, source, code), for the attackers the
        // article names.
        let mut article_acts: Vec<(usize, String, String)> = Vec::new();
        // Sentences that date an act named by a noun ("Khajimba's message
        // was timed for Monday"), and each event's object noun.
        let mut restatements: Vec<Restatement> = Vec::new();
        let mut e_objects: Vec<(String, Option<String>)> = Vec::new();
        // Quoted speech (news, `src/quoted.rs`): whether a quotation is open
        // at the current sentence, and the words, spans and sentence of its
        // speaker when known.
        let mut quote_open = false;
        let mut open_quote: Option<QuoteSpeaker> = None;
        // The speaker a sentence names after closing a quotation opened
        // before it ("… It will destabilise the region," the minister
        // said.), by sentence: the speaker of the sentence that opened it.
        let closing_speakers: HashMap<usize, QuoteSpeaker> = if self.options.news {
            parses
                .iter()
                // One quotation mark: checked on the words, so that only
                // such sentences build a tree here.
                .filter(|(_, _, parsed, repaired, _, _)| {
                    let words = &repaired.as_ref().unwrap_or(parsed).words;
                    words
                        .iter()
                        .filter(|w| dyad_context::is_quote_mark(&w.form))
                        .count()
                        == 1
                })
                .filter_map(|(index, spans, parsed, repaired, hits, _)| {
                    let tree = Tree::new(repaired.as_ref().unwrap_or(parsed));
                    let words = quoted::closing_speaker(&tree, hits)?;
                    QuoteSpeaker::of_words(&tree, &words, spans, *index).map(|q| (*index, q))
                })
                .collect()
        } else {
            HashMap::new()
        };
        // Quotation marks by sentence, for a quotation's closing sentence.
        let quote_marks: HashMap<usize, usize> = if self.options.news {
            parses
                .iter()
                .map(|(index, _, parsed, repaired, _, _)| {
                    let words = &repaired.as_ref().unwrap_or(parsed).words;
                    let marks = words
                        .iter()
                        .filter(|w| dyad_context::is_quote_mark(&w.form))
                        .count();
                    (*index, marks)
                })
                .collect()
        } else {
            HashMap::new()
        };
        // The speaker the paragraph last quoted with a verb of saying.
        let mut last_speaker: Option<QuoteSpeaker> = None;
        for (index, spans, parsed, repaired, hits, mentions) in parses {
            let ctx = SentenceContext {
                article_id,
                sentence_index: index,
                date,
                text: &sentences[index].text,
                token_spans: &spans,
                antecedents: &antecedents,
                article_country: article_country.as_deref(),
                recent_events: &recent_events,
                disaster,
            };
            let mut monads = Vec::new();
            let to_code = repaired.as_ref().unwrap_or(&parsed);
            let mut coded = self.code_scanned(to_code, &hits, &names, &ctx, &mut monads, &mut asks);
            let new_paragraph = index > 0
                && text
                    .get(byte_ranges[index - 1].1..byte_ranges[index].0)
                    .is_some_and(|gap| gap.matches('\n').count() >= 2);
            if self.options.news {
                if new_paragraph {
                    quote_open = false;
                    open_quote = None;
                    last_speaker = None;
                }
                let tree = Tree::new(to_code);
                let mut speaker: Option<(QuoteSpeaker, usize)> = None;
                if quote_open {
                    if quoted::continues_quote(&tree) {
                        speaker = open_quote.clone().map(|q| (q, 0));
                    }
                } else if quoted::whole_quote(&tree) {
                    speaker = last_speaker.clone().map(|q| (q, 0));
                } else if quoted::opens_quote(&tree) {
                    // Its speaker is named where the quotation closes, in
                    // a later sentence of the paragraph; the sentences
                    // between continue it.
                    let joined = |k: usize| {
                        byte_ranges.get(k).is_some_and(|r| {
                            text.get(byte_ranges[k - 1].1..r.0)
                                .is_some_and(|gap| gap.matches('\n').count() < 2)
                        })
                    };
                    let closing =
                        quoted::closing_sentence(index, |k| quote_marks.get(&k).copied(), joined);
                    if let Some(q) = closing.and_then(|k| closing_speakers.get(&k)) {
                        speaker = Some((q.clone(), 0));
                        open_quote = Some(q.clone());
                    }
                } else if let Some(intro) = quoted::introduced_quote(&tree, &hits) {
                    if let Some(q) = QuoteSpeaker::of_words(&tree, &intro.speaker, &spans, index) {
                        if !intro.speech_verb {
                            speaker = Some((q.clone(), intro.quote));
                        }
                        open_quote = Some(q);
                    }
                }
                if let Some(words) = quoted::quoting_speaker(&tree, &hits) {
                    if let Some(q) = QuoteSpeaker::of_words(&tree, &words, &spans, index) {
                        last_speaker = Some(q);
                    }
                }
                if quoted::quote_marks(&tree) % 2 == 1 {
                    quote_open = !quote_open;
                }
                if !quote_open {
                    open_quote = None;
                }
                // The quoted words of this sentence: what the next sentence
                // of the quotation follows.
                if let Some(q) = open_quote.as_mut() {
                    let from = if q.sentence == index {
                        (0..to_code.words.len())
                            .find(|&i| dyad_context::is_quote_mark(&to_code.words[i].form))
                            .map_or(0, |i| i + 1)
                    } else {
                        0
                    };
                    q.before = (from..to_code.words.len())
                        .filter_map(|i| Some((to_code.words[i].form.clone(), *spans.get(i)?)))
                        .collect();
                }
                if let Some((q, start)) = speaker {
                    let extra = self.code_quoted_speech(
                        pipeline, &q, start, to_code, &spans, &names, &aliases, &ctx,
                    );
                    for e in extra {
                        // Not an act already coded in this quotation.
                        let known = coded
                            .iter()
                            .chain(events.iter().filter(|e| e.sentence_index >= q.sentence))
                            .any(|c| {
                                c.cameo == e.cameo
                                    && same_code(&c.source, &e.source)
                                    && same_code(&c.target, &e.target)
                            });
                        if !known {
                            coded.push(e);
                        }
                    }
                }
            }
            if new_paragraph {
                paragraph += 1;
                // News paragraphs are short: a narrative date may carry into
                // the next paragraph (news mode, see [`carry_date`]).
                if !self.options.news {
                    narrative = None;
                }
            }
            let forms: Vec<&str> = parsed.words.iter().map(|w| w.form.as_str()).collect();
            // "A few days later …": a date relative to the narrative's.
            let relative = narrative
                .as_ref()
                .filter(|_| self.options.news)
                .and_then(|n| {
                    let r = dyad_dates::find_relative_dates(&forms).into_iter().next()?;
                    Some(dyad_dates::DateMention {
                        words: r.words,
                        basis: format!("{} (from sentence {})", r.basis, n.sentence),
                        date: r.shift.apply(n.mention.date),
                    })
                });
            // "Egypt condemned Sudan two days after the attack": a shift
            // from an act the narrative's sentence told (the same word:
            // "attacked" there, "the attack" here).
            let from_act = narrative
                .as_ref()
                .filter(|_| self.options.news && relative.is_none())
                .and_then(|n| shift_from_narrative_act(&parsed, &forms, n));
            if self.options.news {
                // A shift from an act dates this sentence only: the
                // narrative stays with the act ("three days after the
                // attack" in the next sentence counts from it again).
                if let Some(m) = relative.as_ref().or(from_act.as_ref()) {
                    date_relative(&mut coded, m);
                }
                speech::continue_reported_future(
                    &mut coded,
                    to_code,
                    &spans,
                    previous_reports && !new_paragraph,
                );
                previous_reports = speech::reports_in_past(to_code);
                // A narrative date fades: at most three sentences on.
                if let Some(n) = narrative.as_ref().filter(|n| n.sentence + 3 >= index) {
                    let ctx = CarryContext {
                        same_paragraph: n.paragraph == paragraph,
                        publication: date,
                        asks: &asks.made,
                    };
                    carry_date(&mut coded, to_code, &spans, n, &ctx);
                }
                if let Some(publication) = date {
                    date_perfect(&mut coded, to_code, &spans, publication);
                    // The repaired parse: "since the protests began" read
                    // as a prepositional phrase is a clause there.
                    stretch::date_counted_since(&mut coded, to_code, &spans, publication);
                    self.codes_on_event_dates(&mut coded, &parsed, &hits, &spans, publication);
                }
            }
            // The sentence's first date expression: the paragraph's
            // narrative date from here on, and what a restatement dates.
            let first_date = date.and_then(|publication| {
                dyad_dates::find_dates(&forms, publication)
                    .into_iter()
                    .next()
            });
            let narrative_date = date.and_then(|publication| {
                let found = dyad_dates::find_dates(&forms, publication);
                if !self.options.news {
                    return found.into_iter().next();
                }
                // "The withdrawal first announced on October 6 was
                // completed on Sunday": the main clause's date first.
                let usable: Vec<_> = found
                    .into_iter()
                    .filter(|m| sets_narrative(&parsed, &forms, m, publication))
                    .collect();
                let main = usable
                    .iter()
                    .position(|m| in_main_clause(&parsed, m))
                    .unwrap_or(0);
                usable.into_iter().nth(main)
            });
            if let Some(mention) = narrative_date.or(relative) {
                let mut actors: Vec<String> = coded
                    .iter()
                    .flat_map(|e| [&e.source, &e.target])
                    .filter_map(|a| a.as_ref()?.code.as_deref())
                    .map(|c| root_of(c).to_string())
                    .collect();
                actors.sort();
                actors.dedup();
                let mut lemmas: Vec<String> = parsed
                    .words
                    .iter()
                    .filter(|w| matches!(w.upos.as_str(), "NOUN" | "VERB"))
                    .map(|w| w.lemma.to_lowercase())
                    .collect();
                lemmas.sort();
                lemmas.dedup();
                narrative = Some(Narrative {
                    mention,
                    sentence: index,
                    paragraph,
                    actors,
                    lemmas,
                });
            }
            if self.options.explain {
                let named: Vec<String> = mentions
                    .iter()
                    .map(|m| format!("{}{}", if m.coordinated { "&" } else { "" }, m.code))
                    .collect();
                eprintln!("  antecedents for what follows: {}", named.join(" "));
            }
            // Yields and refusals awaiting an ask reported later, dated as
            // coded.
            if asks.keep_unanswered {
                let (waiting, answered): (Vec<Event>, Vec<Event>) =
                    coded.into_iter().partition(|e| e.target.is_none());
                unanswered_events.extend(waiting);
                // Attacks awaiting the doer the article names.
                let (waiting, known): (Vec<Event>, Vec<Event>) =
                    answered.into_iter().partition(|e| e.source.is_none());
                unclaimed_events.extend(waiting);
                coded = known;
            }
            // The lemma of each event's object, for restatements and for
            // descriptions that refer back ("the strikes").
            let objects: Vec<Option<String>> = coded
                .iter()
                .map(|e| object_lemma(e, &parsed, &spans))
                .collect();
            if self.options.news && date.is_some() {
                restatements.extend(dated_restatement(&parsed, &hits, first_date, index));
                for (e, object) in coded.iter().zip(&objects) {
                    e_objects.push((e.event_id.clone(), object.clone()));
                }
            }
            article_acts.extend(monads.iter().map(|(s, c)| (index, s.clone(), c.clone())));
            article_acts.extend(
                coded.iter().filter_map(|e| {
                    Some((index, e.source.as_ref()?.code.clone()?, e.cameo.clone()?))
                }),
            );
            recent_events.extend(monads.into_iter().map(|(s, c)| (s, c, String::new())));
            recent_events.extend(coded.iter().zip(&objects).filter_map(|(e, object)| {
                // The verb's lemma and its object's ("carried out strikes":
                // "carry strike").
                let action = action_word(e, &spans)
                    .and_then(|w| parsed.words.get(w))
                    .map(|w| w.lemma.to_lowercase())
                    .map(|verb| match object {
                        Some(object) => format!("{verb} {object}"),
                        None => verb,
                    });
                Some((
                    e.source.as_ref()?.code.clone()?,
                    e.cameo.clone()?,
                    action.unwrap_or_default(),
                ))
            }));
            events.extend(coded);
            antecedents.extend(mentions);
        }
        if !unanswered_events.is_empty() {
            self.answer_later_asks(&mut events, unanswered_events, &asks);
        }
        if !unclaimed_events.is_empty() {
            self.claim_attacks(&mut events, unclaimed_events, &article_acts, &asks.attacks);
        }
        if self.options.news {
            date_by_restatement(&mut events, &restatements, &e_objects);
            events = dyad_event::merge_restatements(dyad_event::merge_mutual(events));
        }
        (sentences, events)
    }
}

impl Coder<'_> {
    /// News: the yields and refusals of an article that no earlier ask
    /// answered take the asker of an ask reported later in the article for
    /// what they gave ([`later_asker`]); the others stay uncoded (no
    /// target). Each keeps its date and factuality.
    fn answer_later_asks(&self, events: &mut Vec<Event>, waiting: Vec<Event>, asks: &AskLedger) {
        for mut e in waiting {
            let Some(pending) = asks
                .unanswered
                .iter()
                .find(|u| u.sentence == e.sentence_index && u.action == e.offsets.action)
            else {
                continue;
            };
            let Some(ask) = later_asker(pending, &asks.made) else {
                if self.options.explain {
                    eprintln!(
                        "[{} #{}] {} by {}: no ask for {} in the article, dropped",
                        e.article_id,
                        e.sentence_index,
                        e.cameo.as_deref().unwrap_or(""),
                        pending.sources.join(" "),
                        pending.content.join(", ")
                    );
                }
                continue;
            };
            let source = e.source.as_ref().and_then(|s| s.code.clone());
            // Not the yielder itself, nor a country and its own
            // institution; an asker with a country.
            let same_actor = source.as_deref().is_some_and(|s| {
                s == ask.source
                    || (root_of(s) == root_of(&ask.source)
                        && (s.len() == 3 || ask.source.len() == 3))
            });
            if same_actor || !has_known_root(&ask.source) {
                continue;
            }
            if self.options.explain {
                eprintln!(
                    "[{} #{}] {} by {}: answers the ask of {} (sentence {})",
                    e.article_id,
                    e.sentence_index,
                    e.cameo.as_deref().unwrap_or(""),
                    source.as_deref().unwrap_or(""),
                    ask.source,
                    ask.sentence
                );
            }
            e.target = Some(ActorRef::from_code(&ask.source, None));
            let note = format!(
                "; target the asker of what was yielded, reported in sentence {}",
                ask.sentence
            );
            e.rule = Some(e.rule.take().unwrap_or_default() + &note);
            events.push(e.with_id());
        }
        events.sort_by_key(|e| e.sentence_index);
    }

    /// Attacks named by a noun without their doer get the one the article
    /// names (`src/claimed.rs`); the others are dropped. `acts` are the
    /// article's (sentence, source, CAMEO code) triples, events and
    /// source-only acts; `pending` what each waiting attack was named by.
    fn claim_attacks(
        &self,
        events: &mut Vec<Event>,
        waiting: Vec<Event>,
        acts: &[(usize, String, String)],
        pending: &[claimed::Unclaimed],
    ) {
        for mut e in waiting {
            let Some(target) = e.target.as_ref().and_then(|t| t.code.clone()) else {
                continue;
            };
            let Some(attack) = pending
                .iter()
                .find(|u| u.sentence == e.sentence_index && u.action == e.offsets.action)
            else {
                continue;
            };
            let Some((doer, claimed)) = claimed::article_doer(acts, attack, &target) else {
                if self.options.explain {
                    eprintln!(
                        "[{} #{}] {} on {}: no single attacker named in the article, dropped",
                        e.article_id,
                        e.sentence_index,
                        e.cameo.as_deref().unwrap_or(""),
                        target
                    );
                }
                continue;
            };
            if self.options.explain {
                eprintln!(
                    "[{} #{}] {} on {}: by {}, the article's attacker",
                    e.article_id,
                    e.sentence_index,
                    e.cameo.as_deref().unwrap_or(""),
                    target,
                    doer
                );
            }
            e.source = Some(ActorRef::from_code(&doer, None));
            let note = if claimed {
                // Who did it is only the claimant's word.
                if e.factuality == Some(Factuality::Asserted) {
                    e.factuality = Some(Factuality::Reported);
                }
                "; source the attacker that claimed responsibility in the article"
            } else {
                "; source the article's attacker"
            };
            e.rule = Some(e.rule.take().unwrap_or_default() + note);
            events.push(e.with_id());
        }
        events.sort_by_key(|e| e.sentence_index);
    }

    /// "In 1998, Clinton was impeached": an actor's time-bounded code is the
    /// one in force on the event's date, not on the day of the report. An
    /// event dated a year or more from publication has each actor named by
    /// a dictionary phrase re-resolved on the event's date (the middle of a
    /// year or month); the rule says so.
    fn codes_on_event_dates(
        &self,
        events: &mut Vec<Event>,
        parsed: &Parsed,
        now_hits: &[PhraseHit<'_>],
        spans: &[(usize, usize)],
        publication: NaiveDate,
    ) {
        // The sentence's phrases on the publication date are `now_hits`
        // (the scan `code_article` already made); only the event's date
        // needs a scan of its own.
        let mut upper: Option<Vec<String>> = None;
        for e in events.iter_mut() {
            let Some(then) = e.date.as_deref().and_then(period_middle) else {
                continue;
            };
            if (publication - then).num_days().abs() < 365 {
                continue;
            }
            let upper = upper.get_or_insert_with(|| {
                parsed.words.iter().map(|w| w.form.to_uppercase()).collect()
            });
            let then_hits = self.scan(&parsed.words, upper, Some(then));
            let mut changes = Vec::new();
            for (actor, span) in [
                (&mut e.source, e.offsets.source),
                (&mut e.target, e.offsets.target),
            ] {
                let (Some(actor), Some(span)) = (actor.as_mut(), span) else {
                    continue;
                };
                let Some(code) = actor.code.clone() else {
                    continue;
                };
                let inside = |h: &PhraseHit<'_>| {
                    let (first, last) = (h.start(), h.start() + h.len() - 1);
                    spans.get(first).is_some_and(|s| s.0 >= span[0])
                        && spans.get(last).is_some_and(|s| s.1 <= span[1])
                };
                let actor_code = |h: &PhraseHit<'_>| match h {
                    PhraseHit::Actor(m) => m.code.as_ref().map(|c| c.code.to_string()),
                    PhraseHit::Agent(_) => None,
                };
                for now in now_hits.iter().filter(|h| !h.is_empty() && inside(h)) {
                    let Some(old) = actor_code(now) else { continue };
                    // A surname standing for a full name named earlier
                    // ("Bill Clinton … In 1998, Clinton was impeached") is
                    // no phrase of the scan: its entry gives the code.
                    let alias_code = || match now {
                        PhraseHit::Actor(m) => {
                            m.entry.code_on(Some(then)).map(|c| c.code.to_string())
                        }
                        PhraseHit::Agent(_) => None,
                    };
                    let Some(new) = then_hits
                        .iter()
                        .find(|h| h.start() == now.start() && h.len() == now.len())
                        .map_or_else(alias_code, actor_code)
                    else {
                        continue;
                    };
                    if old != new && code.starts_with(&old) && root_of(&old) == root_of(&new) {
                        let recoded = format!("{new}{}", &code[old.len()..]);
                        changes.push(format!("{code} -> {recoded}"));
                        *actor = ActorRef::from_code(&recoded, actor.text.clone());
                        break;
                    }
                }
            }
            if !changes.is_empty() {
                let note = format!("; {} (codes on the event's date)", changes.join(", "));
                e.rule = Some(e.rule.take().unwrap_or_default() + &note);
                *e = std::mem::take(e).with_id();
            }
        }
        // Re-resolution may make both actors one.
        let code = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
        events.retain(|e| code(&e.source).is_none() || code(&e.source) != code(&e.target));
    }
}

/// The names `dyad_discover` finds introduced with a role in one sentence,
/// with their provisional codes.
fn provisional_names(
    parsed: &Parsed,
    dicts: &Dictionaries,
    date: Option<NaiveDate>,
) -> Vec<ProvisionalName> {
    // Discovery proposes names of two or more proper nouns, or one-word
    // names given an office by a verb ("Pierluisi was sworn in as
    // governor"); most sentences have neither, and discovery scans the
    // dictionaries again.
    let two_names = parsed
        .words
        .windows(2)
        .any(|w| w[0].upos == "PROPN" && w[1].upos == "PROPN");
    let office_verb = || {
        parsed.words.windows(2).any(|w| {
            matches!(
                w[0].lemma.as_str(),
                "swear"
                    | "become"
                    | "elect"
                    | "appoint"
                    | "name"
                    | "nominate"
                    | "succeed"
                    | "install"
                    | "inaugurate"
            ) || w[0].lemma == "take" && matches!(w[1].form.as_str(), "office" | "over")
        }) && parsed.words.iter().any(|w| w.upos == "PROPN")
    };
    if !two_names && !office_verb() {
        return Vec::new();
    }
    dyad_discover::discover(parsed, dicts, date)
        .into_iter()
        .map(|u| ProvisionalName {
            words: u.name.split_whitespace().map(str::to_uppercase).collect(),
            name: u.name,
            code: u.proposed_code,
            surname_alias: true,
        })
        .collect()
}

/// The spans of the sentence naming a provisional actor: runs of proper
/// nouns outside the dictionary phrases that are a discovered name, or the
/// last word of one ("Khajimba" for "Raul Khajimba").
fn provisional_spans(
    tree: &Tree<'_>,
    hits: &[PhraseHit<'_>],
    names: &[ProvisionalName],
) -> Vec<(usize, usize, String, String)> {
    if names.is_empty() {
        return Vec::new();
    }
    let covered = |i: usize| {
        hits.iter()
            .any(|h| !h.is_empty() && h.start() <= i && i < h.start() + h.len())
    };
    let proper = |i: usize| tree.words[i].upos == "PROPN" && !covered(i);
    // "Quartey-Mensah": a hyphen between two proper nouns joins them.
    let joins =
        |i: usize| tree.words[i].form == "-" && i + 1 < tree.words.len() && i > 0 && proper(i + 1);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tree.words.len() {
        if !proper(i) {
            i += 1;
            continue;
        }
        let mut first = i;
        while i + 1 < tree.words.len() && (proper(i + 1) || joins(i + 1)) {
            i += 1;
        }
        // "On Sunday Pierluisi criticized …" tagged as one name: a day or
        // month before the name is none of it.
        while first < i && dyad_dates::is_calendar_word(&tree.words[first].form) {
            first += 1;
        }
        let run = &tree.upper[first..=i];
        let found = names.iter().find(|n| n.words == run).or_else(|| {
            (run.len() == 1)
                .then(|| {
                    names.iter().find(|n| {
                        n.surname_alias && n.words.len() > 1 && n.words.last() == Some(&run[0])
                    })
                })
                .flatten()
                // "Quartey-Mensah" after "Esi Quartey-Mensah": a
                // double-barrelled surname, the name's hyphenated end.
                .or_else(|| {
                    (run.len() == 3 && run[1] == "-")
                        .then(|| {
                            names.iter().find(|n| {
                                n.surname_alias && n.words.len() > 3 && n.words.ends_with(run)
                            })
                        })
                        .flatten()
                })
                // "Pedro Pierluisi" after "Pierluisi was sworn in as
                // governor": a full name ending in a one-word name.
                .or_else(|| {
                    names.iter().find(|n| {
                        n.surname_alias
                            && n.words.len() == 1
                            && run.len() <= 3
                            && run.last() == n.words.last()
                    })
                })
        });
        if let Some(n) = found {
            out.push((first, i, n.code.clone(), n.name.clone()));
        }
        i += 1;
    }
    // "Quanteel met Xi" with the unknown surname tagged a common noun or
    // an adverb: a capitalised word that is a discovered surname names
    // its person wherever it stands.
    for (i, w) in tree.words.iter().enumerate() {
        if proper(i)
            || covered(i)
            || !w.form.chars().next().is_some_and(char::is_uppercase)
            || matches!(tree.base_rel(i), "amod" | "compound" | "det")
            || out.iter().any(|&(a, b, _, _)| (a..=b).contains(&i))
        {
            continue;
        }
        let word = &tree.upper[i];
        if let Some(n) = names
            .iter()
            .find(|n| n.surname_alias && n.words.last() == Some(word))
        {
            out.push((i, i, n.code.clone(), n.name.clone()));
        }
    }
    out
}

/// The rule note of a protest target inferred as the protesters' own
/// government (see `Actor::inferred(…, Some("protest"))`).
const PROTEST_TARGET_NOTE: &str = "target country from the protest";

/// "Protesters gathered around the police complex, blocking the exits as
/// they chanted slogans and threw eggs": one sentence describing one protest
/// by its acts. A protest (14x) whose target was only inferred (the
/// protesters' own government) is dropped when the same protesters have
/// another protest event in the sentence: the one with a named target, or
/// else the first.
fn one_protest_per_protester(coded: &mut Vec<(usize, Vec<Event>)>) {
    let code = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
    let is_protest = |e: &Event| e.cameo.as_deref().is_some_and(|c| c.starts_with("14"));
    let inferred = |e: &Event| {
        e.rule
            .as_deref()
            .is_some_and(|r| r.contains(PROTEST_TARGET_NOTE))
    };
    // Per source: does it have a protest with a named target?
    let mut named: Vec<String> = Vec::new();
    for e in coded.iter().flat_map(|c| c.1.iter()) {
        if let (true, false, Some(s)) = (is_protest(e), inferred(e), code(&e.source)) {
            named.push(s);
        }
    }
    let mut kept_inferred: Vec<String> = Vec::new();
    for (_, events) in coded.iter_mut() {
        events.retain(|e| {
            if !is_protest(e) || !inferred(e) {
                return true;
            }
            let Some(s) = code(&e.source) else {
                return true;
            };
            if named.contains(&s) || kept_inferred.contains(&s) {
                return false;
            }
            kept_inferred.push(s);
            true
        });
    }
    coded.retain(|(_, events)| !events.is_empty());
}

/// Drop the 01x statements of reporting verbs whose complement was coded,
/// when they have no target or target a participant of the reported event.
fn drop_reporting_statements(tree: &dyad_context::Tree<'_>, coded: &mut Vec<(usize, Vec<Event>)>) {
    let code = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
    let mut reporters: Vec<(usize, Vec<String>)> = Vec::new();
    for (u, events) in coded.iter() {
        let Some(h) = dyad_context::attribution(tree, *u).and_then(|a| a.verb) else {
            continue;
        };
        let participants = events
            .iter()
            .flat_map(|e| [code(&e.source), code(&e.target)])
            .flatten();
        match reporters.iter_mut().find(|r| r.0 == h) {
            Some(r) => r.1.extend(participants),
            None => reporters.push((h, participants.collect())),
        }
    }
    for (h, participants) in &reporters {
        for (v, events) in coded.iter_mut() {
            if v != h {
                continue;
            }
            events.retain(|e| {
                let statement = e.cameo.as_deref().is_some_and(|c| c.starts_with("01"));
                let about_reported = code(&e.target).is_none_or(|t| participants.contains(&t));
                !(statement && about_reported)
            });
        }
    }
    coded.retain(|(_, events)| !events.is_empty());
}

/// The dictionary entry that gives a verb its code when no pattern matches:
/// its first entry (`fitting` is in lookup order), unless a file loaded later
/// lists the same form again with a code: a non-null block code, or a code
/// written on the verb line (`RULE [---]` included). dyad's verb additions
/// are loaded after CAMEO.2.0 and keep its blocks first, so this is how they
/// give a code to a verb that CAMEO.2.0 leaves uncoded (`REJECT [---]`) or
/// correct one the codebook puts elsewhere (`SUE [173]`, a lawsuit being
/// 115); a later block without any code only adds patterns. Entries of the
/// first file keep their upstream order.
fn code_entry(
    verbs: &dyad_dict::VerbDictionary,
    fitting: &[dyad_dict::VerbRef],
) -> Option<dyad_dict::VerbRef> {
    let first = *fitting.first()?;
    let (first_block, _, first_form) = verbs.resolve(first);
    let later = fitting.iter().copied().find(|&r| {
        let (block, entry, form) = verbs.resolve(r);
        block.file != first_block.file
            && form.words == first_form.words
            && (entry.code.is_some() || !block.code.is_null())
    });
    Some(later.unwrap_or(first))
}

/// For each pattern of each block, the verb its comment names
/// (`- * INDEPENDENCE [054] # RECOGNISE`), when that is one of the block's
/// verbs. CAMEO.2.0 keeps all the patterns of a synonym block together and
/// marks each with the verb it was written for (as do dyad's verb additions);
/// the parser keeps that comment in [`dyad_dict::Pattern::comment`]. `None`:
/// the pattern applies to every verb of the block.
fn pattern_verbs(verbs: &dyad_dict::VerbDictionary) -> Vec<Vec<Option<String>>> {
    verbs
        .blocks
        .iter()
        .map(|block| {
            let names: HashSet<String> = block
                .verbs
                .iter()
                .flat_map(|v| [v.primary.words.join("_"), v.primary.verb().to_string()])
                .collect();
            block
                .patterns
                .iter()
                .map(|p| {
                    let word = p.comment.as_deref()?.split_whitespace().next()?;
                    let word = word.to_uppercase();
                    names.contains(&word).then_some(word)
                })
                .collect()
        })
        .collect()
}

/// The 3-letter root of an actor code (the whole code when shorter).
/// "Germany told France to leave", "encouraged the CIA to release the
/// files": a verb coded as a plain statement (010) or as endorsement (051)
/// with an object and a to-infinitive complement directs its object to act,
/// which CAMEO codes as a request (020), not as words or praise. Likewise
/// *want* / *wish* coded as intent (030, the Phoenix WANT block): "Obama
/// wants Putin to act" states what Obama asks of Putin, an appeal to him,
/// not an intent of Obama's own.
fn is_request(tree: &Tree<'_>, v: usize, code: &str) -> bool {
    let wish = code == "030" && matches!(tree.lemma_lower(v).as_str(), "want" | "wish");
    if code != PLAIN_STATEMENT && code != "051" && !wish {
        return false;
    }
    let Some(object) = tree.child_with(v, |r| r == "obj" || r == "iobj") else {
        return false;
    };
    // The parser also hangs the infinitive as an adverbial clause
    // ("encouraging allies such as Germany to restrict…").
    tree.children[v].iter().any(|&x| {
        x > object
            && matches!(tree.rel(x), "xcomp" | "advcl")
            && tree
                .child_with(x, |r| r == "mark")
                .is_some_and(|m| tree.upper[m] == "TO")
    })
}

/// Is the actor the object of an *in*/*at* phrase ("in New Zealand", "in
/// the Senate"): a place rather than a party?
fn in_place_phrase(tree: &Tree<'_>, actor: &Actor) -> bool {
    (actor.first..=actor.last.min(tree.words.len().saturating_sub(1)))
        .filter(|&i| tree.heads[i].is_none_or(|h| h < actor.first || h > actor.last))
        .any(|i| matches!(tree.case_of(i), Some("IN" | "AT" | "INSIDE")))
}

/// The speaker of a quotation (`src/quoted.rs`): its words, their
/// character spans in the article, and the sentence naming it.
#[derive(Debug, Clone)]
struct QuoteSpeaker {
    forms: Vec<String>,
    spans: Vec<(usize, usize)>,
    sentence: usize,
    /// The quoted words (and spans) of the latest sentence of the open
    /// quotation: what a pronoun in the next one may refer to ("… Turkey.
    /// They must …").
    before: Vec<(String, (usize, usize))>,
}

impl QuoteSpeaker {
    /// The speaker named by `words` of sentence `sentence`; `None` when a
    /// word has no character span.
    fn of_words(
        tree: &Tree<'_>,
        words: &[usize],
        spans: &[(usize, usize)],
        sentence: usize,
    ) -> Option<QuoteSpeaker> {
        let spans: Vec<(usize, usize)> = words
            .iter()
            .filter_map(|&i| spans.get(i).copied())
            .collect();
        (spans.len() == words.len()).then(|| QuoteSpeaker {
            forms: words.iter().map(|&i| tree.words[i].form.clone()).collect(),
            spans,
            sentence,
            before: Vec::new(),
        })
    }
}

/// Do two event sides have the same actor code?
fn same_code(a: &Option<ActorRef>, b: &Option<ActorRef>) -> bool {
    let code = |x: &Option<ActorRef>| x.as_ref().and_then(|r| r.code.clone());
    code(a) == code(b)
}

/// Roles that bear arms for a side: their force in their own country is
/// civil conflict ("the Taliban seized Kabul"); a man stabbing his
/// neighbour is crime.
const ARMED_ROLES: &[&str] = &["MIL", "REB", "INS", "UAF", "COP", "GOV", "SPY", "SEP"];

/// Role codes of people, not of states or armed groups: those a police
/// force, court or army acts on ("protesters", "journalists", "students").
const PEOPLE_ROLES: &[&str] = &[
    "OPP", "PPL", "CVL", "MED", "EDU", "LAB", "CRM", "REF", "HRI", "REL", "BUS", "HLH",
];

/// A dictionary code naming several actors (`FRO/BIL/SAM`) is a compound
/// actor: one actor per code.
fn split_compound_code(actor: Actor) -> Vec<Actor> {
    if !actor.code.contains('/') {
        return vec![actor];
    }
    actor
        .code
        .split('/')
        .filter(|c| !c.trim().is_empty())
        .map(|c| Actor {
            code: c.trim().to_string(),
            ..actor.clone()
        })
        .collect()
}

struct Roles {
    sources: Vec<Actor>,
    targets: Vec<Actor>,
    /// The complement clause (`ccomp`) the targets were read from.
    complement: Option<usize>,
    /// A compound subject without a target does not act on itself (the
    /// target was dropped, not absent).
    no_reciprocal: bool,
    /// Both roles come from the verb's own dependents.
    direct: bool,
}

/// Are the other words of a multi-word verb form present: among the verb's
/// dependents, or right next to it in the given order?
fn multiword_present(tree: &Tree<'_>, v: usize, words: &[String], verb_index: usize) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        if k == verb_index {
            return true;
        }
        let offset = k as isize - verb_index as isize;
        let adjacent = v as isize + offset;
        let at_offset = adjacent >= 0
            && (adjacent as usize) < tree.words.len()
            && tree.upper[adjacent as usize] == *w;
        at_offset || tree.children[v].iter().any(|&c| tree.upper[c] == *w)
    })
}

/// How many sentences back (news) a non-personal pronoun ("they", "it")
/// finds its antecedent.
const PRONOUN_REACH: usize = 2;

/// Verbs whose object, not subject, is who performs their infinitive
/// complement ("prompted X to sever", "urged X to leave").
/// Does the verb at `v` support, back or endorse an object that a negative
/// evaluative word qualifies ("supporting the regime's destructive
/// ambitions", "backed the illegal annexation")?
fn supports_condemned(tree: &Tree<'_>, v: usize) -> bool {
    const SUPPORT_VERBS: &[&str] = &["support", "back", "endorse", "champion", "abet"];
    if !SUPPORT_VERBS.contains(&tree.lemma_lower(v).as_str()) {
        return false;
    }
    let words = EvaluativeWords::embedded();
    tree.children[v]
        .iter()
        .filter(|&&o| tree.base_rel(o) == "obj")
        .flat_map(|&o| tree.children[o].iter().copied())
        .filter(|&m| tree.base_rel(m) == "amod")
        .any(|m| {
            let lemma = tree.lemma_lower(m);
            words.polarity(&[lemma.as_str()]) == Some(Polarity::Negative)
        })
}

/// An event reported earlier in the article, for descriptions that refer
/// back to it ("the decision", "the strikes"): its source's code, its CAMEO
/// code and the lemmas of the word it was coded from and of that word's
/// object, space-separated ("carry strike"; "" when unknown).
pub(crate) type RecentEvent = (String, String, String);

/// Nouns of a relation to another actor: "an ally of Moscow" is not
/// Moscow.
const RELATION_NOUNS: &[&str] = &[
    "ally",
    "partner",
    "neighbour",
    "neighbor",
    "rival",
    "enemy",
    "foe",
    "adversary",
    "critic",
    "opponent",
    "supporter",
    "backer",
    "friend",
];

/// Verbs whose object is what the subject sends somewhere: troops, ships,
/// aircraft (not the receiving party). "order" as in "Biden ordered an
/// aircraft carrier to the eastern Mediterranean".
const SENDING_VERBS: &[&str] = &[
    "send", "deploy", "dispatch", "despatch", "move", "station", "position", "redeploy", "order",
];

const OBJECT_CONTROL: &[&str] = &[
    "prompt",
    "force",
    "lead",
    "cause",
    "urge",
    "compel",
    "push",
    "pressure",
    "persuade",
    "oblige",
    "drive",
    "spur",
    "invite",
    "encourage",
    "ask",
    "tell",
    "order",
    "allow",
    "permit",
    "help",
    "enable",
    "convince",
    "advise",
    "instruct",
    "direct",
    "authorize",
    "authorise",
    "require",
    "warn",
    "request",
    "empower",
    "want",
    "wish",
    "expect",
    "need",
    "beg",
    "implore",
];

/// CAMEO codes of acts only a state's government performs: break off
/// relations (161), cut aid (162), embargoes and sanctions (163), halt
/// negotiations (164), expel or withdraw peacekeepers (166), administrative
/// sanctions and bans (172), expulsion (174).
const STATE_ACTS: &[&str] = &["161", "162", "163", "164", "166", "172", "174"];

/// Roles whose protests, with no object named, are against their own
/// government: the people, the opposition, students, workers, legislators.
const PROTESTING_ROLES: &[&str] = &["", "OPP", "PPL", "CVL", "EDU", "LAB", "LEG", "REL"];

/// Prepositions that name what a protest is against (upper case, as
/// `Tree::case_of` gives them).
const PROTEST_OBJECT_CASES: &[&str] = &["AGAINST", "OVER", "TO", "AT", "OUTSIDE"];

/// Nouns that name people by their place in a body ("members of the
/// House of Commons", "leaders of the party"): such a person acts for the
/// body after "of".
const MEMBER_NOUNS: &[&str] = &[
    "member",
    "leader",
    "head",
    "representative",
    "delegate",
    "delegation",
    "official",
    // "Hundreds of opposition supporters were arrested", "dozens of
    // journalists": a counted crowd is the people counted.
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "scores",
];

/// Nouns of bodies and groups that take their members' agent code
/// ("village councils", "militant organisation", "rebel group"), lower case.
const BODY_NOUNS: &[&str] = &[
    "council",
    "office",
    "committee",
    "commission",
    "group",
    "organisation",
    "organization",
    "association",
    "union",
    "party",
    "body",
    "agency",
    "authority",
    "board",
    "force",
    "unit",
    "movement",
    "network",
    "coalition",
    "alliance",
    "leadership",
    "representative",
    "delegation",
];

/// Courts and prisons, which a phrase after "in" names as the place of an
/// act (a subset of [`VENUE_NOUNS`] that no force is aimed at), lower case.
const JUDICIAL_VENUE_NOUNS: &[&str] = &[
    "prison",
    "jail",
    "gaol",
    "custody",
    "detention",
    "court",
    "courthouse",
    "courtroom",
];

/// Buildings and institutions that a locative phrase names as the place of
/// an act ("in prison", "at school", "in court"), lower case.
const VENUE_NOUNS: &[&str] = &[
    "prison",
    "jail",
    "gaol",
    "custody",
    "detention",
    "court",
    "courthouse",
    "courtroom",
    "school",
    "university",
    "college",
    "hospital",
    "clinic",
    "church",
    "mosque",
    "synagogue",
    "temple",
];

/// Currency words after a country name ("US$", "Hong Kong dollars"),
/// upper case as the scan sees them.
const CURRENCY_WORDS: &[&str] = &[
    "$", "DOLLAR", "DOLLARS", "CENT", "CENTS", "POUND", "POUNDS", "STERLING", "YUAN", "YEN",
    "RUBLE", "RUBLES", "ROUBLE", "ROUBLES", "RUPEE", "RUPEES", "PESO", "PESOS", "FRANC", "FRANCS",
    "CURRENCY",
];

/// Verbs of asking, urging and ordering: the infinitive after their object
/// ("asked Kyiv to investigate", "urged residents to evacuate", "ordered
/// troops to withdraw") is what the speaker wants done, not a reported act.
pub(crate) const REQUEST_VERBS: &[&str] = &[
    "ask",
    "urge",
    "encourage",
    "invite",
    "tell",
    "advise",
    "instruct",
    "direct",
    "order",
    "pressure",
    "press",
    "push",
    "request",
    "implore",
    "beg",
    "exhort",
    "lobby",
    "call",
    "appeal",
    "petition",
    "want",
    "wish",
];

/// Is `v` a verb of asking followed (after its object, if any) by a
/// question word ("asked officials how …", "asked whether …") and with no
/// infinitive of its own ("asked Iran to explain why" stays an appeal)?
fn is_question(tree: &Tree<'_>, v: usize) -> bool {
    if !matches!(tree.lemma_lower(v).as_str(), "ask" | "inquire" | "enquire") {
        return false;
    }
    if tree.children[v]
        .iter()
        .any(|&c| tree.base_rel(c) == "xcomp")
    {
        return false;
    }
    let after = match tree.child_with(v, |r| r == "obj" || r == "iobj") {
        Some(o) if o > v => tree.subtree(o, &|_| false).last().copied().unwrap_or(o) + 1,
        _ => v + 1,
    };
    tree.words.get(after).is_some_and(|w| {
        matches!(
            w.form.to_lowercase().as_str(),
            "how" | "why" | "whether" | "what" | "where" | "when" | "who" | "which" | "if"
        )
    })
}

/// Is `v` the infinitive complement (marked *to*) of a verb of
/// [`REQUEST_VERBS`] that has an object or an *on* complement ("asked
/// Zelensky to investigate", "called on NATO to act")? Subject control
/// ("asked to speak") is the subject's own act and stays. The parser may
/// hang the infinitive as `xcomp`, as `advcl` ("encouraged Zelensky to
/// investigate") or, taking the object for its subject, as `ccomp` ("asked
/// the council to help"); a purpose clause ("called Erdogan to discuss
/// Syria") is an `advcl` too, so that reading is left to the verbs whose
/// infinitive is always what they ask for.
pub(crate) fn is_requested_act(tree: &Tree<'_>, v: usize) -> bool {
    let rel = tree.base_rel(v);
    if !matches!(rel, "xcomp" | "advcl" | "ccomp" | "acl") {
        return false;
    }
    // "warned NATO against sending troops", "cautioned Israel against an
    // assault": what a warning advises against is no act either.
    let against = tree
        .child_with(v, |r| r == "mark")
        .is_some_and(|m| tree.lemma_lower(m) == "against");
    if against
        && tree.heads[v].is_some_and(|h| {
            matches!(
                tree.lemma_lower(h).as_str(),
                "warn" | "caution" | "advise" | "urge" | "call"
            )
        })
    {
        return true;
    }
    // "Iran demanded that Britain release the tanker", "asked that Russia
    // return the ships": a subjunctive (or *should*) that-clause of a verb
    // of asking is what is asked for, as the infinitive is.
    if rel == "ccomp" && is_mandative_clause(tree, v) {
        return true;
    }
    if tree
        .child_with(v, |r| r == "mark")
        .is_none_or(|m| tree.lemma_lower(m) != "to")
    {
        return false;
    }
    let Some(head) = tree.heads[v] else {
        return false;
    };
    if demanded_by_noun(tree, v, head) {
        return true;
    }
    if rel == "acl" {
        return false;
    }
    let lemma = tree.lemma_lower(head);
    if !REQUEST_VERBS.contains(&lemma.as_str()) {
        return false;
    }
    let called_on = || {
        tree.children[head]
            .iter()
            .any(|&c| tree.base_rel(c) == "obl" && tree.case_of(c) == Some("ON"))
    };
    // "called on the UN to protect civilians": after *call on* the
    // infinitive is what is asked for, however the parser hangs it ("called
    // Erdogan to discuss Syria" is a purpose, and stays).
    if rel != "xcomp" && ASKING_ONLY.binary_search(&lemma.as_str()).is_err() && !called_on() {
        return false;
    }
    let addressee = called_on()
        || tree.children[head]
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "obj" | "iobj"));
    addressee || rel == "ccomp" && tree.child_with(v, |r| r == "nsubj").is_some()
}

/// Nouns of meetings and agreements whose *between* phrase names their
/// parties ("talks between", "a deal between"), not what they are about.
const PARTIES_NOUNS: &[&str] = &[
    "accord",
    "agreement",
    "call",
    "consultation",
    "conversation",
    "deal",
    "meeting",
    "negotiation",
    "summit",
    "talk",
    "treaty",
];

/// Does the word `w` lie in a *between* phrase below the verb `v` ("between
/// Russia and Turkey": the second member hangs on the first) of the verb
/// itself ("fighting between"), of its event noun or of a noun of meetings
/// or agreements ("a border dispute
/// between India and China was discussed" names no parties to the talk)?
fn between_parties_of(tree: &Tree<'_>, w: usize, v: usize, event_noun: Option<usize>) -> bool {
    let mut n = w;
    while n != v {
        if tree.case_of(n) == Some("BETWEEN") {
            return tree.heads[n].is_some_and(|h| {
                h == v
                    || Some(h) == event_noun
                    || PARTIES_NOUNS.contains(&tree.lemma_lower(h).as_str())
            });
        }
        match tree.heads[n] {
            Some(h) if !tree.is_verb(h) || h == v => n = h,
            _ => return false,
        }
    }
    false
}

/// Does the word `w` lie in a locative phrase ("in Jeddah", "at the
/// Kremlin") of a proper name below the node `top`?
fn in_locative_phrase(tree: &Tree<'_>, w: usize, top: usize) -> bool {
    let mut n = w;
    while n != top {
        if tree.base_rel(n) == "nmod" {
            return matches!(tree.case_of(n), Some("IN" | "AT" | "INSIDE"))
                && tree.words[n].upos == "PROPN";
        }
        match tree.heads[n] {
            Some(h) => n = h,
            None => return false,
        }
    }
    false
}

/// Verbs whose that-clause states what the subject wants done ("demanded
/// that Britain release", "urged that the talks resume").
const MANDATIVE_VERBS: &[&str] = &[
    "ask",
    "demand",
    "insist",
    "propose",
    "recommend",
    "request",
    "require",
    "urge",
];

/// Is `v` the subjunctive (bare verb, or verb with *should*) complement
/// clause of a verb of [`MANDATIVE_VERBS`]? "insisted that Britain had
/// seized the tanker" (a claim, not a demand) has a finite verb.
fn is_mandative_clause(tree: &Tree<'_>, v: usize) -> bool {
    let Some(head) = tree.heads[v] else {
        return false;
    };
    if !MANDATIVE_VERBS.contains(&tree.lemma_lower(head).as_str())
        || tree.child_with(v, |r| r.starts_with("nsubj")).is_none()
    {
        return false;
    }
    match tree.child_with(v, |r| r == "aux") {
        Some(aux) => tree.lemma_lower(aux) == "should",
        None => tree.words[v].xpos == "VB",
    }
}

/// Does the actor `t` lie in a clause the verb of hoping `v` governs (or in
/// its object, when the parser has made the clause's subject the object of
/// *hope*: "hoped [French officials] would be indicted")?
fn in_hoped_clause(tree: &Tree<'_>, v: usize, t: &Actor) -> bool {
    let clause = |c: usize| matches!(tree.base_rel(c), "ccomp" | "advcl" | "xcomp");
    // An object followed by a modal is the subject of a clause the parser
    // broke off ("hoped French officials would be indicted").
    let clause_subject = |c: usize| {
        tree.base_rel(c) == "obj"
            && tree
                .subtree(c, &|_| false)
                .into_iter()
                .max()
                .and_then(|last| tree.words.get(last + 1))
                .is_some_and(|w| {
                    matches!(
                        w.form.to_lowercase().as_str(),
                        "would" | "will" | "could" | "can" | "might" | "may" | "should"
                    )
                })
    };
    if !tree.children[v].iter().any(|&c| clause(c)) {
        return tree.children[v]
            .iter()
            .any(|&c| clause_subject(c) && tree.subtree(c, &|_| false).contains(&t.first));
    }
    tree.children[v]
        .iter()
        .filter(|&&c| clause(c) || tree.base_rel(c) == "obj")
        .any(|&c| tree.subtree(c, &|_| false).contains(&t.first))
}

/// Nouns of meetings whose *on*-phrase names a topic, lower case.
const MEETING_NOUNS: &[&str] = &["summit", "conference", "meeting", "talks", "forum"];

/// The words of the topic of a meeting that is the object of `v`: the
/// *on*-phrases of the meeting noun or of `v`, with any prepositional
/// phrase of `v` that directly follows one (the parser hangs "in Iran" of
/// "on the unrest in Iran" on the verb).
fn meeting_topic_words(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    let Some(object) = tree.child_with(v, |r| r == "obj") else {
        return Vec::new();
    };
    if !MEETING_NOUNS.contains(&tree.lemma_lower(object).as_str()) {
        return Vec::new();
    }
    let mut topic: Vec<usize> = Vec::new();
    let mut phrases: Vec<usize> = tree.children[object]
        .iter()
        .chain(&tree.children[v])
        .copied()
        .filter(|&c| matches!(tree.base_rel(c), "nmod" | "obl") && tree.case_of(c) == Some("ON"))
        .collect();
    phrases.sort_unstable();
    for phrase in phrases {
        topic.extend(tree.subtree(phrase, &|_| false));
    }
    // Phrases of the verb right after the topic continue it.
    let mut siblings: Vec<usize> = tree.children[v]
        .iter()
        .copied()
        .filter(|&c| tree.base_rel(c) == "obl" && tree.case_of(c).is_some())
        .collect();
    siblings.sort_unstable();
    for c in siblings {
        let words = tree.subtree(c, &|_| false);
        let first = words.iter().copied().min().unwrap_or(c);
        if first > 0 && topic.contains(&(first - 1)) {
            topic.extend(words);
        }
    }
    topic
}

/// Nouns of demand whose *to*-infinitive is what is demanded ("pressure to
/// help Iran", "calls to resign"), lower case.
const DEMAND_NOUNS: &[&str] = &["pressure", "call", "demand", "appeal", "request", "plea"];

/// Is the infinitive `v` (marked *to*) what a noun of demand asks for:
/// hung on the noun ("under pressure to help Iran", `acl`) or on the verb
/// whose object the noun is, or which it follows after *under* ("faces
/// pressure from Congress to help Iran", "rejected calls to resign", "came
/// under pressure to aid Greece")? The act is only demanded, not done.
fn demanded_by_noun(tree: &Tree<'_>, v: usize, head: usize) -> bool {
    let demand = |n: usize| DEMAND_NOUNS.contains(&tree.lemma_lower(n).as_str());
    if tree.base_rel(v) == "acl" {
        return demand(head);
    }
    if !matches!(tree.base_rel(v), "xcomp" | "advcl") {
        return false;
    }
    // The tagger may read the noun as a verb ("faces pressure/VB from his
    // partners to help Greece"): a subjectless, objectless "pressure".
    if demand(head)
        && !tree.children[head]
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "nsubj" | "obj" | "iobj"))
    {
        return true;
    }
    tree.children[head].iter().any(|&c| {
        c < v
            && demand(c)
            && (tree.base_rel(c) == "obj"
                || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("UNDER"))
    })
}

/// The verbs of [`REQUEST_VERBS`] whose infinitive after an object is
/// never a purpose clause (sorted, for binary search).
const ASKING_ONLY: &[&str] = &[
    "advise",
    "ask",
    "beg",
    "encourage",
    "exhort",
    "implore",
    "instruct",
    "invite",
    "order",
    "pressure",
    "request",
    "tell",
    "urge",
];

/// A yield the dictionary codes as done by both sides (`0841:0841`,
/// "exchanged prisoners"): a compound subject does it to each other.
fn is_mutual_yield(code: &VerbCode) -> bool {
    code.event.as_deref().is_some_and(|c| c.starts_with("08")) && code.reverse == code.event
}

/// "according to prosecutors" names the source of a report, "amid
/// protests" / "despite objections" the circumstances: neither is whom an
/// act was done to.
fn is_circumstance(tree: &Tree<'_>, n: usize) -> bool {
    matches!(tree.case_of(n), Some("ACCORDING" | "AMID" | "DESPITE"))
}

/// The prepositional modifiers of the noun `n` and of the nouns they modify
/// in turn ("control | of the city | to the army"), nearest first, at most
/// three levels down; relative clauses and other clauses are not entered.
fn noun_modifiers<'t>(tree: &'t Tree<'_>, n: usize) -> impl Iterator<Item = usize> + 't {
    let mut out = Vec::new();
    let mut level = vec![n];
    for _ in 0..3 {
        let next: Vec<usize> = level
            .iter()
            .flat_map(|&m| tree.children[m].iter().copied())
            .filter(|&c| tree.base_rel(c) == "nmod" && !is_circumstance(tree, c))
            .collect();
        out.extend(next.iter().copied());
        level = next;
    }
    out.into_iter()
}
/// The index of the word an event's action offsets point at, among the
/// sentence's word spans.
pub(crate) fn action_word(e: &Event, spans: &[(usize, usize)]) -> Option<usize> {
    let action = e.offsets.action?;
    spans.iter().position(|s| s.0 == action[0])
}

/// "both regions", "the two countries", "both sides": the last two
/// actors named in a coordination ("Abkhazia and South Ossetia"), else the
/// last two distinct countries named.
fn group_reference(tree: &Tree<'_>, n: usize, antecedents: &[Antecedent]) -> Option<Vec<Actor>> {
    let noun = tree.lemma_lower(n);
    let role = match noun.as_str() {
        "country" | "nation" | "state" | "region" | "side" | "neighbour" | "neighbor" => "",
        "government" | "leader" => "GOV",
        "military" | "army" => "MIL",
        _ => return None,
    };
    let two = tree.children[n].iter().any(|&c| {
        let w = tree.words[c].form.to_lowercase();
        (tree.base_rel(c) == "det" || tree.base_rel(c) == "cc:preconj") && w == "both"
            || tree.base_rel(c) == "nummod" && w == "two"
    });
    if !two || tree.words[n].xpos != "NNS" {
        return None;
    }
    let fits =
        |a: &Antecedent| is_country_code(&a.code) || noun == "side" && has_known_root(&a.code);
    let actor = |code: &str| {
        let code = if role.is_empty() || !is_country_code(code) {
            code.to_string()
        } else {
            format!("{}{role}", root_of(code))
        };
        Actor::inferred(code, n, n, Some("antecedent"))
    };
    // The last coordinated pair.
    let pair = antecedents.windows(2).rev().find(|w| {
        w[1].coordinated && fits(&w[0]) && fits(&w[1]) && root_of(&w[0].code) != root_of(&w[1].code)
    });
    if let Some(w) = pair {
        return Some(vec![actor(&w[0].code), actor(&w[1].code)]);
    }
    // "both regions" needs the pair; countries are the last two named.
    if noun == "region" {
        return None;
    }
    let mut roots: Vec<&Antecedent> = Vec::new();
    for a in antecedents
        .iter()
        .rev()
        .filter(|a| is_country_code(&a.code))
    {
        if !roots.iter().any(|r| root_of(&r.code) == root_of(&a.code)) {
            roots.push(a);
        }
        if roots.len() == 2 {
            let codes: Vec<String> = roots.iter().map(|a| root_of(&a.code).to_string()).collect();
            return Some(codes.iter().rev().map(|c| actor(c)).collect());
        }
    }
    None
}

/// Nouns that name an event already reported ("criticised the decision",
/// "condemned the operation"): the actor of that event is the target. With
/// [`FORCE_NOUNS`].
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "decision",
    "move",
    "announcement",
    "plan",
    "proposal",
    "policy",
    "order",
    "ban",
    "law",
    "bill",
    "sanction",
    "measure",
    "restriction",
    "withdrawal",
    "suspension",
    "prorogation",
    "statement",
    "remark",
    "comment",
    "action",
    "step",
    "call",
    "appeal",
    "request",
    "demand",
    "recommendation",
    "suggestion",
    "initiative",
    "offer",
    "invitation",
    "threat",
    "accusation",
    "criticism",
    "ultimatum",
    "investigation",
    "inquiry",
    "probe",
    "ruling",
    "verdict",
    "judgment",
    "judgement",
    "sentence",
    "sentencing",
    "closure",
    "proclamation",
    // Acts of coercion or force a speaker judges ("called the seizure an
    // unacceptable act", "said the annexation was a crime").
    "seizure",
    "annexation",
    "occupation",
    "blockade",
    "intervention",
    "expulsion",
];

/// Nouns naming acts whose possessor is their author (news): "Iran's
/// proposal", "the government's repression of protesters". With
/// [`EVENT_NOUNS`] and [`FORCE_NOUNS`].
const ACT_NOUNS: &[&str] = &[
    "repression",
    "crackdown",
    "aggression",
    "occupation",
    "intervention",
    "involvement",
    "admission",
    "response",
    "handling",
    "treatment",
    "behavior",
    "behaviour",
    "conduct",
    "support",
    "refusal",
    "rejection",
    "annexation",
    "blockade",
    "persecution",
];

/// Is `lemma` a noun naming an act ([`ACT_NOUNS`], [`EVENT_NOUNS`],
/// [`FORCE_NOUNS`])?
pub(crate) fn is_act_noun(lemma: &str) -> bool {
    [ACT_NOUNS, EVENT_NOUNS, FORCE_NOUNS]
        .iter()
        .any(|list| list.contains(&lemma))
}

/// Nouns of force: they refer back to an event of force (CAMEO 15–20).
pub(crate) const FORCE_NOUNS: &[&str] = &[
    "operation",
    "offensive",
    "attack",
    "strike",
    "incursion",
    "invasion",
    "raid",
    "bombing",
    "shelling",
    "deployment",
    "shooting",
    "killing",
    "crackdown",
    "assault",
    "bombardment",
    "airstrike",
    "massacre",
    "arrest",
    "detention",
];

/// "Turkey launched an offensive. The EU condemned the operation.": the
/// object (or passive subject) of a verb without a target, a definite event
/// noun with no actor of its own, stands for the most recent event of its
/// kind in the article, whose source becomes the target.
fn event_noun_target(
    tree: &Tree<'_>,
    v: usize,
    roles: &Roles,
    recent_events: &[RecentEvent],
) -> Option<Actor> {
    // "ruled the prorogation was unlawful": the subject of the verb's
    // complement clause, when it has no object of its own.
    let n = tree
        .child_with(v, |r| r == "obj" || r == "nsubj:pass")
        .or_else(|| {
            let c = tree.child_with(v, |r| r == "ccomp")?;
            tree.child_with(c, |r| r == "nsubj" || r == "nsubj:pass")
        })?;
    event_noun_actor(tree, n, roles, recent_events)
}

/// The kind of act an event noun names, as CAMEO roots (empty: any act);
/// `None` for other nouns.
fn event_noun_kind(noun: &str) -> Option<&'static [u32]> {
    if FORCE_NOUNS.contains(&noun) {
        return Some(match noun {
            // An attack is force, not a curfew, martial law or arrests
            // (17) declared since: "Zelensky declared martial law … Biden
            // condemned the attack" is Russia's attack.
            "attack" | "strike" | "invasion" | "incursion" | "raid" | "bombing" | "shelling"
            | "shooting" | "assault" | "bombardment" | "airstrike" | "massacre" | "offensive" => {
                &[15, 18, 19, 20]
            }
            "arrest" | "detention" | "crackdown" => &[17, 18],
            // A killing is violence, not an expulsion or arrests (17)
            // reported since: "A US drone strike killed Soleimani … Iraq's
            // parliament voted to expel US troops … Russia condemned the
            // killing" is the strike's.
            "killing" => &[18, 19, 20],
            _ => &[15, 17, 18, 19, 20],
        });
    }
    if !EVENT_NOUNS.contains(&noun) {
        return None;
    }
    Some(match noun {
        "withdrawal" => &[8, 16],
        // A decision or a move is an act, not words: "criticized the
        // decision" is not about a statement of support.
        "decision" | "move" | "step" | "action" | "measure" => &[6, 7, 8, 15, 16, 17, 18, 19, 20],
        // An investigation (09) or the formal accusation it leads to (11:
        // impeachment, lawsuits).
        "investigation" | "inquiry" | "probe" => &[9, 11],
        "call" | "appeal" | "request" | "recommendation" | "suggestion" | "proposal" => &[2, 3, 10],
        "demand" | "ultimatum" => &[10],
        "threat" => &[13],
        "accusation" | "criticism" => &[11],
        // A court's ruling or sentence: a judgment against someone (11 in
        // the gold's conventions for rulings against a government) or a
        // penalty (17: sentencing, detention).
        "ruling" | "verdict" | "judgment" | "judgement" => &[11, 12, 17],
        "sentence" | "sentencing" => &[17],
        // A closure (of a border, an embassy, an airspace) reduces relations
        // or blockades (16, 17); a proclamation recognises or annexes (05, 17).
        "closure" => &[16, 17],
        "proclamation" => &[5, 17],
        "offer" | "invitation" | "initiative" => &[3, 4, 5],
        "ban" | "sanction" | "restriction" | "suspension" | "prorogation" => &[16, 17],
        "seizure" | "annexation" | "occupation" | "blockade" | "intervention" => {
            &[15, 17, 18, 19, 20]
        }
        // Of diplomats (16) or of people (17).
        "expulsion" => &[16, 17],
        _ => &[],
    })
}

/// The source of the latest event (other than the `roles`' sources') of the
/// kind the definite event noun at `n` names ("the operation", "the move").
fn event_noun_actor(
    tree: &Tree<'_>,
    n: usize,
    roles: &Roles,
    recent_events: &[RecentEvent],
) -> Option<Actor> {
    let noun = tree.lemma_lower(n);
    let kind = event_noun_kind(&noun)?;
    let definite = tree.children[n].iter().any(|&c| {
        tree.base_rel(c) == "det" && matches!(tree.lemma_lower(c).as_str(), "the" | "this" | "that")
    });
    // "Trump's decision", "the decision of the court", "the US decision":
    // the noun names its own author. "criticized the decision via Twitter",
    // "the decision on Syria": a phrase of channel or topic names none; nor
    // does what it is called ("slammed the operation as ethnic cleansing").
    let owned = tree.children[n].iter().any(|&c| {
        tree.base_rel(c) == "compound"
            || tree.rel(c) == "nmod:poss"
            || (tree.base_rel(c) == "nmod"
                && !matches!(
                    tree.case_of(c),
                    Some(
                        "VIA"
                            | "ON"
                            | "OVER"
                            | "ABOUT"
                            | "REGARDING"
                            | "CONCERNING"
                            | "IN"
                            | "AT"
                            | "AS"
                    )
                ))
    });
    if !definite || owned {
        return None;
    }
    let of_kind = |(source, cameo, _): &&RecentEvent| {
        let root: u32 = cameo.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0);
        (kind.is_empty() || kind.contains(&root))
            && !roles.sources.iter().any(|s| s.code == *source)
    };
    // "The US and Britain carried out strikes in response to the Houthis'
    // attacks. Iran condemned the strikes": an event told with the noun's
    // own word first, then the latest of its kind.
    let same_word = |(_, _, words): &&RecentEvent| words.split(' ').any(|w| w == noun);
    let (source, _, _) = recent_events
        .iter()
        .rev()
        .filter(of_kind)
        .find(same_word)
        .or_else(|| recent_events.iter().rev().find(of_kind))?;
    Some(Actor::inferred(source.clone(), n, n, Some("event")))
}

/// Verb blocks whose block code is too vague for news without a pattern
/// (see [`Coder::predicate`]).
const VAGUE_BLOCKS: &[&str] = &["GRANT", "OVERSEE_MANAGE", "AID", "GO_SOMEWHERE", "ALLOW"];

/// Nouns for messages whose content is their author's act.
const COMMUNICATION_NOUNS: &[&str] = &[
    "message",
    "statement",
    "letter",
    "tweet",
    "post",
    "speech",
    "video",
    "note",
    "communique",
    "resolution",
    "report",
    // Session 9 (`src/shared.rs`): "approved a motion urging Turkey to …",
    // "issued a decree expelling …".
    "motion",
    "decree",
    "declaration",
    // "signed treaties annexing four regions of Ukraine", "signed a law
    // banning …": what a signed text does, its signer does.
    "treaty",
    "law",
    "bill",
];

/// The subject a verb without one shares: an `xcomp`'s controller (the
/// object of a verb of [`OBJECT_CONTROL`], else the governor's subject), the first
/// conjunct's subject, an `advcl`'s main clause subject.
fn inherited_subject(tree: &Tree<'_>, v: usize) -> Option<usize> {
    let mut cur = v;
    for _ in 0..8 {
        let head = tree.heads[cur]?;
        match tree.base_rel(cur) {
            "xcomp" | "conj" | "advcl" | "ccomp" => {}
            // "posted a message blaming Iran": what a message, statement or
            // letter does, its author does.
            // "Russia was the first country to recognise Abkhazia",
            // "became the first power to recognise": the subject of the
            // copula or of *become* performs the infinitive.
            "acl"
                if tree
                    .child_with(cur, |r| r == "mark")
                    .is_some_and(|m| tree.lemma_lower(m) == "to") =>
            {
                if tree.child_with(head, |r| r == "cop").is_some() {
                    return tree.child_with(head, |r| r == "nsubj");
                }
                // "Iran's decision to seize the tanker", "announced a plan
                // to expel diplomats" (`src/shared.rs`).
                if let Some(owner) = shared::undertaking_owner(tree, head) {
                    return Some(owner);
                }
                let verb = tree.heads[head]?;
                let linking = matches!(tree.lemma_lower(verb).as_str(), "become" | "remain" | "be");
                if linking && matches!(tree.base_rel(head), "xcomp" | "obj") {
                    return tree.child_with(verb, |r| r == "nsubj");
                }
                return None;
            }
            // "Pompeo posted a message on Twitter blaming Iran": what a
            // message, statement or letter does, its author does, wherever
            // the parser hung the message. "Police fired at the crowd,
            // injuring dozens": a participle set off by a comma from a
            // common noun is the clause's, not the noun's ("a loudspeaker
            // broadcasting propaganda" keeps its own subject).
            // "published a statement on its website accusing Japan": the
            // parser may hang the participle on a noun of the message's
            // own phrase.
            "acl"
                if tree.words[cur].xpos == "VBG"
                    && tree.child_with(cur, |r| r.starts_with("nsubj")).is_none() =>
            {
                let message = std::iter::successors(Some(head), |&n| {
                    (tree.base_rel(n) == "nmod")
                        .then(|| tree.heads[n])
                        .flatten()
                })
                .take(3)
                .find(|&n| COMMUNICATION_NOUNS.contains(&tree.lemma_lower(n).as_str()));
                return match message {
                    // "a resolution condemning Russia, adopted by the
                    // General Assembly"; not "Russia vetoed a resolution
                    // condemning Syria" (`src/shared.rs`).
                    Some(m) => match shared::message_author(tree, m) {
                        Ok(Some(author)) => Some(author),
                        Ok(None) => governing_subject(tree, m),
                        Err(()) => None,
                    },
                    None if set_off_by_comma(tree, cur) && tree.words[head].upos == "NOUN" => {
                        governing_subject(tree, head)
                    }
                    // "protesters calling for the resignation of Maduro":
                    // the noun does what its participle says
                    // (`src/shared.rs`).
                    None => shared::participle_agent(tree, cur),
                };
            }
            _ => return None,
        }
        // "… after a hafling was reported": a passive verb does not share
        // an active subject.
        if tree.children[cur]
            .iter()
            .any(|&c| tree.rel(c) == "aux:pass")
        {
            return None;
        }
        if tree.base_rel(cur) == "ccomp" {
            return None;
        }
        // "prompting Tbilisi to sever relations", "forced Gondor to
        // withdraw": a verb that makes or moves someone to act hands the
        // infinitive to its object (object control).
        // The parser may label the infinitive an adverbial clause ("China
        // urged the United States to stop arming Taiwan").
        let infinitive_after_object = tree.base_rel(cur) == "advcl"
            && tree
                .child_with(cur, |r| r == "mark")
                .is_some_and(|m| tree.lemma_lower(m) == "to")
            && tree
                .child_with(head, |r| r == "obj" || r == "iobj")
                .is_some_and(|o| o < cur);
        if (tree.base_rel(cur) == "xcomp" || infinitive_after_object)
            && OBJECT_CONTROL.contains(&tree.lemma_lower(head).as_str())
        {
            if let Some(o) = tree.child_with(head, |r| r == "obj" || r == "iobj") {
                if matches!(tree.words[o].upos.as_str(), "PROPN" | "NOUN") {
                    return Some(o);
                }
            }
        }
        // "jailed a man for helping militants", "thanked Japan for
        // sending aid", "was arrested for smuggling": a *for* + gerund
        // clause names what the object (or passive subject) did, the reason
        // for the main verb, not something its subject does.
        if tree.base_rel(cur) == "advcl"
            && tree.words[cur].xpos == "VBG"
            && tree
                .child_with(cur, |r| r == "mark")
                .is_some_and(|m| tree.lemma_lower(m) == "for")
        {
            // A bare singular common noun is a mass or abstract noun
            // ("drew praise for helping"), never the one who acted.
            let patient = tree.child_with(head, |r| r == "obj" || r == "nsubj:pass");
            if let Some(o) = patient {
                // "a man", "two men", "his son" count persons; "both
                // praise and criticism" does not.
                let counted = tree.children[o].iter().any(|&c| match tree.base_rel(c) {
                    "det" => matches!(
                        tree.lemma_lower(c).as_str(),
                        "a" | "an" | "the" | "this" | "that" | "these" | "those"
                    ),
                    "nummod" => true,
                    _ => tree.rel(c) == "nmod:poss",
                });
                let person_like = match tree.words[o].upos.as_str() {
                    "PROPN" => true,
                    "NOUN" => tree.words[o].xpos == "NNS" || counted,
                    _ => false,
                };
                if person_like {
                    return Some(o);
                }
            }
        }
        if let Some(s) = tree.child_with(head, |r| r == "nsubj") {
            return Some(s);
        }
        // "Iran was attacked by Israel and retaliated against its bases": an
        // active conjunct of a passive verb shares its passive subject
        // (`src/shared.rs` reads the passive ones).
        if tree.base_rel(cur) == "conj"
            && tree.is_verb(head)
            && shared::passive_conjunct_subject(tree, cur).is_none()
        {
            if let Some(s) = tree.child_with(head, |r| r == "nsubj:pass") {
                return Some(s);
            }
        }
        // "was wounded while fighting rebels", "was arrested after
        // attacking police": a gerund of time is done by the passive
        // subject too. Not after *by*, the means of the passive's own
        // agent, nor *in* ("had been allied with Kurdish groups in
        // fighting ISIS": a long partnership's background, not an act).
        if tree.base_rel(cur) == "advcl"
            && tree.words[cur].xpos == "VBG"
            && tree.child_with(cur, |r| r == "mark").is_some_and(|m| {
                matches!(
                    tree.lemma_lower(m).as_str(),
                    "while" | "after" | "before" | "when" | "since" | "upon" | "on"
                )
            })
        {
            if let Some(s) = tree.child_with(head, |r| r == "nsubj:pass") {
                return Some(s);
            }
        }
        // "Gollum was seen to break …": the passive subject controls the
        // infinitive.
        if tree.base_rel(cur) == "xcomp" {
            if let Some(s) = tree.child_with(head, |r| r == "nsubj:pass") {
                return Some(s);
            }
        }
        cur = head;
    }
    None
}

/// Participles that describe a standing relation, not an act ("an officer
/// surrounded by protesters", "the organization founded by Hubbard",
/// "territory occupied by Israel", "a party led by …"): no event.
const STATIVE_PARTICIPLES: &[&str] = &[
    "accompany",
    "back",
    "control",
    "dominate",
    "found",
    "fund",
    "govern",
    "hold",
    "host",
    "lead",
    "occupy",
    "own",
    "run",
    "sponsor",
    "support",
    "surround",
];

/// The *by* phrase of a passive participle that modifies a noun without a
/// subject of its own ("the sanctions imposed by the EU", "an airstrike,
/// carried out by Israeli jets"): a reduced relative clause.
fn reduced_passive_agent(tree: &Tree<'_>, v: usize) -> Option<usize> {
    if tree.rel(v) != "acl" || tree.words[v].xpos != "VBN" {
        return None;
    }
    if STATIVE_PARTICIPLES.contains(&tree.lemma_lower(v).as_str()) {
        return None;
    }
    if tree.children[v]
        .iter()
        .any(|&c| tree.base_rel(c).starts_with("nsubj") || tree.base_rel(c) == "aux")
    {
        return None;
    }
    effective_dependents(tree, v).into_iter().find(|&c| {
        tree.rel(c) == "obl:agent" || tree.base_rel(c) == "obl" && tree.case_of(c) == Some("BY")
    })
}

/// The words of the subjects of the clauses that report, claim or believe
/// the clause of `v` (`v` in their complement, `ccomp`): "The CIA believes
/// [the prince ordered the killing]", "Russia said [troops shelled the
/// town]".
fn reporter_words(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = v;
    for _ in 0..tree.words.len() {
        let Some(head) = tree.heads[cur] else { break };
        if tree.base_rel(cur) == "ccomp" {
            if let Some(s) = tree.child_with(head, |r| r == "nsubj") {
                out.extend(tree.subtree(s, &|_| false));
            }
        }
        cur = head;
    }
    out
}

/// Is the clause at `v` set off by a comma ("…, blaming Iran")?
fn set_off_by_comma(tree: &Tree<'_>, v: usize) -> bool {
    v > 0 && tree.words[v - 1].form == ","
        || tree.children[v]
            .iter()
            .any(|&c| c < v && tree.words[c].form == "," && tree.base_rel(c) == "punct")
}

/// The subject of the nearest clause above noun `n` whose subject is not
/// `n`'s own phrase: the author of a message ("posted a message …", "in a
/// statement issued by the ministry"). A relative pronoun subject stands for
/// the noun its clause modifies.
fn governing_subject(tree: &Tree<'_>, n: usize) -> Option<usize> {
    let mut cur = n;
    for _ in 0..4 {
        let head = tree.heads[cur]?;
        if tree.rel(cur) == "nsubj:pass" {
            if let Some(agent) = tree.child_with(head, |r| r == "obl:agent") {
                return Some(agent);
            }
        }
        if let Some(s) = tree.child_with(head, |r| r == "nsubj") {
            if s != cur {
                let relative = matches!(tree.words[s].xpos.as_str(), "WDT" | "WP");
                return if relative && tree.rel(head).starts_with("acl") {
                    tree.heads[head]
                } else {
                    Some(s)
                };
            }
        }
        cur = head;
    }
    None
}

/// The verb's dependents, plus the prepositional phrases the parser hung
/// one level too low, on an adverb or adjective of the verb ("was opposed
/// earlier by Osgiliath" with *by Osgiliath* under *earlier*).
pub(crate) fn effective_dependents(tree: &Tree<'_>, v: usize) -> Vec<usize> {
    let mut out = tree.children[v].clone();
    for &c in &tree.children[v] {
        let modifier = tree.base_rel(c) == "advmod"
            || tree.base_rel(c) == "xcomp" && matches!(tree.words[c].upos.as_str(), "ADJ" | "ADV");
        if modifier {
            out.extend(
                tree.children[c]
                    .iter()
                    .copied()
                    .filter(|&g| matches!(tree.base_rel(g), "obl" | "nmod")),
            );
        }
    }
    out
}

/// The head word of the phrase `[first, last]`: the word whose head lies
/// outside it (the last such word).
fn phrase_node(tree: &Tree<'_>, first: usize, last: usize) -> usize {
    (first..=last.min(tree.words.len() - 1))
        .rev()
        .find(|&i| tree.heads[i].is_none_or(|h| h < first || h > last))
        .unwrap_or(last.min(tree.words.len() - 1))
}

/// The first conjunct of the coordination `n` belongs to ("Osgiliath" in
/// "Gondor and Osgiliath" → "Gondor").
fn conj_root(tree: &Tree<'_>, n: usize) -> usize {
    let mut cur = n;
    for _ in 0..tree.words.len() {
        match tree.heads[cur] {
            Some(h) if tree.base_rel(cur) == "conj" && !tree.is_verb(cur) => cur = h,
            _ => break,
        }
    }
    cur
}

/// Verbs whose coordinated subjects act on each other by their meaning
/// ("the army and the rebels fought"), unlike *kill* or *pledge*.
const RECIPROCAL_LEMMAS: &[&str] = &["fight", "clash", "battle", "skirmish", "negotiate", "talk"];

/// Are two codes of one country a state force and an armed or organised
/// challenger of it (`SDNMIL` and `SDNREB`, `IRNCOP` and `IRNOPP`)?
fn civil_conflict_sides(a: &str, b: &str) -> bool {
    let role = |c: &str| c.get(3..6).unwrap_or("").to_string();
    let state = |r: &str| matches!(r, "GOV" | "MIL" | "COP" | "SPY");
    let challenger = |r: &str| matches!(r, "REB" | "INS" | "OPP");
    let (ra, rb) = (role(a), role(b));
    state(&ra) && challenger(&rb) || challenger(&ra) && state(&rb)
}

fn is_sources_own(tree: &Tree<'_>, target: &Actor, sources: &[Actor]) -> bool {
    if sources.len() != 1 {
        return false;
    }
    // The noun a modifier belongs to ("state" → "media" of "its state media").
    let mut t = phrase_node(tree, target.first, target.last);
    for _ in 0..4 {
        match (tree.base_rel(t), tree.heads[t]) {
            ("amod" | "compound" | "flat", Some(h)) => t = h,
            _ => break,
        }
    }
    !is_personal_pronoun(tree, t)
        && tree.children[t].iter().any(|&c| {
            tree.rel(c) == "nmod:poss"
                && matches!(tree.words[c].form.to_lowercase().as_str(), "its" | "their")
        })
}

/// Is `hit` a party name (a `PTY` actor code, `data/dictionaries/dyad.additions.actors.txt`)
/// written all in lower case, i.e. the ordinary word the party is named after?
fn is_lowercase_party(hit: &PhraseHit<'_>, words: &[Word]) -> bool {
    let PhraseHit::Actor(m) = hit else {
        return false;
    };
    let party = m.code.as_ref().is_some_and(|c| c.code.ends_with("PTY"));
    party
        && words
            .iter()
            .skip(hit.start())
            .take(hit.len())
            .all(|w| !w.form.chars().any(char::is_uppercase))
}

/// Is `hit` a one-word actor phrase for a person (a code with a role,
/// `POLOPP` for "Tusk") written in lower case and read as a common noun:
/// "harried him with a narwhal tusk", "a rose bush" name no politician.
fn is_lowercase_surname(hit: &PhraseHit<'_>, words: &[Word]) -> bool {
    let PhraseHit::Actor(m) = hit else {
        return false;
    };
    let Some(w) = words.get(hit.start()) else {
        return false;
    };
    hit.len() == 1
        && m.code.as_ref().is_some_and(|c| c.code.len() > 3)
        && w.upos == "NOUN"
        && !w.form.chars().any(char::is_uppercase)
}
