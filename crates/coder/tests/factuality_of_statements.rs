//! Factuality of what statements say (embedded dictionaries and parser;
//! skipped with a message when the embedded model does not load): what a
//! party denies doing is negated, a rejected claim is negated, and a
//! speaker's own act in the first-person present ("We condemn …") is
//! performed, not reported.

mod common;

use chrono::NaiveDate;
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn supply_events(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
    let events = common::code_article("factuality", date, text, CoderOptions::default())?;
    Some(
        events
            .into_iter()
            .filter(|e| e.cameo.as_deref() == Some("0332"))
            .collect(),
    )
}

/// `None` when the model does not load; the one supply event's factuality.
fn factuality_of(text: &str) -> Option<Option<Factuality>> {
    let events = supply_events(text)?;
    assert_eq!(events.len(), 1, "{text}: {events:#?}");
    Some(events[0].factuality)
}

#[test]
fn a_denied_act_is_negated() {
    for text in [
        "Iran denied supplying drones to Russia.",
        "Iran denied that it had supplied drones to Russia.",
        "Iran rejected claims that it had supplied drones to Russia.",
        "Iran dismissed reports it supplied drones to Russia.",
    ] {
        let Some(f) = factuality_of(text) else { return };
        assert_eq!(f, Some(Factuality::Negated), "{text}");
    }
}

#[test]
fn an_act_that_is_not_denied_stays_asserted() {
    let Some(f) = factuality_of("Iran supplied drones to Russia.") else {
        return;
    };
    assert_eq!(f, Some(Factuality::Asserted));
}

#[test]
fn a_first_person_present_act_in_a_quotation_is_asserted() {
    let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
    let text = "\"We strongly condemn Russia's attack on the hospital,\" Ukraine's foreign \
                minister Dmytro Kuleba said.";
    let Some(events) = common::code_article("factuality", date, text, CoderOptions::default())
    else {
        return;
    };
    let condemnation: Vec<&Event> = events
        .iter()
        .filter(|e| e.cameo.as_deref().is_some_and(|c| c.starts_with("11")))
        .collect();
    assert!(!condemnation.is_empty(), "{events:#?}");
    assert!(
        condemnation
            .iter()
            .all(|e| e.factuality == Some(Factuality::Asserted)),
        "{events:#?}"
    );
}

/// The factuality of the one event of `source` → `target`.
fn factuality_between(text: &str, source: &str, target: &str) -> Option<Option<Factuality>> {
    let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
    let events = common::code_article("factuality", date, text, CoderOptions::default())?;
    let e = events
        .iter()
        .find(|e| {
            common::code(&e.source).starts_with(source)
                && common::code(&e.target).starts_with(target)
        })
        .unwrap_or_else(|| panic!("{source} -> {target} in {text}: {events:#?}"));
    Some(e.factuality)
}

#[test]
fn what_a_party_failed_or_declined_to_do_is_negated() {
    for (text, source, target) in [
        ("Serbia failed to recognise Kosovo.", "SRB", "KSV"),
        (
            "Turkey failed to persuade Sweden to extradite the suspects.",
            "TUR",
            "SWE",
        ),
        (
            "China declined to meet the Indian delegation.",
            "CHN",
            "IND",
        ),
    ] {
        let Some(f) = factuality_between(text, source, target) else {
            return;
        };
        assert_eq!(f, Some(Factuality::Negated), "{text}");
    }
}

#[test]
fn a_subject_quantified_by_no_negates_the_act() {
    let Some(f) = factuality_between(
        "No Chinese official met the Indian president.",
        "CHN",
        "IND",
    ) else {
        return;
    };
    assert_eq!(f, Some(Factuality::Negated));
    let Some(f) = factuality_between("Chinese officials met the Indian president.", "CHN", "IND")
    else {
        return;
    };
    assert_eq!(f, Some(Factuality::Asserted));
}

#[test]
fn a_past_attempt_was_made_and_is_no_plan() {
    for (text, source, target) in [
        (
            "Trump tried to pressure the Ukrainian government.",
            "USA",
            "UKR",
        ),
        ("Iran attempted to seize a British tanker.", "IRN", "GBR"),
    ] {
        let Some(f) = factuality_between(text, source, target) else {
            return;
        };
        assert_eq!(f, Some(Factuality::Asserted), "{text}");
    }
}

#[test]
fn readiness_and_commitment_are_plans_and_likelihood_a_supposition() {
    for (text, source, target, want) in [
        (
            "Turkey is poised to attack Kurdish militias in Syria.",
            "TUR",
            "SYR",
            Factuality::Planned,
        ),
        (
            "China is ready to meet Japan.",
            "CHN",
            "JPN",
            Factuality::Planned,
        ),
        (
            "The United States committed to sending more troops to Saudi Arabia.",
            "USA",
            "SAU",
            Factuality::Planned,
        ),
        (
            "Russia is likely to impose sanctions on Ukraine.",
            "RUS",
            "UKR",
            Factuality::Hypothetical,
        ),
    ] {
        let Some(f) = factuality_between(text, source, target) else {
            return;
        };
        assert_eq!(f, Some(want), "{text}");
    }
}

#[test]
fn acts_left_undone_or_stopped_are_negated() {
    for (text, source, target) in [
        (
            "Ukraine was unable to persuade Russia to release the sailors.",
            "UKR",
            "RUS",
        ),
        (
            "Kenya deported the activists without consulting Uganda.",
            "KEN",
            "UGA",
        ),
        (
            "Russia no longer recognises the Ukrainian government.",
            "RUS",
            "UKR",
        ),
    ] {
        let date = NaiveDate::from_ymd_opt(2023, 1, 15).expect("valid date");
        let Some(events) = common::code_article("factuality", date, text, CoderOptions::default())
        else {
            return;
        };
        // The undone act (Kenya's deportation itself was done).
        let e = events
            .iter()
            .find(|e| {
                common::code(&e.source).starts_with(source)
                    && common::code(&e.target).starts_with(target)
                    && e.cameo.as_deref() != Some("174")
            })
            .unwrap_or_else(|| panic!("{text}: {events:#?}"));
        assert_eq!(e.factuality, Some(Factuality::Negated), "{text}");
    }
}

#[test]
fn the_content_of_an_allegation_is_reported_however_it_is_parsed() {
    for (text, source, target) in [
        (
            "The charges stemmed from allegations Russia tried to pressure the Ukrainian government.",
            "RUS",
            "UKR",
        ),
        (
            "The inquiry follows reports that Iranian troops attacked Iraqi border guards.",
            "IRN",
            "IRQ",
        ),
    ] {
        let Some(f) = factuality_between(text, source, target) else {
            return;
        };
        assert_eq!(f, Some(Factuality::Reported), "{text}");
    }
}

#[test]
fn an_act_told_according_to_a_party_is_its_claim_and_to_a_news_agency_a_fact() {
    for (text, source, target, want) in [
        (
            "According to Kenyan police, Somali militants attacked a Kenyan army convoy.",
            "SOM",
            "KEN",
            Factuality::Reported,
        ),
        (
            "Iran supplied drones to Russia, according to American officials.",
            "IRN",
            "RUS",
            Factuality::Reported,
        ),
        (
            "Pelosi criticised Trump, according to NBC.",
            "USA",
            "USA",
            Factuality::Asserted,
        ),
    ] {
        let Some(f) = factuality_between(text, source, target) else {
            return;
        };
        assert_eq!(f, Some(want), "{text}");
    }
}
