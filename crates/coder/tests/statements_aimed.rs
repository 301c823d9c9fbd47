//! News mode: statements aimed at someone — criticism, accusation and
//! appeal said in words rather than with a verb of criticising
//! (`src/statement.rs`, `data/dictionaries/dyad.evaluative-words.txt`):
//! evaluative phrases that hang by their content word ("a breach of"),
//! verbs of wrongdoing said of another actor ("was trying to destabilise"),
//! the author of an evaluated act in its *by* phrase, "X said of Y", calls
//! for investigations, and what is not aimed at anyone (a populace, a
//! requested act). Invented sentences, embedded dictionaries and dyad's own
//! parser (skipped with a message when the model does not load).

mod common;

use chrono::NaiveDate;
use common::{find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 10).expect("valid date");
    common::code_article("aimed", date, text, CoderOptions::default())
}

fn assert_one(events: &[Event], source: &str, target: &str, root: &str) {
    assert_eq!(
        find(events, source, target, root).len(),
        1,
        "expected one {source} -> {target} {root}: {:?}",
        summary_with_rules(events)
    );
}

fn assert_none(events: &[Event], source: &str, target: &str, root: &str) {
    assert!(
        find(events, source, target, root).is_empty(),
        "expected no {source} -> {target} {root}: {:?}",
        summary_with_rules(events)
    );
}

#[test]
fn a_breach_of_the_law_is_said_through_its_noun() {
    let Some(events) = code_article(
        "Britain said the Russian nerve agent attack was a flagrant breach of international law.",
    ) else {
        return;
    };
    assert_one(&events, "GBR", "RUS", "11");
}

#[test]
fn a_violation_of_an_agreement_by_another_actor_criticises_it() {
    let Some(events) = code_article(
        "The Palestinian Authority said the Israeli annexation plan was a violation of \
         international law.",
    ) else {
        return;
    };
    assert_one(&events, "PSE", "ISR", "11");
}

#[test]
fn a_threat_to_peace_criticises_whose_act_it_is() {
    let Some(events) =
        code_article("Japan called China's actions in the South China Sea a threat to peace.")
    else {
        return;
    };
    assert_one(&events, "JPN", "CHN", "11");
}

#[test]
fn the_by_phrase_of_the_evaluated_act_is_its_author() {
    let Some(events) = code_article(
        "The Kenyan government said the ruling by the Supreme Court was a betrayal of the people.",
    ) else {
        return;
    };
    assert_one(&events, "KENGOV", "KENJUD", "11");
    assert_none(&events, "KEN", "KENPPL", "11");
}

#[test]
fn verbs_of_wrongdoing_said_of_another_actor_accuse_it() {
    let Some(events) = code_article(
        "German Chancellor Angela Merkel said Russia was trying to destabilise Ukraine.\n\n\
         The Iranian foreign minister said the United States was breaking international law.",
    ) else {
        return;
    };
    assert_one(&events, "DEU", "RUS", "11");
    assert_one(&events, "IRN", "USA", "11");
}

#[test]
fn a_wrong_the_speaker_rules_out_is_no_criticism() {
    let Some(events) = code_article(
        "Iran's foreign minister said Tehran would never violate the agreement with France.",
    ) else {
        return;
    };
    assert_none(&events, "IRN", "", "11");
}

#[test]
fn interfering_in_anothers_affairs_is_an_accusation_not_aid() {
    let Some(events) = code_article(
        "The Chinese foreign ministry said the United States was interfering in China's \
         internal affairs.",
    ) else {
        return;
    };
    assert_one(&events, "CHN", "USA", "11");
    assert_none(&events, "USA", "CHN", "07");
}

#[test]
fn a_populace_is_not_whom_an_evaluation_is_aimed_at() {
    let Some(events) = code_article(
        "The United Nations said the drought was a serious threat to millions of people in \
         Somalia.\n\nThe Kenyan president said it was wrong for young people to turn to crime.",
    ) else {
        return;
    };
    assert_none(&events, "", "", "11");
}

#[test]
fn what_someone_is_asked_to_do_is_not_said_of_them() {
    let Some(events) = code_article(
        "The governor said, \"The villagers can ask the army of Kenya to interfere and protect \
         them.\"",
    ) else {
        return;
    };
    assert_none(&events, "", "", "11");
}

#[test]
fn said_of_names_what_a_quotation_evaluates() {
    let Some(events) = code_article(
        "\"It is a shameful decision,\" French President Emmanuel Macron said of the Brazilian \
         government's policy.\n\n\
         \"This is a betrayal of our allies,\" the Canadian senator said of the decision by \
         Trump.",
    ) else {
        return;
    };
    assert_one(&events, "FRA", "BRAGOV", "11");
    assert_one(&events, "CAN", "USAGOV", "11");
}

#[test]
fn a_call_for_an_inquiry_is_an_appeal_not_an_investigation() {
    let Some(events) = code_article(
        "French President Emmanuel Macron called for an inquiry into the Iranian missile strike.",
    ) else {
        return;
    };
    assert_one(&events, "FRA", "IRN", "02");
    assert_none(&events, "FRA", "", "09");
}

#[test]
fn an_appeal_about_an_act_goes_to_its_by_phrase_author() {
    let Some(events) = code_article(
        "Amnesty International called for an investigation into the killing of protesters by \
         Iraqi security forces.",
    ) else {
        return;
    };
    assert_one(&events, "NGO", "IRQMIL", "02");
    assert_none(&events, "NGO", "IRQOPP", "02");
}

#[test]
fn a_clause_attributed_with_according_to_is_its_sources_statement() {
    let Some(events) = code_article(
        "According to the Iranian foreign minister, the American sanctions are illegal.\n\n\
         \"The tariffs imposed by Washington are a violation of trade rules,\" according to a \
         statement by the Chinese commerce ministry.",
    ) else {
        return;
    };
    assert_one(&events, "IRNGOV", "USA", "11");
    assert_one(&events, "CHN", "USA", "11");
}

#[test]
fn a_report_in_the_media_is_no_statement_of_the_media() {
    let Some(events) =
        code_article("According to The Guardian, the Russian strikes on Aleppo were illegal.")
    else {
        return;
    };
    assert_none(&events, "", "RUS", "11");
}

#[test]
fn blame_for_harm_accuses_whatever_the_harm_is_called() {
    let Some(events) = code_article(
        "The Saudi government said Iran was behind the drone strikes.\n\n\
         The Pentagon said Iran was to blame for the attack on the tanker.",
    ) else {
        return;
    };
    assert_one(&events, "SAUGOV", "IRN", "11");
    // The tanker's country is not another actor standing for Iran.
    assert_one(&events, "USA", "IRN", "11");
    assert_none(&events, "USA", "IRNBUS", "11");
    // Being to blame is no blaming by Iran.
    assert_none(&events, "IRN", "", "11");
}

#[test]
fn holding_someone_responsible_for_fire_is_blame_not_a_ceasefire() {
    let Some(events) = code_article("Israel held Hamas responsible for the rocket fire.") else {
        return;
    };
    assert_one(&events, "ISR", "PSE", "11");
    assert_none(&events, "ISR", "", "08");
}

#[test]
fn a_failure_or_disappointment_blames_no_one() {
    let Some(events) = code_article(
        "The Chinese ambassador said nothing went wrong during the talks with Japan.\n\n\
         The German chancellor said she was disappointed that the talks with Russia had failed.",
    ) else {
        return;
    };
    assert_none(&events, "", "", "11");
}

#[test]
fn saying_an_attack_was_carried_out_by_another_country_accuses_it() {
    let Some(events) = code_article(
        "Syria said the attack was carried out by Israel.\n\n\
         The Pentagon said the strike on the Iranian general was carried out by US forces.\n\n\
         The Iraqi government said the attack on the American base was carried out by a militia.",
    ) else {
        return;
    };
    assert_one(&events, "SYR", "ISR", "11");
    // The speaker's own forces, and an author without a country, are no one
    // accused.
    assert_none(&events, "USA", "", "11");
    assert_none(&events, "IRQ", "", "11");
}
