//! Plain text: one article per file.

use std::io::Read;

use chrono::NaiveDate;

use crate::{Article, RecordError};

/// Read one plain-text article. The id is the file name; the publication
/// date comes from a `YYYY-MM-DD` or `YYYYMMDD` in the file name, else from
/// `default_date` (`--date`), else it is unknown.
pub fn read_plain_text(
    mut reader: impl Read,
    file: &str,
    id: &str,
    default_date: Option<NaiveDate>,
) -> Result<Article, RecordError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| RecordError::new(file, 0, format!("read error: {e}")))?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            return Err(RecordError::new(file, line, "invalid UTF-8"));
        }
    };
    if text.trim().is_empty() {
        return Err(RecordError::new(file, 0, "empty article"));
    }
    if text.contains('\0') {
        let line = 1 + text[..text.find('\0').unwrap_or(0)].matches('\n').count();
        return Err(RecordError::new(
            file,
            line,
            "binary data (NUL byte) in a text article",
        ));
    }
    let date = date_in_name(id).or(default_date);
    Ok(Article::new(id, date, text))
}

/// A date written in a file name: `2018-06-20-syria.txt`, `AFP_20180620.txt`.
fn date_in_name(name: &str) -> Option<NaiveDate> {
    let b = name.as_bytes();
    for start in 0..b.len() {
        if start > 0 && b[start - 1].is_ascii_digit() {
            continue;
        }
        for len in [10usize, 8] {
            let Some(candidate) = name.get(start..start + len) else {
                continue;
            };
            if b.get(start + len).is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            if let Some(d) = crate::parse_date(candidate) {
                if (1900..=2100).contains(&chrono::Datelike::year(&d)) {
                    return Some(d);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates_in_names() {
        assert_eq!(
            date_in_name("2018-06-20-syria.txt"),
            NaiveDate::from_ymd_opt(2018, 6, 20)
        );
        assert_eq!(
            date_in_name("AFP_20180620.txt"),
            NaiveDate::from_ymd_opt(2018, 6, 20)
        );
        assert_eq!(date_in_name("report-123456789.txt"), None);
        assert_eq!(date_in_name("notes.txt"), None);
    }
}
