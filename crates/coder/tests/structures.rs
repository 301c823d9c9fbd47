//! News mode: participants that sit in sentence structures the coder used
//! not to read — reduced passive relatives ("the sanctions imposed by the
//! EU"), participles set off as appositions ("Russia, accused by Ukraine"),
//! and passive relatives that name an act's author ("the airstrike, which
//! was carried out by …") — on invented wire sentences with the embedded
//! dictionaries and dyad's own parser (skipped with a message when the
//! embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, has, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 10).expect("valid date");
    common::code_article("structures", date, text, CoderOptions::default())
}

#[test]
fn a_reduced_relative_takes_its_by_phrase_as_source() {
    let text = "The sanctions imposed by the European Union on Russia were extended on Tuesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "IGOEUREEC", "RUS", "17"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_participle_after_a_name_is_done_to_the_name() {
    let text = "Russia, accused by Ukraine of shelling Kharkiv, denied the charge.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "UKR", "RUS", "11"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_move_condemned_by_a_capital_targets_the_mover() {
    let text = "Thailand expelled two Chinese diplomats on Monday, a move condemned by Beijing.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "CHN", "THA", "11"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_passive_relative_names_the_author_of_a_condemned_act() {
    let text = "The European Union condemned the airstrike, which was carried out by Israeli jets.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "IGOEUREEC", "ISR", "11"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_standing_relation_in_a_participle_is_no_event() {
    let text = "Footage showed a Kenyan police officer surrounded by Somali protesters.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| code(&e.source).starts_with("SOM") && code(&e.target).starts_with("KEN")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn an_agentless_guilty_verdict_is_the_courts() {
    let text = "Three Egyptian policemen were found guilty on Monday of torturing a detainee.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "EGYJUD", "EGYCOP", "17"),
        "{:?}",
        summary_with_rules(&events)
    );
}
