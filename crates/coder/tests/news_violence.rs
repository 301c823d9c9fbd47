//! Attacks and their participants in news mode (invented wire-style
//! sentences; embedded dictionaries and parser, skipped with a message when
//! the embedded model does not load): the attacked place or people name
//! the target (`src/violence.rs`), an irregular group's generic attack on
//! people who are no armed force is an assault (180) while fighting armed
//! forces stays 190, a claim of responsibility for a named attack codes
//! the attack, "blamed X for the attack on Y" is aimed at X, and metaphor,
//! weather and private crime stay out.

mod common;

use chrono::NaiveDate;
use common::{code, summary, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 10).expect("valid date");
    common::code_article("news-violence", date, text, CoderOptions::default())
}

/// The events of `text` from a source starting with `source` to a target
/// starting with `target` under CAMEO root `root`.
fn found(events: &[Event], source: &str, target: &str, root: &str) -> bool {
    events.iter().any(|e| {
        code(&e.source).starts_with(source)
            && code(&e.target).starts_with(target)
            && e.root.as_deref() == Some(root)
    })
}

#[test]
fn an_attacked_place_names_its_holder() {
    for (text, source, target) in [
        (
            "Gunmen attacked a police station in northern Nigeria on Tuesday.",
            "NGAUAF",
            "NGACOP",
        ),
        (
            "Separatists attacked a police convoy in Cameroon's Anglophone region.",
            "CMRREB",
            "CMRCOP",
        ),
        (
            "Syrian government forces shelled rebel positions near Aleppo.",
            "SYRMIL",
            "SYRREB",
        ),
        (
            "Militants stormed an army base in Mali on Sunday.",
            "MLIUAF",
            "MLIMIL",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .any(|e| code(&e.source) == source && code(&e.target) == target),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn public_places_and_their_people_are_civilians() {
    for (text, source, target) in [
        (
            "Unidentified gunmen stormed a church in eastern Congo.",
            "COG",
            "COGCVL",
        ),
        (
            "Boko Haram militants raided a village in Borno state, Nigeria, killing 20 villagers.",
            "NGAREB",
            "NGACVL",
        ),
        (
            "Suspected Boko Haram fighters abducted 30 schoolgirls in Borno state, Nigeria.",
            "NGAREB",
            "NGACVL",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .any(|e| code(&e.source).starts_with(source) && code(&e.target) == target),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn irregulars_assault_the_unarmed_and_fight_the_armed() {
    let Some(events) = code_article("Gunmen attacked a market in northern Nigeria on Tuesday.")
    else {
        return;
    };
    assert!(
        found(&events, "NGAUAF", "NGACVL", "18"),
        "{:?}",
        summary(&events)
    );
    // The police and the government are fought, as the army is.
    let Some(events) =
        code_article("Gunmen attacked a police station in northern Nigeria on Tuesday.")
    else {
        return;
    };
    assert!(
        found(&events, "NGAUAF", "NGACOP", "19"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article("Five people were killed by militants in Mogadishu.") else {
        return;
    };
    assert!(
        found(&events, "SOMUAF", "SOM", "18"),
        "{:?}",
        summary(&events)
    );
    // Rebels attacking troops, an army attacking anyone: conventional force.
    let Some(events) = code_article("Separatist rebels attacked Ukrainian troops near Donetsk.")
    else {
        return;
    };
    assert!(
        found(&events, "UKRREB", "UKRMIL", "19"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article("Militants stormed an army base in Mali on Sunday.") else {
        return;
    };
    assert!(
        found(&events, "MLIUAF", "MLIMIL", "19"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_claim_of_responsibility_for_a_named_attack_is_the_attack() {
    for (text, source, target, root) in [
        (
            "Al-Shabaab claimed responsibility for Friday's bombing of a hotel in Mogadishu.",
            "SOMREB",
            "SOMCVL",
            "18",
        ),
        (
            "Hamas claimed responsibility for the rocket attack on an Israeli army post.",
            "PSEREB",
            "ISRMIL",
            "19",
        ),
        (
            "The Islamic State claimed responsibility for the suicide bombing at a Shiite mosque in Kabul.",
            "IMG",
            "AFGCVL",
            "18",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let attack = events.iter().find(|e| {
            code(&e.source).starts_with(source)
                && code(&e.target) == target
                && e.root.as_deref() == Some(root)
        });
        let Some(attack) = attack else {
            panic!("{text}: {:?}", summary_with_rules(&events));
        };
        // Who did it is the claimant's own word.
        assert_eq!(attack.factuality, Some(Factuality::Reported), "{text}");
    }
}

#[test]
fn an_attack_claimed_in_its_own_sentence_takes_the_claimant() {
    let text =
        "The Taliban claimed responsibility for the attack, which killed 20 Afghan soldiers.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        found(&events, "AFGREB", "AFGMIL", "19"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn blamed_for_an_attack_is_aimed_at_the_blamed() {
    let text = "The United States blamed Iran for the attack on Saudi oil facilities.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        found(&events, "USA", "IRN", "11"),
        "{:?}",
        summary_with_rules(&events)
    );
    assert!(
        !found(&events, "USA", "SAU", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn metaphor_weather_sport_and_private_crime_are_no_attacks() {
    for text in [
        "The opposition attacked the government's budget plan in parliament.",
        "A powerful storm hit a village in the Philippines on Monday.",
        "Critics attacked the school's response to the scandal.",
        "A man stabbed his neighbour during a dispute in Manchester, police said.",
        "Angry fans attacked a bus carrying the visiting team in Buenos Aires.",
        "Two people died in a car accident in Texas.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !matches!(e.root.as_deref(), Some("18" | "19" | "20"))),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn an_attack_noun_in_another_clause_is_an_attack_of_its_own() {
    for (text, source, target) in [
        (
            "The United Nations condemned Friday's attack by Boko Haram on a village in Borno state, Nigeria.",
            "NGAREB",
            "NGACVL",
        ),
        (
            "Pakistan condemned the Taliban attack on a mosque in Peshawar.",
            "AFGREB",
            "PAKCVL",
        ),
        (
            "Kenya closed its border after an al-Shabaab attack on a hotel in Nairobi.",
            "SOMREB",
            "KENCVL",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(found(&events, source, target, "18"), "{text}: {:?}", summary_with_rules(&events));
    }
    // The clause's own event stays.
    let Some(events) =
        code_article("Pakistan condemned the Taliban attack on a mosque in Peshawar.")
    else {
        return;
    };
    assert!(
        found(&events, "PAK", "AFGREB", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_politicians_attack_on_someone_is_no_force() {
    for text in [
        "Reporters criticised President Trump's attack on the Washington Post.",
        "The minister defended the government's attack on the opposition party.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !matches!(e.root.as_deref(), Some("18" | "19" | "20"))),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn people_hit_by_force_are_of_the_place_not_of_the_attacker() {
    let text = "A Russian missile strike killed 20 civilians in Kremenchuk.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        found(&events, "RUS", "UKRCVL", "18"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !found(&events, "RUS", "RUSCVL", "18"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_attack_named_with_its_authors_possessive_is_presupposed() {
    let Some(events) =
        code_article("China refused to call Russia's attack on Ukraine an invasion on Thursday.")
    else {
        return;
    };
    assert!(
        events.iter().any(|e| code(&e.source) == "RUS"
            && code(&e.target) == "UKR"
            && e.factuality == Some(Factuality::Asserted)),
        "{:?}",
        summary(&events)
    );
}
