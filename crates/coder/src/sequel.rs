//! Acts told as following another act: "After the exchange of fire, North
//! Korea warned …", "Trump, responding to Pelosi's announcement, attacked
//! …", "The call was quickly seconded by Merkel", "the UN condemned the
//! attack". They happened after the act they follow, on a day the text does
//! not give: the date a paragraph's narrative has reached dates the earlier
//! act, not them, so they keep the date of the report
//! (`docs/annotation-guidelines.md`: an undated event reported as news takes
//! the publication date). See `carry_date`.
//!
//! An answer to an ask of the narrative ("In April, the committee
//! authorised subpoenas. Barr and Ross, however, refused …") follows the
//! narrative's own act: after a day it is told with that day, as before;
//! after a month or a year the story is background, and the answer
//! happened between that period and the report: the period holding both is
//! what the text supports ([`date_after`]).

use chrono::{Datelike, NaiveDate};
use dyad_conllu::Sentence as Parsed;
use dyad_dates::EventDate;

use crate::{EVENT_NOUNS, FORCE_NOUNS};

/// Roots of reactions to an act named by a noun: approve or praise (05),
/// disapprove (11), reject (12), protest (14).
const REACTION_ROOTS: &[&str] = &["05", "11", "12", "14"];

/// Verbs of responding ("responding to", "reacting to").
const RESPONSE_VERBS: &[&str] = &["respond", "react", "reply", "retort"];

/// Nouns of "in response to", "in reaction to", "in reply to".
const RESPONSE_NOUNS: &[&str] = &["response", "reaction", "reply"];

/// Nouns of time: "after two days", "after midnight" count time, not acts.
const TIME_NOUNS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "midnight",
    "noon",
    "morning",
    "afternoon",
    "evening",
    "while",
    "time",
];

/// Is the act of `verb` (0-based; its CAMEO root `root`) told as following
/// another act?
pub(crate) fn follows_another_act(parsed: &Parsed, verb: usize, root: Option<&str>) -> bool {
    // Force in response ("South Korea attacked North Korean positions in
    // response", "the South retaliated by firing") belongs to the same
    // exchange of fire and is told with its day.
    if root.is_some_and(|r| matches!(r, "15" | "18" | "19" | "20")) {
        return false;
    }
    let words = &parsed.words;
    let children = |n: usize| (0..words.len()).filter(move |&c| words[c].head == n + 1);
    let lemma = |n: usize| words[n].lemma.to_lowercase();
    let has_case = |n: usize, cases: &[&str]| {
        children(n).any(|c| words[c].deprel == "case" && cases.contains(&lemma(c).as_str()))
    };
    // The clauses the act is told in: "After the exchange of fire, North
    // Korea stated it would attack …" places the statement, and with it
    // what it states, after the exchange.
    let mut clauses = vec![verb];
    let mut v = verb;
    while matches!(words[v].deprel.as_str(), "ccomp" | "xcomp" | "conj") && clauses.len() < 4 {
        match words[v].head {
            0 => break,
            h => {
                v = h - 1;
                clauses.push(v);
            }
        }
    }
    for c in clauses.iter().flat_map(|&v| children(v)) {
        let rel = words[c].deprel.as_str();
        // "After the exchange of fire", "following the attack": a sequel.
        if rel.starts_with("obl")
            && words[c].upos == "NOUN"
            && !TIME_NOUNS.contains(&lemma(c).as_str())
            && has_case(c, &["after", "following"])
            && !subject_of_next_verb(parsed, c)
        {
            return true;
        }
        // "in response to the ban".
        if rel.starts_with("obl")
            && RESPONSE_NOUNS.contains(&lemma(c).as_str())
            && has_case(c, &["in"])
        {
            return true;
        }
        // "Trump, responding to Pelosi's announcement, attacked …".
        if rel == "advcl" && RESPONSE_VERBS.contains(&lemma(c).as_str()) {
            return true;
        }
    }
    // "The call was quickly seconded", "condemned the attack": a reaction
    // to an act already told, named by a definite or possessed noun.
    if !root.is_some_and(|r| REACTION_ROOTS.contains(&r)) {
        return false;
    }
    children(verb).any(|c| {
        let noun = lemma(c);
        matches!(words[c].deprel.as_str(), "obj" | "nsubj:pass")
            && (EVENT_NOUNS.contains(&noun.as_str()) || FORCE_NOUNS.contains(&noun.as_str()))
            && children(c).any(|d| {
                words[d].deprel == "nmod:poss"
                    || (words[d].deprel == "det"
                        && matches!(lemma(d).as_str(), "the" | "this" | "that"))
            })
    })
}

/// "The protests began after the government proposed …" parsed with "after
/// the government" as a phrase: the noun is the subject of the finite verb
/// right after it, and the phrase is a clause that may tell the same story
/// the narrative date dates.
fn subject_of_next_verb(parsed: &Parsed, noun: usize) -> bool {
    parsed
        .words
        .get(noun + 1)
        .is_some_and(|w| matches!(w.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD"))
}

/// The date of an answer to acts of `narrative` date, in an article
/// published on `publication`: `None` after a day (the caller keeps that
/// day); after a month or a year, the smallest period holding both it and
/// the publication date, if that is a month or a year ("in April" → the
/// year, for a July report).
pub(crate) fn date_after(narrative: EventDate, publication: NaiveDate) -> Option<EventDate> {
    let (year, month) = (publication.year(), publication.month());
    match narrative {
        EventDate::Day(_) => None,
        EventDate::Month(y, m) if (y, m) == (year, month) => Some(narrative),
        EventDate::Month(y, _) | EventDate::Year(y) if y == year => Some(EventDate::Year(y)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_a_month_is_the_year_after_a_day_the_report() {
        let published = NaiveDate::from_ymd_opt(2019, 7, 20).unwrap();
        let day = EventDate::Day(NaiveDate::from_ymd_opt(2019, 7, 18).unwrap());
        assert_eq!(date_after(day, published), None);
        assert_eq!(
            date_after(EventDate::Month(2019, 4), published),
            Some(EventDate::Year(2019))
        );
        assert_eq!(
            date_after(EventDate::Month(2019, 7), published),
            Some(EventDate::Month(2019, 7))
        );
        assert_eq!(date_after(EventDate::Month(2018, 11), published), None);
        assert_eq!(date_after(EventDate::Year(2012), published), None);
    }
}
