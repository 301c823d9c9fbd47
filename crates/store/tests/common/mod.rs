//! Builders for test articles, sentences and events (there is no coder yet).
//! Everything is derived from a seed so that a reader can recompute what an
//! article must hold from its id alone.
#![allow(dead_code)]

use dyad_article::Article;
use dyad_event::{ActorRef, Event, Factuality, Location, Offsets, Plover};
use dyad_store::SentenceRow;

pub const ACTORS: &[&str] = &[
    "SYRGOV", "SYRREB", "USAGOV", "USA", "IGOUNO", "RUSMIL", "MIL",
];
pub const CODES: &[&str] = &["010", "036", "042", "054", "0871", "112", "173", "190"];
pub const DATES: &[Option<&str>] = &[
    Some("2018-06-20"),
    Some("2018-06"),
    Some("2018"),
    Some("2017-12-31"),
    Some("2019-01-01"),
    None,
    Some("2018-07-01"),
    Some("2018-05-31"),
];
pub const FACTUALITY: &[Option<Factuality>] = &[
    Some(Factuality::Asserted),
    Some(Factuality::Reported),
    None,
    Some(Factuality::Negated),
    Some(Factuality::Planned),
];

/// Small deterministic generator (xorshift) so tests need no rand crate.
pub struct Gen(u64);
impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// Number of sentences and events per sentence of article `n`: a function
/// of `n` only, so a checker can recompute them.
pub fn shape(n: u64) -> (usize, usize) {
    ((n % 5 + 1) as usize, (n % 3 + 1) as usize)
}

/// Article `n` with `variant` folded into its text (a different variant is
/// a changed text for the same id).
pub fn article(n: u64, variant: u32) -> (Article, Vec<SentenceRow>, Vec<Event>) {
    let id = format!("art-{n}");
    let (n_sentences, per_sentence) = shape(n);
    let mut text = String::new();
    let mut sentences = Vec::new();
    for i in 0..n_sentences {
        let start = text.len();
        // Commas, quotes and a non-ASCII letter so exports must quote/escape.
        text.push_str(&format!(
            "Sentence {i} of \"{id}\", variant {variant}: Damascus met Washington. "
        ));
        sentences.push(SentenceRow {
            index: i,
            start,
            end: text.len() - 1,
            text: text[start..text.len() - 1].to_string(),
        });
    }
    let mut g = Gen::new(n * 1000 + u64::from(variant));
    let mut events = Vec::new();
    for s in &sentences {
        for k in 0..per_sentence {
            let cameo = (*g.pick(CODES)).to_string();
            let source = *g.pick(ACTORS);
            let target = *g.pick(ACTORS);
            let date = g.pick(DATES).map(str::to_string);
            let e = Event {
                article_id: id.clone(),
                sentence_index: s.index,
                sentence: s.text.clone(),
                offsets: Offsets {
                    source: Some([s.start, s.start + 8]),
                    target: None,
                    action: Some([s.start + 10 + k, s.start + 13 + k]),
                },
                // Written before `date`, which moves it.
                date_basis: date.as_ref().map(|_| "publication".to_string()),
                date,
                source: Some(ActorRef::from_code(source, Some("Damascus".into()))),
                target: Some(ActorRef {
                    name: Some("Washington, D.C.".into()),
                    ..ActorRef::from_code(target, Some("Washington".into()))
                }),
                root: Some(cameo[..2].to_string()),
                quad_class: Some(1 + (g.next() % 4) as u8),
                goldstein: Some(((g.next() % 200) as f64 - 100.0) / 10.0),
                cameo: Some(cameo),
                plover: Some(Plover {
                    event_type: Some("CONSULT".into()),
                    mode: None,
                    context: None,
                }),
                factuality: *g.pick(FACTUALITY),
                attribution: None,
                // From the event's index, not the generator, so that the
                // other fields stay as they were before places varied.
                location: match k % 3 {
                    0 => Some(Location {
                        name: Some("Geneva".into()),
                        country: Some("CHE".into()),
                        lat: Some(46.2),
                        lon: Some(6.15),
                        basis: Some("in Geneva".into()),
                    }),
                    1 => Some(Location {
                        name: Some("Moscow".into()),
                        country: Some("RUS".into()),
                        lat: Some(55.75),
                        lon: Some(37.62),
                        basis: Some("in Moscow".into()),
                    }),
                    _ => None,
                },
                confidence: Some(0.5),
                rule: Some(format!("test-rule-{k}")),
                compound_id: None,
                mutual: g.next() % 3 == 0,
                ..Default::default()
            }
            .with_id();
            events.push(e);
        }
    }
    let mut a = Article::new(id, dyad_article::parse_date("2018-06-21"), text);
    a.url = Some(format!("https://example.org/{n}"));
    a.title = Some(format!("Title {n}"));
    (a, sentences, events)
}
