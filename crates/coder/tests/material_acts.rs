//! News mode: material acts (sanctions, bans, suspensions, protests) that
//! the coder used to miss or give the wrong actor, on invented wire
//! sentences with the embedded dictionaries and dyad's own parser (skipped
//! with a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, has, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2018, 11, 20).expect("valid date");
    common::code_article("acts", date, text, CoderOptions::default())
}

#[test]
fn a_clause_after_after_is_coded() {
    // The parser reads "after the European Union" as a prepositional
    // phrase and "sanctioned" as a subjectless conjunct of "came".
    let text = "The decision came after the European Union sanctioned Russia last month over \
                the poisoning of a former spy.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "IGOEUREEC", "RUS", "16"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_countrys_people_protesting_against_their_government_are_its_opposition() {
    let text = "Iraqi Prime Minister Adil Abdul-Mahdi met party leaders in Baghdad. Iraqis \
                have been protesting against the government since early October.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "IRQOPP", "IRQGOV", "14"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn members_of_a_legislature_protest_against_the_government() {
    let text = "British Prime Minister Theresa May addressed parliament on Monday. Members of \
                the House of Commons protested by banging their desks.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "GBRLEG", "GBRGOV", "14"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn people_of_no_named_country_protest_against_no_government() {
    // Whose government a crowd counted worldwide protests against is not
    // said: the article's country is no answer.
    let text = "American activist Bill McKibben spoke in New York. An estimated four million \
                people took part in the protests.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| code(&e.target) == "USAGOV" && e.root.as_deref() == Some("14")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_country_that_bans_acts_through_its_government() {
    let text = "Canada on Tuesday banned Russian airline Aeroflot from landing in the country.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events
            .iter()
            .any(|e| code(&e.source) == "CANGOV" && e.root.as_deref() == Some("16")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn the_queen_suspends_parliament_at_the_request_of_the_prime_minister() {
    // "Per request of …" names a country; the object legislature is still
    // the target.
    let text = "Per request of Prime Minister John Major, the Queen suspended parliament for \
                three weeks yesterday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "GBRGOV", "GBRLEG", "17"),
        "{:?}",
        summary_with_rules(&events)
    );
}
