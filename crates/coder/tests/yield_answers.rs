//! News mode: a yield (CAMEO 08) or a rejection (12) that names no target
//! answers whoever asked for it — the author of a request it names ("did
//! not accede to the protesters' demands"), else the asker of an earlier
//! appeal, demand or protest in the article, preferably one asking for what
//! was yielded. Invented wire-style articles, coded with the embedded
//! dictionaries and dyad's own parser (skipped with a message when the
//! embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, of_root, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 9, 15).expect("valid date");
    common::code_article("yield-answers", date, text, CoderOptions::default())
}

#[test]
fn a_withdrawn_law_answers_the_demand_for_its_withdrawal() {
    let text = "Thousands of Serbian students demanded the withdrawal of the new education law on Monday.\n\n\
                The Serbian government withdrew the law on Wednesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 1, "08");
    assert!(
        found
            .iter()
            .any(|e| code(&e.source) == "SRBGOV" && code(&e.target) == "SRBEDU"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_resignation_answers_the_call_for_it_sentences_later() {
    // Three unrelated sentences between the demand and the resignation: the
    // content (resignation) ties them.
    let text = "Opposition lawmakers in Peru demanded the resignation of the Peruvian interior minister on Monday.\n\n\
                The minister had ordered police to clear a square in Lima.\n\n\
                Prices of food rose sharply in the city last month.\n\n\
                Farmers in the south said the harvest was poor.\n\n\
                The Peruvian interior minister announced his resignation on Friday.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 4, "08");
    assert!(
        found
            .iter()
            .any(|e| code(&e.source) == "PERGOV" && code(&e.target) == "PERLEG"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_scrapped_law_answers_the_protest_against_it() {
    let text = "Students in Serbia held a protest in Belgrade against the new education law on Monday.\n\n\
                On Wednesday the Serbian government scrapped the law.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 1, "08");
    assert!(
        found
            .iter()
            .any(|e| code(&e.source) == "SRBGOV" && code(&e.target).starts_with("SRB")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_refusal_answers_the_request_of_the_sentence_before() {
    let text = "British officials asked Iran to release the detained tanker on Monday.\n\n\
                Iran refused on Tuesday, saying the ship had broken maritime rules.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 1, "12");
    assert!(
        found
            .iter()
            // "British officials" asked: Britain's government.
            .any(|e| code(&e.source) == "IRN" && code(&e.target) == "GBRGOV"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn not_acceding_to_named_demands_is_a_negated_yield_to_their_authors() {
    let text =
        "The Zambian president did not accede to the protesters' demands for a new election.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = of_root(&events, 0, "08");
    let e = found
        .iter()
        .find(|e| code(&e.source) == "ZMBGOV" && code(&e.target) == "ZMBOPP")
        .unwrap_or_else(|| panic!("{:?}", summary_with_rules(&events)));
    assert_eq!(e.factuality, Some(Factuality::Negated), "{e:#?}");
}

#[test]
fn an_appeal_to_someone_else_is_not_answered() {
    // The police asked the protesters, not the minister, to withdraw.
    let text = "Police in Chile urged the protesters to withdraw from the square.\n\n\
                The Chilean interior minister resigned on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 1, "08").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_yield_nobody_asked_for_is_not_an_event() {
    let text = "The Bolivian interior minister resigned on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary_with_rules(&events));
}

#[test]
fn turning_down_a_request_is_a_rejection() {
    let text =
        "The Iraqi government turned down a request from Turkey for access to the border crossing.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "12")
            .iter()
            .any(|e| code(&e.source) == "IRQGOV" && code(&e.target) == "TUR"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_resignation_after_protests_answers_the_protesters_it_names() {
    let text = "The Algerian prime minister resigned on Tuesday after weeks of protests by Algerian students.\n\n\
                The Lebanese government withdrew the tax on Friday under pressure from the International Monetary Fund.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08")
            .iter()
            .any(|e| code(&e.source) == "DZAGOV" && code(&e.target) == "DZAEDU"),
        "{:?}",
        summary_with_rules(&events)
    );
    assert!(
        of_root(&events, 1, "08")
            .iter()
            .any(|e| code(&e.source) == "LBNGOV" && code(&e.target).starts_with("IGO")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn giving_in_to_the_protests_answers_the_earlier_protest_however_far_back() {
    let text = "Chilean students held a protest in Santiago against the plan to raise metro fares on Saturday.\n\n\
                Shops in the capital stayed closed on Sunday.\n\n\
                Schools in the city were also shut.\n\n\
                Trains were running again by Tuesday.\n\n\
                The Chilean government dropped the plan on Wednesday following the protests.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().any(|e| e.sentence_index == 4
            && code(&e.source) == "CHLGOV"
            && code(&e.target) == "CHLEDU"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn lifting_sanctions_is_a_yield_not_an_intent() {
    let text = "The United States lifted sanctions on Sudan on Friday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        of_root(&events, 0, "08")
            .iter()
            .any(|e| code(&e.source) == "USA" && code(&e.target) == "SDN"),
        "{:?}",
        summary_with_rules(&events)
    );
}
