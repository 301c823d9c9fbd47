//! News mode: accusations carried by reported speech (`src/accusation.rs`):
//! a speaker who reports another side's act of force, coercion or defiance
//! of the law accuses its doer (112), one who says another "is destroying
//! democracy" criticises it (111), and a figure of force on something
//! abstract is no assault. A speaker reporting its own side's act accuses
//! no one. Also the parse repair of "said Ukrainian forces shelled …" read
//! as an object noun phrase. Invented sentences, embedded dictionaries and
//! dyad's own parser (skipped with a message when the model does not load).

mod common;

use chrono::NaiveDate;
use common::{find, summary_with_rules};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 6, 20).expect("valid date");
    common::code_article("accusations", date, text, CoderOptions::default())
}

fn assert_one(events: &[Event], source: &str, target: &str, root: &str) -> Event {
    let found = find(events, source, target, root);
    assert_eq!(
        found.len(),
        1,
        "expected one {source} -> {target} {root}: {:?}",
        summary_with_rules(events)
    );
    found[0].clone()
}

fn assert_none(events: &[Event], source: &str, target: &str, root: &str) {
    assert!(
        find(events, source, target, root).is_empty(),
        "expected no {source} -> {target} {root}: {:?}",
        summary_with_rules(events)
    );
}

#[test]
fn a_reported_act_of_force_accuses_its_doer() {
    let Some(events) =
        code_article("North Korea said South Korean troops had fired across the border.")
    else {
        return;
    };
    let accusation = assert_one(&events, "PRK", "KOR", "11");
    assert_eq!(accusation.cameo.as_deref(), Some("1123"));
    // The accusation is the speaker's act of the day; the firing is only
    // the speaker's claim.
    assert_eq!(accusation.factuality, Some(Factuality::Asserted));
    let fired = assert_one(&events, "KOR", "PRK", "19");
    assert_eq!(fired.factuality, Some(Factuality::Reported));
    assert_none(&events, "KOR", "USA", "");
}

#[test]
fn a_reported_clause_without_that_is_parsed_as_a_clause() {
    // Without *that*, the parser reads "Ukrainian forces" as the object of
    // *said* and "shelled" as an adjective (`repair.rs`).
    let Some(events) = code_article(
        "The Russian Defence Ministry said Ukrainian forces shelled residential areas of Donetsk.",
    ) else {
        return;
    };
    assert_one(&events, "RUS", "UKR", "11");
    assert_one(&events, "UKR", "", "19");
    let Some(events) = code_article(
        "The Venezuelan government said opposition supporters attacked a military base.",
    ) else {
        return;
    };
    assert_one(&events, "VENGOV", "VENOPP", "11");
}

#[test]
fn quotations_passives_and_other_reporting_verbs_accuse_too() {
    for (text, source, target) in [
        (
            "\"Russian forces shelled the city overnight,\" Ukraine's defence ministry said on Sunday.",
            "UKR",
            "RUS",
        ),
        (
            "Villages near the border were shelled by Turkish forces, the Syrian government said.",
            "SYR",
            "TUR",
        ),
        (
            "Iran's foreign minister added that the United States had attacked an Iranian tanker.",
            "IRN",
            "USA",
        ),
        (
            "Turkey said the YPG had fired mortars into its territory.",
            "TUR",
            "SYR",
        ),
        (
            "The US State Department said Chinese police arrested dozens of Uighurs.",
            "USA",
            "CHN",
        ),
        (
            // "Islamic State" is the group (`IMGMUSISI`, session 9), no
            // longer the article's country plus a religion.
            "The Iraqi government announced that Islamic State fighters had killed 12 soldiers near Mosul.",
            "IRQGOV",
            // "Islamic State fighters" is the group (session 9), no longer
            // country-less fighters given Iraq's code.
            "IMGMUSISI",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert_one(&events, source, target, "11");
    }
}

#[test]
fn a_dispute_within_one_country_is_an_accusation() {
    let Some(events) = code_article(
        "Opposition leader Juan Guaido said Maduro's forces had arrested his chief of staff.",
    ) else {
        return;
    };
    assert_one(&events, "VENOPP", "VENGOV", "11");
}

#[test]
fn figures_of_force_are_criticism_not_assaults() {
    for (text, source, target) in [
        (
            "Nancy Pelosi said Donald Trump had abused his power.",
            "USALEG",
            "USAGOV",
        ),
        (
            "Boris Johnson said the European Union was trying to kill the Brexit deal.",
            "GBR",
            "IGO",
        ),
        (
            "Mexico's president said the United States was attacking the Mexican economy with tariffs.",
            "MEX",
            "USA",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let criticism = assert_one(&events, source, target, "11");
        assert_eq!(criticism.cameo.as_deref(), Some("111"));
        for root in ["18", "19", "20"] {
            assert!(
                common::of_root(&events, 0, root).is_empty(),
                "no assault in {text:?}: {:?}",
                summary_with_rules(&events)
            );
        }
    }
    let Some(events) =
        code_article("The Kremlin said Washington was destroying the arms control system.")
    else {
        return;
    };
    assert!(
        common::of_root(&events, 0, "19").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
    // A concrete object keeps the material reading.
    let Some(events) =
        code_article("Turkish troops destroyed a Kurdish militia base in northern Syria.")
    else {
        return;
    };
    assert_one(&events, "TUR", "", "19");
}

#[test]
fn reporting_a_courts_warrants_accuses_no_one() {
    let text = "A court in Kenya has issued arrest warrants for two Ugandan men, \
                a senior Kenyan police officer said on Monday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        common::of_root(&events, 0, "11").is_empty(),
        "{:?}",
        summary_with_rules(&events)
    );
}

#[test]
fn a_speaker_reporting_its_own_side_accuses_no_one() {
    for text in [
        "Israel's army said its jets struck Hamas positions in Gaza.",
        "The Pentagon said US forces killed an Islamic State leader in Syria.",
        "The Turkish army said it had shelled Kurdish militia positions.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            common::of_root(&events, 0, "11").is_empty(),
            "no accusation in {text:?}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn negated_modal_and_unattributed_reports_accuse_no_one() {
    for text in [
        "The ministry said Russia had not attacked any civilians.",
        "Moscow said Kyiv would attack Russian towns if it received long-range missiles.",
        "Witnesses said soldiers fired on protesters in Khartoum.",
        "Putin said Nazi Germany attacked the Soviet Union in 1941.",
        "The spokesman said the attack killed 12 people.",
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert!(
            common::of_root(&events, 0, "11").is_empty(),
            "no accusation in {text:?}: {:?}",
            summary_with_rules(&events)
        );
    }
}

#[test]
fn a_speaker_without_a_country_of_its_own_does_not_take_the_nearest() {
    // Either side's ministry: no accusation of Russia by Ukraine.
    let Some(events) =
        code_article("Russian forces destroyed a Ukrainian ammunition depot, the ministry said.")
    else {
        return;
    };
    assert_none(&events, "UKR", "RUS", "11");
}

#[test]
fn a_clause_attributed_with_according_to_accuses_its_doer() {
    let Some(events) = code_article(
        "According to the Syrian government, Turkish troops had shelled several villages near the border.",
    ) else {
        return;
    };
    assert_one(&events, "SYRGOV", "TUR", "11");
    let Some(events) = code_article(
        "According to the Pentagon, Iran has attacked two tankers in the Gulf of Oman.",
    ) else {
        return;
    };
    assert_one(&events, "USA", "IRN", "11");
}

#[test]
fn wrongdoing_said_of_another_actor_is_criticism() {
    for (text, source, target) in [
        (
            "The White House said Nancy Pelosi was lying.",
            "USAGOV",
            "USALEG",
        ),
        (
            "Nancy Pelosi said Donald Trump had betrayed his oath of office.",
            "USALEG",
            "USAGOV",
        ),
        (
            "Venezuela said the United States was plotting a coup against Nicolas Maduro.",
            "VEN",
            "USA",
        ),
        // Two entries of one word ("meddling", *meddle*) and a second actor
        // in the clause: the subject is whom it is said of.
        (
            "Beijing said Washington was meddling in Hong Kong's internal affairs.",
            "CHN",
            "USA",
        ),
        (
            "China said Washington had broken its promises.",
            "CHN",
            "USA",
        ),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        assert_one(&events, source, target, "11");
    }
    // "lies with" is no lie.
    let Some(events) =
        code_article("Germany said the responsibility for the crisis lies with Russia.")
    else {
        return;
    };
    assert_none(&events, "DEU", "RUS", "11");
}
