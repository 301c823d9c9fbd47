//! Participants an act implies when the sentence leaves them out
//! (`src/implicit.rs`): the police, courts or government behind an agentless
//! passive.

mod common;

use chrono::NaiveDate;
use common::{code_article, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 10).unwrap();
    code_article("implicit", date, text, CoderOptions::default())
}

#[test]
fn prison_terms_are_imposed_by_the_courts_of_the_country() {
    for text in [
        "Several Venezuelan opposition lawmakers have been imprisoned since January.",
        "Three Turkish journalists were jailed for ten years on Friday.",
        "The Kenyan opposition politician was put on trial in March.",
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(
            s.iter().any(|e| e.contains("JUD ") && e.ends_with(" 173")),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn custody_phrases_are_the_polices_act() {
    let text = "The Sudanese opposition leader was taken into custody on Sunday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("SDNCOP SDN")), "{s:?}");
}

#[test]
fn an_arrest_abroad_is_by_the_police_of_the_place() {
    let text = "A British tourist was arrested in Dubai on Tuesday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("ARECOP GBR")), "{s:?}");
    assert!(s.iter().all(|e| !e.starts_with("GBRCOP")), "{s:?}");
}

#[test]
fn an_expulsion_is_by_the_country_left_not_by_the_persons_own() {
    let text = "Two Iranian diplomats were expelled from the Netherlands last week.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("NLDGOV IRN")), "{s:?}");
    // Nothing says who deported them: no doer is invented, least of all
    // their own government.
    let text = "Iranian officials criticised the decision.\n\n\
                Two hundred Iranian migrants were deported last month.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.starts_with("IRNGOV IRN")), "{s:?}");
}

#[test]
fn the_person_acted_on_is_the_passives_subject() {
    // "of parliament" names what he was jailed for, not whom.
    let text = "Egyptian police fired on protesters in Cairo.\n\n\
                Before that, he was jailed for contempt of parliament.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.contains("JUD EGYLEG")), "{s:?}");
    // A relative clause's subject stands for the noun it modifies.
    let text = "Hong Kong lawmakers demanded the release of Hong Kong protesters who were arrested.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("HKGCOP HKG")), "{s:?}");
}
