//! Event writers for `dyad export` and `dyad events --format`: JSONL (the
//! full event record), CSV (flat columns, [`CSV_COLUMNS`]) and the GDELT 2.0
//! event table ([`GDELT_COLUMNS`], tab-separated, no header, as GDELT ships
//! it). All are generic over [`Write`]; a `null` field is an empty cell.

use std::fmt::Display;
use std::io::{self, Write};
use std::str::FromStr;

use dyad_event::{ActorRef, Span};

use crate::countries::is_country;
use crate::StoredEvent;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    Gdelt,
}

impl FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "json" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "gdelt" | "tsv" => Ok(ExportFormat::Gdelt),
            other => Err(format!("unknown format {other:?} (jsonl, csv, gdelt)")),
        }
    }
}

impl ExportFormat {
    /// A writer for this format over `out` (the CSV header is written now).
    pub fn writer<'a, W: Write + 'a>(self, out: W) -> io::Result<Box<dyn EventWriter + 'a>> {
        Ok(match self {
            ExportFormat::Jsonl => Box::new(JsonlWriter::new(out)),
            ExportFormat::Csv => Box::new(CsvWriter::new(out)?),
            ExportFormat::Gdelt => Box::new(GdeltWriter::new(out)),
        })
    }
}

/// Writes events one at a time.
pub trait EventWriter {
    fn write_event(&mut self, e: &StoredEvent) -> io::Result<()>;
    /// Flush buffered output.
    fn finish(&mut self) -> io::Result<()>;
}

/// One event JSON object per line.
pub struct JsonlWriter<W: Write> {
    out: io::BufWriter<W>,
}

impl<W: Write> JsonlWriter<W> {
    pub fn new(out: W) -> Self {
        JsonlWriter {
            out: io::BufWriter::new(out),
        }
    }
}

impl<W: Write> EventWriter for JsonlWriter<W> {
    fn write_event(&mut self, e: &StoredEvent) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, &e.event)?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Header of the CSV export, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "event_id",
    "article_id",
    "sentence_index",
    "date",
    "date_basis",
    "source_code",
    "source_country",
    "source_role",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_role",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "factuality",
    "attribution",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "location_basis",
    "confidence",
    "rule",
    "compound_id",
    "mutual",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "action_start",
    "action_end",
    "sentence",
    "article_url",
];

/// RFC 4180 CSV with a header line ([`CSV_COLUMNS`]).
pub struct CsvWriter<W: Write> {
    out: io::BufWriter<W>,
}

impl<W: Write> CsvWriter<W> {
    /// Writes the header line.
    pub fn new(out: W) -> io::Result<Self> {
        let mut w = CsvWriter {
            out: io::BufWriter::new(out),
        };
        let header: Vec<String> = CSV_COLUMNS.iter().map(|s| s.to_string()).collect();
        w.write_record(&header)?;
        Ok(w)
    }

    fn write_record(&mut self, fields: &[String]) -> io::Result<()> {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            write_csv_field(&mut self.out, f)?;
        }
        self.out.write_all(b"\r\n")
    }
}

/// Quote a field when it holds a comma, quote, line break or edge spaces;
/// quotes inside are doubled.
fn write_csv_field(out: &mut impl Write, f: &str) -> io::Result<()> {
    let needs_quotes = f.contains([',', '"', '\n', '\r'])
        || f.starts_with([' ', '\t'])
        || f.ends_with([' ', '\t']);
    if needs_quotes {
        out.write_all(b"\"")?;
        out.write_all(f.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(f.as_bytes())
    }
}

/// The CSV cells of one event, in [`CSV_COLUMNS`] order.
pub fn csv_fields(stored: &StoredEvent) -> Vec<String> {
    let e = &stored.event;
    let mut f = Vec::with_capacity(CSV_COLUMNS.len());
    f.push(e.event_id.clone());
    f.push(e.article_id.clone());
    f.push(e.sentence_index.to_string());
    f.push(opt(&e.date));
    f.push(opt(&e.date_basis));
    for actor in [&e.source, &e.target] {
        let a = actor.as_ref();
        f.push(a.map(|a| opt(&a.code)).unwrap_or_default());
        f.push(a.map(|a| opt(&a.country)).unwrap_or_default());
        f.push(a.map(|a| opt(&a.role)).unwrap_or_default());
        f.push(a.map(|a| opt(&a.name)).unwrap_or_default());
        f.push(a.map(|a| opt(&a.text)).unwrap_or_default());
    }
    f.push(opt(&e.cameo));
    f.push(opt(&e.root));
    f.push(opt(&e.quad_class));
    f.push(opt(&e.goldstein));
    let p = e.plover.as_ref();
    f.push(p.map(|p| opt(&p.event_type)).unwrap_or_default());
    f.push(p.map(|p| opt(&p.mode)).unwrap_or_default());
    f.push(p.map(|p| opt(&p.context)).unwrap_or_default());
    f.push(
        e.factuality
            .map(|x| x.as_str().to_string())
            .unwrap_or_default(),
    );
    f.push(opt(&e.attribution));
    let l = e.location.as_ref();
    f.push(l.map(|l| opt(&l.name)).unwrap_or_default());
    f.push(l.map(|l| opt(&l.country)).unwrap_or_default());
    f.push(l.map(|l| opt(&l.lat)).unwrap_or_default());
    f.push(l.map(|l| opt(&l.lon)).unwrap_or_default());
    f.push(l.map(|l| opt(&l.basis)).unwrap_or_default());
    f.push(opt(&e.confidence));
    f.push(opt(&e.rule));
    f.push(opt(&e.compound_id));
    f.push(if e.mutual { "true" } else { "" }.to_string());
    for span in [e.offsets.source, e.offsets.target, e.offsets.action] {
        let (start, end) = span_cells(span);
        f.push(start);
        f.push(end);
    }
    f.push(e.sentence.clone());
    f.push(opt(&stored.article_url));
    debug_assert_eq!(f.len(), CSV_COLUMNS.len());
    f
}

impl<W: Write> EventWriter for CsvWriter<W> {
    fn write_event(&mut self, e: &StoredEvent) -> io::Result<()> {
        let fields = csv_fields(e);
        self.write_record(&fields)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The 61 columns of the GDELT 2.0 event table, in GDELT's order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// CAMEO actor type codes that GDELT puts in `Actor*Type{1,2,3}Code`.
const CAMEO_TYPE_CODES: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "INS",
    "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PTY", "RAD", "REB",
    "REF", "SEP", "SPY", "UAF",
];

/// Tab-separated GDELT 2.0 event rows ([`GDELT_COLUMNS`]), no header line.
pub struct GdeltWriter<W: Write> {
    out: io::BufWriter<W>,
}

impl<W: Write> GdeltWriter<W> {
    pub fn new(out: W) -> Self {
        GdeltWriter {
            out: io::BufWriter::new(out),
        }
    }
}

impl<W: Write> EventWriter for GdeltWriter<W> {
    fn write_event(&mut self, e: &StoredEvent) -> io::Result<()> {
        let row = gdelt_row(e);
        self.out.write_all(row.join("\t").as_bytes())?;
        self.out.write_all(b"\n")
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The GDELT 2.0 cells of one event. What dyad does not know is blank; see
/// `docs/event-schema.md` for the column-by-column mapping.
pub fn gdelt_row(stored: &StoredEvent) -> [String; 61] {
    let e = &stored.event;
    let mut row: [String; 61] = std::array::from_fn(|_| String::new());
    let mut set = |name: &str, value: String| {
        let i = GDELT_COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap_or_else(|| unreachable!("{name} is a GDELT column"));
        row[i] = clean_cell(&value);
    };
    set("GLOBALEVENTID", gdelt_event_id(&e.event_id));
    if let Some(date) = e.date.as_deref() {
        let parts = date_parts(date);
        if let Some((y, m, d)) = parts {
            set("Year", format!("{y:04}"));
            if let Some(m) = m {
                set("MonthYear", format!("{y:04}{m:02}"));
                if let Some(d) = d {
                    set("SQLDATE", format!("{y:04}{m:02}{d:02}"));
                    set("FractionDate", fraction_date(y, m, d));
                }
            }
        }
    }
    for (prefix, actor) in [("Actor1", &e.source), ("Actor2", &e.target)] {
        if let Some(a) = actor {
            fill_actor(&mut set, prefix, a);
        }
    }
    if let Some(code) = e.cameo.as_deref() {
        set("EventCode", code.to_string());
        set("EventBaseCode", code.chars().take(3).collect());
    }
    let root = e
        .root
        .clone()
        .or_else(|| e.cameo.as_deref().map(|c| c.chars().take(2).collect()));
    set("EventRootCode", root.unwrap_or_default());
    set("QuadClass", opt(&e.quad_class));
    set("GoldsteinScale", opt(&e.goldstein));
    // Each stored event is one mention in one article of one source.
    set("NumMentions", "1".into());
    set("NumSources", "1".into());
    set("NumArticles", "1".into());
    if let Some(l) = &e.location {
        set("ActionGeo_FullName", opt(&l.name));
        set("ActionGeo_Lat", opt(&l.lat));
        set("ActionGeo_Long", opt(&l.lon));
    }
    set(
        "DATEADDED",
        stored
            .ingested_at
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .collect(),
    );
    set("SOURCEURL", opt(&stored.article_url));
    row
}

fn fill_actor(set: &mut impl FnMut(&str, String), prefix: &str, a: &ActorRef) {
    let code = a.code.as_deref().unwrap_or("");
    set(&format!("{prefix}Code"), code.to_string());
    set(
        &format!("{prefix}Name"),
        a.name
            .clone()
            .or_else(|| a.text.clone())
            .unwrap_or_default(),
    );
    if let Some(country) = a.country.as_deref().filter(|c| is_country(c)) {
        set(&format!("{prefix}CountryCode"), country.to_string());
    }
    // Type codes: every three-letter chunk of the code that is a CAMEO type
    // (GOV, MIL, ...), whether it is the root (`MIL`) or a role (`SYRGOV`).
    let types: Vec<&str> = code
        .as_bytes()
        .chunks(3)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .filter(|c| CAMEO_TYPE_CODES.contains(c))
        .take(3)
        .collect();
    for (i, t) in types.iter().enumerate() {
        set(&format!("{prefix}Type{}Code", i + 1), t.to_string());
    }
}

/// GDELT ids are integers: the low 63 bits of the 64-bit hex `event_id`, so
/// that they fit a signed BIGINT. Not a hex id: blank.
fn gdelt_event_id(event_id: &str) -> String {
    u64::from_str_radix(event_id, 16)
        .map(|n| (n & 0x7fff_ffff_ffff_ffff).to_string())
        .unwrap_or_default()
}

/// Year, month, day of `YYYY[-MM[-DD]]`; `None` when it is not such a date.
fn date_parts(s: &str) -> Option<(u32, Option<u32>, Option<u32>)> {
    let mut it = s.split('-');
    let y: u32 = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let m = match it.next() {
        Some(m) => Some(m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let d = match it.next() {
        Some(d) => Some(d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    if it.next().is_some() {
        return None;
    }
    Some((y, m, d))
}

/// GDELT's FractionDate: the year plus the fraction of it elapsed at the
/// start of the day, four decimals (`2018-07-02` → `2018.4986`).
fn fraction_date(y: u32, m: u32, d: u32) -> String {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let before: u32 = month_days[..(m as usize - 1)].iter().sum();
    let year_days = if leap { 366.0 } else { 365.0 };
    let fraction = f64::from(before + d - 1) / year_days;
    format!("{:.4}", f64::from(y) + fraction)
}

/// Tabs and line breaks would break the row: replace them with spaces.
fn clean_cell(s: &str) -> String {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ")
    } else {
        s.to_string()
    }
}

fn opt<T: Display>(v: &Option<T>) -> String {
    v.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

fn span_cells(span: Option<Span>) -> (String, String) {
    span.map(|[s, e]| (s.to_string(), e.to_string()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_date_matches_day_of_year() {
        assert_eq!(fraction_date(2018, 1, 1), "2018.0000");
        // 2018-07-02 is day 183 of 365: 182 days elapsed.
        assert_eq!(
            fraction_date(2018, 7, 2),
            format!("{:.4}", 2018.0 + 182.0 / 365.0)
        );
        // 2020 is a leap year: 2020-03-01 has 60 days before it.
        assert_eq!(
            fraction_date(2020, 3, 1),
            format!("{:.4}", 2020.0 + 60.0 / 366.0)
        );
    }

    #[test]
    fn partial_dates_split() {
        assert_eq!(date_parts("2018"), Some((2018, None, None)));
        assert_eq!(date_parts("2018-06"), Some((2018, Some(6), None)));
        assert_eq!(date_parts("2018-06-20"), Some((2018, Some(6), Some(20))));
        assert_eq!(date_parts("2018-13"), None);
        assert_eq!(date_parts("18-06"), None);
    }

    #[test]
    fn gdelt_ids_fit_a_signed_bigint() {
        assert_eq!(gdelt_event_id("ffffffffffffffff"), i64::MAX.to_string());
        assert_eq!(gdelt_event_id("0000000000000010"), "16");
        assert_eq!(gdelt_event_id("not-hex"), "");
    }

    #[test]
    fn csv_quoting() {
        let mut out = Vec::new();
        for f in ["plain", "a,b", "say \"hi\"", "two\nlines", " edge"] {
            write_csv_field(&mut out, f).unwrap();
            out.push(b'|');
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\" edge\"|"
        );
    }
}
