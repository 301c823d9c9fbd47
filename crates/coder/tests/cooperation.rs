//! News mode: cooperation as news states it — material or military acts
//! done "in support of" an actor (aid to it), aid provided, solidarity
//! voiced, support reaffirmed, and agreements signed by a compound passive
//! agent (mutual between the signatories) — on invented news sentences with
//! the embedded dictionaries and dyad's own parser (skipped with a message
//! when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 5, 10).expect("valid date");
    common::code_article("cooperation", date, text, CoderOptions::default())
}

/// Assert an event of root `root` from `source` to `target` (code prefixes).
fn expect(text: &str, source: &str, target: &str, root: &str) {
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, source, target, root),
        "{text}: expected {source} -> {target} {root}, got {:?}",
        summary(&events)
    );
}

/// Assert no event of root `root` at all.
fn expect_no_root(text: &str, root: &str) {
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some(root)),
        "{text}: expected no {root} event, got {:?}",
        summary(&events)
    );
}

#[test]
fn warplanes_sent_in_support_of_a_government_are_military_aid_to_it() {
    let text = "Russia sent warplanes to Syria in support of President Bashar al-Assad.";
    expect(text, "RUS", "SYRGOV", "07");
    // Not a deployment against Syria.
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("15")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn troops_deployed_in_support_of_a_government_are_aid_not_a_show_of_force() {
    let text = "Turkey deployed troops to Libya in support of the Tripoli government.";
    expect(text, "TUR", "LBYGOV", "07");
    expect_no_root(text, "15");
}

#[test]
fn airstrikes_in_support_of_forces_are_aid_to_them_not_an_attack() {
    let text = "The United States carried out airstrikes in support of Iraqi forces.";
    expect(text, "USA", "IRQ", "07");
    expect_no_root(text, "19");
}

#[test]
fn weapons_flown_in_support_of_a_government_are_aid() {
    expect(
        "Iran flies weapons and fighters to Syria in support of the Assad government.",
        "IRN",
        "SYRGOV",
        "07",
    );
}

#[test]
fn a_rally_in_support_of_someone_is_no_aid() {
    expect_no_root("Thousands rallied in Moscow in support of Navalny.", "07");
    expect_no_root("The senator spoke in support of Ukraine.", "07");
}

#[test]
fn an_attack_on_a_named_party_in_support_of_another_stays_an_attack() {
    // The attack's own object is a party: the support phrase does not
    // replace it.
    let Some(events) = code_article("Turkish jets bombed Syria in support of rebel fighters.")
    else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("07")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn aid_provided_is_aid_whatever_its_kind() {
    expect("Japan provided aid to the Philippines.", "JPN", "PHL", "07");
    expect(
        "Germany provided emergency aid to Libya after the floods.",
        "DEU",
        "LBY",
        "07",
    );
    expect(
        "The United Nations provided food aid to Yemen.",
        "IGOUNO",
        "YEM",
        "07",
    );
}

#[test]
fn solidarity_voiced_and_support_reaffirmed_are_diplomatic_cooperation() {
    expect(
        "Turkey voiced solidarity with Azerbaijan.",
        "TUR",
        "AZE",
        "05",
    );
    expect(
        "Saudi Arabia reaffirmed its support for the Yemeni government.",
        "SAU",
        "YEMGOV",
        "05",
    );
}

#[test]
fn an_agreement_signed_by_two_countries_is_mutual_between_them() {
    for text in [
        "The agreement was signed by Israel and Morocco in December.",
        "The deal, signed by Israel and Morocco in December, restored diplomatic relations.",
        "A peace deal signed by Ethiopia and Eritrea in 2018 ended the war.",
        "Under an accord signed by Russia and Ukraine, grain ships can leave Odesa.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let signed: Vec<&Event> = events
            .iter()
            .filter(|e| e.cameo.as_deref() == Some("057"))
            .collect();
        assert!(
            signed.len() == 1 && signed[0].mutual,
            "{text}: expected one mutual 057, got {:?}",
            summary(&events)
        );
    }
}

#[test]
fn the_reaction_to_a_signed_agreement_is_not_a_signing() {
    // The African Union praised the agreement; it signed nothing.
    let text = "The agreement signed by Kenya with Somalia was praised by the African Union.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.cameo.as_deref() == Some("057")
            && common::code(&e.target).starts_with("IGOAFRAFU")),
        "{:?}",
        summary(&events)
    );
    assert!(
        has_prefixed(&events, "IGOAFRAFU", "KEN", "05"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn strikes_carried_out_by_two_air_forces_are_no_fight_between_them() {
    // Only acts mutual by nature make a passive's agents parties to each
    // other.
    let Some(events) =
        code_article("The strikes, carried out by Russian and Syrian jets, hit a market.")
    else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.root.as_deref() == Some("19") && e.mutual),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn money_lent_to_a_country_is_economic_aid() {
    expect("China lent $1 billion to Sri Lanka.", "CHN", "LKA", "07");
    // No actor, no event.
    expect_no_root("The bank lent money to farmers.", "07");
}

#[test]
fn pacts_memoranda_and_joint_patrols_are_cooperation_between_the_parties() {
    expect(
        "Kenya and Ethiopia signed a memorandum of understanding on security.",
        "KEN",
        "ETH",
        "05",
    );
    expect(
        "The Philippines and the United States conducted joint patrols in the South China Sea.",
        "PHL",
        "USA",
        "06",
    );
}

#[test]
fn weapons_sent_or_delivered_are_military_aid() {
    expect(
        "Germany sent tanks to Ukraine on Tuesday.",
        "DEU",
        "UKR",
        "07",
    );
    expect(
        "The United States delivered air defense systems to Ukraine.",
        "USA",
        "UKR",
        "07",
    );
}

#[test]
fn two_sides_agreeing_to_a_truce_agree_with_each_other() {
    expect(
        "India and Pakistan agreed to a ceasefire.",
        "IND",
        "PAK",
        "03",
    );
    // Pledges by several donors are not made to each other.
    expect_no_root("China, Iran and Russia pledged funds.", "03");
}

#[test]
fn the_broker_of_a_deal_is_no_party_to_it() {
    let text =
        "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.";
    expect(text, "SAU", "IRN", "05");
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !has_prefixed(&events, "SAU", "CHN", "05") && !has_prefixed(&events, "IRN", "CHN", "05"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn drills_near_another_country_are_a_show_of_force() {
    expect(
        "China launched military drills around Taiwan.",
        "CHN",
        "TWN",
        "15",
    );
}

#[test]
fn conjoined_mediators_and_visitors_do_not_act_on_each_other() {
    // Mediation (045), visits (042) and hosting (043) are done to a third
    // party: the conjoined subjects are not each other's targets.
    for (text, a, b) in [
        (
            "Israel and Hamas agreed to a prisoner exchange mediated by Qatar and Egypt.",
            "QAT",
            "EGY",
        ),
        (
            "French President Emmanuel Macron and Chancellor Olaf Scholz visited Kyiv on Thursday.",
            "FRA",
            "DEU",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let between = events.iter().any(|e| {
            let (s, t) = (code(&e.source), code(&e.target));
            (s.starts_with(a) && t.starts_with(b)) || (s.starts_with(b) && t.starts_with(a))
        });
        assert!(!between, "{text}: {:?}", summary(&events));
    }
}

#[test]
fn a_mediator_acts_between_the_parties_to_what_it_mediated() {
    let Some(events) =
        code_article("Saudi Arabia and Iran restored relations in a deal brokered by China.")
    else {
        return;
    };
    for party in ["SAU", "IRN"] {
        assert!(
            has_prefixed(&events, "CHN", party, "04"),
            "CHN -> {party} 045 expected: {:?}",
            summary(&events)
        );
    }
}
