//! Helpers shared by the coder's integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use dyad_coder::{Coder, CoderOptions};
use dyad_dict::{CameoTables, Dictionaries};
use dyad_event::{ActorRef, Event};

/// Code one article with the embedded dictionaries and parser; `None` (with a
/// message) when the embedded model does not load.
pub fn code_article(
    id: &str,
    date: NaiveDate,
    text: &str,
    options: CoderOptions,
) -> Option<Vec<Event>> {
    code_with_title(id, date, None, text, options)
}

/// [`code_article`] for an article with a headline.
pub fn code_titled_article(
    date: NaiveDate,
    title: &str,
    text: &str,
    options: CoderOptions,
) -> Option<Vec<Event>> {
    code_with_title("titled", date, Some(title), text, options)
}

fn code_with_title(
    id: &str,
    date: NaiveDate,
    title: Option<&str>,
    text: &str,
    options: CoderOptions,
) -> Option<Vec<Event>> {
    let pipeline = match dyad_nlp::Pipeline::load_embedded() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("skipping: the embedded parser model does not load ({e})");
            return None;
        }
    };
    let dicts = Dictionaries::phoenix().expect("embedded dictionaries load");
    let tables = CameoTables::embedded();
    let coder = Coder::new(&dicts, &tables, options);
    let (_, events) = coder.code_article_titled(&pipeline, id, Some(date), title, text);
    Some(events)
}

/// The actor's code, or "" for none.
pub fn code(a: &Option<ActorRef>) -> String {
    a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default()
}

/// "SOURCE TARGET CAMEO" for each event, for assertions and messages.
pub fn summary(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                code(&e.source),
                code(&e.target),
                e.cameo.as_deref().unwrap_or("")
            )
        })
        .collect()
}

/// [`summary`] with the rule that coded each event.
pub fn summary_with_rules(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .zip(summary(events))
        .map(|(e, s)| format!("{s} {}", e.rule.as_deref().unwrap_or("")))
        .collect()
}

/// The events of sentence `sentence` whose root is `root`.
pub fn of_root<'e>(events: &'e [Event], sentence: usize, root: &str) -> Vec<&'e Event> {
    events
        .iter()
        .filter(|e| e.sentence_index == sentence && e.root.as_deref() == Some(root))
        .collect()
}

/// Is there an event `source → target` (exact codes) with a code under
/// `root`?
pub fn has(events: &[Event], source: &str, target: &str, root: &str) -> bool {
    events.iter().any(|e| {
        code(&e.source) == source
            && code(&e.target) == target
            && e.cameo.as_deref().is_some_and(|c| c.starts_with(root))
    })
}

/// The events from an actor of `source` (a code prefix) to one of `target`
/// whose CAMEO code starts with `root`.
pub fn find<'a>(events: &'a [Event], source: &str, target: &str, root: &str) -> Vec<&'a Event> {
    events
        .iter()
        .filter(|e| {
            code(&e.source).starts_with(source)
                && code(&e.target).starts_with(target)
                && e.cameo.as_deref().is_some_and(|c| c.starts_with(root))
        })
        .collect()
}

/// Is there an event of root `root` (exact) from an actor whose code starts
/// with `source` to one whose code starts with `target`?
pub fn has_prefixed(events: &[Event], source: &str, target: &str, root: &str) -> bool {
    events.iter().any(|e| {
        code(&e.source).starts_with(source)
            && code(&e.target).starts_with(target)
            && e.root.as_deref() == Some(root)
    })
}
