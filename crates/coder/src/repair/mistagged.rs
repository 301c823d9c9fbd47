//! Verbs the tagger read as another part of speech right after their
//! subject, leaving the sentence without a verb: "Kenyan police shot dead
//! two men" (*shot* a noun, the root of a compound *Kenyan police shot*),
//! "Web developers face big problems" (*face* a noun), and the noun *tear*
//! of "tear gas" read as a preposition ("police fired tear gas at …").

use super::{is_nominal, is_verb, rel_of, Word};

/// "Kenyan police shot dead two protesters": the tagger makes *shot* a noun
/// and the root, *Kenyan police* its compound modifiers and *protesters* its
/// object. A noun takes no direct object, so a noun root with an `obj`
/// after it, in a sentence with no verb at all, is the verb; the noun right
/// before it (its compound) is the subject, and the words that modified the
/// root before it modify the subject. Returns the retagged word.
pub(super) fn noun_read_as_verb_before_object(
    words: &[Word],
    heads: &mut [Option<usize>],
    rels: &mut [Option<&'static str>],
) -> Option<usize> {
    let root = heads.iter().position(Option::is_none)?;
    if root == 0
        || words[root].upos != "NOUN"
        || words
            .iter()
            .any(|w| is_verb(w) || w.upos == "AUX" || w.xpos.starts_with("VB"))
    {
        return None;
    }
    let children: Vec<usize> = (0..words.len()).filter(|&c| heads[c] == Some(root)).collect();
    // A copula, a preposition or a determiner of the root's own makes it a
    // real noun ("the shot at goal"); its object then is a misattachment.
    if children.iter().any(|&c| {
        matches!(rel_of(words, rels, c), "cop" | "case" | "det" | "nmod:poss")
            || rel_of(words, rels, c).starts_with("nsubj")
    }) {
        return None;
    }
    if !children
        .iter()
        .any(|&c| c > root && rel_of(words, rels, c) == "obj" && is_nominal(&words[c]))
    {
        return None;
    }
    // The subject: a common or proper noun right before, hung on the root
    // as its compound; every word before it belongs to the root's phrase.
    let subject = root - 1;
    if heads[subject] != Some(root)
        || rel_of(words, rels, subject) != "compound"
        || !matches!(words[subject].upos.as_str(), "NOUN" | "PROPN")
        || !(0..subject).all(|i| within(heads, i, root))
    {
        return None;
    }
    heads[subject] = Some(root);
    rels[subject] = Some("nsubj");
    for &c in &children {
        if c < subject {
            heads[c] = Some(subject);
        }
    }
    Some(root)
}

/// "Police fired tear gas at protesters": the tagger reads *tear* as a
/// preposition (`case`) of *gas*, so the verb seems to have no object. Before
/// *gas* it is the noun of the compound "tear gas".
pub(super) fn tear_gas(words: &[Word], heads: &[Option<usize>], rels: &mut [Option<&'static str>]) -> bool {
    let mut changed = false;
    for t in 0..words.len().saturating_sub(1) {
        let gas = t + 1;
        if words[t].form.eq_ignore_ascii_case("tear")
            && words[gas].form.to_lowercase().starts_with("gas")
            && heads[t] == Some(gas)
            && rel_of(words, rels, t) == "case"
        {
            rels[t] = Some("compound");
            changed = true;
        }
    }
    changed
}

/// Does `i` hang, directly or not, on `top`?
fn within(heads: &[Option<usize>], i: usize, top: usize) -> bool {
    let mut cur = i;
    for _ in 0..heads.len() {
        match heads[cur] {
            Some(h) if h == top => return true,
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}
