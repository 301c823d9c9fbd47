//! Main clauses the tagger left without a finite verb, parsed again.
//!
//! The tagger learnt from web text, where "-ed" after a noun is often a
//! participle ("the file attached below"). News opens almost every sentence
//! with a subject and its past-tense verb, and the tagger reads many of
//! those verbs as participles or adjectives ("The German government
//! imposed/JJ sanctions on Iran", "Anna Berg, the Japanese foreign minister,
//! suspended/VBN talks with Russia"): the parse then has no clause at all,
//! or a reduced relative with no main verb. Hand repairs fix such trees one
//! shape at a time (`repair.rs`); here the parser itself is asked again with
//! the verb's tag given as `VBD`, so the whole tree (objects, obliques,
//! clauses) follows from the right tag.

use dyad_conllu::{Sentence, Word};

/// Past forms spelled like their participle besides the regular "-ed"
/// ones: the forms the tagger can mistake for participles.
const IRREGULAR_PAST: &[&str] = &[
    "met", "held", "sent", "made", "told", "led", "brought", "fought", "sought", "caught", "built",
    "won", "struck", "left", "kept", "paid", "lost", "found", "hit", "put", "set", "cut", "shut",
    "heard", "sold", "bought", "spent", "shot", "fled", "withheld", "upheld", "dealt", "laid",
];

/// The parse of `forms`, parsed again with one word forced to `VBD` when
/// [`past_form_read_as_participle`] finds one and the new parse makes that
/// word head a clause; otherwise `parsed` unchanged.
pub(crate) fn reparse_main_verb(
    pipeline: &dyad_nlp::Pipeline,
    forms: &[&str],
    parsed: Sentence,
) -> Sentence {
    let Some(w) = past_form_read_as_participle(&parsed.words) else {
        return parsed;
    };
    let mut forced = vec![None; forms.len()];
    forced[w] = Some("VBD");
    let again = pipeline.parse_tokens_forced(forms, &forced);
    let heads_clause = again.words[w].xpos == "VBD"
        && (again.words[w].head == 0
            || again
                .words
                .iter()
                .any(|c| c.head == w + 1 && c.deprel.starts_with("nsubj")));
    if heads_clause {
        again
    } else {
        parsed
    }
}

fn is_finite(w: &Word) -> bool {
    matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
}

fn children(words: &[Word], i: usize) -> impl Iterator<Item = (usize, &Word)> {
    words
        .iter()
        .enumerate()
        .filter(move |(_, c)| c.head == i + 1)
}

/// The first word read as a participle or adjective (`VBN`, `JJ`) that is
/// the past-tense verb of the sentence's main clause: a past form right
/// after the opening noun phrase (a fronted adverbial and an apposition
/// allowed), with no verb before it, something other than "by" or
/// punctuation after it, no auxiliary, no subject of its own, and no later
/// finite verb that
/// could have the opening noun phrase as its subject ("The sanctions
/// imposed on Iran took effect" keeps its participle).
fn past_form_read_as_participle(words: &[Word]) -> Option<usize> {
    let w = words.iter().position(|w| {
        matches!(w.xpos.as_str(), "VBN" | "JJ")
            && w.form.starts_with(|c: char| c.is_ascii_lowercase())
            && ((w.form.len() > 4 && w.form.ends_with("ed"))
                || IRREGULAR_PAST.contains(&w.form.as_str()))
    })?;
    let before = &words[..w];
    let prev = before.last()?;
    let commas = before.iter().filter(|x| x.form == ",").count();
    let nominal_before = matches!(prev.xpos.as_str(), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
        // "Anna Berg, the Japanese foreign minister, imposed …"
        || (prev.form == "," && commas >= 2);
    if !nominal_before
        || before.iter().any(|x| {
            x.upos == "VERB"
                || x.upos == "AUX"
                || matches!(x.xpos.as_str(), "WDT" | "WP" | "WP$" | "TO")
                || x.form.eq_ignore_ascii_case("that")
        })
        || !before
            .iter()
            .any(|x| matches!(x.upos.as_str(), "NOUN" | "PROPN" | "PRON"))
    {
        return None;
    }
    let next = words.get(w + 1)?;
    if next.upos == "PUNCT" || next.form.eq_ignore_ascii_case("by") {
        return None;
    }
    let own = |rel: &str| children(words, w).any(|(_, c)| c.deprel.starts_with(rel));
    if own("aux") || own("cop") {
        return None;
    }
    // A participle with a subject of its own is already a clause: its
    // tree is right but for the tag, which the coder reads as it is.
    if own("nsubj") {
        return None;
    }
    // A later finite verb whose subject is the opening noun phrase, or
    // which has no subject at all, may be the main verb.
    let later_main = words.iter().enumerate().skip(w + 1).any(|(v, x)| {
        is_finite(x)
            && x.deprel != "acl:relcl"
            // The subject nearest the verb: a parse that gives a verb two
            // subjects ("The government called on …, officials said") has
            // taken the first from the clause the tagger broke.
            && match children(words, v)
                .filter(|&(s, c)| s < v && c.deprel.starts_with("nsubj"))
                .last()
            {
                Some((s, _)) => s < w,
                None => true,
            }
    });
    (!later_main).then_some(w)
}
