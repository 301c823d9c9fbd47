//! Courts, prosecutors, police and security forces acting on people
//! (CAMEO 09, 11, 17, 18): verb senses (execute, strike down, uphold), parse
//! repairs of the usual news wording ("troops arrested 15 Palestinians",
//! "a court sentenced opposition leader X", "police shot dead a gunman"),
//! and who the target is when the object is a group of people and a place is
//! named ("detained activists in Moscow").

mod common;

use chrono::NaiveDate;
use common::{code_article, find, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 20).unwrap();
    code_article("law-and-order", date, text, CoderOptions::default())
}

/// Each sentence, coded alone, has an event from `source` to `target` (code
/// prefixes) under `root`.
fn each_has(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, root) in cases {
        let Some(events) = code(text) else { return };
        assert!(
            !find(&events, source, target, root).is_empty(),
            "{text}: want {source} -> {target} {root}, got {:?}",
            summary(&events)
        );
    }
}

#[test]
fn executions_by_a_state_are_violent_repression() {
    each_has(&[
        (
            "The Indonesian government executed four drug traffickers on Friday.",
            "IDNGOV",
            "IDN",
            "175",
        ),
        (
            "Saudi Arabia executed 37 people on Tuesday.",
            "SAU",
            "SAUPPL",
            "175",
        ),
        (
            "Iran executed a Kurdish activist on Monday.",
            "IRN",
            "IRNOPP",
            "175",
        ),
        (
            "The Islamic State executed 20 Syrian soldiers near Raqqa.",
            "IMG",
            "SYRMIL",
            "175",
        ),
    ]);
}

#[test]
fn executing_a_plan_or_contract_is_no_event() {
    for text in [
        "The Iraqi army executed the plan to retake Mosul.",
        "The Chinese government executed the contract with Siemens.",
        "The Turkish army executed the order of the president.",
    ] {
        let Some(events) = code(text) else { return };
        assert!(
            events.iter().all(|e| e.root.as_deref() != Some("17")),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn agentless_executions_are_the_states() {
    let text = "Two Iranian dissidents were executed on Saturday.";
    let Some(events) = code(text) else { return };
    assert!(
        !find(&events, "IRNGOV", "IRN", "17").is_empty(),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn courts_strike_down_and_uphold() {
    each_has(&[
        (
            "A US federal judge struck down the administration's rule on Monday.",
            "USAJUD",
            "USAGOV",
            "116",
        ),
        (
            "The Supreme Court of Kenya struck down the government's ban on the march.",
            "KENJUD",
            "KENGOV",
            "116",
        ),
        (
            "A Pakistani court upheld the conviction of the former prime minister.",
            "PAKJUD",
            "PAK",
            "173",
        ),
        (
            "Egypt's top court upheld the death sentences against 75 people.",
            "EGYJUD",
            "EGY",
            "173",
        ),
    ]);
    // Upholding a veto or a complaint punishes no one.
    let Some(events) = code("The Senate upheld the president's veto.") else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn a_bare_object_read_as_an_oblique_is_the_object() {
    each_has(&[
        (
            "Israeli troops arrested 15 Palestinians in the West Bank.",
            "ISRMIL",
            "PSE",
            "173",
        ),
        (
            "Israeli soldiers arrested 12 Palestinians on Monday.",
            "ISRMIL",
            "PSE",
            "173",
        ),
    ]);
}

#[test]
fn a_title_before_the_defendants_name_is_part_of_the_object() {
    each_has(&[
        (
            "A Russian court sentenced opposition leader Alexei Navalny to three years in prison.",
            "RUSJUD",
            "RUSOPP",
            "173",
        ),
        (
            "A Turkish court jailed journalist Ahmet Altan for life.",
            "TURJUD",
            "TUR",
            "173",
        ),
    ]);
}

#[test]
fn shot_dead_is_the_verb_not_a_copula() {
    each_has(&[
        (
            "Police shot dead a gunman in Christchurch.",
            "NZLCOP",
            "NZL",
            "19",
        ),
        (
            "Nigerian troops shot dead 12 Shiite protesters.",
            "NGAMIL",
            "NGAOPP",
            "19",
        ),
    ]);
    // A real copula stays one.
    let Some(events) = code("The opposition leader became president.") else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn the_people_acted_on_are_the_target_not_the_place() {
    each_has(&[
        (
            "Russian police detained opposition activists in Moscow.",
            "RUSCOP",
            "RUSOPP",
            "173",
        ),
        (
            "Sudanese soldiers beat protesters in Khartoum.",
            "SDNMIL",
            "SDNOPP",
            "19",
        ),
        (
            "Iranian police arrested students in Tehran on Monday.",
            "IRNCOP",
            "IRNEDU",
            "173",
        ),
    ]);
    // Force at a place with no people named still hits the place.
    let Some(events) = code("Israeli jets struck targets in Syria.") else {
        return;
    };
    assert!(
        !find(&events, "ISR", "SYR", "19").is_empty(),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_states_restrictions_on_its_own_institutions_stay_one_actor() {
    // Closing schools is a restriction (172), not an act on persons.
    let Some(events) = code("Portugal closed schools and public offices on Monday.") else {
        return;
    };
    assert!(
        find(&events, "PRT", "PRTEDU", "17").is_empty(),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_title_read_as_an_auxiliary_leaves_the_verb_active() {
    each_has(&[(
        "The Israeli attorney general charged the opposition leader with fraud.",
        "ISRGOV",
        "ISROPP",
        "11",
    )]);
}

#[test]
fn an_object_read_as_an_agent_without_by_is_the_object() {
    each_has(&[(
        "Police in Bangladesh arrested two opposition leaders.",
        "BGDCOP",
        "BGDOPP",
        "173",
    )]);
    // A real agent keeps its role: the police arrested, not the leaders.
    let text = "Two opposition leaders were arrested by police in Bangladesh.";
    let Some(events) = code(text) else { return };
    assert!(
        find(&events, "BGDOPP", "BGDCOP", "17").is_empty(),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn counted_crowds_arrested_at_a_place_are_the_target() {
    each_has(&[
        (
            "Hundreds of opposition supporters were arrested in Moscow on Saturday.",
            "RUSCOP",
            "RUSOPP",
            "173",
        ),
        (
            "Several journalists have been detained in Turkey since the coup attempt.",
            "TURCOP",
            "TURMED",
            "173",
        ),
    ]);
}

#[test]
fn house_arrest_dispersal_court_cases_and_questioning() {
    each_has(&[
        (
            "Venezuelan police placed the opposition leader under house arrest.",
            "VENCOP",
            "VENOPP",
            "173",
        ),
        (
            "Algerian police dispersed the protesters with tear gas.",
            "DZACOP",
            "DZAOPP",
            "175",
        ),
        (
            "Ukraine took Russia to the International Court of Justice.",
            "UKR",
            "RUS",
            "115",
        ),
        (
            "Ukrainian prosecutors summoned the former president for questioning.",
            "UKRJUD",
            "UKR",
            "09",
        ),
    ]);
    // Dispersing leaflets or funds is no repression.
    let Some(events) = code("The Chinese government dispersed the funds to farmers.") else {
        return;
    };
    assert!(
        events.iter().all(|e| e.root.as_deref() != Some("17")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_country_in_a_clause_on_the_person_is_not_their_country() {
    each_has(&[
        (
            "Iran executed a man convicted of spying for Israel.",
            "IRN",
            "IRNPPL",
            "175",
        ),
        (
            "Turkish police arrested a man suspected of working for Iran.",
            "TURCOP",
            "TURPPL",
            "173",
        ),
    ]);
    // A nationality in the person's own phrase still counts.
    each_has(&[(
        "Turkish police arrested an Iranian man on Monday.",
        "TURCOP",
        "IRN",
        "173",
    )]);
}

#[test]
fn an_arrest_warrant_is_for_the_person_it_names() {
    each_has(&[
        (
            "The International Criminal Court issued an arrest warrant for Sudan's president.",
            "IGOJUDICC",
            "SDN",
            "17",
        ),
        (
            "A Turkish court issued arrest warrants for 82 people over the protests.",
            "TURJUD",
            "TUR",
            "17",
        ),
    ]);
}

#[test]
fn an_armed_actors_force_in_its_own_country_is_coded() {
    each_has(&[
        (
            "Syrian troops shelled Idlib province on Sunday.",
            "SYRMIL",
            "SYR",
            "19",
        ),
        (
            "Taliban fighters captured the city of Kunduz on Monday.",
            "AFG",
            "AFG",
            "19",
        ),
    ]);
}
