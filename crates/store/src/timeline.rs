//! Relations over time: the events of a query counted per period and dyad,
//! split by quad class, with their mean Goldstein score — what an analyst
//! plots to see ties warm or break ("which ties were cut, when").
//!
//! Events are streamed from the store and aggregated here, so memory grows
//! with the number of (period, dyad) rows, not with the events. An event's
//! period is its date cut to the requested granularity; an event dated more
//! coarsely than that keeps its own coarser period (`2019` in a monthly
//! timeline) rather than being placed in a month the text does not give, and
//! an undated event is counted under `undated`.

use std::collections::BTreeMap;

use dyad_event::{ActorRef, Event};

use crate::{EventQuery, Result, Store};

/// How finely events are grouped in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
    Day,
}

impl Period {
    /// Characters of a `YYYY-MM-DD` date that name the period.
    fn width(self) -> usize {
        match self {
            Period::Year => 4,
            Period::Month => 7,
            Period::Day => 10,
        }
    }
}

/// What identifies a side of the dyad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The country (or IGO/NGO) root: `SYR` for `SYRGOV`.
    Country,
    /// The full actor code.
    Code,
}

/// One period and dyad of a timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or coarser, see the module
    /// documentation), or `undated`.
    pub period: String,
    pub source: String,
    pub target: String,
    /// Events counted in this row.
    pub events: usize,
    /// Events per GDELT quad class: verbal cooperation, material
    /// cooperation, verbal conflict, material conflict.
    pub verbal_cooperation: usize,
    pub material_cooperation: usize,
    pub verbal_conflict: usize,
    pub material_conflict: usize,
    /// Mean Goldstein score of the events that have one.
    pub goldstein_mean: Option<f64>,
    /// The most frequent CAMEO code (the smallest on a tie).
    pub top_code: Option<String>,
}

#[derive(Default)]
struct Tally {
    events: usize,
    quads: [usize; 4],
    goldstein_sum: f64,
    goldstein_n: usize,
    codes: BTreeMap<String, usize>,
}

fn side(actor: &Option<ActorRef>, level: Level) -> String {
    let Some(a) = actor else {
        return "-".into();
    };
    match (level, &a.country, &a.code) {
        // An organisation's "country" (IGO, NGO, ...) would lump the UN with
        // the EU: keep the organisation, `IGOUNO`, `IGOEUR`.
        (Level::Country, Some(c), Some(code))
            if matches!(c.as_str(), "IGO" | "NGO" | "IMG" | "MNC" | "NGM") =>
        {
            code.chars().take(6).collect()
        }
        (Level::Country, Some(c), _) => c.clone(),
        (_, _, Some(code)) => code.clone(),
        _ => "-".into(),
    }
}

fn period_of(e: &Event, period: Period) -> String {
    match &e.date {
        None => "undated".into(),
        Some(d) => d.chars().take(period.width()).collect(),
    }
}

/// Aggregate already-selected events (any order) into timeline rows, sorted
/// by period, then by number of events (most first), then by dyad.
pub fn aggregate<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    period: Period,
    level: Level,
) -> Vec<TimelineRow> {
    let mut tallies: BTreeMap<(String, String, String), Tally> = BTreeMap::new();
    for e in events {
        add(&mut tallies, e, period, level);
    }
    rows(tallies)
}

fn add(
    tallies: &mut BTreeMap<(String, String, String), Tally>,
    e: &Event,
    period: Period,
    level: Level,
) {
    let key = (
        period_of(e, period),
        side(&e.source, level),
        side(&e.target, level),
    );
    let t = tallies.entry(key).or_default();
    t.events += 1;
    if let Some(q) = e.quad_class.filter(|q| (1..=4).contains(q)) {
        t.quads[usize::from(q) - 1] += 1;
    }
    if let Some(g) = e.goldstein {
        t.goldstein_sum += g;
        t.goldstein_n += 1;
    }
    if let Some(c) = &e.cameo {
        *t.codes.entry(c.clone()).or_default() += 1;
    }
}

fn rows(tallies: BTreeMap<(String, String, String), Tally>) -> Vec<TimelineRow> {
    let mut out: Vec<TimelineRow> = tallies
        .into_iter()
        .map(|((period, source, target), t)| TimelineRow {
            period,
            source,
            target,
            events: t.events,
            verbal_cooperation: t.quads[0],
            material_cooperation: t.quads[1],
            verbal_conflict: t.quads[2],
            material_conflict: t.quads[3],
            goldstein_mean: (t.goldstein_n > 0).then(|| t.goldstein_sum / t.goldstein_n as f64),
            top_code: t
                .codes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(c, _)| c.clone()),
        })
        .collect();
    out.sort_by(|a, b| {
        a.period
            .cmp(&b.period)
            .then(b.events.cmp(&a.events))
            .then(a.source.cmp(&b.source))
            .then(a.target.cmp(&b.target))
    });
    out
}

impl Store {
    /// The timeline of the events matching `q` (its `limit` is ignored: a
    /// timeline counts every matching event).
    pub fn timeline(
        &self,
        q: &EventQuery,
        period: Period,
        level: Level,
    ) -> Result<Vec<TimelineRow>> {
        let q = EventQuery {
            limit: None,
            ..q.clone()
        };
        let mut tallies = BTreeMap::new();
        self.for_each_event(&q, |stored| {
            add(&mut tallies, &stored.event, period, level);
            Ok(())
        })?;
        Ok(rows(tallies))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(date: Option<&str>, s: &str, t: &str, cameo: &str, quad: u8, g: f64) -> Event {
        Event {
            date: date.map(str::to_string),
            source: Some(ActorRef::from_code(s, None)),
            target: Some(ActorRef::from_code(t, None)),
            cameo: Some(cameo.into()),
            quad_class: Some(quad),
            goldstein: Some(g),
            ..Default::default()
        }
    }

    #[test]
    fn counts_per_period_and_dyad_with_quads_and_goldstein() {
        let events = [
            ev(Some("2018-05-29"), "SYRGOV", "ABH", "0511", 1, 3.4),
            ev(Some("2018-05-30"), "SYR", "SOS", "0511", 1, 3.4),
            ev(Some("2018-05-30"), "GEOGOV", "SYRGOV", "161", 3, -4.0),
            ev(Some("2018-06-05"), "ABHGOV", "SYRGOV", "040", 1, 1.0),
            ev(Some("2018"), "SYRGOV", "ABHGOV", "042", 1, 1.9),
            ev(None, "SYR", "ABH", "190", 4, -10.0),
        ];
        let rows = aggregate(&events, Period::Month, Level::Country);
        let view: Vec<(String, String, String, usize)> = rows
            .iter()
            .map(|r| {
                (
                    r.period.clone(),
                    r.source.clone(),
                    r.target.clone(),
                    r.events,
                )
            })
            .collect();
        assert_eq!(
            view,
            vec![
                // A year-only date keeps its year; it is not put in a month.
                ("2018".into(), "SYR".into(), "ABH".into(), 1),
                ("2018-05".into(), "GEO".into(), "SYR".into(), 1),
                ("2018-05".into(), "SYR".into(), "ABH".into(), 1),
                ("2018-05".into(), "SYR".into(), "SOS".into(), 1),
                ("2018-06".into(), "ABH".into(), "SYR".into(), 1),
                ("undated".into(), "SYR".into(), "ABH".into(), 1),
            ]
        );
        let geo = &rows[1];
        assert_eq!((geo.verbal_conflict, geo.verbal_cooperation), (1, 0));
        assert_eq!(geo.goldstein_mean, Some(-4.0));
        assert_eq!(geo.top_code.as_deref(), Some("161"));
        // By year and full codes, the two May recognitions stay apart by target.
        let rows = aggregate(&events, Period::Year, Level::Code);
        let syr_abh = rows
            .iter()
            .find(|r| r.period == "2018" && r.source == "SYRGOV" && r.target == "ABH")
            .unwrap();
        assert_eq!(syr_abh.events, 1);
        assert_eq!(rows.iter().map(|r| r.events).sum::<usize>(), events.len());
    }

    #[test]
    fn most_frequent_code_wins_and_ties_take_the_smallest() {
        let events = [
            ev(Some("2019"), "USA", "IRN", "163", 4, -8.0),
            ev(Some("2019"), "USA", "IRN", "112", 3, -2.0),
            ev(Some("2019"), "USA", "IRN", "112", 3, -2.0),
            ev(Some("2020"), "USA", "IRN", "173", 4, -5.0),
            ev(Some("2020"), "USA", "IRN", "163", 4, -8.0),
        ];
        let rows = aggregate(&events, Period::Year, Level::Country);
        assert_eq!(rows[0].top_code.as_deref(), Some("112"));
        // Organisations keep their organisation code at country level.
        let igo = [ev(Some("2019"), "IGOEUREEC", "TUR", "111", 3, -2.0)];
        assert_eq!(
            aggregate(&igo, Period::Year, Level::Country)[0].source,
            "IGOEUR"
        );
        assert_eq!(rows[0].goldstein_mean, Some(-4.0));
        assert_eq!(rows[1].top_code.as_deref(), Some("163"));
        assert_eq!(rows[1].material_conflict, 2);
    }
}
