//! `dyad eval events`: score coded events against hand-annotated gold.

use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use dyad_event::Event;

#[derive(clap::Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    command: EvalCommand,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Score events (JSONL from `dyad code` or `dyad export --format jsonl`)
    /// against gold events per article: P/R/F1, date and factuality accuracy.
    Events {
        /// Gold events, one article per line (see docs/annotation-guidelines.md).
        #[arg(long)]
        gold: PathBuf,
        /// Event JSONL files (`-` for stdin).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only score events with these factuality values (comma-separated).
        #[arg(long, value_delimiter = ',')]
        factuality: Vec<String>,
    },
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        EvalCommand::Events {
            gold,
            files,
            factuality,
        } => events(&gold, &files, &factuality),
    }
}

fn events(
    gold_path: &PathBuf,
    files: &[PathBuf],
    factuality: &[String],
) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let gold = dyad_eval::parse_gold(&gold_path.display().to_string(), &text)?;
    let mut system: Vec<Event> = Vec::new();
    for file in files {
        let reader = dyad_article::open_input(file)
            .with_context(|| format!("opening {}", file.display()))?;
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{}:{}: read error", file.display(), n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let event: Event = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not an event record", file.display(), n + 1))?;
            let keep = factuality.is_empty()
                || event
                    .factuality
                    .is_some_and(|f| factuality.iter().any(|x| x == f.as_str()));
            if keep {
                system.push(event);
            }
        }
    }
    let s = dyad_eval::score(&gold, &system);
    println!(
        "articles={} gold={} system={} matched={} date_scored={} factuality_scored={}",
        gold.len(),
        s.gold,
        s.system,
        s.matched,
        s.date_gold,
        s.fact_gold
    );
    println!(
        "P={:.3} R={:.3} F1={:.3} date_acc={:.3} fact_acc={:.3}",
        s.precision(),
        s.recall(),
        s.f1(),
        s.date_accuracy(),
        s.factuality_accuracy()
    );
    Ok(ExitCode::SUCCESS)
}
