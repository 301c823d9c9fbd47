//! The event record that every later stage fills and every consumer reads.
//!
//! One [`Event`] is one coded political event: who ([`ActorRef`] `source`) did
//! what ([`Event::cameo`] and its derived fields) to whom (`target`), when,
//! where, how sure and according to whom. The JSON field names are fixed and
//! documented in `docs/event-schema.md`; a field that no stage computes yet is
//! `None` (JSON `null`), never invented.

use serde::{Deserialize, Serialize};

/// A `[start, end)` span into the article text, in characters (Unicode scalar values).
pub type Span = [usize; 2];

/// Spans of the parts of an event in the article text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offsets {
    pub source: Option<Span>,
    pub target: Option<Span>,
    pub action: Option<Span>,
}

/// One side of a dyad.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Full CAMEO actor code, e.g. `PRKGOV`.
    pub code: Option<String>,
    /// Three-letter country (or IGO/NGO root) code, e.g. `PRK`.
    pub country: Option<String>,
    /// Role code(s) after the country, e.g. `GOV`.
    pub role: Option<String>,
    /// Canonical name, when a dictionary knows one.
    pub name: Option<String>,
    /// The text the actor was read from.
    pub text: Option<String>,
}

impl ActorRef {
    /// Build from a full CAMEO code, splitting country and role the usual way:
    /// the first three letters are the country/organisation, the rest the role.
    pub fn from_code(code: &str, text: Option<String>) -> Self {
        let (country, role) = split_actor_code(code);
        ActorRef {
            code: Some(code.to_string()),
            country: country.map(str::to_string),
            role: role.map(str::to_string),
            name: None,
            text,
        }
    }
}

/// Split a CAMEO actor code into its 3-letter root and the rest.
/// Codes shorter than three letters have no root.
pub fn split_actor_code(code: &str) -> (Option<&str>, Option<&str>) {
    if code.len() < 3 || !code.is_char_boundary(3) {
        return (None, None);
    }
    let (root, rest) = code.split_at(3);
    (Some(root), if rest.is_empty() { None } else { Some(rest) })
}

/// PLOVER category of a CAMEO code (from the CAMEO→PLOVER crosswalk).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub mode: Option<String>,
    pub context: Option<String>,
}

/// How sure the text is that the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Factuality {
    Asserted,
    Reported,
    Planned,
    Hypothetical,
    Negated,
}

impl Factuality {
    pub fn as_str(self) -> &'static str {
        match self {
            Factuality::Asserted => "asserted",
            Factuality::Reported => "reported",
            Factuality::Planned => "planned",
            Factuality::Hypothetical => "hypothetical",
            Factuality::Negated => "negated",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "asserted" => Factuality::Asserted,
            "reported" => Factuality::Reported,
            "planned" => Factuality::Planned,
            "hypothetical" => Factuality::Hypothetical,
            "negated" => Factuality::Negated,
            _ => return None,
        })
    }
}

/// Where the event happened.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// What decided it: the words ("in Moscow", "the Syrian capital") or
    /// the inference ("domestic act in SYR"), like `date_basis`.
    #[serde(default)]
    pub basis: Option<String>,
}

/// One coded event. Field order is the documented JSON order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable hash of article id, sentence index, dyad, code and action span;
    /// see [`Event::compute_id`].
    pub event_id: String,
    pub article_id: String,
    pub sentence_index: usize,
    pub sentence: String,
    pub offsets: Offsets,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Which expression (or fallback) decided `date`.
    pub date_basis: Option<String>,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// CAMEO event code, e.g. `"054"`.
    pub cameo: Option<String>,
    /// Two-digit CAMEO root, e.g. `"05"`.
    pub root: Option<String>,
    /// GDELT QuadClass 1–4.
    pub quad_class: Option<u8>,
    pub goldstein: Option<f64>,
    pub plover: Option<Plover>,
    pub factuality: Option<Factuality>,
    pub attribution: Option<String>,
    pub location: Option<Location>,
    /// 0–1.
    pub confidence: Option<f64>,
    /// Which dictionary pattern or logic produced the event.
    pub rule: Option<String>,
    /// Shared by the events that one compound actor phrase expanded into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compound_id: Option<String>,
    /// The act is mutual ("Trump and Erdoğan spoke", "signed an agreement
    /// with"): it is recorded once, with the first-named party as source,
    /// and a dyad query matches it in either direction (see [`merge_mutual`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mutual: bool,
    /// Other sentences of the same article that restate this event (see
    /// [`merge_restatements`]); absent when the event is stated once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
}

/// One more place in the article where an event is stated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub sentence_index: usize,
    pub sentence: String,
    pub offsets: Offsets,
}

/// Merge the restatements of an event within one article: events with the
/// same source code, target code, CAMEO code, date and factuality are one
/// event (the first statement, in article order), with the later statements
/// kept as [`Mention`]s and the confidence combined as independent evidence
/// (`1 − Π(1 − cᵢ)`). So are events of the same dyad, factuality and day
/// whose codes differ only below the root ("shelled" 193 in the lead,
/// "attacked" 190 later; "blamed" 1124 and "accused" 110): a restatement
/// in other words, and one event-day of that kind, as event data counts
/// them. Events from the same sentence are never merged (two such events
/// are two events: "met twice"), and compound siblings stay apart.
pub fn merge_restatements(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for e in events {
        let key_of = |x: &Event| {
            (
                x.article_id.clone(),
                x.source.as_ref().and_then(|a| a.code.clone()),
                x.target.as_ref().and_then(|a| a.code.clone()),
                x.date.clone(),
                x.factuality,
            )
        };
        // A day (`YYYY-MM-DD`), not a month or year: two acts of one root
        // in the same month may well be two events.
        let by_day = e.date.as_deref().is_some_and(|d| d.len() == 10);
        let key = key_of(&e);
        let existing = out.iter_mut().find(|o| {
            key_of(o) == key
                && (o.cameo == e.cameo
                    || (by_day && cameo_root(o).is_some() && cameo_root(o) == cameo_root(&e)))
                && o.sentence_index != e.sentence_index
                && !o
                    .mentions
                    .iter()
                    .any(|m| m.sentence_index == e.sentence_index)
        });
        match existing {
            Some(first) if e.source.is_some() && e.target.is_some() => {
                if let (Some(a), Some(b)) = (first.confidence, e.confidence) {
                    first.confidence = Some(1.0 - (1.0 - a) * (1.0 - b));
                }
                first.mentions.push(Mention {
                    sentence_index: e.sentence_index,
                    sentence: e.sentence,
                    offsets: e.offsets,
                });
            }
            _ => out.push(e),
        }
    }
    out
}

/// The two-digit CAMEO root of an event's code (events built in tests may
/// carry only `cameo`).
fn cameo_root(e: &Event) -> Option<&str> {
    e.cameo.as_deref().and_then(|c| c.get(..2))
}

/// Record each mutual act once: of two events of one sentence with the same
/// CAMEO code and the same two actors in opposite directions, the first (the
/// sentence's first-named party as source) stays, marked [`Event::mutual`],
/// and the other is dropped. Two directed events with different codes ("A
/// accused B, B accused A" in two clauses) have their own action spans and
/// are kept.
pub fn merge_mutual(events: Vec<Event>) -> Vec<Event> {
    let code = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone());
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for e in events {
        let (s, t) = (code(&e.source), code(&e.target));
        let twin = out.iter_mut().find(|o| {
            s.is_some()
                && t.is_some()
                && s != t
                && o.article_id == e.article_id
                && o.sentence_index == e.sentence_index
                && o.cameo == e.cameo
                && o.offsets.action == e.offsets.action
                && code(&o.source) == t
                && code(&o.target) == s
        });
        match twin {
            Some(first) => first.mutual = true,
            None => out.push(e),
        }
    }
    out
}

impl Event {
    /// A stable id: the same article, sentence, dyad, code and action span
    /// always hash to the same 16 hex digits, on every machine and run.
    pub fn compute_id(&self) -> String {
        let code =
            |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default();
        let action = self.offsets.action.unwrap_or([0, 0]);
        let key = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}:{}",
            self.article_id,
            self.sentence_index,
            code(&self.source),
            code(&self.target),
            self.cameo.as_deref().unwrap_or(""),
            action[0],
            action[1]
        );
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
    }

    /// Set `event_id` from the other fields.
    pub fn with_id(mut self) -> Self {
        self.event_id = self.compute_id();
        self
    }

    /// One JSONL line (no trailing newline).
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).expect("an Event always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_fields_serialise_as_null() {
        let e = Event {
            article_id: "a1".into(),
            ..Default::default()
        }
        .with_id();
        let v: serde_json::Value = serde_json::from_str(&e.to_json_line()).unwrap();
        for key in [
            "date",
            "source",
            "target",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "factuality",
            "attribution",
            "location",
            "confidence",
            "rule",
        ] {
            assert!(v[key].is_null(), "{key} should be null");
        }
        assert_eq!(v["event_id"].as_str().unwrap().len(), 16);
    }

    #[test]
    fn id_is_stable_and_discriminating() {
        let mut e = Event {
            article_id: "a".into(),
            cameo: Some("054".into()),
            source: Some(ActorRef::from_code("SYRGOV", None)),
            ..Default::default()
        };
        let a = e.compute_id();
        assert_eq!(a, e.compute_id());
        e.cameo = Some("055".into());
        assert_ne!(a, e.compute_id());
    }

    #[test]
    fn splits_actor_codes() {
        assert_eq!(split_actor_code("PRKGOV"), (Some("PRK"), Some("GOV")));
        assert_eq!(split_actor_code("IGOUNO"), (Some("IGO"), Some("UNO")));
        assert_eq!(split_actor_code("SYR"), (Some("SYR"), None));
        assert_eq!(split_actor_code("GO"), (None, None));
    }

    #[test]
    fn mutual_acts_are_recorded_once() {
        let ev = |s: &str, t: &str, cameo: &str, sentence_index: usize| Event {
            article_id: "a".into(),
            sentence_index,
            source: Some(ActorRef::from_code(s, None)),
            target: Some(ActorRef::from_code(t, None)),
            cameo: Some(cameo.into()),
            offsets: Offsets {
                action: Some([10, 15]),
                ..Default::default()
            },
            ..Default::default()
        };
        let out = merge_mutual(vec![
            ev("USAGOV", "TURGOV", "041", 0),
            ev("TURGOV", "USAGOV", "041", 0),
            // Another sentence, another code, or one-way: kept.
            ev("TURGOV", "USAGOV", "041", 1),
            ev("USAGOV", "TURGOV", "042", 0),
            ev("SYR", "GEO", "161", 2),
        ]);
        assert_eq!(out.len(), 4);
        assert!(out[0].mutual);
        assert_eq!(
            out[0].source.as_ref().unwrap().code.as_deref(),
            Some("USAGOV")
        );
        assert!(!out[1].mutual && !out[2].mutual && !out[3].mutual);
        let json = out[0].to_json_line();
        assert!(json.contains("\"mutual\":true"));
        assert!(!out[3].to_json_line().contains("mutual"));
    }

    #[test]
    fn restatements_merge_into_mentions() {
        let ev = |sentence_index: usize, cameo: &str, confidence: f64| Event {
            article_id: "a".into(),
            sentence_index,
            sentence: format!("s{sentence_index}"),
            source: Some(ActorRef::from_code("SYR", None)),
            target: Some(ActorRef::from_code("ABH", None)),
            cameo: Some(cameo.into()),
            date: Some("2018-05".into()),
            confidence: Some(confidence),
            ..Default::default()
        };
        let merged = merge_restatements(vec![
            ev(0, "054", 0.5),
            ev(1, "054", 0.5),
            ev(1, "054", 0.5),
            ev(2, "043", 0.5),
        ]);
        assert_eq!(merged.len(), 3);
        assert_eq!(merged[0].mentions.len(), 1);
        assert_eq!(merged[0].mentions[0].sentence, "s1");
        assert!((merged[0].confidence.unwrap() - 0.75).abs() < 1e-9);
        // The second statement in sentence 1 is another event, not a third mention.
        assert_eq!(merged[1].sentence_index, 1);
        let json = merged[2].to_json_line();
        assert!(!json.contains("mentions"));
    }

    #[test]
    fn codes_of_one_root_merge_by_day_only() {
        let ev = |sentence_index: usize, cameo: &str, date: &str| Event {
            article_id: "a".into(),
            sentence_index,
            source: Some(ActorRef::from_code("KOR", None)),
            target: Some(ActorRef::from_code("PRK", None)),
            cameo: Some(cameo.into()),
            date: Some(date.into()),
            ..Default::default()
        };
        // Shelling in the lead, the attack later that day: one event.
        let merged =
            merge_restatements(vec![ev(0, "193", "2015-08-20"), ev(3, "190", "2015-08-20")]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].cameo.as_deref(), Some("193"));
        assert_eq!(merged[0].mentions.len(), 1);
        // Another day, another root, or only the month known: kept apart.
        for (cameo, date) in [("190", "2015-08-21"), ("173", "2015-08-20")] {
            let kept = merge_restatements(vec![ev(0, "193", "2015-08-20"), ev(3, cameo, date)]);
            assert_eq!(kept.len(), 2, "{cameo} {date}");
        }
        let kept = merge_restatements(vec![ev(0, "193", "2015-08"), ev(3, "190", "2015-08")]);
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn factuality_round_trips() {
        for f in [
            Factuality::Asserted,
            Factuality::Reported,
            Factuality::Planned,
            Factuality::Hypothetical,
            Factuality::Negated,
        ] {
            assert_eq!(Factuality::parse(f.as_str()), Some(f));
            assert_eq!(
                serde_json::to_string(&f).unwrap(),
                format!("\"{}\"", f.as_str())
            );
        }
    }
}
