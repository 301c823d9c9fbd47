//! JSONL: one article per line.

use std::io::{BufRead, Read};

use serde::Deserialize;

use crate::{parse_date, Article, RecordError};

/// Lines longer than this are rejected rather than buffered, so one corrupt
/// file cannot exhaust memory.
pub const MAX_LINE_BYTES: u64 = 512 << 20;

/// The fields of one JSONL record. Every field is optional here so that a
/// missing one gives our own message rather than serde's.
#[derive(Deserialize)]
struct RawArticle {
    id: Option<serde_json::Value>,
    date: Option<String>,
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// Streams [`Article`]s from JSONL, one record per line; blank lines are skipped.
pub struct JsonlReader<R> {
    reader: R,
    file: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, file: impl Into<String>) -> Self {
        JsonlReader {
            reader,
            file: file.into(),
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn err(&self, reason: impl Into<String>) -> RecordError {
        RecordError::new(self.file.clone(), self.line, reason)
    }

    fn parse_line(&self, bytes: &[u8]) -> Result<Article, RecordError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            self.err(format!(
                "invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            ))
        })?;
        let raw: RawArticle = serde_json::from_str(text).map_err(|e| {
            let what = if e.is_eof() {
                "truncated JSON"
            } else {
                "invalid JSON"
            };
            self.err(format!("{what}: {e}"))
        })?;
        let id = match raw.id {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(self.err("field `id` must be a non-empty string or a number")),
            None => return Err(self.err("missing field `id`")),
        };
        let date_text = raw
            .date
            .ok_or_else(|| self.err(format!("article {id:?}: missing field `date`")))?;
        let date = parse_date(&date_text).ok_or_else(|| {
            self.err(format!(
                "article {id:?}: unparseable date {date_text:?} (expected YYYY-MM-DD or RFC 3339)"
            ))
        })?;
        let text = raw
            .text
            .ok_or_else(|| self.err(format!("article {id:?}: missing field `text`")))?;
        Ok(Article {
            id,
            date: Some(date),
            text,
            title: raw.title,
            source: raw.source,
            url: raw.url,
            language: raw.language,
        })
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Article, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            let read = (&mut self.reader)
                .take(MAX_LINE_BYTES + 1)
                .read_until(b'\n', &mut self.buf);
            match read {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.err(format!("read error: {e}"))));
                }
            }
            if self.buf.len() as u64 > MAX_LINE_BYTES {
                // Skip the rest of this over-long line, then report it.
                let mut sink = Vec::new();
                loop {
                    sink.clear();
                    match (&mut self.reader)
                        .take(1 << 20)
                        .read_until(b'\n', &mut sink)
                    {
                        Ok(0) => break,
                        Ok(_) if sink.ends_with(b"\n") => break,
                        Ok(_) => continue,
                        Err(_) => break,
                    }
                }
                return Some(Err(
                    self.err(format!("line longer than {} MiB", MAX_LINE_BYTES >> 20))
                ));
            }
            let content = trim_ascii(&self.buf);
            if content.is_empty() {
                continue;
            }
            return Some(self.parse_line(content));
        }
        None
    }
}

fn trim_ascii(mut b: &[u8]) -> &[u8] {
    // A UTF-8 byte-order mark at the start of a file is not content.
    if let Some(rest) = b.strip_prefix(b"\xef\xbb\xbf") {
        b = rest;
    }
    while let Some((first, rest)) = b.split_first() {
        if first.is_ascii_whitespace() {
            b = rest;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = b.split_last() {
        if last.is_ascii_whitespace() {
            b = rest;
        } else {
            break;
        }
    }
    b
}
