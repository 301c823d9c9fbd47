//! Counted acts over a stretch that lasts until the report: "More than 1000
//! people have been arrested since the protests began in June", "at least
//! 40 protesters have been killed since April". A present perfect with a
//! *since* date and a counted participant tells many acts spread from that
//! date to the day of the report, not one act on either day: the period
//! holding both is as fine as the text supports (`docs/annotation-guidelines.md`:
//! the date at the granularity the text supports), and a stretch over a
//! year's end holds no single period (undatable, like "in the last few
//! years"). One activity that began then ("Hongkongers have been
//! protesting since early June", "has been mayor since 1998") keeps the
//! date it began.

use chrono::{Datelike, NaiveDate};
use dyad_conllu::Sentence as Parsed;
use dyad_dates::{DateMention, EventDate};
use dyad_event::Event;

use crate::{action_word, perfect, Perfect};

/// Words that count a participant without a numeral: "hundreds of
/// protesters", "dozens have been detained".
const COUNT_WORDS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "tens",
    "scores",
    "millions",
    "many",
    "numerous",
];

/// The smallest calendar period holding both `from` and `to`: their month,
/// else their year, else none.
fn period_holding(from: EventDate, to: NaiveDate) -> Option<EventDate> {
    let start = from.first_day()?;
    if (start.year(), start.month()) == (to.year(), to.month()) {
        Some(EventDate::Month(to.year(), to.month()))
    } else if start.year() == to.year() {
        Some(EventDate::Year(to.year()))
    } else {
        None
    }
}

/// Is `noun` (0-based) counted: a numeral ("1000 people", "more than 40"),
/// or a word of count ("hundreds of protesters")?
fn counted(parsed: &Parsed, noun: usize) -> bool {
    let words = &parsed.words;
    let lemma = words[noun].lemma.to_lowercase();
    COUNT_WORDS.contains(&words[noun].form.to_lowercase().as_str())
        || COUNT_WORDS.contains(&lemma.as_str())
        || words[noun].xpos == "CD"
        || words.iter().any(|w| {
            w.head == noun + 1
                && ((w.deprel == "nummod" && w.xpos == "CD")
                    || (w.deprel == "amod"
                        && COUNT_WORDS.contains(&w.lemma.to_lowercase().as_str())))
        })
}

/// The *since* date of `verb`'s clause: a date right after "since" that the
/// event was dated by (`basis`), or a date inside a since-clause ("since
/// the protests began in June"; the parser may hang its *since* on the
/// clause's subject, as a preposition).
fn since_date(
    parsed: &Parsed,
    verb: usize,
    mentions: &[DateMention],
    basis: &str,
) -> Option<EventDate> {
    let words = &parsed.words;
    let lower = |i: usize| words[i].form.to_lowercase();
    if let Some(m) = mentions.iter().find(|m| m.basis == basis) {
        let after_since = (m.words.0.saturating_sub(3)..=m.words.0)
            .any(|p| p < words.len() && lower(p) == "since");
        return after_since.then_some(m.date);
    }
    if basis != "publication date" {
        return None;
    }
    let tree = dyad_context::Tree::new(parsed);
    let clause = tree
        .children(verb)
        .find(|&c| tree.rel(c) == "advcl" && lower(tree.span(c).0) == "since")?;
    let (lo, hi) = tree.span(clause);
    mentions
        .iter()
        .find(|m| lo <= m.words.0 && m.words.1 <= hi + 1)
        .map(|m| m.date)
}

/// Date counted acts told in the present perfect with a *since* date by
/// the period from that date to the report (see the module docs).
pub(crate) fn date_counted_since(
    events: &mut [Event],
    parsed: &Parsed,
    spans: &[(usize, usize)],
    publication: NaiveDate,
) {
    // Found only for a sentence that needs them.
    let mut mentions: Option<Vec<DateMention>> = None;
    for e in events.iter_mut() {
        let Some(verb) = action_word(e, spans) else {
            continue;
        };
        if perfect(parsed, verb) != Some(Perfect::Present) {
            continue;
        }
        let participants_counted = parsed.words.iter().enumerate().any(|(i, w)| {
            w.head == verb + 1
                && matches!(w.deprel.as_str(), "nsubj" | "nsubj:pass" | "obj")
                && counted(parsed, i)
        });
        if !participants_counted {
            continue;
        }
        let basis = e.date_basis.clone().unwrap_or_default();
        let mentions = mentions.get_or_insert_with(|| {
            let forms: Vec<&str> = parsed.words.iter().map(|w| w.form.as_str()).collect();
            dyad_dates::find_dates(&forms, publication)
        });
        let Some(since) = since_date(parsed, verb, mentions, &basis) else {
            continue;
        };
        let date = period_holding(since, publication);
        e.date = date.map(|d| d.to_string());
        e.date_basis = Some(format!(
            "counted acts since {since} until the report{}",
            if date.is_none() {
                ", no single period"
            } else {
                ""
            }
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_holding_the_start_and_the_report() {
        let report = NaiveDate::from_ymd_opt(2019, 9, 6).unwrap();
        assert_eq!(
            period_holding(EventDate::Month(2019, 6), report),
            Some(EventDate::Year(2019))
        );
        assert_eq!(
            period_holding(EventDate::Month(2019, 9), report),
            Some(EventDate::Month(2019, 9))
        );
        assert_eq!(period_holding(EventDate::Year(2011), report), None);
    }
}
