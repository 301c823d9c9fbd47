//! TABARI-style linear matching of verb patterns.
//!
//! The dictionary crate parses a pattern into noun and prepositional
//! phrases; that drops what the PETRARCH unit tests and TABARI-era
//! dictionaries rely on: the order of words and actor markers, and the
//! connectors between them. This module reads the pattern text again:
//!
//! * words and synsets (`&LABEL`) are matched in order; a space between two
//!   items lets any words come in between, `_` makes them consecutive
//!   (`RECENTLY_*`: *recently* right before the verb, `*_OUT`: *out* right
//!   after it). A trailing `_` followed by a space (`KNOWN_ *`) is TABARI's
//!   "match exactly, do not stem" flag: dyad never stems pattern words, so it
//!   is a plain gap. `{A B}` is a contiguous phrase; `(PREP NOUN)` groups are
//!   read as their words in order.
//! * `$` (source), `+` (target) and `%` (compound actor) each consume one
//!   actor or agent phrase of the sentence at that place and bind it to a
//!   role; `^` skips one noun phrase (an actor or agent phrase, or a run of
//!   nouns without a code).
//! * The part before `*` is matched backwards from the verb over the words
//!   before it (the whole sentence: `INDICATED WOULD *` names the governing
//!   verb); the part after `*` forwards over the verb's clause.
//!
//! A pattern's score is the number of items it matched: the most specific
//! (longest) matching pattern wins, as in TABARI.

use dyad_dict::{Synset, VerbDictionary};

/// One item of a pattern.
#[derive(Debug, Clone)]
pub(crate) enum Item<'d> {
    Word(String),
    /// A lone word in parentheses, `(TO)`: a prepositional phrase's
    /// preposition.
    Preposition(String),
    Synset(&'d Synset),
    Source,
    Target,
    Compound,
    Skip,
}

/// A pattern as a sequence of items on each side of the verb.
#[derive(Debug, Clone, Default)]
pub(crate) struct LinearPattern<'d> {
    /// Items before the verb, in sentence order; the flag says the item is
    /// right before the next one (or before the verb for the last).
    pub before: Vec<(Item<'d>, bool)>,
    /// Items after the verb, in sentence order; the flag says the item is
    /// right after the previous one (or after the verb for the first).
    pub after: Vec<(Item<'d>, bool)>,
}

/// A token of the pattern text with the connector before it.
#[derive(Debug)]
struct Token {
    text: String,
    adjacent_to_previous: bool,
    /// The only word of a parenthesised group: `(TO)`.
    alone_in_parentheses: bool,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut adjacent = false;
    let mut brace_depth = 0usize;
    let mut previous_char = ' ';
    // Number of tokens when the open parenthesis was read.
    let mut group_start: Option<usize> = None;
    let flush = |word: &mut String, adjacent: &mut bool, tokens: &mut Vec<Token>| {
        if !word.is_empty() {
            tokens.push(Token {
                text: std::mem::take(word).to_uppercase(),
                adjacent_to_previous: *adjacent,
                alone_in_parentheses: false,
            });
            *adjacent = false;
        }
    };
    for c in text.chars() {
        match c {
            '_' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                adjacent = !tokens.is_empty();
            }
            '{' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                brace_depth += 1;
            }
            '}' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                brace_depth = brace_depth.saturating_sub(1);
            }
            '(' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                group_start = Some(tokens.len());
            }
            ')' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                if group_start.take() == Some(tokens.len().saturating_sub(1)) {
                    if let Some(t) = tokens.last_mut() {
                        t.alone_in_parentheses = true;
                    }
                }
            }
            c if c.is_whitespace() => {
                flush(&mut word, &mut adjacent, &mut tokens);
                // `WORD_ ` is TABARI's exact-match flag, not a connector.
                if previous_char == '_' {
                    adjacent = false;
                }
            }
            '*' => {
                flush(&mut word, &mut adjacent, &mut tokens);
                word.push('*');
                flush(&mut word, &mut adjacent, &mut tokens);
            }
            c => {
                if word.is_empty() && brace_depth > 0 && !tokens.is_empty() && previous_char != '{'
                {
                    adjacent = true;
                }
                word.push(c);
            }
        }
        previous_char = c;
    }
    flush(&mut word, &mut adjacent, &mut tokens);
    tokens
}

impl<'d> LinearPattern<'d> {
    /// Read a pattern line (`- + WAS * DEAD IN $ [224] # comment`). `None`
    /// when it has no single `*` or names an unknown synset.
    pub fn parse(verbs: &'d VerbDictionary, line: &str) -> Option<LinearPattern<'d>> {
        let body = line.trim().strip_prefix('-').unwrap_or(line).trim();
        let body = body.split('#').next().unwrap_or(body);
        let body = &body[..body.rfind('[').unwrap_or(body.len())];
        let tokens = tokenize(body);
        let star = tokens.iter().position(|t| t.text == "*")?;
        if tokens[star + 1..].iter().any(|t| t.text == "*") {
            return None;
        }
        let item = |t: &Token| -> Option<Item<'d>> {
            Some(match t.text.as_str() {
                "$" => Item::Source,
                "+" => Item::Target,
                "%" => Item::Compound,
                "^" => Item::Skip,
                s if s.starts_with('&') => Item::Synset(verbs.synset(&s[1..])?),
                s if t.alone_in_parentheses => Item::Preposition(s.to_string()),
                s => Item::Word(s.to_string()),
            })
        };
        let mut pattern = LinearPattern::default();
        for k in 0..star {
            let next_adjacent = tokens[k + 1].adjacent_to_previous;
            pattern.before.push((item(&tokens[k])?, next_adjacent));
        }
        for t in &tokens[star + 1..] {
            pattern.after.push((item(t)?, t.adjacent_to_previous));
        }
        Some(pattern)
    }

    /// Number of items (the pattern's specificity).
    pub fn len(&self) -> usize {
        self.before.len() + self.after.len()
    }
}

/// What a sentence offers the matcher.
pub(crate) trait Sentence {
    fn len(&self) -> usize;
    /// Does the word at `i` (or its lemma) equal the upper-case `word`?
    fn word_is(&self, i: usize, word: &str) -> bool;
    /// Does the word at `i` equal the upper-case `word` of a `(PREP)`
    /// group, as a preposition?
    fn preposition_is(&self, i: usize, word: &str) -> bool {
        self.word_is(i, word)
    }
    /// Upper-case form of word `i`.
    fn upper(&self, i: usize) -> &str;
    /// Actor/agent phrases as `[first, last]` word ranges, in order.
    fn phrases(&self) -> &[(usize, usize)];
    /// Noun phrases `^` may skip: the actor/agent phrases and the other
    /// runs of nouns, in order.
    fn noun_phrases(&self) -> &[(usize, usize)];
    /// Are words `first..=last` one half of a hyphenated word the segmenter
    /// split ("war - damaged", "anti - war")? Such a word is a modifier, so
    /// a synset naming an event (`&FIGHT`) must not match it: "reported a
    /// war-damaged block collapsed" reports no war.
    fn hyphen_joined(&self, first: usize, last: usize) -> bool {
        hyphen_joined(self.len(), first, last, |i| self.upper(i) == "-")
    }
}

/// Is the word span `first..=last` of a sentence of `len` words right after
/// or right before a split-off hyphen (`is_hyphen`)? See
/// [`Sentence::hyphen_joined`].
pub(crate) fn hyphen_joined(
    len: usize,
    first: usize,
    last: usize,
    is_hyphen: impl Fn(usize) -> bool,
) -> bool {
    (first > 0 && is_hyphen(first - 1)) || (last + 1 < len && is_hyphen(last + 1))
}

/// A role bound by a marker: the phrase's word range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Binding {
    pub marker: Marker,
    pub first: usize,
    pub last: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Source,
    Target,
    Compound,
}

/// Match a pattern around the verb at `v`. `after_words`: the sentence
/// indices (increasing) the part after the verb may use. Returns the score
/// and the markers' bindings.
pub(crate) fn match_pattern<S: Sentence>(
    pattern: &LinearPattern<'_>,
    sentence: &S,
    v: usize,
    verb_last: usize,
    after_words: &[usize],
) -> Option<(usize, Vec<Binding>)> {
    let mut bindings = Vec::new();
    if !match_before(pattern, sentence, pattern.before.len(), v, &mut bindings) {
        return None;
    }
    if !match_after(pattern, sentence, 0, verb_last, after_words, &mut bindings) {
        return None;
    }
    Some((pattern.len(), bindings))
}

/// Can `item` end at word `end`? Returns its first word.
fn ends_at<S: Sentence>(item: &Item<'_>, s: &S, end: usize) -> Option<(usize, Option<Marker>)> {
    match item {
        Item::Word(w) => s.word_is(end, w).then_some((end, None)),
        Item::Preposition(w) => s.preposition_is(end, w).then_some((end, None)),
        Item::Synset(set) => (0..4.min(end + 1)).rev().find_map(|back| {
            let seq: Vec<&str> = (end - back..=end).map(|j| s.upper(j)).collect();
            (set.contains(&seq) && !s.hyphen_joined(end - back, end)).then_some((end - back, None))
        }),
        Item::Skip => s
            .noun_phrases()
            .iter()
            .find(|&&(_, last)| last == end)
            .map(|&(first, _)| (first, None)),
        marker => s
            .phrases()
            .iter()
            .find(|&&(_, last)| last == end)
            .map(|&(first, _)| (first, role_of(marker))),
    }
}

/// Can `item` start at word `start`? Returns its last word.
fn starts_at<S: Sentence>(item: &Item<'_>, s: &S, start: usize) -> Option<(usize, Option<Marker>)> {
    match item {
        Item::Word(w) => s.word_is(start, w).then_some((start, None)),
        Item::Preposition(w) => s.preposition_is(start, w).then_some((start, None)),
        Item::Synset(set) => (0..4.min(s.len() - start)).rev().find_map(|fwd| {
            let seq: Vec<&str> = (start..=start + fwd).map(|j| s.upper(j)).collect();
            (set.contains(&seq) && !s.hyphen_joined(start, start + fwd))
                .then_some((start + fwd, None))
        }),
        Item::Skip => s
            .noun_phrases()
            .iter()
            .find(|&&(first, _)| first == start)
            .map(|&(_, last)| (last, None)),
        marker => s
            .phrases()
            .iter()
            .find(|&&(first, _)| first == start)
            .map(|&(_, last)| (last, role_of(marker))),
    }
}

fn role_of(item: &Item<'_>) -> Option<Marker> {
    match item {
        Item::Source => Some(Marker::Source),
        Item::Target => Some(Marker::Target),
        Item::Compound => Some(Marker::Compound),
        _ => None,
    }
}

/// Match `before[..k]`, the item `k - 1` ending before word `next_start`.
fn match_before<S: Sentence>(
    p: &LinearPattern<'_>,
    s: &S,
    k: usize,
    next_start: usize,
    bindings: &mut Vec<Binding>,
) -> bool {
    if k == 0 {
        return true;
    }
    let (item, adjacent) = &p.before[k - 1];
    if next_start == 0 {
        return false;
    }
    let ends: Vec<usize> = if *adjacent {
        vec![next_start - 1]
    } else {
        (0..next_start).rev().collect()
    };
    for end in ends {
        if let Some((first, marker)) = ends_at(item, s, end) {
            let mark = bindings.len();
            if let Some(marker) = marker {
                bindings.push(Binding {
                    marker,
                    first,
                    last: end,
                });
            }
            if match_before(p, s, k - 1, first, bindings) {
                return true;
            }
            bindings.truncate(mark);
        }
    }
    false
}

/// Match `after[k..]`, the item `k` starting after word `prev_end`.
fn match_after<S: Sentence>(
    p: &LinearPattern<'_>,
    s: &S,
    k: usize,
    prev_end: usize,
    words: &[usize],
    bindings: &mut Vec<Binding>,
) -> bool {
    let Some((item, adjacent)) = p.after.get(k) else {
        return true;
    };
    let starts: Vec<usize> = if *adjacent {
        vec![prev_end + 1]
    } else {
        words.iter().copied().filter(|&w| w > prev_end).collect()
    };
    for start in starts {
        if start >= s.len() {
            continue;
        }
        if let Some((last, marker)) = starts_at(item, s, start) {
            let mark = bindings.len();
            if let Some(marker) = marker {
                bindings.push(Binding {
                    marker,
                    first: start,
                    last,
                });
            }
            if match_after(p, s, k + 1, last, words, bindings) {
                return true;
            }
            bindings.truncate(mark);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Words {
        upper: Vec<String>,
        phrases: Vec<(usize, usize)>,
    }

    impl Sentence for Words {
        fn len(&self) -> usize {
            self.upper.len()
        }
        fn word_is(&self, i: usize, word: &str) -> bool {
            self.upper[i] == word
        }
        fn upper(&self, i: usize) -> &str {
            &self.upper[i]
        }
        fn phrases(&self) -> &[(usize, usize)] {
            &self.phrases
        }
        fn noun_phrases(&self) -> &[(usize, usize)] {
            &self.phrases
        }
    }

    fn words(text: &str, phrases: &[(usize, usize)]) -> Words {
        Words {
            upper: text.split_whitespace().map(str::to_uppercase).collect(),
            phrases: phrases.to_vec(),
        }
    }

    fn verbs() -> VerbDictionary {
        dyad_dict::parse_verbs_str("test.verbs", "--- GO [010] ---\nGO\n")
            .expect("tiny verb dictionary parses")
    }

    #[test]
    fn connectors_and_exact_flags_are_read() {
        let d = verbs();
        let p = LinearPattern::parse(&d, "- SO IN_AND_*_OUT_AGAIN NOW [074] # x").unwrap();
        let flags: Vec<bool> = p.before.iter().map(|b| b.1).collect();
        assert_eq!(flags, [false, true, true]);
        let flags: Vec<bool> = p.after.iter().map(|b| b.1).collect();
        assert_eq!(flags, [true, true, false]);
        let p = LinearPattern::parse(&d, "- + KNOWN_ * IN_ $  [076]").unwrap();
        assert_eq!(
            p.before.iter().map(|b| b.1).collect::<Vec<_>>(),
            [false, false]
        );
        assert_eq!(
            p.after.iter().map(|b| b.1).collect::<Vec<_>>(),
            [false, false]
        );
        let p = LinearPattern::parse(&d, "- * {FINANCIAL AID} (FOR RELIEF) [071]").unwrap();
        assert_eq!(
            p.after.iter().map(|b| b.1).collect::<Vec<_>>(),
            [false, true, false, false]
        );
        assert!(LinearPattern::parse(&d, "- NO VERB HERE [010]").is_none());
    }

    #[test]
    fn adjacency_is_enforced() {
        let d = verbs();
        let p = LinearPattern::parse(&d, "- RECENTLY_* [025]").unwrap();
        let s = words("gollum recently allowed it", &[]);
        assert!(match_pattern(&p, &s, 2, 2, &[3]).is_some());
        let s = words("gollum recently did allow it", &[]);
        assert!(match_pattern(&p, &s, 3, 3, &[4]).is_none());
    }

    #[test]
    fn markers_bind_and_skip_phrases() {
        let d = verbs();
        let p = LinearPattern::parse(&d, "- + HOSTING * TABASKI ^ $ [042]").unwrap();
        let s = words(
            "mordor will be hosting osgiliath to celebrate tabaski with eriador at ungol",
            &[(0, 0), (4, 4), (9, 9), (11, 11)],
        );
        let after: Vec<usize> = (7..12).collect();
        let (score, bindings) = match_pattern(&p, &s, 6, 6, &after).unwrap();
        assert_eq!(score, 5);
        assert!(bindings.contains(&Binding {
            marker: Marker::Target,
            first: 0,
            last: 0
        }));
        assert!(bindings.contains(&Binding {
            marker: Marker::Source,
            first: 11,
            last: 11
        }));
    }
}
