//! News: acts a sentence states as a general practice, not as done.
//!
//! "It is commonplace for new governments to suspend parliament", "it is
//! unusual for Beijing to criticise Moscow publicly", "it has become common
//! for courts to jail journalists": the infinitive after an adjective of
//! frequency or custom describes what actors of a kind usually (or rarely)
//! do. Background of that kind names no particular act on a particular day,
//! and analysts do not code it; the actor the *for* phrase names is a class
//! ("new governments"), which the coder would otherwise resolve to the
//! article's country.

use crate::Tree;

/// Adjectives (and nouns) of frequency or custom whose *for … to*
/// infinitive states a general practice, by lemma.
const PRACTICE_WORDS: &[&str] = &[
    "common",
    "commonplace",
    "customary",
    "normal",
    "rare",
    "routine",
    "standard",
    "typical",
    "uncommon",
    "unusual",
    "usual",
    "norm",
    "practice",
    "custom",
    "tradition",
];

/// Is the verb at `v` the infinitive of "it is common (for X) to …": marked
/// *to*, and attached to a practice word either directly ("common … to
/// jail") or through the *for* phrase that names its subject ("commonplace
/// for new governments to suspend")?
pub(crate) fn general_practice(tree: &Tree<'_>, v: usize) -> bool {
    let Some(to) = tree.children[v]
        .iter()
        .copied()
        .find(|&c| tree.base_rel(c) == "mark" && tree.upper[c] == "TO")
    else {
        return false;
    };
    let practice = |i: usize| PRACTICE_WORDS.contains(&tree.lemma_lower(i).as_str());
    if let Some(mut head) = tree.heads[v] {
        if tree.base_rel(v) == "acl" && tree.case_of(head) == Some("FOR") {
            head = tree.heads[head].unwrap_or(head);
        }
        if practice(head) {
            return true;
        }
    }
    practice_for_before(tree, to, &practice)
}

/// The same construction read off the words, for a parse that hangs the
/// infinitive elsewhere because a dash-enclosed aside separates it from its
/// *for* phrase ("commonplace for new governments — Johnson became prime
/// minister in July — to suspend parliament"): before the *to* at `to`,
/// past such an aside, a *for* phrase of at most five words right after a
/// practice word.
fn practice_for_before(tree: &Tree<'_>, to: usize, practice: &dyn Fn(usize) -> bool) -> bool {
    let dash = |i: usize| matches!(tree.words[i].form.as_str(), "—" | "–" | "--");
    let Some(mut end) = to.checked_sub(1) else {
        return false;
    };
    if dash(end) {
        // The aside's opening dash, at most 15 words back.
        let Some(open) = (end.saturating_sub(15)..end).rev().find(|&i| dash(i)) else {
            return false;
        };
        let Some(e) = open.checked_sub(1) else {
            return false;
        };
        end = e;
    }
    (end.saturating_sub(5)..=end)
        .rev()
        .find(|&i| tree.upper[i] == "FOR")
        .and_then(|f| f.checked_sub(1))
        .is_some_and(practice)
}
