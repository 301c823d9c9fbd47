//! Errors and warnings of dictionary loading.

use std::path::PathBuf;

/// A dictionary could not be read or has a line that cannot be interpreted.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// A line of a dictionary file is malformed. `line` is 1-based.
    #[error("{file}:{line}: {reason}")]
    Syntax {
        file: String,
        line: usize,
        reason: String,
    },
    /// A dictionary file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A required file is missing from a dictionary set.
    #[error("{0}")]
    Missing(String),
}

impl DictError {
    pub(crate) fn syntax(file: &str, line: usize, reason: impl Into<String>) -> Self {
        DictError::Syntax {
            file: file.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

/// A line that PETRARCH2 itself tolerates (it skips or misreads it) and that
/// dyad therefore skips instead of failing; kept so `dyad dict stats` can show
/// them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictWarning {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for DictWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Collects warnings while one file is parsed.
#[derive(Debug, Default)]
pub(crate) struct Warnings {
    pub(crate) list: Vec<DictWarning>,
}

impl Warnings {
    pub(crate) fn push(&mut self, file: &str, line: usize, reason: impl Into<String>) {
        self.list.push(DictWarning {
            file: file.to_string(),
            line,
            reason: reason.into(),
        });
    }
}
