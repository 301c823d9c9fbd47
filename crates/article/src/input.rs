//! Opening inputs (files, directories, stdin, gzip) and dispatching to the
//! format readers.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::jsonl::JsonlReader;
use crate::petrarch::{PetrarchItem, PetrarchReader};
use crate::plain::read_plain_text;
use crate::{Article, RecordError};

/// Which reader to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide by file extension (after stripping `.gz`): `.jsonl`/`.ndjson`/`.json`
    /// are JSONL, `.xml` is PETRARCH XML, anything else is plain text.
    /// Standard input is JSONL when its first byte is `{`, plain text otherwise.
    #[default]
    Auto,
    Jsonl,
    Text,
    Petrarch,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(InputFormat::Auto),
            "jsonl" => Ok(InputFormat::Jsonl),
            "text" | "txt" => Ok(InputFormat::Text),
            "petrarch" | "xml" => Ok(InputFormat::Petrarch),
            other => Err(format!(
                "unknown input format {other:?} (expected auto, jsonl, text or petrarch)"
            )),
        }
    }
}

/// Options shared by all readers.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub format: InputFormat,
    /// Publication date for articles whose input carries none (plain text).
    pub default_date: Option<NaiveDate>,
}

/// Open a path for reading, `-` meaning standard input. Gzip is detected by
/// its magic bytes, not the file name, and decompressed on the fly.
pub fn open_input(path: &Path) -> io::Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = if path == Path::new("-") {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut buffered = BufReader::with_capacity(1 << 16, raw);
    let is_gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    if is_gzip {
        Ok(Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(buffered),
        )))
    } else {
        Ok(Box::new(buffered))
    }
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

fn format_for(path: &Path, requested: InputFormat) -> InputFormat {
    if requested != InputFormat::Auto {
        return requested;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
        InputFormat::Jsonl
    } else if name.ends_with(".xml") {
        InputFormat::Petrarch
    } else {
        InputFormat::Text
    }
}

/// Expand directories recursively (sorted, hidden entries skipped) so that
/// runs are reproducible.
fn expand(path: &Path, out: &mut VecDeque<PathBuf>) -> io::Result<()> {
    if path != Path::new("-") && path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .map(|n| n.to_string_lossy().starts_with('.'))
                    .unwrap_or(false)
            })
            .collect();
        entries.sort();
        for entry in entries {
            expand(&entry, out)?;
        }
    } else {
        out.push_back(path.to_path_buf());
    }
    Ok(())
}

enum Current {
    Jsonl(JsonlReader<Box<dyn BufRead>>),
    Petrarch(PetrarchReader<Box<dyn BufRead>>),
}

/// A stream of articles over many inputs. Each item is an article or the
/// error of one record; an unreadable file is one error and the stream goes
/// on with the next file.
pub struct ArticleStream {
    pending: VecDeque<PathBuf>,
    current: Option<Current>,
    options: ReadOptions,
}

/// Read articles from files, directories (recursively) or `-` (stdin).
pub fn read_articles(paths: &[PathBuf], options: ReadOptions) -> ArticleStream {
    ArticleStream {
        pending: paths.iter().cloned().collect(),
        current: None,
        options,
    }
}

impl ArticleStream {
    fn open_next(&mut self, path: PathBuf) -> Option<Result<Article, RecordError>> {
        let name = display_name(&path);
        if path != Path::new("-") && path.is_dir() {
            let mut expanded = VecDeque::new();
            if let Err(e) = expand(&path, &mut expanded) {
                return Some(Err(RecordError::new(
                    name,
                    0,
                    format!("cannot read directory: {e}"),
                )));
            }
            while let Some(p) = expanded.pop_back() {
                self.pending.push_front(p);
            }
            return None;
        }
        let mut reader = match open_input(&path) {
            Ok(r) => r,
            Err(e) => return Some(Err(RecordError::new(name, 0, format!("cannot open: {e}")))),
        };
        let mut format = format_for(&path, self.options.format);
        if format == InputFormat::Text
            && path == Path::new("-")
            && self.options.format == InputFormat::Auto
        {
            let first = reader
                .fill_buf()
                .ok()
                .and_then(|b| b.iter().find(|c| !c.is_ascii_whitespace()).copied());
            if first == Some(b'{') {
                format = InputFormat::Jsonl;
            } else if first == Some(b'<') {
                format = InputFormat::Petrarch;
            }
        }
        match format {
            InputFormat::Jsonl => {
                self.current = Some(Current::Jsonl(JsonlReader::new(reader, name)));
                None
            }
            InputFormat::Petrarch => {
                self.current = Some(Current::Petrarch(PetrarchReader::new(reader, name)));
                None
            }
            InputFormat::Text | InputFormat::Auto => {
                let id = if path == Path::new("-") {
                    "stdin".to_string()
                } else {
                    path.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| name.clone())
                };
                Some(read_plain_text(
                    reader,
                    &name,
                    &id,
                    self.options.default_date,
                ))
            }
        }
    }
}

impl Iterator for ArticleStream {
    type Item = Result<Article, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match &mut self.current {
                Some(Current::Jsonl(r)) => match r.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                },
                Some(Current::Petrarch(r)) => match r.next() {
                    Some(Ok(PetrarchItem::Record(rec))) => return Some(Ok(rec.into_article())),
                    Some(Ok(_)) => continue,
                    Some(Err(e)) => return Some(Err(e)),
                    None => self.current = None,
                },
                None => {
                    let path = self.pending.pop_front()?;
                    if let Some(item) = self.open_next(path) {
                        return Some(item);
                    }
                }
            }
        }
    }
}
