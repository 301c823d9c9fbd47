//! The dyad store: one SQLite file (`dyad.db` by default) holding articles,
//! their sentences and the events coded from them, with the queries behind
//! `dyad events` and the writers behind `dyad export` (JSONL, CSV and the
//! GDELT 2.0 event table).
//!
//! Guarantees:
//! * an article, its sentences and its events are written in **one**
//!   transaction, so a process killed mid-ingest leaves either the old state
//!   or the new one, never a half-written article (WAL journal);
//! * re-ingesting an article with the same id and the same text is a no-op
//!   ([`IngestOutcome::Unchanged`], nothing is written); the same id with a
//!   changed text replaces its sentences and events
//!   ([`IngestOutcome::Replaced`]);
//! * the file carries a schema version (`PRAGMA user_version`); a file written
//!   by a newer dyad, or a SQLite file that is not a dyad store, is refused
//!   with an error that says so.
//!
//! Each stored event keeps its full JSON (the [`Event`] record, see
//! `docs/event-schema.md`) next to a few flat columns that the queries
//! filter on through indexes.

mod countries;
pub mod export;
pub mod timeline;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use dyad_article::Article;
use dyad_event::{Event, Factuality};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

pub use export::{EventWriter, ExportFormat};

/// Schema version written to `PRAGMA user_version`. Bump it (and add a
/// migration) whenever the tables change.
pub const SCHEMA_VERSION: i64 = 1;

/// `PRAGMA application_id` of a dyad store: the bytes `dyad`. It lets `open`
/// tell a dyad store from any other SQLite file.
pub const APPLICATION_ID: i64 = 0x6479_6164;

/// Default file name of the store.
pub const DEFAULT_DB: &str = "dyad.db";

const SCHEMA_SQL: &str = r#"
CREATE TABLE articles (
    id          TEXT PRIMARY KEY NOT NULL,
    date        TEXT,
    title       TEXT,
    source      TEXT,
    url         TEXT,
    language    TEXT,
    text        TEXT NOT NULL,
    text_hash   TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE events (
    event_id       TEXT NOT NULL UNIQUE,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    date           TEXT,
    source_code    TEXT,
    source_country TEXT,
    target_code    TEXT,
    target_country TEXT,
    cameo          TEXT,
    root           TEXT,
    quad_class     INTEGER,
    goldstein      REAL,
    factuality     TEXT,
    confidence     REAL,
    json           TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id, sentence_index);
CREATE INDEX events_dyad    ON events(source_code, target_code);
CREATE INDEX events_target  ON events(target_code);
CREATE INDEX events_root    ON events(root);
CREATE INDEX events_cameo   ON events(cameo);
CREATE INDEX events_date    ON events(date);
"#;

/// Everything that can go wrong in the store. Messages name the file (or
/// article / event) and the reason.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: no such store (run an ingest first, or pass --db)")]
    NotFound { path: PathBuf },
    #[error("{path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: not a dyad store (application_id {found:#x}, expected {APPLICATION_ID:#x})")]
    NotADyadStore { path: PathBuf, found: i64 },
    #[error(
        "{path}: schema version {found} was written by a newer dyad; this build reads version {SCHEMA_VERSION}"
    )]
    SchemaTooNew { path: PathBuf, found: i64 },
    #[error("{path}: unknown schema version {found}; this build reads version {SCHEMA_VERSION}")]
    SchemaUnknown { path: PathBuf, found: i64 },
    #[error("article {article_id}: {reason}")]
    InvalidInput { article_id: String, reason: String },
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    #[error("event row {rowid}: stored JSON does not parse: {reason}")]
    CorruptEvent { rowid: i64, reason: String },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One sentence of an article as stored: its 0-based index and its
/// `[start, end)` span in the article text (the same unit as the event
/// offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRow {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What [`Store::ingest`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestOutcome {
    /// A new article id.
    Inserted,
    /// Same id, same text: nothing was written.
    Unchanged,
    /// Same id, changed text: the article row was updated and its sentences
    /// and events replaced.
    Replaced,
}

/// Row counts of the three tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub articles: u64,
    pub sentences: u64,
    pub events: u64,
}

/// A filter over stored events. Every set field must match (AND); `None`
/// fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// Source **or** target actor code starts with this (e.g. `SYR` matches
    /// `SYRGOV`).
    pub actor: Option<String>,
    /// Source code starts with `.0` and target code starts with `.1`.
    pub dyad: Option<(String, String)>,
    /// Two-digit CAMEO root, exact (`"5"` is read as `"05"`).
    pub root: Option<String>,
    /// CAMEO event code prefix (`"05"` matches `"054"`).
    pub code: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: events whose (possibly partial)
    /// date overlaps the period from `since` on.
    pub since: Option<String>,
    /// Like `since`, for the end of the period (inclusive).
    pub until: Option<String>,
    /// Any of these factuality values. Events with no factuality never match
    /// a factuality filter.
    pub factuality: Option<Vec<Factuality>>,
    /// Where the event happened: a three-letter country code (`SYR`: any
    /// place in Syria, or Syria itself) or a place name (`Moscow`, any
    /// case), matched against the event's `location`.
    pub place: Option<String>,
    pub limit: Option<usize>,
}

/// An event together with the article fields that exports need.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub event: Event,
    pub article_url: Option<String>,
    /// When the article was stored, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    pub ingested_at: String,
}

/// An open store. Cheap to keep open for a whole run; not `Sync` (open one
/// per thread).
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Open the store at `path`, creating the file and its tables if it does
    /// not exist yet. Use this for writing.
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        Self::open_with(path, flags, true)
    }

    /// Open an existing store; a missing file is [`StoreError::NotFound`] and
    /// is never created. Use this for queries and exports.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::NotFound {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        Self::open_with(path, flags, false)
    }

    /// A private store in memory (tests, dry runs).
    pub fn open_in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        let mut store = Store { conn, path };
        store.configure(true)?;
        Ok(store)
    }

    fn open_with(path: &Path, flags: OpenFlags, create: bool) -> Result<Store> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure(create)?;
        Ok(store)
    }

    /// The file this store lives in (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Pragmas, then the schema check (and creation for a fresh file).
    fn configure(&mut self, create: bool) -> Result<()> {
        let path = self.path.clone();
        let open_err = |source| StoreError::Open {
            path: path.clone(),
            source,
        };
        // A concurrent writer (another dyad process) makes us wait, not fail.
        self.conn
            .busy_timeout(Duration::from_secs(10))
            .map_err(open_err)?;
        // Reading the header is the first access: a non-SQLite file fails here.
        let app_id: i64 = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(open_err)?;
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(open_err)?;
        let table_count: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(open_err)?;
        let fresh = app_id == 0 && version == 0 && table_count == 0;
        if !fresh && app_id != APPLICATION_ID {
            return Err(StoreError::NotADyadStore {
                path: self.path.clone(),
                found: app_id,
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                path: self.path.clone(),
                found: version,
            });
        }
        if !fresh && version != SCHEMA_VERSION {
            return Err(StoreError::SchemaUnknown {
                path: self.path.clone(),
                found: version,
            });
        }
        if fresh && !create {
            // An empty SQLite file (e.g. created by another tool): do not
            // silently turn it into a store on a read.
            return Err(StoreError::NotADyadStore {
                path: self.path.clone(),
                found: app_id,
            });
        }
        // WAL: readers do not block the writer, and a killed writer's
        // uncommitted transaction is simply not in the database on reopen.
        // NORMAL sync is durable against process crashes (not power loss).
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        self.conn
            .pragma_update(None, "foreign_keys", true)
            .map_err(open_err)?;
        // Ingest inserts into six event indexes at random keys (event ids
        // are hashes): the default 2 MB page cache thrashes on a store of a
        // few hundred MB. 64 MB is a cap, not an allocation.
        self.conn
            .pragma_update(None, "cache_size", -64 * 1024)
            .map_err(open_err)?;
        if fresh {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(open_err)?;
            tx.execute_batch(SCHEMA_SQL).map_err(open_err)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(open_err)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                .map_err(open_err)?;
            tx.commit().map_err(open_err)?;
        }
        Ok(())
    }

    /// Store one article with its sentences and events, in one transaction.
    ///
    /// Same id and same text as already stored: [`IngestOutcome::Unchanged`]
    /// and nothing is written (even if the events differ; use
    /// [`Store::ingest_replacing`] after re-coding). Same id with changed
    /// text: [`IngestOutcome::Replaced`].
    ///
    /// Input errors (an event of another article, an empty `event_id`, a
    /// duplicate event id or sentence index, an event pointing at a sentence
    /// not given) are reported before anything is written.
    pub fn ingest(
        &mut self,
        article: &Article,
        sentences: &[SentenceRow],
        events: &[Event],
    ) -> Result<IngestOutcome> {
        self.ingest_inner(article, sentences, events, false)
    }

    /// Like [`Store::ingest`], but an article already stored is always
    /// replaced, even with an unchanged text (for re-coding with a newer
    /// dictionary or model). Returns `Inserted` or `Replaced`.
    pub fn ingest_replacing(
        &mut self,
        article: &Article,
        sentences: &[SentenceRow],
        events: &[Event],
    ) -> Result<IngestOutcome> {
        self.ingest_inner(article, sentences, events, true)
    }

    fn ingest_inner(
        &mut self,
        article: &Article,
        sentences: &[SentenceRow],
        events: &[Event],
        always_replace: bool,
    ) -> Result<IngestOutcome> {
        validate_input(article, sentences, events)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let outcome = write_article(&tx, article, sentences, events, always_replace)?;
        if outcome == IngestOutcome::Unchanged {
            // Nothing was written; ending the transaction releases the lock.
            tx.rollback()?;
        } else {
            tx.commit()?;
        }
        Ok(outcome)
    }

    /// Ingest many articles in one transaction: the same rules as
    /// [`Store::ingest`] for each, but one commit for all, which is several
    /// times faster than one commit per article (see the `store_bench`
    /// example). Still all-or-nothing per article: a killed process leaves
    /// either the whole batch or none of it.
    ///
    /// An article with invalid input is skipped (its slot holds the error)
    /// and the others are stored; a database error rolls the whole batch
    /// back and is returned.
    pub fn ingest_batch<'a, I>(&mut self, items: I) -> Result<Vec<Result<IngestOutcome>>>
    where
        I: IntoIterator<Item = (&'a Article, &'a [SentenceRow], &'a [Event])>,
    {
        let mut tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut outcomes = Vec::new();
        for (article, sentences, events) in items {
            if let Err(e) = validate_input(article, sentences, events) {
                outcomes.push(Err(e));
                continue;
            }
            // A savepoint per article, so that an input error found while
            // writing (an event id stored for another article) undoes only
            // this article.
            let sp = tx.savepoint()?;
            match write_article(&sp, article, sentences, events, false) {
                Ok(outcome) => {
                    sp.commit()?;
                    outcomes.push(Ok(outcome));
                }
                Err(e @ StoreError::InvalidInput { .. }) => {
                    drop(sp); // rolls back to the savepoint
                    outcomes.push(Err(e));
                }
                Err(e) => return Err(e),
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// Row counts of articles, sentences and events.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Counts {
            articles: count("articles")?,
            sentences: count("sentences")?,
            events: count("events")?,
        })
    }

    /// The stored article with this id, if any.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, date, title, source, url, language, text FROM articles WHERE id = ?1",
            )?
            .query_row([id], |r| {
                let date: Option<String> = r.get(1)?;
                Ok(Article {
                    id: r.get(0)?,
                    date: date.as_deref().and_then(dyad_article::parse_date),
                    title: r.get(2)?,
                    source: r.get(3)?,
                    url: r.get(4)?,
                    language: r.get(5)?,
                    text: r.get(6)?,
                })
            })
            .optional()?)
    }

    /// The stored sentences of an article, by index.
    pub fn sentences(&self, article_id: &str) -> Result<Vec<SentenceRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT idx, start, \"end\", text FROM sentences WHERE article_id = ?1 ORDER BY idx",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            Ok(SentenceRow {
                index: r.get::<_, i64>(0)? as usize,
                start: r.get::<_, i64>(1)? as usize,
                end: r.get::<_, i64>(2)? as usize,
                text: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every stored sentence with its article's id and publication date
    /// (`YYYY-MM-DD` or `None`), in article and sentence order, streamed to
    /// `f`. Returns the number of sentences.
    pub fn for_each_sentence<F>(&self, mut f: F) -> Result<usize>
    where
        F: FnMut(&str, Option<&str>, SentenceRow),
    {
        let mut stmt = self.conn.prepare(
            "SELECT s.article_id, a.date, s.idx, s.start, s.\"end\", s.text \
             FROM sentences s JOIN articles a ON a.id = s.article_id \
             ORDER BY s.article_id, s.idx",
        )?;
        let mut rows = stmt.query([])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let article_id: String = r.get(0)?;
            let date: Option<String> = r.get(1)?;
            let row = SentenceRow {
                index: r.get::<_, i64>(2)? as usize,
                start: r.get::<_, i64>(3)? as usize,
                end: r.get::<_, i64>(4)? as usize,
                text: r.get(5)?,
            };
            f(&article_id, date.as_deref(), row);
            n += 1;
        }
        Ok(n)
    }

    /// The events matching `q`, in the order they were stored.
    pub fn query(&self, q: &EventQuery) -> Result<Vec<Event>> {
        let mut out = Vec::new();
        self.for_each_event(q, |stored| {
            out.push(stored.event);
            Ok(())
        })?;
        Ok(out)
    }

    /// Stream the events matching `q` (in the order they were stored) to `f`,
    /// one at a time, so memory stays flat on exports of any size. Returns
    /// how many were passed. An error from `f` stops the stream and is
    /// returned.
    pub fn for_each_event<F>(&self, q: &EventQuery, mut f: F) -> Result<usize>
    where
        F: FnMut(StoredEvent) -> Result<()>,
    {
        let (sql, values) = build_query(q)?;
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let json: String = row.get(1)?;
            let event: Event =
                serde_json::from_str(&json).map_err(|err| StoreError::CorruptEvent {
                    rowid,
                    reason: err.to_string(),
                })?;
            f(StoredEvent {
                event,
                article_url: row.get(2)?,
                ingested_at: row.get(3)?,
            })?;
            n += 1;
        }
        Ok(n)
    }

    /// Write the events matching `q` to `out` in `format`; returns how many.
    pub fn export<W: std::io::Write>(
        &self,
        q: &EventQuery,
        format: ExportFormat,
        out: W,
    ) -> Result<usize> {
        let mut writer = format.writer(out)?;
        let n = self.for_each_event(q, |e| Ok(writer.write_event(&e)?))?;
        writer.finish()?;
        Ok(n)
    }

    /// `PRAGMA integrity_check`: `Ok(())` when SQLite reports `ok`, otherwise
    /// the problems it lists.
    pub fn integrity_check(&self) -> Result<Result<(), Vec<String>>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if lines.len() == 1 && lines[0] == "ok" {
            Ok(Ok(()))
        } else {
            Ok(Err(lines))
        }
    }

    /// The underlying connection, for read-only inspection (e.g. `EXPLAIN
    /// QUERY PLAN` in tests). Writing through it bypasses the store's
    /// guarantees.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Write one validated article inside the caller's transaction. Returns
/// `Unchanged` without writing when the stored text is the same (unless
/// `always_replace`).
fn write_article(
    tx: &Connection,
    article: &Article,
    sentences: &[SentenceRow],
    events: &[Event],
    always_replace: bool,
) -> Result<IngestOutcome> {
    let hash = text_hash(&article.text);
    let stored_hash: Option<String> = tx
        .prepare_cached("SELECT text_hash FROM articles WHERE id = ?1")?
        .query_row([&article.id], |r| r.get(0))
        .optional()?;
    let date = article.date.map(|d| d.to_string());
    let outcome = match stored_hash {
        Some(h) if h == hash && !always_replace => return Ok(IngestOutcome::Unchanged),
        Some(_) => {
            tx.prepare_cached("DELETE FROM sentences WHERE article_id = ?1")?
                .execute([&article.id])?;
            tx.prepare_cached("DELETE FROM events WHERE article_id = ?1")?
                .execute([&article.id])?;
            IngestOutcome::Replaced
        }
        None => IngestOutcome::Inserted,
    };
    // One statement writes the article whether it is new or replaced.
    tx.prepare_cached(
        "INSERT INTO articles (id, date, title, source, url, language, text,
                 text_hash, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,
                 strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
             ON CONFLICT(id) DO UPDATE SET date = excluded.date, title = excluded.title,
                 source = excluded.source, url = excluded.url, language = excluded.language,
                 text = excluded.text, text_hash = excluded.text_hash,
                 ingested_at = excluded.ingested_at",
    )?
    .execute(params![
        article.id,
        date,
        article.title,
        article.source,
        article.url,
        article.language,
        article.text,
        hash
    ])?;
    {
        let mut insert_sentence = tx.prepare_cached(
            "INSERT INTO sentences (article_id, idx, start, \"end\", text)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for s in sentences {
            insert_sentence.execute(params![
                article.id,
                to_i64(s.index),
                to_i64(s.start),
                to_i64(s.end),
                s.text
            ])?;
        }
        let mut insert_event = tx.prepare_cached(
            "INSERT INTO events (event_id, article_id, sentence_index, date,
                     source_code, source_country, target_code, target_country,
                     cameo, root, quad_class, goldstein, factuality, confidence, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        for e in events {
            let json = serde_json::to_string(e).map_err(|err| StoreError::InvalidInput {
                article_id: article.id.clone(),
                reason: format!("event {}: cannot serialise: {err}", e.event_id),
            })?;
            let source = e.source.as_ref();
            let target = e.target.as_ref();
            let result = insert_event.execute(params![
                e.event_id,
                e.article_id,
                to_i64(e.sentence_index),
                e.date,
                source.and_then(|a| a.code.as_deref()),
                source.and_then(|a| a.country.as_deref()),
                target.and_then(|a| a.code.as_deref()),
                target.and_then(|a| a.country.as_deref()),
                e.cameo,
                e.root,
                e.quad_class,
                e.goldstein,
                e.factuality.map(Factuality::as_str),
                e.confidence,
                json
            ]);
            if let Err(err) = result {
                if is_unique_violation(&err) {
                    return Err(StoreError::InvalidInput {
                        article_id: article.id.clone(),
                        reason: format!(
                            "event_id {} is already stored for another article",
                            e.event_id
                        ),
                    });
                }
                return Err(err.into());
            }
        }
    }
    Ok(outcome)
}

/// The hash that decides "same text": xxh3-64 of the UTF-8 text, 16 hex
/// digits.
pub fn text_hash(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

fn to_i64(n: usize) -> i64 {
    // Offsets and indexes come from in-memory texts, far below i64::MAX.
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn is_unique_violation(err: &rusqlite::Error) -> bool {
    matches!(
        err,
        rusqlite::Error::SqliteFailure(e, _)
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}

fn validate_input(article: &Article, sentences: &[SentenceRow], events: &[Event]) -> Result<()> {
    let invalid = |reason: String| StoreError::InvalidInput {
        article_id: article.id.clone(),
        reason,
    };
    if article.id.is_empty() {
        return Err(invalid("empty article id".into()));
    }
    let mut indexes = HashSet::with_capacity(sentences.len());
    for s in sentences {
        if !indexes.insert(s.index) {
            return Err(invalid(format!("sentence index {} given twice", s.index)));
        }
        if s.start > s.end || s.end > article.text.len() {
            return Err(invalid(format!(
                "sentence {}: span [{}, {}) is not inside the text ({} bytes)",
                s.index,
                s.start,
                s.end,
                article.text.len()
            )));
        }
    }
    let mut ids = HashSet::with_capacity(events.len());
    for e in events {
        if e.article_id != article.id {
            return Err(invalid(format!(
                "event {} belongs to article {:?}",
                e.event_id, e.article_id
            )));
        }
        if e.event_id.is_empty() {
            return Err(invalid(format!(
                "an event of sentence {} has an empty event_id (use Event::with_id)",
                e.sentence_index
            )));
        }
        if !ids.insert(e.event_id.as_str()) {
            return Err(invalid(format!("event_id {} given twice", e.event_id)));
        }
        if !sentences.is_empty() && !indexes.contains(&e.sentence_index) {
            return Err(invalid(format!(
                "event {} points at sentence {}, which is not among the sentences given",
                e.event_id, e.sentence_index
            )));
        }
    }
    Ok(())
}

/// Check a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date bound.
fn check_date(name: &str, s: &str) -> Result<()> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(StoreError::InvalidQuery(format!(
            "{name} {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"
        )))
    }
}

/// Check an actor or event code used as a prefix and upper-case it. Only
/// ASCII letters and digits are allowed, which also makes it safe inside a
/// GLOB pattern.
fn check_code(name: &str, s: &str) -> Result<String> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(StoreError::InvalidQuery(format!(
            "{name} {s:?}: expected letters and digits only"
        )));
    }
    Ok(s.to_ascii_uppercase())
}

/// Turn a query into SQL and its parameters. Prefix matches use `GLOB 'X*'`
/// on BINARY-collated columns, which SQLite answers from the index.
fn build_query(q: &EventQuery) -> Result<(String, Vec<Value>)> {
    let mut clauses: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let bind = |v: String, values: &mut Vec<Value>| {
        values.push(Value::Text(v));
        format!("?{}", values.len())
    };
    if let Some(actor) = &q.actor {
        let pat = format!("{}*", check_code("actor", actor)?);
        let p = bind(pat, &mut values);
        clauses.push(format!(
            "(e.source_code GLOB {p} OR e.target_code GLOB {p})"
        ));
    }
    if let Some((a, b)) = &q.dyad {
        let pa = bind(format!("{}*", check_code("dyad source", a)?), &mut values);
        let pb = bind(format!("{}*", check_code("dyad target", b)?), &mut values);
        // A mutual act is stored once, either way round.
        clauses.push(format!(
            "((e.source_code GLOB {pa} AND e.target_code GLOB {pb}) OR \
             (json_extract(e.json, '$.mutual') = 1 AND e.source_code GLOB {pb} AND e.target_code GLOB {pa}))"
        ));
    }
    if let Some(root) = &q.root {
        let root = check_code("root", root)?;
        let root = if root.len() == 1 {
            format!("0{root}")
        } else {
            root
        };
        let p = bind(root, &mut values);
        clauses.push(format!("e.root = {p}"));
    }
    if let Some(code) = &q.code {
        let p = bind(format!("{}*", check_code("code", code)?), &mut values);
        clauses.push(format!("e.cameo GLOB {p}"));
    }
    // A stored date d (YYYY, YYYY-MM or YYYY-MM-DD) covers a period. It
    // overlaps [since, until] when d's end is not before since's start and
    // d's start is not after until's end. On these strings that is: d >=
    // since cut to d's length, and d cut to until's length <= until. The
    // plain comparisons on the year let SQLite use the date index.
    if let Some(since) = &q.since {
        check_date("since", since)?;
        let year = bind(since[..4].to_string(), &mut values);
        let p = bind(since.clone(), &mut values);
        clauses.push(format!(
            "e.date >= {year} AND e.date >= substr({p}, 1, length(e.date))"
        ));
    }
    if let Some(until) = &q.until {
        check_date("until", until)?;
        let next_year: u32 = until[..4].parse::<u32>().unwrap_or(9999) + 1;
        let bound = bind(format!("{next_year:04}"), &mut values);
        let p = bind(until.clone(), &mut values);
        clauses.push(format!(
            "e.date < {bound} AND substr(e.date, 1, length({p})) <= {p}"
        ));
    }
    if let Some(list) = &q.factuality {
        if list.is_empty() {
            clauses.push("0".into());
        } else {
            let ps: Vec<String> = list
                .iter()
                .map(|f| bind(f.as_str().to_string(), &mut values))
                .collect();
            clauses.push(format!("e.factuality IN ({})", ps.join(", ")));
        }
    }
    if let Some(place) = &q.place {
        let place = place.trim();
        if place.is_empty() || place.len() > 200 {
            return Err(StoreError::InvalidQuery(format!(
                "place {place:?}: expected a country code (SYR) or a place name"
            )));
        }
        let is_country = place.len() == 3 && place.bytes().all(|b| b.is_ascii_alphabetic());
        if is_country {
            let p = bind(place.to_ascii_uppercase(), &mut values);
            clauses.push(format!("json_extract(e.json, '$.location.country') = {p}"));
        } else {
            let p = bind(place.to_string(), &mut values);
            clauses.push(format!(
                "json_extract(e.json, '$.location.name') = {p} COLLATE NOCASE"
            ));
        }
    }
    let mut sql = String::from(
        "SELECT e.rowid, e.json, a.url, a.ingested_at FROM events e \
         JOIN articles a ON a.id = e.article_id",
    );
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(" ORDER BY e.rowid");
    if let Some(limit) = q.limit {
        sql.push_str(&format!(" LIMIT {}", to_i64(limit)));
    }
    Ok((sql, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds_are_checked() {
        for ok in ["2018", "2018-06", "2018-06-20"] {
            assert!(check_date("since", ok).is_ok(), "{ok}");
        }
        for bad in [
            "18",
            "2018-6",
            "2018/06/20",
            "2018-06-20T00",
            "abcd",
            "2018-06-2x",
        ] {
            assert!(check_date("since", bad).is_err(), "{bad}");
        }
    }

    /// The filters that should be cheap on a large store are answered from
    /// an index, not by scanning every event.
    #[test]
    fn filters_use_indexes() {
        let store = Store::open_in_memory().unwrap();
        let s = |x: &str| Some(x.to_string());
        let cases = [
            (
                EventQuery {
                    actor: s("SYR"),
                    ..Default::default()
                },
                vec!["events_dyad", "events_target"],
            ),
            (
                EventQuery {
                    dyad: Some(("SYR".into(), "USA".into())),
                    ..Default::default()
                },
                vec!["events_dyad", "events_target"],
            ),
            (
                EventQuery {
                    root: s("05"),
                    ..Default::default()
                },
                vec!["events_root"],
            ),
            (
                EventQuery {
                    code: s("054"),
                    ..Default::default()
                },
                vec!["events_cameo"],
            ),
            (
                EventQuery {
                    since: s("2018-06"),
                    until: s("2018-07-15"),
                    ..Default::default()
                },
                vec!["events_date"],
            ),
        ];
        for (q, indexes) in cases {
            let (sql, values) = build_query(&q).unwrap();
            let mut stmt = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap();
            let plan: Vec<String> = stmt
                .query_map(rusqlite::params_from_iter(values), |r| {
                    r.get::<_, String>(3)
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let plan = plan.join(" | ");
            assert!(
                indexes.iter().any(|i| plan.contains(i)),
                "{q:?} uses none of {indexes:?}: {plan}"
            );
            assert!(!plan.contains("SCAN e"), "{q:?} scans events: {plan}");
        }
    }

    #[test]
    fn codes_are_checked_and_uppercased() {
        assert_eq!(check_code("actor", " syrGov ").unwrap(), "SYRGOV");
        assert!(check_code("actor", "SY*").is_err());
        assert!(check_code("actor", "").is_err());
        assert!(check_code("actor", "S R").is_err());
    }
}
