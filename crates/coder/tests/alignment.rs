//! News mode: the alignment of states — joining an alliance, a coalition or
//! an organisation (06 / 057), being allied or fighting on a side (06),
//! leaving an organisation or a treaty (16), and withdrawals of forces
//! ordered or announced by their government (08) — on invented news
//! sentences with the embedded dictionaries and dyad's own parser (skipped
//! with a message when the embedded model does not load).

mod common;

use chrono::NaiveDate;
use common::{has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

fn code_on(date: (i32, u32, u32), text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("valid date");
    common::code_article("alignment", date, text, CoderOptions::default())
}

/// Assert an event of root `root` from `source` to `target` (code prefixes).
fn expect(date: (i32, u32, u32), text: &str, source: &str, target: &str, root: &str) {
    let Some(events) = code_on(date, text) else {
        return;
    };
    assert!(
        has_prefixed(&events, source, target, root),
        "{text}: expected {source} -> {target} {root}, got {:?}",
        summary(&events)
    );
}

/// Assert that no event has a source or target starting with `code`.
fn expect_no_actor(date: (i32, u32, u32), text: &str, code: &str) {
    let Some(events) = code_on(date, text) else {
        return;
    };
    assert!(
        !events.iter().any(|e| {
            [&e.source, &e.target]
                .iter()
                .any(|a| common::code(a).starts_with(code))
        }),
        "{text}: expected no event with {code}, got {:?}",
        summary(&events)
    );
}

#[test]
fn joining_an_alliance_is_military_cooperation_with_it() {
    expect(
        (2023, 4, 6),
        "Finland formally joined NATO on Tuesday after Turkey ratified its bid.",
        "FIN",
        "IGOWSTNAT",
        "06",
    );
}

#[test]
fn becoming_a_member_or_being_admitted_is_joining() {
    expect(
        (2024, 3, 9),
        "Sweden became a member of NATO on Thursday.",
        "SWE",
        "IGOWSTNAT",
        "06",
    );
    expect(
        (2020, 3, 29),
        "North Macedonia became NATO's 30th member on Friday.",
        "MKD",
        "IGOWSTNAT",
        "06",
    );
    expect(
        (2017, 6, 7),
        "Montenegro was admitted to NATO in a ceremony in Washington on Monday.",
        "MNE",
        "IGOWSTNAT",
        "06",
    );
    // Being a member states a fact; it is no act.
    let Some(events) = code_on((2019, 8, 24), "Brazil is a member of the United Nations.") else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
}

#[test]
fn joining_another_organisation_is_an_accession_agreement() {
    expect(
        (2013, 7, 2),
        "Croatia joined the European Union on Monday.",
        "HRV",
        "IGOEUREEC",
        "05",
    );
}

#[test]
fn applying_to_join_is_a_plan() {
    let text = "Georgia applied to join the European Union on Thursday.";
    let Some(events) = code_on((2022, 3, 4), text) else {
        return;
    };
    let joined: Vec<&Event> = events
        .iter()
        .filter(|e| common::code(&e.target) == "IGOEUREEC")
        .collect();
    assert!(
        joined
            .iter()
            .any(|e| e.factuality == Some(Factuality::Planned)),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn joining_a_coalition_is_cooperation_with_its_leader() {
    // "X-led", "led by X", and each joiner of a compound subject.
    let text = "Sudan and Morocco joined the Saudi-led coalition on Thursday.";
    expect((2015, 3, 28), text, "SDN", "SAU", "06");
    expect((2015, 3, 28), text, "MAR", "SAU", "06");
    let text = "Qatar and Kuwait joined the coalition led by Saudi Arabia.";
    expect((2015, 3, 28), text, "QAT", "SAU", "06");
    expect((2015, 3, 28), text, "KWT", "SAU", "06");
    // Not each other.
    let Some(events) = code_on((2015, 3, 28), text) else {
        return;
    };
    assert!(
        !has_prefixed(&events, "QAT", "KWT", "06"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_coalition_joined_by_a_list_of_states_is_led_by_its_founder() {
    // The parser hangs the last names of the list on the verb.
    let text = "Last month Britain launched a maritime coalition to escort tankers in the Strait of Hormuz which was joined by Denmark, Italy, the Netherlands and France.";
    for joiner in ["DNK", "ITA", "NLD", "FRA"] {
        expect((2019, 8, 20), text, joiner, "GBR", "06");
    }
}

#[test]
fn a_coalition_named_by_its_leader_acts_as_the_leader() {
    expect(
        (2018, 6, 14),
        "The Saudi-led coalition launched an assault on the port city of Hodeidah on Wednesday.",
        "SAU",
        "YEM",
        "19",
    );
}

#[test]
fn joining_a_state_in_air_strikes_is_fighting_on_its_side() {
    expect(
        (2014, 9, 24),
        "Jordan has joined the United States in airstrikes on Islamic State targets.",
        "JOR",
        "USA",
        "06",
    );
}

#[test]
fn being_allied_with_a_government_is_military_cooperation() {
    expect(
        (2016, 5, 10),
        "Iran has been allied with the Syrian government since the start of the war.",
        "IRN",
        "SYRGOV",
        "06",
    );
}

#[test]
fn leaving_an_organisation_reduces_relations_with_it() {
    expect(
        (2016, 10, 28),
        "South Africa quit the International Criminal Court on Friday.",
        "ZAF",
        "IGOJUDICC",
        "16",
    );
    expect(
        (2019, 1, 2),
        "Qatar exited OPEC on New Year's Day.",
        "QAT",
        "IGOOPC",
        "16",
    );
    // A body of the organisation, named with its name.
    expect(
        (2018, 6, 20),
        "Washington withdrew from the UN Human Rights Council on Tuesday.",
        "USA",
        "IGOUNO",
        "16",
    );
}

#[test]
fn withdrawing_ones_own_country_from_a_treaty_is_aimed_at_the_other_party() {
    // The country withdrawn is the actor's own; the treaty's partner is
    // the target.
    let text = "President Trump withdrew the United States from the nuclear agreement with Iran.";
    expect((2018, 5, 9), text, "USAGOV", "IRN", "16");
    expect(
        (2019, 8, 3),
        "The United States pulled out of the missile treaty with Russia on Friday.",
        "USA",
        "RUS",
        "16",
    );
}

#[test]
fn troops_ordered_out_are_withdrawn_by_their_government_or_expelled() {
    // Own troops: the government withdraws them from the country (087).
    expect(
        (2021, 4, 15),
        "President Biden ordered all American troops out of Afghanistan.",
        "USAGOV",
        "AFG",
        "08",
    );
    // Foreign troops: the host expels them (166).
    expect(
        (2022, 2, 18),
        "Mali ordered French troops out of its territory on Thursday.",
        "MLI",
        "FRA",
        "16",
    );
}

#[test]
fn an_announced_withdrawal_of_forces_is_the_governments_act() {
    let text = "The Kremlin announced that Russian forces would withdraw from Kherson.";
    let Some(events) = code_on((2022, 11, 10), text) else {
        return;
    };
    assert!(
        events.iter().any(|e| common::code(&e.source) == "RUSGOV"
            && e.root.as_deref() == Some("08")
            && e.factuality == Some(Factuality::Planned)),
        "{:?}",
        summary(&events)
    );
    expect(
        (2019, 12, 2),
        "President Trump said US troops would be leaving Iraq.",
        "USAGOV",
        "IRQ",
        "08",
    );
}

#[test]
fn forces_in_cooperation_with_a_partner_cooperate_with_it() {
    expect(
        (2019, 11, 10),
        "The camp houses British soldiers there to secure the border in cooperation with the Iraqi army.",
        "GBRMIL",
        "IRQ",
        "06",
    );
}

#[test]
fn joining_a_protest_a_party_or_a_company_is_no_alignment() {
    expect_no_actor(
        (2019, 6, 1),
        "Thousands of students joined the protest in Santiago on Friday.",
        "IGO",
    );
    let Some(events) = code_on(
        (2019, 6, 1),
        "The senator joined the Democratic Party in 1998.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("06")),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_on(
        (2019, 6, 1),
        "The former minister left the UN headquarters after the meeting.",
    ) else {
        return;
    };
    assert!(
        !events.iter().any(|e| e.root.as_deref() == Some("16")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn forming_an_alliance_is_military_cooperation_between_the_allies() {
    // With a partner.
    expect(
        (2021, 6, 16),
        "Armenia formed an alliance with Russia in the 1990s.",
        "ARM",
        "RUS",
        "06",
    );
    // A compound subject: each with the other, and the "military" of the
    // alliance is no target.
    let text = "Israel and the United Arab Emirates forged a military alliance against Iran.";
    expect((2021, 6, 16), text, "ISR", "ARE", "06");
    let Some(events) = code_on((2021, 6, 16), text) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| common::code(&e.target).ends_with("MIL")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_withdrawal_named_by_a_noun_is_coded_by_what_is_left() {
    // A country: de-escalation (08), target the country.
    expect(
        (2016, 3, 15),
        "Putin ordered the withdrawal of the main part of Russian forces from Syria.",
        "RUSGOV",
        "SYR",
        "08",
    );
    // An organisation: reduced relations (16).
    expect(
        (2016, 10, 26),
        "Burundi announced its withdrawal from the International Criminal Court.",
        "BDI",
        "IGOJUDICC",
        "16",
    );
    // A treaty: its other party (16).
    expect(
        (2018, 5, 9),
        "Trump announced the US withdrawal from the nuclear accord with Iran.",
        "USAGOV",
        "IRN",
        "16",
    );
}

#[test]
fn a_withdrawal_reported_as_done_stays_the_forces_act() {
    let text = "The defence ministry said Russian troops withdrew from Kherson on Friday.";
    let Some(events) = code_on((2022, 11, 12), text) else {
        return;
    };
    assert!(
        !events
            .iter()
            .any(|e| common::code(&e.source) == "RUSGOV" && e.root.as_deref() == Some("08")),
        "{:?}",
        summary(&events)
    );
}
