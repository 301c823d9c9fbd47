//! Who does what in wire-report clauses hung off another verb (embedded
//! dictionaries and parser; skipped with a message when the embedded model
//! does not load): the object of *jail … for helping* is who helped, what
//! one *wants* another to do is no event, a meeting's *with* partner is
//! found when the parser reads *met* as a participle, what two sides
//! *discuss* is a topic, not a partner, and "French and German leaders" are
//! two actors.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 15).expect("valid date");
    common::code_article("wire-roles", date, text, CoderOptions::default())
}

fn root(e: &Event) -> &str {
    e.cameo.as_deref().and_then(|c| c.get(..2)).unwrap_or("")
}

#[test]
fn the_object_of_a_punishment_did_what_the_for_clause_says() {
    let Some(events) = code_article(
        "A Kenyan court jailed two Somali men on Monday for helping al-Shabaab fighters.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source).starts_with("KENJUD") && root(e) == "17"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events
            .iter()
            .all(|e| !(code(&e.source).starts_with("KEN") && root(e) == "07")),
        "the court did not help: {:?}",
        summary(&events)
    );
    assert!(
        events
            .iter()
            .any(|e| code(&e.source).starts_with("SOM") && root(e) == "07"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_reaction_noun_is_not_who_acted() {
    let Some(events) = code_article(
        "The Japanese prime minister drew praise for helping Syrian refugees reach Tokyo.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .filter(|e| root(e) == "07")
            .all(|e| code(&e.source).starts_with("JPN")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn what_one_wants_another_to_do_is_no_event() {
    let Some(events) =
        code_article("Britain wants Iran to release the detained Swedish tanker crew.")
    else {
        return;
    };
    assert!(
        events.iter().all(|e| {
            let source = code(&e.source);
            let wanted_act = source.starts_with("IRN");
            let british_release = source.starts_with("GBR") && root(e) == "08";
            !wanted_act && !british_release
        }),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_meeting_partner_after_with_and_a_title() {
    let Some(events) = code_article(
        "The Iraqi foreign minister met with Syrian President Bashar al-Assad on Tuesday to discuss efforts to counter Islamic State militants.",
    ) else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source).starts_with("IRQ")
            && code(&e.target).starts_with("SYRGOV")
            && root(e) == "04"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events
            .iter()
            .all(|e| !(root(e) == "04" && code(&e.target).contains("UAF"))),
        "a topic is no partner: {:?}",
        summary(&events)
    );
}

#[test]
fn coordinated_nationalities_before_a_noun_are_two_actors() {
    let Some(events) = code_article("French and German leaders criticised Russia on Monday.")
    else {
        return;
    };
    for country in ["FRA", "DEU"] {
        assert!(
            events.iter().any(|e| code(&e.source).starts_with(country)
                && code(&e.target) == "RUS"
                && root(e) == "11"),
            "{country}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn a_reflexive_object_is_no_target_from_the_article() {
    let Some(events) = code_article(
        "Syrian forces shelled Idlib on Monday.\n\nThe US said that Iraq had attacked themselves.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .all(|e| !(code(&e.source) == "IRQ" && code(&e.target) == "SYR")),
        "{:?}",
        summary(&events)
    );
}
