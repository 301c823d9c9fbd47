//! News mode: what "it" and the source's own possessions stand for, on
//! invented wire-style sentences with the embedded dictionaries and dyad's
//! own parser (skipped with a message when the embedded model does not
//! load). "It" stands for an earlier actor only when that actor was a
//! participant of its clause and "it" is no placeholder subject; a target
//! the source owns ("its website") is no other party.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 15).expect("valid date");
    common::code_article("pronoun_it", date, text, CoderOptions::default())
}

fn targets_of(events: &[Event], sentence: usize) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.sentence_index == sentence)
        .map(|e| code(&e.target))
        .collect()
}

#[test]
fn it_after_a_country_named_as_a_place_is_not_the_country() {
    let text = "Workers restored an ancient temple near the coast of Greece last year.\n\n\
                It was praised by UNESCO on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !targets_of(&events, 1).iter().any(|t| t.starts_with("GRC")),
        "'it' is the temple: {:?}",
        summary(&events)
    );
}

#[test]
fn it_after_a_country_named_as_the_subject_is_the_country() {
    let text = "Greece restored an ancient temple near the coast last year.\n\n\
                It was praised by UNESCO on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        targets_of(&events, 1).iter().any(|t| t.starts_with("GRC")),
        "'it' is Greece: {:?}",
        summary(&events)
    );
}

fn sources_of(events: &[Event], sentence: usize) -> Vec<String> {
    events
        .iter()
        .filter(|e| e.sentence_index == sentence)
        .map(|e| code(&e.source))
        .collect()
}

#[test]
fn a_placeholder_it_stands_for_no_one() {
    for second in [
        "It was agreed to restore diplomatic ties with Iran.",
        "It is time to punish Iran.",
    ] {
        let text = format!("Russia expelled two diplomats on Monday.\n\n{second}");
        let Some(events) = code_article(&text) else {
            return;
        };
        assert!(
            !sources_of(&events, 1).iter().any(|s| s.starts_with("RUS")),
            "{second}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn a_raised_it_is_the_actor_named_before() {
    let text = "Russia expelled two diplomats on Monday.\n\n\
                It is expected to impose sanctions on Iran next week.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        sources_of(&events, 1).iter().any(|s| s.starts_with("RUS")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_sources_own_website_is_no_target() {
    let text = "Users in Germany could not reach the service on Monday.\n\n\
                Google apologised on Tuesday for its website being unavailable.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !targets_of(&events, 1).iter().any(|t| t.ends_with("MED")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_website_the_source_does_not_own_can_be_the_target() {
    let text = "Users in Germany could not reach the service on Monday.\n\n\
                Google apologised on Tuesday for the website being unavailable.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        targets_of(&events, 1).iter().any(|t| t.ends_with("MED")),
        "{:?}",
        summary(&events)
    );
}
