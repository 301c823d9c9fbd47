//! Issue dictionaries (`Phoenix.IssueCoding.txt`): phrases that tag a
//! sentence with issue codes.
//!
//! Lines are `phrase [CODE]` inside `<ISSUE CATEGORY="...">` … `</ISSUE>`
//! blocks. Expansions apply to the word they prefix: `n:` adds the regular
//! plural, `v:` the regular verb forms (`S`, `ED`/`D`, `ING`), and a `+`
//! inside a word gives a blank and a hyphen version. `~phrase` cancels issue
//! coding for the sentence and `~~phrase` for the story.
//!
//! Tolerated with a warning (PETRARCH2 skips them): a line with neither a
//! code nor a `~`.

use std::sync::Arc;

use crate::error::{DictError, DictWarning, Warnings};
use crate::index::PhraseIndex;
use crate::lines::{content_lines, phrase_tokens, regular_plural};

/// What an issue phrase does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// Tag the sentence with this issue code.
    Code(String),
    /// `~`: no issue coding for the sentence.
    IgnoreSentence,
    /// `~~`: no issue coding for the story.
    IgnoreStory,
}

/// One expanded issue phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueEntry {
    pub file: Arc<str>,
    pub line: usize,
    /// Upper-case tokens.
    pub tokens: Vec<String>,
    pub kind: IssueKind,
    /// The enclosing `<ISSUE CATEGORY="...">`, if any.
    pub category: Option<String>,
}

/// One parsed issue file.
#[derive(Debug, Clone)]
pub struct IssueList {
    pub name: String,
    pub entries: Vec<IssueEntry>,
    /// Number of dictionary lines that produced entries.
    pub source_lines: usize,
    pub warnings: Vec<DictWarning>,
}

/// Parse an issue dictionary.
pub fn parse_issues_str(name: &str, content: &str) -> Result<IssueList, DictError> {
    let file: Arc<str> = name.into();
    let mut warnings = Warnings::default();
    let mut entries = Vec::new();
    let mut category: Option<String> = None;
    let mut source_lines = 0;
    for line in content_lines(name, content) {
        let line = line?;
        let number = line.number;
        let text = line.text.trim();
        if let Some(rest) = text.strip_prefix("<ISSUE") {
            let value = rest
                .split_once("CATEGORY=")
                .map(|(_, v)| v.trim().trim_end_matches('>').trim().trim_matches('"'))
                .filter(|v| !v.is_empty())
                .ok_or_else(|| {
                    DictError::syntax(name, number, "<ISSUE> without CATEGORY=\"...\"")
                })?;
            category = Some(value.to_string());
            continue;
        }
        if text.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        let (kind, phrase) = if let Some(rest) = text.strip_prefix("~~") {
            (IssueKind::IgnoreStory, rest)
        } else if let Some(rest) = text.strip_prefix('~') {
            (IssueKind::IgnoreSentence, rest)
        } else if let Some(open) = text.find('[') {
            let close = text[open..].find(']').ok_or_else(|| {
                DictError::syntax(name, number, format!("'[' without closing ']' in {text:?}"))
            })?;
            let code = text[open + 1..open + close].trim();
            if code.is_empty() || code.contains(char::is_whitespace) {
                return Err(DictError::syntax(
                    name,
                    number,
                    format!("issue code {code:?} is empty or contains blanks"),
                ));
            }
            (IssueKind::Code(code.to_string()), &text[..open])
        } else {
            warnings.push(name, number, "issue line without [code] or ~ skipped");
            continue;
        };
        let forms = expand_issue_phrase(phrase);
        if forms.is_empty() {
            warnings.push(name, number, "issue line without a phrase skipped");
            continue;
        }
        source_lines += 1;
        for tokens in forms {
            entries.push(IssueEntry {
                file: file.clone(),
                line: number,
                tokens,
                kind: kind.clone(),
                category: category.clone(),
            });
        }
    }
    Ok(IssueList {
        name: name.to_string(),
        entries,
        source_lines,
        warnings: warnings.list,
    })
}

/// Expand `n:`, `v:` and `+` word by word into all token sequences.
fn expand_issue_phrase(phrase: &str) -> Vec<Vec<String>> {
    let mut forms: Vec<String> = vec![String::new()];
    for word in phrase.split_whitespace() {
        let upper = word.to_uppercase();
        let mut variants: Vec<String> = if let Some(noun) = upper.strip_prefix("N:") {
            vec![noun.to_string(), regular_plural(noun)]
        } else if let Some(verb) = upper.strip_prefix("V:") {
            verb_forms(verb)
        } else {
            vec![upper]
        };
        variants.retain(|v| !v.is_empty());
        let variants: Vec<String> = variants
            .iter()
            .flat_map(|v| {
                if v.contains('+') {
                    vec![v.replace('+', " "), v.replace('+', "-")]
                } else {
                    vec![v.clone()]
                }
            })
            .collect();
        if variants.is_empty() {
            continue;
        }
        forms = forms
            .iter()
            .flat_map(|prefix| variants.iter().map(move |v| format!("{prefix} {v}")))
            .collect();
    }
    forms
        .iter()
        .map(|f| phrase_tokens(f))
        .filter(|t| !t.is_empty())
        .collect()
}

/// PETRARCH's regular verb forms for issues: base, `S`, `D`/`ED`, `ING`.
fn verb_forms(verb: &str) -> Vec<String> {
    if verb.is_empty() {
        return Vec::new();
    }
    let mut forms = vec![verb.to_string(), format!("{verb}S")];
    match verb.strip_suffix('E') {
        Some(stem) => {
            forms.push(format!("{verb}D"));
            forms.push(format!("{stem}ING"));
        }
        None => {
            forms.push(format!("{verb}ED"));
            forms.push(format!("{verb}ING"));
        }
    }
    forms
}

/// Issue phrases of one or more files, indexed for matching over tokens.
#[derive(Debug, Clone, Default)]
pub struct Issues {
    entries: Vec<IssueEntry>,
    index: PhraseIndex,
    source_lines: usize,
}

/// Issue codes found in a sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssueHits {
    /// `(code, number of matched phrases)` in order of first occurrence.
    pub codes: Vec<(String, usize)>,
    /// A `~` phrase matched: the caller should code no issues for the sentence.
    pub ignore_sentence: bool,
    /// A `~~` phrase matched: no issues for the whole story.
    pub ignore_story: bool,
}

impl Issues {
    /// Index the entries of `lists`.
    pub fn build(lists: impl IntoIterator<Item = IssueList>) -> Self {
        let mut out = Issues::default();
        for list in lists {
            out.source_lines += list.source_lines;
            for entry in list.entries {
                out.index.insert(&entry.tokens, out.entries.len() as u32);
                out.entries.push(entry);
            }
        }
        out.index.finish();
        out
    }

    /// All expanded entries in load order.
    pub fn entries(&self) -> &[IssueEntry] {
        &self.entries
    }

    /// Number of dictionary lines that defined issue phrases.
    pub fn source_line_count(&self) -> usize {
        self.source_lines
    }

    /// Scan upper-case tokens left to right, taking the longest phrase at each
    /// position and continuing after it. If an ignore phrase matched, `codes`
    /// is emptied, as PETRARCH2 cancels all issues of the sentence.
    pub fn code_sentence<S: AsRef<str>>(&self, upper_tokens: &[S]) -> IssueHits {
        let mut hits = IssueHits::default();
        let mut i = 0;
        while i < upper_tokens.len() {
            let Some((len, target)) = self.index.longest_match(upper_tokens, i) else {
                i += 1;
                continue;
            };
            match &self.entries[target as usize].kind {
                IssueKind::Code(code) => match hits.codes.iter_mut().find(|(c, _)| c == code) {
                    Some((_, n)) => *n += 1,
                    None => hits.codes.push((code.clone(), 1)),
                },
                IssueKind::IgnoreSentence => hits.ignore_sentence = true,
                IssueKind::IgnoreStory => hits.ignore_story = true,
            }
            i += len;
        }
        if hits.ignore_sentence || hits.ignore_story {
            hits.codes.clear();
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansions_and_ignores() {
        let text = "<ISSUE CATEGORY=\"ID_ATROCITY\">\nwar n:crime [ID_ATROCITY]\nethnic v:purge [ID_ATROCITY]\nal+zarqawi network [NAMED_TERROR_GROUP]\n~~Armenian genocide  # x\n</ISSUE>\nbogus line\n";
        let list = parse_issues_str("t.issues", text).unwrap();
        let phrases: Vec<String> = list.entries.iter().map(|e| e.tokens.join(" ")).collect();
        assert_eq!(
            phrases,
            vec![
                "WAR CRIME",
                "WAR CRIMES",
                "ETHNIC PURGE",
                "ETHNIC PURGES",
                "ETHNIC PURGED",
                "ETHNIC PURGING",
                "AL ZARQAWI NETWORK",
                "AL-ZARQAWI NETWORK",
                "ARMENIAN GENOCIDE"
            ]
        );
        assert_eq!(list.entries[0].category.as_deref(), Some("ID_ATROCITY"));
        assert_eq!(list.warnings.len(), 1);
        assert_eq!(list.warnings[0].line, 7);
        let issues = Issues::build([list]);
        let hits = issues.code_sentence(&["THE", "WAR", "CRIMES", "OF", "AL-ZARQAWI", "NETWORK"]);
        assert_eq!(
            hits.codes,
            vec![
                ("ID_ATROCITY".to_string(), 1),
                ("NAMED_TERROR_GROUP".to_string(), 1)
            ]
        );
        let hits = issues.code_sentence(&["WAR", "CRIME", "ARMENIAN", "GENOCIDE"]);
        assert!(hits.ignore_story && hits.codes.is_empty());
    }

    #[test]
    fn malformed_code_is_an_error() {
        let err = parse_issues_str("t.issues", "x\nwar [A B]\n").unwrap_err();
        assert!(err.to_string().starts_with("t.issues:2: issue code"));
    }
}
