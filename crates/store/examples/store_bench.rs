//! Store throughput on synthetic articles (the test builders): ingest, no-op
//! re-ingest, a few indexed queries and a GDELT export.
//!
//! `cargo run --release -p dyad-store --example store_bench -- [DB] [ARTICLES]`
//! (defaults: a temporary file, 20000 articles). The DB is kept when given,
//! so it can be queried with `dyad events --db DB`.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::time::Instant;

use dyad_store::{EventQuery, ExportFormat, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let tmp = tempfile::tempdir()?;
    let db: PathBuf = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.path().join("bench.db"));
    let n: u64 = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(20_000);
    let articles: Vec<_> = (0..n).map(|i| common::article(i, 0)).collect();
    let n_events: usize = articles.iter().map(|(_, _, e)| e.len()).sum();

    let mut store = Store::open(&db)?;
    let t = Instant::now();
    for (a, s, e) in &articles {
        store.ingest(a, s, e)?;
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ingest: {n} articles, {n_events} events in {secs:.2}s = {:.0} articles/s, {:.0} events/s",
        n as f64 / secs,
        n_events as f64 / secs
    );

    // The same articles, 256 per transaction, into a second file.
    let batch_db = db.with_extension("batch.db");
    let _ = std::fs::remove_file(&batch_db);
    let mut batch_store = Store::open(&batch_db)?;
    let t = Instant::now();
    for chunk in articles.chunks(256) {
        let refs = chunk
            .iter()
            .map(|(a, s, e)| (a, s.as_slice(), e.as_slice()));
        for outcome in batch_store.ingest_batch(refs)? {
            outcome?;
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ingest_batch (256 articles per transaction): {:.0} articles/s, {:.0} events/s",
        n as f64 / secs,
        n_events as f64 / secs
    );
    drop(batch_store);
    for ext in ["batch.db", "batch.db-wal", "batch.db-shm"] {
        let _ = std::fs::remove_file(db.with_extension(ext));
    }

    let t = Instant::now();
    for (a, s, e) in &articles {
        store.ingest(a, s, e)?;
    }
    let secs = t.elapsed().as_secs_f64();
    println!("re-ingest (unchanged): {:.0} articles/s", n as f64 / secs);

    let s = |x: &str| Some(x.to_string());
    let queries = [
        (
            "actor SYRGOV",
            EventQuery {
                actor: s("SYRGOV"),
                ..Default::default()
            },
        ),
        (
            "dyad USA,SYR",
            EventQuery {
                dyad: Some(("USA".into(), "SYR".into())),
                ..Default::default()
            },
        ),
        (
            "code 0871",
            EventQuery {
                code: s("0871"),
                ..Default::default()
            },
        ),
        (
            "since 2019",
            EventQuery {
                since: s("2019"),
                ..Default::default()
            },
        ),
    ];
    for (name, q) in &queries {
        let t = Instant::now();
        let hits = store.query(q)?.len();
        println!(
            "query {name}: {hits} events in {:.1} ms",
            t.elapsed().as_secs_f64() * 1e3
        );
    }

    let t = Instant::now();
    let mut sink = std::io::sink();
    let exported = store.export(&EventQuery::default(), ExportFormat::Gdelt, &mut sink)?;
    let secs = t.elapsed().as_secs_f64();
    println!(
        "export gdelt: {exported} events in {secs:.2}s = {:.0} events/s",
        exported as f64 / secs
    );
    let size = std::fs::metadata(&db)?.len();
    println!("db file: {:.1} MB ({})", size as f64 / 1e6, db.display());
    Ok(())
}
