//! News: a yield in a clause of time ("after the prime minister stepped
//! down") is background and answers no untied appeal of the sentence before
//! (invented wire-style sentences; embedded dictionaries and parser, skipped
//! with a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::summary;
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 11).expect("valid date");
    common::code_article("background-yields", date, text, CoderOptions::default())
}

#[test]
fn a_resignation_in_a_time_clause_answers_no_unrelated_appeal() {
    let text = "Japanese lawmakers asked Emperor Akihito for a royal pardon in March. Shinzo Abe became prime minister after Yoshihiko Noda stepped down in December.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| e.sentence_index != 1),
        "{:?}",
        summary(&events)
    );
    // The appeal itself is still coded.
    assert!(
        events
            .iter()
            .any(|e| e.sentence_index == 0
                && e.cameo.as_deref().is_some_and(|c| c.starts_with("02"))),
        "{:?}",
        summary(&events)
    );
}
