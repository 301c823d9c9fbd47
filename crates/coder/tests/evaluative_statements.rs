//! News mode: a plain statement that is itself a denunciation or praise
//! (`src/statement.rs`, `data/dictionaries/dyad.evaluative-words.txt`), on
//! invented sentences with the embedded dictionaries and dyad's own parser
//! (skipped with a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    common::code_article("evaluative", date, text, CoderOptions::default())
}

/// Is there an event of `cameo` from an actor of country `source` to one of
/// country `target`?
fn has(events: &[Event], source: &str, target: &str, cameo: &str) -> bool {
    events.iter().any(|e| {
        code(&e.source).starts_with(source)
            && code(&e.target).starts_with(target)
            && e.cameo.as_deref() == Some(cameo)
    })
}

fn evaluations(events: &[Event]) -> usize {
    events
        .iter()
        .filter(|e| matches!(e.cameo.as_deref(), Some("111" | "051")))
        .count()
}

#[test]
fn a_statement_calling_an_act_a_disgrace_denounces_its_actor() {
    let text = "German Chancellor Angela Merkel said the Russian decision was a disgrace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "DEU", "RUS", "111"), "{:?}", summary(&events));
}

#[test]
fn a_statement_of_praise_is_coded_as_praise() {
    let text = "French President Emmanuel Macron said Germany's response was admirable.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "FRA", "DEU", "051"), "{:?}", summary(&events));
}

#[test]
fn a_negated_evaluation_is_no_event() {
    let text = "German Chancellor Angela Merkel said the Russian decision was not a disgrace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(evaluations(&events), 0, "{:?}", summary(&events));
}

#[test]
fn a_descriptive_adjective_does_not_evaluate() {
    let text =
        "German Chancellor Angela Merkel said illegal migrants from Russia had reached Poland.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(evaluations(&events), 0, "{:?}", summary(&events));
}

#[test]
fn several_possible_targets_give_no_event() {
    let text =
        "German Chancellor Angela Merkel said the deal between Russia and Iran was a disgrace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !has(&events, "DEU", "RUS", "111") && !has(&events, "DEU", "IRN", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_decision_a_statement_evaluates_is_the_latest_act() {
    let text = "Russia expelled two Ukrainian diplomats on Sunday. \
                German Chancellor Angela Merkel said the decision was a disgrace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "DEU", "RUS", "111"), "{:?}", summary(&events));
}

#[test]
fn a_plain_statement_without_evaluation_stays_dropped() {
    let text = "German Chancellor Angela Merkel said the Russian decision was expected.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(evaluations(&events), 0, "{:?}", summary(&events));
    assert!(
        events.iter().all(|e| e.cameo.as_deref() != Some("010")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_actor_modifying_the_evaluative_noun_is_its_target() {
    // Syria is named too, but the aggression is the American one.
    let Some(events) =
        code_article("Lavrov said the strikes on Syria were an American aggression.")
    else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| e.cameo.as_deref() == Some("111") && code(&e.target) == "USA"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events.iter().all(|e| code(&e.target) != "SYR"),
        "{:?}",
        summary(&events)
    );
}
