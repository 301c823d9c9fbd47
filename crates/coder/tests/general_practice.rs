//! News: an act stated as a general practice ("it is common for new
//! governments to suspend parliament") is no event (invented wire-style
//! sentences; embedded dictionaries and parser, skipped with a message when
//! the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::summary;
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2016, 3, 10).expect("valid date");
    common::code_article("general-practice", date, text, CoderOptions::default())
}

#[test]
fn a_practice_with_an_aside_is_no_event() {
    // The dash-enclosed aside makes the parser hang the infinitive on the
    // aside's noun, whose subject then became the source.
    for text in [
        "According to analysts, it is customary for new governments \u{2014} Shinzo Abe became prime minister in December \u{2014} to suspend parliament.",
        "Analysts say it is usual for new Canadian governments \u{2014} Prime Minister Justin Trudeau took office in November \u{2014} to suspend parliament.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !e.cameo.as_deref().is_some_and(|c| c.starts_with("17"))),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn the_same_act_done_is_an_event() {
    let text = "The Italian president suspended parliament on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(!events.is_empty(), "{:?}", summary(&events));
}
