//! Article-level reference on invented sentences with the embedded
//! dictionaries and dyad's own parser (skipped with a message when the
//! embedded model does not load): groups ("the two countries", "both
//! regions"), surnames after the full name, history named by its year,
//! and dates carried from the previous sentence.

mod common;

use chrono::NaiveDate;
use common::{code, has_prefixed};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    common::code_article("coreference", date, text, CoderOptions::default())
}

#[test]
fn both_regions_are_the_pair_named_before() {
    let text = "Syria recognised the independence of Abkhazia and South Ossetia in May. \
                In 2008 Russia became the first major power to recognise both regions.";
    let Some(events) = code_article(text) else {
        return;
    };
    for target in ["ABH", "SOS"] {
        let e = events
            .iter()
            .find(|e| code(&e.source) == "RUS" && code(&e.target).starts_with(target))
            .unwrap_or_else(|| panic!("Russia recognises {target}: {events:#?}"));
        // A year is not a reason to discard the sentence: it dates it.
        assert_eq!(e.date.as_deref(), Some("2008"), "{e:#?}");
    }
}

#[test]
fn the_two_countries_are_the_last_two_named() {
    let text = "Iran and Iraq signed a trade agreement on Monday. \
                The two countries also praised the Qatari mediators.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has_prefixed(&events, "IRN", "QAT", "05"), "{events:#?}");
    assert!(has_prefixed(&events, "IRQ", "QAT", "05"), "{events:#?}");
}

#[test]
fn a_surname_names_the_person_named_in_full_before() {
    let text = "Houthi military spokesman Yahya Saree spoke on Sunday. \
                Saree threatened Saudi Arabia with more attacks.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(has_prefixed(&events, "YEMREB", "SAU", "13"), "{events:#?}");
}

#[test]
fn an_undated_past_event_takes_the_date_of_the_previous_sentence() {
    let text = "North Korea shelled South Korean border posts on Thursday. \
                South Korea attacked North Korean positions in response. \
                South Korea has criticised North Korea.";
    let Some(events) = code_article(text) else {
        return;
    };
    let response = events
        .iter()
        .find(|e| e.sentence_index == 1 && code(&e.source).starts_with("KOR"))
        .unwrap_or_else(|| panic!("the response is coded: {events:#?}"));
    assert_eq!(
        response.date.as_deref(),
        Some("2019-07-04"),
        "{response:#?}"
    );
    // A present perfect speaks from the day of the report.
    let criticism = events
        .iter()
        .find(|e| e.sentence_index == 2)
        .unwrap_or_else(|| panic!("the criticism is coded: {events:#?}"));
    assert_eq!(
        criticism.date.as_deref(),
        Some("2019-07-08"),
        "{criticism:#?}"
    );
}

#[test]
fn we_in_a_quotation_is_the_speaker() {
    let text = "Houthi spokesman Yahya Saree said: \"We will strike Saudi Arabia again.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    // Force the speaker says it will use is a threat (13) in news mode.
    assert!(has_prefixed(&events, "YEMREB", "SAU", "13"), "{events:#?}");
}

#[test]
fn a_former_office_holder_is_an_elite() {
    let text = "Former prime minister John Major accused Theresa May of misleading Parliament.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBRELI", "GBRGOV", "11"),
        "{events:#?}"
    );
}

#[test]
fn a_former_place_is_no_elite() {
    // "Former" makes office-holders elites, not places or civilians.
    let text = "Syrian troops shelled a former rebel-held neighbourhood of Aleppo on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| !code(&e.target).contains("ELI")),
        "{events:#?}"
    );
}

#[test]
fn criticism_of_the_operation_targets_who_launched_it() {
    let text = "Turkey launched a military offensive in Syria on Wednesday. \
                The European Union condemned the operation.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "IGOEUREEC", "TUR", "11"),
        "{events:#?}"
    );
    // Not a reaction: "monitored the operation" is no event against Turkey.
    let text = "Turkey launched a military offensive in Syria on Wednesday. \
                Syria monitored the operation.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.sentence_index == 1 && code(&e.target) == "TUR"),
        "{events:#?}"
    );
}

#[test]
fn he_can_stand_for_an_office_holder_named_by_title() {
    let Some(events) = code_article(
        "The French foreign minister criticised the decision. \
         \"This decision by Turkey is a grave mistake,\" he said.",
    ) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "FRAGOV" && code(&e.target) == "TUR"),
        "{events:#?}"
    );
}
