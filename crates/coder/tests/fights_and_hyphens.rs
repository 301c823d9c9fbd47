//! Precision of the fighting vocabulary (invented wire-style sentences;
//! embedded dictionaries and parser, skipped with a message when the embedded
//! model does not load): fighting or struggling *for* a cause or a beneficiary
//! is campaigning, no physical conflict, and its *for* phrase is never a
//! target; fighting an enemy, against someone, or for a length of time stays
//! 190; a synset word that is half of a hyphenated modifier ("war-damaged",
//! "anti-war") names no event; mourning someone or their death is aimed at
//! no one.

mod common;

use chrono::NaiveDate;
use common::summary;
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2015, 6, 1).expect("valid date");
    common::code_article("fights-and-hyphens", date, text, CoderOptions::default())
}

fn roots(events: &[Event]) -> Vec<&str> {
    events
        .iter()
        .filter_map(|e| e.cameo.as_deref().and_then(|c| c.get(..2)))
        .collect()
}

#[test]
fn fighting_for_a_cause_is_no_fight() {
    for text in [
        "The French senator has fought for Algerian veterans to receive pensions.",
        "The Chilean senator fought for years for Bolivian migrants to receive visas.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            !roots(&events).contains(&"19"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn fighting_an_enemy_stays_a_fight() {
    for (text, source, target) in [
        (
            "Syrian rebels fought government troops for control of the city on Monday.",
            "SYRREB",
            "SYRMIL",
        ),
        (
            "Kurdish fighters fought for independence against Turkish troops in the 1990s.",
            "TUR",
            "TURMIL",
        ),
        (
            "Colombian rebels have fought the government for decades.",
            "COLREB",
            "COLGOV",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            common::find(&events, source, target, "19").len() == 1,
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn half_of_a_hyphenated_modifier_names_no_event() {
    let text = "State media reported a war-damaged hospital reopened in Mosul, Iraq.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !roots(&events).contains(&"01"),
        "{text}: {:?}",
        summary(&events)
    );
    // The same pattern still codes a war that is reported.
    let text = "Russian media reported a war between Ukraine and separatists in Donetsk.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        roots(&events).contains(&"01"),
        "{text}: {:?}",
        summary(&events)
    );
}

#[test]
fn mourning_the_dead_targets_no_one() {
    for text in [
        "French President Emmanuel Macron mourned the senator's death on Twitter.",
        "Thousands of Venezuelans mourned Hugo Chavez on Wednesday.",
        "Politicians from both parties mourned the death of former President George H. W. Bush.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(events.is_empty(), "{text}: {:?}", summary(&events));
    }
    // Lamenting a decision is still disapproval of whoever took it.
    let text = "The Russian foreign minister lamented the American decision to expel diplomats.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        roots(&events).contains(&"11"),
        "{text}: {:?}",
        summary(&events)
    );
}
