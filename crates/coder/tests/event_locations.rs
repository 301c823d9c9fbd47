//! Where events happened (`Event::location`), on invented wire-style
//! sentences with the embedded dictionaries, gazetteer and dyad's own parser
//! (skipped with a message when the embedded model does not load): the place
//! the event's clause names, not every place in the sentence, and for a
//! physical act between two actors of one country, that country.

mod common;

use chrono::NaiveDate;
use common::summary;
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 20).expect("valid date");
    common::code_article("event_locations", date, text, CoderOptions::default())
}

/// (cameo root, place name, basis) of each event.
fn places(events: &[Event]) -> Vec<(String, String, String)> {
    events
        .iter()
        .map(|e| {
            let l = e.location.clone().unwrap_or_default();
            (
                e.root.clone().unwrap_or_default(),
                l.name.unwrap_or_default(),
                l.basis.unwrap_or_default(),
            )
        })
        .collect()
}

fn place_of_root(text: &str, root: &str) -> Option<(String, String)> {
    let events = code_article(text)?;
    let found: Vec<_> = places(&events)
        .into_iter()
        .filter(|(r, _, _)| r == root)
        .map(|(_, name, basis)| (name, basis))
        .collect();
    assert!(
        !found.is_empty(),
        "no event of root {root} in {text:?}: {:?}",
        summary(&events)
    );
    Some(found[0].clone())
}

#[test]
fn the_capital_of_a_nationality_is_its_capital_city() {
    let Some((name, basis)) = place_of_root(
        "Chinese President Xi Jinping met Kim Jong-un in the North Korean capital on Thursday.",
        "04",
    ) else {
        return;
    };
    assert_eq!(name, "Pyongyang");
    assert_eq!(basis, "in the North Korean capital");
}

#[test]
fn a_journey_places_what_it_was_for() {
    let Some((name, _)) = place_of_root(
        "The Iranian foreign minister flew to Moscow on Monday to meet Russian Foreign Minister \
         Sergei Lavrov.",
        "04",
    ) else {
        return;
    };
    assert_eq!(name, "Moscow");
}

#[test]
fn an_occasion_places_what_happened_during_it() {
    let Some((name, basis)) = place_of_root(
        "During a visit to Beijing on Tuesday, French President Emmanuel Macron signed a trade \
         agreement with China.",
        "03",
    ) else {
        return;
    };
    assert_eq!((name.as_str(), basis.as_str()), ("Beijing", "to Beijing"));
}

#[test]
fn a_visit_is_where_the_visitor_went() {
    let Some((name, _)) = place_of_root(
        "Turkish President Recep Tayyip Erdogan visited Baghdad on Wednesday.",
        "04",
    ) else {
        return;
    };
    assert_eq!(name, "Baghdad");
}

#[test]
fn towns_only_geonames_knows_are_found() {
    let Some((name, _)) = place_of_root(
        "Israeli troops clashed with Palestinian protesters in Sderot.",
        "19",
    ) else {
        return;
    };
    assert_eq!(name, "Sderot");
}

#[test]
fn a_domestic_physical_act_happens_in_its_country() {
    let Some((name, basis)) = place_of_root(
        "Kenyan police arrested dozens of opposition protesters.",
        "17",
    ) else {
        return;
    };
    assert_eq!(name, "Kenya");
    assert_eq!(basis, "domestic act in KEN");
}

#[test]
fn a_place_of_the_topic_is_not_the_place_of_the_statement() {
    let text = "Syria's foreign minister criticised Turkey on Sunday for its operations in Afrin.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(!events.is_empty(), "the criticism is coded");
    assert!(
        events.iter().all(|e| e.location.is_none()),
        "no place for a criticism between countries: {:?}",
        places(&events)
    );
}

#[test]
fn nationality_title_and_name_are_one_participant() {
    // The parser reads "Russian" as the root and "met" as its clause; the
    // repair gives the meeting back its subject and object.
    let text = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan \
                in Moscow on Tuesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    let s = summary(&events);
    assert!(
        s.iter()
            .any(|e| e.starts_with("RUSGOV TURGOV 04") || e.starts_with("TURGOV RUSGOV 04")),
        "{s:?}"
    );
}
