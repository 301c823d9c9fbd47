//! Coverage of common international-relations acts in news wording (session
//! 5, h8): verb senses added to `dyad.additions.verbs.txt` and
//! `dyad.nominal-events.txt`, targets named by a pattern's preposition on
//! the object's phrase, threats and refusals with an infinitive
//! (`src/refusal.rs`), and a past-tense verb the parser read as an
//! adjective after a plural subject (`src/repair.rs`). Each sentence is
//! coded as an article of its own with the embedded dictionaries and
//! parser (skipped with a message when the model does not load).

mod common;

use chrono::NaiveDate;
use common::{code, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_one(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 15).expect("valid date");
    common::code_article("coverage", date, text, CoderOptions::default())
}

/// Each sentence gives an event from an actor whose code starts with the
/// source to one whose code starts with the target, with a CAMEO code that
/// starts with `cameo`.
fn assert_codes(cases: &[(&str, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(text, source, target, cameo) in cases {
        let Some(events) = code_one(text) else {
            return;
        };
        let found = events.iter().any(|e| {
            code(&e.source).starts_with(source)
                && code(&e.target).starts_with(target)
                && e.cameo.as_deref().is_some_and(|c| c.starts_with(cameo))
        });
        if !found {
            failures.push(format!(
                "{text}: want {source} -> {target} {cameo}, got {:?}",
                summary_with_rules(&events)
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// No event of the sentence has a CAMEO code starting with `cameo`.
fn assert_no_code(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for &(text, cameo) in cases {
        let Some(events) = code_one(text) else {
            return;
        };
        if events
            .iter()
            .any(|e| e.cameo.as_deref().is_some_and(|c| c.starts_with(cameo)))
        {
            failures.push(format!(
                "{text}: no {cameo} wanted, got {:?}",
                summary_with_rules(&events)
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn visits_hosting_and_diplomatic_relations() {
    assert_codes(&[
        // TRAVEL to a place is a visit (upstream: GO_SOMEWHERE, uncoded in news).
        (
            "The Italian foreign minister travelled to Cairo on Sunday.",
            "ITAGOV",
            "EGY",
            "042",
        ),
        (
            "The German chancellor traveled to Ankara.",
            "DEUGOV",
            "TUR",
            "042",
        ),
        // RECEIVE a delegation or a counterpart is hosting.
        (
            "Xi Jinping received a Pakistani delegation in Beijing.",
            "CHNGOV",
            "PAK",
            "043",
        ),
        (
            "Erdogan received his Iranian counterpart in Ankara.",
            "TURGOV",
            "IRN",
            "043",
        ),
        // DOWNGRADE and NORMALIZE relations (not in CAMEO.2.0).
        (
            "Kuwait downgraded diplomatic ties with Iran.",
            "KWT",
            "IRN",
            "161",
        ),
        (
            "Morocco normalised relations with Israel.",
            "MAR",
            "ISR",
            "050",
        ),
        // Embassies IN and ambassadors FROM a country: the country is the target.
        (
            "Bahrain closed its embassy in Lebanon.",
            "BHR",
            "LBN",
            "161",
        ),
        ("Italy reopened its embassy in Libya.", "ITA", "LBY", "050"),
        (
            "The Netherlands recalled its ambassador from Turkey.",
            "NLD",
            "TUR",
            "161",
        ),
        (
            "Austria withdrew its ambassador from Russia.",
            "AUT",
            "RUS",
            "161",
        ),
        (
            "Ukraine declared the Hungarian consul persona non grata.",
            "UKR",
            "HUN",
            "161",
        ),
        // AGREE a deal (transitive) concludes it; ABANDON a deal leaves it.
        (
            "Canada agreed a trade deal with Mexico.",
            "CAN",
            "MEX",
            "057",
        ),
        (
            "Washington abandoned the arms control treaty with Moscow.",
            "USA",
            "RUS",
            "160",
        ),
    ]);
    assert_no_code(&[
        // A journey without a destination, and a letter received, are no visits.
        (
            "The Italian foreign minister travelled widely last year.",
            "04",
        ),
        (
            "Erdogan received a letter from the Iranian president.",
            "043",
        ),
        ("Kenya received aid from the American president.", "043"),
    ]);
}

#[test]
fn cooperation_aid_and_yielding() {
    assert_codes(&[
        (
            "Jordan shared intelligence with Egypt.",
            "JOR",
            "EGY",
            "064",
        ),
        (
            "Russia held joint military exercises with Belarus.",
            "RUS",
            "BLR",
            "062",
        ),
        (
            "Thailand handed over the suspects to Malaysia.",
            "THA",
            "MYS",
            "063",
        ),
        ("France supplied Iraq with weapons.", "FRA", "IRQ", "072"),
        (
            "Iran supplied missiles to the Houthis.",
            "IRN",
            "YEMREB",
            "072",
        ),
        ("Britain trained Kenyan troops.", "GBR", "KEN", "062"),
        (
            "Syria returned the bodies of the pilots to Turkey.",
            "SYR",
            "TUR",
            "0841",
        ),
        (
            "Turkey pulled its forces out of Iraq.",
            "TUR",
            "IRQ",
            "0874",
        ),
        // The country control is handed TO is the target, not the place.
        (
            "Portugal relinquished control of Macau to China.",
            "PRT",
            "CHN",
            "080",
        ),
        (
            "Armenia handed control of the district to Azerbaijan.",
            "ARM",
            "AZE",
            "080",
        ),
        (
            "Washington eased the embargo on Venezuela.",
            "USA",
            "VEN",
            "085",
        ),
        // An exchange between the subject's members is mutual, no yield
        // waiting for an ask.
        (
            "Armenia and Azerbaijan exchanged prisoners.",
            "ARM",
            "AZE",
            "0841",
        ),
    ]);
    assert_no_code(&[
        // Pulling forces out is no seizure (upstream PULL: 171), joint
        // exercises no show of force (upstream: 150), easing an embargo no
        // cooperation (upstream EASE: 060).
        ("Turkey pulled its forces out of Iraq.", "171"),
        ("Russia held joint military exercises with Belarus.", "150"),
        ("Washington eased the embargo on Venezuela.", "06"),
    ]);
}

#[test]
fn force_posture_sanctions_and_force() {
    assert_codes(&[
        (
            "Russia massed tanks near the Georgian border.",
            "RUS",
            "GEO",
            "154",
        ),
        (
            "Saudi Arabia downgraded relations with Lebanon.",
            "SAU",
            "LBN",
            "161",
        ),
        (
            "Germany halted arms sales to Saudi Arabia.",
            "DEU",
            "SAU",
            "1622",
        ),
        (
            "The United States imposed tariffs on Turkish steel.",
            "USA",
            "TUR",
            "163",
        ),
        (
            "India raised tariffs on Pakistani goods.",
            "IND",
            "PAK",
            "163",
        ),
        ("Hezbollah launched rockets at Israel.", "LBN", "ISR", "194"),
        (
            "Iran launched missiles at Saudi oil facilities.",
            "IRN",
            "SAU",
            "190",
        ),
        (
            "Houthi rebels launched drones against Saudi airports.",
            "YEMREB",
            "SAU",
            "1952",
        ),
        ("Pirates hijacked an Indian tanker.", "", "IND", "181"),
        ("Egypt blockaded the Gaza Strip.", "EGY", "PSE", "191"),
        (
            "Armenia moved troops to the Azerbaijani border.",
            "ARM",
            "AZE",
            "154",
        ),
        (
            "Azerbaijan violated the ceasefire with Armenia.",
            "AZE",
            "ARM",
            "196",
        ),
    ]);
    assert_no_code(&[
        // A launch without a target is a test, not an attack.
        ("North Korea launched two missiles on Saturday.", "19"),
        // Tariffs are no assault (upstream SLAP: 180).
        ("Trump slapped tariffs on Chinese goods.", "18"),
    ]);
}

#[test]
fn threats_and_refusals_with_an_infinitive() {
    assert_codes(&[
        ("Iran threatened to attack Israel.", "IRN", "ISR", "138"),
        (
            "China threatened to impose sanctions on Lithuania.",
            "CHN",
            "LTU",
            "1312",
        ),
        (
            "Russia threatened to expel Polish diplomats.",
            "RUS",
            "POL",
            "1313",
        ),
        (
            "Pakistan refused to extradite the suspects to India.",
            "PAK",
            "IND",
            "12",
        ),
        (
            "Venezuela refused to negotiate with Colombia.",
            "VEN",
            "COL",
            "125",
        ),
        // Nouns of sanctions and force after THREATEN.
        (
            "Japan threatened tariffs on South Korean chips.",
            "JPN",
            "KOR",
            "1312",
        ),
        (
            "Syria threatened retaliation against Turkey.",
            "SYR",
            "TUR",
            "138",
        ),
    ]);
    assert_no_code(&[
        // The threatened or refused act is not coded as done or planned.
        ("Iran threatened to attack Israel.", "19"),
        (
            "Pakistan refused to extradite the suspects to India.",
            "063",
        ),
        ("Venezuela refused to negotiate with Colombia.", "046"),
        // Declining or refusing to comment is no refusal addressed to anyone.
        (
            "Britain declined to comment on the report from Russia.",
            "12",
        ),
        (
            "Britain refused to comment on the report from Russia.",
            "12",
        ),
    ]);
}

#[test]
fn past_tense_verb_read_as_adjective_after_a_plural_subject() {
    assert_codes(&[
        ("Turkish jets struck targets in Iraq.", "TUR", "IRQ", "19"),
        (
            "Egyptian police arrested dozens of protesters.",
            "EGYCOP",
            "EGY",
            "17",
        ),
        (
            "The European Union threatened sanctions against Belarus.",
            "IGOEUR",
            "BLR",
            "1312",
        ),
    ]);
}
