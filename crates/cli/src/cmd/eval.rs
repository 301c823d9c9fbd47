//! `dyad eval events` (coded events against hand-annotated gold) and
//! `dyad eval petrarch` (dyad's events side by side with PETRARCH2's).

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use dyad_event::{ActorRef, Event};

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
        /// List, per article, the gold events missed, the system events that
        /// matched nothing, and matched events with another date or factuality.
        #[arg(long)]
        errors: bool,
    },
    /// Compare dyad's events with PETRARCH2's on the same sentences
    /// (`petrarch2_gigaword_events.tsv`): agreement on (sentence, source,
    /// target, CAMEO code) triples, and every disagreement listed for review.
    Petrarch {
        /// PETRARCH2's events: TSV with date, source, target, code, issues, sentence id, ...
        #[arg(long)]
        reference: PathBuf,
        /// dyad's event JSONL for the same input (`dyad code FILE.xml`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        EvalCommand::Events {
            gold,
            files,
            factuality,
            errors,
        } => events(&gold, &files, &factuality, errors),
        EvalCommand::Petrarch { reference, files } => petrarch(&reference, &files),
    }
}

/// Read event JSONL files, keeping only the given factuality values (all when empty).
fn read_events(files: &[PathBuf], factuality: &[String]) -> anyhow::Result<Vec<Event>> {
    let mut out = Vec::new();
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
                out.push(event);
            }
        }
    }
    Ok(out)
}

fn events(
    gold_path: &Path,
    files: &[PathBuf],
    factuality: &[String],
    errors: bool,
) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let gold = dyad_eval::parse_gold(&gold_path.display().to_string(), &text)?;
    let system = read_events(files, factuality)?;
    let (s, alignments) = dyad_eval::align(&gold, &system);
    if errors {
        print_errors(&gold, &system, &alignments);
    }
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

/// The error listing of `dyad eval events --errors`, one block per article.
fn print_errors(
    gold: &[dyad_eval::GoldArticle],
    system: &[Event],
    alignments: &[dyad_eval::ArticleAlignment],
) {
    let code = |a: &Option<ActorRef>| {
        a.as_ref()
            .and_then(|a| a.code.clone())
            .unwrap_or_else(|| "-".into())
    };
    let sys_line = |e: &Event| {
        format!(
            "{} {} {} {} {} | {}",
            code(&e.source),
            code(&e.target),
            e.cameo.as_deref().unwrap_or("-"),
            e.date.as_deref().unwrap_or("-"),
            e.factuality.map(|f| f.as_str()).unwrap_or("-"),
            e.sentence
        )
    };
    for (article, al) in gold.iter().zip(alignments) {
        if al.missed.is_empty() && al.spurious.is_empty() {
            continue;
        }
        println!("== {}", al.article_id);
        for &(gi, si) in &al.matched {
            let (g, e) = (&article.events[gi], &system[si]);
            let date_ok = g.date.is_none() || g.date == e.date;
            let fact_ok = g.factuality.is_none()
                || g.factuality.as_deref() == e.factuality.map(|f| f.as_str());
            if !date_ok || !fact_ok {
                println!(
                    "  ~ {} {} {} gold {} {} / system {} {}",
                    g.source,
                    g.target,
                    g.root,
                    g.date.as_deref().unwrap_or("-"),
                    g.factuality.as_deref().unwrap_or("-"),
                    e.date.as_deref().unwrap_or("-"),
                    e.factuality.map(|f| f.as_str()).unwrap_or("-")
                );
            }
        }
        for &gi in &al.missed {
            let g = &article.events[gi];
            println!(
                "  - {} {} {} {} {} | {}",
                g.source,
                g.target,
                g.root,
                g.date.as_deref().unwrap_or("-"),
                g.factuality.as_deref().unwrap_or("-"),
                g.sentence.as_deref().unwrap_or("")
            );
        }
        for &si in &al.spurious {
            println!("  + {}", sys_line(&system[si]));
        }
    }
}

/// (source code, target code, CAMEO code).
type Triple = (String, String, String);

fn petrarch(reference: &Path, files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(reference)
        .with_context(|| format!("reading {}", reference.display()))?;
    let mut theirs: BTreeMap<String, BTreeSet<Triple>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        anyhow::ensure!(
            f.len() >= 6,
            "{}:{}: expected at least 6 tab-separated columns",
            reference.display(),
            n + 1
        );
        theirs.entry(f[5].to_string()).or_default().insert((
            f[1].to_string(),
            f[2].to_string(),
            f[3].to_string(),
        ));
    }
    let code = |a: &Option<ActorRef>| a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default();
    let mut ours: BTreeMap<String, BTreeSet<Triple>> = BTreeMap::new();
    for e in read_events(files, &[])? {
        ours.entry(e.article_id.clone()).or_default().insert((
            code(&e.source),
            code(&e.target),
            e.cameo.clone().unwrap_or_default(),
        ));
    }
    let ids: BTreeSet<&String> = theirs.keys().chain(ours.keys()).collect();
    let (mut both, mut only_theirs, mut only_ours) = (0usize, 0usize, 0usize);
    let empty = BTreeSet::new();
    let show = |v: &[&Triple]| {
        v.iter()
            .map(|(s, t, c)| format!("{s}-{t}-{c}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for id in ids {
        let t = theirs.get(id).unwrap_or(&empty);
        let o = ours.get(id).unwrap_or(&empty);
        both += t.intersection(o).count();
        let t_only: Vec<&Triple> = t.difference(o).collect();
        let o_only: Vec<&Triple> = o.difference(t).collect();
        only_theirs += t_only.len();
        only_ours += o_only.len();
        if !t_only.is_empty() || !o_only.is_empty() {
            println!(
                "DIFF {id}\tpetrarch2: {}\tdyad: {}",
                show(&t_only),
                show(&o_only)
            );
        }
    }
    let (total_theirs, total_ours) = (both + only_theirs, both + only_ours);
    let agreement = if total_theirs + total_ours == 0 {
        0.0
    } else {
        2.0 * both as f64 / (total_theirs + total_ours) as f64
    };
    println!(
        "petrarch2_events={total_theirs} dyad_events={total_ours} agreed={both} only_petrarch2={only_theirs} only_dyad={only_ours} agreement={agreement:.3}"
    );
    Ok(ExitCode::SUCCESS)
}
