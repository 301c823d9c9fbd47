//! A verb's object read as a second subject or as a predicate noun.

use dyad_conllu::Word;

use super::{is_nominal, is_verb, lemma_is, rel_of};

/// Verbs that take a predicate noun without an object ("became
/// president", "remained leader", "was elected mayor") or with one
/// ("named him minister"): their nominal `xcomp` is right.
const PREDICATE_VERBS: &[&str] = &[
    "be", "become", "remain", "stay", "seem", "appear", "look", "sound", "feel", "prove", "turn",
    "go", "come", "grow", "get", "rank", "serve", "elect", "name", "appoint", "call", "declare",
    "consider", "make", "crown", "dub", "label", "brand", "deem", "term", "vote", "choose",
    "nominate", "title", "rename", "re-elect", "reelect", "install", "keep", "leave", "find",
];

fn children(heads: &[Option<usize>], v: usize) -> impl Iterator<Item = usize> + '_ {
    (0..heads.len()).filter(move |&c| heads[c] == Some(v))
}

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
