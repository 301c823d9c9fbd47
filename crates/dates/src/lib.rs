//! Event dates from news text, resolved against the publication date.
//!
//! News dates events relative to the day of the report: "yesterday", "on
//! Monday", "last month", "in 2008", "on June 5", "77 years ago". This crate
//! finds such expressions in a sentence and resolves each to an [`EventDate`]
//! with the granularity the text supports (year, month or day), plus the
//! expression itself as the `basis` recorded in the event's `date_basis`.
//!
//! Resolution conventions (the usual ones for newswire):
//! * a weekday ("on Monday") is the most recent such day *before* the
//!   publication date (news reports the past); "next Monday" looks ahead;
//! * a month without a year ("on June 5", "in May") is the latest such date
//!   not more than ~1 month after the publication date;
//! * "last week" resolves to the month of the day seven days earlier (week
//!   granularity is not in the schema, and the month is what the text supports);
//! * "over the weekend", "last weekend" → the month of the weekend at or
//!   before the publication date (two days, no finer unit in the schema);
//!   "last night" → the day before;
//! * "January of last year", "June this year", "June of 2016": the month in
//!   the year named;
//! * "this year", "earlier this year" → the publication year;
//! * "recently" → the publication year, "earlier in the month" → its month;
//! * a stretch with no point in it ("in the last few years", "for years")
//!   dates nothing ([`find_undatable`]), and a date that bounds a stretch
//!   ("until Thursday", "for parts of September") is not when an event
//!   happened ([`bounds_a_stretch`]);
//! * "the previous day", "the following month", "the previous year", "a
//!   few days later", "three years later" count from
//!   the date the narrative has reached ([`find_relative_dates`]), no finer
//!   than the text supports ("a few days later" → that month).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// An event date with the granularity the text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventDate {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl std::fmt::Display for EventDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventDate::Year(y) => write!(f, "{y:04}"),
            EventDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            EventDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

/// A date expression found in a sentence: its byte span, the words that
/// decided it, and the resolved date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Index of the first and one past the last word of the expression.
    pub words: (usize, usize),
    pub basis: String,
    pub date: EventDate,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// A month or weekday name in any case ("May", "MONDAY"): words that look
/// like proper nouns in news but name no actor.
pub fn is_calendar_word(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    MONTHS.contains(&w.as_str()) || weekday(&w).is_some()
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn number_word(word: &str) -> Option<i64> {
    if let Ok(n) = word.parse::<i64>() {
        return Some(n);
    }
    let n = match word.to_ascii_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "fifty" => 50,
        "hundred" => 100,
        _ => return None,
    };
    Some(n)
}

fn day_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let w = if w.len() == word.len() || matches!(&word[w.len()..], "st" | "nd" | "rd" | "th") {
        w
    } else {
        return None;
    };
    w.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        if (1800..=2100).contains(&y) {
            return Some(y);
        }
    }
    None
}

/// The month/day, given without a year, placed in the year that puts it
/// closest before (or at most ~31 days after) the publication date.
fn place_month_day(publication: NaiveDate, month: u32, day: Option<u32>) -> Option<EventDate> {
    let year = publication.year();
    for y in [year, year - 1] {
        let candidate = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1))?;
        if candidate <= publication + Duration::days(31) {
            return Some(match day {
                Some(_) => EventDate::Day(candidate),
                None => EventDate::Month(y, month),
            });
        }
    }
    None
}

/// The weekend at or before the publication date (a weekend report's is
/// its own): its month, as "last week" gives its month, or its year when
/// the weekend straddles two months.
fn last_weekend(publication: NaiveDate) -> EventDate {
    let mut saturday = publication;
    if saturday.weekday() == Weekday::Sun {
        saturday -= Duration::days(1);
    }
    while saturday.weekday() != Weekday::Sat {
        saturday -= Duration::days(1);
    }
    let sunday = saturday + Duration::days(1);
    if saturday.month() == sunday.month() {
        EventDate::Month(saturday.year(), saturday.month())
    } else {
        EventDate::Year(saturday.year())
    }
}

fn shift_months(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let total = year * 12 + month as i32 - 1 + delta;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// Nouns of events a year before them dates ("the 2014 annexation", "a
/// 2016 referendum"), looked for in the two words after the year.
const YEAR_EVENT_NOUNS: &[&str] = &[
    "referendum",
    "election",
    "elections",
    "vote",
    "war",
    "invasion",
    "annexation",
    "coup",
    "deal",
    "agreement",
    "accord",
    "treaty",
    "summit",
    "attack",
    "attacks",
    "bombing",
    "uprising",
    "revolution",
    "protests",
    "ceasefire",
    "truce",
    "visit",
    "ruling",
    "massacre",
    "offensive",
    "crackdown",
];

/// Find and resolve the date expressions among a sentence's words.
pub fn find_dates(words: &[&str], publication: NaiveDate) -> Vec<DateMention> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let l = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = i;
        let found: Option<(usize, EventDate)> = (|| {
            let w = l(i);
            match w {
                "today" | "tonight" => return Some((1, EventDate::Day(publication))),
                "yesterday" => return Some((1, EventDate::Day(publication - Duration::days(1)))),
                "tomorrow" => return Some((1, EventDate::Day(publication + Duration::days(1)))),
                _ => {}
            }
            if let Some(wd) = weekday(w) {
                // "Monday", "last Monday", "on Monday": the latest such day before publication.
                let look_ahead = i > 0 && l(i - 1) == "next";
                // "Monday, June 5" / "Monday 5 June": let the explicit date decide.
                if month_number(l(i + 1)).is_some()
                    || (l(i + 1) == "," && month_number(l(i + 2)).is_some())
                {
                    return None;
                }
                // Wire style names the day of the report by its weekday too
                // ("on Wednesday" in a report dated Wednesday is that day;
                // a week earlier would be "last Wednesday").
                let last = i > 0 && matches!(l(i - 1), "last" | "past" | "previous");
                if !look_ahead && !last && publication.weekday() == wd {
                    return Some((1, EventDate::Day(publication)));
                }
                let mut d = publication;
                for _ in 0..7 {
                    d = if look_ahead {
                        d + Duration::days(1)
                    } else {
                        d - Duration::days(1)
                    };
                    if d.weekday() == wd {
                        break;
                    }
                }
                return Some((1, EventDate::Day(d)));
            }
            // "over the weekend", "last weekend", "this past weekend"; the
            // British "at the weekend" and the American "on the weekend".
            let weekend_len = match (w, l(i + 1), l(i + 2)) {
                ("this", "past", "weekend") => 3,
                ("this" | "last" | "past" | "previous", "weekend", _) => 2,
                ("the", "weekend", _)
                    if i > 0 && matches!(l(i - 1), "over" | "during" | "at" | "on") =>
                {
                    2
                }
                _ => 0,
            };
            if weekend_len > 0 {
                return Some((weekend_len, last_weekend(publication)));
            }
            // "last night", "late last night": the evening before the report.
            if w == "last" && l(i + 1) == "night" {
                return Some((2, EventDate::Day(publication - Duration::days(1))));
            }
            // "the previous month" counts from the narrative, not the
            // report ([`find_relative_dates`]).
            let narrative_relative = w == "previous" && i > 0 && l(i - 1) == "the";
            if matches!(w, "last" | "past" | "previous") && !narrative_relative {
                match l(i + 1) {
                    "week" => {
                        let d = publication - Duration::days(7);
                        return Some((2, EventDate::Month(d.year(), d.month())));
                    }
                    "month" => {
                        let (y, m) = shift_months(publication.year(), publication.month(), -1);
                        return Some((2, EventDate::Month(y, m)));
                    }
                    "year" => return Some((2, EventDate::Year(publication.year() - 1))),
                    next => {
                        if let Some(m) = month_number(next) {
                            let y = if m < publication.month() {
                                publication.year()
                            } else {
                                publication.year() - 1
                            };
                            return Some((2, EventDate::Month(y, m)));
                        }
                    }
                }
            }
            // "next week", "next month", "next year": a plan's date, no
            // finer than the text supports ("the next day" counts from the
            // narrative instead, [`find_relative_dates`]).
            if w == "next" && !(i > 0 && l(i - 1) == "the") {
                match l(i + 1) {
                    "week" => {
                        let d = publication + Duration::days(7);
                        return Some((2, EventDate::Month(d.year(), d.month())));
                    }
                    "month" => {
                        let (y, m) = shift_months(publication.year(), publication.month(), 1);
                        return Some((2, EventDate::Month(y, m)));
                    }
                    "year" => return Some((2, EventDate::Year(publication.year() + 1))),
                    _ => {}
                }
            }
            // "Recently, the United States announced …": some time before
            // the report, so no finer than its year.
            if w == "recently" {
                return Some((1, EventDate::Year(publication.year())));
            }
            // "earlier in the month", "earlier in the year".
            if w == "earlier" && l(i + 1) == "in" && l(i + 2) == "the" {
                match l(i + 3) {
                    "month" | "week" => {
                        return Some((4, EventDate::Month(publication.year(), publication.month())))
                    }
                    "year" => return Some((4, EventDate::Year(publication.year()))),
                    _ => {}
                }
            }
            if w == "this"
                || (w == "earlier" && l(i + 1) == "this")
                || (w == "later" && l(i + 1) == "this")
            {
                let k = if w == "this" { i + 1 } else { i + 2 };
                match l(k) {
                    "year" => return Some((k + 1 - i, EventDate::Year(publication.year()))),
                    "month" => {
                        return Some((
                            k + 1 - i,
                            EventDate::Month(publication.year(), publication.month()),
                        ))
                    }
                    "week" => {
                        return Some((
                            k + 1 - i,
                            EventDate::Month(publication.year(), publication.month()),
                        ))
                    }
                    "morning" | "afternoon" | "evening" => {
                        return Some((k + 1 - i, EventDate::Day(publication)))
                    }
                    _ => {}
                }
            }
            // "77 years ago", "two days ago", "a week ago"
            if let Some(n) = number_word(w) {
                let unit = l(i + 1).trim_end_matches('s');
                if l(i + 2) == "ago" && n > 0 && n < 5000 {
                    let date = match unit {
                        "day" => EventDate::Day(publication - Duration::days(n)),
                        "week" => {
                            let d = publication - Duration::days(7 * n);
                            EventDate::Month(d.year(), d.month())
                        }
                        "month" => {
                            let (y, m) =
                                shift_months(publication.year(), publication.month(), -(n as i32));
                            EventDate::Month(y, m)
                        }
                        "year" | "decade" => {
                            let years = if unit == "decade" { 10 * n } else { n };
                            EventDate::Year(publication.year() - years as i32)
                        }
                        _ => return None,
                    };
                    return Some((3, date));
                }
            }
            // "June 5", "June 5, 2017", "June 2017", "June", "mid-June"
            let (month_word, mid) = match words[i].split_once('-') {
                Some((pre, month)) if pre.eq_ignore_ascii_case("mid") => (month, true),
                _ => (words[i], false),
            };
            if let Some(m) =
                month_number(month_word).filter(|_| month_word.starts_with(char::is_uppercase))
            {
                if month_word.eq_ignore_ascii_case("may")
                    && !mid
                    && !(l(i + 1).parse::<u32>().is_ok()
                        || (i > 0
                            && matches!(
                                l(i - 1),
                                "in" | "since" | "until" | "early" | "late" | "mid" | "of"
                            )))
                {
                    return None; // the modal verb
                }
                if let Some(d) = day_number(l(i + 1)) {
                    let (year_at, len) = if l(i + 2) == "," {
                        (i + 3, 4)
                    } else {
                        (i + 2, 3)
                    };
                    if let Some(y) = year_number(l(year_at)) {
                        return NaiveDate::from_ymd_opt(y, m, d)
                            .map(|dt| (len, EventDate::Day(dt)));
                    }
                    return place_month_day(publication, m, Some(d)).map(|dt| (2, dt));
                }
                if let Some(y) = year_number(l(i + 1)) {
                    return Some((2, EventDate::Month(y, m)));
                }
                // "June of 2018", "January (of) last year", "June of this year".
                let of = usize::from(l(i + 1) == "of");
                if of == 1 {
                    if let Some(y) = year_number(l(i + 2)) {
                        return Some((3, EventDate::Month(y, m)));
                    }
                }
                let year = match (l(i + 1 + of), l(i + 2 + of)) {
                    ("last", "year") => Some(publication.year() - 1),
                    ("this", "year") => Some(publication.year()),
                    _ => None,
                };
                if let Some(y) = year {
                    return Some((3 + of, EventDate::Month(y, m)));
                }
                return place_month_day(publication, m, None).map(|dt| (1, dt));
            }
            // "5 June 2017", "29 July"
            if let Some(d) = day_number(w) {
                if let Some(m) = month_number(words.get(i + 1).copied().unwrap_or(""))
                    .filter(|_| words[i + 1].starts_with(char::is_uppercase))
                {
                    if let Some(y) = year_number(l(i + 2)) {
                        return NaiveDate::from_ymd_opt(y, m, d).map(|dt| (3, EventDate::Day(dt)));
                    }
                    return place_month_day(publication, m, Some(d)).map(|dt| (2, dt));
                }
            }
            // "in 2008", "since 2014", "2017's"
            if let Some(y) = year_number(w) {
                let prev = if i > 0 { l(i - 1) } else { "" };
                if matches!(
                    prev,
                    "in" | "since"
                        | "during"
                        | "by"
                        | "until"
                        | "of"
                        | "early"
                        | "late"
                        | "mid"
                        | "from"
                ) {
                    return Some((1, EventDate::Year(y)));
                }
                // "in a 2016 referendum", "the 2014 annexation", "the 2015
                // nuclear deal": a year naming an event after a determiner.
                let determiner = matches!(
                    prev,
                    "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
                );
                let names_event =
                    (i + 1..(i + 3).min(words.len())).any(|k| YEAR_EVENT_NOUNS.contains(&l(k)));
                if determiner && names_event {
                    return Some((1, EventDate::Year(y)));
                }
            }
            // ISO dates "2018-06-20"
            if w.len() == 10 {
                if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
                    return Some((1, EventDate::Day(d)));
                }
            }
            None
        })();
        match found {
            Some((len, date)) => {
                let len = len.max(1);
                // Include a preceding "last"/"next"/"on"/"in" in the basis text.
                let basis_start = if start > 0
                    && matches!(
                        l(start - 1),
                        "on" | "in" | "last" | "next" | "since" | "during"
                    ) {
                    start - 1
                } else {
                    start
                };
                let end = (start + len).min(words.len());
                out.push(DateMention {
                    words: (basis_start, end),
                    basis: words[basis_start..end].join(" "),
                    date,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// "Russia will meet China on Monday": a weekday said of a plan is the next
/// such day, not the last one [`find_dates`] assumes for news of the past.
/// Returns the date a week on from `m`'s when `m` is a weekday alone (not
/// "last Monday", not "Monday, June 5") that lies before `publication`.
pub fn weekday_ahead(words: &[&str], m: &DateMention, publication: NaiveDate) -> Option<EventDate> {
    let EventDate::Day(d) = m.date else {
        return None;
    };
    let span = words.get(m.words.0..m.words.1)?;
    let lone_weekday = span
        .iter()
        .filter(|w| weekday(&w.to_lowercase()).is_some())
        .count()
        == 1
        && span.iter().all(|w| {
            let w = w.to_lowercase();
            weekday(&w).is_some() || matches!(w.as_str(), "on" | "this" | "coming")
        });
    (lone_weekday && d < publication).then(|| EventDate::Day(d + Duration::days(7)))
}

/// "suspend Parliament for parts of September", "gave the government until
/// Thursday", "for parts of September and October": a date that bounds a
/// stretch of time (a duration or a deadline) is not the day an event
/// happened.
pub fn bounds_a_stretch(words: &[&str], m: &DateMention) -> bool {
    let mut k = m.words.0;
    // "for parts of September" is a stretch, "timed for Monday" a day.
    let mut partitive = false;
    for _ in 0..8 {
        let Some(prev) = k.checked_sub(1).and_then(|p| words.get(p)) else {
            return false;
        };
        let prev = prev.to_ascii_lowercase();
        match prev.as_str() {
            "until" | "till" | "through" | "throughout" => return true,
            "for" => return partitive,
            "parts" | "part" | "most" | "much" | "rest" | "all" => {
                partitive = true;
                k -= 1
            }
            "the" | "of" | "and" | "or" | "," => k -= 1,
            w if month_number(w).is_some() || day_number(w).is_some() => k -= 1,
            _ => return false,
        }
    }
    false
}

impl EventDate {
    /// The first day of the period.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            EventDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            EventDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            EventDate::Day(d) => Some(d),
        }
    }
}

/// Spans of words that put an event over a stretch of years or months
/// with no point in it: "in the last few years", "over the past two
/// decades", "in recent years", "for years". Such background has no date.
pub fn find_undatable(words: &[&str]) -> Vec<(usize, usize)> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let l = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let long_unit = |w: &str| matches!(w, "years" | "decades" | "months");
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let len = match (l(i), l(i + 1), l(i + 2), l(i + 3), l(i + 4)) {
            ("in" | "over" | "during", "the", "last" | "past", n, unit)
                if (matches!(n, "few" | "several" | "many")
                    || number_word(n).is_some_and(|k| k > 1))
                    && long_unit(unit) =>
            {
                5
            }
            ("in" | "over" | "during", "the", "last" | "past", unit, _) if long_unit(unit) => 4,
            ("in" | "over", "recent", unit, _, _) if long_unit(unit) => 3,
            ("for", "many" | "several", unit, _, _) if long_unit(unit) => 3,
            ("for", "years" | "decades", _, _, _) => 2,
            _ => 0,
        };
        if len > 0 {
            out.push((i, i + len));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// How a relative expression ("the previous day", "a few days later",
/// "later that month") moves from the date the narrative has reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// A known number of days (negative: earlier).
    Days(i64),
    /// Some days or weeks, not said how many: the month of the narrative
    /// date is as fine as the text supports.
    SameMonth,
    /// "later that year": the narrative date's year.
    SameYear,
    /// "three years later": a year, counted from the narrative's.
    Years(i32),
    /// "the following month", "the previous month": a month, counted from
    /// the narrative's.
    Months(i32),
    /// "the following week": seven days per week from the narrative's day,
    /// no finer than that day's month (as "last week" is).
    Weeks(i64),
}

/// A relative date expression: its words and its shift.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeMention {
    pub words: (usize, usize),
    pub basis: String,
    pub shift: Shift,
}

impl Shift {
    /// The date `self` reaches from `from`, no finer than `from` itself.
    pub fn apply(self, from: EventDate) -> EventDate {
        match (self, from) {
            (Shift::Days(n), EventDate::Day(d)) => EventDate::Day(d + Duration::days(n)),
            (Shift::SameMonth, EventDate::Day(d)) => EventDate::Month(d.year(), d.month()),
            (Shift::SameYear, EventDate::Day(d)) => EventDate::Year(d.year()),
            (Shift::SameYear, EventDate::Month(y, _)) => EventDate::Year(y),
            (Shift::Months(n), EventDate::Day(d)) => {
                let (y, m) = shift_months(d.year(), d.month(), n);
                EventDate::Month(y, m)
            }
            (Shift::Months(n), EventDate::Month(y, m)) => {
                let (y, m) = shift_months(y, m, n);
                EventDate::Month(y, m)
            }
            (Shift::Weeks(n), EventDate::Day(d)) => {
                let d = d + Duration::days(7 * n);
                EventDate::Month(d.year(), d.month())
            }
            (Shift::Years(n), from) => {
                let year = match from {
                    EventDate::Year(y) | EventDate::Month(y, _) => y,
                    EventDate::Day(d) => d.year(),
                };
                EventDate::Year(year + n)
            }
            (_, other) => other,
        }
    }
}

/// Find the expressions among a sentence's words that date an event relative
/// to the narrative, not to the publication: "the previous day", "a day
/// later", "two days earlier", "a few days later", "weeks later", "later that
/// month".
pub fn find_relative_dates(words: &[&str]) -> Vec<RelativeMention> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let l = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let found: Option<(usize, Shift)> = match (l(i), l(i + 1), l(i + 2)) {
            ("the", "previous" | "preceding", "day") => Some((3, Shift::Days(-1))),
            // "the following month", "the previous year": from the
            // narrative's date ("last year" counts from the report).
            ("the", dir @ ("previous" | "preceding" | "next" | "following"), unit)
                if matches!(unit, "week" | "month" | "year") =>
            {
                let sign = if matches!(dir, "previous" | "preceding") {
                    -1
                } else {
                    1
                };
                Some((
                    3,
                    match unit {
                        "week" => Shift::Weeks(sign),
                        "month" => Shift::Months(sign as i32),
                        _ => Shift::Years(sign as i32),
                    },
                ))
            }
            ("the", "day", "before") if !matches!(l(i + 3), "yesterday") => {
                Some((3, Shift::Days(-1)))
            }
            ("the", "next" | "following", "day") => Some((3, Shift::Days(1))),
            ("the", "day", "after") if !matches!(l(i + 3), "tomorrow") => Some((3, Shift::Days(1))),
            ("later" | "earlier", "that" | "the" | "in", unit) => {
                let (len, unit) = if unit == "that" || unit == "the" {
                    (4, l(i + 3))
                } else {
                    (3, unit)
                };
                match unit {
                    "day" | "morning" | "afternoon" | "evening" | "night" => {
                        Some((len, Shift::Days(0)))
                    }
                    "month" | "week" => Some((len, Shift::SameMonth)),
                    "year" => Some((len, Shift::SameYear)),
                    _ => None,
                }
            }
            (n, "year" | "years", dir @ ("later" | "earlier")) => {
                let sign = if dir == "earlier" { -1 } else { 1 };
                number_word(n)
                    .filter(|k| (1..200).contains(k))
                    .map(|k| (3, Shift::Years(sign * k as i32)))
            }
            // Not "two days before the election": that counts from the
            // election, not from the narrative.
            (n, unit, dir @ ("later" | "earlier"))
                if matches!(unit, "day" | "days" | "week" | "weeks") =>
            {
                let sign = if dir == "earlier" { -1 } else { 1 };
                match (number_word(n), unit) {
                    (Some(k), "day" | "days") if k > 0 && k < 60 => {
                        Some((3, Shift::Days(sign * k)))
                    }
                    _ if matches!(n, "few" | "several" | "some") || number_word(n).is_some() => {
                        Some((3, Shift::SameMonth))
                    }
                    _ => None,
                }
            }
            ("days" | "weeks", "later" | "earlier", _) => Some((2, Shift::SameMonth)),
            // "later the same day", "that same week": the narrative's own
            // period. Not "the same day as the vote", which counts from
            // the vote.
            ("the" | "that", "same", unit) if !matches!(l(i + 3), "as" | "that" | "when") => {
                match unit {
                    "day" | "morning" | "afternoon" | "evening" | "night" => {
                        Some((3, Shift::Days(0)))
                    }
                    "month" | "week" => Some((3, Shift::SameMonth)),
                    "year" => Some((3, Shift::SameYear)),
                    _ => None,
                }
            }
            _ => None,
        };
        match found {
            Some((len, shift)) => {
                let end = (i + len).min(words.len());
                // "a few days later": the article joins the phrase.
                let start = if i > 0 && matches!(l(i - 1), "a") && l(i) == "few" {
                    i - 1
                } else {
                    i
                };
                out.push(RelativeMention {
                    words: (start, end),
                    basis: words[start..end].join(" "),
                    shift,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// "two days after the attack", "a week after the vote", "three days
/// before the ruling": a shift counted from another act, named by the
/// words from `anchor` on (the word after *after*/*before*). Which act that
/// is, and so the date, is the caller's to find (`dyad-coder`: the act of
/// the narrative's sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftFromAct {
    pub words: (usize, usize),
    pub basis: String,
    pub shift: Shift,
    /// Index of the first word after *after*/*before*.
    pub anchor: usize,
}

/// Find the shifts counted from another act: a number of days or weeks
/// (or "a few days") right before *after*/*before*. "Two days after"
/// counts days; weeks, months and vaguer counts give the month ([`Shift::SameMonth`])
/// or, for years, a year.
pub fn find_shifts_from_acts(words: &[&str]) -> Vec<ShiftFromAct> {
    // Most sentences have neither word: skip lower-casing them all.
    if !words
        .iter()
        .any(|w| w.eq_ignore_ascii_case("after") || w.eq_ignore_ascii_case("before"))
    {
        return Vec::new();
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let l = |i: usize| lower.get(i).map(String::as_str).unwrap_or("");
    let mut out = Vec::new();
    for i in 2..words.len() {
        let dir = match l(i) {
            "after" => 1,
            "before" => -1,
            _ => continue,
        };
        let (n, unit) = (l(i - 2), l(i - 1));
        let count = number_word(n).filter(|k| (1..60).contains(k));
        let vague = matches!(n, "few" | "several" | "some");
        if count.is_none() && !vague {
            continue;
        }
        let shift = match unit {
            "day" | "days" => match count {
                Some(k) => Shift::Days(dir * k),
                None => Shift::SameMonth,
            },
            "week" | "weeks" | "month" | "months" => Shift::SameMonth,
            "year" | "years" => match count {
                Some(k) => Shift::Years(dir as i32 * k as i32),
                None => continue,
            },
            _ => continue,
        };
        let start = if vague && i >= 3 && l(i - 3) == "a" {
            i - 3
        } else {
            i - 2
        };
        out.push(ShiftFromAct {
            words: (start, i + 1),
            basis: words[start..=i].join(" "),
            shift,
            anchor: i + 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn resolve(text: &str, publication: NaiveDate) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        find_dates(&words, publication)
            .into_iter()
            .map(|m| format!("{}={}", m.basis, m.date))
            .collect()
    }

    #[test]
    fn a_year_naming_an_event_after_a_determiner() {
        let pub_date = d(2019, 9, 24);
        assert_eq!(
            resolve("Britons voted in a 2016 referendum to leave", pub_date),
            vec!["2016=2016"]
        );
        assert_eq!(
            resolve("since the 2014 annexation of Crimea", pub_date),
            vec!["2014=2014"]
        );
        // A year naming no event, or a number, is no date.
        assert!(resolve("a 2016 report found", pub_date).is_empty());
        assert!(resolve("the 2000 soldiers", pub_date).is_empty());
    }

    #[test]
    fn relative_days_and_weekdays() {
        let pub_date = d(2018, 6, 20); // a Wednesday
        assert_eq!(
            resolve("the ministry said yesterday", pub_date),
            ["yesterday=2018-06-19"]
        );
        assert_eq!(
            resolve("timed for Monday 's holiday", pub_date),
            ["Monday=2018-06-18"]
        );
        // The report's own weekday is the day of the report (wire style);
        // "last Wednesday" is the week before.
        assert_eq!(
            resolve("met on Wednesday", pub_date),
            ["on Wednesday=2018-06-20"]
        );
        assert_eq!(
            resolve("met last Wednesday", pub_date),
            ["last Wednesday=2018-06-13"]
        );
        assert_eq!(
            resolve("will meet next Friday", pub_date),
            ["next Friday=2018-06-22"]
        );
        assert_eq!(resolve("fighting today", pub_date), ["today=2018-06-20"]);
    }

    #[test]
    fn relative_months_years_and_ago() {
        let pub_date = d(2018, 6, 20);
        assert_eq!(
            resolve("Syria last month recognised", pub_date),
            ["last month=2018-05"]
        );
        assert_eq!(resolve("last week", pub_date), ["last week=2018-06"]);
        assert_eq!(
            resolve("earlier this year", pub_date),
            ["earlier this year=2018"]
        );
        assert_eq!(resolve("last year", pub_date), ["last year=2017"]);
        // "the previous year" is the narrative's, not the report's.
        assert!(resolve("the previous year", pub_date).is_empty());
        assert_eq!(resolve("77 years ago", pub_date), ["77 years ago=1941"]);
        assert_eq!(
            resolve("two days ago", pub_date),
            ["two days ago=2018-06-18"]
        );
        assert_eq!(resolve("last month", d(2018, 1, 5)), ["last month=2017-12"]);
    }

    #[test]
    fn explicit_dates() {
        let pub_date = d(2018, 6, 20);
        assert_eq!(
            resolve("met in Moscow on June 5 .", pub_date),
            ["on June 5=2018-06-05"]
        );
        assert_eq!(resolve("on July 29", pub_date), ["on July 29=2017-07-29"]);
        assert_eq!(
            resolve("on 29 July 2022", pub_date),
            ["on 29 July 2022=2022-07-29"]
        );
        assert_eq!(
            resolve("on June 5 , 2017", pub_date),
            ["on June 5 , 2017=2017-06-05"]
        );
        assert_eq!(resolve("In 2008 Russia became", pub_date), ["In 2008=2008"]);
        assert_eq!(resolve("in May", pub_date), ["in May=2018-05"]);
        assert_eq!(resolve("in December", pub_date), ["in December=2017-12"]);
        assert_eq!(
            resolve("in March 2014", pub_date),
            ["in March 2014=2014-03"]
        );
    }

    #[test]
    fn nights_weekends_and_months_of_a_named_year() {
        let pub_date = d(2019, 7, 10); // a Wednesday
        assert_eq!(
            resolve("was stabbed last night", pub_date),
            ["last night=2019-07-09"]
        );
        assert_eq!(
            resolve("met over the weekend", pub_date),
            ["the weekend=2019-07"]
        );
        assert_eq!(
            resolve("met this past weekend", pub_date),
            ["this past weekend=2019-07"]
        );
        assert_eq!(
            resolve("were arrested at the weekend", pub_date),
            ["the weekend=2019-07"]
        );
        assert_eq!(
            resolve("rallied on the weekend", pub_date),
            ["on the weekend=2019-07"]
        );
        // Saturday 31 August and Sunday 1 September: only the year.
        assert_eq!(
            resolve("met last weekend", d(2019, 9, 3)),
            ["last weekend=2019"]
        );
        assert_eq!(
            resolve("arrested in January of last year", pub_date),
            ["in January of last year=2018-01"]
        );
        assert_eq!(
            resolve("in June last year", pub_date),
            ["in June last year=2018-06"]
        );
        assert_eq!(
            resolve("since June of this year", pub_date),
            ["since June of this year=2019-06"]
        );
        assert_eq!(
            resolve("in June of 2016", pub_date),
            ["in June of 2016=2016-06"]
        );
        // Without a year word the month is placed before the report.
        assert_eq!(resolve("in December", pub_date), ["in December=2018-12"]);
    }

    #[test]
    fn coarse_expressions() {
        let pub_date = d(2019, 1, 23);
        assert_eq!(
            resolve("Recently , the agency announced", pub_date),
            ["Recently=2019"]
        );
        assert_eq!(
            resolve("sanctioned Iran earlier in the month over", pub_date),
            ["earlier in the month=2019-01"]
        );
        assert_eq!(
            resolve("earlier in the year", pub_date),
            ["earlier in the year=2019"]
        );
        assert_eq!(resolve("in late June", pub_date), ["June=2018-06"]);
        assert_eq!(resolve("In mid-June", pub_date), ["In mid-June=2018-06"]);
        assert_eq!(resolve("in mid-May the", pub_date), ["in mid-May=2018-05"]);
        assert_eq!(resolve("since early June", pub_date), ["June=2018-06"]);
        assert!(resolve("earlier in the talks", pub_date).is_empty());
        // "of May" is the month, not the modal.
        assert_eq!(
            resolve("at the end of May , Chile signed", pub_date),
            ["May=2018-05"]
        );
        assert!(resolve("the end of what may come", pub_date).is_empty());
    }

    #[test]
    fn next_week_month_and_year_look_ahead() {
        let pub_date = d(2019, 6, 28);
        assert_eq!(
            resolve("will meet next week", pub_date),
            ["next week=2019-07"]
        );
        assert_eq!(
            resolve("plans to sign it next month", pub_date),
            ["next month=2019-07"]
        );
        assert_eq!(resolve("elections next year", pub_date), ["next year=2020"]);
        // "the next day" counts from the narrative, not the report.
        assert!(resolve("the next month", pub_date).is_empty());
    }

    #[test]
    fn a_planned_weekday_is_the_coming_one() {
        let pub_date = d(2019, 6, 14); // a Friday
        let ahead = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            let m = find_dates(&words, pub_date).remove(0);
            weekday_ahead(&words, &m, pub_date).map(|d| d.to_string())
        };
        assert_eq!(ahead("will meet on Monday").as_deref(), Some("2019-06-17"));
        assert_eq!(ahead("is to meet Monday").as_deref(), Some("2019-06-17"));
        // Not a weekday alone: the text fixes the day.
        assert_eq!(ahead("met last Monday"), None);
        assert_eq!(ahead("will meet on Monday , June 10"), None);
        assert_eq!(ahead("will meet on June 10"), None);
    }

    fn relative(text: &str, from: EventDate) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        find_relative_dates(&words)
            .into_iter()
            .map(|m| format!("{}={}", m.basis, m.shift.apply(from)))
            .collect()
    }

    #[test]
    fn relative_to_the_narrative() {
        let from = EventDate::Day(d(2019, 7, 2));
        assert_eq!(
            relative("A few days later the ministry said", from),
            ["A few days later=2019-07"]
        );
        assert_eq!(
            relative("The previous day , the paper revealed", from),
            ["The previous day=2019-07-01"]
        );
        assert_eq!(
            relative("talks resumed two days later", from),
            ["two days later=2019-07-04"]
        );
        assert_eq!(
            relative("weeks later the army withdrew", from),
            ["weeks later=2019-07"]
        );
        assert_eq!(
            relative("later that year it signed", from),
            ["later that year=2019"]
        );
        assert_eq!(
            relative("later that day the army withdrew", from),
            ["later that day=2019-07-02"]
        );
        // A coarse narrative date stays coarse.
        assert_eq!(
            relative("the next day", EventDate::Month(2019, 7)),
            ["the next day=2019-07"]
        );
        assert_eq!(
            relative("returned three years later", EventDate::Year(2011)),
            ["three years later=2014"]
        );
        assert_eq!(
            relative("two years earlier", from),
            ["two years earlier=2017"]
        );
        assert_eq!(
            relative("the following month the army withdrew", from),
            ["the following month=2019-08"]
        );
        assert_eq!(
            relative("the previous year it had signed", from),
            ["the previous year=2018"]
        );
        assert_eq!(
            relative("the next week", EventDate::Day(d(2019, 7, 29))),
            ["the next week=2019-08"]
        );
        assert_eq!(
            relative("the previous month", EventDate::Year(2014)),
            ["the previous month=2014"]
        );
        assert!(relative("a few years later", from).is_empty());
        assert!(relative("two days before the election", from).is_empty());
        assert!(relative("the day before yesterday", from).is_empty());
        assert!(relative("later this week", from).is_empty());
        assert_eq!(
            relative("the rules were released later the same day", from),
            vec!["the same day=2019-07-02"]
        );
        assert_eq!(
            relative("that same week the envoy left", from),
            vec!["that same week=2019-07"]
        );
        assert!(relative("on the same day as the vote", from).is_empty());
    }

    #[test]
    fn shifts_counted_from_another_act() {
        let found = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            find_shifts_from_acts(&words)
                .into_iter()
                .map(|m| format!("{}={:?}@{}", m.basis, m.shift, words[m.anchor]))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Egypt condemned Sudan two days after the attack"),
            ["two days after=Days(2)@the"]
        );
        assert_eq!(
            found("a week after the vote"),
            ["a week after=SameMonth@the"]
        );
        assert_eq!(
            found("three days before the ruling"),
            ["three days before=Days(-3)@the"]
        );
        assert_eq!(
            found("a few days after the talks"),
            ["a few days after=SameMonth@the"]
        );
        assert!(found("long after the war").is_empty());
        assert!(found("hours after the attack").is_empty());
    }

    fn stretch(text: &str) -> Vec<bool> {
        let words: Vec<&str> = text.split(' ').collect();
        find_dates(&words, d(2019, 8, 29))
            .iter()
            .map(|m| bounds_a_stretch(&words, m))
            .collect()
    }

    #[test]
    fn durations_and_deadlines() {
        assert_eq!(
            stretch("to suspend Parliament for parts of September and October"),
            [true, true]
        );
        assert_eq!(
            stretch("gave the government until Thursday to withdraw it"),
            [true]
        );
        // "By Sunday afternoon, he said …" is a point in time.
        assert_eq!(stretch("By Sunday afternoon , he said"), [false]);
        assert_eq!(stretch("met on Thursday and signed in May"), [false, false]);
        assert_eq!(stretch("the message was timed for Monday"), [false]);
    }

    fn undatable(text: &str) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        find_undatable(&words)
            .into_iter()
            .map(|(a, b)| words[a..b].join(" "))
            .collect()
    }

    #[test]
    fn stretches_of_years_have_no_date() {
        assert_eq!(
            undatable("Iran has increased cooperation in the last few years with China"),
            ["in the last few years"]
        );
        assert_eq!(
            undatable("trade grew over the past two decades"),
            ["over the past two decades"]
        );
        assert_eq!(undatable("in recent years"), ["in recent years"]);
        assert_eq!(undatable("they have fought for years"), ["for years"]);
        // A point in time is not a stretch.
        assert!(undatable("in the last week of June").is_empty());
        assert!(undatable("for two years he served").is_empty());
        assert!(undatable("last year").is_empty());
    }

    #[test]
    fn calendar_words() {
        assert!(
            is_calendar_word("MONDAY") && is_calendar_word("May") && is_calendar_word("december")
        );
        assert!(!is_calendar_word("Mayor") && !is_calendar_word("Albert"));
    }

    #[test]
    fn non_dates_are_left_alone() {
        let pub_date = d(2018, 6, 20);
        assert!(resolve("Syria may recognise it", pub_date).is_empty());
        assert!(resolve("he said 2008 troops died", pub_date).is_empty());
        assert!(resolve("May said she would resign", pub_date).is_empty());
        assert!(resolve("", pub_date).is_empty());
    }
}
