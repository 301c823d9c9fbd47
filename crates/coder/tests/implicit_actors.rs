//! Participants an act implies when the sentence leaves them out
//! (`src/implicit.rs`): the police, courts or government behind an agentless
//! passive.

mod common;

use chrono::NaiveDate;
use common::{code_article, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 10).unwrap();
    code_article("implicit", date, text, CoderOptions::default())
}

#[test]
fn prison_terms_are_imposed_by_the_courts_of_the_country() {
    for text in [
        "Several Venezuelan opposition lawmakers have been imprisoned since January.",
        "Three Turkish journalists were jailed for ten years on Friday.",
        "The Kenyan opposition politician was put on trial in March.",
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(
            s.iter().any(|e| e.contains("JUD ") && e.ends_with(" 173")),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn custody_phrases_are_the_polices_act() {
    let text = "The Sudanese opposition leader was taken into custody on Sunday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("SDNCOP SDN")), "{s:?}");
}

#[test]
fn an_arrest_abroad_is_by_the_police_of_the_place() {
    let text = "A British tourist was arrested in Dubai on Tuesday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("ARECOP GBR")), "{s:?}");
    assert!(s.iter().all(|e| !e.starts_with("GBRCOP")), "{s:?}");
}

#[test]
fn an_expulsion_is_by_the_country_left_not_by_the_persons_own() {
    let text = "Two Iranian diplomats were expelled from the Netherlands last week.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("NLDGOV IRN")), "{s:?}");
    // Nothing says who deported them: no doer is invented, least of all
    // their own government.
    let text = "Iranian officials criticised the decision.\n\n\
                Two hundred Iranian migrants were deported last month.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.starts_with("IRNGOV IRN")), "{s:?}");
}

#[test]
fn the_person_acted_on_is_the_passives_subject() {
    // "of parliament" names what he was jailed for, not whom.
    let text = "Egyptian police fired on protesters in Cairo.\n\n\
                Before that, he was jailed for contempt of parliament.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.contains("JUD EGYLEG")), "{s:?}");
    // A relative clause's subject stands for the noun it modifies.
    let text =
        "Hong Kong lawmakers demanded the release of Hong Kong protesters who were arrested.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("HKGCOP HKG")), "{s:?}");
}

// Attacks named by a noun whose doer the article names (`src/claimed.rs`).

#[test]
fn an_attack_takes_the_doer_that_claimed_it_later_in_the_article() {
    let text = "A car bombing killed 15 Afghan soldiers in Kabul on Monday. \
                The Taliban claimed responsibility for the attack.";
    let Some(events) = code(text) else { return };
    let attack = events
        .iter()
        .find(|e| summary(std::slice::from_ref(e))[0].starts_with("AFGREB AFGMIL 18"))
        .unwrap_or_else(|| panic!("{:?}", summary(&events)));
    // Who did it is only the claimant's word.
    assert_eq!(attack.factuality, Some(dyad_event::Factuality::Reported));
}

#[test]
fn an_attack_without_a_claim_or_an_earlier_attacker_gets_no_doer() {
    // A fire is no attack, and an indefinite noun does not point back.
    let text = "A fire killed ten Afghan soldiers at the base. \
                The Taliban claimed responsibility for an attack in Kabul.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.ends_with("AFGMIL 190")), "{s:?}");
    // Two attackers in the article: none is chosen.
    let text = "Hamas fired rockets at Israeli towns on Sunday. \
                Hezbollah fired rockets at Israeli towns on Monday. \
                Two Egyptian soldiers were killed in the attacks.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.contains(" EGY")), "{s:?}");
}

#[test]
fn a_noun_of_force_names_its_author_with_a_by_phrase() {
    for (text, expected) in [
        (
            "Saudi oil plants were hit by missiles launched by the Houthis.",
            "YEMREB SAU 19",
        ),
        (
            "The attack, claimed by the Islamic State, killed 20 Iraqi soldiers.",
            "IMGMUSISI IRQMIL 19",
        ),
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().any(|e| e.starts_with(expected)), "{text}: {s:?}");
    }
}

#[test]
fn a_noun_pointing_back_takes_the_articles_one_attacker() {
    let text = "Hamas fired rockets at Israeli towns on Sunday. \
                Two Israeli soldiers were killed in the attacks.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(
        s.iter().any(|e| e.starts_with("PSEREBHMS ISRMIL 19")),
        "{s:?}"
    );
}

// A participle on a passive's agent (`participle_of_agent`, repair
// `agent_participle_read_as_gerund`).

#[test]
fn protesting_agents_protest_against_the_passives_subject() {
    for (text, expected) in [
        (
            "The Venezuelan president's speech was interrupted by protesting opposition lawmakers.",
            "VENLEG VENGOV 14",
        ),
        (
            "Greek police were attacked by rioting students in Athens.",
            "GRCEDU GRCCOP 14",
        ),
        (
            "The British foreign secretary was heckled by protesting students in London.",
            "GBROPPEDU GBRGOV 14",
        ),
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().any(|e| e.starts_with(expected)), "{text}: {s:?}");
    }
    // A gerund with a determined object is no agent: "by protesting the
    // law" says how, not who.
    let text = "The Venezuelan president was criticised by protesting the new law.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.ends_with(" 140")), "{s:?}");
}

#[test]
fn an_act_nouns_modifiers_name_its_doer() {
    for (text, expected) in [
        (
            "12 Afghan soldiers were killed in a Taliban attack in Helmand.",
            "AFGREB AFGMIL 19",
        ),
        (
            "Three Palestinian fighters were killed in an Israeli airstrike.",
            "ISR PSE",
        ),
        (
            "Six Nigerian soldiers were killed in a Boko Haram raid on their base.",
            "NGAREB NGAMIL 19",
        ),
        (
            "Nine Afghan policemen were killed in a Taliban ambush.",
            "AFGREB AFGCOP 19",
        ),
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().any(|e| e.starts_with(expected)), "{text}: {s:?}");
    }
    // A place names where, not who.
    let text = "12 Afghan soldiers were killed in a Kabul attack.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.starts_with("AFG AFGMIL")), "{s:?}");
}

#[test]
fn an_expulsion_from_a_party_or_school_is_no_states_act() {
    for text in [
        "Iraqi police fired on protesters in Baghdad.\n\n\
         The Iraqi lawmaker was expelled from the party on Monday.",
        "Iraqi police fired on protesters in Baghdad.\n\n\
         The Kenyan student was expelled from the university.",
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().all(|e| !e.ends_with(" 174")), "{text}: {s:?}");
    }
}

#[test]
fn people_arrested_at_protests_are_protesters() {
    let text = "Iraqi police fired on protesters in Baghdad.\n\n\
                Dozens of Iraqi people were arrested during the demonstrations.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("IRQCOP IRQOPP 17")), "{s:?}");
    // Without a protest they stay people.
    let text = "Iraqi police fired on protesters in Baghdad.\n\n\
                Dozens of Iraqi people were arrested on Monday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().any(|e| e.starts_with("IRQCOP IRQPPL 17")), "{s:?}");
}

#[test]
fn a_banned_party_is_banned_by_the_government() {
    let text = "Thai opposition politicians criticised the court.\n\n\
                The opposition party was outlawed on Friday.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(
        s.iter().any(|e| e.starts_with("THAGOV THAOPP 172")),
        "{s:?}"
    );
    // A standing ban is a state of affairs; athletes are banned by sports
    // bodies, not by their government.
    for text in [
        "Thai opposition politicians criticised the court.\n\nThe opposition party is banned in Thailand.",
        "Russian officials criticised the decision.\n\nRussian athletes were banned from the Olympics.",
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().all(|e| !e.contains(" 172")), "{text}: {s:?}");
    }
}

#[test]
fn curfews_and_emergencies_are_a_states_coercion_of_its_own_country() {
    for (text, want) in [
        (
            "Sri Lankan authorities imposed a curfew in Negombo on Monday.",
            "LKAGOV LKA 1723",
        ),
        (
            "Sri Lankan police arrested 40 people.\n\nA curfew was imposed in Colombo on Monday.",
            "LKAGOV LKA 17",
        ),
        (
            "Thailand's army declared martial law on Tuesday.",
            "THAMIL THA 1724",
        ),
        (
            "The Ethiopian government declared a state of emergency on Friday.",
            "ETHGOV ETH 1724",
        ),
    ] {
        let Some(events) = code(text) else { return };
        let s = summary(&events);
        assert!(s.iter().any(|e| e.starts_with(want)), "{text}: {s:?}");
    }
}

#[test]
fn an_emergency_declared_against_a_storm_is_relief_not_coercion() {
    let text = "Hurricane Maria hit the coast of Puerto Rico on Wednesday.\n\n\
                Puerto Rico's governor declared a state of emergency as the hurricane approached.";
    let Some(events) = code(text) else { return };
    let s = summary(&events);
    assert!(s.iter().all(|e| !e.contains(" 1724")), "{s:?}");
}
