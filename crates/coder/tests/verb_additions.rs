//! dyad's verb additions (`dyad.additions.verbs.txt`) with the embedded
//! Phoenix dictionaries and dyad's own parser (skipped with a message when
//! the embedded model does not load): URGE, which CAMEO.2.0 lacks, codes an
//! appeal (CAMEO 02x) from the subject to the object.

mod common;

use chrono::NaiveDate;
use common::code;
use dyad_coder::CoderOptions;

#[test]
fn urging_the_object_to_act_is_an_appeal() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    for text in [
        "Germany urged France to act.",
        "Germany urges France to act.",
    ] {
        let Some(events) = common::code_article("urge", date, text, CoderOptions::default()) else {
            return;
        };
        let summary: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    code(&e.source),
                    code(&e.target),
                    e.cameo.as_deref().unwrap_or(""),
                    e.rule.as_deref().unwrap_or("")
                )
            })
            .collect();
        assert!(
            events.iter().any(|e| code(&e.source) == "DEU"
                && code(&e.target) == "FRA"
                && e.cameo.as_deref().is_some_and(|c| c.starts_with("02"))
                && e.rule.as_deref().is_some_and(|r| r.contains("verb:URGE"))),
            "{text}: {summary:?}"
        );
    }
}
