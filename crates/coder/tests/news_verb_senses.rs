//! Verb senses of wire news (issue 5, GigaWord review), on invented
//! wire-style sentences (embedded dictionaries and parser; skipped with a
//! message when the embedded model does not load): wanting someone to act
//! is an appeal to them, an act only demanded ("under pressure to help")
//! is no event, a hope about others addresses nobody, and appreciation or
//! thanks for what someone did is praise, and sending troops to a country
//! is military protection (074); opposing what someone said is disapproval
//! (111); ordering a killing is the killing (18); meeting someone "at" a
//! place or "for talks" is a meeting (040), not an intent to meet; arriving
//! in a place for a visit visits its country.

mod common;

use chrono::NaiveDate;
use common::{code, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 15).expect("valid date");
    common::code_article("news-verb-senses", date, text, CoderOptions::default())
}

fn root(e: &Event) -> &str {
    e.cameo.as_deref().and_then(|c| c.get(..2)).unwrap_or("")
}

#[test]
fn wanting_someone_to_act_is_an_appeal() {
    let Some(events) =
        code_article("Germany wants France to cut its budget deficit, the finance minister said.")
    else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "DEU" && code(&e.target) == "FRA" && root(e) == "02"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events.iter().all(|e| root(e) != "03"),
        "{:?}",
        summary(&events)
    );
    // Wanting to act oneself stays the subject's own (planned) act.
    let Some(events) = code_article("Russia wants to help Syria rebuild its army.") else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "RUS" && code(&e.target) == "SYR" && root(e) == "07"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_act_under_pressure_is_only_demanded() {
    for text in [
        "Turkey came under pressure to help Syria.",
        "The Italian premier faces pressure from his coalition partners to help Greece.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events.iter().all(|e| root(e) != "07"),
            "{text}: {:?}",
            summary(&events)
        );
    }
    // Rejected calls to extradite: no extradition.
    let Some(events) = code_article("Spain rejected calls to extradite the Venezuelan general.")
    else {
        return;
    };
    assert!(
        events.iter().all(|e| e.cameo.as_deref() != Some("063")),
        "{:?}",
        summary(&events)
    );
    // Without a noun of demand the help is the subject's own act.
    let Some(events) = code_article("Turkey sent troops to help Syria.") else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "TUR" && code(&e.target).starts_with("SYR")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_hope_about_others_addresses_nobody() {
    for text in [
        "Kenya hoped Somali leaders would agree to a ceasefire, the foreign minister said.",
        "Police clashed with protesters in Nairobi, as Kenya said it hoped Somali militia \
         commanders would be tried for war crimes.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !(code(&e.source) == "KEN" && code(&e.target).starts_with("SOM"))),
            "{text}: {:?}",
            summary(&events)
        );
    }
    // Hoping for someone's help still concerns them.
    let Some(events) = code_article("Mexico hopes for American help after the earthquake.") else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "MEX" && code(&e.target) == "USA"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn appreciation_for_what_someone_did_is_praise() {
    for (text, source, target) in [
        (
            "Japan expressed appreciation for South Korea's help with the rescue.",
            "JPN",
            "KOR",
        ),
        (
            "Seoul expressed deep thanks to Washington for the aid.",
            "KOR",
            "USA",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events.iter().any(|e| code(&e.source) == source
                && code(&e.target) == target
                && e.cameo.as_deref() == Some("051")),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn what_a_summit_is_on_is_its_topic() {
    for text in [
        "Merkel attended a summit on Syria in Geneva.",
        "Putin will attend a conference in Vienna on the violence in Libya.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !code(&e.target).starts_with("SYR") && !code(&e.target).starts_with("LBY")),
            "{text}: {:?}",
            summary(&events)
        );
    }
    // The place of the summit is still where the visitor goes.
    let Some(events) =
        code_article("Putin will attend a summit in Beijing on the crisis in Ukraine.")
    else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source).starts_with("RUS")
            && code(&e.target) == "CHN"
            && e.cameo.as_deref() == Some("042")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn sending_troops_to_a_country_is_military_protection() {
    let Some(events) = code_article("France sent 500 troops to Mali on Tuesday.") else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source).starts_with("FRA")
            && code(&e.target) == "MLI"
            && e.cameo.as_deref() == Some("074")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn opposing_what_someone_said_is_disapproval() {
    let Some(events) = code_article(
        "Russia opposed the German chancellor's remarks on the proposal to expand NATO.",
    ) else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source) == "RUS"
            && code(&e.target).starts_with("DEU")
            && root(e) == "11"),
        "{:?}",
        summary(&events)
    );
    // Opposing a proposal stays a rejection.
    let Some(events) = code_article("Russia opposed Germany's proposal to expand NATO.") else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "RUS" && code(&e.target) == "DEU" && root(e) == "12"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn ordering_a_killing_is_the_killing() {
    let Some(events) = code_article(
        "Prosecutors say the Rwandan president ordered the killing of a Congolese journalist.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "RWAGOV" && code(&e.target) == "CODMED" && root(e) == "18"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_meeting_at_a_place_or_for_talks_is_a_meeting_not_an_intent() {
    // CAMEO.2.0 codes "met … at" and "met … for talks" as an intent to meet
    // (036); the meeting took place. Intent is the factuality's business.
    for text in [
        "Russian President Vladimir Putin met Chinese President Xi Jinping at the Kremlin on Tuesday.",
        "Russian President Vladimir Putin met Chinese President Xi Jinping for talks on Tuesday.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events.iter().any(|e| code(&e.source) == "RUSGOV"
                && code(&e.target) == "CHNGOV"
                && root(e) == "04"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn arriving_somewhere_for_a_visit_visits_that_country() {
    let Some(events) = code_article(
        "Indian Prime Minister Narendra Modi arrived in Washington on Tuesday for a three-day state visit.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "INDGOV" && code(&e.target) == "USA" && root(e) == "04"),
        "{:?}",
        summary(&events)
    );
}
