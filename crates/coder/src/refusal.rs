//! News: threats and refusals stated with an infinitive.
//!
//! "North Korea threatened to attack the United States", "Trump threatened
//! to impose sanctions on Turkey", "Turkey refused to extradite the cleric
//! to Egypt": the event is the threat or the refusal, made to whom the act
//! would be done to. The infinitive's act itself is not done (a refusal
//! says so outright; a threat is a statement of what may follow), so it is
//! not coded as a plan of its own; its participants give the threat or
//! refusal its target, and a plain threat takes the kind of the act
//! threatened (CAMEO 131–138).

use crate::Tree;

/// Verbs whose infinitive complement is an act threatened or refused, by
/// lemma. Not "decline": "declined to comment" is its usual sense.
const THREAT_OR_REFUSAL: &[&str] = &["refuse", "threaten"];

/// Verbs of saying: "refused to comment on the report from Russia" is a
/// declined comment, not a refusal addressed to Russia.
const SAYING: &[&str] = &[
    "answer",
    "comment",
    "confirm",
    "disclose",
    "discuss",
    "elaborate",
    "identify",
    "name",
    "respond",
    "reveal",
    "say",
    "speak",
    "specify",
];

/// Is `v` a verb of threat or refusal with an infinitive complement? Returns
/// the complement.
pub(crate) fn infinitive_of(tree: &Tree<'_>, v: usize) -> Option<usize> {
    if !THREAT_OR_REFUSAL.contains(&tree.lemma_lower(v).as_str()) {
        return None;
    }
    tree.children[v].iter().copied().find(|&c| {
        tree.base_rel(c) == "xcomp"
            && tree
                .child_with(c, |r| r == "mark")
                .is_some_and(|m| tree.lemma_lower(m) == "to")
            && !SAYING.contains(&tree.lemma_lower(c).as_str())
    })
}

/// Is `v` the act a threat or refusal names ("to attack" in "threatened to
/// attack")?
pub(crate) fn is_threatened_or_refused(tree: &Tree<'_>, v: usize) -> bool {
    tree.heads[v].is_some_and(|h| infinitive_of(tree, h) == Some(v))
}

/// The CAMEO code of a threat to do an act coded `act`: 138 for force
/// (roots 18–20), 137 for violent repression, 132 for other coercion
/// (17), 1311–1313 for cutting aid, sanctions and breaking relations,
/// 134–136 for halting talks, mediation or international involvement, 130
/// otherwise.
pub(crate) fn threat_code(act: &str) -> &'static str {
    if act.starts_with("175") {
        return "137";
    }
    match act.get(..3).unwrap_or("") {
        "180" | "181" | "182" | "183" | "184" | "185" | "186" => "138",
        "162" => "1311",
        "163" => "1312",
        "160" | "161" => "1313",
        "164" => "134",
        "165" => "135",
        "166" => "136",
        _ => match act.get(..2).unwrap_or("") {
            "18" | "19" | "20" => "138",
            "17" => "132",
            _ => "130",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::threat_code;

    #[test]
    fn threat_codes_follow_the_act_threatened() {
        assert_eq!(threat_code("190"), "138");
        assert_eq!(threat_code("1952"), "138");
        assert_eq!(threat_code("163"), "1312");
        assert_eq!(threat_code("1622"), "1311");
        assert_eq!(threat_code("161"), "1313");
        assert_eq!(threat_code("175"), "137");
        assert_eq!(threat_code("173"), "132");
        assert_eq!(threat_code("042"), "130");
    }
}
