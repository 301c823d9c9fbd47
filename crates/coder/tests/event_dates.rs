//! Event dates and factuality across sentences (issue 5) on invented wire
//! sentences, with the embedded dictionaries and dyad's own parser (skipped
//! with a message when the embedded model does not load): narrative dates
//! carried over a paragraph break only to the same participants, dates that
//! set no narrative (plans, deadlines), dates relative to the narrative
//! ("a few days later"), past perfects and "previously" to the month,
//! "recently" to the year, a "when" clause dating its main clause, the
//! factuality of hedged, announced and planned acts, reactions and sequels
//! that keep the report's date, answers to a month-old ask dated to the
//! year, "later the same day", "is to" plans, dates after a closing
//! quote, counted acts since a date (the period up to the report), shifts
//! counted from the narrative's act ("two days after the attack"), dates of
//! relative clauses that set no narrative, and possessive dates of the act
//! reacted to ("condemned Saturday's attack").

mod common;

use chrono::NaiveDate;
use common::code;
use dyad_coder::CoderOptions;
use dyad_event::{Event, Factuality};

/// Published on Monday 8 July 2019.
fn code_article(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 8).expect("valid date");
    common::code_article("event-dates", date, text, CoderOptions::default())
}

fn find<'e>(events: &'e [Event], sentence: usize, source: &str, target: &str) -> &'e Event {
    events
        .iter()
        .find(|e| {
            e.sentence_index == sentence
                && code(&e.source).starts_with(source)
                && code(&e.target).starts_with(target)
        })
        .unwrap_or_else(|| panic!("{source} -> {target} in sentence {sentence}: {events:#?}"))
}

#[test]
fn a_response_in_the_next_paragraph_takes_the_narrative_date() {
    let text = "Yesterday, North Korea shelled South Korean border posts.\n\n\
                No one was hurt. South Korea retaliated by firing artillery at North Korea.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 2, "KOR", "PRK");
    assert_eq!(e.date.as_deref(), Some("2019-07-07"), "{e:#?}");
}

#[test]
fn other_actors_after_a_paragraph_break_keep_the_publication_date() {
    let text = "Yesterday, North Korea shelled South Korean border posts.\n\n\
                No one was hurt. Japan criticised China.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 2, "JPN", "CHN");
    assert_eq!(e.date.as_deref(), Some("2019-07-08"), "{e:#?}");
    // In the same paragraph the narrative date still carries.
    let text = "Yesterday, North Korea shelled South Korean border posts. Japan criticised China.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "JPN", "CHN");
    assert_eq!(e.date.as_deref(), Some("2019-07-07"), "{e:#?}");
}

#[test]
fn a_planned_meeting_sets_no_narrative_date() {
    let text = "Iran was set to meet Iraq on Wednesday. Syria criticised Turkey.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "SYR", "TUR");
    assert_eq!(e.date.as_deref(), Some("2019-07-08"), "{e:#?}");
}

#[test]
fn a_few_days_later_is_the_month_of_the_narrative_date() {
    let text = "On July 2, Turkey arrested a German journalist. \
                A few days later Germany criticised Turkey.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "DEU", "TUR");
    assert_eq!(e.date.as_deref(), Some("2019-07"), "{e:#?}");
}

#[test]
fn acts_before_the_story_are_dated_to_the_month() {
    // A past perfect with no date of its own.
    let Some(events) = code_article("Iran had accused Saudi Arabia of supporting terrorism.")
    else {
        return;
    };
    let e = find(&events, 0, "IRN", "SAU");
    assert_eq!(e.date.as_deref(), Some("2019-07"), "{e:#?}");
    // "previously" after a dated sentence: before that day, in its month.
    let text = "On Friday, Germany banned Iranian flights. \
                Germany had previously accused Iran of plotting attacks.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        find(&events, 0, "DEU", "IRN").date.as_deref(),
        Some("2019-07-05")
    );
    let e = find(&events, 1, "DEU", "IRN");
    assert_eq!(e.date.as_deref(), Some("2019-07"), "{e:#?}");
}

#[test]
fn recently_is_the_year_and_when_dates_the_main_clause() {
    let Some(events) =
        code_article("Recently, the United States accused Iran of attacking tankers.")
    else {
        return;
    };
    let e = find(&events, 0, "USA", "IRN");
    assert_eq!(e.date.as_deref(), Some("2019"), "{e:#?}");
    let Some(events) =
        code_article("When announcing the ban on Monday, the German government criticised Iran.")
    else {
        return;
    };
    // The report is dated Monday 2019-07-08: its own weekday is that day.
    let e = find(&events, 0, "DEU", "IRN");
    assert_eq!(e.date.as_deref(), Some("2019-07-08"), "{e:#?}");
}

#[test]
fn an_announced_suspension_is_planned_and_dated_by_the_announcement() {
    let text = "Yesterday, Queen Elizabeth II announced she will comply with the request of \
                Prime Minister Boris Johnson to suspend Parliament for parts of September and October.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 0, "GBRGOV", "GBRLEG");
    // "for parts of September and October" is how long, not when.
    assert_eq!(e.date.as_deref(), Some("2019-07-07"), "{e:#?}");
    assert_eq!(e.factuality, Some(Factuality::Planned), "{e:#?}");
}

#[test]
fn hedged_announced_and_claimed_acts() {
    let text = "The New York Times reported that Trump might have pressured Ukraine to investigate Hunter Biden.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 0, "USA", "UKR");
    assert_eq!(e.factuality, Some(Factuality::Reported), "{e:#?}");
    let text = "The Syrian Democratic Forces announced they had signed an agreement with the government of Syria. \
                The rebels claimed they had attacked Turkish troops.";
    let Some(events) = code_article(text) else {
        return;
    };
    // A party announcing its own act makes it a fact; a claim stays a claim.
    let e = find(&events, 0, "SYRREB", "SYRGOV");
    assert_eq!(e.factuality, Some(Factuality::Asserted), "{e:#?}");
    let e = find(&events, 1, "SYRREB", "TUR");
    assert_eq!(e.factuality, Some(Factuality::Reported), "{e:#?}");
}

#[test]
fn the_main_clause_sets_the_narrative_date() {
    // The date of the relative clause ("announced on July 1") is not the
    // day the story is at; the main clause's ("on Friday") is.
    let text = "The sanctions that Washington announced on July 1 took effect on Friday. \
                Iran criticised the United States.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "IRN", "USA");
    assert_eq!(e.date.as_deref(), Some("2019-07-05"), "{e:#?}");
}

/// The date of event `sentence` `source` → `target`.
fn date_of(events: &[Event], sentence: usize, source: &str, target: &str) -> Option<String> {
    find(events, sentence, source, target).date.clone()
}

#[test]
fn a_reaction_to_an_earlier_act_keeps_the_date_of_the_report() {
    // "the proposal" names Thursday's act: its endorsement came later, on a
    // day the text does not give.
    let text = "On Thursday, France proposed new talks with Iran. \
                The proposal was quickly welcomed by Germany.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "DEU", "FRA").as_deref(),
        Some("2019-07-08")
    );
    // Nothing ties the second act to the first: the narrative date carries.
    let text = "On Thursday, France proposed new talks with Iran. Germany praised Iran.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "DEU", "IRN").as_deref(),
        Some("2019-07-04")
    );
}

#[test]
fn responses_and_sequels_keep_the_date_of_the_report() {
    let text = "On Thursday, Iran seized a British tanker. \
                Britain, responding to the seizure, condemned Iran.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "GBR", "IRN").as_deref(),
        Some("2019-07-08")
    );
    let text = "The talks began on July 1. \
                After the collapse of the talks, Egypt accused Israel of bad faith.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "EGY", "ISR").as_deref(),
        Some("2019-07-08")
    );
    // "after two days" counts time, not an act.
    let text = "The talks began on July 1. After two days, Egypt accused Israel of bad faith.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "EGY", "ISR").as_deref(),
        Some("2019-07-01")
    );
}

#[test]
fn later_the_same_day_is_the_narrative_day() {
    let text = "On Friday, Canada announced new rules for steel imports. \
                The rules cover pipes. Exporters are worried. Traders are angry. \
                Later the same day, China criticised Canada.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 4, "CHN", "CAN").as_deref(),
        Some("2019-07-05")
    );
}

#[test]
fn a_date_set_with_is_to_is_a_plan_not_the_narrative_date() {
    // "are to take effect on August 10" lies ahead: it neither dates the
    // next sentence nor is it a fact.
    let text = "On Friday, Canada imposed new tariffs on China. \
                The tariffs are to take effect on August 10. China criticised Canada.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 2, "CHN", "CAN").as_deref(),
        Some("2019-07-05")
    );
    let Some(events) = code_article("Iran is to meet Iraq in Baghdad next week.") else {
        return;
    };
    let e = find(&events, 0, "IRN", "IRQ");
    assert_eq!(e.factuality, Some(Factuality::Planned), "{e:#?}");
}

#[test]
fn a_date_after_the_quotation_dates_the_reporting_verb() {
    // The parser hangs "while visiting Kiev yesterday" inside the quoted
    // clause; it says when Germany spoke.
    let text = "Germany criticised Russia and said, \"They must free the sailors\", \
                while visiting Kiev yesterday.";
    let Some(events) = code_article(text) else {
        return;
    };
    let demand = events
        .iter()
        .find(|e| code(&e.source) == "DEU" && e.root.as_deref() == Some("10"))
        .unwrap_or_else(|| panic!("a demand by Germany: {events:#?}"));
    assert_eq!(demand.date.as_deref(), Some("2019-07-07"), "{demand:#?}");
}

/// Published on Saturday 20 July 2019.
fn code_july_20(text: &str) -> Option<Vec<Event>> {
    let date = NaiveDate::from_ymd_opt(2019, 7, 20).expect("valid date");
    common::code_article("event-dates", date, text, CoderOptions::default())
}

#[test]
fn an_answer_to_a_background_ask_is_dated_to_the_year() {
    // The refusal came after April and before the report: 2019, not April.
    let text = "In April, Congress demanded documents from the White House. \
                The White House, however, refused to hand over the documents.";
    let Some(events) = code_july_20(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "USAGOV", "USALEG").as_deref(),
        Some("2019")
    );
    // After a day the answer is told with that day.
    let text = "On Thursday, Congress demanded documents from the White House. \
                The White House, however, refused to hand over the documents.";
    let Some(events) = code_july_20(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "USAGOV", "USALEG").as_deref(),
        Some("2019-07-18")
    );
}

#[test]
fn counted_acts_since_a_date_span_to_the_report() {
    // Many arrests from April to the report: the year holds them all.
    let text = "More than 100 people have been arrested by Sudanese police since the protests began in April.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 0, "SDNCOP", "SDN").as_deref(),
        Some("2019")
    );
    let text = "At least 40 protesters have been killed by Sudanese soldiers since June. \
                Sudanese soldiers killed 40 protesters in June.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 0, "SDNMIL", "SDN").as_deref(),
        Some("2019")
    );
    // A simple past with its own date keeps it.
    assert_eq!(
        date_of(&events, 1, "SDNMIL", "SDN").as_deref(),
        Some("2019-06")
    );
    // Over a year's end no period holds the stretch.
    let text = "Since 2015, Iranian police have arrested hundreds of Kurdish activists.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(date_of(&events, 0, "IRNCOP", "IRN"), None);
    // One activity that began in June is dated when it began.
    let text = "Hong Kong protesters have been protesting against the government since June.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 0, "HKGOPP", "HKGGOV").as_deref(),
        Some("2019-06")
    );
}

#[test]
fn days_after_the_narratives_act_count_from_its_date() {
    let text = "On June 3, the Sudanese army attacked protesters in Khartoum. \
                Egypt condemned Sudan two days after the attack. \
                Ethiopia criticised Sudan three days after the attack.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "EGY", "SDN").as_deref(),
        Some("2019-06-05")
    );
    // Still from the attack, not from the sentence before.
    assert_eq!(
        date_of(&events, 2, "ETH", "SDN").as_deref(),
        Some("2019-06-06")
    );
    // An act the dated sentence did not tell has a date the text does not give.
    let text = "On June 3, the Sudanese army attacked protesters in Khartoum. \
                Egypt condemned Sudan two days after the election.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "EGY", "SDN").as_deref(),
        Some("2019-07-08")
    );
}

#[test]
fn a_relative_clause_date_sets_no_narrative_date() {
    let text = "Turkey, which joined NATO in 1952, criticised Greece. \
                Greece accused Turkey of violating its airspace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "GRC", "TUR").as_deref(),
        Some("2019-07-08")
    );
    // The main clause's date does.
    let text = "In 1952, Turkey joined NATO. Greece accused Turkey of violating its airspace.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(date_of(&events, 1, "GRC", "TUR").as_deref(), Some("1952"));
}

#[test]
fn a_possessive_date_of_the_act_reacted_to_is_not_the_reactions() {
    let text = "France condemned Saturday's attack by Iran. \
                Iraq attended Tuesday's summit with Iran. \
                Iran criticised Iraq during Monday's session.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 0, "FRA", "IRN").as_deref(),
        Some("2019-07-08")
    );
    assert_eq!(
        date_of(&events, 1, "IRQ", "IRN").as_deref(),
        Some("2019-07-02")
    );
    // "Monday's session" in a report dated Monday is that day's.
    assert_eq!(
        date_of(&events, 2, "IRN", "IRQ").as_deref(),
        Some("2019-07-08")
    );
}

#[test]
fn the_following_and_previous_year_count_from_the_narrative() {
    let text = "In 2014, Russia annexed Crimea. The following year, Ukraine sued Russia.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(date_of(&events, 1, "UKR", "RUS").as_deref(), Some("2015"));
    // "The previous year" is not the year before the report.
    let text = "In 2016, Turkey arrested a German journalist. \
                The previous year, Germany had criticised Turkey.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(date_of(&events, 1, "DEU", "TUR").as_deref(), Some("2015"));
    // A week on from a day: that day's month.
    let text = "On June 3, Turkey arrested a German journalist. \
                The following week, Germany criticised Turkey.";
    let Some(events) = code_article(text) else {
        return;
    };
    assert_eq!(
        date_of(&events, 1, "DEU", "TUR").as_deref(),
        Some("2019-06")
    );
}

/// The date and factuality of the one event of `source` → `target` in a
/// one-sentence article.
fn dated(text: &str, source: &str, target: &str) -> Option<(Option<String>, Option<Factuality>)> {
    let events = code_article(text)?;
    let e = find(&events, 0, source, target);
    Some((e.date.clone(), e.factuality))
}

#[test]
fn the_weekend_of_british_and_american_usage() {
    // Published on Monday 8 July: the weekend of 6–7 July.
    for text in [
        "At the weekend, Sudanese troops fired on protesters in Khartoum.",
        "Sudanese troops fired on protesters in Khartoum on the weekend.",
    ] {
        let Some((date, _)) = dated(text, "SDN", "SDN") else {
            return;
        };
        assert_eq!(date.as_deref(), Some("2019-07"), "{text}");
    }
}

#[test]
fn a_planned_weekday_is_the_coming_one_and_a_past_one_the_last() {
    for (text, want) in [
        ("Russia will meet China on Thursday.", "2019-07-11"),
        ("Russia said it will meet China on Thursday.", "2019-07-11"),
        (
            "Japan is set to sign a trade deal with Australia on Friday.",
            "2019-07-12",
        ),
        ("Russia met China on Thursday.", "2019-07-04"),
        // The Thursday of the saying, not of the meeting.
        ("Russia said on Thursday it will meet China.", "2019-07-04"),
    ] {
        let Some(events) = code_article(text) else {
            return;
        };
        let e = events
            .iter()
            .find(|e| e.sentence_index == 0)
            .unwrap_or_else(|| panic!("{text}: {events:#?}"));
        assert_eq!(e.date.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn next_week_dates_a_plan_to_its_month() {
    let text = "The Indian prime minister is expected to meet the Chinese president next week.";
    let Some((date, factuality)) = dated(text, "IND", "CHN") else {
        return;
    };
    assert_eq!(date.as_deref(), Some("2019-07"));
    assert_eq!(factuality, Some(Factuality::Planned));
}

#[test]
fn a_narrative_date_carries_to_a_verb_the_tagger_took_for_a_participle() {
    // "arrested and questioned" is tagged as participles and repaired before
    // coding; the carried date reads the repaired parse.
    let text = "Ahmed brought a clock to his school in Texas on July 3. \
                Police arrested and questioned the student.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "USACOP", "USA");
    assert_eq!(e.date.as_deref(), Some("2019-07-03"), "{e:#?}");
}

#[test]
fn would_going_on_from_a_reported_statement_is_its_plan_and_date() {
    let text = "On Sunday, the White House said American troops would leave Syria. \
                Turkey would also attack Kurdish militias in Syria.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "TUR", "");
    assert_eq!(e.factuality, Some(Factuality::Planned), "{e:#?}");
    assert_eq!(e.date.as_deref(), Some("2019-07-07"), "{e:#?}");
    // A condition keeps it a hypothesis.
    let text = "On Sunday, the White House said American troops would leave Syria. \
                Turkey would attack Kurdish militias in Syria if the troops left.";
    let Some(events) = code_article(text) else {
        return;
    };
    let e = find(&events, 1, "TUR", "");
    assert_eq!(e.factuality, Some(Factuality::Hypothetical), "{e:#?}");
}
