//! News mode: wire sentences the parser gets wrong — a main clause whose
//! past-tense verb the tagger read as a participle or adjective, parsed
//! again with the verb's tag given (`src/retag.rs`); an object read as a
//! second subject or a predicate noun (`src/repair/arguments.rs`). Invented
//! wire sentences with dyad's own parser (skipped with a message when the
//! embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2024, 3, 6).expect("valid date");
    common::code_article("retag", date, text, CoderOptions::default())
}

/// Each sentence (text, source prefix, target prefix, CAMEO root) codes
/// that event.
fn assert_coded(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, root) in cases {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has_prefixed(&events, source, target, root),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn a_past_verb_read_as_a_participle_after_its_subject_heads_the_clause() {
    assert_coded(&[
        (
            "The German government imposed sanctions on Iran, officials said.",
            "DEUGOV",
            "IRN",
            "16",
        ),
        (
            "Anna Berg, the Turkish foreign minister, suspended talks with Russia.",
            "TURGOV",
            "RUS",
            "16",
        ),
        (
            "Japan on Tuesday arrested Egyptian journalists.",
            "JPN",
            "EGY",
            "17",
        ),
        (
            "The Turkish government called on Russia to withdraw its troops, officials said.",
            "TURGOV",
            "RUS",
            "02",
        ),
    ]);
}

#[test]
fn a_reduced_relative_before_the_main_verb_stays_a_participle() {
    // "detained" modifies the subject of "were released": reading it as
    // the main verb would make the protesters detain the police.
    let Some(events) =
        code_article("Protesters detained by Iranian police were released on Monday.")
    else {
        return;
    };
    assert!(
        !events.iter().any(|e| code(&e.target) == "IRNCOP"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_object_read_as_a_second_subject_or_a_predicate_noun_is_the_object() {
    assert_coded(&[
        (
            "Germany's President Karl Moss accused Iran of violating the ceasefire on Tuesday.",
            "DEU",
            "IRN",
            "11",
        ),
        (
            "Turkish state media reported that Turkey had invaded Russia.",
            "TUR",
            "RUS",
            "19",
        ),
    ]);
}

#[test]
fn a_participle_aside_after_the_subject_is_not_the_main_verb() {
    assert_coded(&[
        (
            "Turkish President Karl Moss, speaking in Paris, accused Russia of violating the ceasefire.",
            "TURGOV",
            "RUS",
            "11",
        ),
        (
            "German President Karl Moss, speaking in Paris, criticised Iran for its decision.",
            "DEUGOV",
            "IRN",
            "11",
        ),
    ]);
}
