//! News mode: criticism and praise in their usual news forms — attributive
//! evaluation of another side's act (`src/attributive.rs`), "this"/"it" as
//! what an evaluation is said of, verbs and phrasal verbs of criticism
//! (`dyad.additions.verbs.txt`), criticism received "from" someone, and
//! evaluative words (`dyad.evaluative-words.txt`). Invented sentences, the
//! embedded dictionaries and dyad's own parser (skipped with a message when
//! the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2018, 5, 10).expect("valid date");
    common::code_article("criticism", date, text, CoderOptions::default())
}

/// Each text yields an event `source → target` (code prefixes) of `root`.
fn assert_codes(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, root) in cases {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            !find(&events, source, target, root).is_empty(),
            "{text}\n{:?}",
            summary_with_rules(&events)
        );
    }
}

/// No text yields an event of `root`.
fn assert_none(cases: &[&str], root: &str) {
    for &text in cases {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .all(|e| !e.cameo.as_deref().is_some_and(|c| c.starts_with(root))),
            "{text}\n{:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn an_evaluative_adjective_on_another_sides_act_is_criticism_of_its_author() {
    assert_codes(&[
        (
            "The Ukrainian president said Russia's illegal annexation of Crimea would never be recognised.",
            "UKR",
            "RUS",
            "11",
        ),
        (
            "The Chinese foreign ministry said Washington's hostile policy had failed.",
            "CHN",
            "USA",
            "11",
        ),
        (
            "\"This reckless decision by the Israeli government will cost lives,\" the Palestinian foreign minister said.",
            "PSE",
            "ISR",
            "11",
        ),
    ]);
}

#[test]
fn an_evaluative_noun_with_an_author_is_criticism_of_it() {
    assert_codes(&[(
        "The Ukrainian president said Russia's aggression would not go unanswered.",
        "UKR",
        "RUS",
        "11",
    )]);
}

#[test]
fn a_word_that_only_describes_evaluates_no_one() {
    assert_none(
        &[
            "The British home secretary said the country's illegal immigrants would be deported.",
            "The Pakistani interior minister said Afghanistan's terrorists had crossed the border.",
            "The Canadian prime minister said the brutal storm had destroyed hundreds of homes.",
        ],
        "11",
    );
}

#[test]
fn this_or_it_judged_stands_for_the_latest_act_reported() {
    assert_codes(&[
        (
            "Turkey launched a military offensive in northern Syria on Wednesday. \"This is a flagrant violation of Syrian sovereignty,\" the Syrian foreign ministry said.",
            "SYR",
            "TUR",
            "11",
        ),
        (
            "Britain expelled 23 Russian diplomats on Wednesday. The Russian embassy in London called it a hostile act.",
            "RUS",
            "GBR",
            "11",
        ),
    ]);
}

#[test]
fn an_expletive_it_stands_for_no_act() {
    assert_none(
        &["Britain expelled 23 Russian diplomats on Wednesday. \"It is unacceptable to leave the families without news,\" the Russian embassy said."],
        "11",
    );
}

#[test]
fn verbs_of_criticism_news_uses() {
    assert_codes(&[
        (
            "The Chinese foreign ministry blasted Japan over the visit to the shrine.",
            "CHN",
            "JPN",
            "11",
        ),
        (
            "Iran slammed the United States over its decision to leave the nuclear deal.",
            "IRN",
            "USA",
            "11",
        ),
        (
            "Venezuelan President Nicolas Maduro took aim at Colombia in a televised speech.",
            "VEN",
            "COL",
            "11",
        ),
        (
            "Turkey rounded on the Netherlands after its minister was expelled.",
            "TUR",
            "NLD",
            "11",
        ),
        (
            "Israel excoriated the United Nations Human Rights Council for its resolution.",
            "ISR",
            "IGOUNO",
            "11",
        ),
    ]);
}

#[test]
fn blasting_a_place_is_force_not_criticism() {
    assert_none(
        &["Syrian government jets blasted rebel positions near Aleppo on Sunday."],
        "11",
    );
}

#[test]
fn criticism_drawn_from_someone_comes_from_them() {
    assert_codes(&[
        (
            "The Indian government drew criticism from Pakistan over the curfew in Kashmir.",
            "PAK",
            "IND",
            "11",
        ),
        (
            "Hungary attracted condemnation from the European Commission for its new media law.",
            "IGOEUR",
            "HUN",
            "11",
        ),
        (
            "The Colombian president won praise from the United Nations for the peace deal.",
            "IGOUNO",
            "COL",
            "05",
        ),
    ]);
}

#[test]
fn criticism_drawn_from_no_one_named_is_no_event() {
    assert_none(
        &["The Saudi crown prince drew international criticism over the killing of the journalist."],
        "11",
    );
}

#[test]
fn words_of_condemnation_said_of_an_actor() {
    assert_codes(&[
        (
            "The Venezuelan government described the American sanctions as criminal.",
            "VEN",
            "USA",
            "11",
        ),
        (
            "\"The United States is a bully,\" the North Korean foreign ministry said in a statement.",
            "PRK",
            "USA",
            "11",
        ),
        (
            "The Iranian foreign ministry said the British seizure of the tanker was piracy.",
            "IRN",
            "GBR",
            "11",
        ),
    ]);
}

#[test]
fn a_pronoun_judged_in_a_quotation_is_the_one_actor_named_before() {
    assert_codes(&[(
        "The European Union criticised the Philippine government's drug war on Monday. \"They are hypocrites,\" Philippine President Rodrigo Duterte told reporters.",
        "PHL",
        "IGOEUR",
        "11",
    )]);
}

#[test]
fn a_pronoun_with_several_possible_antecedents_is_no_target() {
    let text = "Russia and China vetoed the resolution on Monday. \"They are hypocrites,\" the American ambassador said.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events
            .iter()
            .all(|e| !(e.sentence_index == 1 && e.root.as_deref() == Some("11"))),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_quality_or_comparison_of_an_act_judges_its_doer() {
    assert_codes(&[
        (
            "\"The Saudi authorities have acted with shocking brutality,\" the Middle East director of Human Rights Watch said.",
            "NGO",
            "SAU",
            "11",
        ),
        (
            "\"Washington is acting like a bully,\" Chinese foreign ministry spokesman Geng Shuang told reporters.",
            "CHN",
            "USA",
            "11",
        ),
    ]);
}

#[test]
fn company_is_not_manner() {
    assert_none(
        &["The Afghan president said his government would never negotiate with the terrorists."],
        "11",
    );
}

#[test]
fn the_place_of_a_named_act_is_not_judged() {
    let text = "The Egyptian foreign ministry issued a statement calling the Turkish intervention in Libya a flagrant violation of international law.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !find(&events, "EGY", "TUR", "11").is_empty()
            && find(&events, "EGY", "LBY", "11").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}
