//! Sanctions named by a noun in news mode (invented wire-style sentences;
//! embedded dictionaries and parser, skipped with a message when the
//! embedded model does not load): the sanctions' author and the sanctioned
//! party give a 163 when the clause says the sanctions are in force
//! (`src/sanctions.rs`); sanctions lifted, threatened or sought do not, an
//! adjectival participle before a noun ("sweeping sanctions") is no verb,
//! and "EU" alone names the European Union.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2022, 3, 10).expect("valid date");
    common::code_article("sanctions", date, text, CoderOptions::default())
}

fn sanctions(events: &[Event]) -> Vec<(String, String, Option<String>)> {
    events
        .iter()
        .filter(|e| e.cameo.as_deref() == Some("163"))
        .map(|e| (code(&e.source), code(&e.target), e.date.clone()))
        .collect()
}

#[test]
fn sanctions_in_force_code_their_author_and_target() {
    for (text, source, target) in [
        (
            "New US sanctions on Iran took effect on Tuesday.",
            "USA",
            "IRN",
        ),
        ("Iran is the target of American sanctions.", "USA", "IRN"),
        (
            "China's sanctions on Lithuania remain in place.",
            "CHN",
            "LTU",
        ),
        ("Russia remains under EU sanctions.", "IGOEUREEC", "RUS"),
        (
            "Cuba has been under American sanctions for decades.",
            "USA",
            "CUB",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let found = sanctions(&events);
        assert!(
            found.iter().any(|(s, t, _)| s == source && t == target),
            "{text}: expected {source} -> {target} 163, got {:?}",
            summary(&events)
        );
    }
}

#[test]
fn sanctions_take_the_date_the_clause_gives() {
    let Some(events) = code_article("North Korea has been the subject of UN sanctions since 2006.")
    else {
        return;
    };
    let found = sanctions(&events);
    assert!(
        found
            .iter()
            .any(|(s, t, d)| s == "IGOUNO" && t == "PRK" && d.as_deref() == Some("2006")),
        "{:?}",
        found
    );
}

#[test]
fn an_unknown_name_under_sanctions_is_of_the_article_country() {
    // The parser splits "United States sanctions" after the name; the
    // repair joins it, and the airline the dictionaries lack is Iran's.
    let Some(events) = code_article(
        "Mahan Air is an Iranian airline. Mahan has been the subject of United States sanctions since 2011.",
    ) else {
        return;
    };
    assert!(
        sanctions(&events)
            .iter()
            .any(|(s, t, d)| s == "USA" && t == "IRN" && d.as_deref() == Some("2011")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn sanctions_lifted_threatened_or_sought_are_no_imposition() {
    for text in [
        "The United States lifted its sanctions on Sudan.",
        "Trump threatened new sanctions on Turkey.",
        "Activists urged the EU to consider sanctions on Myanmar.",
        "The company evaded US sanctions on Iran.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            sanctions(&events).is_empty(),
            "{text}: no 163 expected, got {:?}",
            summary(&events)
        );
    }
}

#[test]
fn an_adjectival_participle_before_a_noun_is_no_verb() {
    // "sweeping" read as a verb was coded as a search (090) of Ukraine.
    for text in [
        "Russia faces sweeping Western sanctions over its invasion of Ukraine.",
        "The warring sides signed a ceasefire on Monday.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            !events.iter().any(|e| e.cameo.as_deref() == Some("090")),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn criticism_of_sanctions_is_aimed_at_their_authors() {
    let Some(events) =
        code_article("Russia condemned the new sanctions imposed on Iran by the United States.")
    else {
        return;
    };
    let criticism = |e: &&Event| e.cameo.as_deref().is_some_and(|c| c.starts_with("11"));
    assert!(
        events
            .iter()
            .filter(criticism)
            .all(|e| code(&e.source) == "RUS" && code(&e.target) == "USA")
            && events.iter().any(|e| criticism(&e)),
        "{:?}",
        summary(&events)
    );
    // No code names "Western": the sanctioned party is not the target.
    let Some(events) =
        code_article("Beijing has repeatedly criticised Western sanctions on Moscow.")
    else {
        return;
    };
    assert!(
        !events.iter().any(|e| criticism(&e)),
        "{:?}",
        summary(&events)
    );
}
