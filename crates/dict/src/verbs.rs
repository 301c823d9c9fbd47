//! The verb dictionary (`CAMEO.2.0.txt`): synsets, verb blocks with their
//! patterns, and transformations.
//!
//! Format (PETRARCH2 `docs/dictionaries.rst`):
//! * `&LABEL` followed by `+word` / `+multi_word` lines defines a synset.
//!   Plurals of the last word are generated unless the member or the label
//!   ends with `_`. A member may be another, earlier synset (`+&OTHER`).
//! * `--- NAME [code] ---` starts a verb block (no code = null code `---`).
//! * A verb line is `VERB {irregular forms} [own code]` (a `;` starts a
//!   TABARI-style comment there). Without `{...}` the
//!   regular forms (`S`/`ES`/`IES`, `D`/`ED`, `ING`) are generated. Multi-word
//!   verbs join words with `_` and mark the verb word with `+`
//!   (`+CORDON_OFF {+CORDONED_OFF ...}`, `WIRE_+TAP`).
//! * A pattern is `- pre-verb nouns/(PREP phrases) * post-verb nouns/(PREP
//!   phrases) [code]`: bare words are noun heads, `{ADJ NOUN}` is a noun
//!   phrase whose last word is the head, `(PREP NOUN)` a prepositional phrase,
//!   `&SYNSET` any member of the synset, `$`/`+` the source/target markers
//!   and `%`/`^` the TABARI compound/skip markers. `A_B` outside braces is
//!   read as the noun phrase `{A B}`. Codes may be `[event:reverse]`.
//! * `~ a (a b ATTACK) SAY = a b 015` is a transformation.
//!
//! Tolerated with a warning (PETRARCH2 reads these lines without failing,
//! though it cannot use them): a pattern naming an undefined synset, a
//! pattern with unbalanced `{}`/`()` or more than one `*` (all skipped), a
//! multi-word verb without `+` (skipped), text after a code. Errors (PETRARCH2
//! crashes or stores garbage): a pattern or verb line before any block
//! header, a pattern without `*` or without a `[code]`, a malformed
//! transformation or block header.

use std::collections::HashMap;

use crate::error::{DictError, DictWarning, Warnings};
use crate::lines::{comment_start, content_lines, regular_plural, split_brackets};

/// A verb or pattern code such as `042`, `042:043` (event and reverse event),
/// `:173` or `---` (null code).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VerbCode {
    /// As written inside the brackets.
    pub raw: String,
    /// The event code; `None` for the null code `---` or an empty part.
    pub event: Option<String>,
    /// The code after `:`, if any (TABARI: the event in the reverse
    /// direction, target → source).
    pub reverse: Option<String>,
}

impl VerbCode {
    /// Parse the text between the brackets.
    pub fn parse(raw: &str) -> VerbCode {
        let raw = raw.trim();
        let part = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s != "---").then(|| s.to_string())
        };
        let (event, reverse) = match raw.split_once(':') {
            Some((a, b)) => (part(a), part(b)),
            None => (part(raw), None),
        };
        VerbCode {
            raw: raw.to_string(),
            event,
            reverse,
        }
    }

    /// The null code `---`.
    pub fn null() -> VerbCode {
        VerbCode::parse("---")
    }

    /// `true` for the null code (no event in either direction).
    pub fn is_null(&self) -> bool {
        self.event.is_none() && self.reverse.is_none()
    }
}

/// A synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// The label without `&` and without a trailing `_`.
    pub name: String,
    /// The label ended with `_`: no plurals were generated.
    pub no_plurals: bool,
    pub line: usize,
    /// Every word sequence the synset stands for, plurals included.
    pub forms: Vec<Vec<String>>,
}

impl Synset {
    /// Is `words` (upper case) one of the forms?
    pub fn contains<S: AsRef<str>>(&self, words: &[S]) -> bool {
        self.forms
            .iter()
            .any(|f| f.len() == words.len() && f.iter().zip(words).all(|(a, b)| a == b.as_ref()))
    }
}

/// Index of a synset in [`VerbDictionary::synsets`].
pub type SynsetId = usize;

/// A word of a pattern: a literal (upper-case) word or any form of a synset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternTerm {
    Word(String),
    Synset(SynsetId),
}

/// A noun phrase of a pattern: `AID` or `{FINANCIAL AID}` (head `AID`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounPhrase {
    pub head: PatternTerm,
    /// The words before the head, in order.
    pub modifiers: Vec<PatternTerm>,
}

/// A prepositional phrase of a pattern: `(FOR {FINANCIAL AID})`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepPhrase {
    pub prep: PatternTerm,
    /// Its objects; may be empty (`(TO)`).
    pub objects: Vec<NounPhrase>,
}

/// TABARI-style markers inside patterns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// `$`: the source actor is here.
    Source,
    /// `+`: the target actor is here.
    Target,
    /// `%`: compound actor.
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
}

/// One side of a pattern (before or after the verb `*`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatternSide {
    pub nouns: Vec<NounPhrase>,
    pub preps: Vec<PrepPhrase>,
    pub markers: Vec<Marker>,
}

impl PatternSide {
    pub fn is_empty(&self) -> bool {
        self.nouns.is_empty() && self.preps.is_empty() && self.markers.is_empty()
    }
}

/// A verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Before `*`: the subject side.
    pub before: PatternSide,
    /// After `*`: objects and prepositional phrases.
    pub after: PatternSide,
    pub code: VerbCode,
    pub line: usize,
    /// The pattern as written, without its comment.
    pub text: String,
    /// The comment after `#` on the pattern's line, trimmed (`None` when
    /// empty). CAMEO.2.0 names there the verb of the block the pattern was
    /// written for (`- * INDEPENDENCE [054] # RECOGNISE`).
    pub comment: Option<String>,
}

/// One form of a verb: its words and which of them is the verb proper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbForm {
    /// Upper-case words, e.g. `["CORDONED", "OFF"]`.
    pub words: Vec<String>,
    /// Index in `words` of the word the parser tags as the verb.
    pub verb_index: usize,
}

impl VerbForm {
    /// The verb word.
    pub fn verb(&self) -> &str {
        &self.words[self.verb_index]
    }

    /// `true` for a multi-word verb.
    pub fn is_compound(&self) -> bool {
        self.words.len() > 1
    }
}

/// One verb line of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// The primary (first) form as written on the line.
    pub primary: VerbForm,
    /// All forms: the primary form first, then the irregular or generated ones.
    pub forms: Vec<VerbForm>,
    /// The verb's own code (`None`: use the block code).
    pub code: Option<VerbCode>,
    pub line: usize,
}

/// A verb synonym block with its patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The block name from `--- NAME [code] ---`.
    pub name: String,
    /// The block code (null code if absent).
    pub code: VerbCode,
    /// The name of the file the block comes from (see
    /// [`VerbDictionary::extend_from_str`]); `line` is a line of that file.
    pub file: String,
    pub line: usize,
    pub verbs: Vec<VerbEntry>,
    pub patterns: Vec<Pattern>,
}

impl VerbBlock {
    /// The code of a verb on its own (no pattern matched): its own code, else
    /// the block code.
    pub fn isolated_code<'a>(&'a self, verb: &'a VerbEntry) -> &'a VerbCode {
        verb.code.as_ref().unwrap_or(&self.code)
    }
}

/// A transformation node `source target VERB`, where the target may itself
/// be a node: `a (a b ATTACK) SAY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransformNode {
    /// A variable letter, `.` (unspecified actor) or `_` (absent actor).
    pub source: String,
    pub target: TransformTarget,
    /// A verb (block name / verb) or `Q` for any verb.
    pub verb: String,
}

/// Target of a [`TransformNode`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformTarget {
    Actor(String),
    Event(Box<TransformNode>),
}

/// `~ a (a b ATTACK) SAY = a b 015`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    pub pattern: TransformNode,
    pub result_source: String,
    pub result_target: String,
    /// A CAMEO code, or `Q` for the code of the inner event.
    pub result_code: String,
    pub line: usize,
}

/// Where a verb form is defined: `blocks[block].verbs[verb].forms[form]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbRef {
    pub block: usize,
    pub verb: usize,
    pub form: usize,
}

/// The parsed verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    pub name: String,
    pub synsets: Vec<Synset>,
    pub blocks: Vec<VerbBlock>,
    pub transformations: Vec<Transformation>,
    /// The file has a line starting with `<!` (XML comment). PETRARCH2's
    /// reader stops recording patterns for such files (its
    /// `read_verb_dictionary` sets `record_patterns = 0`), so its unit-test
    /// results with `PETR.Validate.verbs.txt` come from verbs alone. The
    /// patterns are parsed here anyway; a coder that wants PETRARCH2's
    /// behaviour ignores them when this is set.
    pub petrarch2_ignores_patterns: bool,
    pub warnings: Vec<DictWarning>,
    synset_by_name: HashMap<String, SynsetId>,
    by_word: HashMap<String, Vec<VerbRef>>,
}

impl VerbDictionary {
    /// The synset with this label (with or without `&` and trailing `_`).
    pub fn synset(&self, label: &str) -> Option<&Synset> {
        let key = synset_key(label);
        self.synset_by_name.get(&key).map(|&id| &self.synsets[id])
    }

    /// Every form whose verb word is `upper_word` (e.g. `SAID`, `CORDONED`).
    /// Multi-word forms come first, so a caller can try them before the
    /// single-word reading.
    pub fn lookup(&self, upper_word: &str) -> &[VerbRef] {
        self.by_word.get(upper_word).map_or(&[], Vec::as_slice)
    }

    /// The block, verb line and form a [`VerbRef`] points to.
    pub fn resolve(&self, r: VerbRef) -> (&VerbBlock, &VerbEntry, &VerbForm) {
        let block = &self.blocks[r.block];
        let verb = &block.verbs[r.verb];
        (block, verb, &verb.forms[r.form])
    }

    /// Does a pattern term match these upper-case words? A word term matches
    /// one equal word; a synset term matches any of its forms.
    pub fn term_matches<S: AsRef<str>>(&self, term: &PatternTerm, words: &[S]) -> bool {
        match term {
            PatternTerm::Word(w) => words.len() == 1 && words[0].as_ref() == w,
            PatternTerm::Synset(id) => self.synsets[*id].contains(words),
        }
    }

    /// Total number of patterns.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// Total number of verb lines.
    pub fn verb_count(&self) -> usize {
        self.blocks.iter().map(|b| b.verbs.len()).sum()
    }

    /// Total number of distinct verb words indexed.
    pub fn form_word_count(&self) -> usize {
        self.by_word.len()
    }

    fn index_forms(&mut self) {
        let mut by_word: HashMap<String, Vec<VerbRef>> = HashMap::new();
        for (b, block) in self.blocks.iter().enumerate() {
            for (v, verb) in block.verbs.iter().enumerate() {
                for (f, form) in verb.forms.iter().enumerate() {
                    let refs = by_word.entry(form.verb().to_string()).or_default();
                    let r = VerbRef {
                        block: b,
                        verb: v,
                        form: f,
                    };
                    if !refs.contains(&r) {
                        refs.push(r);
                    }
                }
            }
        }
        let blocks = &self.blocks;
        for refs in by_word.values_mut() {
            // Multi-word forms first, longest first; file order otherwise.
            refs.sort_by_key(|r| {
                std::cmp::Reverse(blocks[r.block].verbs[r.verb].forms[r.form].words.len())
            });
        }
        self.by_word = by_word;
    }
}

fn synset_key(label: &str) -> String {
    label
        .trim()
        .trim_start_matches('&')
        .trim_end_matches('_')
        .to_uppercase()
}

/// Parse a verb dictionary. `name` is used in errors and warnings.
pub fn parse_verbs_str(name: &str, content: &str) -> Result<VerbDictionary, DictError> {
    let mut dict = VerbDictionary {
        name: name.to_string(),
        ..VerbDictionary::default()
    };
    dict.extend_from_str(name, content)?;
    Ok(dict)
}

impl VerbDictionary {
    /// Parse a further verb file into this dictionary (dyad's
    /// `dyad.additions.verbs.txt` after `CAMEO.2.0.txt`). Its patterns may use
    /// the synsets defined so far; its blocks are appended, so a verb word
    /// defined in both files has the earlier file's blocks first in
    /// [`VerbDictionary::lookup`]. On error the dictionary is unchanged.
    /// [`VerbDictionary::petrarch2_ignores_patterns`] is set when any file
    /// loaded has a `<!` line.
    pub fn extend_from_str(&mut self, name: &str, content: &str) -> Result<(), DictError> {
        let mut extended = self.clone();
        parse_into(&mut extended, name, content)?;
        *self = extended;
        Ok(())
    }
}

fn parse_into(dict: &mut VerbDictionary, name: &str, content: &str) -> Result<(), DictError> {
    dict.petrarch2_ignores_patterns |= content.lines().any(|l| l.starts_with("<!"));
    let raw_lines: Vec<&str> = content.lines().collect();
    let mut warnings = Warnings::default();
    // The synset whose `+` members are being read, if any.
    let mut open_synset: Option<SynsetId> = None;
    for line in content_lines(name, content) {
        let line = line?;
        let number = line.number;
        let text = line.text.trim();
        let err = |reason: String| DictError::syntax(name, number, reason);
        if let Some(member) = text.strip_prefix('+') {
            if let Some(id) = open_synset {
                add_synset_member(dict, id, member).map_err(err)?;
                continue;
            }
        }
        open_synset = None;
        if text.starts_with("---") {
            let mut block = parse_block_header(text).map_err(err)?.with_line(number);
            block.file = name.to_string();
            if text.matches('[').count() > 1 {
                warnings.push(
                    name,
                    number,
                    format!("block header has several codes; using [{}]", block.code.raw),
                );
            }
            dict.blocks.push(block);
        } else if text.starts_with('-') {
            let block = dict.blocks.len().checked_sub(1).ok_or_else(|| {
                err("pattern before any '--- NAME [code] ---' block header".into())
            })?;
            match parse_pattern(dict, text, number).map_err(err)? {
                PatternOutcome::Pattern(pattern, junk) => {
                    if let Some(junk) = junk {
                        warnings.push(
                            name,
                            number,
                            format!("text {junk:?} after the code ignored"),
                        );
                    }
                    let mut pattern = *pattern;
                    pattern.comment = raw_lines
                        .get(number - 1)
                        .and_then(|raw| comment_start(raw).map(|hash| raw[hash + 1..].trim()))
                        .map(str::to_string)
                        .filter(|comment| !comment.is_empty());
                    dict.blocks[block].patterns.push(pattern);
                }
                PatternOutcome::Skipped(reason) => warnings.push(name, number, reason),
                PatternOutcome::UndefinedSynset(label) => warnings.push(
                    name,
                    number,
                    format!("pattern uses undefined synset &{label}; skipped"),
                ),
            }
        } else if text.starts_with('&') {
            let label = text.split_whitespace().next().unwrap_or(text);
            let key = synset_key(label);
            if key.is_empty() {
                return Err(err(format!("synset label {label:?} is empty")));
            }
            let id = dict.synsets.len();
            dict.synsets.push(Synset {
                name: key.clone(),
                no_plurals: label.ends_with('_'),
                line: number,
                forms: Vec::new(),
            });
            if dict.synset_by_name.insert(key.clone(), id).is_some() {
                warnings.push(name, number, format!("synset &{key} redefined"));
            }
            open_synset = Some(id);
        } else if let Some(rest) = text.strip_prefix('~') {
            dict.transformations
                .push(parse_transformation(rest, number).map_err(err)?);
        } else {
            let block = dict.blocks.last_mut().ok_or_else(|| {
                err("verb line before any '--- NAME [code] ---' block header".into())
            })?;
            match parse_verb_line(text, number).map_err(err)? {
                VerbOutcome::Verb(verb, junk) => {
                    if let Some(junk) = junk {
                        warnings.push(
                            name,
                            number,
                            format!("text {junk:?} after the code ignored"),
                        );
                    }
                    block.verbs.push(verb);
                }
                VerbOutcome::Skipped(reason) => warnings.push(name, number, reason),
            }
        }
    }
    dict.warnings.extend(warnings.list);
    dict.index_forms();
    Ok(())
}

impl VerbBlock {
    fn with_line(mut self, line: usize) -> Self {
        self.line = line;
        self
    }
}

/// Parse `--- NAME [code] ---`. Further codes are ignored (the caller warns).
fn parse_block_header(text: &str) -> Result<VerbBlock, String> {
    let inner = text
        .trim_start_matches('-')
        .trim_end()
        .trim_end_matches('-');
    let (head, groups, _junk) = split_brackets(inner)?;
    let name = head.trim().to_string();
    if name.is_empty() {
        return Err(format!("block header {text:?} has no name"));
    }
    let code = match groups.first() {
        None => VerbCode::null(),
        Some(code) => VerbCode::parse(code),
    };
    Ok(VerbBlock {
        name,
        code,
        file: String::new(),
        line: 0,
        verbs: Vec::new(),
        patterns: Vec::new(),
    })
}

/// Add a `+member` line to synset `id`: its words and, unless the member or
/// the label ends with `_`, the plural of its last word.
fn add_synset_member(dict: &mut VerbDictionary, id: SynsetId, member: &str) -> Result<(), String> {
    let member = member.trim();
    if member.starts_with('&') {
        let nested = dict
            .synset(member)
            .ok_or_else(|| format!("synset member {member} is not a synset defined earlier"))?;
        let forms = nested.forms.clone();
        dict.synsets[id].forms.extend(forms);
        return Ok(());
    }
    let words: Vec<String> = member
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    if words.is_empty() {
        return Err("empty synset member '+'".to_string());
    }
    if words
        .iter()
        .any(|w| w.starts_with(['$', '+', '%', '^', '{', '}', '(', ')']))
    {
        return Err(format!(
            "synset member {member:?} may only contain words (no $ + % ^ or brackets)"
        ));
    }
    let synset = &mut dict.synsets[id];
    let plural = !(synset.no_plurals || member.ends_with('_'));
    if plural {
        let mut plural_words = words.clone();
        let last = plural_words.last_mut().expect("non-empty");
        *last = regular_plural(last);
        synset.forms.push(words);
        synset.forms.push(plural_words);
    } else {
        synset.forms.push(words);
    }
    Ok(())
}

enum PatternOutcome {
    Pattern(Box<Pattern>, Option<String>),
    UndefinedSynset(String),
    Skipped(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    Word(String),
}

/// Split one side of a pattern into tokens; `A_B` outside braces becomes
/// `{ A B }`.
fn tokenize_side(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut brace_depth = 0usize;
    let mut word = String::new();
    let flush = |word: &mut String, toks: &mut Vec<Tok>, brace_depth: usize| {
        if word.is_empty() {
            return;
        }
        let parts: Vec<String> = word
            .split('_')
            .filter(|p| !p.is_empty())
            .map(str::to_uppercase)
            .collect();
        if parts.len() > 1 && brace_depth == 0 {
            toks.push(Tok::OpenBrace);
            toks.extend(parts.into_iter().map(Tok::Word));
            toks.push(Tok::CloseBrace);
        } else {
            toks.extend(parts.into_iter().map(Tok::Word));
        }
        word.clear();
    };
    for c in text.chars() {
        match c {
            '{' | '}' | '(' | ')' => {
                flush(&mut word, &mut toks, brace_depth);
                toks.push(match c {
                    '{' => {
                        brace_depth += 1;
                        Tok::OpenBrace
                    }
                    '}' => {
                        brace_depth = brace_depth.saturating_sub(1);
                        Tok::CloseBrace
                    }
                    '(' => Tok::OpenParen,
                    _ => Tok::CloseParen,
                });
            }
            c if c.is_whitespace() => flush(&mut word, &mut toks, brace_depth),
            c => word.push(c),
        }
    }
    flush(&mut word, &mut toks, brace_depth);
    toks
}

fn marker_of(word: &str) -> Option<Marker> {
    match word {
        "$" => Some(Marker::Source),
        "+" => Some(Marker::Target),
        "%" => Some(Marker::Compound),
        "^" => Some(Marker::Skip),
        _ => None,
    }
}

/// Error of side parsing: a syntax message, or an undefined synset label.
enum SideError {
    Syntax(String),
    Undefined(String),
}

fn term_of(dict: &VerbDictionary, word: &str) -> Result<PatternTerm, SideError> {
    if word.starts_with('&') {
        let key = synset_key(word);
        match dict.synset_by_name.get(&key) {
            Some(&id) => Ok(PatternTerm::Synset(id)),
            None => Err(SideError::Undefined(key)),
        }
    } else {
        Ok(PatternTerm::Word(word.to_string()))
    }
}

/// Read `{ ... }` after its `{`: returns the noun phrase (None if it only
/// held markers).
fn read_braced(
    dict: &VerbDictionary,
    toks: &mut std::iter::Peekable<std::vec::IntoIter<Tok>>,
    markers: &mut Vec<Marker>,
) -> Result<Option<NounPhrase>, SideError> {
    let mut terms = Vec::new();
    loop {
        match toks.next() {
            Some(Tok::CloseBrace) => break,
            Some(Tok::Word(w)) => match marker_of(&w) {
                Some(m) => markers.push(m),
                None => terms.push(term_of(dict, &w)?),
            },
            Some(_) => {
                return Err(SideError::Syntax(
                    "'{' ... '}' may only contain words".to_string(),
                ))
            }
            None => return Err(SideError::Syntax("'{' without '}'".to_string())),
        }
    }
    Ok(terms.pop().map(|head| NounPhrase {
        head,
        modifiers: terms,
    }))
}

fn parse_side(dict: &VerbDictionary, text: &str) -> Result<PatternSide, SideError> {
    let mut side = PatternSide::default();
    let mut toks = tokenize_side(text).into_iter().peekable();
    while let Some(tok) = toks.next() {
        match tok {
            Tok::Word(w) => match marker_of(&w) {
                Some(m) => side.markers.push(m),
                None => side.nouns.push(NounPhrase {
                    head: term_of(dict, &w)?,
                    modifiers: Vec::new(),
                }),
            },
            Tok::OpenBrace => {
                if let Some(np) = read_braced(dict, &mut toks, &mut side.markers)? {
                    side.nouns.push(np);
                }
            }
            Tok::OpenParen => {
                let prep = match toks.next() {
                    Some(Tok::Word(w)) if marker_of(&w).is_none() => term_of(dict, &w)?,
                    _ => {
                        return Err(SideError::Syntax(
                            "'(' must be followed by a preposition".to_string(),
                        ))
                    }
                };
                let mut objects = Vec::new();
                loop {
                    match toks.next() {
                        Some(Tok::CloseParen) => break,
                        Some(Tok::Word(w)) => match marker_of(&w) {
                            Some(m) => side.markers.push(m),
                            None => objects.push(NounPhrase {
                                head: term_of(dict, &w)?,
                                modifiers: Vec::new(),
                            }),
                        },
                        Some(Tok::OpenBrace) => {
                            if let Some(np) = read_braced(dict, &mut toks, &mut side.markers)? {
                                objects.push(np);
                            }
                        }
                        Some(Tok::OpenParen) => {
                            return Err(SideError::Syntax("nested '(' in pattern".to_string()))
                        }
                        Some(Tok::CloseBrace) => {
                            return Err(SideError::Syntax("'}' without '{'".to_string()))
                        }
                        None => return Err(SideError::Syntax("'(' without ')'".to_string())),
                    }
                }
                side.preps.push(PrepPhrase { prep, objects });
            }
            Tok::CloseBrace => return Err(SideError::Syntax("'}' without '{'".to_string())),
            Tok::CloseParen => return Err(SideError::Syntax("')' without '('".to_string())),
        }
    }
    Ok(side)
}

fn parse_pattern(dict: &VerbDictionary, text: &str, line: usize) -> Result<PatternOutcome, String> {
    let body = text[1..].trim();
    let open = body
        .rfind('[')
        .ok_or_else(|| format!("pattern {text:?} has no [code]"))?;
    let close = body[open..]
        .find(']')
        .map(|c| open + c)
        .ok_or_else(|| format!("pattern {text:?}: '[' without closing ']'"))?;
    let code = VerbCode::parse(&body[open + 1..close]);
    let junk = body[close + 1..].trim();
    let junk = (!junk.is_empty()).then(|| junk.to_string());
    let pattern_text = &body[..open];
    let mut sides = pattern_text.split('*');
    let (before, after) = match (sides.next(), sides.next(), sides.next()) {
        (Some(before), Some(after), None) => (before, after),
        (_, None, _) => return Err(format!("pattern {text:?} has no '*' for the verb")),
        _ => {
            return Ok(PatternOutcome::Skipped(
                "pattern with more than one '*' skipped".to_string(),
            ))
        }
    };
    let side = |s: &str| parse_side(dict, s);
    let (before, after) = match (side(before), side(after)) {
        (Ok(b), Ok(a)) => (b, a),
        (Err(SideError::Syntax(reason)), _) | (_, Err(SideError::Syntax(reason))) => {
            return Ok(PatternOutcome::Skipped(format!(
                "pattern skipped: {reason}"
            )))
        }
        (Err(SideError::Undefined(label)), _) | (_, Err(SideError::Undefined(label))) => {
            return Ok(PatternOutcome::UndefinedSynset(label))
        }
    };
    Ok(PatternOutcome::Pattern(
        Box::new(Pattern {
            before,
            after,
            code,
            line,
            text: text.trim().to_string(),
            comment: None,
        }),
        junk,
    ))
}

enum VerbOutcome {
    Verb(VerbEntry, Option<String>),
    Skipped(String),
}

/// Parse `WORD`, `+WORD_PART`, `PART_+WORD` into a form.
fn verb_form(text: &str) -> Result<VerbForm, String> {
    let text = text.trim().to_uppercase();
    if !text.contains('_') {
        let word = text.trim_start_matches('+');
        if word.is_empty() {
            return Err("empty verb".to_string());
        }
        return Ok(VerbForm {
            words: vec![word.to_string()],
            verb_index: 0,
        });
    }
    let parts: Vec<&str> = text.split('_').filter(|p| !p.is_empty()).collect();
    let marked: Vec<usize> = (0..parts.len())
        .filter(|&i| parts[i].starts_with('+'))
        .collect();
    match marked.as_slice() {
        [index] => Ok(VerbForm {
            words: parts
                .iter()
                .map(|p| p.trim_start_matches('+').to_string())
                .collect(),
            verb_index: *index,
        }),
        [] if parts.len() == 1 => Ok(VerbForm {
            words: vec![parts[0].to_string()],
            verb_index: 0,
        }),
        [] => Err(format!(
            "multi-word verb {text} has no '+' marking the verb word; skipped"
        )),
        _ => Err(format!(
            "multi-word verb {text} has more than one '+'; skipped"
        )),
    }
}

/// Regular forms of a verb word: `S`/`ES`/`IES`, `D`/`ED`/`IED`, `ING`.
fn regular_verb_forms(verb: &str) -> [String; 3] {
    let last = verb.chars().last().unwrap_or(' ');
    let before_last = verb.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "AEIOU".contains(c);
    let third = if verb.ends_with(['S', 'X', 'Z']) || verb.ends_with("CH") || verb.ends_with("SH") {
        format!("{verb}ES")
    } else if last == 'Y' && !vowel(before_last) {
        format!("{}IES", &verb[..verb.len() - 1])
    } else {
        format!("{verb}S")
    };
    let past = if last == 'E' {
        format!("{verb}D")
    } else if last == 'Y' && !vowel(before_last) {
        format!("{}IED", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ED")
    };
    let gerund = if last == 'E' && !vowel(before_last) && verb.len() > 2 {
        format!("{}ING", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ING")
    };
    [third, past, gerund]
}

fn parse_verb_line(text: &str, line: usize) -> Result<VerbOutcome, String> {
    // `;` starts a comment in TABARI-era lines (`VOW ;tony 3/9/91`).
    let (text, tabari_comment) = match text.split_once(';') {
        Some((before, after)) => (before, Some(after.trim())),
        None => (text, None),
    };
    let (head, groups, mut junk) = split_brackets(text)?;
    if let Some(comment) = tabari_comment {
        if !junk.is_empty() {
            junk.push(' ');
        }
        junk.push(';');
        junk.push_str(comment);
    }
    let code = match groups.as_slice() {
        [] => None,
        [code] => Some(VerbCode::parse(code)),
        _ => return Err(format!("verb line {text:?} has more than one [code]")),
    };
    let junk = (!junk.is_empty()).then_some(junk);
    let (primary_text, irregular) = match head.find('{') {
        Some(open) => {
            let close = head[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or_else(|| format!("verb line {text:?}: '{{' without '}}'"))?;
            if !head[close + 1..].trim().is_empty() {
                return Err(format!("verb line {text:?}: text after '}}'"));
            }
            (&head[..open], Some(&head[open + 1..close]))
        }
        None => (head, None),
    };
    // TABARI wrote some multi-word verbs with blanks (`LASH OUT`): read them
    // as joined, with the first word as the verb unless `+` marks another.
    let words: Vec<&str> = primary_text.split_whitespace().collect();
    if words.is_empty() {
        return Err(format!("verb line {text:?} has no verb"));
    }
    let primary_word = if words.len() > 1 && !primary_text.contains('+') {
        format!("+{}", words.join("_"))
    } else {
        words.join("_")
    };
    let primary_word = primary_word.as_str();
    let primary = match verb_form(primary_word) {
        Ok(form) => form,
        Err(reason) => return Ok(VerbOutcome::Skipped(reason)),
    };
    let mut forms = vec![primary.clone()];
    match irregular {
        Some(list) => {
            for word in list.split_whitespace() {
                match verb_form(word) {
                    Ok(form) if !forms.contains(&form) => forms.push(form),
                    Ok(_) => {}
                    Err(reason) => return Ok(VerbOutcome::Skipped(reason)),
                }
            }
        }
        None => {
            for inflected in regular_verb_forms(primary.verb()) {
                let mut form = primary.clone();
                form.words[form.verb_index] = inflected;
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
    }
    Ok(VerbOutcome::Verb(
        VerbEntry {
            primary,
            forms,
            code,
            line,
        },
        junk,
    ))
}

fn parse_transformation(text: &str, line: usize) -> Result<Transformation, String> {
    let malformed = |why: &str| format!("transformation '~{text}': {why}");
    let (lhs, rhs) = text.split_once('=').ok_or_else(|| malformed("no '='"))?;
    let spaced = lhs.replace('(', " ( ").replace(')', " ) ");
    let toks: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    let pattern = parse_transform_node(&toks, &mut pos, 0).map_err(|why| malformed(&why))?;
    if pos != toks.len() {
        return Err(malformed("unexpected text after the pattern"));
    }
    let result: Vec<&str> = rhs.split_whitespace().collect();
    let [source, target, code] = result.as_slice() else {
        return Err(malformed("the result must be 'source target code'"));
    };
    Ok(Transformation {
        pattern,
        result_source: source.to_string(),
        result_target: target.to_string(),
        result_code: code.to_string(),
        line,
    })
}

/// Nesting deeper than this is rejected (real transformations nest once).
const MAX_TRANSFORM_DEPTH: usize = 16;

fn parse_transform_node(
    toks: &[&str],
    pos: &mut usize,
    depth: usize,
) -> Result<TransformNode, String> {
    if depth > MAX_TRANSFORM_DEPTH {
        return Err(format!("nested deeper than {MAX_TRANSFORM_DEPTH} levels"));
    }
    let next_word = |what: &str, pos: &mut usize| -> Result<String, String> {
        match toks.get(*pos) {
            Some(&t) if t != "(" && t != ")" => {
                *pos += 1;
                Ok(t.to_string())
            }
            _ => Err(format!("expected {what}")),
        }
    };
    let source = next_word("a source", pos)?;
    let target = if toks.get(*pos) == Some(&"(") {
        *pos += 1;
        let inner = parse_transform_node(toks, pos, depth + 1)?;
        if toks.get(*pos) != Some(&")") {
            return Err("'(' without ')'".to_string());
        }
        *pos += 1;
        TransformTarget::Event(Box::new(inner))
    } else {
        TransformTarget::Actor(next_word("a target", pos)?)
    };
    let verb = next_word("a verb", pos)?;
    Ok(TransformNode {
        source,
        target,
        verb,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "&CURRENCY\n+DOLLAR\n+CASH_\n+SWISS_FRANC\n\n&AUXVERB1_\n+WAS\n\n--- ASK   [---]  ---\n+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\nASK     [020]\nQUERY {QUERYING QUERIES QUERIED }\nWIRE_+TAP\n- * (FOR {FINANCIAL AID})                          [0231]        # ASK\n- * &CURRENCY [0231]\n- PROSECUTOR * &DETENTION  [173]\n- * (TO {BANNED PARTIES}) $  [042:043]\n\n~ a (a b ATTACK) SAY = a b 015\n";

    fn words(ws: &[&str]) -> Vec<String> {
        ws.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn synsets_verbs_patterns_and_transformations() {
        let dict = parse_verbs_str("t.verbs", SAMPLE).unwrap();
        assert_eq!(dict.warnings.len(), 1, "{:?}", dict.warnings); // &DETENTION
        let currency = dict.synset("&CURRENCY").unwrap();
        assert!(currency.contains(&["DOLLARS"]));
        assert!(currency.contains(&["CASH"]));
        assert!(!currency.contains(&["CASHES"]));
        assert!(currency.contains(&["SWISS", "FRANCS"]));
        assert_eq!(
            dict.synset("AUXVERB1").unwrap().forms,
            vec![words(&["WAS"])]
        );

        let block = &dict.blocks[0];
        assert_eq!(block.name, "ASK");
        assert!(block.code.is_null());
        assert_eq!(block.verbs.len(), 4);
        assert_eq!(block.patterns.len(), 3);
        let ask_for = &block.verbs[0];
        assert_eq!(ask_for.forms.len(), 4);
        assert_eq!(ask_for.forms[1].words, words(&["ASKED", "FOR"]));
        assert_eq!(block.isolated_code(ask_for).event.as_deref(), Some("020"));
        let query = &block.verbs[2];
        assert!(query.forms.iter().any(|f| f.words == words(&["QUERIED"])));
        assert_eq!(block.isolated_code(query).raw, "---");
        let tap = &block.verbs[3];
        assert_eq!(tap.forms[1].words, words(&["WIRE", "TAPS"]));
        assert_eq!(tap.forms[1].verb_index, 1);

        // lookup: compound forms first.
        let refs = dict.lookup("ASKED");
        assert_eq!(refs.len(), 2);
        let (_, _, first) = dict.resolve(refs[0]);
        assert_eq!(first.words, words(&["ASKED", "FOR"]));
        assert!(dict.lookup("TAPPED").is_empty());
        assert_eq!(dict.lookup("TAPED").len(), 1);

        let p = &block.patterns[0];
        assert!(p.before.is_empty());
        assert_eq!(p.after.preps.len(), 1);
        let pp = &p.after.preps[0];
        assert_eq!(pp.prep, PatternTerm::Word("FOR".into()));
        assert_eq!(pp.objects[0].head, PatternTerm::Word("AID".into()));
        assert_eq!(
            pp.objects[0].modifiers,
            vec![PatternTerm::Word("FINANCIAL".into())]
        );
        let p = &block.patterns[1];
        assert!(!dict.term_matches(&p.after.nouns[0].head, &["EUROS", "X"]));
        assert!(dict.term_matches(&p.after.nouns[0].head, &["SWISS", "FRANC"]));
        let p = &block.patterns[2];
        assert_eq!(p.after.markers, vec![Marker::Source]);
        assert_eq!(p.code.event.as_deref(), Some("042"));
        assert_eq!(p.code.reverse.as_deref(), Some("043"));

        let t = &dict.transformations[0];
        assert_eq!(t.pattern.verb, "SAY");
        match &t.pattern.target {
            TransformTarget::Event(inner) => {
                assert_eq!(inner.verb, "ATTACK");
                assert_eq!(inner.target, TransformTarget::Actor("b".into()));
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(t.result_code, "015");
    }

    #[test]
    fn unbalanced_patterns_are_skipped_with_warnings() {
        let text =
            "--- A [010] ---\nA\n- * (FOR X [010]\n- * {X Y [010]\n- * X) [010]\n- * X [011]\n";
        let dict = parse_verbs_str("t.verbs", text).unwrap();
        assert_eq!(dict.pattern_count(), 1);
        let lines: Vec<usize> = dict.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, vec![3, 4, 5]);
    }

    #[test]
    fn codes_parse() {
        assert_eq!(VerbCode::parse(":173").reverse.as_deref(), Some("173"));
        assert_eq!(VerbCode::parse(":173").event, None);
        assert!(VerbCode::parse("---").is_null());
    }

    #[test]
    fn malformed_lines_are_errors() {
        let cases = [
            ("- * X [010]\n", 1, "pattern before"),
            ("--- A [010] ---\n\n- X [010]\n", 3, "has no '*'"),
            ("--- A [010] ---\n- * X\n", 2, "has no [code]"),
            (
                "--- A [010] ---\n~ a (a b X SAY = a b 1\n",
                2,
                "'(' without ')'",
            ),
            ("VERB\n", 1, "verb line before"),
        ];
        for (text, line, reason) in cases {
            let err = parse_verbs_str("t.verbs", text).unwrap_err();
            match &err {
                DictError::Syntax {
                    line: l, reason: r, ..
                } => {
                    assert_eq!(*l, line, "{err}");
                    assert!(r.contains(reason), "{err}");
                }
                other => panic!("unexpected {other}"),
            }
        }
    }
}
