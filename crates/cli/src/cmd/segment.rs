//! `dyad segment` and `dyad nlp segment-eval`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use serde::Serialize;

use super::input::{InputArgs, RecordErrors};

#[derive(clap::Args)]
pub struct SegmentArgs {
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Serialize)]
struct SegmentedArticle<'a> {
    id: &'a str,
    date: Option<String>,
    sentences: Vec<SegmentedSentence<'a>>,
}

#[derive(Serialize)]
struct SegmentedSentence<'a> {
    index: usize,
    /// Character offsets into the article text.
    start: usize,
    end: usize,
    text: &'a str,
    tokens: Vec<SegmentedToken<'a>>,
}

#[derive(Serialize)]
struct SegmentedToken<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    joined_to_next: bool,
}

pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = RecordErrors::new(args.input.strict);
    for item in args.input.articles()? {
        let article = match item {
            Ok(a) => a,
            Err(e) => {
                errors.report(&e)?;
                continue;
            }
        };
        let sentences = dyad_segment::segment(&article.text);
        let chars = dyad_segment::CharOffsets::new(&article.text);
        let record = SegmentedArticle {
            id: &article.id,
            date: article.date.map(|d| d.to_string()),
            sentences: sentences
                .iter()
                .enumerate()
                .map(|(index, s)| SegmentedSentence {
                    index,
                    start: chars.char_offset(s.start),
                    end: chars.char_offset(s.end),
                    text: s.text(&article.text),
                    tokens: s
                        .tokens
                        .iter()
                        .map(|t| SegmentedToken {
                            text: &t.text,
                            start: chars.char_offset(t.start),
                            end: chars.char_offset(t.end),
                            joined_to_next: t.joined_to_next,
                        })
                        .collect(),
                })
                .collect(),
        };
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(errors.exit_code())
}

pub fn segment_eval(files: &[PathBuf], doc_prefix: Option<&str>) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(!files.is_empty(), "give at least one CoNLL-U file");
    let mut sentences = Vec::new();
    for file in files {
        sentences.extend(
            dyad_conllu::read_path(file).with_context(|| format!("reading {}", file.display()))?,
        );
    }
    let scores = dyad_segment::eval::evaluate(&sentences, doc_prefix);
    anyhow::ensure!(scores.documents > 0, "no documents matched");
    println!("documents={}", scores.documents);
    for (name, c) in [("tokens", scores.tokens), ("sentences", scores.sentences)] {
        println!(
            "{name}: gold={} system={} correct={} P={:.2} R={:.2} F1={:.2}",
            c.gold,
            c.system,
            c.correct,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    println!(
        "tokens_f1={:.2} sentences_f1={:.2}",
        scores.tokens.f1(),
        scores.sentences.f1()
    );
    Ok(ExitCode::SUCCESS)
}
