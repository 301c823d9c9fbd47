//! How dictionary phrases meet the text (embedded dictionaries and parser;
//! skipped with a message when the embedded model does not load): hyphenated
//! and accented names match however the text spells them, nationality
//! adjectives upstream lacks are countries, and a story the discard list
//! marks as sport yields no events.

mod common;

use chrono::NaiveDate;
use common::has;
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 6, 15).expect("valid date");
    common::code_article("dictionary-matching", date, text, CoderOptions::default())
}

#[test]
fn hyphenated_names_match_although_the_tokenizer_splits_them() {
    let Some(events) = code_article("Al-Qaeda attacked a French convoy in Mali on Monday.") else {
        return;
    };
    assert!(has(&events, "IMGMUSALQ", "FRA", "19"), "{events:#?}");
    let Some(events) = code_article("Hossein Amir-Abdollahian criticised Canada on Monday.") else {
        return;
    };
    assert!(has(&events, "IRNGOV", "CAN", "11"), "{events:#?}");
}

#[test]
fn accented_names_match_the_plain_dictionary_spelling() {
    let Some(events) = code_article("Andrés Manuel López Obrador criticised Canada on Monday.")
    else {
        return;
    };
    assert!(has(&events, "MEXGOV", "CAN", "11"), "{events:#?}");
}

#[test]
fn nationality_adjectives_name_their_country() {
    let Some(events) = code_article("The Swedish government criticised Russia on Monday.") else {
        return;
    };
    assert!(has(&events, "SWEGOV", "RUS", "11"), "{events:#?}");
}

#[test]
fn a_sports_story_yields_no_events() {
    let text = "Sweden defeated South Korea 1-0 at the FIFA World Cup yesterday. \
                England attacked Tunisia from the start and scored late.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(events.is_empty(), "{events:#?}");
    // The same attack outside a sports story is coded.
    let Some(events) = code_article("England attacked Tunisia on Monday.") else {
        return;
    };
    assert!(has(&events, "GBR", "TUN", "19"), "{events:#?}");
}
