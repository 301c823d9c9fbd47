//! Discard lists (`Phoenix.discards.txt`): phrases whose sentences (or, with a
//! leading `+`, whole stories) are not coded.
//!
//! Matching follows the PETRARCH documentation: the phrase, preceded by a
//! blank, must occur in the text (case-insensitive); a phrase written with a
//! trailing `_` must also be followed by a blank, punctuation or the end of
//! the text, otherwise it matches as a stem (`BASEBALL` matches `BASEBALLS`).

use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::{DictError, DictWarning};
use crate::lines::content_lines;

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscardEntry {
    pub file: Arc<str>,
    pub line: usize,
    /// Upper-case words joined by single blanks (`_` read as a blank).
    pub phrase: String,
    /// Leading `+`: discard the whole story, not just the sentence.
    pub whole_story: bool,
    /// Trailing `_`: the phrase must end at a word boundary.
    pub word_boundary: bool,
}

/// One parsed discard file.
#[derive(Debug, Clone)]
pub struct DiscardList {
    pub name: String,
    pub entries: Vec<DiscardEntry>,
    pub warnings: Vec<DictWarning>,
}

/// Parse a discard list. Every content line is a phrase; there is no
/// malformed line other than an unterminated `<!--` comment.
pub fn parse_discards_str(name: &str, content: &str) -> Result<DiscardList, DictError> {
    let file: Arc<str> = name.into();
    let mut entries = Vec::new();
    for line in content_lines(name, content) {
        let line = line?;
        let mut text = line.text.trim();
        let whole_story = match text.strip_prefix('+') {
            Some(rest) => {
                text = rest.trim_start();
                true
            }
            None => false,
        };
        let word_boundary = text.ends_with('_');
        let phrase = text
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(str::to_uppercase)
            .collect::<Vec<_>>()
            .join(" ");
        if phrase.is_empty() {
            continue;
        }
        entries.push(DiscardEntry {
            file: file.clone(),
            line: line.number,
            phrase,
            whole_story,
            word_boundary,
        });
    }
    Ok(DiscardList {
        name: name.to_string(),
        entries,
        warnings: Vec::new(),
    })
}

/// The discard phrases of one or more lists, compiled for matching.
#[derive(Debug, Clone)]
pub struct Discards {
    entries: Vec<DiscardEntry>,
    matcher: AhoCorasick,
}

impl Default for Discards {
    fn default() -> Self {
        Discards::build(std::iter::empty())
    }
}

impl Discards {
    /// Compile the entries of `lists`.
    pub fn build(lists: impl IntoIterator<Item = DiscardList>) -> Self {
        let entries: Vec<DiscardEntry> = lists.into_iter().flat_map(|l| l.entries).collect();
        let patterns: Vec<String> = entries.iter().map(|e| format!(" {}", e.phrase)).collect();
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("discard patterns are plain strings within aho-corasick limits");
        Discards { entries, matcher }
    }

    /// All entries in load order.
    pub fn entries(&self) -> &[DiscardEntry] {
        &self.entries
    }

    /// The first discard phrase found in `text` (story-level entries are
    /// preferred when several match), or `None`.
    pub fn find(&self, text: &str) -> Option<&DiscardEntry> {
        self.find_where(text, |_| true)
    }

    /// [`Discards::find`] among the entries `keep` accepts.
    pub fn find_where(
        &self,
        text: &str,
        keep: impl Fn(&DiscardEntry) -> bool,
    ) -> Option<&DiscardEntry> {
        // Normalise to single blanks with a leading blank, so that " PHRASE"
        // only matches at the start of a word.
        let mut normal = String::with_capacity(text.len() + 1);
        for word in text.split_whitespace() {
            normal.push(' ');
            normal.push_str(word);
        }
        let mut best: Option<&DiscardEntry> = None;
        for m in self.matcher.find_overlapping_iter(&normal) {
            let entry = &self.entries[m.pattern().as_usize()];
            if !keep(entry) {
                continue;
            }
            if entry.word_boundary {
                let next = normal[m.end()..].chars().next();
                if next.is_some_and(|c| c.is_alphanumeric()) {
                    continue;
                }
            }
            if entry.whole_story {
                return Some(entry);
            }
            best = best.or(Some(entry));
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_boundaries_and_story_flags() {
        let list = parse_discards_str(
            "t.discards",
            "BASEBALL\n+World Golf Championships # x\nAVATAR_\n",
        )
        .unwrap();
        let discards = Discards::build([list]);
        assert_eq!(discards.find("He played baseballs.").unwrap().line, 1);
        assert!(discards.find("He likes softbaseball").is_none());
        let story = discards
            .find("At the world golf  championships, x")
            .unwrap();
        assert!(story.whole_story);
        assert!(discards.find("the AVATAR, again").is_some());
        assert!(discards.find("the avatars again").is_none());
    }
}
