//! News mode: criticism, blame and official complaint as 2020s wire news
//! words them (session 9, h32) — verbs of criticism worded as force
//! (`src/criticism.rs`), phrasal verbs and idioms ("took a swipe at",
//! "poured scorn on", "called out"), criticism provoked "from" someone,
//! naming statements that evaluate ("called the election a sham",
//! `statement::names_by_evaluation`, and the repair of "called Russia's
//! actions a war crime"), the labels speakers use, and "lodged
//! representations". Invented sentences, the embedded dictionaries and
//! dyad's own parser (skipped with a message when the embedded model does
//! not load).

mod common;

use chrono::NaiveDate;
use common::{find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2024, 3, 12).expect("valid date");
    common::code_article("criticism-words", date, text, CoderOptions::default())
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

/// No text yields an event `source → target` (code prefixes) of `root`.
fn assert_not(cases: &[(&str, &str, &str, &str)]) {
    for &(text, source, target, root) in cases {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            find(&events, source, target, root).is_empty(),
            "{text}\n{:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn a_political_speaker_blasting_or_hammering_someone_criticises() {
    assert_codes(&[
        (
            "Turkish President Recep Tayyip Erdogan blasted Israeli Prime Minister Benjamin \
             Netanyahu as a war criminal.",
            "TUR",
            "ISR",
            "11",
        ),
        (
            "The Palestinian Authority assailed Israel's settlement expansion in the West Bank.",
            "PSE",
            "ISR",
            "11",
        ),
        (
            "The Kremlin hammered Washington over its arms deliveries to Kyiv.",
            "RUS",
            "USA",
            "11",
        ),
    ]);
    // The same verbs with an armed doer or a weapon stay force.
    assert_not(&[
        (
            "Russian forces blasted Ukrainian positions near Avdiivka.",
            "RUS",
            "UKR",
            "11",
        ),
        (
            "Israeli warplanes blasted Hamas positions in Gaza overnight.",
            "ISR",
            "PSE",
            "11",
        ),
    ]);
}

#[test]
fn slamming_a_political_actor_or_its_act_is_criticism() {
    assert_codes(&[
        (
            "Russian Foreign Minister Sergei Lavrov slammed NATO's eastward expansion.",
            "RUS",
            "IGOWSTNAT",
            "11",
        ),
        (
            "The Chinese embassy slammed the Dutch government's decision to restrict chip \
             exports.",
            "CHN",
            "NLD",
            "11",
        ),
        // Slamming the door on a bid is a rejection.
        (
            "Hungary slammed the door on Ukraine's membership bid.",
            "HUN",
            "UKR",
            "12",
        ),
    ]);
    // A missile slamming into a building is no criticism.
    assert_not(&[(
        "A Russian missile slammed into an apartment block in Zaporizhzhia.",
        "RUS",
        "UKR",
        "11",
    )]);
}

#[test]
fn idioms_of_criticism_are_criticism() {
    assert_codes(&[
        (
            "The Iranian foreign minister took a swipe at Germany over its arms exports.",
            "IRN",
            "DEU",
            "11",
        ),
        (
            "Ethiopia poured scorn on Egypt's warnings over the Nile dam.",
            "ETH",
            "EGY",
            "11",
        ),
        (
            "The White House called out Beijing for its treatment of Uyghurs.",
            "USA",
            "CHN",
            "11",
        ),
        (
            "Beijing hit out at Canberra's call for an independent inquiry.",
            "CHN",
            "AUS",
            "11",
        ),
    ]);
}

#[test]
fn denouncing_sanctions_criticises_their_author() {
    // Upstream codes "denounce … sanctions" as rallying support (053).
    assert_codes(&[(
        "Venezuela denounced the new U.S. sanctions on its oil industry.",
        "VEN",
        "USA",
        "11",
    )]);
    assert_not(&[(
        "Venezuela denounced the new U.S. sanctions on its oil industry.",
        "VEN",
        "USA",
        "05",
    )]);
}

#[test]
fn criticism_sparked_or_provoked_from_someone_is_that_critics() {
    assert_codes(&[
        (
            "The Indian government's new citizenship law triggered criticism from the United \
             Nations.",
            "IGOUNO",
            "IND",
            "11",
        ),
        (
            "Britain's asylum plan drew fire from the United Nations.",
            "IGOUNO",
            "GBR",
            "11",
        ),
    ]);
}

#[test]
fn a_naming_statement_that_evaluates_is_criticism_whatever_the_object() {
    assert_codes(&[
        // CALL * ELECTION would be calling an election (0831).
        (
            "Poland called the Russian presidential election a sham.",
            "POL",
            "RUS",
            "11",
        ),
        // The second object read as an object of the first.
        (
            "The United States called Russia's actions in Bucha a war crime.",
            "USA",
            "RUS",
            "11",
        ),
        (
            "Britain termed Russia's annexation of Crimea an act of aggression.",
            "GBR",
            "RUS",
            "11",
        ),
        (
            "Kyiv called the Kremlin a terrorist state.",
            "UKR",
            "RUS",
            "11",
        ),
    ]);
    // Calling an election is still calling an election.
    assert_not(&[(
        "The Japanese prime minister called a snap election.",
        "JPN",
        "JPN",
        "11",
    )]);
}

#[test]
fn lodging_representations_is_an_official_complaint() {
    assert_codes(&[(
        "China lodged solemn representations with Japan over the shrine visit.",
        "CHN",
        "JPN",
        "11",
    )]);
}

#[test]
fn a_negated_criticism_is_negated_not_dropped() {
    let text = "The United States did not slam Saudi Arabia's decision to cut oil output.";
    let Some(events) = code_article(text) else {
        return;
    };
    let found = find(&events, "USA", "SAU", "11");
    assert!(!found.is_empty(), "{:?}", summary_with_rules(&events));
    assert!(
        found
            .iter()
            .all(|e| e.factuality == Some(Factuality::Negated)),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_state_protesting_another_states_act_complains_officially() {
    assert_codes(&[
        (
            "Argentina protested Britain's military exercises near the Falkland Islands.",
            "ARG",
            "GBR",
            "114",
        ),
        (
            "The Japanese government protested to China over the incursion into its waters.",
            "JPN",
            "CHN",
            "114",
        ),
    ]);
    // A crowd's protest stays a demonstration.
    assert_not(&[(
        "Thousands of Serbian protesters protested the government's lithium deal with \
         Germany.",
        "SRB",
        "DEU",
        "114",
    )]);
}

#[test]
fn a_reaction_to_a_coup_in_a_country_is_aimed_at_its_military() {
    assert_codes(&[(
        "Soldiers seized power in Gabon on Wednesday. France denounced the coup in Gabon.",
        "FRA",
        "GABMIL",
        "11",
    )]);
}

#[test]
fn an_operation_slammed_as_a_crime_is_its_authors() {
    let text = "Azerbaijan launched a military offensive in Nagorno-Karabakh on Tuesday. \
                Armenia's prime minister slammed the operation as ethnic cleansing.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        !find(&events, "ARM", "AZE", "11").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn an_appeal_naming_an_act_by_an_evaluative_word_stays_an_appeal() {
    assert_codes(&[(
        "The European Union called on Russia to end its illegal occupation of Ukrainian \
         territory.",
        "IGOEUREEC",
        "RUS",
        "02",
    )]);
}

#[test]
fn the_object_of_a_first_verb_is_not_the_subject_of_the_second() {
    // The parser reads *the United States* as the subject of "called".
    assert_codes(&[(
        "Venezuela's president slammed the United States and called the sanctions \
         economic terrorism.",
        "VEN",
        "USA",
        "11",
    )]);
}
