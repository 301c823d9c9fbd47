//! dyad's verb additions (`dyad.additions.verbs.txt`) with the embedded
//! Phoenix dictionaries and dyad's own parser (skipped with a message when
//! the embedded model does not load): URGE, which CAMEO.2.0 lacks, codes an
//! appeal (CAMEO 02x) from the subject to the object; verbs CAMEO.2.0 leaves
//! uncoded (REJECT) or codes against the codebook (SUE 173, LEAD 060) take
//! the code the additions give them.

mod common;

use chrono::NaiveDate;
use common::{code, summary_with_rules};
use dyad_coder::CoderOptions;

#[test]
fn urging_the_object_to_act_is_an_appeal() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    for text in [
        "Germany urged France to act.",
        "Germany urges France to act.",
    ] {
        let Some(events) = common::code_article("urge", date, text, CoderOptions::default()) else {
            return;
        };
        let summary: Vec<String> = events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    code(&e.source),
                    code(&e.target),
                    e.cameo.as_deref().unwrap_or(""),
                    e.rule.as_deref().unwrap_or("")
                )
            })
            .collect();
        assert!(
            events.iter().any(|e| code(&e.source) == "DEU"
                && code(&e.target) == "FRA"
                && e.cameo.as_deref().is_some_and(|c| c.starts_with("02"))
                && e.rule.as_deref().is_some_and(|r| r.contains("verb:URGE"))),
            "{text}: {summary:?}"
        );
    }
}

#[test]
fn additions_code_verbs_cameo_leaves_uncoded_or_codes_elsewhere() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    // (text, source, target, root, block named in the rule)
    let cases = [
        // REJECT is in CAMEO.2.0's null-coded REFUSE block.
        (
            "Germany rejected France.",
            "DEU",
            "FRA",
            "12",
            "verb:REJECT",
        ),
        // SUE is 173 (arrest, charge) upstream; a lawsuit is 115.
        ("Germany sued France.", "DEU", "FRA", "11", "verb:SUE"),
        // SANCTION is missing upstream. (A country's sanctions are its
        // government's act: DEUGOV.)
        (
            "Germany sanctioned France.",
            "DEUGOV",
            "FRA",
            "16",
            "verb:SANCTION",
        ),
    ];
    for (text, source, target, root, rule) in cases {
        let Some(events) = common::code_article("additions", date, text, CoderOptions::default())
        else {
            return;
        };
        assert!(
            events.iter().any(|e| code(&e.source) == source
                && code(&e.target) == target
                && e.cameo.as_deref().is_some_and(|c| c.starts_with(root))
                && e.rule.as_deref().is_some_and(|r| r.contains(rule))),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn a_verb_the_additions_leave_uncoded_is_no_event() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    // LEAD is in CAMEO.2.0's OVERSEE_MANAGE [060]; leading is no material
    // cooperation, and the additions give LEAD the null code.
    let Some(events) =
        common::code_article("lead", date, "Germany led France.", CoderOptions::default())
    else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| e.cameo.as_deref().is_some_and(|c| c.starts_with("06"))),
        "{:?}",
        summary_with_rules(&events)
    );
}

/// Codes the additions give senses of verbs that CAMEO.2.0 codes as something
/// else: CALL is a phone call only when the sentence says so, and a praise or
/// a condemning name otherwise; sentencing is legal action (17), and a meeting
/// is one event with the subject as source.
#[test]
fn verb_senses_take_the_codes_the_additions_give() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    // (text, source, target, cameo code, block named in the rule)
    let cases = [
        (
            "Germany called France by phone.",
            "DEU",
            "FRA",
            "041",
            "verb:CALL",
        ),
        (
            "Germany called France to discuss the crisis.",
            "DEU",
            "FRA",
            "041",
            "verb:CALL",
        ),
        (
            "Germany called France a disgrace.",
            "DEU",
            "FRA",
            "111",
            "verb:CALL",
        ),
        (
            "Germany called France a hero.",
            "DEU",
            "FRA",
            "051",
            "verb:CALL",
        ),
        (
            "A Kenyan court sentenced the Ugandan minister to prison.",
            "KENJUD",
            "UGAGOV",
            "173",
            "verb:SENTENCE",
        ),
        (
            "Germany held talks with France.",
            "DEU",
            "FRA",
            "046",
            "verb:HAVE",
        ),
        ("Germany visited France.", "DEU", "FRA", "042", "verb:VISIT"),
        ("Germany helped France.", "DEU", "FRA", "070", "verb:AID"),
        (
            "Germany sought French help.",
            "DEU",
            "FRA",
            "023",
            "verb:SEARCH",
        ),
    ];
    for (text, source, target, cameo, rule) in cases {
        let Some(events) = common::code_article("senses", date, text, CoderOptions::default())
        else {
            return;
        };
        assert!(
            events.iter().any(|e| code(&e.source) == source
                && code(&e.target) == target
                && e.cameo.as_deref() == Some(cameo)
                && e.rule.as_deref().is_some_and(|r| r.contains(rule))),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
    // One-sided: no second, reversed meeting.
    let Some(events) = common::code_article(
        "talks",
        date,
        "Germany held talks with France.",
        CoderOptions::default(),
    ) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| code(&e.source) == "FRA" && code(&e.target) == "DEU"),
        "{:?}",
        summary_with_rules(&events)
    );
}

/// Senses of verbs that CAMEO.2.0 codes as an interaction but that are none:
/// naming someone ("called X Y" with a neutral name), expecting, determining,
/// paying, orchestrating, hearing about, taking place or a title, visiting a
/// hospital, releasing a document, hosting a programme, helping chances,
/// seeking treatment.
#[test]
fn verb_senses_the_additions_silence_are_no_event() {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    let texts = [
        "Germany called France.",
        "Germany called France \"calm and quiet\".",
        "Germany expected France to act.",
        "A German doctor determined the French minister was in danger.",
        "Germany paid French smugglers.",
        "Germany pays for French spacecraft.",
        "Germany orchestrated the attacks on France.",
        "The German minister was pained to hear about the French president.",
        "The German congress took place in France.",
        "German officials visited the hospital in France.",
        "The German government released a summary of its call to France.",
        "Germany released French messages publicly.",
        "The German university hosted a program about French soldiers.",
        "Germany acted to help France's chances.",
        "Many German people seek treatment from the French government.",
    ];
    for text in texts {
        let Some(events) = common::code_article("silenced", date, text, CoderOptions::default())
        else {
            return;
        };
        assert!(
            events.is_empty(),
            "{text}: {:?}",
            summary_with_rules(&events)
        );
    }
}
