//! Tokenization into UD/PTB-style syntactic words.

use crate::abbrev::{self, contains};
use crate::Token;

/// Split text into tokens (no sentence boundaries).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut chunks = whitespace_chunks(text).peekable();
    while let Some((start, end)) = chunks.next() {
        let next_first = chunks.peek().and_then(|&(s, _)| text[s..].chars().next());
        split_chunk(text, start, end, next_first, &mut out);
    }
    out
}

fn whitespace_chunks(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = iter.peek() {
            if is_space(c) {
                iter.next();
            } else {
                break;
            }
        }
        let &(start, _) = iter.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = iter.peek() {
            if is_space(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        Some((start, end))
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{0}')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '(' | '[' | '{' | '«' | '`' | '„' | '¿' | '¡' | '<'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | ')' | ']' | '}' | '»' | ',' | ';' | ':' | '!' | '?' | '%' | '>'
    )
}

/// Emoticons are one token each (`:)`, `;-)`, `^_^`).
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":p", "=)", "=(", ":/", "^_^",
    "^^", "<3", ":'(", "XD", "xD", "<<", ">>",
];

/// Length of an emoticon at the end of `s`, when the rest is not empty or `s` is one.
fn emoticon_suffix(s: &str) -> Option<usize> {
    EMOTICONS
        .iter()
        .find(|e| s.ends_with(*e) && s.len() > e.len())
        .map(|e| e.len())
        .filter(|_| {
            // "word:)" but not a time like "10:30" (digits never end in an emoticon here).
            true
        })
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '#' | '₹' | '₽')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn push(out: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    if start < end {
        out.push(Token {
            start,
            end,
            text: text[start..end].to_string(),
            joined_to_next: false,
        });
    }
}

fn looks_like_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (s.contains('@') && s.contains('.') && !s.starts_with('@'))
}

/// Tokenize one whitespace-delimited chunk `text[start..end]`.
fn split_chunk(
    text: &str,
    mut start: usize,
    mut end: usize,
    next_first: Option<char>,
    out: &mut Vec<Token>,
) {
    if EMOTICONS.contains(&&text[start..end]) {
        push(out, text, start, end);
        return;
    }
    // Leading openers, quotes and currency symbols.
    loop {
        let s = &text[start..end];
        let Some(c) = s.chars().next() else { return };
        let rest = &s[c.len_utf8()..];
        let split = if is_opener(c) {
            true
        } else if is_apostrophe(c) {
            // A leading apostrophe is a quote unless it starts a clitic or a year ('90s).
            let lower = rest.to_lowercase();
            !rest.is_empty()
                && !matches!(
                    lower.as_str(),
                    "s" | "re" | "ve" | "ll" | "d" | "m" | "em" | "t"
                )
                && !rest.starts_with(|d: char| d.is_ascii_digit())
        } else if is_currency(c) {
            rest.starts_with(|d: char| d.is_ascii_digit())
        } else {
            false
        };
        if split && !rest.is_empty() {
            push(out, text, start, start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    if looks_like_url(&text[start..end]) {
        let mut trailing = Vec::new();
        while let Some(c) = text[start..end].chars().last() {
            if matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’'
            ) && end - start > 1
            {
                end -= c.len_utf8();
                trailing.push((end, end + c.len_utf8()));
            } else {
                break;
            }
        }
        push(out, text, start, end);
        for (s, e) in trailing.into_iter().rev() {
            push(out, text, s, e);
        }
        return;
    }
    // Trailing closers and full stops, collected right to left.
    let mut trailing: Vec<(usize, usize)> = Vec::new();
    let mut keep_final_stop = false;
    loop {
        if let Some(n) = emoticon_suffix(&text[start..end]) {
            trailing.push((end - n, end));
            end -= n;
            continue;
        }
        let s = &text[start..end];
        if s.is_empty() {
            break;
        }
        if s.len() > 3 && (s.ends_with("...") || s.ends_with("…")) {
            let n = if s.ends_with("...") {
                s.len() - s.trim_end_matches('.').len()
            } else {
                "…".len()
            };
            trailing.push((end - n, end));
            end -= n;
            continue;
        }
        let c = s.chars().last().unwrap_or(' ');
        let body = &s[..s.len() - c.len_utf8()];
        if body.is_empty() {
            break;
        }
        if is_closer(c) || c == '\'' {
            // Group runs: "!!!", "?!", ".?" and doubled quotes ('' ’’) are one token.
            let mut n = c.len_utf8();
            loop {
                let rest = &s[..s.len() - n];
                let Some(p) = rest.chars().last() else { break };
                let same_run = if matches!(c, '!' | '?') {
                    matches!(p, '!' | '?' | '.')
                } else {
                    matches!(c, '\'' | '’' | '”' | '"') && p == c
                };
                if !same_run || rest.len() <= p.len_utf8() {
                    break;
                }
                n += p.len_utf8();
            }
            trailing.push((end - n, end));
            end -= n;
            continue;
        }
        if c == '.' {
            if keeps_full_stop(body, next_first) {
                keep_final_stop = true;
                break;
            }
            trailing.push((end - 1, end));
            end -= 1;
            continue;
        }
        if c == '-' && body.ends_with('-') {
            // A trailing "--" dash.
            let n = s.len() - s.trim_end_matches('-').len();
            trailing.push((end - n, end));
            end -= n;
            continue;
        }
        break;
    }
    split_core(text, start, end, keep_final_stop, out);
    for (s, e) in trailing.into_iter().rev() {
        push(out, text, s, e);
    }
}

/// Whether `word.` keeps its full stop as part of the token.
fn keeps_full_stop(word: &str, next_first: Option<char>) -> bool {
    let alpha: Vec<char> = word.chars().collect();
    // Initials and acronyms with stops: "J.", "U.S.", "a.m.".
    if alpha.len() == 1 && alpha[0].is_alphabetic() && alpha[0].is_uppercase() {
        return true;
    }
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return true;
    }
    let next_is_digit = next_first.is_some_and(|c| c.is_ascii_digit());
    if contains(abbrev::BEFORE_NUMBER, word) {
        return next_is_digit && word.starts_with(char::is_uppercase);
    }
    contains(abbrev::TITLES, word)
        || contains(abbrev::MONTHS, word)
        || contains(abbrev::OTHER, word)
}

/// Split the inside of a chunk (openers and closers already removed).
fn split_core(text: &str, start: usize, end: usize, keep_final_stop: bool, out: &mut Vec<Token>) {
    let s = &text[start..end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut piece_start = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let word_char = c.is_alphanumeric() || is_mark(c);
        let alnum = |x: Option<char>| x.is_some_and(|x| x.is_alphanumeric() || is_mark(x));
        let digit = |x: Option<char>| x.is_some_and(|x| x.is_ascii_digit());
        let joiner = match c {
            '.' => alnum(prev) && (alnum(next) || (keep_final_stop && i + 1 == chars.len())),
            ',' | ':' => digit(prev) && digit(next),
            '/' => digit(prev) && digit(next),
            '\'' | '’' => alnum(prev) && alnum(next),
            '&' => {
                prev.is_some_and(char::is_alphabetic)
                    && next.is_some_and(char::is_alphabetic)
                    && s.len() <= 6
            }
            '-' | '‐' => alnum(prev) && alnum(next),
            '_' | '@' | '+' => alnum(prev) && alnum(next),
            _ => false,
        };
        if word_char || joiner {
            i += 1;
            continue;
        }
        // A separator: close the current piece, emit the separator (runs of dashes together).
        split_word(text, start + piece_start, start + off, out);
        let mut j = i + 1;
        if matches!(c, '.' | '!' | '?') {
            // "?!", "..", "!!!" are one token.
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?') {
                j += 1;
            }
        } else if !matches!(c, '(' | ')' | '[' | ']' | '"' | '{' | '}') {
            while j < chars.len() && chars[j].1 == c {
                j += 1;
            }
        }
        let sep_end = chars.get(j).map_or(s.len(), |&(o, _)| o);
        push(out, text, start + off, start + sep_end);
        piece_start = sep_end;
        i = j;
    }
    split_word(text, start + piece_start, end, out);
}

fn is_mark(c: char) -> bool {
    // Combining marks inside names (decomposed accents).
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Split one word-like piece at clitics and hyphens.
fn split_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let w = &text[start..end];
    let lower = w.to_lowercase();
    // Whole-word multiword tokens.
    let special: Option<(usize, &str, &str)> = match lower.as_str() {
        "cannot" => Some((3, "can", "not")),
        "gonna" => Some((3, "gon", "na")),
        "wanna" => Some((3, "wan", "na")),
        "gotta" => Some((3, "got", "ta")),
        _ => None,
    };
    if let Some((cut, _, _)) = special {
        if w.is_char_boundary(cut) {
            out.push(Token {
                start,
                end: start + cut,
                text: w[..cut].to_string(),
                joined_to_next: true,
            });
            push(out, text, start + cut, end);
            return;
        }
    }
    // Clitics: n't, 's, 're, 've, 'll, 'd, 'm (straight or curly apostrophe).
    if let Some(cut) = clitic_cut(w) {
        if cut > 0 {
            split_hyphens(text, start, start + cut, out);
            if let Some(last) = out.last_mut() {
                last.joined_to_next = true;
            }
            push(out, text, start + cut, end);
            return;
        }
    }
    split_hyphens(text, start, end, out);
}

fn clitic_cut(w: &str) -> Option<usize> {
    let lower = w.to_lowercase();
    if lower.len() != w.len() {
        return None;
    }
    for suffix in ["n't", "n’t"] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            return Some(w.len() - suffix.len());
        }
    }
    for apostrophe in ['\'', '’'] {
        if let Some(pos) = lower.rfind(apostrophe) {
            let clitic = &lower[pos + apostrophe.len_utf8()..];
            if matches!(clitic, "s" | "re" | "ve" | "ll" | "d" | "m") && pos > 0 {
                return Some(pos);
            }
        }
    }
    None
}

/// Split at hyphens between letters, except after a prefix that UD keeps
/// attached, and never between digits (`555-1234`, `2018-06-20`).
fn split_hyphens(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let w = &text[start..end];
    if !w.contains(['-', '‐']) {
        push(out, text, start, end);
        return;
    }
    let parts: Vec<(usize, &str)> = {
        let mut v = Vec::new();
        let mut last = 0;
        for (i, c) in w.char_indices() {
            if c == '-' || c == '‐' {
                v.push((last, &w[last..i]));
                last = i + c.len_utf8();
            }
        }
        v.push((last, &w[last..]));
        v
    };
    let all_digits = parts.iter().all(|(_, p)| {
        p.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    });
    if all_digits
        || contains(abbrev::HYPHEN_PREFIXES, parts[0].1)
        || parts.iter().any(|(_, p)| p.is_empty())
    {
        push(out, text, start, end);
        return;
    }
    for (k, &(off, p)) in parts.iter().enumerate() {
        push(out, text, start + off, start + off + p.len());
        if k + 1 < parts.len() {
            let h = start + off + p.len();
            let hl = text[h..].chars().next().map_or(1, char::len_utf8);
            push(out, text, h, h + hl);
        }
    }
}
