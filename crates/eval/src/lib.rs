//! Article-level event evaluation: system events against hand-annotated gold.
//!
//! Gold is JSONL, one article per line (`eval/gold/*.jsonl`; the annotation
//! guidelines are in `docs/annotation-guidelines.md`):
//!
//! ```json
//! {"article_id": "wn-…", "events": [{"source": "SYR", "target": "GEO", "root": "05",
//!   "date": "2018-05", "factuality": "asserted", "sentence": "…"}]}
//! ```
//!
//! A system event matches a gold event of the same article when the actors
//! agree (each gold actor is a code prefix: `SYR` matches `SYRGOV`, and a
//! gold `SYRGOV` needs at least `SYRGOV`) and the CAMEO root agrees. Matching
//! is one-to-one: first between events of the same sentence (the gold
//! `sentence` and the system event's sentence), then, for what is left, greedy
//! in gold order across sentences (a restated event may be coded from another
//! sentence than the one the annotator chose). Precision and recall count
//! matches; date and factuality accuracy are computed on matched pairs only.

use std::collections::HashMap;

use dyad_event::Event;
use serde::Deserialize;

/// One gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    pub source: String,
    pub target: String,
    pub root: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub factuality: Option<String>,
    #[serde(default)]
    pub sentence: Option<String>,
}

/// The gold events of one article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub article_id: String,
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct GoldError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Parse gold JSONL.
pub fn parse_gold(file: &str, content: &str) -> Result<Vec<GoldArticle>, GoldError> {
    let mut out = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let article: GoldArticle = serde_json::from_str(line).map_err(|e| GoldError {
            file: file.to_string(),
            line: n + 1,
            reason: e.to_string(),
        })?;
        for e in &article.events {
            if e.root.len() != 2 || !e.root.bytes().all(|b| b.is_ascii_digit()) {
                return Err(GoldError {
                    file: file.to_string(),
                    line: n + 1,
                    reason: format!("root {:?} is not a two-digit CAMEO root", e.root),
                });
            }
        }
        out.push(article);
    }
    Ok(out)
}

/// Scores over a gold set.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Scores {
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub date_correct: usize,
    pub date_gold: usize,
    pub fact_correct: usize,
    pub fact_gold: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.date_correct, self.date_gold)
    }
    pub fn factuality_accuracy(&self) -> f64 {
        ratio(self.fact_correct, self.fact_gold)
    }
}

fn actor_matches(gold: &str, system: Option<&dyad_event::ActorRef>) -> bool {
    let code = system.and_then(|a| a.code.as_deref()).unwrap_or("");
    !gold.is_empty() && code.starts_with(gold)
}

fn event_matches(gold: &GoldEvent, system: &Event) -> bool {
    actor_matches(&gold.source, system.source.as_ref())
        && actor_matches(&gold.target, system.target.as_ref())
        && system.root.as_deref() == Some(gold.root.as_str())
}

/// How the system events of one article lined up with its gold events
/// (indices into the article's gold events and into the system events
/// passed to [`align`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleAlignment {
    pub article_id: String,
    /// (gold index, system index) pairs.
    pub matched: Vec<(usize, usize)>,
    /// Gold events no system event matched.
    pub missed: Vec<usize>,
    /// System events that matched no gold event.
    pub spurious: Vec<usize>,
}

/// Score system events (any order, any articles) against the gold set. Only
/// articles present in the gold set count; system events of other articles
/// are ignored.
pub fn score(gold: &[GoldArticle], system: &[Event]) -> Scores {
    align(gold, system).0
}

/// [`score`], together with each article's alignment, for listing the errors.
pub fn align(gold: &[GoldArticle], system: &[Event]) -> (Scores, Vec<ArticleAlignment>) {
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in system.iter().enumerate() {
        by_article.entry(e.article_id.as_str()).or_default().push(i);
    }
    let mut s = Scores::default();
    let mut alignments = Vec::with_capacity(gold.len());
    for article in gold {
        let events = by_article
            .get(article.article_id.as_str())
            .cloned()
            .unwrap_or_default();
        let mut al = ArticleAlignment {
            article_id: article.article_id.clone(),
            ..Default::default()
        };
        s.gold += article.events.len();
        s.system += events.len();
        let mut used = vec![false; events.len()];
        let mut pairs: Vec<Option<usize>> = vec![None; article.events.len()];
        let same_sentence = |g: &GoldEvent, e: &Event| {
            g.sentence
                .as_deref()
                .is_some_and(|t| t.trim() == e.sentence.trim())
        };
        for (gi, g) in article.events.iter().enumerate() {
            let sys = |k: usize| &system[events[k]];
            if let Some(k) = (0..events.len())
                .find(|&k| !used[k] && event_matches(g, sys(k)) && same_sentence(g, sys(k)))
            {
                used[k] = true;
                pairs[gi] = Some(k);
            }
        }
        for (gi, g) in article.events.iter().enumerate() {
            if pairs[gi].is_some() {
                continue;
            }
            if let Some(k) =
                (0..events.len()).find(|&k| !used[k] && event_matches(g, &system[events[k]]))
            {
                used[k] = true;
                pairs[gi] = Some(k);
            }
        }
        for (gi, g) in article.events.iter().enumerate() {
            let Some(k) = pairs[gi] else {
                al.missed.push(gi);
                continue;
            };
            al.matched.push((gi, events[k]));
            s.matched += 1;
            let sys = &system[events[k]];
            if let Some(date) = &g.date {
                s.date_gold += 1;
                if sys.date.as_deref() == Some(date.as_str()) {
                    s.date_correct += 1;
                }
            }
            if let Some(f) = &g.factuality {
                s.fact_gold += 1;
                if sys.factuality.map(|x| x.as_str()) == Some(f.as_str()) {
                    s.fact_correct += 1;
                }
            }
        }
        al.spurious = (0..events.len())
            .filter(|&k| !used[k])
            .map(|k| events[k])
            .collect();
        alignments.push(al);
    }
    (s, alignments)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_event::{ActorRef, Factuality};

    fn sys(article: &str, src: &str, tgt: &str, root: &str, date: &str, f: Factuality) -> Event {
        Event {
            article_id: article.into(),
            source: Some(ActorRef::from_code(src, None)),
            target: Some(ActorRef::from_code(tgt, None)),
            root: Some(root.into()),
            date: Some(date.into()),
            factuality: Some(f),
            ..Default::default()
        }
    }

    #[test]
    fn scores_matches_dates_and_factuality() {
        let gold = parse_gold(
            "g.jsonl",
            r#"{"article_id":"a","events":[{"source":"SYR","target":"ABH","root":"05","date":"2018-05","factuality":"asserted"},{"source":"GEO","target":"SYR","root":"16","date":"2018-05"}]}
{"article_id":"b","events":[{"source":"RUS","target":"ABH","root":"05","date":"2008"}]}"#,
        )
        .unwrap();
        let system = vec![
            sys("a", "SYRGOV", "ABH", "05", "2018-05", Factuality::Asserted),
            sys("a", "GEOGOV", "SYR", "16", "2018-06", Factuality::Asserted),
            sys("a", "SYR", "ABH", "04", "2018-06", Factuality::Asserted),
            sys("c", "SYR", "ABH", "05", "2018-06", Factuality::Asserted),
        ];
        let s = score(&gold, &system);
        assert_eq!((s.gold, s.system, s.matched), (3, 3, 2));
        assert!((s.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!((s.date_correct, s.date_gold), (1, 2));
        assert_eq!((s.fact_correct, s.fact_gold), (1, 1));
    }

    #[test]
    fn gold_codes_are_prefixes_not_the_other_way() {
        let gold = parse_gold(
            "g",
            r#"{"article_id":"a","events":[{"source":"SYRGOV","target":"GEO","root":"05"}]}"#,
        )
        .unwrap();
        let s = score(
            &gold,
            &[sys("a", "SYR", "GEO", "05", "2018", Factuality::Asserted)],
        );
        assert_eq!(s.matched, 0);
    }

    #[test]
    fn events_of_the_gold_sentence_are_matched_first() {
        // Two gold events with the same tuple in two sentences; the system
        // codes only the second sentence's. Greedy matching in gold order
        // would pair it with the first gold event (and score its date
        // against the wrong one).
        let gold = parse_gold(
            "g",
            r#"{"article_id":"a","events":[
                {"source":"GBR","target":"USA","root":"02","date":"2019-10-07","factuality":"asserted","sentence":"Johnson asked the US."},
                {"source":"GBR","target":"USA","root":"02","date":"2019-10-10","factuality":"asserted","sentence":"Raab urged the embassy."}]}"#
                .replace('\n', " ")
                .as_str(),
        )
        .unwrap();
        let mut e = sys(
            "a",
            "GBRGOV",
            "USAGOV",
            "02",
            "2019-10-10",
            Factuality::Asserted,
        );
        e.sentence = "Raab urged the embassy.".into();
        let (s, al) = align(&gold, &[e]);
        assert_eq!(s.matched, 1);
        assert_eq!(al[0].matched, vec![(1, 0)]);
        assert_eq!(al[0].missed, vec![0]);
        assert_eq!(s.date_correct, 1);
    }

    #[test]
    fn bad_gold_is_an_error_with_line() {
        let e = parse_gold("g.jsonl", "\n{\"article_id\":\"a\",\"events\":[{\"source\":\"X\",\"target\":\"Y\",\"root\":\"5\"}]}").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(parse_gold("g.jsonl", "{nope").is_err());
    }
}
