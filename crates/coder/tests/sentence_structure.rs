//! News mode: actors found through sentence structure, on invented wire
//! sentences with the embedded dictionaries and dyad's own parser (skipped
//! with a message when the embedded model does not load): passive agents
//! and passive relative clauses, acts of force attributed by a participle
//! or a passive ("claimed by", "blamed on"), possessed act nouns,
//! spokespeople, and participles hung on a message.

mod common;

use chrono::NaiveDate;
use common::{code, has, summary};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 15).expect("valid date");
    common::code_article("structure", date, text, CoderOptions::default())
}

#[test]
fn a_passive_agent_reacts_to_the_act_its_subject_names() {
    let text = "Turkey launched a military offensive against Kurdish fighters in Syria on \
                Wednesday. The operation was condemned by members of the European Union.";
    let Some(events) = code_article(text) else {
        return;
    };
    // EU member states as a group are `EUR`, not the Union (`IGOEUREEC`).
    assert!(has(&events, "EUR", "TUR", "11"), "{:?}", summary(&events));
}

#[test]
fn a_passive_relative_clause_is_about_the_act_it_modifies() {
    let text = "Rebels in Yemen launched a drone attack on Saudi Arabia, which was condemned by \
                Egypt.";
    let Some(events) = code_article(text) else {
        return;
    };
    // Egypt condemned the rebels' attack, not Saudi Arabia.
    assert!(
        has(&events, "EGY", "YEMREB", "11"),
        "{:?}",
        summary(&events)
    );
    assert!(!has(&events, "EGY", "SAU", "11"), "{:?}", summary(&events));
}

#[test]
fn joining_a_mission_is_done_with_its_owner() {
    let text = "Last month Britain launched a maritime mission in the Gulf which was joined by \
                Denmark and the Netherlands.";
    let Some(events) = code_article(text) else {
        return;
    };
    for joiner in ["DNK", "NLD"] {
        assert!(
            events
                .iter()
                .any(|e| code(&e.source) == joiner && code(&e.target) == "GBR"),
            "{joiner}: {:?}",
            summary(&events)
        );
    }
    // The joiners are not acting on each other.
    assert!(!has(&events, "DNK", "NLD", ""), "{:?}", summary(&events));
}

#[test]
fn an_attack_claimed_by_a_group_is_that_groups_attack() {
    let text = "The assault on Kunduz, claimed by the Taliban, killed 10 policemen.";
    let Some(events) = code_article(text) else {
        return;
    };
    let attack = events
        .iter()
        .find(|e| code(&e.source) == "AFGREB" && code(&e.target) == "AFG")
        .unwrap_or_else(|| panic!("{:?}", summary(&events)));
    // A group without an army assaults (18); the claim is its own word.
    assert_eq!(attack.cameo.as_deref().map(|c| &c[..2]), Some("18"));
    assert_eq!(attack.factuality, Some(Factuality::Reported));
}

#[test]
fn an_attack_blamed_on_a_group_targets_what_it_hit() {
    let text = "A rocket attack on a US base in Iraq was blamed on an Iranian-backed militia.";
    let Some(events) = code_article(text) else {
        return;
    };
    let attack = events
        .iter()
        .find(|e| code(&e.source).starts_with("IRN") && code(&e.target) == "USA")
        .unwrap_or_else(|| panic!("{:?}", summary(&events)));
    assert_eq!(attack.cameo.as_deref().map(|c| &c[..2]), Some("19"));
    assert_eq!(attack.factuality, Some(Factuality::Reported));
}

#[test]
fn a_claimed_noun_that_is_no_attack_is_no_attack() {
    let text = "The victory was claimed by the Taliban in Afghanistan.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| !matches!(
            e.cameo.as_deref().and_then(|c| c.get(..2)),
            Some("18" | "19")
        )),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn the_possessor_of_an_act_is_its_target() {
    let text = "Ukraine condemned Russia's annexation of Crimea on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "UKR", "RUS", "11"), "{:?}", summary(&events));
}

#[test]
fn a_spokesperson_is_who_they_speak_for() {
    let text =
        "Maria Lopez, a spokeswoman for the Mexican Foreign Ministry, criticized the United \
                States on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "MEXGOV", "USA", "11"),
        "{:?}",
        summary(&events)
    );
    let text = "A spokesman for the Russian Foreign Ministry condemned Canada on Tuesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "RUSGOV", "CAN", "11"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events.iter().all(|e| !code(&e.source).contains("MED")),
        "{:?}",
        summary(&events)
    );
    // The title before the name.
    let text = "Chinese Foreign Ministry spokeswoman Li Mei criticized Japan on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "CHNGOV", "JPN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_participle_on_a_message_is_its_authors_act() {
    // The parser hangs "accusing" on "website", inside the statement's
    // phrase.
    let text = "The Chinese foreign ministry published a statement on its website accusing Japan \
                of provocation.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "CHNGOV", "JPN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_participle_on_a_device_keeps_its_own_subject() {
    let text = "South Korean soldiers repaired a loudspeaker criticizing North Korea.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| !code(&e.source).starts_with("KOR")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn criticizing_the_investigation_targets_the_investigators() {
    let text =
        "Russian prosecutors opened an investigation into the Ukrainian navy on Tuesday. On \
                Wednesday the Ukrainian government criticized the investigation.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "UKRGOV", "RUSJUD", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_relative_object_is_the_act_it_stands_for() {
    let text = "Iran launched a missile attack on Iraq, which Kuwait condemned on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "KWT", "IRN", "11"), "{:?}", summary(&events));
    assert!(!has(&events, "KWT", "IRQ", "11"), "{:?}", summary(&events));
}

#[test]
fn an_acts_relative_clause_names_its_author() {
    let text = "The sanctions that Russia imposed on Georgia were criticized by the United States.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "USA", "RUS", "11"), "{:?}", summary(&events));
    // Imposing the sanctions is done to Georgia, not to their critic.
    assert!(has(&events, "RUS", "GEO", "17"), "{:?}", summary(&events));
    assert!(!has(&events, "RUS", "USA", ""), "{:?}", summary(&events));
}

#[test]
fn a_noun_conjunct_after_but_is_the_subject_of_the_next_verb() {
    // The parser hangs "India" on "claimed" as a conjunct and leaves "have
    // alleged" without a subject.
    let text = "The bombing was claimed by the Islamic State group in Afghanistan, but \
                both India and the United States have alleged Pakistani involvement.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has(&events, "IND", "PAK", "11"), "{:?}", summary(&events));
    assert!(has(&events, "USA", "PAK", "11"), "{:?}", summary(&events));
}

#[test]
fn the_two_sides_of_a_civil_war_fight_each_other() {
    // The Rapid Support Forces are rebels from the war of April 2023 on.
    let date = NaiveDate::from_ymd_opt(2023, 10, 15).expect("valid date");
    let code_article =
        |text: &str| common::code_article("structure", date, text, CoderOptions::default());
    let Some(events) =
        code_article("Sudan's army and the Rapid Support Forces have been fighting since April.")
    else {
        return;
    };
    assert!(
        has(&events, "SDNMIL", "SDNREB", "19"),
        "{:?}",
        summary(&events)
    );
    // Listed casualties of one country are not fighting each other.
    let Some(events) = code_article("Sudan's army and the Rapid Support Forces pledged funds.")
    else {
        return;
    };
    assert!(
        !has(&events, "SDNMIL", "SDNREB", "07"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn misparsed_clauses_keep_their_events() {
    for (text, source, target) in [
        (
            "Ukrainian forces shelled Russian positions near Bakhmut.",
            // "forces" is a country's military (session 9 agents).
            "UKRMIL",
            "RUS",
        ),
        ("Russian military forces attacked Ukraine.", "RUSMIL", "UKR"),
        (
            "Israel struck Gaza after Hamas fired rockets at Jerusalem.",
            "PSEREBHMS",
            "ISR",
        ),
        (
            "Beijing accused Washington of hegemonic bullying.",
            "CHN",
            "USA",
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
            summary(&events)
        );
    }
}

#[test]
fn an_infinitive_read_as_an_adverbial_clause_is_the_objects_act() {
    // The parser labels "to stop arming" an adverbial clause of *urged*;
    // the one urged, not the urger, is who arms.
    let Some(events) = code_article("China urged the United States to stop arming Taiwan.") else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| code(&e.source) == "CHN" && code(&e.target) == "TWN"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "USA" && code(&e.target) == "TWN"),
        "{:?}",
        summary(&events)
    );
}
