//! News mode: lists of demands stated with a verb ("the students' demands
//! include …", "their demands have expanded to …") are demands (10) by the
//! group of its country's government; a party figure named with a
//! legislator's title ("Conservative MP …") speaks for the legislature.
//! Invented sentences, embedded dictionaries and dyad's own parser (skipped
//! with a message when the model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 10).expect("valid date");
    common::code_article("demands", date, text, CoderOptions::default())
}

#[test]
fn protesters_listed_demands_are_made_of_their_government() {
    let text = "Thousands rallied in Belgrade on Saturday. Serbian protesters' demands \
                include the release of detained activists and an inquiry into police \
                violence.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "SRBOPP", "SRBGOV", "10").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn their_demands_are_the_protesting_groups() {
    let text = "Iraqi protesters have accused Iran of meddling in the country's affairs. \
                Their demands have included dissolving parliament and holding early \
                elections.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "IRQOPP", "IRQGOV", "10").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_governments_listed_demands_name_no_addressee() {
    let text = "The Russian government's demands include a ceasefire and the withdrawal \
                of foreign advisers.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events
            .iter()
            .all(|e| !e.cameo.as_deref().unwrap_or("").starts_with("10")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_party_figure_with_an_mp_title_is_the_legislature() {
    let text = "Conservative MP Philip Hammond said, \"It would be an outrage if the \
                government suspended Parliament.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = find(&events, "GBR", "GBRGOV", "11");
    assert_eq!(found.len(), 1, "{:?}", summary_with_rules(&events));
    assert_eq!(code(&found[0].source), "GBRLEG");
}

#[test]
fn a_former_mp_stays_one_of_the_elites() {
    let text = "Former MP Philip Hammond said, \"It would be an outrage if the \
                government suspended Parliament.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| code(&e.source) != "GBRLEG"),
        "{:?}",
        summary_with_rules(&events)
    );
}
