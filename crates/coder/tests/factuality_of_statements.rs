//! Factuality of what statements say (embedded dictionaries and parser;
//! skipped with a message when the embedded model does not load): what a
//! party denies doing is negated, a rejected claim is negated, and a
//! speaker's own act in the first-person present ("We condemn …") is
//! performed, not reported.

mod common;

use chrono::NaiveDate;
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn supply_events(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
    let events = common::code_article("factuality", date, text, CoderOptions::default())?;
    Some(
        events
            .into_iter()
            .filter(|e| e.cameo.as_deref() == Some("0332"))
            .collect(),
    )
}

/// `None` when the model does not load; the one supply event's factuality.
fn factuality_of(text: &str) -> Option<Option<Factuality>> {
    let events = supply_events(text)?;
    assert_eq!(events.len(), 1, "{text}: {events:#?}");
    Some(events[0].factuality)
}

#[test]
fn a_denied_act_is_negated() {
    for text in [
        "Iran denied supplying drones to Russia.",
        "Iran denied that it had supplied drones to Russia.",
        "Iran rejected claims that it had supplied drones to Russia.",
        "Iran dismissed reports it supplied drones to Russia.",
    ] {
        let Some(f) = factuality_of(text) else { return };
        assert_eq!(f, Some(Factuality::Negated), "{text}");
    }
}

#[test]
fn an_act_that_is_not_denied_stays_asserted() {
    let Some(f) = factuality_of("Iran supplied drones to Russia.") else {
        return;
    };
    assert_eq!(f, Some(Factuality::Asserted));
}

#[test]
fn a_first_person_present_act_in_a_quotation_is_asserted() {
    let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
    let text = "\"We strongly condemn Russia's attack on the hospital,\" Ukraine's foreign \
                minister Dmytro Kuleba said.";
    let Some(events) = common::code_article("factuality", date, text, CoderOptions::default())
    else {
        return;
    };
    let condemnation: Vec<&Event> = events
        .iter()
        .filter(|e| e.cameo.as_deref().is_some_and(|c| c.starts_with("11")))
        .collect();
    assert!(!condemnation.is_empty(), "{events:#?}");
    assert!(
        condemnation
            .iter()
            .all(|e| e.factuality == Some(Factuality::Asserted)),
        "{events:#?}"
    );
}
