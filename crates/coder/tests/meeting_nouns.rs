//! Meetings, visits and calls named by a noun in the clause of another verb
//! (`src/meeting_nouns.rs`): "Modi's visit to China was postponed",
//! "talks between Israel and Hamas broke down", "during a visit to Moscow,
//! Erdogan praised…".

mod common;

use chrono::NaiveDate;
use common::{code, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn coded(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 10).expect("valid date");
    common::code_article("meetings", date, text, CoderOptions::default())
}

/// The meeting-noun events `source → target` with code `cameo`.
fn meeting<'e>(events: &'e [Event], source: &str, target: &str, cameo: &str) -> Vec<&'e Event> {
    events
        .iter()
        .filter(|e| {
            code(&e.source) == source
                && code(&e.target) == target
                && e.cameo.as_deref() == Some(cameo)
                && e.rule
                    .as_deref()
                    .is_some_and(|r| r.contains("meeting noun"))
        })
        .collect()
}

#[test]
fn a_possessor_visits_the_complement_of_to() {
    let Some(events) =
        coded("Chinese President Xi Jinping's state visit to France began on Monday.")
    else {
        return;
    };
    let found = meeting(&events, "CHNGOV", "FRA", "042");
    assert_eq!(found.len(), 1, "{:?}", summary_with_rules(&events));
    // Dated by the clause ("began on Monday"), not the publication date.
    assert_eq!(found[0].date.as_deref(), Some("2019-05-06"));
    assert_eq!(found[0].factuality, Some(Factuality::Asserted));
}

#[test]
fn a_possessor_meets_the_complement_of_with() {
    let Some(events) =
        coded("Angela Merkel's meeting with Emmanuel Macron in Berlin focused on trade.")
    else {
        return;
    };
    assert_eq!(
        meeting(&events, "DEUGOV", "FRAGOV", "040").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn talks_between_two_sides_are_one_event() {
    let Some(events) =
        coded("Negotiations between Russia and Ukraine resumed in Minsk on Thursday.")
    else {
        return;
    };
    let found: Vec<_> = events
        .iter()
        .filter(|e| {
            e.rule
                .as_deref()
                .is_some_and(|r| r.contains("meeting noun"))
        })
        .collect();
    assert_eq!(found.len(), 1, "{:?}", summary_with_rules(&events));
    assert_eq!(code(&found[0].source), "RUS");
    assert_eq!(code(&found[0].target), "UKR");
    assert_eq!(found[0].cameo.as_deref(), Some("046"));
}

#[test]
fn a_cancelled_visit_is_negated_and_a_postponed_one_planned() {
    let Some(events) = coded(
        "Prime Minister Narendra Modi's visit to Nepal was cancelled after the earthquake. \
         The Australian foreign minister's visit to Indonesia has been delayed.",
    ) else {
        return;
    };
    let cancelled = meeting(&events, "INDGOV", "NPL", "042");
    assert_eq!(cancelled.len(), 1, "{:?}", summary_with_rules(&events));
    assert_eq!(cancelled[0].factuality, Some(Factuality::Negated));
    let delayed = meeting(&events, "AUSGOV", "IDN", "042");
    assert_eq!(delayed.len(), 1, "{:?}", summary_with_rules(&events));
    assert_eq!(delayed[0].factuality, Some(Factuality::Planned));
}

#[test]
fn the_clause_subject_takes_part_in_a_meeting_named_by_an_oblique() {
    let Some(events) = coded(
        "During a visit to Moscow, Recep Tayyip Erdogan praised the Russian president. \
         In a phone call on Sunday, Donald Trump urged Recep Tayyip Erdogan to halt the offensive.",
    ) else {
        return;
    };
    assert_eq!(
        meeting(&events, "TURGOV", "RUS", "042").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
    // The call is an event besides the appeal made in it.
    assert_eq!(
        meeting(&events, "USAGOV", "TURGOV", "041").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_meeting_coded_by_its_verb_is_not_coded_again() {
    let Some(events) = coded(
        "Vladimir Putin held talks with Recep Tayyip Erdogan in Sochi on Tuesday. \
         In a phone call on Monday, Emmanuel Macron and Angela Merkel discussed the crisis in Libya.",
    ) else {
        return;
    };
    let noun_events: Vec<_> = events
        .iter()
        .filter(|e| {
            e.rule
                .as_deref()
                .is_some_and(|r| r.contains("meeting noun"))
        })
        .collect();
    assert!(noun_events.is_empty(), "{:?}", summary_with_rules(&events));
    assert!(common::has(&events, "RUSGOV", "TURGOV", "04"));
}

#[test]
fn things_and_calls_for_action_are_no_meetings() {
    let Some(events) = coded(
        "Awards included a trip to the White House to receive the US National Medal of Science, \
         received last year during a visit to Paris. \
         Germany's call for calm was welcomed by France.",
    ) else {
        return;
    };
    assert!(
        events.iter().all(|e| !e
            .rule
            .as_deref()
            .is_some_and(|r| r.contains("meeting noun"))),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_visit_by_someone_to_a_country() {
    let Some(events) = coded("A visit by Chinese Premier Li Keqiang to Germany ended on Tuesday.")
    else {
        return;
    };
    assert_eq!(
        meeting(&events, "CHNGOV", "DEU", "042").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}
