//! Attachment errors that hide who is speaking or what a speaker calls
//! something: "Cherry, who led the petition, said, '…'" (the verb of saying
//! read as a conjunct of the relative clause, left without a subject) and
//! "called the move a 'smash and grab'" (the article of the second object
//! read as an object of the first, the quoted noun hanging on it).

use super::{is_nominal, is_punct, is_verb, lemma_is, rel_of, Word, REPORTING_LEMMAS};

/// Relative words that open a description of the speaker.
const RELATIVES: &[&str] = &["who", "which"];

/// "Cherry, who led the petition, said, '…'", "MP Penny Sharpe, who
/// co-sponsored the bill, said …": a verb of saying right after the comma
/// that closes a relative clause on the sentence's root noun, with no
/// subject and no conjunction of its own, is the main verb and the noun its
/// subject (the parser makes it a conjunct or a parataxis of the relative
/// clause, or of the noun). The relative clause goes back to the noun.
pub(super) fn relative_clause_before_speech_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(v) = (2..words.len()).find(|&v| {
        words[v - 1].form == ","
            && is_verb(&words[v])
            && (lemma_is(&words[v], REPORTING_LEMMAS) || lemma_is(&words[v], &["tell"]))
    }) else {
        return false;
    };
    let own = |rel: &str| {
        (0..words.len()).any(|c| heads[c] == Some(v) && rel_of(words, rels, c).starts_with(rel))
    };
    if own("nsubj") || own("cc") || heads[v].is_none() {
        return false;
    }
    // The relative word after a comma, the speaker's noun before it.
    let Some(p) = (2..v - 1).rev().find(|&p| {
        lemma_is(&words[p], RELATIVES) && words[p - 1].form == "," && is_nominal(&words[p - 2])
    }) else {
        return false;
    };
    let mut n = p - 2;
    if rel_of(words, rels, n) == "flat" {
        match heads[n] {
            Some(h) if h < n => n = h,
            _ => return false,
        }
    }
    // Only the sentence's root noun: a speaker attached anywhere else is
    // a different misparse.
    if heads[n].is_some() {
        return false;
    }
    // The relative clause: one verb heading the words between the relative
    // word and the comma, hanging outside them.
    let span = p..v - 1;
    let tops: Vec<usize> = span
        .clone()
        .filter(|&i| !is_punct(&words[i]) && heads[i].is_none_or(|h| !span.contains(&h)))
        .collect();
    let [rv] = tops[..] else {
        return false;
    };
    if !is_verb(&words[rv]) || (p..rv).any(|i| words[i].form == ",") {
        return false;
    }
    heads[v] = None;
    rels[v] = Some("root");
    heads[n] = Some(v);
    rels[n] = Some("nsubj");
    heads[rv] = Some(n);
    rels[rv] = Some("acl:relcl");
    // What hung on the noun after the verb (the final full stop, a
    // quotation) belongs to the verb.
    for h in heads.iter_mut().skip(v + 1) {
        if *h == Some(n) {
            *h = Some(v);
        }
    }
    true
}

/// "called the move a 'smash and grab on our democracy'": the parser
/// makes the article *a* an object of *move* and the quoted words its
/// dependents. An article heads nothing: the first content word after it
/// is the verb's second object, with the article as its determiner.
pub(super) fn article_read_as_second_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for d in 1..words.len() {
        if words[d].upos != "DET"
            || !lemma_is(&words[d], &["a", "an"])
            || !matches!(rel_of(words, rels, d), "obj" | "iobj")
        {
            continue;
        }
        let Some(first) = heads[d] else { continue };
        let Some(v) = heads[first] else { continue };
        if first >= d || rel_of(words, rels, first) != "obj" || !is_verb(&words[v]) {
            continue;
        }
        let Some(c) = (d + 1..words.len()).find(|&c| {
            heads[c] == Some(d) && matches!(words[c].upos.as_str(), "NOUN" | "ADJ" | "PROPN")
        }) else {
            continue;
        };
        heads[c] = Some(v);
        rels[c] = Some("obj");
        for (i, h) in heads.iter_mut().enumerate() {
            if *h == Some(d) && i != c {
                *h = Some(c);
            }
        }
        heads[d] = Some(c);
        rels[d] = Some("det");
        changed = true;
    }
    changed
}

/// Verbs that name their object as something: "called X Y", "termed X Y".
const NAMING_VERBS: &[&str] = &["call", "term", "label", "brand", "dub"];

/// "called Russia's actions a war crime", "termed the vote a farce": the
/// parser makes the second object (*crime*) an object of the first
/// (*actions*), which a noun cannot have. After a verb of naming, a noun
/// object of the verb's noun object, after it, is the verb's second
/// complement (`obl:unmarked`, as the parser gives "labelled the move a
/// provocation" when it reads it right).
pub(super) fn second_object_read_as_object_of_first(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for d in 1..words.len() {
        if !matches!(words[d].upos.as_str(), "NOUN" | "ADJ") || rel_of(words, rels, d) != "obj" {
            continue;
        }
        let Some(first) = heads[d] else { continue };
        let Some(v) = heads[first] else { continue };
        if first >= d
            || rel_of(words, rels, first) != "obj"
            || !is_nominal(&words[first])
            || !is_verb(&words[v])
            || !lemma_is(&words[v], NAMING_VERBS)
        {
            continue;
        }
        heads[d] = Some(v);
        rels[d] = Some("obl:unmarked");
        changed = true;
    }
    changed
}
