//! `dyad events` (query the store) and `dyad export` (dump it as JSONL, CSV or
//! the GDELT 2.0 event table).

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use dyad_event::Factuality;
use dyad_store::{EventQuery, ExportFormat, Store, StoreError, StoredEvent};

/// Rows shown by `--format table` when no `--limit` is given.
const DEFAULT_TABLE_LIMIT: usize = 50;

/// Characters of the sentence shown in the table.
const EXCERPT_CHARS: usize = 70;

#[derive(clap::Args)]
struct FilterArgs {
    /// Store file.
    #[arg(long, default_value = dyad_store::DEFAULT_DB)]
    db: PathBuf,
    /// Source or target actor code starts with CODE (SYR matches SYRGOV).
    #[arg(long, value_name = "CODE")]
    actor: Option<String>,
    /// Source starts with A and target starts with B.
    #[arg(long, value_name = "A,B")]
    dyad: Option<String>,
    /// Two-digit CAMEO root code.
    #[arg(long, value_name = "NN")]
    root: Option<String>,
    /// CAMEO event code prefix (05 matches 054).
    #[arg(long, value_name = "CODE")]
    code: Option<String>,
    /// Events on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (partial
    /// event dates count when they overlap).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Events on or before this date (same forms as --since).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Comma-separated: asserted, reported, planned, hypothetical, negated,
    /// or `all`. `dyad events` shows asserted and reported events unless
    /// told otherwise (what happened, not what was planned or denied);
    /// `dyad export` exports all.
    #[arg(long, value_name = "LIST")]
    factuality: Option<String>,
    /// Where the event happened: a country code (SYR: anywhere in Syria)
    /// or a place name (Moscow).
    #[arg(long, value_name = "CODE|NAME")]
    place: Option<String>,
    /// At most N events.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

impl FilterArgs {
    fn query(&self) -> anyhow::Result<EventQuery> {
        let dyad = match &self.dyad {
            None => None,
            Some(d) => {
                let (a, b) = d
                    .split_once(',')
                    .with_context(|| format!("--dyad {d:?}: expected SOURCE,TARGET"))?;
                Some((a.trim().to_string(), b.trim().to_string()))
            }
        };
        let factuality = match &self.factuality {
            None => None,
            Some(all) if all.trim().eq_ignore_ascii_case("all") => None,
            Some(list) => Some(
                list.split(',')
                    .map(|f| {
                        let f = f.trim().to_ascii_lowercase();
                        Factuality::parse(&f).with_context(|| {
                            format!(
                                "--factuality {f:?}: expected asserted, reported, planned, \
                                 hypothetical or negated"
                            )
                        })
                    })
                    .collect::<anyhow::Result<Vec<_>>>()?,
            ),
        };
        Ok(EventQuery {
            actor: self.actor.clone(),
            dyad,
            root: self.root.clone(),
            code: self.code.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            factuality,
            place: self.place.clone(),
            limit: self.limit,
        })
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum EventsFormat {
    Table,
    Jsonl,
    Csv,
}

#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format. `table` shows the first 50 events unless --limit is given.
    #[arg(long, value_enum, default_value = "table")]
    format: EventsFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormatArg {
    Jsonl,
    Csv,
    Gdelt,
}

impl From<ExportFormatArg> for ExportFormat {
    fn from(f: ExportFormatArg) -> Self {
        match f {
            ExportFormatArg::Jsonl => ExportFormat::Jsonl,
            ExportFormatArg::Csv => ExportFormat::Csv,
            ExportFormatArg::Gdelt => ExportFormat::Gdelt,
        }
    }
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// jsonl: the full event records; csv: flat columns with a header;
    /// gdelt: the 61 tab-separated columns of the GDELT 2.0 event table.
    #[arg(long, value_enum)]
    format: ExportFormatArg,
    /// Write here instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.filter.db)?;
    let mut query = args.filter.query()?;
    if args.filter.factuality.is_none() {
        query.factuality = Some(vec![Factuality::Asserted, Factuality::Reported]);
    }
    match args.format {
        EventsFormat::Jsonl => stream(&store, &query, ExportFormat::Jsonl, io::stdout().lock()),
        EventsFormat::Csv => stream(&store, &query, ExportFormat::Csv, io::stdout().lock()),
        EventsFormat::Table => {
            let limit = query.limit.unwrap_or(DEFAULT_TABLE_LIMIT);
            // One more than shown, to know whether to say there are more.
            query.limit = Some(limit.saturating_add(1));
            let mut rows = Vec::new();
            store.for_each_event(&query, |e| {
                rows.push(table_row(&e));
                Ok(())
            })?;
            let more = rows.len() > limit;
            rows.truncate(limit);
            let shown = rows.len();
            match print_table(TABLE_HEADER, rows, io::stdout().lock()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                other => other.context("writing to standard output")?,
            }
            if shown == 0 {
                eprintln!("dyad events: no events match");
            } else if more {
                eprintln!("dyad events: showing the first {shown}; use --limit N for more");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.filter.db)?;
    let query = args.filter.query()?;
    let format = ExportFormat::from(args.format);
    match &args.output {
        None => stream(&store, &query, format, io::stdout().lock()),
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
            let n = store
                .export(&query, format, file)
                .with_context(|| format!("{}: export failed", path.display()))?;
            eprintln!("dyad export: {n} events written to {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PeriodArg {
    Year,
    Month,
    Day,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LevelArg {
    /// Country (or IGO/NGO) root: SYR for SYRGOV.
    Country,
    /// Full actor codes.
    Code,
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Group events by year, month or day (an event dated more coarsely
    /// keeps its own coarser period).
    #[arg(long, value_enum, default_value = "month")]
    by: PeriodArg,
    /// Dyads by country or by full actor code.
    #[arg(long, value_enum, default_value = "country")]
    level: LevelArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: EventsFormat,
}

const TIMELINE_HEADER: [&str; 10] = [
    "period",
    "source",
    "target",
    "events",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "goldstein",
    "top_code",
];

/// `dyad timeline`: events per period and dyad, by quad class, with the mean
/// Goldstein score.
pub fn timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    use dyad_store::timeline::{Level, Period};
    let store = open(&args.filter.db)?;
    let mut query = args.filter.query()?;
    if args.filter.factuality.is_none() {
        query.factuality = Some(vec![Factuality::Asserted, Factuality::Reported]);
    }
    let period = match args.by {
        PeriodArg::Year => Period::Year,
        PeriodArg::Month => Period::Month,
        PeriodArg::Day => Period::Day,
    };
    let level = match args.level {
        LevelArg::Country => Level::Country,
        LevelArg::Code => Level::Code,
    };
    let mut rows = store.timeline(&query, period, level)?;
    if let Some(n) = args.filter.limit {
        rows.truncate(n);
    }
    if rows.is_empty() {
        eprintln!("dyad timeline: no events match");
        return Ok(ExitCode::SUCCESS);
    }
    let cells: Vec<[String; 10]> = rows
        .iter()
        .map(|r| {
            [
                r.period.clone(),
                r.source.clone(),
                r.target.clone(),
                r.events.to_string(),
                r.verbal_cooperation.to_string(),
                r.material_cooperation.to_string(),
                r.verbal_conflict.to_string(),
                r.material_conflict.to_string(),
                r.goldstein_mean
                    .map(|g| format!("{g:.1}"))
                    .unwrap_or_else(|| "-".into()),
                r.top_code.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    let mut out = io::stdout().lock();
    let written = match args.format {
        EventsFormat::Table => print_table(TIMELINE_HEADER, cells, &mut out),
        EventsFormat::Csv => (|| {
            writeln!(out, "{}", TIMELINE_HEADER.join(","))?;
            for row in &cells {
                writeln!(out, "{}", row.join(","))?;
            }
            Ok(())
        })(),
        EventsFormat::Jsonl => (|| {
            for r in &rows {
                let v = serde_json::json!({
                    "period": r.period,
                    "source": r.source,
                    "target": r.target,
                    "events": r.events,
                    "verbal_cooperation": r.verbal_cooperation,
                    "material_cooperation": r.material_cooperation,
                    "verbal_conflict": r.verbal_conflict,
                    "material_conflict": r.material_conflict,
                    "goldstein_mean": r.goldstein_mean,
                    "top_code": r.top_code,
                });
                writeln!(out, "{v}")?;
            }
            Ok(())
        })(),
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other.context("writing to standard output")?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Open an existing store; never creates one on a query.
fn open(db: &Path) -> anyhow::Result<Store> {
    Ok(Store::open_existing(db)?)
}

/// Write all matching events to standard output; a closed pipe (`| head`)
/// ends the output quietly.
fn stream(
    store: &Store,
    query: &EventQuery,
    format: ExportFormat,
    out: impl Write,
) -> anyhow::Result<ExitCode> {
    match store.export(query, format, out) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(StoreError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.into()),
    }
}

const TABLE_HEADER: [&str; 6] = [
    "date",
    "source",
    "target",
    "cameo",
    "factuality",
    "sentence",
];

fn table_row(stored: &StoredEvent) -> [String; 6] {
    let e = &stored.event;
    let code = |a: &Option<dyad_event::ActorRef>| {
        a.as_ref()
            .and_then(|a| a.code.clone())
            .unwrap_or_else(|| "-".into())
    };
    [
        e.date.clone().unwrap_or_else(|| "-".into()),
        code(&e.source),
        // "↔" marks a mutual act, stored once.
        if e.mutual {
            format!("↔ {}", code(&e.target))
        } else {
            code(&e.target)
        },
        e.cameo.clone().unwrap_or_else(|| "-".into()),
        e.factuality
            .map(|f| f.as_str().to_string())
            .unwrap_or_else(|| "-".into()),
        excerpt(&e.sentence, EXCERPT_CHARS),
    ]
}

/// The sentence on one line, cut to `max` characters with an ellipsis.
fn excerpt(sentence: &str, max: usize) -> String {
    let flat = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

fn print_table<const N: usize>(
    header: [&str; N],
    rows: Vec<[String; N]>,
    out: impl Write,
) -> io::Result<()> {
    let mut out = io::BufWriter::new(out);
    if rows.is_empty() {
        return Ok(());
    }
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let header = header.map(str::to_string);
    for row in std::iter::once(&header).chain(&rows) {
        let last = row.len() - 1;
        for (i, cell) in row.iter().enumerate() {
            if i == last {
                writeln!(out, "{cell}")?;
            } else {
                let pad = widths[i] - cell.chars().count();
                write!(out, "{cell}{:pad$}  ", "")?;
            }
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_flattens_and_cuts_on_characters() {
        assert_eq!(excerpt("a\n b\t c", 10), "a b c");
        assert_eq!(excerpt("Zürich Zürich Zürich", 8), "Zürich …");
    }

    #[test]
    fn table_columns_line_up() {
        let rows = vec![
            [
                "2018-06-20".into(),
                "SYRGOV".into(),
                "USA".into(),
                "042".into(),
                "asserted".into(),
                "x".into(),
            ],
            [
                "-".into(),
                "IGOUNO".into(),
                "SYRREBMIL".into(),
                "0871".into(),
                "-".into(),
                "y".into(),
            ],
        ];
        let mut out = Vec::new();
        print_table(TABLE_HEADER, rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        let sentence_col = lines[0].find("sentence").unwrap();
        assert_eq!(lines[1].len() - 1, sentence_col);
        assert_eq!(lines[2].len() - 1, sentence_col);
    }

    fn filter(db: &Path) -> FilterArgs {
        FilterArgs {
            db: db.to_path_buf(),
            actor: None,
            dyad: None,
            root: None,
            code: None,
            since: None,
            until: None,
            factuality: None,
            place: None,
            limit: None,
        }
    }

    #[test]
    fn queries_never_create_a_store() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("absent.db");
        let err = events(EventsArgs {
            filter: filter(&db),
            format: EventsFormat::Table,
        })
        .unwrap_err();
        assert!(err.to_string().contains("absent.db"), "{err}");
        let err = export(ExportArgs {
            filter: filter(&db),
            format: ExportFormatArg::Gdelt,
            output: None,
        })
        .unwrap_err();
        assert!(err.to_string().contains("no such store"), "{err}");
        assert!(!db.exists());
    }

    #[test]
    fn export_writes_the_filtered_events_to_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("dyad.db");
        let mut store = Store::open(&db).unwrap();
        let article =
            dyad_article::Article::new("a1", None, "Syria met the US. Russia shelled Aleppo.");
        let mk = |i: usize, src: &str, tgt: &str, code: &str| {
            dyad_event::Event {
                article_id: "a1".into(),
                sentence_index: i,
                sentence: "s".into(),
                source: Some(dyad_event::ActorRef::from_code(src, None)),
                target: Some(dyad_event::ActorRef::from_code(tgt, None)),
                cameo: Some(code.into()),
                root: Some(code[..2].into()),
                ..Default::default()
            }
            .with_id()
        };
        let evs = [
            mk(0, "SYRGOV", "USAGOV", "040"),
            mk(1, "RUSMIL", "SYRREB", "190"),
        ];
        store.ingest(&article, &[], &evs).unwrap();
        drop(store);
        let out = dir.path().join("out.tsv");
        let mut f = filter(&db);
        f.root = Some("19".into());
        export(ExportArgs {
            filter: f,
            format: ExportFormatArg::Gdelt,
            output: Some(out.clone()),
        })
        .unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].split('\t').count(), 61);
        assert!(lines[0].contains("RUSMIL"));
    }

    #[test]
    fn bad_filter_values_are_errors() {
        let base = || filter(Path::new("x"));
        let mut f = base();
        f.dyad = Some("SYR".into());
        assert!(f.query().is_err());
        let mut f = base();
        f.factuality = Some("asserted,maybe".into());
        assert!(f.query().unwrap_err().to_string().contains("maybe"));
        let mut f = base();
        f.factuality = Some("all".into());
        assert_eq!(f.query().unwrap().factuality, None);
        let mut f = base();
        f.factuality = Some("Asserted, negated".into());
        assert_eq!(
            f.query().unwrap().factuality,
            Some(vec![Factuality::Asserted, Factuality::Negated])
        );
    }
}
