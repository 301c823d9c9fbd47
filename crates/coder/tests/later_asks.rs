//! News mode: a yield (CAMEO 08) or a refusal (12) that no earlier ask
//! answers takes the asker of an ask reported LATER in the article, when
//! that ask is for what was yielded ("announced his resignation" … "had
//! called for his resignation"); without such an ask it stays uncoded.
//! Invented wire-style articles, coded with the embedded dictionaries and
//! dyad's own parser (skipped with a message when the embedded model does
//! not load).

mod common;

use chrono::NaiveDate;
use common::{code, of_root, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 25).expect("valid date");
    common::code_article("later-asks", date, text, CoderOptions::default())
}

#[test]
fn a_resignation_answers_a_call_for_it_reported_later() {
    let text = "The Bolivian interior minister announced his resignation on Wednesday.\n\n\
                Shops in La Paz stayed closed for a third day.\n\n\
                Bolivian opposition lawmakers had called for the minister's resignation on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 0, "08");
    let e = found
        .iter()
        .find(|e| code(&e.source) == "BOLGOV" && code(&e.target) == "BOLLEG")
        .unwrap_or_else(|| panic!("{:?}", summary_with_rules(&events)));
    // Dated as the resignation was reported (Wednesday), not as the call.
    assert_eq!(e.date.as_deref(), Some("2019-07-24"), "{e:#?}");
    assert_eq!(e.factuality, Some(Factuality::Asserted), "{e:#?}");
    // The later call itself is still its own event.
    assert!(
        of_root(&events, 2, "02")
            .iter()
            .any(|e| code(&e.source) == "BOLLEG"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_withdrawn_bill_answers_a_later_demand_to_withdraw_it() {
    let text = "Hungary's government withdrew the labour bill on Thursday.\n\n\
                Hungarian trade unions had demanded that the government withdraw the bill.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08")
            .iter()
            .any(|e| code(&e.source) == "HUNGOV" && code(&e.target) == "HUNLAB"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_rejected_proposal_answers_the_proposal_reported_later() {
    let text = "Japan rejected the proposal on Tuesday.\n\n\
                South Korea proposed talks on the trade dispute last week.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "12")
            .iter()
            .any(|e| code(&e.source) == "JPN" && code(&e.target) == "KOR"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_planned_resignation_stays_hypothetical_when_answered() {
    let text = "The Bolivian interior minister may resign next week.\n\n\
                Bolivian opposition lawmakers have demanded his resignation.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 0, "08");
    let e = found
        .iter()
        .find(|e| code(&e.source) == "BOLGOV" && code(&e.target) == "BOLLEG")
        .unwrap_or_else(|| panic!("{:?}", summary_with_rules(&events)));
    assert_ne!(e.factuality, Some(Factuality::Asserted), "{e:#?}");
}

#[test]
fn a_later_ask_for_something_else_leaves_the_yield_uncoded() {
    // Lawmakers asked for elections, not for the resignation: no later
    // "latest ask" fallback.
    let text = "The Bolivian interior minister announced his resignation on Wednesday.\n\n\
                Bolivian opposition lawmakers called for new elections on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_later_ask_addressed_to_someone_else_leaves_the_yield_uncoded() {
    let text = "The Bolivian interior minister resigned on Wednesday.\n\n\
                Bolivian police had urged the protesters to resign from the union.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_yielder_does_not_answer_its_own_later_call() {
    let text = "The Bolivian government withdrew the fuel tax on Friday.\n\n\
                The Bolivian government had called for the withdrawal of the tax in May.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_demand_stated_after_the_yield_names_its_asker_and_is_made_of_the_yielder() {
    // "This was one of the demands of …": the demonstrative points back to
    // what the sentence before reported.
    let text = "The Bolivian government withdrew the fuel tax on Friday.\n\n\
                This was one of the main demands of Bolivian protesters, who have blocked roads since June.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08")
            .iter()
            .any(|e| code(&e.source) == "BOLGOV" && code(&e.target) == "BOLOPP"),
        "{:?}",
        summary_with_rules(&events)
    );
    assert!(
        of_root(&events, 1, "10")
            .iter()
            .any(|e| code(&e.source) == "BOLOPP" && code(&e.target) == "BOLGOV"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_demand_stated_with_its_content_answers_the_matching_yield() {
    let text = "The Bolivian interior minister announced his resignation on Friday.\n\n\
                The resignation of the minister was a key demand of Bolivian opposition lawmakers.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08")
            .iter()
            .any(|e| code(&e.source) == "BOLGOV" && code(&e.target) == "BOLLEG"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_demand_stated_for_something_else_leaves_the_yield_uncoded() {
    let text = "The Bolivian interior minister announced his resignation on Friday.\n\n\
                New elections were a key demand of Bolivian opposition lawmakers.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
    // No yield is pointed back to: the stated demand has no addressee.
    assert!(
        of_root(&events, 1, "10").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn an_earlier_demand_made_of_the_government_by_role_is_answered() {
    // The demand's addressee is "the government" (no country in its own
    // words): still the yielder.
    let text = "Hungarian trade unions demanded that the government withdraw the labour bill.\n\n\
                Hungary's government backed down on Thursday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 1, "08")
            .iter()
            .any(|e| code(&e.source) == "HUNGOV" && code(&e.target) == "HUNLAB"),
        "{:?}",
        summary_with_rules(&events)
    );
}
