//! News mode: criticism carried by what a speaker is quoted as saying, when
//! the parse hides the speaker or what is said (`src/repair/speakers.rs`,
//! `src/member.rs`, `src/quoted.rs`, `src/statement.rs`), on invented
//! sentences with the embedded dictionaries and dyad's own parser (skipped
//! with a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 10).expect("valid date");
    common::code_article("quoted-criticism", date, text, CoderOptions::default())
}

fn criticisms(events: &[Event]) -> usize {
    events
        .iter()
        .filter(|e| e.root.as_deref() == Some("11"))
        .count()
}

#[test]
fn a_move_called_a_quoted_evaluation_denounces_the_author_of_the_move() {
    // The article of the second object read as an object of "move".
    let text = "The British government suspended Parliament on Wednesday. Opposition \
                leader Jeremy Corbyn called the move a \"smash and grab on our democracy\".";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBR", "GBRGOV", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_speaker_described_by_a_relative_clause_is_the_source() {
    let text = "Jeremy Corbyn, who leads the Labour Party, said, \"Now, while Parliament \
                remains suspended, the British government are breaking the law.\"";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBR", "GBRGOV", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_negated_charge_after_a_relative_clause_is_no_criticism() {
    let text = "Jeremy Corbyn, who leads the Labour Party, said the government was not \
                breaking the law.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(criticisms(&events), 0, "{:?}", summary(&events));
}

#[test]
fn described_as_a_quoted_evaluation_parsed_as_a_clause_is_criticism() {
    let text = "The Chinese embassy described the American move as \"a gross interference\".";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "CHN", "USA", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_speaker_named_after_a_closing_quotation_mark_is_the_source() {
    let text = "\"The Egyptian government is violating international law,\" Amnesty \
                International's Middle East director Heba Morayef said on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "NGOHRIAMN", "EGYGOV", "11"),
        "{:?}",
        summary(&events)
    );
    // Not the government defying the speaker.
    assert!(
        !has_prefixed(&events, "EGY", "NGO", "12"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn an_official_titled_by_a_place_speaks_for_the_organisation() {
    for text in [
        "The Hong Kong director of Amnesty International said the Chinese government \
         was acting in a reckless way.",
        "The Turkey researcher at Amnesty International said the Turkish government was \
         acting in a reckless way.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            events
                .iter()
                .any(|e| e.root.as_deref() == Some("11") && common::code(&e.source) == "NGOHRIAMN"),
            "{text}: {:?}",
            summary(&events)
        );
    }
}

#[test]
fn an_act_named_by_a_noun_of_coercion_is_judged_against_its_author() {
    let text = "Iran seized a British tanker in the Strait of Hormuz on Friday. British \
                Foreign Secretary Jeremy Hunt called the seizure an \"unacceptable\" act.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBRGOV", "IRN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_quotation_attributed_sentences_later_is_the_speakers() {
    let text = "\"The Russian government is acting in a reckless way. Nobody in Europe can \
                accept this. We will respond,\" British Foreign Secretary Jeremy Hunt said \
                on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBRGOV", "RUSGOV", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_quotation_attributed_in_another_paragraph_has_no_speaker() {
    let text = "\"The Russian government is acting in a reckless way. Nobody in Europe can \
                accept this.\n\nWe will respond,\" British Foreign Secretary Jeremy Hunt said \
                on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(criticisms(&events), 0, "{:?}", summary(&events));
}

#[test]
fn a_speaker_who_continued_speaks_the_quotation() {
    let text = "\"We cannot stay silent. The Turkish government is breaking international \
                law. This must end,\" German Chancellor Angela Merkel continued.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "DEUGOV", "TURGOV", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn protests_that_continued_are_no_speaker() {
    let text = "\"Protests continued in Hong Kong. The police acted in a reckless way.\" The \
                streets were quiet on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(criticisms(&events), 0, "{:?}", summary(&events));
}

#[test]
fn disappointment_with_another_sides_act_is_criticism() {
    let text = "Japanese Prime Minister Shinzo Abe said he was deeply disappointed with \
                China's decision.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "JPN", "CHN", "11"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn disappointment_that_something_happened_blames_no_one() {
    let text = "Japanese Prime Minister Shinzo Abe said he was disappointed that the talks \
                with China had failed.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(criticisms(&events), 0, "{:?}", summary(&events));
}

#[test]
fn a_quotation_according_to_a_dated_tweet_is_the_authors_criticism_that_day() {
    // "according to" hangs on the participle "supporting", not on the
    // main verb.
    let text = "\"The company flies weapons and fighters across the Middle East, supporting \
                the Syrian regime's brutal crackdown around the region,\" according to a \
                tweet on Friday by British Foreign Secretary Jeremy Hunt.";
    let Some(events) = code_article(text) else {
        return;
    };
    let criticism = events.iter().find(|e| {
        e.root.as_deref() == Some("11")
            && common::code(&e.source) == "GBRGOV"
            && common::code(&e.target).starts_with("SYR")
    });
    let Some(criticism) = criticism else {
        panic!("no criticism: {:?}", summary(&events));
    };
    assert_eq!(criticism.date.as_deref(), Some("2019-06-07"));
}
