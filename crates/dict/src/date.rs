//! Date restrictions of actor codes (`[CODE <date]`, `[CODE >date]`, `[CODE date-date]`).

use chrono::NaiveDate;

/// When a dated actor code applies. Limits are inclusive ("or equal to").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRestriction {
    /// `<date`: on or before the date.
    Before(NaiveDate),
    /// `>date`: on or after the date.
    After(NaiveDate),
    /// `date-date`: between the dates, both included.
    Between(NaiveDate, NaiveDate),
}

impl DateRestriction {
    /// Does the restriction hold on `date`?
    pub fn contains(&self, date: NaiveDate) -> bool {
        match *self {
            DateRestriction::Before(end) => date <= end,
            DateRestriction::After(start) => date >= start,
            DateRestriction::Between(start, end) => start <= date && date <= end,
        }
    }

    /// The last day the restriction holds (`None` = open-ended).
    pub fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            DateRestriction::Before(end) | DateRestriction::Between(_, end) => Some(end),
            DateRestriction::After(_) => None,
        }
    }
}

impl std::fmt::Display for DateRestriction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateRestriction::Before(d) => write!(f, "<{d}"),
            DateRestriction::After(d) => write!(f, ">{d}"),
            DateRestriction::Between(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

/// Parse a PETRARCH date: `YYYYMMDD`, or `YYMMDD` where `00`–`30` means 20YY
/// and `31`–`99` means 19YY (the KEDS/TABARI/PETRARCH rule). As in PETRARCH,
/// a string of more than 7 characters is read as `YYYYMMDD`, a shorter one as
/// `YYMMDD`; anything but digits, or an impossible day, is an error.
pub fn parse_petrarch_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("date {text:?} is not YYMMDD or YYYYMMDD"));
    }
    let num = |s: &str| s.parse::<u32>().map_err(|e| e.to_string());
    let (year, month, day) = match text.len() {
        8 => (
            num(&text[..4])? as i32,
            num(&text[4..6])?,
            num(&text[6..8])?,
        ),
        6 => {
            let yy = num(&text[..2])? as i32;
            let year = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            (year, num(&text[2..4])?, num(&text[4..6])?)
        }
        _ => {
            return Err(format!(
                "date {text:?} has {} digits, not 6 or 8",
                text.len()
            ))
        }
    };
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| format!("date {text:?} is not a valid calendar day"))
}

/// Parse a restriction as written after the code: `<date`, `>date` or
/// `date-date`.
pub fn parse_restriction(text: &str) -> Result<DateRestriction, String> {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('<') {
        Ok(DateRestriction::Before(parse_petrarch_date(rest)?))
    } else if let Some(rest) = text.strip_prefix('>') {
        Ok(DateRestriction::After(parse_petrarch_date(rest)?))
    } else if let Some((a, b)) = text.split_once('-') {
        let start = parse_petrarch_date(a)?;
        let end = parse_petrarch_date(b)?;
        if end < start {
            return Err(format!("date range {text:?} ends before it starts"));
        }
        Ok(DateRestriction::Between(start, end))
    } else {
        Err(format!(
            "date restriction {text:?} is not <date, >date or date-date"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn two_digit_years_follow_the_petrarch_pivot() {
        assert_eq!(parse_petrarch_date("300101").unwrap(), d(2030, 1, 1));
        assert_eq!(parse_petrarch_date("310101").unwrap(), d(1931, 1, 1));
        assert_eq!(parse_petrarch_date("19411207").unwrap(), d(1941, 12, 7));
        assert!(parse_petrarch_date("20100931").is_err());
        assert!(parse_petrarch_date("2004017").is_err());
        assert!(parse_petrarch_date("12a456").is_err());
    }

    #[test]
    fn restrictions_are_inclusive() {
        let r = parse_restriction("910824-911221").unwrap();
        assert!(r.contains(d(1991, 8, 24)));
        assert!(r.contains(d(1991, 12, 21)));
        assert!(!r.contains(d(1991, 12, 22)));
        assert!(parse_restriction("<910824")
            .unwrap()
            .contains(d(1991, 8, 24)));
        assert!(!parse_restriction(">911221")
            .unwrap()
            .contains(d(1991, 12, 20)));
        assert!(parse_restriction("911221-910824").is_err());
        assert!(parse_restriction("911221").is_err());
    }
}
