//! News mode: statements whose content is the act (`src/statement.rs`):
//! appeals and demands in speech ("Iran must stop …" → 10, "Russia should
//! withdraw …" → 02), threats in speech ("said it would attack" → 13),
//! accusations whose content is itself an event, naming verbs with an `as`
//! predicate, and first-person pronouns in quotations whose reporting verb
//! hangs off the quotation. Invented sentences, embedded dictionaries and
//! dyad's own parser (skipped with a message when the model does not load).

mod common;

use chrono::NaiveDate;
use common::{find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 10).expect("valid date");
    common::code_article("speech", date, text, CoderOptions::default())
}

#[test]
fn must_in_a_quotation_is_a_demand_on_its_subject() {
    let text = "\"Iran must stop its support for the militias,\" US Secretary of State \
                Mike Pompeo told reporters.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "USA", "IRN", "10").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn should_in_reported_speech_is_an_appeal() {
    let text =
        "German Chancellor Angela Merkel said Russia should withdraw its troops from Ukraine.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "DEU", "RUS", "02").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn they_in_a_quotation_is_the_actor_named_before_it() {
    let text = "Turkish President Recep Tayyip Erdoğan criticised the European Union and said, \
                \"They need to keep their promises.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "TUR", "IGOEUR", "02").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn the_speakers_own_obligations_and_anonymous_subjects_are_no_act() {
    for text in [
        "\"We must be vigilant,\" Japanese Prime Minister Shinzo Abe said.",
        "Vatican archbishop Charles Scicluna said, \"People must know that bishops are at the \
         service of the people.\"",
        // A reproach for the past is not an appeal.
        "Russian President Vladimir Putin said Ukraine should have stopped the attack.",
        // An appeal including the speaker's own country.
        "Chinese President Xi Jinping said China and the United States should work together.",
        // "they" with no actor named before it in its sentence.
        "Russia sent troops to Syria. A US State Department spokesman said they should leave.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let acts: Vec<&Event> = events
            .iter()
            .filter(|e| matches!(e.cameo.as_deref(), Some("020" | "100")))
            .collect();
        assert!(acts.is_empty(), "{text}: {:?}", summary_with_rules(&events));
    }
}

#[test]
fn i_in_a_quotation_introduced_by_its_speaker_is_the_speaker() {
    let text = "German Foreign Minister Heiko Maas wrote, \"I urge Russia to release the \
                Ukrainian sailors.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "DEU", "RUS", "02").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn force_the_speaker_says_it_will_use_is_a_threat_asserted() {
    let text = "North Korea said it would attack South Korea if the broadcasts did not stop.";
    let Some(events) = code_article(text) else {
        return;
    };
    let threats = find(&events, "PRK", "KOR", "13");
    assert_eq!(threats.len(), 1, "{:?}", summary_with_rules(&events));
    assert_eq!(threats[0].factuality, Some(Factuality::Asserted));
    assert!(
        find(&events, "PRK", "KOR", "19").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn force_the_speaker_rules_out_is_no_threat() {
    for text in [
        "The Iranian defence minister said the army would not attack Israel.",
        "Iran denied that it would attack Israel.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            find(&events, "IRN", "ISR", "13").is_empty(),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn an_accusation_whose_content_is_an_event_still_accuses() {
    let text = "Iranian Foreign Minister Mohammad Javad Zarif claimed that Israel had attacked \
                the tanker.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "IRN", "ISR", "11").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn an_as_predicate_evaluates_the_object() {
    let text = "Iranian Foreign Minister Mohammad Javad Zarif described the American sanctions \
                as illegal.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "IRN", "USA", "111").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn the_evaluative_word_is_not_its_own_target() {
    // *terrorist* is also a dictionary agent: it must not become the target.
    let text = "Mexican Foreign Minister Marcelo Ebrard said, \"For Mexico, this individual is \
                a terrorist.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.cameo.as_deref() == Some("111")),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_question_or_condition_with_should_is_no_appeal() {
    for text in [
        "German Chancellor Angela Merkel asked, \"Why should Russia withdraw its troops now?\"",
        "German Chancellor Angela Merkel said that if Russia should withdraw its troops, \
         sanctions would end.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            find(&events, "DEU", "RUS", "02").is_empty(),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn a_bare_second_complement_of_call_evaluates_the_object() {
    let text = "Iranian Foreign Minister Mohammad Javad Zarif called the American sanctions \
                a stunt.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "IRN", "USA", "11").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_demand_keeps_its_addressee_when_the_demanded_act_is_coded() {
    let text = "The Palestinian Authority demanded that Israel withdraw from the West Bank.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "PSE", "ISR", "10").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn force_the_speakers_own_country_will_use_is_a_threat() {
    let text = "Israeli Prime Minister Benjamin Netanyahu said Israel would strike Iranian \
                targets in Syria.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "ISR", "IRN", "13").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
    // Another country's force, foreseen by the speaker, is no threat of his.
    let text = "Israeli Prime Minister Benjamin Netanyahu said Iran would attack Israel.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        find(&events, "", "", "13").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_subject_is_read_from_its_own_words() {
    // "the West" must not be taken for the West Bank of the sentence before.
    let text = "Israel has occupied the West Bank since 1967. Russian President Vladimir Putin \
                said the West should stop interfering in Ukraine.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        find(&events, "RUS", "", "02").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn of_several_actors_the_evaluated_subject_is_the_target() {
    let text = "German Chancellor Angela Merkel said Russia's annexation of the territory of \
                Ukraine was illegal.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "DEU", "RUS", "111").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
    assert!(
        find(&events, "DEU", "UKR", "111").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn the_manner_of_an_act_evaluates_its_actor() {
    let text = "Amnesty International said in a statement that the Chinese authorities had \
                suppressed the protests in a grossly unlawful way.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "NGO", "CHN", "111").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn the_possessor_of_an_evaluative_noun_is_the_target() {
    let text = "US Secretary of State Mike Pompeo cited the Cuban government's repression of \
                the Cuban people and its support for Venezuela as his motivation.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "USA", "CUBGOV", "111").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn an_appeal_in_a_participle_goes_to_the_statements_addressee() {
    let text = "German Foreign Minister Heiko Maas wrote to the Russian embassy in Berlin \
                asking it to release the journalist.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "DEU", "RUS", "02").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
    // The press is an audience, not an addressee.
    let text = "German Foreign Minister Heiko Maas told reporters in Berlin on Monday, urging \
                calm.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        find(&events, "DEU", "", "02").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn calling_an_act_names_a_possessor_as_target() {
    let text = "Turkish officials called Saudi Arabia's admission a political maneuver.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "TUR", "SAU", "111").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn saying_another_actor_was_behind_an_attack_accuses_it() {
    let text = "Saudi Foreign Minister Adel al-Jubeir said Iran was behind the attacks on the \
                oil facilities.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, "SAU", "IRN", "11").len(),
        1,
        "{:?}",
        summary_with_rules(&events)
    );
    // Claiming one's own attack accuses no one.
    let text = "The Taliban said it was behind the attack.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        find(&events, "", "", "11").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}
