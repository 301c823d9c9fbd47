//! `docs/event-schema.md` must agree with the code: its example parses into an
//! `Event` and serialises back unchanged, every JSON field is documented, and
//! the CSV and GDELT column lists are the ones the writers use.

use dyad_event::{ActorRef, Event, Factuality, Location, Offsets, Plover};
use dyad_store::export::{CSV_COLUMNS, GDELT_COLUMNS};

fn doc() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/event-schema.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let a = text
        .find(start)
        .unwrap_or_else(|| panic!("{start} missing"))
        + start.len();
    let b = text[a..]
        .find(end)
        .unwrap_or_else(|| panic!("{end} missing"))
        + a;
    &text[a..b]
}

#[test]
fn example_round_trips_and_its_id_is_the_computed_one() {
    let doc = doc();
    let line = between(&doc, "```json\n", "\n```");
    let event: Event = serde_json::from_str(line).expect("example parses as an Event");
    assert_eq!(event.event_id, event.compute_id(), "example event_id");
    let original: serde_json::Value = serde_json::from_str(line).unwrap();
    let again: serde_json::Value = serde_json::from_str(&event.to_json_line()).unwrap();
    assert_eq!(original, again, "example has fields the type drops or adds");
    // Same key order as the type writes.
    assert_eq!(line, event.to_json_line());
}

#[test]
fn every_json_field_is_documented() {
    let doc = doc();
    let full = Event {
        event_id: "x".into(),
        offsets: Offsets::default(),
        source: Some(ActorRef::from_code("SYRGOV", None)),
        plover: Some(Plover::default()),
        factuality: Some(Factuality::Asserted),
        location: Some(Location::default()),
        compound_id: Some("c".into()),
        mutual: true,
        ..Default::default()
    };
    let value = serde_json::to_value(&full).unwrap();
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    for nested in ["source", "plover", "location", "offsets"] {
        keys.extend(value[nested].as_object().unwrap().keys().cloned());
    }
    for key in keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "field {key} is not documented"
        );
    }
}

#[test]
fn csv_column_list_matches_the_writer() {
    let doc = doc();
    let block = between(
        &doc,
        "<!-- CSV-COLUMNS-START -->",
        "<!-- CSV-COLUMNS-END -->",
    );
    let documented: Vec<&str> = block
        .split(',')
        .map(|c| c.trim().trim_matches('`'))
        .collect();
    assert_eq!(documented, CSV_COLUMNS);
}

#[test]
fn gdelt_column_table_matches_the_writer() {
    let doc = doc();
    let block = between(
        &doc,
        "<!-- GDELT-COLUMNS-START -->",
        "<!-- GDELT-COLUMNS-END -->",
    );
    let rows: Vec<(usize, &str)> = block
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let n = cells.get(1)?.parse().ok()?;
            Some((n, *cells.get(2)?))
        })
        .collect();
    assert_eq!(rows.len(), 61);
    for (i, (n, name)) in rows.iter().enumerate() {
        assert_eq!(*n, i + 1);
        assert_eq!(*name, GDELT_COLUMNS[i]);
    }
}
