//! `dyad code`, `dyad ingest`, `dyad validate`, `dyad bench code`: the event
//! coder (crates/coder) over article streams, the store and PETRARCH
//! validation files.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use dyad_article::Article;
use dyad_coder::validate::{validate_file, ParseSource, ValidateOptions};
use dyad_coder::{CodedSentence, Coder, CoderOptions};
use dyad_dict::{CameoTables, Dictionaries};
use dyad_event::Event;
use dyad_nlp::Pipeline;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::input::{InputArgs, RecordErrors};

/// Articles coded in parallel per batch; output order stays input order.
const BATCH: usize = 64;

#[derive(clap::Args)]
pub struct CodeArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    coding: CodingArgs,
}

#[derive(clap::Args, Clone)]
struct CodingArgs {
    /// Directory with the Phoenix dictionary files (default: the embedded set).
    #[arg(long, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Also emit events with only a source or only a target.
    #[arg(long)]
    allow_monads: bool,
    /// Parser model file (default: the embedded model).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// A user actor dictionary (Phoenix actor format, e.g. written by
    /// `dyad actors unknown --write`), loaded after the standard ones so
    /// that its entries win (repeatable).
    #[arg(long = "user-dictionary", value_name = "FILE")]
    user_dictionaries: Vec<PathBuf>,
    /// Print to standard error how each sentence is coded: its parse, the
    /// dictionary entries and patterns used, the actors found and why a
    /// candidate event was dropped (one thread, so the trace stays in order).
    #[arg(long)]
    explain: bool,
}

#[derive(clap::Args)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    coding: CodingArgs,
    /// SQLite database to write.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ParseChoice {
    /// dyad's own segmenter and parser on the record text.
    Own,
    /// The record's Penn Treebank parse, converted to dependencies.
    Gold,
}

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// A PETRARCH validation file (e.g. PETR.UnitTest.records.xml).
    file: PathBuf,
    /// Directory holding the dictionary files the file's <Environment> names
    /// (default: the copies embedded in dyad).
    #[arg(long, value_name = "DIR")]
    dictionaries: Option<PathBuf>,
    /// Which parse to code from.
    #[arg(long, value_enum, default_value = "own")]
    parse: ParseChoice,
    /// Print the dependency parse (CoNLL-U) coded for this record id
    /// (repeatable).
    #[arg(long, value_name = "ID")]
    trace: Vec<String>,
    /// Parser model file for `--parse own` (default: the embedded model).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct CodeBenchArgs {
    /// Minimum number of sentences in the benchmark corpus.
    #[arg(long, default_value_t = 20_000)]
    sentences: usize,
    /// Articles to repeat (JSONL); default: examples/wikinews-sample.jsonl,
    /// else a built-in paragraph.
    #[arg(long)]
    sample: Option<PathBuf>,
    /// Parser model file (default: the embedded model).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
}

/// The dictionaries of `dir` (default: the embedded Phoenix set) plus the
/// user actor files, loaded last. A malformed line is an error naming its
/// file and line.
fn load_dictionaries(dir: Option<&Path>, user: &[PathBuf]) -> anyhow::Result<Dictionaries> {
    Ok(match dir {
        Some(d) => Dictionaries::from_dir_with_actors(d, user)?,
        None => {
            let texts: Vec<(String, String)> = user
                .iter()
                .map(|p| {
                    std::fs::read_to_string(p)
                        .map(|content| (p.display().to_string(), content))
                        .with_context(|| format!("reading the user dictionary {}", p.display()))
                })
                .collect::<anyhow::Result<_>>()?;
            let pairs: Vec<(&str, &str)> = texts
                .iter()
                .map(|(name, content)| (name.as_str(), content.as_str()))
                .collect();
            Dictionaries::phoenix_with_actors(&pairs)?
        }
    })
}

/// The dictionaries and the parser model, loaded on two threads (they are
/// independent and each takes a few hundred milliseconds).
fn load_coding_resources(coding: &CodingArgs) -> anyhow::Result<(Dictionaries, Pipeline)> {
    std::thread::scope(|scope| {
        let model = scope.spawn(|| load_pipeline(coding.model.as_deref()));
        let dicts = load_dictionaries(coding.dictionaries.as_deref(), &coding.user_dictionaries);
        let pipeline = model
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Ok((dicts?, pipeline?))
    })
}

fn load_pipeline(model: Option<&Path>) -> anyhow::Result<Pipeline> {
    match model {
        Some(p) => {
            Pipeline::load(p).with_context(|| format!("loading the parser model {}", p.display()))
        }
        None => Pipeline::load_embedded().context("loading the embedded parser model"),
    }
}

fn thread_pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n.max(1));
    }
    Ok(builder.build()?)
}

fn progress_bar() -> Option<ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {pos} articles {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    Some(bar)
}

type Coded = (Article, Vec<CodedSentence>, Vec<Event>);

/// Read articles in batches, code each batch in parallel, hand the results
/// to `sink` in input order.
fn code_stream(
    input: &InputArgs,
    coding: &CodingArgs,
    mut sink: impl FnMut(Coded) -> anyhow::Result<()>,
) -> anyhow::Result<RecordErrors> {
    let (dicts, pipeline) = load_coding_resources(coding)?;
    let tables = CameoTables::embedded();
    let options = CoderOptions {
        require_dyad: !coding.allow_monads,
        explain: coding.explain,
        ..CoderOptions::default()
    };
    let coder = Coder::new(&dicts, &tables, options);
    let pool = thread_pool(if coding.explain {
        Some(1)
    } else {
        coding.threads
    })?;
    let bar = progress_bar();
    let mut errors = RecordErrors::new(input.strict);
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut run_batch = |batch: &mut Vec<Article>| -> anyhow::Result<()> {
        let coded: Vec<Coded> = pool.install(|| {
            std::mem::take(batch)
                .into_par_iter()
                .map(|a| {
                    let (sentences, events) = coder.code_article_titled(
                        &pipeline,
                        &a.id,
                        a.date,
                        a.title.as_deref(),
                        &a.text,
                    );
                    (a, sentences, events)
                })
                .collect()
        });
        let n = coded.len() as u64;
        for c in coded {
            sink(c)?;
        }
        if let Some(b) = &bar {
            b.inc(n);
        }
        Ok(())
    };
    for item in input.articles()? {
        match item {
            Ok(a) => {
                batch.push(a);
                if batch.len() >= BATCH {
                    run_batch(&mut batch)?;
                }
            }
            Err(e) => errors.report(&e)?,
        }
    }
    run_batch(&mut batch)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(errors)
}

pub fn code(args: CodeArgs) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let errors = code_stream(&args.input, &args.coding, |(_, _, events)| {
        for e in &events {
            writeln!(out, "{}", e.to_json_line())?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(errors.exit_code())
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store = dyad_store::Store::open(&args.db)
        .with_context(|| format!("opening {}", args.db.display()))?;
    let (mut inserted, mut unchanged, mut replaced, mut events_total) = (0u64, 0u64, 0u64, 0u64);
    let errors = code_stream(&args.input, &args.coding, |(article, sentences, events)| {
        let rows: Vec<dyad_store::SentenceRow> = sentences
            .into_iter()
            .map(|s| dyad_store::SentenceRow {
                index: s.index,
                start: s.start,
                end: s.end,
                text: s.text,
            })
            .collect();
        let outcome = store
            .ingest(&article, &rows, &events)
            .with_context(|| format!("storing article {}", article.id))?;
        match outcome {
            dyad_store::IngestOutcome::Inserted => inserted += 1,
            dyad_store::IngestOutcome::Unchanged => unchanged += 1,
            dyad_store::IngestOutcome::Replaced => replaced += 1,
        }
        if outcome != dyad_store::IngestOutcome::Unchanged {
            events_total += events.len() as u64;
        }
        Ok(())
    })?;
    println!(
        "articles: inserted={inserted} unchanged={unchanged} replaced={replaced} rejected={}; events written={events_total}; db={}",
        errors.count(),
        args.db.display()
    );
    Ok(errors.exit_code())
}

pub fn validate(args: ValidateArgs) -> anyhow::Result<ExitCode> {
    let parse = match args.parse {
        ParseChoice::Own => ParseSource::Own,
        ParseChoice::Gold => ParseSource::Gold,
    };
    let pipeline = match parse {
        ParseSource::Own => Some(load_pipeline(args.model.as_deref())?),
        ParseSource::Gold => None,
    };
    let options = ValidateOptions {
        dict_dir: args.dictionaries.clone(),
        parse,
        trace: args.trace.clone(),
    };
    // Crashes are reported in the table; keep the default hook from
    // printing a backtrace per record.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let report = validate_file(&args.file, &options, pipeline.as_ref());
    std::panic::set_hook(previous_hook);
    let report = report?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for bad in &report.unreadable {
        writeln!(out, "UNREADABLE {bad}")?;
    }
    for r in &report.records {
        writeln!(out, "{}", r.line())?;
        if let Some(t) = &r.trace {
            write!(out, "{t}")?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<12} {:>6} {:>7} {:>5} {:>5} {:>7} {:>6}",
        "category", "scored", "correct", "wrong", "error", "skipped", "pass%"
    )?;
    for (cat, c) in report.by_category() {
        let pct = if c.scored == 0 {
            0.0
        } else {
            100.0 * c.correct as f64 / c.scored as f64
        };
        writeln!(
            out,
            "{:<12} {:>6} {:>7} {:>5} {:>5} {:>7} {:>6.1}",
            cat, c.scored, c.correct, c.wrong, c.errors, c.skipped, pct
        )?;
    }
    writeln!(out, "{}", report.summary())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Used when the bundled sample is absent.
const BUILT_IN_PARAGRAPH: &str =
    "Syria recognised the independence of Abkhazia and South Ossetia on Tuesday. \
The Russian foreign minister met his Chinese counterpart in Beijing to discuss trade. \
Police arrested dozens of protesters in Cairo after clashes with security forces. \
The United Nations condemned the attack on the convoy, which killed 12 civilians. \
Israel did not accept the proposal, a senior official said.";

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn sample_articles(path: Option<&Path>) -> anyhow::Result<Vec<Article>> {
    let default =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/wikinews-sample.jsonl");
    let path = match path {
        Some(p) => Some(p.to_path_buf()),
        None => Some(PathBuf::from("examples/wikinews-sample.jsonl"))
            .filter(|p| p.is_file())
            .or_else(|| Some(default).filter(|p| p.is_file())),
    };
    let mut articles = Vec::new();
    if let Some(p) = path {
        for item in dyad_article::read_articles(
            std::slice::from_ref(&p),
            dyad_article::ReadOptions::default(),
        ) {
            match item {
                Ok(a) => articles.push(a),
                Err(e) => eprintln!("dyad: skipping sample record: {e}"),
            }
        }
        eprintln!("sample: {} ({} articles)", p.display(), articles.len());
    }
    if articles.is_empty() {
        eprintln!("sample: built-in paragraph");
        articles.push(Article::new(
            "builtin",
            chrono::NaiveDate::from_ymd_opt(2008, 8, 26),
            BUILT_IN_PARAGRAPH,
        ));
    }
    Ok(articles)
}

pub fn bench(args: CodeBenchArgs) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let (dicts, pipeline) = load_coding_resources(&CodingArgs {
        dictionaries: None,
        threads: None,
        allow_monads: false,
        model: args.model.clone(),
        user_dictionaries: Vec::new(),
        explain: false,
    })?;
    let tables = CameoTables::embedded();
    let load_s = t0.elapsed().as_secs_f64();
    let coder = Coder::new(&dicts, &tables, CoderOptions::default());
    let sample = sample_articles(args.sample.as_deref())?;
    let per_round: usize = sample
        .iter()
        .map(|a| dyad_segment::segment(&a.text).len())
        .sum();
    anyhow::ensure!(per_round > 0, "the benchmark sample has no sentences");
    let rounds = args.sentences.div_ceil(per_round);
    let corpus: Vec<Article> = (0..rounds)
        .flat_map(|r| {
            sample.iter().map(move |a| {
                let mut a = a.clone();
                a.id = format!("{}#{r}", a.id);
                a
            })
        })
        .collect();
    let sentences = per_round * rounds;
    eprintln!(
        "corpus: {} articles, {sentences} sentences; load {load_s:.2}s",
        corpus.len()
    );
    let code_one = |a: &Article| -> (usize, usize) {
        let (s, events) =
            coder.code_article_titled(&pipeline, &a.id, a.date, a.title.as_deref(), &a.text);
        let mut sink = std::io::sink();
        for e in &events {
            // JSONL to a sink: serialisation is part of the measured work.
            let _ = writeln!(sink, "{}", e.to_json_line());
        }
        (s.len(), events.len())
    };
    let t1 = Instant::now();
    let (mut n_sent, mut n_events) = (0, 0);
    for a in &corpus {
        let (s, e) = code_one(a);
        n_sent += s;
        n_events += e;
    }
    let single = t1.elapsed().as_secs_f64();
    println!(
        "single-thread: {n_sent} sentences, {n_events} events in {single:.2}s: sentences_per_s={:.0} articles_per_s={:.1}",
        n_sent as f64 / single,
        corpus.len() as f64 / single
    );
    let threads = rayon::current_num_threads();
    let t2 = Instant::now();
    let (par_sent, par_events) = corpus
        .par_iter()
        .map(code_one)
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let multi = t2.elapsed().as_secs_f64();
    println!(
        "all cores ({threads} threads): {par_sent} sentences, {par_events} events in {multi:.2}s"
    );
    println!(
        "sentences_per_s={:.0} articles_per_s={:.1} peak_rss_mb={:.0} load_s={load_s:.2}",
        par_sent as f64 / multi,
        corpus.len() as f64 / multi,
        peak_rss_mb().unwrap_or(f64::NAN)
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::{ptb, SentenceContext};

    fn write_temp(content: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().expect("temp file");
        f.write_all(content.as_bytes()).expect("write temp file");
        f
    }

    /// Triples coded for "The Qarvendi Front attacked Turkey." (a name
    /// absent from the Phoenix dictionaries) with the given dictionaries.
    fn code_qarvendi(dicts: &Dictionaries) -> Vec<(String, String, String)> {
        let tables = CameoTables::embedded();
        let coder = Coder::new(dicts, &tables, CoderOptions::default());
        let parsed = ptb::to_dependencies(
            "(ROOT (S (NP (DT The) (NNP Qarvendi) (NNP Front)) \
             (VP (VBD attacked) (NP (NNP Turkey))) (. .)))",
        )
        .expect("test tree parses");
        let ctx = SentenceContext {
            article_id: "t",
            sentence_index: 0,
            date: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
            text: "The Qarvendi Front attacked Turkey.",
            token_spans: &[],
            antecedents: &[],
            article_country: None,
            recent_events: &[],
            disaster: false,
        };
        let code = |a: &Option<dyad_event::ActorRef>| {
            a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default()
        };
        coder
            .code_sentence(&parsed, &ctx)
            .iter()
            .map(|e| {
                (
                    code(&e.source),
                    code(&e.target),
                    e.cameo.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_user_dictionary_makes_an_unknown_name_code() {
        let plain = load_dictionaries(None, &[]).expect("embedded dictionaries");
        let before = code_qarvendi(&plain);
        assert!(
            !before.iter().any(|(s, _, _)| s == "SYRREB"),
            "unknown before: {before:?}"
        );
        let file = write_temp("# test\nQARVENDI_FRONT_ [SYRREB]  # provisional: test\n");
        let user = load_dictionaries(None, &[file.path().to_path_buf()]).expect("user dictionary");
        let after = code_qarvendi(&user);
        assert!(
            after.iter().any(|(s, t, _)| s == "SYRREB" && t == "TUR"),
            "coded with the user dictionary: {after:?}"
        );
    }

    #[test]
    fn a_malformed_user_dictionary_names_file_and_line() {
        let file = write_temp("# test\nGOOD_NAME_ [SYRREB]\nBROKEN_NAME_ [SYR\n");
        let err = load_dictionaries(None, &[file.path().to_path_buf()])
            .expect_err("malformed file rejected")
            .to_string();
        let name = file.path().display().to_string();
        assert!(err.contains(&format!("{name}:3")), "{err}");
    }

    #[test]
    fn a_missing_user_dictionary_is_an_error_naming_it() {
        let err = load_dictionaries(None, &[PathBuf::from("/nonexistent/user.txt")])
            .expect_err("missing file rejected");
        assert!(
            format!("{err:#}").contains("/nonexistent/user.txt"),
            "{err:#}"
        );
    }
}
