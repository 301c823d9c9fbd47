//! Actors the dictionaries do not name: people introduced with a role and
//! affiliation and later named by surname, spokespeople for a body, titles
//! with a portfolio after a nationality, initials given in brackets, and
//! national companies. The names are invented, so no dictionary holds them.
//! Uses dyad's own parser (skipped with a message when the embedded model
//! does not load).

mod common;

use chrono::NaiveDate;
use common::{code, find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 20).expect("valid date");
    common::code_article("actors-by-role", date, text, CoderOptions::default())
}

#[test]
fn a_nationality_before_a_portfolio_title_is_the_persons_country() {
    // "Turkish Defence Minister X": "Defence" is the portfolio, not the
    // rest of a name beginning "Turkish"; the Phoenix stem DEFENCE_MINIST
    // names the office.
    let Some(events) = code_article(
        "Turkish Defence Minister Halim Orkaner met his Russian counterpart in Moscow on Monday. \
         Orkaner also criticized the United States.",
    ) else {
        return;
    };
    let met = find(&events, "TURGOVMIL", "RUS", "04");
    assert_eq!(met.len(), 1, "{:#?}", summary_with_rules(&events));
    let later = find(&events, "TUR", "USA", "11");
    assert_eq!(later.len(), 1, "{:#?}", summary_with_rules(&events));
    assert_eq!(code(&later[0].source), "TURGOVMIL");
    assert!(
        !events.iter().any(|e| code(&e.source).starts_with("RUS")),
        "no Russian source guessed from the article: {:#?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_person_sworn_in_as_a_countrys_officeholder_keeps_that_code() {
    // The role after "as" introduces the name; "sworn in" is no accusation;
    // "On Sunday Quarella …" read as one name still finds the surname.
    let Some(events) = code_article(
        "Marco Quarella was sworn in as Peru's new prime minister on Friday. \
         On Sunday Quarella criticized Chile over the border dispute.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.sentence_index == 0),
        "taking office is no event: {:#?}",
        summary_with_rules(&events)
    );
    let e = find(&events, "PERGOV", "CHL", "11");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
    assert!(e[0]
        .rule
        .as_deref()
        .is_some_and(|r| r.contains("provisional actor \"Marco Quarella\"")));
}

#[test]
fn a_spokesperson_introduced_for_a_group_is_the_group() {
    // "Houthi military spokesman X" is the Houthis' military (YEMREB…), not
    // Yemen's army; "X, a spokesman for the Syrian Democratic Forces" is the
    // SDF, not the media.
    let Some(events) = code_article(
        "Houthi military spokesman Yusuf Sarawi spoke on Saturday. \
         Sarawi warned the Saudi government on Sunday.",
    ) else {
        return;
    };
    let e = find(&events, "YEMREB", "SAUGOV", "13");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
    let Some(events) = code_article(
        "Kemal Dorani, a spokesman for the Syrian Democratic Forces, spoke on Monday. \
         Dorani accused Turkey of shelling villages.",
    ) else {
        return;
    };
    let e = find(&events, "SYRREB", "TUR", "11");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
    assert!(
        !events.iter().any(|e| code(&e.source).ends_with("MED")),
        "{:#?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_spokesperson_of_unknown_affiliation_takes_no_country_from_the_article() {
    let Some(events) = code_article(
        "Turkey's army entered the town on Monday. Kemal Dorani, a spokesman, spoke on Monday. \
         Dorani accused the United States of betrayal.",
    ) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.sentence_index == 2 && code(&e.source).starts_with("TUR")),
        "{:#?}",
        summary_with_rules(&events)
    );
}

#[test]
fn initials_in_brackets_name_the_actor_later_in_the_article() {
    let text = "The Kurdish-led Syrian Democratic Forces (SDF) control much of the north. \
                On Monday the SDF accused Turkey of shelling civilians.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, "SYRREB", "TUR", "11");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
    assert_eq!(e[0].sentence_index, 1);
    // Without the bracketed initials "SDF" names nobody.
    let Some(events) = code_article("On Monday the SDF accused Turkey of shelling civilians.")
    else {
        return;
    };
    assert!(
        find(&events, "SYRREB", "TUR", "11").is_empty(),
        "{:#?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_root_noun_with_an_object_is_the_subject_of_the_verb_before_it() {
    // Parsed as "Police" (root) with "arrested" an adjective of "dozens".
    let Some(events) = code_article(
        "Protests continued in Santiago, the capital of Chile, on Friday. \
         Police arrested dozens of protesters near the presidential palace.",
    ) else {
        return;
    };
    let e = find(&events, "CHLCOP", "CHLOPP", "17");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
}

#[test]
fn national_companies_are_their_countrys_business() {
    let Some(events) = code_article("Houthi rebels attacked Saudi Aramco facilities on Saturday.")
    else {
        return;
    };
    let e = find(&events, "YEMREB", "SAUBUS", "19");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
}

#[test]
fn hyphenated_names_match_their_dictionary_entries() {
    // The segmenter splits "Jong-un" into "Jong - un"; the dictionary
    // phrase KIM_JONG-UN matches either way.
    let Some(events) = code_article("Kim Jong-un criticized South Korea on Monday.") else {
        return;
    };
    let e = find(&events, "PRK", "KOR", "11");
    assert_eq!(e.len(), 1, "{:#?}", summary_with_rules(&events));
    assert_eq!(code(&e[0].source), "PRKGOV");
}
