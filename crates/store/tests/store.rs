//! Store behaviour: ingest, queries, idempotence, replacement, schema
//! checks and exports.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use dyad_event::{Event, Factuality};
use dyad_store::export::{CSV_COLUMNS, GDELT_COLUMNS};
use dyad_store::{EventQuery, ExportFormat, IngestOutcome, Store, StoreError};

/// Ingest articles 0..n; return every event ingested, in order.
fn fill(store: &mut Store, n: u64) -> Vec<Event> {
    let mut all = Vec::new();
    for i in 0..n {
        let (a, s, e) = common::article(i, 0);
        assert_eq!(store.ingest(&a, &s, &e).unwrap(), IngestOutcome::Inserted);
        all.extend(e);
    }
    all
}

/// A date `YYYY[-MM[-DD]]` as the closed interval of days it covers, as
/// (y, m, d) triples: computed on numbers, independently of the store's
/// string comparisons.
fn interval(date: &str) -> ((u32, u32, u32), (u32, u32, u32)) {
    let p: Vec<u32> = date.split('-').map(|x| x.parse().unwrap()).collect();
    match p.as_slice() {
        [y] => ((*y, 1, 1), (*y, 12, 31)),
        [y, m] => ((*y, *m, 1), (*y, *m, 31)),
        [y, m, d] => ((*y, *m, *d), (*y, *m, *d)),
        _ => panic!("bad test date {date}"),
    }
}

fn code_of(a: &Option<dyad_event::ActorRef>) -> &str {
    a.as_ref().and_then(|a| a.code.as_deref()).unwrap_or("")
}

/// The reference semantics of a query, evaluated in Rust.
fn oracle(all: &[Event], q: &EventQuery) -> Vec<String> {
    let mut out: Vec<String> = all
        .iter()
        .filter(|e| {
            let src = code_of(&e.source);
            let tgt = code_of(&e.target);
            let actor_ok = q.actor.as_ref().map_or(true, |a| {
                (!src.is_empty() && src.starts_with(a.as_str()))
                    || (!tgt.is_empty() && tgt.starts_with(a.as_str()))
            });
            let dyad_ok = q.dyad.as_ref().map_or(true, |(a, b)| {
                let (a, b) = (a.as_str(), b.as_str());
                (src.starts_with(a) && tgt.starts_with(b))
                    || (e.mutual && src.starts_with(b) && tgt.starts_with(a))
            });
            let root_ok = q
                .root
                .as_ref()
                .map_or(true, |r| e.root.as_deref() == Some(r.as_str()));
            let code_ok = q.code.as_ref().map_or(true, |c| {
                e.cameo
                    .as_deref()
                    .is_some_and(|x| x.starts_with(c.as_str()))
            });
            let since_ok = q.since.as_ref().map_or(true, |s| {
                e.date
                    .as_deref()
                    .is_some_and(|d| interval(d).1 >= interval(s).0)
            });
            let until_ok = q.until.as_ref().map_or(true, |u| {
                e.date
                    .as_deref()
                    .is_some_and(|d| interval(d).0 <= interval(u).1)
            });
            let fact_ok = q
                .factuality
                .as_ref()
                .map_or(true, |fs| e.factuality.is_some_and(|f| fs.contains(&f)));
            let place_ok = q.place.as_ref().map_or(true, |p| {
                e.location.as_ref().is_some_and(|l| {
                    if p.len() == 3 && p.chars().all(|c| c.is_ascii_alphabetic()) {
                        l.country.as_deref() == Some(p.to_ascii_uppercase().as_str())
                    } else {
                        l.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(p))
                    }
                })
            });
            actor_ok && dyad_ok && root_ok && code_ok && since_ok && until_ok && fact_ok && place_ok
        })
        .map(|e| e.event_id.clone())
        .collect();
    if let Some(limit) = q.limit {
        out.truncate(limit);
    }
    out
}

fn ids(events: &[Event]) -> Vec<String> {
    events.iter().map(|e| e.event_id.clone()).collect()
}

#[test]
fn ingest_then_query_returns_the_events_unchanged() {
    let mut store = Store::open_in_memory().unwrap();
    let all = fill(&mut store, 20);
    let counts = store.counts().unwrap();
    assert_eq!(counts.articles, 20);
    let expected_sentences: usize = (0..20).map(|n| common::shape(n).0).sum();
    assert_eq!(counts.sentences as usize, expected_sentences);
    assert_eq!(counts.events as usize, all.len());
    // Full JSON round trip, in ingest order.
    assert_eq!(store.query(&EventQuery::default()).unwrap(), all);
    // Articles and sentences come back as given.
    let (a, s, _) = common::article(7, 0);
    assert_eq!(store.article("art-7").unwrap().unwrap(), a);
    assert_eq!(store.sentences("art-7").unwrap(), s);
    assert!(store.article("nope").unwrap().is_none());
}

#[test]
fn every_filter_matches_the_reference_semantics() {
    let mut store = Store::open_in_memory().unwrap();
    let all = fill(&mut store, 60);
    let s = |x: &str| Some(x.to_string());
    let mut queries = vec![
        EventQuery {
            actor: s("SYR"),
            ..Default::default()
        },
        EventQuery {
            actor: s("SYRGOV"),
            ..Default::default()
        },
        EventQuery {
            actor: s("MIL"),
            ..Default::default()
        },
        EventQuery {
            dyad: Some(("SYR".into(), "USA".into())),
            ..Default::default()
        },
        EventQuery {
            dyad: Some(("USAGOV".into(), "SYRREB".into())),
            ..Default::default()
        },
        EventQuery {
            root: s("05"),
            ..Default::default()
        },
        EventQuery {
            code: s("08"),
            ..Default::default()
        },
        EventQuery {
            code: s("0871"),
            ..Default::default()
        },
        EventQuery {
            factuality: Some(vec![Factuality::Negated, Factuality::Planned]),
            ..Default::default()
        },
        EventQuery {
            actor: s("USA"),
            code: s("1"),
            limit: Some(3),
            ..Default::default()
        },
        EventQuery {
            place: s("CHE"),
            ..Default::default()
        },
        EventQuery {
            place: s("rus"),
            ..Default::default()
        },
        EventQuery {
            place: s("moscow"),
            actor: s("SYR"),
            ..Default::default()
        },
    ];
    // Date bounds of every precision, against dates of every precision.
    for since in ["2018", "2018-06", "2018-06-15", "2018-06-21", "2019"] {
        queries.push(EventQuery {
            since: s(since),
            ..Default::default()
        });
    }
    for until in ["2017", "2018-05", "2018-06-15", "2018-06-30", "2018"] {
        queries.push(EventQuery {
            until: s(until),
            ..Default::default()
        });
    }
    queries.push(EventQuery {
        since: s("2018-06-01"),
        until: s("2018-06-30"),
        ..Default::default()
    });
    let mut non_empty = 0;
    for q in &queries {
        let got = ids(&store.query(q).unwrap());
        let want = oracle(&all, q);
        assert_eq!(got, want, "query {q:?}");
        if !want.is_empty() && want.len() < all.len() {
            non_empty += 1;
        }
    }
    // The data must make the filters bite: most queries select a proper,
    // non-empty subset.
    assert!(
        non_empty >= queries.len() - 2,
        "only {non_empty} selective queries"
    );
}

#[test]
fn partial_dates_are_included_when_they_overlap() {
    let mut store = Store::open_in_memory().unwrap();
    let (a, s, mut e) = common::article(1, 0);
    e.truncate(1);
    e[0].date = Some("2018-06".into());
    let e = vec![e[0].clone().with_id()];
    store.ingest(&a, &s, &e).unwrap();
    let n = |since: Option<&str>, until: Option<&str>| {
        store
            .query(&EventQuery {
                since: since.map(str::to_string),
                until: until.map(str::to_string),
                ..Default::default()
            })
            .unwrap()
            .len()
    };
    assert_eq!(n(Some("2018-06-15"), None), 1);
    assert_eq!(n(Some("2018-06-30"), Some("2018-07-04")), 1);
    assert_eq!(n(None, Some("2018-06-01")), 1);
    assert_eq!(n(Some("2018-07-01"), None), 0);
    assert_eq!(n(None, Some("2018-05-31")), 0);
    assert_eq!(n(Some("2017"), Some("2017")), 0);
}

#[test]
fn bad_query_values_are_errors_not_panics() {
    let store = Store::open_in_memory().unwrap();
    for q in [
        EventQuery {
            since: Some("June 2018".into()),
            ..Default::default()
        },
        EventQuery {
            actor: Some("SYR*".into()),
            ..Default::default()
        },
        EventQuery {
            code: Some("0'; DROP TABLE events; --".into()),
            ..Default::default()
        },
    ] {
        let err = store.query(&q).unwrap_err();
        assert!(matches!(err, StoreError::InvalidQuery(_)), "{err}");
    }
}

fn rowids(store: &Store) -> (Vec<i64>, Vec<i64>) {
    let conn = store.connection();
    let col = |sql: &str| -> Vec<i64> {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    (
        col("SELECT rowid FROM articles ORDER BY rowid"),
        col("SELECT rowid FROM events ORDER BY rowid"),
    )
}

#[test]
fn reingesting_the_same_article_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dyad.db");
    let mut store = Store::open(&path).unwrap();
    fill(&mut store, 10);
    let counts = store.counts().unwrap();
    let before = rowids(&store);
    let changes = store.connection().total_changes();
    for i in 0..10 {
        let (a, s, e) = common::article(i, 0);
        assert_eq!(store.ingest(&a, &s, &e).unwrap(), IngestOutcome::Unchanged);
    }
    assert_eq!(
        store.connection().total_changes(),
        changes,
        "rows were written"
    );
    assert_eq!(store.counts().unwrap(), counts);
    assert_eq!(rowids(&store), before);
    // Also across a reopen of the file.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let (a, s, e) = common::article(3, 0);
    assert_eq!(store.ingest(&a, &s, &e).unwrap(), IngestOutcome::Unchanged);
    assert_eq!(rowids(&store), before);
}

#[test]
fn changed_text_replaces_sentences_and_events() {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store, 10);
    let before = store.counts().unwrap();
    let (_, _, old_events) = common::article(4, 0);
    let (a, s, new_events) = common::article(4, 1);
    assert_ne!(ids(&old_events), ids(&new_events));
    assert_eq!(
        store.ingest(&a, &s, &new_events).unwrap(),
        IngestOutcome::Replaced
    );
    assert_eq!(store.counts().unwrap(), before, "same shape, same counts");
    assert_eq!(store.article("art-4").unwrap().unwrap().text, a.text);
    assert_eq!(store.sentences("art-4").unwrap(), s);
    let stored: Vec<Event> = store
        .query(&EventQuery::default())
        .unwrap()
        .into_iter()
        .filter(|e| e.article_id == "art-4")
        .collect();
    assert_eq!(stored, new_events);
    // The other articles are untouched.
    let (_, _, other) = common::article(5, 0);
    let all = store.query(&EventQuery::default()).unwrap();
    assert!(other.iter().all(|e| all.contains(e)));
    // Fewer events on replacement: the surplus old ones are gone.
    let (a, s, mut fewer) = common::article(4, 2);
    fewer.truncate(1);
    assert_eq!(
        store.ingest(&a, &s, &fewer).unwrap(),
        IngestOutcome::Replaced
    );
    let n4 = store
        .query(&EventQuery::default())
        .unwrap()
        .iter()
        .filter(|e| e.article_id == "art-4")
        .count();
    assert_eq!(n4, 1);
}

#[test]
fn ingest_replacing_rewrites_even_an_unchanged_text() {
    let mut store = Store::open_in_memory().unwrap();
    let (a, s, e) = common::article(2, 0);
    store.ingest(&a, &s, &e).unwrap();
    let recoded: Vec<Event> = e
        .iter()
        .map(|x| {
            let mut x = x.clone();
            x.cameo = Some("190".into());
            x.root = Some("19".into());
            x.with_id()
        })
        .collect();
    assert_eq!(
        store.ingest(&a, &s, &recoded).unwrap(),
        IngestOutcome::Unchanged
    );
    assert_eq!(
        store.ingest_replacing(&a, &s, &recoded).unwrap(),
        IngestOutcome::Replaced
    );
    assert_eq!(store.query(&EventQuery::default()).unwrap(), recoded);
}

#[test]
fn invalid_input_is_rejected_before_any_write() {
    let mut store = Store::open_in_memory().unwrap();
    let (a, s, e) = common::article(3, 0);
    let mut foreign = e.clone();
    foreign[0].article_id = "someone-else".into();
    let mut dup = e.clone();
    dup.push(e[0].clone());
    let mut no_id = e.clone();
    no_id[0].event_id.clear();
    let mut bad_sentence = e.clone();
    bad_sentence[0].sentence_index = 999;
    for (what, events) in [
        ("foreign", foreign),
        ("duplicate", dup),
        ("empty id", no_id),
        ("bad sentence", bad_sentence),
    ] {
        let err = store.ingest(&a, &s, &events).unwrap_err();
        assert!(
            matches!(err, StoreError::InvalidInput { .. }),
            "{what}: {err}"
        );
        assert!(err.to_string().contains("art-3"), "{what}: {err}");
    }
    assert_eq!(store.counts().unwrap(), Default::default());
}

#[test]
fn refuses_missing_foreign_and_newer_files() {
    let dir = tempfile::tempdir().unwrap();
    // Missing: an error, and no file is created.
    let missing = dir.path().join("missing.db");
    let err = Store::open_existing(&missing).err().unwrap();
    assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
    assert!(err.to_string().contains("missing.db"));
    assert!(!missing.exists());

    // Another application's SQLite file.
    let foreign = dir.path().join("foreign.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE t (x)").unwrap();
    }
    for open in [Store::open, Store::open_existing] {
        let err = open(&foreign).err().unwrap();
        assert!(matches!(err, StoreError::NotADyadStore { .. }), "{err}");
    }

    // A dyad store from a newer version.
    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open_existing(&newer).err().unwrap();
    assert!(
        matches!(err, StoreError::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer.db"), "{err}");

    // Not SQLite at all.
    let junk = dir.path().join("junk.db");
    std::fs::write(
        &junk,
        b"this is not a database, just some text ".repeat(200),
    )
    .unwrap();
    let err = Store::open_existing(&junk).err().unwrap();
    assert!(err.to_string().contains("junk.db"), "{err}");

    // A fresh store reopens fine and is a dyad store.
    let fresh = dir.path().join("fresh.db");
    drop(Store::open(&fresh).unwrap());
    let store = Store::open_existing(&fresh).unwrap();
    assert_eq!(store.counts().unwrap(), Default::default());
    assert!(store.integrity_check().unwrap().is_ok());
}

fn export(store: &Store, format: ExportFormat) -> String {
    let mut out = Vec::new();
    store
        .export(&EventQuery::default(), format, &mut out)
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn jsonl_export_round_trips() {
    let mut store = Store::open_in_memory().unwrap();
    let all = fill(&mut store, 8);
    let text = export(&store, ExportFormat::Jsonl);
    let back: Vec<Event> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(back, all);
}

#[test]
fn csv_export_parses_back() {
    let mut store = Store::open_in_memory().unwrap();
    let all = fill(&mut store, 8);
    let text = export(&store, ExportFormat::Csv);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_COLUMNS);
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), all.len());
    for (r, e) in records.iter().zip(&all) {
        assert_eq!(r.len(), CSV_COLUMNS.len());
        assert_eq!(&r[col("event_id")], e.event_id);
        // The sentence holds commas and quotes: it must survive quoting.
        assert_eq!(&r[col("sentence")], e.sentence);
        assert_eq!(&r[col("target_name")], "Washington, D.C.");
        assert_eq!(&r[col("cameo")], e.cameo.as_deref().unwrap());
        assert_eq!(&r[col("date")], e.date.as_deref().unwrap_or(""));
        assert_eq!(
            &r[col("factuality")],
            e.factuality.map(|f| f.as_str()).unwrap_or("")
        );
        let g: f64 = r[col("goldstein")].parse().unwrap();
        assert_eq!(Some(g), e.goldstein);
        assert_eq!(
            r[col("action_start")].parse::<usize>().unwrap(),
            e.offsets.action.unwrap()[0]
        );
        assert_eq!(&r[col("target_start")], "", "a null span is an empty cell");
        assert!(r[col("article_url")].starts_with("https://example.org/"));
    }
}

#[test]
fn gdelt_export_has_61_columns_in_gdelt_order() {
    let mut store = Store::open_in_memory().unwrap();
    let all = fill(&mut store, 8);
    let text = export(&store, ExportFormat::Gdelt);
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    // Spot-check the published positions (1-based in the GDELT codebook).
    assert_eq!(col("GLOBALEVENTID"), 0);
    assert_eq!(col("Actor2Code"), 15);
    assert_eq!(col("EventCode"), 26);
    assert_eq!(col("ActionGeo_Lat"), 56);
    assert_eq!(col("SOURCEURL"), 60);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), all.len(), "one row per event, no header");
    let mut by_id = BTreeMap::new();
    for (line, e) in lines.iter().zip(&all) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 61, "{line}");
        let id: u64 = cells[col("GLOBALEVENTID")].parse().unwrap();
        assert!(by_id.insert(id, ()).is_none(), "GLOBALEVENTID repeats");
        let source = e.source.as_ref().unwrap();
        assert_eq!(cells[col("Actor1Code")], source.code.as_deref().unwrap());
        let cameo = e.cameo.as_deref().unwrap();
        assert_eq!(cells[col("EventCode")], cameo);
        assert_eq!(cells[col("EventBaseCode")], &cameo[..3]);
        assert_eq!(cells[col("EventRootCode")], &cameo[..2]);
        assert_eq!(cells[col("QuadClass")], e.quad_class.unwrap().to_string());
        let place = e.location.as_ref();
        let name = place.and_then(|l| l.name.clone()).unwrap_or_default();
        let lat = place.and_then(|l| l.lat).map(|x| x.to_string());
        assert_eq!(cells[col("ActionGeo_FullName")], name);
        assert_eq!(cells[col("ActionGeo_Lat")], lat.unwrap_or_default());
        assert!(cells[col("SOURCEURL")].starts_with("https://example.org/"));
        assert_eq!(cells[col("DATEADDED")].len(), 14);
        assert_eq!(cells[col("AvgTone")], "", "unknown columns stay blank");
        // Country only for country roots; organisations and sectors blank.
        let expected_country = match source.country.as_deref() {
            Some("SYR") | Some("USA") | Some("RUS") => source.country.as_deref().unwrap(),
            _ => "",
        };
        assert_eq!(cells[col("Actor1CountryCode")], expected_country, "{line}");
        let sql_date = cells[col("SQLDATE")];
        match e.date.as_deref() {
            Some(d) if d.len() == 10 => assert_eq!(sql_date, d.replace('-', "")),
            _ => assert_eq!(sql_date, "", "no full date, no SQLDATE"),
        }
        if e.date.is_some() {
            assert_eq!(cells[col("Year")], &e.date.as_deref().unwrap()[..4]);
        }
    }
    // Type codes: SYRGOV -> GOV, MIL -> MIL.
    let typed = lines
        .iter()
        .zip(&all)
        .find(|(_, e)| e.source.as_ref().unwrap().code.as_deref() == Some("SYRGOV"));
    if let Some((line, _)) = typed {
        assert_eq!(line.split('\t').nth(col("Actor1Type1Code")).unwrap(), "GOV");
    }
}

#[test]
fn export_to_a_file_matches_query_filter() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dyad.db");
    let mut store = Store::open(&path).unwrap();
    let all = fill(&mut store, 10);
    drop(store);
    let store = Store::open_existing(Path::new(&path)).unwrap();
    let q = EventQuery {
        actor: Some("USA".into()),
        ..Default::default()
    };
    let mut out = Vec::new();
    let n = store.export(&q, ExportFormat::Jsonl, &mut out).unwrap();
    assert_eq!(n, oracle(&all, &q).len());
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), n);
}

#[test]
fn batch_ingest_follows_the_single_article_rules() {
    let mut single = Store::open_in_memory().unwrap();
    let all = fill(&mut single, 12);
    let items: Vec<_> = (0..12).map(|i| common::article(i, 0)).collect();
    let refs = || {
        items
            .iter()
            .map(|(a, s, e)| (a, s.as_slice(), e.as_slice()))
    };
    let mut store = Store::open_in_memory().unwrap();
    let outcomes = store.ingest_batch(refs()).unwrap();
    assert!(outcomes
        .iter()
        .all(|o| matches!(o, Ok(IngestOutcome::Inserted))));
    assert_eq!(store.query(&EventQuery::default()).unwrap(), all);
    assert_eq!(store.counts().unwrap(), single.counts().unwrap());

    // Again: all unchanged, nothing written.
    let changes = store.connection().total_changes();
    let outcomes = store.ingest_batch(refs()).unwrap();
    assert!(outcomes
        .iter()
        .all(|o| matches!(o, Ok(IngestOutcome::Unchanged))));
    assert_eq!(store.connection().total_changes(), changes);

    // One changed text among unchanged ones.
    let (a, s, e) = common::article(5, 1);
    let outcomes = store
        .ingest_batch([(&a, s.as_slice(), e.as_slice()), refs().next().unwrap()])
        .unwrap();
    assert!(matches!(outcomes[0], Ok(IngestOutcome::Replaced)));
    assert!(matches!(outcomes[1], Ok(IngestOutcome::Unchanged)));
    assert_eq!(store.article("art-5").unwrap().unwrap().text, a.text);
}

#[test]
fn batch_skips_only_the_invalid_article() {
    let mut store = Store::open_in_memory().unwrap();
    let (a0, s0, e0) = common::article(0, 0);
    store.ingest(&a0, &s0, &e0).unwrap();
    let before = store.counts().unwrap();
    // Article 1 is invalid up front (an event of another article).
    let (a1, s1, mut e1) = common::article(1, 0);
    e1[0].article_id = "art-0".into();
    // Article 2 is found invalid while writing: it reuses an event id that
    // article 0 already holds, so its savepoint must undo its article and
    // sentence rows too.
    let (a2, s2, mut e2) = common::article(2, 0);
    let last = e2.len() - 1;
    e2[last].event_id = e0[0].event_id.clone();
    let (a3, s3, e3) = common::article(3, 0);
    let outcomes = store
        .ingest_batch([
            (&a1, s1.as_slice(), e1.as_slice()),
            (&a2, s2.as_slice(), e2.as_slice()),
            (&a3, s3.as_slice(), e3.as_slice()),
        ])
        .unwrap();
    assert!(matches!(outcomes[0], Err(StoreError::InvalidInput { .. })));
    match &outcomes[1] {
        Err(e @ StoreError::InvalidInput { .. }) => {
            assert!(e.to_string().contains(&e0[0].event_id), "{e}")
        }
        other => panic!("article 2: {other:?}"),
    }
    assert!(matches!(outcomes[2], Ok(IngestOutcome::Inserted)));
    assert!(store.article("art-1").unwrap().is_none());
    assert!(store.article("art-2").unwrap().is_none());
    assert!(store.sentences("art-2").unwrap().is_empty());
    let after = store.counts().unwrap();
    assert_eq!(after.articles, before.articles + 1);
    assert_eq!(after.events, before.events + e3.len() as u64);
    assert_eq!(after.sentences, before.sentences + s3.len() as u64);
}

#[test]
fn every_sentence_streams_with_its_article_date() {
    let mut store = Store::open_in_memory().unwrap();
    fill(&mut store, 5);
    let mut seen = Vec::new();
    let n = store
        .for_each_sentence(|id, date, row| {
            seen.push((id.to_string(), date.map(str::to_string), row))
        })
        .unwrap();
    assert_eq!(n, store.counts().unwrap().sentences as usize);
    assert_eq!(seen.len(), n);
    for (id, date, row) in &seen {
        let article = store.article(id).unwrap().unwrap();
        assert_eq!(
            date.as_deref(),
            article.date.map(|d| d.to_string()).as_deref()
        );
        assert!(store.sentences(id).unwrap().contains(row));
    }
}
