use std::fmt;

/// A record that could not be read. Names the file, the 1-based line (0 when
/// the problem is with the file as a whole) and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl RecordError {
    pub fn new(file: impl Into<String>, line: usize, reason: impl Into<String>) -> Self {
        RecordError {
            file: file.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        }
    }
}

impl std::error::Error for RecordError {}
