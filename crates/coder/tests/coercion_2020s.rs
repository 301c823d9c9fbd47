//! Reduced relations, coercion and force as 2020s wire reports word them
//! (invented sentences in the style of reports on the wars in Ukraine, Gaza,
//! Sudan and Myanmar; embedded dictionaries and parser, skipped with a
//! message when the embedded model does not load): envoys recalled *to* a
//! country or ordered to leave, talks broken off or left, energy supplies
//! and trade cut off, parties dissolved, internet shutdowns on the state's
//! own country, sieges, raids and bombardments named by nouns, strikes on
//! apartment buildings and shopping centres hitting the country's
//! civilians, and force verbs the tagger reads as prepositions.

mod common;

use chrono::NaiveDate;
use common::{code, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2023, 11, 20).expect("valid date");
    common::code_article("coercion-2020s", date, text, CoderOptions::default())
}

/// Is there an event from a source starting with `source` to a target
/// starting with `target` under CAMEO root `root`?
fn found(events: &[Event], source: &str, target: &str, root: &str) -> bool {
    events.iter().any(|e| {
        code(&e.source).starts_with(source)
            && code(&e.target).starts_with(target)
            && e.root.as_deref() == Some(root)
    })
}

fn check(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, root) in cases {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            found(&events, source, target, root),
            "{text}: expected {source} -> {target} root {root}, got {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn relations_reduced_by_envoys_talks_and_supplies() {
    check(&[
        (
            "Algeria recalled its ambassador to France on Saturday.",
            "DZA",
            "FRA",
            "16",
        ),
        (
            "Niger's military government ordered the French ambassador to leave the country.",
            "NER",
            "FRA",
            "16",
        ),
        (
            "Hamas broke off negotiations with Israel on Tuesday.",
            "PSE",
            "ISR",
            "16",
        ),
        (
            "The Palestinian Authority withdrew from talks with Israel.",
            "PSE",
            "ISR",
            "16",
        ),
        (
            "Turkey has cut off all trade with Israel over the war in Gaza.",
            "TUR",
            "ISR",
            "16",
        ),
        (
            "Ukraine cut off diplomatic relations with Russia.",
            "UKR",
            "RUS",
            "16",
        ),
        ("Russia halted gas supplies to Poland.", "RUS", "POL", "16"),
        (
            "Moscow suspended gas deliveries to Finland.",
            "RUS",
            "FIN",
            "16",
        ),
        (
            "Gazprom halted gas deliveries to Poland and Bulgaria on Wednesday.",
            "RUS",
            "BGR",
            "16",
        ),
    ]);
}

#[test]
fn broken_off_talks_are_no_threat() {
    let Some(events) = code_article("The Palestinian Authority broke off talks with Israel.")
    else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("13")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn parties_dissolved_and_the_internet_shut_down() {
    check(&[
        (
            "Cambodia's Supreme Court dissolved the main opposition party in 2017.",
            "KHMJUD",
            "KHMOPP",
            "17",
        ),
        (
            "The government of Bangladesh shut down mobile internet across the country.",
            "BGDGOV",
            "BGD",
            "17",
        ),
        (
            "Iranian authorities cut internet access in several provinces on Wednesday.",
            "IRNGOV",
            "IRN",
            "17",
        ),
        (
            "The junta imposed an internet shutdown in Yangon.",
            "MMRGOV",
            "MMR",
            "17",
        ),
        (
            "Russian hackers launched a cyberattack on Ukraine's power grid.",
            "RUS",
            "UKR",
            "17",
        ),
    ]);
}

#[test]
fn strikes_sieges_raids_and_ambushes() {
    check(&[
        (
            "At least 25 people were killed when a Russian missile hit a shopping centre in \
             Kremenchuk on Monday, according to Ukrainian officials.",
            "RUS",
            "UKR",
            "19",
        ),
        (
            "A Russian drone struck an apartment building in Odesa overnight.",
            "RUS",
            "UKRCVL",
            "19",
        ),
        (
            "Russian missiles hit a residential block in Zaporizhzhia.",
            "RUS",
            "UKR",
            "19",
        ),
        ("Israel imposed a total siege on Gaza.", "ISR", "PSE", "19"),
        (
            "Israeli forces carried out a raid on the Jenin refugee camp.",
            "ISR",
            "PSE",
            "19",
        ),
        (
            "Russian forces began a heavy bombardment of Avdiivka.",
            "RUS",
            "UKR",
            "19",
        ),
        (
            "Islamist militants ambushed Malian soldiers near the border.",
            "MLI",
            "MLIMIL",
            "19",
        ),
        (
            "Sudan's army bombed RSF positions in Khartoum.",
            "SDNMIL",
            "SDNREB",
            "19",
        ),
    ]);
}

#[test]
fn ordinary_cuts_and_stoppages_are_no_events() {
    for text in [
        "The government halted fuel deliveries to the region because of the storm.",
        "The company suspended deliveries of its new model.",
        "Heavy snow cut power to thousands of homes.",
        "The central bank cut interest rates by half a point.",
        "The prime minister dissolved parliament and called early elections.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events.is_empty(),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn reporters_without_borders_are_not_the_rsf_militia() {
    let Some(events) = code_article(
        "Press freedom group Reporters Without Borders (RSF) condemned the arrest. RSF \
         criticised Russia for the detention of the reporter.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| code(&e.source).starts_with("SDN")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn talks_halted_before_a_visit_named_later() {
    check(&[(
        "China halted military talks with the United States after Pelosi's visit to Taiwan.",
        "CHN",
        "USA",
        "16",
    )]);
    let Some(events) = code_article(
        "China halted military talks with the United States after Pelosi's visit to Taiwan.",
    ) else {
        return;
    };
    // Pelosi's visit is an event of its own; China's halting is no visit.
    assert!(
        !found(&events, "CHN", "", "04"),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_retaliation_by_expulsion_is_no_attack() {
    let Some(events) = code_article("Russia retaliated by expelling 10 Polish diplomats.") else {
        return;
    };
    assert!(
        found(&events, "RUS", "POL", "16"),
        "{:?}",
        summary_with_rules(&events)
    );
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("19")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_bare_state_coerces_its_own_regions() {
    check(&[
        (
            "Ethiopia shut down the internet in Tigray.",
            "ETHGOV",
            "ETH",
            "17",
        ),
        (
            "Ethiopia imposed a curfew in Mekelle.",
            "ETHGOV",
            "ETH",
            "17",
        ),
    ]);
}

#[test]
fn arrests_in_a_country_named_like_a_town_are_its_police() {
    // Antarctica's Mirny Station lists "Russia" among its names, and towns
    // named Jordan and Lebanon exist elsewhere: the implied police are the
    // named country's.
    check(&[
        (
            "Hundreds of people have been detained in Russia for protesting against the war.",
            "RUSCOP",
            "RUS",
            "17",
        ),
        (
            "Five journalists were detained in Jordan.",
            "JORCOP",
            "JOR",
            "17",
        ),
    ]);
}

#[test]
fn islamic_state_without_the_article() {
    check(&[
        (
            "Islamic State claimed responsibility for the bombing of a mosque in Kunduz.",
            "IMGMUSISI",
            "AFG",
            "18",
        ),
        (
            "Islamic State militants attacked a military base in Niger.",
            "IMGMUSISI",
            "NERMIL",
            "19",
        ),
    ]);
    // A state governed by Islam is no armed group.
    let Some(events) = code_article("Khomeini wanted to build an Islamic state in Iran.") else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary_with_rules(&events));
}
