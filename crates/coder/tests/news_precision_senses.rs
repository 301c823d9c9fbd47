//! News-mode precision rules, second pass, on invented wire-style sentences
//! (embedded dictionaries and parser; skipped with a message when the
//! embedded model does not load): retreating from a goal or pledge is no
//! military retreat, a bare need is no demand, a court or prison after "in"
//! is where the act happens, and the role in an as-phrase ("resign as
//! chairman") is no participant.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 15).expect("valid date");
    common::code_article("news-precision-senses", date, text, CoderOptions::default())
}

fn root(e: &Event) -> &str {
    e.cameo.as_deref().and_then(|c| c.get(..2)).unwrap_or("")
}

#[test]
fn retreating_from_a_goal_is_no_military_retreat() {
    let Some(events) = code_article(
        "The United States, which has retreated from its goal of ousting the Syrian \
         president, said on Monday it would fund reconstruction.",
    ) else {
        return;
    };
    assert!(
        events.iter().all(|e| root(e) != "08"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article("Washington withdrew from its pledge to defend Kuwait.") else {
        return;
    };
    assert!(
        events.iter().all(|e| root(e) != "08"),
        "{:?}",
        summary(&events)
    );
    // Troops leaving a country still retreat.
    let Some(events) = code_article("Russian troops withdrew from Georgia on Tuesday.") else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source).starts_with("RUS")
            && code(&e.target) == "GEO"
            && e.cameo.as_deref() == Some("0874")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_bare_need_is_no_demand() {
    let Some(events) =
        code_article("Opposition leaders told the president they needed the government open.")
    else {
        return;
    };
    assert!(
        events.iter().all(|e| root(e) != "10"),
        "{:?}",
        summary(&events)
    );
    // Needing aid from someone is still an appeal for aid.
    let Some(events) =
        code_article("Sudan needs food aid from the United Nations, the minister said.")
    else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source) == "SDN"
            && code(&e.target).starts_with("IGOUNO")
            && e.cameo.as_deref() == Some("023")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_court_or_prison_after_in_is_no_participant() {
    let Some(events) = code_article(
        "The mayor of Lagos said she would challenge the governor's appointment of the \
         police chief in court.",
    ) else {
        return;
    };
    assert!(
        events.iter().all(|e| !code(&e.target).ends_with("JUD")),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article(
        "In the Istanbul criminal court, a judge sentenced two Kurdish politicians to life \
         in prison.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .all(|e| !code(&e.target).ends_with("JUD") && !code(&e.target).ends_with("COP")),
        "{:?}",
        summary(&events)
    );
    // A court that acts is still the source.
    let Some(events) =
        code_article("A Turkish court on Monday sentenced the journalist to ten years in prison.")
    else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "TURJUD" && code(&e.target) == "TURMED" && root(e) == "17"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_role_in_an_as_phrase_is_no_participant() {
    let Some(events) = code_article(
        "The Nigerian finance minister has pledged to resign as party chairman next month.",
    ) else {
        return;
    };
    assert!(
        events.iter().all(|e| root(e) != "08"),
        "{:?}",
        summary(&events)
    );
}
