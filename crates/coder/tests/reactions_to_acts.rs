//! News mode: reactions to an act named by a noun ("criticised the move",
//! "welcomed the decision", "attacked the proclamation by …") are aimed at
//! the act's author — its possessor or *by* phrase, else the actor of the
//! latest earlier act of the kind the noun names — on invented sentences
//! with the embedded dictionaries and dyad's own parser (skipped with a
//! message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    common::code_article("reactions", date, text, CoderOptions::default())
}

#[test]
fn attacking_a_proclamation_is_criticism_of_its_author_not_force() {
    let text = "Iraq also attacked the proclamation by Trump, calling it a blow to the region.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "IRQ", "USA", "11"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !has_prefixed(&events, "IRQ", "USA", "19"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn blasting_sanctions_is_criticism() {
    let text = "Venezuela blasted the American sanctions on Tuesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "VEN", "USA", "11"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !has_prefixed(&events, "VEN", "USA", "19"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn welcoming_a_decision_to_act_is_praise_not_hosting() {
    let text = "Sweden welcomed the Iranian government's decision to release the detained sailors.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "SWE", "IRN", "05"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !events.iter().any(|e| e.cameo.as_deref() == Some("043")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn welcoming_a_visitor_to_a_city_is_still_hosting() {
    let text = "Chinese President Xi Jinping welcomed Kenyan President Uhuru Kenyatta to Beijing.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "CHN", "KEN", "04"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn rejecting_a_sentence_answers_the_sentencing_state() {
    let text = "Iran sentenced two British citizens to prison on Monday. \
                Britain rejected the sentence.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBR", "IRN", "12"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn condemning_a_closure_targets_who_closed() {
    let text = "Sudan closed its border with Chad. The African Union condemned the closure.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "IGOAFRAFU", "SDN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn calling_a_decision_regrettable_is_disapproval() {
    let text = "Spain recalled its ambassador to Venezuela. \
                Venezuela called the decision regrettable.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "VEN", "ESP", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_channel_phrase_does_not_hide_the_acts_author() {
    let text = "Spain recalled its ambassador to Venezuela. \
                Venezuela criticized the decision via Twitter.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "VEN", "ESP", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_move_with_no_known_actor_gives_no_event() {
    for text in [
        "Greece denounced the move on Monday.",
        "Japan welcomed the decision.",
        "The opposition rejected the ruling.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events.iter().all(|e| e.target.is_none()),
            "{text}: {:?}",
            summary(&events)
        );
    }
}
