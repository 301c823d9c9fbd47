//! Whole invented articles in the style of 2020s wire reports (news mode,
//! embedded dictionaries and parser; skipped with a message when the
//! embedded model does not load): what a country sends is no other party,
//! "the attack" is an earlier attack rather than martial law declared
//! since, "in no hurry to recognise" is negated, and a figure of liberation
//! ("broke the shackles") is neither force nor criticism.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(date: (i32, u32, u32), text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("valid date");
    common::code_article("articles-2020s", date, text, CoderOptions::default())
}

#[test]
fn what_a_country_sends_is_not_the_other_party() {
    let Some(events) = code_article(
        (2023, 10, 10),
        "Hamas fighters attacked Israel on Saturday. The United States sent an aircraft carrier \
         to the eastern Mediterranean.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.sentence_index == 1),
        "the carrier is the sender's own: {:?}",
        summary(&events)
    );
}

#[test]
fn what_a_country_orders_somewhere_is_not_the_country_the_sentence_names() {
    let Some(events) = code_article(
        (2023, 10, 10),
        "Hamas fighters attacked Israel on Saturday. US President Joe Biden pledged support for \
         Israel and ordered an aircraft carrier to the eastern Mediterranean.",
    ) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.sentence_index == 1 && code(&e.target).ends_with("MIL")),
        "the carrier is the sender's own: {:?}",
        summary(&events)
    );
}

#[test]
fn the_attack_is_the_earlier_attack_not_martial_law() {
    let Some(events) = code_article(
        (2022, 2, 25),
        "Russia launched a full-scale invasion of Ukraine on Thursday. President Volodymyr \
         Zelensky declared martial law. US President Joe Biden condemned the unprovoked attack.",
    ) else {
        return;
    };
    let condemned: Vec<String> = events
        .iter()
        .filter(|e| e.sentence_index == 2 && e.root.as_deref() == Some("11"))
        .map(|e| code(&e.target))
        .collect();
    assert_eq!(condemned, ["RUS"], "{:?}", summary(&events));
}

#[test]
fn in_no_hurry_to_act_is_negated() {
    let Some(events) = code_article(
        (2021, 8, 17),
        "The Taliban took control of Kabul on Sunday. Russia said it was in no hurry to \
         recognise the new Afghan government.",
    ) else {
        return;
    };
    let recognitions: Vec<&Event> = events
        .iter()
        .filter(|e| e.sentence_index == 1 && code(&e.source) == "RUS")
        .collect();
    assert!(!recognitions.is_empty(), "{:?}", summary(&events));
    assert!(
        recognitions
            .iter()
            .all(|e| e.factuality == Some(Factuality::Negated)),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn breaking_the_shackles_is_neither_force_nor_criticism() {
    let Some(events) = code_article(
        (2021, 8, 17),
        "Pakistan's prime minister Imran Khan said Afghans had broken \"the shackles of slavery\".",
    ) else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn a_past_form_after_an_apposition_is_the_verb() {
    // *suspended* read as a participle modifying *power*.
    let Some(events) = code_article(
        (2023, 7, 28),
        "France, the former colonial power, suspended all development aid to Niger.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source).starts_with("FRA") && code(&e.target) == "NER"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_ally_of_a_country_is_not_that_country() {
    let Some(events) = code_article(
        (2023, 7, 28),
        "Hungary, a close ally of Moscow, blocked the aid package for Ukraine.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| code(&e.source).starts_with("RUS")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn support_for_something_condemned_is_not_praise() {
    let Some(events) = code_article(
        (2019, 1, 23),
        "\"The airline transports weapons and fighters, supporting the Iranian regime's \
         destructive ambitions,\" the minister said.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("05")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_strikes_are_the_strikes_told_earlier_not_the_latest_force() {
    // The sentence tells two acts of force; "the strikes" is the one told
    // with that word, not the attacks named after it.
    let Some(events) = code_article(
        (2024, 1, 12),
        "The United States and Britain carried out strikes against Houthi targets in Yemen on \
         Thursday in response to the group's attacks on shipping in the Red Sea. Iran condemned \
         the strikes.",
    ) else {
        return;
    };
    let condemned: Vec<String> = events
        .iter()
        .filter(|e| e.sentence_index == 1 && e.root.as_deref() == Some("11"))
        .map(|e| code(&e.target))
        .collect();
    assert!(
        !condemned.is_empty() && condemned.iter().all(|t| t == "USA" || t == "GBR"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_killing_is_the_earlier_violence_not_an_expulsion() {
    let Some(events) = code_article(
        (2020, 1, 4),
        "A US drone strike near Baghdad airport killed Iranian General Qassem Soleimani on \
         Friday. Iraq's parliament later voted to expel US troops from the country. Russia \
         condemned the killing.",
    ) else {
        return;
    };
    let condemned: Vec<String> = events
        .iter()
        .filter(|e| e.sentence_index == 2)
        .map(|e| code(&e.target))
        .collect();
    assert!(
        condemned.iter().all(|t| t.starts_with("USA")) && !condemned.is_empty(),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn what_a_signed_treaty_does_its_signer_does() {
    let Some(events) = code_article(
        (2022, 9, 30),
        "Russian President Vladimir Putin signed treaties on Friday annexing four regions of \
         Ukraine. Ukraine rejected the annexation as illegal.",
    ) else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source) == "RUSGOV"
            && code(&e.target) == "UKR"
            && e.cameo.as_deref() == Some("171")),
        "{:?}",
        summary(&events)
    );
    assert!(
        events
            .iter()
            .any(|e| e.sentence_index == 1 && code(&e.target).starts_with("RUS")),
        "the rejected annexation is Russia's: {:?}",
        summary(&events)
    );
}
