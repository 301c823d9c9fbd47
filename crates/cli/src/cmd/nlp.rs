//! `dyad nlp …`: segmentation evaluation, tagging/parsing, training, evaluation.
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Subcommand;
use dyad_conllu::Sentence;
use dyad_nlp::eval::{align, flatten, gold_spans, thread_cpu_seconds, Scores};
use dyad_nlp::train::TrainConfig;
use dyad_nlp::Pipeline;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

#[derive(clap::Args)]
pub struct NlpArgs {
    #[command(subcommand)]
    command: NlpCommand,
}

#[derive(Subcommand)]
enum NlpCommand {
    /// Score dyad's segmentation of the raw `# text` of a CoNLL-U file against its gold tokens and sentences.
    SegmentEval {
        /// CoNLL-U file(s) with `# text` comments.
        files: Vec<PathBuf>,
        /// Only documents whose `# newdoc id` starts with this prefix (e.g. GUM_news_).
        #[arg(long)]
        doc_prefix: Option<String>,
    },
    /// Segment, tag, lemmatize and parse raw text; print CoNLL-U.
    Parse {
        /// Text file, or `-` (default) for standard input.
        file: Option<PathBuf>,
        /// Model file (default: the model built into dyad).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Score tagging, lemmas and parsing against a gold CoNLL-U treebank.
    Eval {
        #[arg(long)]
        treebank: PathBuf,
        /// Start from the raw `# text` through dyad's segmenter (aligned F1 scores, CoNLL 2018 style).
        #[arg(long)]
        raw: bool,
        /// Only documents whose `# newdoc id` starts with this prefix (e.g. GUM_news_).
        #[arg(long)]
        doc_prefix: Option<String>,
        /// Model file (default: the model built into dyad).
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Train the tagger, lemmatizer and parser (deterministic).
    Train {
        #[arg(long, default_value = "../shared/data/ud/EWT/en_ewt-ud-train.conllu")]
        train: PathBuf,
        /// Evaluated after training (gold tokenization), if given.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Output directory; the model is written to DIR/en_ewt.bin.
        #[arg(long, default_value = "crates/nlp/model")]
        out: PathBuf,
        #[arg(long)]
        tagger_epochs: Option<usize>,
        #[arg(long)]
        parser_epochs: Option<usize>,
        /// Jackknife folds for the parser's training tags (0 = gold tags).
        #[arg(long)]
        folds: Option<usize>,
        #[arg(long)]
        seed: Option<u64>,
        /// Tagging passes: 2 adds a pass that sees the first pass's
        /// right-context tags (see crates/nlp/README.md).
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
        tagger_passes: Option<u8>,
        /// Parser beam width: 1 = greedy with the dynamic oracle (default);
        /// wider beams train globally and parse with that beam (slower).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..=64))]
        beam: Option<u16>,
        /// Parser with 88 feature templates instead of 65 (more accurate, slower).
        #[arg(long)]
        extended_features: bool,
        /// Tag dictionary: forms seen at least this often with one tag in at
        /// least 99 % of them are tagged without scoring (0 = none, the default).
        #[arg(long)]
        tag_dict_min_count: Option<u32>,
    },
}

pub fn run(args: NlpArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        NlpCommand::SegmentEval { files, doc_prefix } => {
            super::segment::segment_eval(&files, doc_prefix.as_deref())
        }
        NlpCommand::Parse { file, model } => parse(file.as_deref(), model.as_deref()),
        NlpCommand::Eval {
            treebank,
            raw,
            doc_prefix,
            model,
        } => eval(&treebank, raw, doc_prefix.as_deref(), model.as_deref()),
        NlpCommand::Train {
            train,
            dev,
            out,
            tagger_epochs,
            parser_epochs,
            folds,
            seed,
            tagger_passes,
            beam,
            extended_features,
            tag_dict_min_count,
        } => {
            let mut config = TrainConfig::default();
            if let Some(e) = tagger_epochs {
                config.tagger_epochs = e;
            }
            if let Some(e) = parser_epochs {
                config.parser_epochs = e;
            }
            if let Some(f) = folds {
                config.jackknife_folds = f;
            }
            if let Some(s) = seed {
                config.seed = s;
            }
            if let Some(p) = tagger_passes {
                config.two_pass = p == 2;
            }
            if let Some(b) = beam {
                config.parser_beam = b as usize;
            }
            if let Some(n) = tag_dict_min_count {
                config.tag_dict.min_count = n;
            }
            if extended_features {
                config.parser_features = dyad_nlp::parser::EXTENDED_FEATURES;
            }
            train_model(&train, dev.as_deref(), &out, &config)
        }
    }
}

fn load_model(model: Option<&Path>) -> anyhow::Result<Pipeline> {
    Ok(match model {
        Some(p) => Pipeline::load(p)?,
        None => Pipeline::load_embedded()?,
    })
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    Ok(dyad_conllu::read_path(path)?)
}

fn parse(file: Option<&Path>, model: Option<&Path>) -> anyhow::Result<ExitCode> {
    let pipeline = load_model(model)?;
    let mut text = String::new();
    match file {
        None => {
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading standard input")?;
        }
        Some(p) if p == Path::new("-") => {
            std::io::stdin()
                .read_to_string(&mut text)
                .context("reading standard input")?;
        }
        Some(p) => {
            text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (i, sent) in dyad_segment::segment(&text).iter().enumerate() {
        let forms: Vec<&str> = sent.tokens.iter().map(|t| t.text.as_str()).collect();
        let mut parsed = pipeline.parse_tokens(&forms);
        // Words that form one surface token (`does` `n't`) become a multiword token line.
        let mut k = 0;
        while k < sent.tokens.len() {
            let first = k;
            while k + 1 < sent.tokens.len() && sent.tokens[k].joined_to_next {
                k += 1;
            }
            if k > first {
                let (start, end) = (sent.tokens[first].start, sent.tokens[k].end);
                parsed.multiword.push(dyad_conllu::MultiwordToken {
                    first: first + 1,
                    last: k + 1,
                    form: text.get(start..end).unwrap_or("_").to_string(),
                    misc: String::new(),
                });
            }
            k += 1;
        }
        parsed.comments.push(format!("sent_id = {}", i + 1));
        parsed
            .comments
            .push(format!("text = {}", sent.text(&text).replace('\n', " ")));
        dyad_conllu::write_sentence(&mut out, &parsed)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Groups sentences into documents (by `# newdoc`), keeping those whose id has `prefix`.
fn documents<'a>(sents: &'a [Sentence], prefix: Option<&str>) -> Vec<Vec<&'a Sentence>> {
    let mut docs: Vec<(String, Vec<&Sentence>)> = Vec::new();
    for s in sents {
        if let Some(id) = s.newdoc_id() {
            docs.push((id.to_string(), Vec::new()));
        }
        if docs.is_empty() {
            docs.push((String::new(), Vec::new()));
        }
        if let Some(d) = docs.last_mut() {
            d.1.push(s);
        }
    }
    docs.into_iter()
        .filter(|(id, _)| match prefix {
            None => true,
            Some(p) => id.starts_with(p),
        })
        .map(|(_, s)| s)
        .collect()
}

fn eval(
    treebank: &Path,
    raw: bool,
    prefix: Option<&str>,
    model: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let pipeline = load_model(model)?;
    eprintln!("model loaded in {:.3} s", t0.elapsed().as_secs_f64());
    let gold = read_treebank(treebank)?;
    let docs = documents(&gold, prefix);
    let mut scores = Scores::default();
    let mut parse_secs = 0f64;
    let mut parse_cpu = 0f64;
    let mut parsed_words = 0usize;
    for doc in &docs {
        if !raw {
            for g in doc {
                let forms: Vec<&str> = g.words.iter().map(|w| w.form.as_str()).collect();
                let (t, c) = (Instant::now(), thread_cpu_seconds());
                let sys = pipeline.parse_tokens(&forms);
                parse_secs += t.elapsed().as_secs_f64();
                parse_cpu += cpu_since(c);
                parsed_words += forms.len();
                scores.add_same_tokens(g, &sys);
            }
            continue;
        }
        // Raw: rebuild the document text from `# text`, segment and align by characters.
        let mut text = String::new();
        let mut gold_sents = Vec::new();
        let mut offset = 0;
        for g in doc {
            let t = g.text().with_context(|| {
                format!(
                    "{}: sentence {} has no # text",
                    treebank.display(),
                    g.sent_id().unwrap_or("?")
                )
            })?;
            if !text.is_empty() {
                text.push_str(if g.starts_paragraph() { "\n\n" } else { " " });
            }
            text.push_str(t);
            let (spans, end) = gold_spans(g, offset);
            offset = end;
            gold_sents.push(((*g).clone(), spans));
        }
        let mut nonspace_before = Vec::with_capacity(text.len() + 1);
        let mut count = 0;
        for (i, c) in text.char_indices() {
            while nonspace_before.len() <= i {
                nonspace_before.push(count);
            }
            if !c.is_whitespace() {
                count += 1;
            }
        }
        while nonspace_before.len() <= text.len() {
            nonspace_before.push(count);
        }
        let mut sys_sents = Vec::new();
        for s in dyad_segment::segment(&text) {
            let forms: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
            let (t, c) = (Instant::now(), thread_cpu_seconds());
            let parsed = pipeline.parse_tokens(&forms);
            parse_secs += t.elapsed().as_secs_f64();
            parse_cpu += cpu_since(c);
            parsed_words += forms.len();
            let spans = s
                .tokens
                .iter()
                .map(|t| {
                    (
                        nonspace_before[t.start.min(text.len())],
                        nonspace_before[t.end.min(text.len())],
                    )
                })
                .collect();
            sys_sents.push((parsed, spans));
        }
        let g = flatten(&gold_sents);
        let s = flatten(&sys_sents);
        let pairs = align(&g, &s);
        scores.add_aligned(&g, &s, &pairs);
    }
    println!(
        "{} documents, gold words {}, system words {}{}",
        docs.len(),
        scores.gold_words,
        scores.system_words,
        if raw {
            format!(", words F1 {:.2}", scores.words())
        } else {
            String::new()
        }
    );
    let wall_rate = parsed_words as f64 / parse_secs.max(1e-9);
    // On a shared machine wall time includes time other processes held the
    // core; tokens_per_s is per second of this thread's CPU time when known.
    let rate = if parse_cpu > 0.0 {
        parsed_words as f64 / parse_cpu
    } else {
        wall_rate
    };
    println!(
        "LAS with relation subtypes: {:.2}; wall-clock speed {:.0} tokens/s; CPU-time speed {:.0} tokens/s (one thread)",
        scores.las_full(),
        wall_rate,
        rate
    );
    println!(
        "UPOS={:.2} XPOS={:.2} LEMMA={:.2} UAS={:.2} LAS={:.2} tokens_per_s={:.0}",
        scores.upos(),
        scores.xpos(),
        scores.lemma(),
        scores.uas(),
        scores.las(),
        rate
    );
    Ok(ExitCode::SUCCESS)
}

fn cpu_since(start: Option<f64>) -> f64 {
    match (start, thread_cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => 0.0,
    }
}

fn train_model(
    train_path: &Path,
    dev: Option<&Path>,
    out: &Path,
    config: &TrainConfig,
) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let sents = read_treebank(train_path)?;
    eprintln!(
        "training on {} sentences from {} ({config:?})",
        sents.len(),
        train_path.display()
    );
    let bar = ProgressBar::new(1);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>10} [{elapsed_precise}] {wide_bar} {percent}% eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let pipeline = dyad_nlp::train::train(&sents, config, &mut |stage, done, total| {
        bar.set_length(total);
        bar.set_position(done);
        bar.set_message(stage.to_string());
    })?;
    bar.finish();
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let path = out.join("en_ewt.bin");
    pipeline.save(&path)?;
    let size = std::fs::metadata(&path)?.len();
    eprintln!(
        "wrote {} ({:.1} MB) in {:.0} s",
        path.display(),
        size as f64 / 1e6,
        t0.elapsed().as_secs_f64()
    );
    if let Some(dev) = dev {
        eval(dev, false, None, Some(&path))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `dyad bench nlp`.
#[derive(clap::Args)]
pub struct NlpBenchArgs {
    /// Gold-tokenized sentences to tag and parse.
    #[arg(long, default_value = "../shared/data/ud/EWT/en_ewt-ud-test.conllu")]
    treebank: PathBuf,
    /// Passes over the treebank per measurement.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Model file (default: the model built into dyad).
    #[arg(long)]
    model: Option<PathBuf>,
}

pub fn bench(args: NlpBenchArgs) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let pipeline = load_model(args.model.as_deref())?;
    let load = t0.elapsed().as_secs_f64();
    let gold = read_treebank(&args.treebank)?;
    let sents: Vec<Vec<&str>> = gold
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let words: usize = sents.iter().map(|s| s.len()).sum::<usize>() * args.repeat.max(1);
    // Warm-up pass (page in the model, fill per-thread buffers).
    for s in &sents {
        std::hint::black_box(pipeline.parse_tokens(s));
    }
    let (t, c) = (Instant::now(), thread_cpu_seconds());
    for _ in 0..args.repeat.max(1) {
        for s in &sents {
            std::hint::black_box(pipeline.parse_tokens(s));
        }
    }
    let one = words as f64 / t.elapsed().as_secs_f64();
    let cpu = cpu_since(c);
    let threads = rayon::current_num_threads();
    let t = Instant::now();
    for _ in 0..args.repeat.max(1) {
        sents.par_iter().for_each(|s| {
            std::hint::black_box(pipeline.parse_tokens(s));
        });
    }
    let all = words as f64 / t.elapsed().as_secs_f64();
    println!("model load: {load:.3} s");
    println!(
        "sentences: {}, tokens per pass: {}",
        sents.len(),
        words / args.repeat.max(1)
    );
    println!("1 thread: {one:.0} tokens/s wall-clock");
    if cpu > 0.0 {
        println!(
            "1 thread: {:.0} tokens per CPU-second (wall-clock is lower when other processes share the core)",
            words as f64 / cpu
        );
    }
    println!(
        "{threads} threads: {all:.0} tokens/s wall-clock ({:.2}x the single-thread wall-clock speed)",
        all / one
    );
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average during the run: {}", load.trim());
    }
    Ok(ExitCode::SUCCESS)
}
