//! News-aware segmentation: text → sentences → tokens, with byte offsets into
//! the original text.
//!
//! Tokens follow the Universal Dependencies (EWT) conventions the parser is
//! trained on: punctuation split off, clitics split into syntactic words
//! (`don't` → `do` `n't`, `Ukraine's` → `Ukraine` `'s`), hyphenated words
//! split at the hyphen except after common prefixes (`co-`, `pre-`, `e-`).
//! A word that is part of a larger surface token has
//! [`Token::joined_to_next`] set, so both levels are available: syntactic
//! words for the parser, surface tokens for evaluation against UD.
//!
//! Sentence boundaries are found by rules written for news: abbreviations and
//! initials (`U.S.`, `Gen.`, `Jan.`), decimals and times, quotes and brackets
//! after the full stop, datelines (`SEOUL (AP) —`), and paragraph breaks.

mod abbrev;
pub mod eval;
mod sentences;
mod tokenize;

use serde::Serialize;

pub use tokenize::tokenize;

/// A syntactic word with its `[start, end)` byte span in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// The word form. Usually the text of the span; differs only where a
    /// surface token is split into words that do not spell it out
    /// (`cannot` → `can` `not` keeps the spans `can` and `not`).
    pub text: String,
    /// This word and the next one form one surface token (`do|n't`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub joined_to_next: bool,
}

/// A sentence: its byte span and its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token>,
}

impl Sentence {
    /// The sentence's text, sliced from the document.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// Split a text into sentences of tokens.
pub fn segment(text: &str) -> Vec<Sentence> {
    let tokens = tokenize(text);
    sentences::split(text, tokens)
}

/// Byte offset → character offset table for a text, for output formats that
/// count characters (JSON consumers index strings by code point).
pub struct CharOffsets {
    /// Byte offsets of each char start; index = char offset.
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        CharOffsets {
            starts: text.char_indices().map(|(i, _)| i).collect(),
            len: text.len(),
        }
    }

    /// Character offset of a byte offset (which must be a char boundary or the end).
    pub fn char_offset(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.starts.len();
        }
        self.starts.partition_point(|&b| b < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Vec<String>> {
        segment(text)
            .into_iter()
            .map(|s| s.tokens.into_iter().map(|t| t.text).collect())
            .collect()
    }

    fn flat(text: &str) -> String {
        words(text)
            .into_iter()
            .map(|s| s.join(" "))
            .collect::<Vec<_>>()
            .join(" || ")
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            flat("The U.S. and the U.N. met Gen. Smith and Mr. J. R. Jones on Jan. 5 at No. 10 Downing St. in London."),
            "The U.S. and the U.N. met Gen. Smith and Mr. J. R. Jones on Jan. 5 at No. 10 Downing St. in London ."
        );
        assert_eq!(
            flat("Troops left the U.S. The war ended."),
            "Troops left the U.S. || The war ended ."
        );
        // Initials before the noun they qualify do not end the sentence.
        assert_eq!(
            flat("An aide to U.S. President Smith was jailed. Troops left the U.S. Police said so."),
            "An aide to U.S. President Smith was jailed . || Troops left the U.S. || Police said so ."
        );
    }

    #[test]
    fn numbers_dates_times() {
        assert_eq!(
            flat("Growth was 3.5% or $1,200.50 at 10:30 a.m. on 2018-06-20."),
            "Growth was 3.5 % or $ 1,200.50 at 10:30 a.m. on 2018-06-20 ."
        );
    }

    #[test]
    fn clitics_and_possessives() {
        assert_eq!(
            flat("Ukraine's army didn't retreat."),
            "Ukraine 's army did n't retreat ."
        );
        assert_eq!(
            flat("We can’t and cannot go."),
            "We ca n’t and can not go ."
        );
        let s = segment("Ukraine's army");
        assert!(s[0].tokens[0].joined_to_next);
        assert!(!s[0].tokens[1].joined_to_next);
        assert_eq!(flat("The countries' leaders"), "The countries ' leaders");
    }

    #[test]
    fn hyphens_names_and_dashes() {
        assert_eq!(
            flat("Kim Jong-un met Moon Jae-in — a co-operative e-mail pro-Russian move."),
            "Kim Jong - un met Moon Jae - in — a co-operative e-mail pro-Russian move ."
        );
    }

    #[test]
    fn quotes_and_parentheses() {
        assert_eq!(
            flat("He said: \"We will go.\" Then (briefly) he left. ‘Yes,’ she said."),
            "He said : \" We will go . \" || Then ( briefly ) he left . || ‘ Yes , ’ she said ."
        );
        // An exclamation or question in quotes goes on with a lower-case
        // word; an upper-case one starts the next sentence.
        assert_eq!(
            flat("MPs shouted \"shame!\" and held signs. \"Why?\" he asked. \"No!\" The MPs left."),
            "MPs shouted \" shame ! \" and held signs . || \" Why ? \" he asked . || \" No ! \" || The MPs left ."
        );
    }

    #[test]
    fn datelines() {
        assert_eq!(
            flat("SEOUL (AP) — North Korea fired a missile. It fell."),
            "SEOUL ( AP ) — North Korea fired a missile . || It fell ."
        );
        assert_eq!(
            flat("MOSCOW, July 29 (Reuters) - Russia said no."),
            "MOSCOW , July 29 ( Reuters ) - Russia said no ."
        );
    }

    #[test]
    fn unicode_names_and_offsets() {
        let text = "Erdoğan met Zelenskyy in Kyiv. Škoda rose.";
        let s = segment(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens[0].text, "Erdoğan");
        for sent in &s {
            for t in &sent.tokens {
                assert_eq!(&text[t.start..t.end], t.text);
            }
        }
        let offsets = CharOffsets::new(text);
        assert_eq!(offsets.char_offset(s[1].start), 31);
    }

    #[test]
    fn paragraphs_break_sentences() {
        assert_eq!(
            flat("Headline without stop\n\nBody text here."),
            "Headline without stop || Body text here ."
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            " ",
            ".",
            "...",
            "\"",
            "'s",
            "n't",
            "-",
            "U.S.",
            "a\u{0}b",
            "\u{200b}",
            "e.g.",
            "’’’",
            "Dr. ",
            "—\n\n—",
        ] {
            let s = segment(text);
            for sent in &s {
                assert!(sent.start <= sent.end && sent.end <= text.len());
            }
        }
    }
}
