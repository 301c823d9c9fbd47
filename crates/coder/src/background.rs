//! News: a yield stated as the background of another event.
//!
//! "Johnson became prime minister after Theresa May stepped down", "the
//! council met before the mayor resigned": a clause of time dates the main
//! event by an earlier (or later) one the article does not report as news.
//! Nothing ties it to the asks of the sentences just before it — those are
//! about the story being told — so a yield there answers only an ask whose
//! content it shares ("called for his resignation" … "after he resigned")
//! or one in its own sentence, not the latest appeal nearby.

use crate::Tree;

/// Subordinators of a clause of time.
const TIME_MARKS: &[&str] = &["AFTER", "BEFORE", "SINCE", "UNTIL", "TILL", "ONCE"];

/// Is the verb at `v` the head of an adverbial clause of time ("after
/// Theresa May stepped down")?
pub(crate) fn time_clause(tree: &Tree<'_>, v: usize) -> bool {
    tree.base_rel(v) == "advcl"
        && tree.children[v]
            .iter()
            .any(|&c| tree.base_rel(c) == "mark" && TIME_MARKS.contains(&tree.upper[c].as_str()))
}
