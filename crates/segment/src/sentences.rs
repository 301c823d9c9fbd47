//! Sentence boundaries over a token sequence.

use crate::abbrev::{self, contains};
use crate::{Sentence, Token};

fn is_terminator(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

/// Tokens that can close a sentence after its full stop. Opening curly
/// quotes are included because they are often typed where a closing one was
/// meant; they only count when they hug the full stop.
fn is_quote_or_closer(t: &str) -> bool {
    matches!(
        t,
        "\"" | "”" | "’" | "'" | ")" | "]" | "}" | "»" | "''" | "“" | "‘"
    )
}

fn is_opening(t: &str) -> bool {
    matches!(t, "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "`" | "``")
}

/// Does the gap between two tokens hold a paragraph break (a blank line)?
fn paragraph_break(gap: &str) -> bool {
    let mut newlines = 0;
    for c in gap.chars() {
        if c == '\n' {
            newlines += 1;
            if newlines >= 2 {
                return true;
            }
        } else if !c.is_whitespace() {
            newlines = 0;
        }
    }
    false
}

fn starts_upper_or_digit(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A token ending in a full stop that is part of the word (`U.S.`, `Inc.`, `J.`).
fn abbreviation_class(t: &str) -> Option<AbbrevKind> {
    let word = t.strip_suffix('.')?;
    if word.is_empty() {
        return None;
    }
    if contains(abbrev::TITLES, word) {
        return Some(AbbrevKind::Title);
    }
    if contains(abbrev::MONTHS, word) || contains(abbrev::BEFORE_NUMBER, word) {
        return Some(AbbrevKind::BeforeNumber);
    }
    Some(AbbrevKind::MayEnd)
}

enum AbbrevKind {
    Title,
    BeforeNumber,
    MayEnd,
}

/// Decide whether a sentence ends after token `i` (before `next`).
fn ends_after(tokens: &[Token], i: usize, text: &str) -> bool {
    // Skip closing quotes and brackets that hug the terminator.
    let mut end = i;
    while end + 1 < tokens.len()
        && is_quote_or_closer(&tokens[end + 1].text)
        && tokens[end + 1].start == tokens[end].end
    {
        end += 1;
    }
    if end != i {
        return false; // decided at the last closer
    }
    // Find the terminator this token closes: itself, or the one before a closer run.
    let mut k = i;
    while k > 0 && is_quote_or_closer(&tokens[k].text) && tokens[k].start == tokens[k - 1].end {
        k -= 1;
    }
    let term = tokens[k].text.as_str();
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let gap = &text[tokens[i].end..next.start];
    if paragraph_break(gap) {
        return true;
    }
    let next_text = next.text.as_str();
    let next_starts = starts_upper_or_digit(next_text)
        || (is_opening(next_text) && next.end < text.len() && gap.chars().any(char::is_whitespace));
    if is_terminator(term) {
        // "protested by shouting "shame on you!" and holding signs",
        // ""Why?" he asked": a quotation that ends in an exclamation or a
        // question goes on with the lower-case word after its closing quote.
        if k != i && matches!(term, "!" | "?") && next_text.starts_with(|c: char| c.is_lowercase())
        {
            return false;
        }
        // A full stop that the tokenizer did not attach to an abbreviation is
        // a real stop, so a lower-case word after it still starts a sentence
        // (common in web text, harmless in news).
        let next_is_word = !term.contains(['…'])
            && !term.starts_with("..")
            && next_text.chars().next().is_some_and(char::is_alphanumeric);
        return !gap.is_empty() && (next_starts || next_is_word);
    }
    if let Some(kind) = abbreviation_class(term) {
        if gap.is_empty() {
            return false;
        }
        let next_lower = next_text.to_lowercase();
        return match kind {
            AbbrevKind::Title => false,
            AbbrevKind::BeforeNumber => {
                !next_text.starts_with(|c: char| c.is_ascii_digit())
                    && contains(abbrev::SENTENCE_STARTERS, &next_lower)
            }
            AbbrevKind::MayEnd => {
                // "for U.S. President Donald Trump": the initials qualify
                // the noun after them.
                let qualified = contains(
                    abbrev::PROPER_INITIALS,
                    term.strip_suffix('.').unwrap_or(term),
                ) && contains(abbrev::NOUN_STARTERS, &next_lower);
                (starts_upper_or_digit(next_text)
                    && contains(abbrev::SENTENCE_STARTERS, &next_lower)
                    && !qualified)
                    || (gap.contains('\n') && starts_upper_or_digit(next_text))
            }
        };
    }
    // A line break after a line that ends like a heading or list item.
    if gap.contains('\n')
        && starts_upper_or_digit(next_text)
        && line_is_short_block(text, tokens, i)
    {
        return true;
    }
    false
}

/// A single newline ends a sentence when the line before it is short and does
/// not continue (no trailing comma, conjunction or hyphen): headings, bylines.
fn line_is_short_block(text: &str, tokens: &[Token], i: usize) -> bool {
    let line_start = text[..tokens[i].end].rfind('\n').map_or(0, |p| p + 1);
    let line = &text[line_start..tokens[i].end];
    let last = tokens[i].text.as_str();
    line.split_whitespace().count() <= 8
        && !matches!(last, "," | ";" | ":" | "-" | "and" | "or" | "the" | "of")
}

/// An abbreviation that ends a sentence gives its full stop to the sentence,
/// as UD does: `etc.` → `etc` `.`, but `U.S.` keeps its own.
fn split_final_stop(sentence: &mut Vec<Token>) {
    let Some(last) = sentence.last() else { return };
    if !matches!(abbreviation_class(&last.text), Some(AbbrevKind::MayEnd)) || last.text.len() < 3 {
        return;
    }
    let word = &last.text[..last.text.len() - 1];
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 2 {
        return; // "U.S." keeps its stop
    }
    let mut stop = last.clone();
    let last = sentence.last_mut().expect("checked above");
    last.end -= 1;
    last.text.pop();
    stop.start = last.end;
    stop.text = ".".to_string();
    sentence.push(stop);
}

/// Group tokens into sentences.
pub fn split(text: &str, tokens: Vec<Token>) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut current: Vec<Token> = Vec::new();
    for i in 0..tokens.len() {
        let boundary = ends_after(&tokens, i, text) || i + 1 == tokens.len();
        current.push(tokens[i].clone());
        if boundary {
            split_final_stop(&mut current);
        }
        if boundary {
            let toks = std::mem::take(&mut current);
            sentences.push(Sentence {
                start: toks[0].start,
                end: toks[toks.len() - 1].end,
                tokens: toks,
            });
        }
    }
    if !current.is_empty() {
        sentences.push(Sentence {
            start: current[0].start,
            end: current[current.len() - 1].end,
            tokens: current,
        });
    }
    sentences
}
