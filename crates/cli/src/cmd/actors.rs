//! `dyad actors unknown`: names the dictionaries miss, with proposed codes.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use dyad_dict::Dictionaries;
use dyad_nlp::Pipeline;
use dyad_store::Store;

#[derive(clap::Args)]
pub struct ActorsArgs {
    #[command(subcommand)]
    command: ActorsCommand,
}

#[derive(Subcommand)]
enum ActorsCommand {
    /// The most frequent role-introduced names in the store that no dictionary
    /// knows, with a proposed code and an example sentence.
    Unknown {
        /// SQLite store to read.
        #[arg(long, default_value = "dyad.db")]
        db: PathBuf,
        /// How many names to list.
        #[arg(long, default_value_t = 30)]
        limit: usize,
        /// Only names seen at least this often.
        #[arg(long, default_value_t = 1)]
        min_count: usize,
        /// Also write the listed names as a user dictionary (Phoenix actor
        /// format) to this file, for `--user-dictionary`.
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
    },
}

pub fn run(args: ActorsArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        ActorsCommand::Unknown {
            db,
            limit,
            min_count,
            write,
        } => unknown(&db, limit, min_count, write),
    }
}

/// One proposed actor, aggregated over the store.
struct Proposal {
    name: String,
    code: String,
    role: String,
    count: usize,
    example: String,
}

fn unknown(
    db: &std::path::Path,
    limit: usize,
    min_count: usize,
    write: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let store = Store::open_existing(db)?;
    let dicts = Dictionaries::phoenix()?;
    let pipeline = Pipeline::load_embedded().context("loading the embedded parser model")?;
    let total = store.counts()?.sentences;
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(total));
    let mut found: HashMap<(String, String), Proposal> = HashMap::new();
    store.for_each_sentence(|_, date, row| {
        if let Some(b) = &bar {
            b.inc(1);
        }
        let date = date.and_then(dyad_article::parse_date);
        for sentence in dyad_segment::segment(&row.text) {
            let forms: Vec<&str> = sentence.tokens.iter().map(|t| t.text.as_str()).collect();
            let parsed = pipeline.parse_tokens(&forms);
            for u in dyad_discover::discover(&parsed, &dicts, date) {
                let p = found
                    .entry((u.name.clone(), u.proposed_code.clone()))
                    .or_insert_with(|| Proposal {
                        name: u.name.clone(),
                        code: u.proposed_code.clone(),
                        role: u.role.clone(),
                        count: 0,
                        example: row.text.clone(),
                    });
                p.count += 1;
            }
        }
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut list: Vec<Proposal> = found
        .into_values()
        .filter(|p| p.count >= min_count)
        .collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    list.truncate(limit);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "{:>5}  {:<28} {:<10} {:<16} example",
        "count", "name", "code", "role"
    )?;
    for p in &list {
        let example: String = p.example.chars().take(70).collect();
        writeln!(
            out,
            "{:>5}  {:<28} {:<10} {:<16} {example}",
            p.count, p.name, p.code, p.role
        )?;
    }
    if list.is_empty() {
        writeln!(out, "no role-introduced unknown names in {}", db.display())?;
    }
    if let Some(path) = write {
        let mut text = String::from(
            "# dyad user dictionary: provisional actors proposed by `dyad actors unknown`.\n\
             # Phoenix actor format; review the codes, then load with --user-dictionary.\n",
        );
        for p in &list {
            let comment = format!(
                "{} ({} mention{})",
                p.role,
                p.count,
                if p.count == 1 { "" } else { "s" }
            );
            text.push_str(&dyad_discover::phoenix_entry(&p.name, &p.code, &comment));
            text.push('\n');
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("dyad: wrote {} entries to {}", list.len(), path.display());
    }
    Ok(ExitCode::SUCCESS)
}
