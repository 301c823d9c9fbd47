//! News mode: verbs whose source or target is named in a neighbouring
//! clause (`src/shared.rs`) — objects shared by coordinated verbs, contacts
//! that lead on to another act, pronoun objects of participles and
//! conjuncts, active participles and infinitives of undertaking nouns, and
//! the authors of messages — on invented news sentences with the embedded
//! dictionaries and dyad's own parser (skipped with a message when the
//! embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_on(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 5, 14).expect("valid date");
    common::code_article("shared", date, text, CoderOptions::default())
}

/// Assert an event of root `root` from `source` to `target` (code prefixes).
fn expect(text: &str, source: &str, target: &str, root: &str) -> Option<Vec<Event>> {
    let events = code_on(text)?;
    assert!(
        has_prefixed(&events, source, target, root),
        "{text}: expected {source} -> {target} {root}, got {:?}",
        summary(&events)
    );
    Some(events)
}

/// Assert no event of root `root` from `source` to `target` (code prefixes).
fn expect_none(text: &str, source: &str, target: &str, root: &str) {
    let Some(events) = code_on(text) else {
        return;
    };
    assert!(
        !has_prefixed(&events, source, target, root),
        "{text}: expected no {source} -> {target} {root}, got {:?}",
        summary(&events)
    );
}

fn factuality_of(events: &[Event], root: &str) -> Option<Factuality> {
    events
        .iter()
        .find(|e| e.root.as_deref() == Some(root))
        .and_then(|e| e.factuality)
}

#[test]
fn coordinated_verbs_share_the_object_after_the_last_one() {
    expect(
        "The United States condemned and sanctioned North Korea on Monday.",
        "USA",
        "PRK",
        "11",
    );
    expect(
        "China has repeatedly threatened and intimidated Taiwan.",
        "CHN",
        "TWN",
        "13",
    );
    // A negated second conjunct still shares the object; the first act is
    // asserted.
    let Some(events) = expect(
        "Germany criticised but did not sanction Russia.",
        "DEU",
        "RUS",
        "11",
    ) else {
        return;
    };
    assert_eq!(factuality_of(&events, "11"), Some(Factuality::Asserted));
}

#[test]
fn a_verb_with_its_own_clause_or_no_object_does_not_share_one() {
    // A verb of motion takes no object: the arrival is no act on the town,
    // only the attack is.
    if let Some(events) = code_on("Egyptian troops arrived and attacked the Libyan town of Sirte.")
    {
        let on_libya: Vec<&Event> = events
            .iter()
            .filter(|e| common::code(&e.target).starts_with("LBY"))
            .collect();
        assert!(
            !on_libya.is_empty() && on_libya.iter().all(|e| e.root.as_deref() == Some("19")),
            "expected only the attack on Libya, got {:?}",
            summary(&events)
        );
    }
    // A phrase of its own between the verbs gives the first verb its own
    // clause.
    expect_none(
        "Iraqi protesters marched to the square and denounced Iran.",
        "IRQ",
        "IRN",
        "14",
    );
}

#[test]
fn an_act_after_a_meeting_or_summons_is_addressed_to_whom_was_met() {
    expect(
        "France summoned the Italian ambassador and demanded an explanation.",
        "FRA",
        "ITA",
        "10",
    );
    expect(
        "Putin met Erdogan in Sochi and discussed the situation in Syria.",
        "RUS",
        "TUR",
        "04",
    );
    expect(
        "Macron telephoned Trump and urged restraint.",
        "FRA",
        "USA",
        "02",
    );
}

#[test]
fn only_acts_that_continue_the_contact_take_its_object() {
    // A criticism after a meeting is not aimed at the host.
    expect_none(
        "Merkel met Putin in Moscow and criticised the sanctions.",
        "DEU",
        "RUS",
        "11",
    );
    // Acts after force do not inherit its object through this rule.
    expect_none("Israel bombed Gaza and demanded calm.", "ISR", "PSE", "10");
}

#[test]
fn a_pronoun_object_of_a_participle_or_conjunct_is_the_main_object() {
    expect(
        "Moscow expelled three Estonian diplomats, accusing them of espionage.",
        "RUS",
        "EST",
        "11",
    );
    expect(
        "India detained four Pakistani fishermen and charged them with spying.",
        "IND",
        "PAK",
        "11",
    );
}

#[test]
fn an_active_participle_on_a_noun_is_done_by_the_noun() {
    expect(
        "Demonstrators denouncing the Iraqi government were dispersed by police.",
        "IRQ",
        "IRQGOV",
        "11",
    );
    // A protest participle without a target describes the crowd only.
    expect_none(
        "Thousands of students protesting in Belgium were joined by teachers.",
        "",
        "",
        "14",
    );
}

#[test]
fn the_owner_of_a_decision_or_plan_does_its_infinitive() {
    expect(
        "Iran's decision to seize the tanker angered Britain.",
        "IRN",
        "GBR",
        "17",
    );
    let Some(events) = expect(
        "Japan announced a plan to expel two Russian diplomats.",
        "JPN",
        "RUS",
        "16",
    ) else {
        return;
    };
    assert_eq!(factuality_of(&events, "16"), Some(Factuality::Planned));
    // Also when the parser makes the noun the head of the sentence.
    expect(
        "China's decision to expel three American journalists drew protests.",
        "CHN",
        "USA",
        "17",
    );
    // Nouns of asking are addressed to someone else: Washington does not
    // release anyone.
    expect_none(
        "Beijing rejected a call by Washington to release the detained Canadians.",
        "USA",
        "CAN",
        "08",
    );
}

#[test]
fn a_message_does_what_its_author_does_not_what_its_critic_does() {
    expect(
        "The European Parliament approved a motion urging Turkey to release jailed journalists.",
        "IGOEUR",
        "TUR",
        "02",
    );
    // Vetoing a resolution is not condemning what it condemns.
    expect_none(
        "Russia vetoed a resolution condemning Syria.",
        "RUS",
        "SYR",
        "11",
    );
    expect_none(
        "China rejected a letter praising Taiwan.",
        "CHN",
        "TWN",
        "05",
    );
}

#[test]
fn coordinated_passives_share_their_subject_and_agent() {
    // A later participle continues the passive with its agent.
    expect(
        "Three Kenyan activists were beaten by Ugandan police and detained overnight.",
        "UGACOP",
        "KEN",
        "17",
    );
    // The tagger reads the participle as a past tense.
    expect(
        "The Indian pilot was captured by Pakistan and released two days later.",
        "PAK",
        "IND",
        "08",
    );
    // The first participle shares the agent of the last one.
    expect(
        "Turkey was criticised and sanctioned by the United States.",
        "USA",
        "TUR",
        "11",
    );
}

#[test]
fn an_active_conjunct_after_a_passive_is_done_by_the_passive_subject() {
    // With an auxiliary of its own, or a verb that takes no object, the
    // conjunct is active: Iran retaliates.
    expect(
        "Iran was attacked by Israel and has retaliated against Israeli bases.",
        "IRN",
        "ISR",
        "19",
    );
    expect(
        "Iran was attacked by Israel and retaliated against Israeli bases.",
        "IRN",
        "ISR",
        "19",
    );
}

#[test]
fn a_noun_read_with_a_participle_and_its_conjunct_is_their_subject() {
    // The parser reads "forces shelled" as a noun with a reduced relative;
    // the conjunct's object shows that the participle is the main verb.
    expect(
        "Turkish forces shelled and captured the Syrian town of Ras al-Ain.",
        "TUR",
        "SYR",
        "19",
    );
}
