//! Streaming article readers: the entry point of the dyad pipeline.
//!
//! Every input format (JSONL, plain text files and directories, PETRARCH XML,
//! any of them gzipped, or stdin) is turned into a stream of [`Article`]s.
//! A bad record yields a [`RecordError`] naming file, line and reason, and the
//! stream goes on with the next record; callers decide whether to stop
//! (`--strict`). Memory stays flat in the input size: records are read one at a
//! time, never the whole file.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod error;
mod input;
mod jsonl;
mod petrarch;
mod plain;

pub use error::RecordError;
pub use input::{open_input, read_articles, ArticleStream, InputFormat, ReadOptions};
pub use jsonl::JsonlReader;
pub use petrarch::{
    Config as PetrarchConfig, Environment, EventCoding, PetrarchItem, PetrarchReader,
    PetrarchRecord,
};
pub use plain::read_plain_text;

/// One news article (or, for PETRARCH input, one sentence record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    /// Publication date. Relative event dates are resolved against it.
    pub date: Option<NaiveDate>,
    pub text: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

impl Article {
    pub fn new(id: impl Into<String>, date: Option<NaiveDate>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            date,
            text: text.into(),
            title: None,
            source: None,
            url: None,
            language: None,
        }
    }
}

/// Parse a publication date: `YYYY-MM-DD`, `YYYYMMDD`, or RFC 3339
/// (`2018-06-20T08:00:00Z`; the calendar date is taken as written).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok();
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    // A date-time without zone, or with a space separator.
    if s.len() >= 10 && s.is_char_boundary(10) {
        let (day, rest) = s.split_at(10);
        if rest.starts_with('T') || rest.starts_with(' ') {
            return NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
        }
    }
    None
}
