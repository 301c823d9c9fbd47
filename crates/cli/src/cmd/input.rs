//! Shared input options: which files, which format, `--date`, `--strict`,
//! and reporting of rejected records.

use std::path::PathBuf;
use std::process::ExitCode;

use dyad_article::{read_articles, ArticleStream, InputFormat, ReadOptions, RecordError};

#[derive(clap::Args, Clone)]
pub struct InputArgs {
    /// Input files or directories (read recursively); `-` reads standard input.
    /// JSONL (`.jsonl`), PETRARCH XML (`.xml`) or plain text, optionally gzipped.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Input format; `auto` decides by file extension.
    #[arg(long, default_value = "auto")]
    pub format: InputFormat,
    /// Publication date (YYYY-MM-DD) for articles whose input has none.
    #[arg(long, value_parser = parse_date_arg)]
    pub date: Option<chrono::NaiveDate>,
    /// Stop at the first rejected record.
    #[arg(long)]
    pub strict: bool,
}

fn parse_date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    dyad_article::parse_date(s).ok_or_else(|| format!("not a date: {s:?} (expected YYYY-MM-DD)"))
}

impl InputArgs {
    pub fn articles(&self) -> anyhow::Result<ArticleStream> {
        Ok(read_articles(
            &self.files,
            ReadOptions {
                format: self.format,
                default_date: self.date,
            },
        ))
    }
}

/// Counts rejected records, prints each on stderr, and stops under `--strict`.
pub struct RecordErrors {
    strict: bool,
    count: usize,
}

impl RecordErrors {
    pub fn new(strict: bool) -> Self {
        RecordErrors { strict, count: 0 }
    }

    pub fn report(&mut self, e: &RecordError) -> anyhow::Result<()> {
        self.count += 1;
        eprintln!("dyad: rejected record: {e}");
        if self.strict {
            anyhow::bail!("stopping at the first rejected record (--strict)");
        }
        Ok(())
    }

    pub fn count(&self) -> usize {
        self.count
    }

    /// 0 when every record was read, 1 when some were rejected.
    pub fn exit_code(&self) -> ExitCode {
        if self.count == 0 {
            ExitCode::SUCCESS
        } else {
            eprintln!("dyad: {} record(s) rejected", self.count);
            ExitCode::from(1)
        }
    }
}
