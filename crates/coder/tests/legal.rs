//! Courts, rulings and lawsuits between political actors (CAMEO 11, 12,
//! 17): what a court finds ("ruled that Russia had violated …"), whose act
//! it rules against when the sentence names no owner, rulings in favour of
//! a suit against a party, lawsuits and charges named by a noun with their
//! *by* and *against* parties, appeals against rulings, and the codebook's
//! codes for charges (173) and convictions (116).

mod common;

use chrono::NaiveDate;
use common::{code_article, find, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 1).unwrap();
    code_article("legal", date, text, CoderOptions::default())
}

/// Each text, coded alone, has an event from `source` to `target` (code
/// prefixes) with a code starting with `cameo`.
fn each_has(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, cameo) in cases {
        let Some(events) = code(text) else { return };
        assert!(
            !find(&events, source, target, cameo).is_empty(),
            "{text}: want {source} -> {target} {cameo}, got {:?}",
            summary(&events)
        );
    }
}

/// Each text, coded alone, has no event from `source` to `target` with a
/// code starting with `cameo`.
fn none_has(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, cameo) in cases {
        let Some(events) = code(text) else { return };
        assert!(
            find(&events, source, target, cameo).is_empty(),
            "{text}: want no {source} -> {target} {cameo}, got {:?}",
            summary(&events)
        );
    }
}

#[test]
fn a_court_finding_a_wrongful_act_finds_its_doer_liable() {
    each_has(&[
        (
            "The European Court of Human Rights ruled that Russia had violated the rights of Alexei Navalny.",
            "IGOEURCOEJUD",
            "RUS",
            "116",
        ),
        (
            "The European Court of Justice ruled that Poland had broken EU law with its judicial reforms.",
            "IGOEUREECJUD",
            "POL",
            "116",
        ),
        (
            "A Moscow court found that the opposition activist had violated protest laws.",
            "RUSJUD",
            "RUSOPP",
            "116",
        ),
        (
            "Uganda's Constitutional Court ruled that the government had broken the law by detaining the opposition leader.",
            "UGAJUD",
            "UGAGOV",
            "116",
        ),
    ]);
}

#[test]
fn no_finding_when_the_act_is_denied_or_the_finder_is_no_court() {
    none_has(&[
        (
            "Kenya's Supreme Court ruled that the election commission had not violated the constitution.",
            "KENJUD",
            "KEN",
            "116",
        ),
        (
            "Kenyan police found that the government had violated the rules.",
            "KENCOP",
            "KEN",
            "116",
        ),
    ]);
}

#[test]
fn a_ruling_in_favour_of_a_suit_against_a_party_is_against_it() {
    each_has(&[
        (
            "Venezuela's Supreme Court ruled in favour of a petition by the government against the National Assembly.",
            "VENJUD",
            "VENLEG",
            "116",
        ),
        (
            "India's Supreme Court ruled in favour of a petition against the government's decision.",
            "INDJUD",
            "INDGOV",
            "116",
        ),
    ]);
    // A ruling in a party's own favour finds against no one.
    none_has(&[(
        "The International Court of Justice ruled in favour of Guyana in its border dispute with Venezuela.",
        "IGOUNOJUDICJ",
        "",
        "11",
    )]);
}

#[test]
fn lawsuits_and_charges_named_by_a_noun_have_their_parties() {
    each_has(&[
        (
            "The lawsuit filed by the Senate against Governor Ricardo Rossello was heard on Monday.",
            "USALEG",
            "USAGOV",
            "115",
        ),
        (
            "Kenyan opposition leader Raila Odinga filed a petition against President Uhuru Kenyatta's re-election.",
            "KENOPP",
            "KENGOV",
            "115",
        ),
        (
            "In Malaysia, the charges brought by prosecutors against former prime minister Najib Razak were dropped.",
            "MYSJUD",
            "MYS",
            "173",
        ),
    ]);
    // A private suit names no political party.
    let Some(events) = code("A lawsuit filed by residents against the factory was dismissed.")
    else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn the_act_a_court_rules_against_has_an_owner() {
    each_has(&[
        (
            "Boris Johnson suspended the British parliament in September. The UK Supreme Court found the prorogation to be unlawful.",
            "GBRJUD",
            "GBRGOV",
            "116",
        ),
        (
            "The Trump administration wanted to add the question to the census. The Supreme Court ruled against its attempt on Monday.",
            "USAJUD",
            "USAGOV",
            "116",
        ),
        (
            "The High Court of Kenya found the ban unconstitutional on Monday.",
            "KENJUD",
            "KENGOV",
            "116",
        ),
    ]);
    // A strike is no act of the state.
    none_has(&[(
        "The High Court of Kenya found the strike to be illegal on Monday.",
        "KENJUD",
        "KENGOV",
        "11",
    )]);
}

#[test]
fn appealing_a_ruling_rejects_the_court_that_gave_it() {
    each_has(&[(
        "A US district court ruled against the administration's plan. The government appealed the ruling.",
        "USAGOV",
        "USAJUD",
        "12",
    )]);
}

#[test]
fn charges_are_legal_action_and_convictions_find_guilty() {
    each_has(&[
        (
            "Former South African president Jacob Zuma was charged with corruption on Friday.",
            "ZAFJUD",
            "ZAF",
            "173",
        ),
        (
            "Turkish prosecutors charged 16 journalists with terrorism.",
            "TURJUD",
            "TURMED",
            "173",
        ),
        (
            "A Moscow court convicted the opposition leader of fraud on Thursday.",
            "RUSJUD",
            "RUSOPP",
            "116",
        ),
        (
            "Former Prime Minister Nawaz Sharif was convicted of corruption on Friday.",
            "PAKJUD",
            "PAK",
            "116",
        ),
    ]);
    // A government charging another with a crime accuses it.
    none_has(&[(
        "Iran charged the United States with supporting terrorism.",
        "IRN",
        "USA",
        "17",
    )]);
}

#[test]
fn a_court_undoing_another_partys_act_rules_against_it() {
    each_has(&[
        (
            "Thailand's Constitutional Court annulled the government's decree on Friday.",
            "THAJUD",
            "THAGOV",
            "116",
        ),
        (
            "A Kenyan court suspended the government's ban on the television stations.",
            "KENJUD",
            "KENGOV",
            "116",
        ),
        (
            "A Brazilian judge blocked President Bolsonaro's decree on gun ownership.",
            "BRAJUD",
            "BRAGOV",
            "116",
        ),
    ]);
    // The government suspending its own ban is no court ruling.
    none_has(&[(
        "The Kenyan government suspended its ban on the television stations.",
        "KEN",
        "KEN",
        "116",
    )]);
}

#[test]
fn an_appeal_in_court_rejects_the_court_of_the_latest_ruling() {
    each_has(&[
        (
            "A Kenyan court ruled against the government's ban on Monday. The government said it would appeal.",
            "KENGOV",
            "KENJUD",
            "12",
        ),
        (
            "A Russian court sentenced opposition leader Alexei Navalny to three years in prison. Navalny said he would appeal against the verdict.",
            "RUSOPP",
            "RUSJUD",
            "12",
        ),
    ]);
    // Appeals to people or for calm stay appeals (02).
    none_has(&[
        (
            "A Kenyan court ruled against the government's ban on Monday. President Uhuru Kenyatta appealed for calm.",
            "KEN",
            "KENJUD",
            "12",
        ),
        (
            "Kenyan President Uhuru Kenyatta appealed to voters to stay calm.",
            "KEN",
            "KEN",
            "12",
        ),
    ]);
}
