//! Quoted speech without a verb of saying (news mode).
//!
//! The statement machinery (`src/statement.rs`: appeals, demands, threats,
//! evaluations, "I"/"we" as the speaker) starts from a verb of saying. News
//! also quotes without one:
//!
//! * **introduced quotations**: a clause whose verb is not one of saying,
//!   then a colon or comma and an opening quotation mark ("Bolsonaro opposed
//!   Macron's statement: \"…\"", "Trump defended the move, \"I will …\"").
//!   The clause's subject is the speaker of the quotation;
//! * **continued quotations**: a sentence inside a quotation that an earlier
//!   sentence of the same paragraph opened and did not close ("… the speaker
//!   said, \"We want peace. They must withdraw.\"": the second sentence). The
//!   speaker is the one of the sentence that opened it.
//! * **quotations attributed where they close**: a sentence that opens a
//!   quotation it does not close, without a verb of saying ("\"This
//!   decision is a grave mistake. It will destabilise the region,\" the
//!   minister said."): the first sentence). The speaker is the subject of
//!   the verb of saying after the closing mark in the next sentence of the
//!   paragraph;
//! * **quotations after a quoting sentence**: a sentence wholly in
//!   quotation marks, without a verb of saying, after a sentence of the same
//!   paragraph that quotes someone with one ("\"We want peace,\" the
//!   minister said. \"Israel must stop the attacks.\""). The speaker is that
//!   sentence's.
//!
//! Only quotation marks make a sentence quoted speech: a sentence with a
//! verb of saying of its own, or words after the closing mark other than
//! punctuation ("…," he said), is left to the usual rules.
//!
//! `code_article` (in `lib.rs`) codes such a quotation as if the speaker
//! had said it ("SPEAKER said, \"…\"": the speaker's own words, taken from the
//! sentence that names them, then the quotation) and keeps the events of
//! which the speaker is the source and that the sentence's own coding lacks.

use crate::{is_speech_lemma, Tree};
use dyad_context::is_quote_mark;
use dyad_dict::PhraseHit;

/// A quotation in a sentence, introduced by a clause whose subject names
/// an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Introduced {
    /// Word indices of the speaker (the clause's subject), in order.
    pub speaker: Vec<usize>,
    /// Index of the opening quotation mark.
    pub quote: usize,
    /// The introducing verb is one of saying (the statement machinery
    /// already reads this sentence; the speaker still speaks the
    /// sentences the quotation continues into).
    pub speech_verb: bool,
}

/// The speaker and opening quotation mark of a quotation introduced by a
/// colon or comma after a clause ("Bolsonaro opposed Macron's statement:
/// \"…\""): the clause is the sentence's root verb, before the mark, with a
/// subject before it that contains a dictionary hit.
pub(crate) fn introduced_quote(tree: &Tree<'_>, hits: &[PhraseHit<'_>]) -> Option<Introduced> {
    let n = tree.words.len();
    let quote = (0..n).find(|&i| is_quote_mark(&tree.words[i].form))?;
    if quote < 3 || !matches!(tree.words[quote - 1].form.as_str(), ":" | ",") {
        return None;
    }
    // The introducing clause: the root, or (a root mis-parsed as a
    // non-verb: "Brazilian" in "Brazilian President X opposed …") the first
    // verb the root governs; before the mark, with a subject before it.
    let root = (0..n).find(|&i| tree.heads[i].is_none())?;
    let clause = if tree.is_verb(root) {
        root
    } else {
        tree.children[root]
            .iter()
            .copied()
            .find(|&c| tree.is_verb(c) && c < quote)?
    };
    if clause >= quote - 1 {
        return None;
    }
    let subject = tree.child_with(clause, |r| r == "nsubj")?;
    if subject > clause {
        return None;
    }
    let speaker = speaker_words(tree, hits, subject)?;
    if speaker.last().is_some_and(|&l| l >= quote) {
        return None;
    }
    Some(Introduced {
        speaker,
        quote,
        speech_verb: is_speech_lemma(&tree.lemma_lower(clause)),
    })
}

/// The words naming the speaker whose subject is `subject`: its own words,
/// not a conjunct or a parenthetical ("Trump, also on Twitter, defended
/// …"), contiguous, without edge punctuation, with a dictionary hit among
/// them (a pronoun is no speaker here).
fn speaker_words(tree: &Tree<'_>, hits: &[PhraseHit<'_>], subject: usize) -> Option<Vec<usize>> {
    let mut speaker = tree.subtree(subject, &|m| {
        m != subject && matches!(tree.base_rel(m), "conj" | "cc" | "parataxis" | "advmod")
    });
    speaker.sort_unstable();
    while speaker
        .last()
        .is_some_and(|&i| tree.words[i].upos == "PUNCT")
    {
        speaker.pop();
    }
    while speaker
        .first()
        .is_some_and(|&i| tree.words[i].upos == "PUNCT")
    {
        speaker.remove(0);
    }
    let (&first, &last) = (speaker.first()?, speaker.last()?);
    if speaker.len() != last - first + 1 {
        return None;
    }
    // A hit starting inside the words, or running into them ("German
    // Chancellor Angela Merkel" with *German* hung on the verb).
    let named = hits
        .iter()
        .any(|h| !h.is_empty() && h.start() <= last && h.start() + h.len() > first);
    named.then_some(speaker)
}

/// The speaker of a sentence that quotes with a verb of saying ("\"We want
/// peace,\" the minister said"; "The minister said: \"…\""): the words of
/// the subject of its first verb of saying, when the sentence has
/// quotation marks.
pub(crate) fn quoting_speaker(tree: &Tree<'_>, hits: &[PhraseHit<'_>]) -> Option<Vec<usize>> {
    if quote_marks(tree) == 0 {
        return None;
    }
    let n = tree.words.len();
    let verb = (0..n).find(|&i| tree.is_verb(i) && is_speech_lemma(&tree.lemma_lower(i)))?;
    let subject = tree.child_with(verb, |r| r == "nsubj")?;
    speaker_words(tree, hits, subject)
}

/// Is the sentence a quotation of its own: it opens with a quotation mark,
/// has no verb of saying, and nothing but punctuation follows the closing
/// mark ("\"Israel must stop the attacks.\"" after "\"We want peace,\" the
/// minister said.")?
pub(crate) fn whole_quote(tree: &Tree<'_>) -> bool {
    let n = tree.words.len();
    if n < 3 || !is_quote_mark(&tree.words[0].form) {
        return false;
    }
    let speech = (0..n).any(|i| tree.is_verb(i) && is_speech_lemma(&tree.lemma_lower(i)));
    let close = (1..n).find(|&i| is_quote_mark(&tree.words[i].form));
    !speech && close.is_some_and(|c| (c + 1..n).all(|i| tree.words[i].upos == "PUNCT"))
}

/// Is a sentence that starts inside an open quotation wholly quoted speech:
/// no verb of saying, and nothing but punctuation after a closing mark?
pub(crate) fn continues_quote(tree: &Tree<'_>) -> bool {
    let n = tree.words.len();
    let speech = (0..n).any(|i| says(tree, i));
    if speech {
        return false;
    }
    match (0..n).find(|&i| is_quote_mark(&tree.words[i].form)) {
        None => true,
        Some(close) => (close + 1..n).all(|i| tree.words[i].upos == "PUNCT"),
    }
}

/// Number of quotation marks among a sentence's words.
pub(crate) fn quote_marks(tree: &Tree<'_>) -> usize {
    tree.words.iter().filter(|w| is_quote_mark(&w.form)).count()
}

/// Does the sentence open a quotation it does not close, without a verb of
/// saying of its own (the first sentence of "\"This decision is a grave
/// mistake. It will destabilise the region,\" the minister said.")?
pub(crate) fn opens_quote(tree: &Tree<'_>) -> bool {
    let n = tree.words.len();
    n >= 3
        && is_quote_mark(&tree.words[0].form)
        && quote_marks(tree) == 1
        && !(0..n).any(|i| says(tree, i))
}

/// Is word `i` a verb of saying that attributes the sentence: not a
/// participle describing a noun ("the biggest lie being told by the
/// administration").
fn says(tree: &Tree<'_>, i: usize) -> bool {
    tree.is_verb(i) && is_speech_lemma(&tree.lemma_lower(i)) && tree.base_rel(i) != "acl"
}

/// The speaker a sentence names after closing a quotation it did not open
/// ("It will destabilise the region,\" the minister said."): the subject of
/// a verb of saying after its only quotation mark.
pub(crate) fn closing_speaker(tree: &Tree<'_>, hits: &[PhraseHit<'_>]) -> Option<Vec<usize>> {
    if quote_marks(tree) != 1 {
        return None;
    }
    let n = tree.words.len();
    let close = (0..n).find(|&i| is_quote_mark(&tree.words[i].form))?;
    let verb = (close + 1..n).find(|&i| tree.is_verb(i) && closes_with_speech(tree, i))?;
    let subject = tree.child_with(verb, |r| r == "nsubj")?;
    let words = speaker_words(tree, hits, subject)?;
    words.first().is_some_and(|&f| f > close).then_some(words)
}

/// A verb of saying after a closing quotation mark, or a bare verb of
/// going on ("…,\" Graham continued."; not "protests continued"): with
/// nothing of its own to say, it says the quotation.
fn closes_with_speech(tree: &Tree<'_>, v: usize) -> bool {
    let lemma = tree.lemma_lower(v);
    is_speech_lemma(&lemma)
        || matches!(lemma.as_str(), "continue" | "conclude")
            && !tree.children[v].iter().any(|&c| {
                matches!(tree.base_rel(c), "obj" | "xcomp" | "obl")
                    || tree.base_rel(c) == "ccomp" && c > v
            })
}

/// How many sentences a quotation may run before the sentence that names
/// its speaker.
const MAX_QUOTED_SENTENCES: usize = 6;

/// The sentence that closes a quotation sentence `index` opened: the first
/// later sentence with a quotation mark (`marks(k)`: the number in sentence
/// `k`, `None` for a sentence not coded), every sentence up to it joined to
/// the one before in one paragraph (`joined(k)`), within
/// [`MAX_QUOTED_SENTENCES`]. ("\"ISIS is not defeated. The biggest lie told
/// by the administration is that ISIS is defeated. … The casualties were
/// very low,\" Graham continued.")
pub(crate) fn closing_sentence(
    index: usize,
    marks: impl Fn(usize) -> Option<usize>,
    joined: impl Fn(usize) -> bool,
) -> Option<usize> {
    for k in index + 1..=index + MAX_QUOTED_SENTENCES {
        if !joined(k) {
            return None;
        }
        if marks(k)? > 0 {
            return Some(k);
        }
    }
    None
}
