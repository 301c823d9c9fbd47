//! Provisional actors: a name missing from the dictionaries but introduced
//! with a role ("Abkhazia's prime minister Zurab Marganiya") codes as the
//! role would (`ABHGOV`) in its later mentions, flagged in the event's
//! rule and with a lower confidence. Uses dyad's own parser (skipped with
//! a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::code;
use dyad_coder::CoderOptions;
use dyad_event::Event;

/// The name is invented, so it is in no dictionary.
const ARTICLE: &str = "Abkhazia's prime minister Zurab Marganiya arrived in Ankara on Monday. \
Marganiya criticized Turkey on Tuesday.";

fn code_article(options: CoderOptions) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2020, 3, 2).expect("valid date");
    common::code_article("provisional", date, ARTICLE, options)
}

#[test]
fn a_later_mention_of_a_role_introduced_name_takes_its_provisional_code() {
    let Some(events) = code_article(CoderOptions::default()) else {
        return;
    };
    let e = events
        .iter()
        .find(|e| e.sentence_index == 1 && code(&e.target) == "TUR")
        .unwrap_or_else(|| panic!("Marganiya criticized Turkey: {events:#?}"));
    assert_eq!(code(&e.source), "ABHGOV", "{e:#?}");
    let rule = e.rule.as_deref().unwrap_or_default();
    assert!(rule.contains("provisional actor"), "{rule}");
    assert!(rule.contains("Zurab Marganiya"), "{rule}");
    // At most 0.9 for a dictionary actor, 0.2 less for a provisional one.
    let confidence = e.confidence.unwrap_or(1.0);
    assert!(confidence < 0.75, "confidence {confidence}");
}

#[test]
fn without_provisional_actors_the_unknown_name_codes_nothing() {
    let options = CoderOptions {
        provisional_actors: false,
        ..CoderOptions::default()
    };
    let Some(events) = code_article(options) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.sentence_index == 1 && code(&e.target) == "TUR"),
        "{events:#?}"
    );
}
