//! A verb's object read as a second subject or as a predicate noun.

use dyad_conllu::Word;

use super::{children, is_nominal, is_verb, lemma_is, rehang, rel_of, root_word};

/// Verbs that take a predicate noun without an object ("became
/// president", "remained leader", "was elected mayor") or with one
/// ("named him minister"): their nominal `xcomp` is right.
const PREDICATE_VERBS: &[&str] = &[
    "be", "become", "remain", "stay", "seem", "appear", "look", "sound", "feel", "prove", "turn",
    "go", "come", "grow", "get", "rank", "serve", "elect", "name", "appoint", "call", "declare",
    "consider", "make", "crown", "dub", "label", "brand", "deem", "term", "vote", "choose",
    "nominate", "title", "rename", "re-elect", "reelect", "install", "keep", "leave", "find",
];

/// Has `n` a preposition, a copula or a subordinator of its own?
fn has_function_word(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &[Option<&'static str>],
    n: usize,
) -> bool {
    children(heads, n).any(|c| matches!(rel_of(words, rels, c), "case" | "cop" | "mark"))
}

/// "Germany's president accused Iran of violating the ceasefire" parsed
/// with *Iran* a second subject of *accused*, after it. A clause has one
/// subject; with one before the verb, a bare noun phrase after it is the
/// object.
pub(super) fn second_subject_after_verb(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for v in 0..words.len() {
        if !is_verb(&words[v]) {
            continue;
        }
        let subjects: Vec<usize> = children(heads, v)
            .filter(|&c| rel_of(words, rels, c) == "nsubj")
            .collect();
        let (Some(&first), Some(&last)) = (subjects.first(), subjects.last()) else {
            continue;
        };
        if first < v
            && last > v
            && is_nominal(&words[last])
            && words[last].upos != "PRON"
            && !has_function_word(words, heads, rels, last)
            && !children(heads, v).any(|c| rel_of(words, rels, c) == "obj")
        {
            rels[last] = Some("obj");
            changed = true;
        }
    }
    changed
}

/// "Turkey had invaded Russia" parsed with *Russia* a predicate noun
/// (`xcomp`), which only verbs of being and naming take. Any other verb
/// without an object, not passive, takes the noun phrase as its object.
pub(super) fn object_read_as_predicate_noun(
    words: &[Word],
    heads: &[Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let mut changed = false;
    for x in 0..words.len() {
        if rel_of(words, rels, x) != "xcomp" || !is_nominal(&words[x]) || words[x].upos == "PRON" {
            continue;
        }
        let Some(v) = heads[x] else { continue };
        if v > x
            || !is_verb(&words[v])
            || lemma_is(&words[v], PREDICATE_VERBS)
            || has_function_word(words, heads, rels, x)
            || children(heads, v).any(|c| {
                matches!(
                    rel_of(words, rels, c),
                    "obj" | "aux:pass" | "nsubj:pass" | "iobj"
                )
            })
        {
            continue;
        }
        rels[x] = Some("obj");
        changed = true;
    }
    changed
}

/// "Turkish President Karl Moss, speaking in Paris, accused Russia …"
/// parsed with the aside's participle as the root (its subject the
/// president) and the real verb hung on it. A participle without an
/// auxiliary heads no main clause: between commas after the subject it is
/// an aside, and the finite verb after it, without a subject of its own,
/// is the sentence's verb.
pub(super) fn participle_aside_read_as_main_verb(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> bool {
    let Some(r) = root_word(heads) else {
        return false;
    };
    if words[r].xpos != "VBG" || r == 0 || words[r - 1].form != "," {
        return false;
    }
    let own: Vec<usize> = children(heads, r).collect();
    if own
        .iter()
        .any(|&c| matches!(rel_of(words, rels, c), "aux" | "aux:pass" | "cop"))
    {
        return false;
    }
    let Some(&subject) = own
        .iter()
        .find(|&&c| c < r && rel_of(words, rels, c) == "nsubj")
    else {
        return false;
    };
    let Some(&verb) = own.iter().find(|&&f| {
        f > r
            && matches!(words[f].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && words[f - 1].form == ","
            && matches!(
                rel_of(words, rels, f),
                "parataxis" | "conj" | "advcl" | "acl" | "ccomp" | "xcomp"
            )
            && !children(heads, f).any(|c| rel_of(words, rels, c).starts_with("nsubj"))
    }) else {
        return false;
    };
    heads[verb] = None;
    rels[verb] = Some("root");
    heads[r] = Some(verb);
    rels[r] = Some("advcl");
    heads[subject] = Some(verb);
    // The comma closing the aside and the final punctuation go with the
    // verb; the aside keeps its own words.
    rehang(heads, r, verb, |c| {
        c > verb || (c == verb - 1 && words[c].form == ",")
    });
    true
}
