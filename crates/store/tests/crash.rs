//! A writer killed with SIGKILL in the middle of ingesting leaves a
//! consistent store: every article present has exactly its complete set of
//! sentences and events, and SQLite's integrity check passes.
//!
//! The child process is this test binary re-executed with
//! `DYAD_STORE_CRASH_CHILD=<db path>`, running only `crash_child_ingest_loop`,
//! which ingests large articles in a loop until it is killed.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dyad_store::{EventQuery, Store};

const CHILD_ENV: &str = "DYAD_STORE_CRASH_CHILD";
/// Articles per transaction in the child (1: `ingest`, more: `ingest_batch`).
const BATCH_ENV: &str = "DYAD_STORE_CRASH_BATCH";

/// Enlarge an article so that each ingest is a long transaction: most of the
/// child's time is then spent inside one, which is where a kill must not
/// corrupt anything.
fn big_article(
    n: u64,
) -> (
    dyad_article::Article,
    Vec<dyad_store::SentenceRow>,
    Vec<dyad_event::Event>,
) {
    let (mut a, s, events) = common::article(n, 0);
    a.text.push_str(&" padding".repeat(2_000));
    (a, s, events)
}

/// Not a test on its own: without the environment variable it returns at
/// once. In the child it ingests until killed.
#[test]
fn crash_child_ingest_loop() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return;
    };
    let batch: u64 = std::env::var(BATCH_ENV)
        .ok()
        .and_then(|b| b.parse().ok())
        .unwrap_or(1);
    let mut store = Store::open(Path::new(&db)).expect("child opens the store");
    for first in (0..).step_by(batch as usize) {
        let items: Vec<_> = (first..first + batch).map(big_article).collect();
        if batch == 1 {
            let (a, s, e) = &items[0];
            store.ingest(a, s, e).expect("child ingest");
        } else {
            let refs = items
                .iter()
                .map(|(a, s, e)| (a, s.as_slice(), e.as_slice()));
            for outcome in store.ingest_batch(refs).expect("child batch") {
                outcome.expect("child batch item");
            }
        }
        for n in first..first + batch {
            println!("ingested {n}");
        }
    }
}

fn check_consistent(db: &Path) -> u64 {
    let store = Store::open_existing(db).expect("reopen after kill");
    assert_eq!(store.integrity_check().unwrap(), Ok(()), "integrity_check");
    let counts = store.counts().unwrap();
    let events = store.query(&EventQuery::default()).unwrap();
    let mut total_events = 0;
    for n in 0..counts.articles {
        let id = format!("art-{n}");
        let (a, s, e) = big_article(n);
        let stored = store
            .article(&id)
            .unwrap()
            .unwrap_or_else(|| panic!("articles are ingested in order, {id} is missing"));
        assert_eq!(stored.text, a.text, "{id}: text");
        assert_eq!(store.sentences(&id).unwrap(), s, "{id}: sentences");
        let mine: Vec<_> = events
            .iter()
            .filter(|x| x.article_id == id)
            .cloned()
            .collect();
        assert_eq!(mine, e, "{id}: events");
        total_events += e.len() as u64;
    }
    assert_eq!(
        counts.events, total_events,
        "no events without their article"
    );
    let sentences: usize = (0..counts.articles).map(|n| common::shape(n).0).sum();
    assert_eq!(counts.sentences as usize, sentences, "no orphan sentences");
    counts.articles
}

#[test]
fn killed_writer_leaves_a_consistent_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let exe = std::env::current_exe().unwrap();
    let mut last_count = 0;
    // Several kills at different moments, each resuming on the same file:
    // the child starts over from article 0, so the early ones are Unchanged
    // and the later ones new.
    for (round, (wait_lines, batch)) in [(5u64, 1u64), (40, 1), (60, 16), (120, 1), (100, 7)]
        .into_iter()
        .enumerate()
    {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child_ingest_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db)
            .env(BATCH_ENV, batch.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let started = Instant::now();
        let mut seen = 0;
        while seen < wait_lines + last_count {
            match lines.next() {
                Some(Ok(l)) if l.starts_with("ingested ") => seen += 1,
                Some(Ok(_)) => {}
                _ => panic!("child stopped early (round {round})"),
            }
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "child too slow"
            );
        }
        // Kill at an arbitrary moment inside the next ingests.
        std::thread::sleep(Duration::from_millis(3 + 7 * round as u64));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let count = check_consistent(&db);
        assert!(count >= last_count, "round {round}: articles lost");
        assert!(count > 0);
        eprintln!("round {round} (batch {batch}): {count} complete articles after SIGKILL");
        last_count = count;
    }
}
