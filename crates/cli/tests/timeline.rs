//! `dyad ingest` then `dyad timeline` on the bundled sample: the timeline
//! counts exactly the events `dyad events` lists under the same filter.

use std::path::Path;
use std::process::Command;

fn dyad(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "dyad {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn timeline_counts_the_events_of_the_same_filter() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/wikinews-sample.jsonl");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let db = db.to_str().unwrap();
    dyad(&["ingest", "--db", db, sample.to_str().unwrap()]);
    let listed = dyad(&["events", "--db", db, "--format", "jsonl"])
        .lines()
        .count();
    assert!(listed > 0, "the sample gives events");
    let csv = dyad(&["timeline", "--db", db, "--by", "year", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("period,source,target,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein,top_code")
    );
    let mut total = 0;
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 10, "{line}");
        let events: usize = cells[3].parse().unwrap();
        let quads: usize = cells[4..8]
            .iter()
            .map(|c| c.parse::<usize>().unwrap())
            .sum();
        assert!(quads <= events, "{line}");
        assert!(cells[0] == "undated" || cells[0].len() == 4, "{line}");
        total += events;
    }
    assert_eq!(total, listed);
}
