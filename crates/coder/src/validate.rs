//! Running PETRARCH validation (unit-test) files.
//!
//! A validation file names its dictionaries in `<Environment>`, sets coder
//! options with `<Config option=".." value=".."/>` (each applies from where
//! it appears on), and gives each `<Sentence>` record its expected codings.
//! A record passes when the SET of produced (source, target, code) triples
//! equals the expected set; `noevents` expects none; `error="…"` expects the
//! coder to reject the record (a discard, an unreadable parse) or to produce
//! nothing. Records with `sentence="false"` are skipped and not scored.
//!
//! The coder runs under `catch_unwind`: a record that makes it panic is a
//! crash, counted, and the run goes on.

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufReader;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use dyad_article::{EventCoding, PetrarchItem, PetrarchReader, PetrarchRecord};
use dyad_dict::{CameoTables, DictTexts, Dictionaries};

use crate::{Coder, CoderOptions, NominalEvents, SentenceContext};

/// Which parse the coder reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseSource {
    /// dyad's segmenter and parser on the record's `<Text>`.
    Own,
    /// The record's Penn Treebank `<Parse>`, converted by [`crate::ptb`].
    Gold,
}

/// Validation settings.
#[derive(Debug, Clone)]
pub struct ValidateOptions {
    /// Where the dictionary files named by `<Environment>` are looked up;
    /// `None`: the copies embedded in dyad.
    pub dict_dir: Option<PathBuf>,
    pub parse: ParseSource,
    /// Record ids whose dependency parses are kept in
    /// [`RecordOutcome::trace`] (CoNLL-U), for debugging.
    pub trace: Vec<String>,
}

/// Result of one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Correct,
    Wrong,
    /// The coder crashed (panicked) or the record could not be coded when
    /// events were expected.
    Error,
    /// `sentence="false"`: not coded, not scored.
    Skipped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Correct => "CORRECT",
            Status::Wrong => "WRONG",
            Status::Error => "ERROR",
            Status::Skipped => "SKIPPED",
        }
    }
}

/// (source, target, code).
pub type Triple = (String, String, String);

/// One record's outcome.
#[derive(Debug, Clone)]
pub struct RecordOutcome {
    pub id: String,
    pub category: String,
    pub status: Status,
    pub expected: BTreeSet<Triple>,
    /// What was expected when not a set of events: `noevents`, `error=..`.
    pub expected_note: Option<String>,
    pub produced: BTreeSet<Triple>,
    /// Crash message or coding error.
    pub note: Option<String>,
    pub crashed: bool,
    /// The parses coded, as CoNLL-U, when the record was traced.
    pub trace: Option<String>,
}

impl RecordOutcome {
    /// One report line.
    pub fn line(&self) -> String {
        let fmt = |s: &BTreeSet<Triple>| {
            let items: Vec<String> = s.iter().map(|(a, b, c)| format!("({a} {b} {c})")).collect();
            format!("[{}]", items.join(" "))
        };
        let expected = match &self.expected_note {
            Some(n) => n.clone(),
            None => fmt(&self.expected),
        };
        let mut line = format!(
            "{:<8} {:<16} cat={:<10} expected={} produced={}",
            self.status.as_str(),
            self.id,
            self.category,
            expected,
            fmt(&self.produced)
        );
        if let Some(n) = &self.note {
            line.push_str(&format!(" note={n:?}"));
        }
        line
    }
}

/// All outcomes of a file.
#[derive(Debug, Clone, Default)]
pub struct ValidationReport {
    pub records: Vec<RecordOutcome>,
    /// Records the reader rejected (file, line, reason).
    pub unreadable: Vec<String>,
}

/// Pass counts of one category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategoryCounts {
    pub scored: usize,
    pub correct: usize,
    pub wrong: usize,
    pub errors: usize,
    pub skipped: usize,
}

impl ValidationReport {
    /// Scored records (all but skipped).
    pub fn scored(&self) -> usize {
        self.records
            .iter()
            .filter(|r| r.status != Status::Skipped)
            .count()
    }

    pub fn passed(&self) -> usize {
        self.records
            .iter()
            .filter(|r| r.status == Status::Correct)
            .count()
    }

    pub fn crashes(&self) -> usize {
        self.records.iter().filter(|r| r.crashed).count()
    }

    /// Pass rate in percent (0 when nothing was scored).
    pub fn pass_rate(&self) -> f64 {
        let scored = self.scored();
        if scored == 0 {
            0.0
        } else {
            100.0 * self.passed() as f64 / scored as f64
        }
    }

    pub fn by_category(&self) -> BTreeMap<String, CategoryCounts> {
        let mut out: BTreeMap<String, CategoryCounts> = BTreeMap::new();
        for r in &self.records {
            let c = out.entry(r.category.clone()).or_default();
            match r.status {
                Status::Correct => c.correct += 1,
                Status::Wrong => c.wrong += 1,
                Status::Error => c.errors += 1,
                Status::Skipped => c.skipped += 1,
            }
            if r.status != Status::Skipped {
                c.scored += 1;
            }
        }
        out
    }

    /// The last line: `passed N of M (P%) crashes=K`.
    pub fn summary(&self) -> String {
        format!(
            "passed {} of {} ({:.1}%) crashes={}",
            self.passed(),
            self.scored(),
            self.pass_rate(),
            self.crashes()
        )
    }
}

/// A validation run that could not start (unreadable file, dictionaries).
#[derive(Debug)]
pub struct ValidateError(pub String);

impl std::fmt::Display for ValidateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValidateError {}

/// Run a validation file. `pipeline` is needed for [`ParseSource::Own`].
pub fn validate_file(
    path: &Path,
    options: &ValidateOptions,
    pipeline: Option<&dyad_nlp::Pipeline>,
) -> Result<ValidationReport, ValidateError> {
    let file =
        std::fs::File::open(path).map_err(|e| ValidateError(format!("{}: {e}", path.display())))?;
    let reader = PetrarchReader::new(BufReader::new(file), path.display().to_string());
    let tables = CameoTables::embedded();
    let mut dicts: Option<Dictionaries> = None;
    // PETRARCH codes from the verb dictionary alone, and the validation
    // dictionaries give verbs codes of their own: no nominal events.
    let no_nominal_events = NominalEvents::default();
    // PETRARCH's records code the statement of a reporting verb as well.
    let mut coder_options = CoderOptions {
        drop_reporting_statements: false,
        news: false,
        provisional_actors: false,
        ..CoderOptions::default()
    };
    let mut report = ValidationReport::default();
    for item in reader {
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                report.unreadable.push(e.to_string());
                continue;
            }
        };
        match item {
            PetrarchItem::Environment(env) => {
                dicts = Some(load_environment(&env, options.dict_dir.as_deref())?);
                for c in &env.configs {
                    apply_config(&mut coder_options, &c.option, &c.value);
                }
            }
            PetrarchItem::Config(c) => apply_config(&mut coder_options, &c.option, &c.value),
            PetrarchItem::Record(record) => {
                if dicts.is_none() {
                    // No <Environment>: the validation set, as PETRARCH's default.
                    dicts = Some(Dictionaries::validation().map_err(|e| {
                        ValidateError(format!("embedded validation dictionaries: {e}"))
                    })?);
                }
                let Some(d) = dicts.as_ref() else { continue };
                let coder = Coder::new(d, &tables, coder_options.clone())
                    .with_nominal_events(&no_nominal_events);
                let trace = options.trace.contains(&record.id);
                report
                    .records
                    .push(run_record(&coder, &record, options.parse, pipeline, trace));
            }
        }
    }
    Ok(report)
}

fn apply_config(options: &mut CoderOptions, option: &str, value: &str) {
    let truthy = matches!(value.trim().to_lowercase().as_str(), "true" | "1" | "yes");
    if option.trim().eq_ignore_ascii_case("require_dyad") {
        options.require_dyad = truthy;
    }
}

/// Load the dictionaries an `<Environment>` names.
fn load_environment(
    env: &dyad_article::Environment,
    dir: Option<&Path>,
) -> Result<Dictionaries, ValidateError> {
    let read = |name: &str| -> Result<(String, String), ValidateError> {
        let name = name.trim();
        if let Some(dir) = dir {
            let path = dir.join(name);
            if path.is_file() {
                return std::fs::read_to_string(&path)
                    .map(|c| (path.display().to_string(), c))
                    .map_err(|e| ValidateError(format!("{}: {e}", path.display())));
            }
        }
        Dictionaries::embedded_file(name)
            .map(|c| (name.to_string(), c.to_string()))
            .ok_or_else(|| {
                ValidateError(format!(
                    "dictionary {name:?} named in <Environment> not found{}",
                    dir.map(|d| format!(" in {}", d.display()))
                        .unwrap_or_default()
                ))
            })
    };
    let verbs = read(
        env.verbfile
            .as_deref()
            .ok_or_else(|| ValidateError("<Environment> names no <Verbfile>".into()))?,
    )?;
    let actors = env
        .actorfiles
        .iter()
        .map(|a| read(a))
        .collect::<Result<Vec<_>, _>>()?;
    let opt = |n: &Option<String>| n.as_deref().map(read).transpose();
    let agents = opt(&env.agentfile)?;
    let discards = opt(&env.discardfile)?;
    let issues = opt(&env.issuefile)?;
    fn pair(p: &(String, String)) -> (&str, &str) {
        (p.0.as_str(), p.1.as_str())
    }
    Dictionaries::from_texts(&DictTexts {
        verbs: pair(&verbs),
        actors: actors.iter().map(pair).collect(),
        agents: agents.as_ref().map(pair),
        discards: discards.as_ref().map(pair),
        issues: issues.as_ref().map(pair),
        prepositions: None,
    })
    .map_err(|e| ValidateError(e.to_string()))
}

fn run_record(
    coder: &Coder<'_>,
    record: &PetrarchRecord,
    parse: ParseSource,
    pipeline: Option<&dyad_nlp::Pipeline>,
    trace: bool,
) -> RecordOutcome {
    let mut expected = BTreeSet::new();
    let mut expected_note = None;
    for c in &record.codings {
        match c {
            EventCoding::Event {
                source,
                target,
                code,
            } => {
                expected.insert((source.clone(), target.clone(), code.clone()));
            }
            EventCoding::NoEvents => expected_note = Some("noevents".to_string()),
            EventCoding::Error(kind) => expected_note = Some(format!("error={kind}")),
        }
    }
    let expects_error = record
        .codings
        .iter()
        .any(|c| matches!(c, EventCoding::Error(_)));
    let mut outcome = RecordOutcome {
        id: record.id.clone(),
        category: record.category.clone().unwrap_or_default(),
        status: Status::Skipped,
        expected,
        expected_note,
        produced: BTreeSet::new(),
        note: None,
        crashed: false,
        trace: None,
    };
    if !record.is_sentence {
        return outcome;
    }
    let mut traced = trace.then(String::new);
    let coded = catch_unwind(AssertUnwindSafe(|| {
        code_record(coder, record, parse, pipeline, traced.as_mut())
    }));
    outcome.trace = traced;
    match coded {
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".into());
            outcome.status = Status::Error;
            outcome.crashed = true;
            outcome.note = Some(format!("crash: {msg}"));
        }
        Ok(Err(reason)) => {
            outcome.note = Some(reason);
            outcome.status = if expects_error || outcome.expected.is_empty() {
                Status::Correct
            } else {
                Status::Error
            };
        }
        Ok(Ok(produced)) => {
            outcome.produced = produced;
            outcome.status = if outcome.produced == outcome.expected {
                Status::Correct
            } else {
                Status::Wrong
            };
        }
    }
    outcome
}

/// Code one record; `Err` when it cannot be coded (discarded, bad parse).
fn code_record(
    coder: &Coder<'_>,
    record: &PetrarchRecord,
    parse: ParseSource,
    pipeline: Option<&dyad_nlp::Pipeline>,
    mut trace: Option<&mut String>,
) -> Result<BTreeSet<Triple>, String> {
    let tracing = trace.is_some();
    let mut keep = |parsed: &dyad_conllu::Sentence| {
        if let Some(t) = trace.as_deref_mut() {
            let mut buf = Vec::new();
            if dyad_conllu::write_sentence(&mut buf, parsed).is_ok() {
                t.push_str(&String::from_utf8_lossy(&buf));
            }
        }
    };
    if coder.is_discarded(&record.text) {
        return Err("discarded".into());
    }
    let events = match parse {
        ParseSource::Gold => {
            let text = record
                .parse
                .as_deref()
                .ok_or_else(|| "record has no <Parse>".to_string())?;
            let parsed = crate::ptb::to_dependencies(text).map_err(|e| e.to_string())?;
            keep(&parsed);
            let ctx = SentenceContext {
                article_id: &record.id,
                sentence_index: 0,
                date: Some(record.date),
                text: &record.text,
                token_spans: &[],
                antecedents: &[],
                article_country: None,
                recent_events: &[],
                disaster: false,
            };
            coder.code_sentence(&parsed, &ctx)
        }
        ParseSource::Own => {
            let pipeline = pipeline.ok_or_else(|| "no parser loaded".to_string())?;
            if tracing {
                for s in dyad_segment::segment(&record.text) {
                    let forms: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
                    keep(&pipeline.parse_tokens(&forms));
                }
            }
            coder
                .code_article(pipeline, &record.id, Some(record.date), &record.text)
                .1
        }
    };
    let code = |a: &Option<dyad_event::ActorRef>| {
        a.as_ref()
            .and_then(|a| a.code.clone())
            .unwrap_or_else(|| "---".to_string())
    };
    Ok(events
        .iter()
        .map(|e| {
            (
                code(&e.source),
                code(&e.target),
                e.cameo.clone().unwrap_or_default(),
            )
        })
        .collect())
}
