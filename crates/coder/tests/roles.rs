//! People whose role the article states: office-holders the dictionaries
//! do not know (new ones above all), introduced by taking office ("was
//! sworn in as governor", "took office as president", "became prime
//! minister", "was elected president", "succeeded X as chancellor", "the
//! president appointed X foreign minister"), by a title's apposition ("the
//! Chilean president, Mateo Fuentes,"), by a title with modifiers ("Acting
//! President X", "the now-former governor X", "former president X"), and
//! named later by surname alone. The names are invented, so no dictionary
//! has them. Uses dyad's own parser (skipped with a message when the
//! embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, has, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 5, 10).expect("valid date");
    common::code_article("roles", date, text, CoderOptions::default())
}

/// The events of sentence `sentence`, as "SOURCE TARGET CAMEO".
fn of_sentence(events: &[Event], sentence: usize) -> Vec<String> {
    let these: Vec<Event> = events
        .iter()
        .filter(|e| e.sentence_index == sentence)
        .cloned()
        .collect();
    summary(&these)
}

#[test]
fn taking_office_as_a_title_gives_the_name_its_role() {
    let Some(events) = code_article(
        "Tarek Vollmann took office as president of Malawi in March. \
         Vollmann met Zambian officials in Lusaka on Monday.",
    ) else {
        return;
    };
    assert!(
        // "Zambian officials": the government (`dyad.additions.agents.txt`).
        has(&events, "MWIGOV", "ZMBGOV", "04"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn becoming_or_being_elected_to_an_office_gives_the_role_without_as() {
    let Some(events) = code_article(
        "Ilse Maranto became prime minister of Tonga in 2021. \
         Maranto criticised Australia on Tuesday over its climate policy.",
    ) else {
        return;
    };
    assert!(
        has(&events, "TONGOV", "AUS", "11"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article(
        "Ilse Maranto was re-elected prime minister of Tonga on Sunday. \
         Maranto thanked Japan for its support.",
    ) else {
        return;
    };
    assert!(
        has(&events, "TONGOV", "JPN", "05"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_appointee_named_right_after_the_appointing_verb_takes_the_office() {
    let Some(events) = code_article(
        "Ghana's president appointed Esi Quarshie foreign minister on Monday. \
         Quarshie urged Togo to reopen the border.",
    ) else {
        return;
    };
    assert!(
        has(&events, "GHAGOV", "TGO", "02"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_successor_takes_the_office_and_the_predecessor_is_a_former_holder() {
    let Some(events) = code_article(
        "Jonas Brettner succeeded Helga Wimmer as chancellor of Austria in December. \
         Brettner met Slovak officials in Vienna on Monday. \
         Wimmer criticised Hungary on Tuesday.",
    ) else {
        return;
    };
    assert!(
        has(&events, "AUTGOV", "SVKGOV", "04"),
        "{:?}",
        summary(&events)
    );
    // Out of office: the country's elite, not its government.
    assert!(
        has(&events, "AUTELI", "HUN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_title_and_its_apposed_name_before_the_verb_are_the_subject() {
    // The parser hangs the verb on the name as a reduced relative.
    let Some(events) = code_article(
        "The Chilean president, Tomas Valdivieso, criticised Bolivia on Thursday. \
         Valdivieso recalled Chile's ambassador from La Paz.",
    ) else {
        return;
    };
    assert!(
        of_sentence(&events, 0).contains(&"CHLGOV BOL 111".to_string()),
        "{:?}",
        summary(&events)
    );
    assert!(
        has(&events, "CHLGOV", "BOL", "16"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_name_with_an_apposed_title_or_relative_clause_is_the_subject() {
    let Some(events) = code_article(
        "Ruta Kalnina, who became foreign minister of Latvia in March, met Estonian officials on Friday.",
    ) else {
        return;
    };
    assert!(
        has(&events, "LVAGOV", "ESTGOV", "04"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article(
        "Tarek Vollmann, Malawi's newly appointed defence minister, accused Mozambique of harbouring rebels.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source).starts_with("MWIGOV") && code(&e.target) == "MOZ"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn acting_before_a_title_is_no_verb() {
    // "Acting" read as the gerund of "act", with the name as its object.
    for text in [
        "Acting President Omar Haddadi of Sudan met Egyptian officials in Cairo on Sunday.",
        "Sudan's acting president Omar Haddadi met Egyptian officials in Cairo on Sunday.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            has(&events, "SDNGOV", "EGYGOV", "04"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn a_one_word_name_sworn_in_is_named_by_it_later() {
    // One-word names are proposed only with a verb of taking office or a
    // capitalised title right before them.
    let Some(events) = code_article(
        "Last week Vollmann was sworn in as Malawi's president. \
         On Monday, Vollmann accused Zambia of meddling.",
    ) else {
        return;
    };
    assert!(
        has(&events, "MWIGOV", "ZMB", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_surname_the_tagger_misreads_still_names_the_person() {
    // "Quince" is tagged a common noun here.
    let Some(events) = code_article(
        "The Senate confirmed Harold Quince as secretary of state on Monday. \
         Quince will visit China next week.",
    ) else {
        return;
    };
    assert!(
        has(&events, "USAGOV", "CHN", "04"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_former_office_holder_is_an_elite_in_later_mentions_too() {
    let Some(events) = code_article(
        "Former Malawian president Tarek Vollmann criticised Zambia on Monday. \
         Vollmann also accused Mozambique of harbouring rebels.",
    ) else {
        return;
    };
    assert!(
        has(&events, "MWIELI", "MOZ", "11"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !events.iter().any(|e| code(&e.source) == "MWIGOV"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_role_word_that_is_no_title_gives_no_role() {
    // "became the president's adviser": the title owns the noun after it.
    let Some(events) = code_article(
        "Tarek Vollmann became the president's adviser in 2020. \
         Vollmann criticised Zambia on Monday.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| code(&e.source).ends_with("GOV")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn safety_advice_in_a_storm_is_no_political_appeal() {
    let Some(events) = code_article(
        "Hurricane Delia hit the coast on Monday. The mayor of Miami, Rosa Quintero, \
         urged residents to shelter in place as the hurricane approached.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("02")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_double_barrelled_surname_names_its_person_later() {
    // The tokenizer splits the hyphen off: "Quartey - Mensah".
    let Some(events) = code_article(
        "Ghana's president appointed Esi Quartey-Mensah as foreign minister on Monday. \
         Quartey-Mensah met Togolese officials in Lome on Wednesday.",
    ) else {
        return;
    };
    assert!(
        has(&events, "GHAGOV", "TGOGOV", "04"),
        "{:?}",
        summary(&events)
    );
}
