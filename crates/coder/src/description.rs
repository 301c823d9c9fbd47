//! News: relative clauses that describe an actor rather than report an act.
//!
//! "Carrie Lam, who is supported by the mainland Chinese government", "YPG
//! militia which support the PKK": a relative clause in the simple present
//! tells who someone is aligned with, as background to the noun, not a
//! cooperation that happened. Analysts code the acts of support that are
//! reported ("Iran sent weapons to the rebels", "Russia has backed Assad
//! since 2015"), not the labels. Only cooperation (CAMEO 05, 06) is read this
//! way: a relative clause that reports force or coercion ("militants who
//! attack convoys") still names acts.

use crate::Tree;

/// Is `v`, coded `code`, a simple-present relative clause of cooperation
/// ("who is supported by", "which support")?
pub(crate) fn describes_alignment(tree: &Tree<'_>, v: usize, code: &str) -> bool {
    if !matches!(code.get(..2), Some("05" | "06")) {
        return false;
    }
    if tree.rel(v) != "acl:relcl" {
        return false;
    }
    let present = |i: usize| matches!(tree.words[i].xpos.as_str(), "VBZ" | "VBP");
    let auxiliaries: Vec<usize> = tree.children[v]
        .iter()
        .copied()
        .filter(|&c| matches!(tree.rel(c), "aux" | "aux:pass"))
        .collect();
    if auxiliaries.is_empty() {
        return present(v);
    }
    // "who is supported by": a present passive, no perfect or modal.
    auxiliaries
        .iter()
        .all(|&a| tree.rel(a) == "aux:pass" && present(a))
}
