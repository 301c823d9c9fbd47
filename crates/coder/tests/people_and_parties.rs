//! Political parties and the people of domestic news as actors, on invented
//! news sentences with the embedded dictionaries and parser (skipped with a
//! message when the embedded model does not load): party names
//! (`data/dictionaries/dyad.additions.actors.txt`, coded `PTY`, `GOVPTY` in
//! government and `OPPPTY` out of it), party members named with a title or
//! a party label, legislators and party leaders of the 2014–2026 file,
//! surnames and pronouns that refer back to them, and generic people.

mod common;

use chrono::NaiveDate;
use common::{code, has, has_prefixed, summary};
use dyad_coder::CoderOptions;
use dyad_event::Event;

fn code_on(date: (i32, u32, u32), text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("valid date");
    common::code_article("people_and_parties", date, text, CoderOptions::default())
}

fn code_article(text: &str) -> Option<Vec<Event>> {
    code_on((2019, 7, 8), text)
}

#[test]
fn a_party_name_is_the_party_in_or_out_of_government() {
    let Some(events) = code_article("The Democrats accused President Donald Trump of obstruction.")
    else {
        return;
    };
    assert!(
        has(&events, "USAOPPPTY", "USAGOV", "112"),
        "{:?}",
        summary(&events)
    );
    // Which party governs depends on the date.
    let text = "The BJP accused the Congress party of corruption.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "INDGOVPTY", "INDOPPPTY", "112"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_on((2012, 7, 8), text) else {
        return;
    };
    assert!(
        has(&events, "INDOPPPTY", "INDGOVPTY", "112"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_article("The Tories criticised the Scottish National Party.") else {
        return;
    };
    assert!(
        has(&events, "GBRGOVPTY", "GBRPTY", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_name_several_countries_parties_share_takes_the_country_of_the_article() {
    let text = "The British government announced a new budget on Monday. \
                Labour MPs criticised the government.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "GBRLEG", "GBRGOV", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_party_member_with_a_title_acts_in_the_title_role() {
    // Not `USAGOVPTYLEG`: the title says which body the members speak for.
    let Some(events) = code_article("Republican lawmakers praised President Donald Trump.") else {
        return;
    };
    assert!(
        has(&events, "USALEG", "USAGOV", "051"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_party_label_gives_way_to_the_person_it_labels() {
    let text = "Democrat Chuck Schumer criticized President Donald Trump.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "USALEG", "USAGOV", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_party_name_in_lower_case_is_an_ordinary_word() {
    let text = "Turkish police arrested conservatives and liberals in Ankara.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| !code(&e.target).contains("PTY")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_name_introduced_by_a_party_and_a_role_keeps_that_code_by_surname() {
    let text = "Labour leader Tom Quimby criticised Prime Minister Theresa May on Monday. \
                Quimby also accused the British government of lying.";
    let Some(events) = code_article(text) else {
        return;
    };
    // Accused of lying: an accusation or criticism (root 11; "lying" is
    // also an evaluative word, which codes 111).
    assert!(
        has(&events, "GBRPTY", "GBRGOV", "11"),
        "{:?}",
        summary(&events)
    );
    // A party member named with a title is a legislator (`GBRLEG`, not
    // `GBRPTYLEG`), also when named again by surname.
    let text = "Conservative MP Anna Brightwell spoke in London on Monday. \
                Brightwell criticised the British government.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "GBRLEG", "GBRGOV", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn legislators_and_opposition_leaders_have_dated_codes() {
    let Some(events) = code_article("Senator Ted Cruz criticized the Democrats.") else {
        return;
    };
    assert!(
        has(&events, "USALEG", "USAOPPPTY", "111"),
        "{:?}",
        summary(&events)
    );
    let Some(events) = code_on(
        (2019, 9, 20),
        "Jeremy Corbyn criticised Prime Minister Boris Johnson.",
    ) else {
        return;
    };
    assert!(
        has(&events, "GBROPP", "GBRGOV", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_surname_names_the_person_first_named_with_a_title() {
    let text = "Prime Minister Boris Johnson visited Dublin on Monday. \
                Irish Prime Minister Leo Varadkar later criticised Johnson.";
    let Some(events) = code_on((2019, 9, 20), text) else {
        return;
    };
    assert!(
        has(&events, "IRLGOV", "GBRGOV", "111"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn him_after_a_generic_person_is_that_person_not_the_politician_before() {
    let text = "Prime Minister Imran Khan visited Washington on Sunday. \
                A man attacked a police station in Lahore on Monday. \
                Police arrested him hours later.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has(&events, "PAKCOP", "PAKPPL", "173"),
        "{:?}",
        summary(&events)
    );
    assert!(
        !has_prefixed(&events, "PAKCOP", "PAKGOV", "17"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_surname_written_as_a_common_noun_names_no_one() {
    // "tusk" is no Polish politician: the article is about London.
    let text = "A man attacked tourists with a narwhal tusk in London. \
                Police arrived and shot him dead.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "GBRCOP", "GBR", "19"),
        "{:?}",
        summary(&events)
    );
    assert!(
        events.iter().all(|e| !code(&e.source).starts_with("POL")),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_candidate_dropping_out_of_a_race_yields_to_no_one() {
    let text =
        "Senator Kirsten Gillibrand dropped out of the Democratic presidential race on Wednesday.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        events.iter().all(|e| e.root.as_deref() != Some("08")),
        "{:?}",
        summary(&events)
    );
    let text = "The Taliban dropped out of the talks with the United States.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "AFGREB", "USA", "08"),
        "{:?}",
        summary(&events)
    );
}

#[test]
fn a_politicians_schooling_and_appointment_to_a_seat_are_no_events() {
    let text = "Senator Ted Cruz attended law school at Harvard University. \
                Governor Andrew Cuomo appointed Kirsten Gillibrand to fill the Senate seat of Hillary Clinton.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(events.is_empty(), "{:?}", summary(&events));
    // Attending a summit is still a meeting.
    let text = "Senator Ted Cruz attended the summit with President Donald Trump in Paris.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert!(
        has_prefixed(&events, "USALEG", "USAGOV", "04"),
        "{:?}",
        summary(&events)
    );
}
