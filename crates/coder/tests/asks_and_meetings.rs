//! News mode: appeals and demands whose addressee the parser misplaces,
//! appeals made by joining or renewing calls, hosts who "receive" a
//! visitor, and agreements signed somewhere — on invented news sentences
//! with the embedded dictionaries and dyad's own parser (skipped with a
//! message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 12).expect("valid date");
    common::code_article("asks-and-meetings", date, text, CoderOptions::default())
}

#[test]
fn the_addressee_of_urge_is_the_target_and_the_urged_act_no_event() {
    // The parser makes "the United States" the subject of "withdraw".
    let text = "Russia urged the United States to withdraw its troops from Syria.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "RUS", "USA", "02"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !has_prefixed(&events, "USA", "SYR", "08"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_subjunctive_clause_of_demand_is_what_is_demanded() {
    let text = "Iran demanded that Britain release the seized tanker.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "IRN", "GBR", "10"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("08")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_infinitive_after_call_on_is_requested_not_done() {
    let text = "The Arab League called on the United Nations to protect Palestinians.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "IGOMEAARL", "IGOUNO", "02"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !has_prefixed(&events, "IGOMEAARL", "PSE", "07"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn receiving_a_visiting_leader_is_hosting() {
    for (text, host, guest) in [
        (
            "Putin received the Turkish president at the Kremlin.",
            "RUS",
            "TUR",
        ),
        ("Putin received Erdogan in Moscow on Tuesday.", "RUS", "TUR"),
        (
            "Chinese President Xi Jinping received the Pakistani prime minister in Beijing.",
            "CHN",
            "PAK",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has_prefixed(&events, host, guest, "04"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn receiving_support_or_a_letter_is_no_hosting() {
    for text in [
        "Erdogan received Russian support for the operation.",
        "The Indian prime minister received a letter from the Chinese president.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            !events.iter().any(|e| e.cameo.as_deref() == Some("043")),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn joining_or_renewing_calls_is_an_appeal_to_whom_they_address() {
    for (text, source, target) in [
        (
            "Boris Johnson joined calls for Iran to release the tanker.",
            "GBR",
            "IRN",
        ),
        (
            "France joined calls on Russia to withdraw its forces.",
            "FRA",
            "RUS",
        ),
        (
            "China renewed its call on the United States to lift sanctions.",
            "CHN",
            "USA",
        ),
        (
            "The United Nations reiterated its call for Israel to halt settlement construction.",
            "IGOUNO",
            "ISR",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has_prefixed(&events, source, target, "02"),
            "{text}: {:?}",
            summary(&events)
        );
        // "join forces" (060) no longer matches "its forces".
        assert!(
            !has_prefixed(&events, source, target, "06"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn the_city_an_agreement_is_signed_in_is_no_party() {
    let text = "Ethiopia and Eritrea signed a peace agreement in Jeddah.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "ETH", "ERI", "05") || has_prefixed(&events, "ERI", "ETH", "05"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !events
            .iter()
            .any(|e| common::code(&e.target).starts_with("SAU")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_parties_of_a_meeting_or_agreement_between_two_sides_act_on_each_other() {
    for (text, a, b, root) in [
        (
            "The agreement between Russia and Turkey was signed in Sochi.",
            "RUS",
            "TUR",
            "05",
        ),
        (
            "A meeting between Putin and Erdogan was held in Sochi on Monday.",
            "RUS",
            "TUR",
            "04",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has_prefixed(&events, a, b, root) || has_prefixed(&events, b, a, root),
            "{text}: {:?}",
            summary(&events)
        );
    }
    // What is discussed between two sides names no party to the talk.
    let text = "A border dispute between India and China was discussed.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn acting_in_cooperation_with_a_partner_is_cooperation() {
    for (text, source, partner) in [
        (
            "US troops operate in cooperation with Iraqi security forces.",
            "USA",
            "IRQ",
        ),
        (
            "The Saudi ministry acted in coordination with the Egyptian government.",
            "SAU",
            "EGY",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has_prefixed(&events, source, partner, "06"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}
