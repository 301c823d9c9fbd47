//! Line reading shared by all dictionary formats: comments, phrases, plurals.

use std::borrow::Cow;

use crate::error::DictError;

/// One content line of a dictionary file, comments removed.
pub(crate) struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The text with `#` and `<!-- -->` comments removed; not trimmed.
    pub text: Cow<'a, str>,
}

/// Iterate over the content lines of `content`: `#` starts a comment that runs
/// to the end of the line (anywhere on the line, as in PETRARCH2's reader,
/// except inside `[...]`),
/// `<!-- ... -->` comments may span lines, and blank lines are skipped.
/// An unterminated `<!--` comment is an error.
pub(crate) fn content_lines<'a>(
    file: &'a str,
    content: &'a str,
) -> impl Iterator<Item = Result<Line<'a>, DictError>> + 'a {
    let mut in_comment: Option<usize> = None;
    let mut raw = content.lines().enumerate();
    let mut finished = false;
    std::iter::from_fn(move || loop {
        if finished {
            return None;
        }
        let Some((index, raw_line)) = raw.next() else {
            finished = true;
            if let Some(start) = in_comment {
                return Some(Err(DictError::syntax(
                    file,
                    start,
                    "unterminated <!-- comment",
                )));
            }
            return None;
        };
        let number = index + 1;
        let mut text: Cow<'a, str> = Cow::Borrowed(raw_line);
        if in_comment.is_some() {
            match text.find("-->") {
                Some(end) => {
                    in_comment = None;
                    text = Cow::Owned(text[end + 3..].to_string());
                }
                None => continue,
            }
        }
        // Remove `<!-- -->` comments inside the line, possibly opening a
        // multi-line one.
        while let Some(start) = text.find("<!--") {
            // A `#` before the comment start makes the rest a comment anyway.
            if comment_start(&text).is_some_and(|hash| hash < start) {
                break;
            }
            match text[start + 4..].find("-->") {
                Some(rel_end) => {
                    let end = start + 4 + rel_end + 3;
                    text = Cow::Owned(format!("{}{}", &text[..start], &text[end..]));
                }
                None => {
                    in_comment = Some(number);
                    text = Cow::Owned(text[..start].to_string());
                    break;
                }
            }
        }
        if let Some(hash) = comment_start(&text) {
            text = match text {
                Cow::Borrowed(s) => Cow::Borrowed(&s[..hash]),
                Cow::Owned(s) => Cow::Owned(s[..hash].to_string()),
            };
        }
        if text.trim().is_empty() {
            continue;
        }
        return Some(Ok(Line { number, text }));
    })
}

/// Byte offset of the `#` that starts a comment: the first `#` outside
/// `[...]` (TABARI's discard code `[###]` is a code, not a comment).
pub(crate) fn comment_start(text: &str) -> Option<usize> {
    let mut in_brackets = false;
    for (i, c) in text.char_indices() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            '#' if !in_brackets => return Some(i),
            _ => {}
        }
    }
    None
}

/// Split a dictionary phrase into upper-case tokens: `_` and blanks separate
/// words, and a possessive `'S` (or a bare trailing `'` after `S`) becomes its
/// own token, the way Penn Treebank tokenisers split `SYRIA'S` into
/// `SYRIA 'S`. Matching is on these tokens.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    for word in phrase.split(|c: char| c == '_' || c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        push_word_tokens(&word.to_uppercase(), &mut tokens);
    }
    tokens
}

/// Push one upper-case word, splitting a possessive ending off.
pub(crate) fn push_word_tokens(word: &str, tokens: &mut Vec<String>) {
    for suffix in ["'S", "\u{2019}S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                tokens.push(stem.to_string());
                tokens.push("'S".to_string());
                return;
            }
        }
    }
    if word.len() > 2 && word.ends_with("S'") {
        tokens.push(word[..word.len() - 1].to_string());
        tokens.push("'".to_string());
        return;
    }
    tokens.push(word.to_string());
}

/// Regular English noun plural of an upper-case word: consonant + `Y` →
/// `IES`, `S`/`X`/`Z`/`CH`/`SH` → `+ES`, otherwise `+S`. (PETRARCH2 also
/// turns vowel + `Y` into `IES`, e.g. `ATTORNIES`; dyad writes `ATTORNEYS`.)
pub(crate) fn regular_plural(word: &str) -> String {
    let consonant_y = word.strip_suffix('Y').filter(|stem| {
        stem.chars()
            .last()
            .is_some_and(|c| c.is_alphabetic() && !"AEIOU".contains(c))
    });
    if let Some(stem) = consonant_y {
        format!("{stem}IES")
    } else if ["S", "X", "Z", "CH", "SH"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        format!("{word}ES")
    } else {
        format!("{word}S")
    }
}

/// Extract the bracketed groups `[...]` of `text`. Returns the text before the
/// first `[`, the contents of each group and any text left between or after
/// groups (junk). An unclosed `[` is an error message.
pub(crate) fn split_brackets(text: &str) -> Result<(&str, Vec<&str>, String), String> {
    let Some(first) = text.find('[') else {
        return Ok((text, Vec::new(), String::new()));
    };
    let head = &text[..first];
    let mut groups = Vec::new();
    let mut junk = String::new();
    let mut rest = &text[first..];
    while let Some(open) = rest.find('[') {
        junk.push_str(rest[..open].trim());
        let after = &rest[open + 1..];
        let close = after
            .find(']')
            .ok_or_else(|| format!("'[' without closing ']' in {:?}", text.trim()))?;
        groups.push(after[..close].trim());
        rest = &after[close + 1..];
    }
    junk.push_str(rest.trim());
    Ok((head, groups, junk))
}

/// The tokens with every inner hyphen a token of its own (`JONG-UN` →
/// `JONG`, `-`, `UN`), or `None` when no token has one.
pub(crate) fn hyphens_split(tokens: &[String]) -> Option<Vec<String>> {
    let inner = |t: &str| t.split('-').count() > 1 && t.split('-').all(|part| !part.is_empty());
    if !tokens.iter().any(|t| inner(t)) {
        return None;
    }
    let mut out = Vec::with_capacity(tokens.len() + 2);
    for t in tokens {
        if inner(t) {
            for (i, part) in t.split('-').enumerate() {
                if i > 0 {
                    out.push("-".to_string());
                }
                out.push(part.to_string());
            }
        } else {
            out.push(t.clone());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_removed_and_line_numbers_kept() {
        let text = "<!-- a\nb -->\nONE # c\n\n<!-- x --> TWO <!-- y -->\nTHREE [###] # d";
        let lines: Vec<(usize, String)> = content_lines("f", text)
            .map(|l| l.map(|l| (l.number, l.text.trim().to_string())))
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            lines,
            vec![
                (3, "ONE".to_string()),
                (5, "TWO".to_string()),
                (6, "THREE [###]".to_string())
            ]
        );
    }

    #[test]
    fn unterminated_xml_comment_is_an_error() {
        let err = content_lines("f.txt", "A\n<!-- open\nB\n")
            .collect::<Result<Vec<_>, _>>()
            .err()
            .expect("error");
        assert_eq!(err.to_string(), "f.txt:2: unterminated <!-- comment");
    }

    #[test]
    fn phrase_tokens_split_underscores_and_possessives() {
        assert_eq!(
            phrase_tokens("Syria's_government  x"),
            vec!["SYRIA", "'S", "GOVERNMENT", "X"]
        );
        assert_eq!(phrase_tokens("U.N._"), vec!["U.N."]);
        assert_eq!(
            phrase_tokens("WORKERS'_UNION"),
            vec!["WORKERS", "'", "UNION"]
        );
    }

    #[test]
    fn brackets_are_split() {
        let (head, groups, junk) = split_brackets("ABC_ [X 1-2] [Y] z").unwrap();
        assert_eq!(head, "ABC_ ");
        assert_eq!(groups, vec!["X 1-2", "Y"]);
        assert_eq!(junk, "z");
        assert!(split_brackets("A [B").is_err());
    }

    #[test]
    fn inner_hyphens_become_tokens() {
        let tokens = phrase_tokens("KIM_JONG-UN_");
        assert_eq!(
            hyphens_split(&tokens).unwrap(),
            vec!["KIM", "JONG", "-", "UN"]
        );
        assert!(hyphens_split(&phrase_tokens("PRE-_DAWN")).is_none());
        assert!(hyphens_split(&phrase_tokens("SYRIA")).is_none());
    }
}
