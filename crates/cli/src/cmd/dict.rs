//! `dyad dict …`: inspect the CAMEO/Phoenix dictionaries and CAMEO tables.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use dyad_dict::{tokenize_upper, AgentForm, CameoTables, CodeBasis, Dictionaries, PhraseHit};

#[derive(clap::Args)]
pub struct DictArgs {
    #[command(subcommand)]
    command: DictCommand,
}

#[derive(clap::Subcommand)]
enum DictCommand {
    /// Count what the dictionaries hold and time loading them.
    Stats {
        #[command(flatten)]
        source: SourceArgs,
        /// Also list the lines skipped while loading.
        #[arg(long)]
        warnings: bool,
    },
    /// Show the actor and agent phrases found in TEXT, why, and the combined code.
    Lookup {
        /// Text such as "Syrian ambassador".
        text: String,
        /// Resolve date-restricted actor codes on this date (YYYY-MM-DD).
        /// Without it, undated default codes (else the latest restriction) apply.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[command(flatten)]
        source: SourceArgs,
    },
    /// Describe a CAMEO event code: label, root, quad class, Goldstein, PLOVER.
    Code {
        /// CAMEO event code, e.g. 054.
        code: String,
    },
}

#[derive(clap::Args)]
struct SourceArgs {
    /// Load the Phoenix file names from DIR instead of the embedded copies.
    #[arg(long, value_name = "DIR", conflicts_with = "validation")]
    dictionaries: Option<PathBuf>,
    /// Use the embedded PETRARCH validation set (PETR.Validate.*.txt).
    #[arg(long)]
    validation: bool,
}

impl SourceArgs {
    fn load(&self) -> anyhow::Result<(Dictionaries, String)> {
        match (&self.dictionaries, self.validation) {
            (Some(dir), _) => {
                let dicts = Dictionaries::from_dir(dir)
                    .with_context(|| format!("loading dictionaries from {}", dir.display()))?;
                Ok((dicts, dir.display().to_string()))
            }
            (None, true) => Ok((
                Dictionaries::validation()?,
                "embedded PETRARCH validation set".into(),
            )),
            (None, false) => Ok((Dictionaries::phoenix()?, "embedded Phoenix set".into())),
        }
    }
}

pub fn run(args: DictArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        DictCommand::Stats { source, warnings } => stats(&source, warnings),
        DictCommand::Lookup { text, date, source } => lookup(&text, date.as_deref(), &source),
        DictCommand::Code { code } => code_info(&code),
    }
}

fn stats(source: &SourceArgs, show_warnings: bool) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let (dicts, origin) = source.load()?;
    let total = started.elapsed();
    let cameo_started = Instant::now();
    let cameo = CameoTables::embedded();
    let cameo_time = cameo_started.elapsed();
    let s = dicts.stats();
    println!("dictionaries: {origin}");
    for file in &dicts.sources {
        println!("  {file}");
    }
    println!("verbs:");
    println!("  synsets              {:>7}", s.synsets);
    println!("  verb blocks          {:>7}", s.verb_blocks);
    println!("  verb lines           {:>7}", s.verbs);
    println!("  verb words indexed   {:>7}", s.verb_words);
    println!("  patterns             {:>7}", s.patterns);
    println!("  transformations      {:>7}", s.transformations);
    if dicts.verbs.petrarch2_ignores_patterns {
        println!("  (PETRARCH2 ignores the patterns of this file: it has <!-- --> comments)");
    }
    println!("actors:");
    println!("  entries              {:>7}", s.actor_entries);
    println!("  distinct phrases     {:>7}", s.actor_phrases);
    println!("  + synonyms           {:>7}", s.actor_synonyms);
    println!("  dated codes          {:>7}", s.actor_dated_codes);
    println!("  phrases redefined    {:>7}", s.actor_redefined_phrases);
    println!("agents:");
    println!("  lines                {:>7}", s.agent_lines);
    println!("  distinct phrases     {:>7}", s.agent_phrases);
    println!(
        "discards               {:>7}  ({} whole-story)",
        s.discards, s.discards_story
    );
    println!("issues:");
    println!("  lines                {:>7}", s.issue_lines);
    println!("  expanded phrases     {:>7}", s.issue_phrases);
    println!("prepositions           {:>7}", s.prepositions);
    println!("cameo event codes      {:>7}", cameo.codes().len());
    println!("lines skipped (warnings) {:>5}", s.warnings);
    println!(
        "load time: {:.1} ms parse+index ({:.1} ms with file reading), cameo tables {:.1} ms",
        dicts.load_time.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3,
        cameo_time.as_secs_f64() * 1e3
    );
    if show_warnings {
        for w in &dicts.warnings {
            println!("warning: {w}");
        }
    } else if s.warnings > 0 {
        println!("(use --warnings to list the skipped lines)");
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_date(text: &str) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .with_context(|| format!("--date {text:?}: expected YYYY-MM-DD"))
}

fn lookup(text: &str, date: Option<&str>, source: &SourceArgs) -> anyhow::Result<ExitCode> {
    let date = date.map(parse_date).transpose()?;
    let (dicts, _) = source.load()?;
    let tokens = tokenize_upper(text);
    println!("tokens: {}", tokens.join(" "));
    match date {
        Some(d) => println!("date: {d}"),
        None => println!("date: none (default codes, else the latest restriction)"),
    }
    let phrases = dicts.code_phrases(&tokens, date);
    if phrases.is_empty() {
        println!("no actor or agent phrase found");
        return Ok(ExitCode::from(1));
    }
    for phrase in &phrases {
        let span = tokens[phrase.start..phrase.end].join(" ");
        println!(
            "phrase tokens {}..{} {span:?} -> {}",
            phrase.start,
            phrase.end,
            phrase.code.as_deref().unwrap_or("(no code)")
        );
        for hit in &phrase.hits {
            print_hit(hit, &tokens);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_hit(hit: &PhraseHit<'_>, tokens: &[String]) {
    let (start, end) = (hit.start(), hit.start() + hit.len());
    let span = tokens[start..end].join(" ");
    match hit {
        PhraseHit::Actor(m) => {
            let code = m
                .code
                .map_or("(null code)".to_string(), |c| c.code.to_string());
            println!("  actor {start}..{end} {span:?} -> {code}");
            let kind = if m.phrase.synonym {
                "synonym"
            } else {
                "primary"
            };
            println!(
                "    entry {}:{}, {kind} phrase {:?} (line {})",
                m.entry.file, m.entry.line, m.phrase.text, m.phrase.line
            );
            match m.code {
                Some(c) => {
                    let why = match c.basis {
                        CodeBasis::Restriction(r) => format!("date restriction {r} holds"),
                        CodeBasis::Default if m.entry.dated_codes.is_empty() => {
                            "the entry's only code".to_string()
                        }
                        CodeBasis::Default => format!(
                            "default code (none of {} date restrictions holds)",
                            m.entry.dated_codes.len()
                        ),
                        CodeBasis::LatestRestriction(r) => {
                            format!("no --date: latest restriction {r}")
                        }
                    };
                    println!("    code {} (line {}): {why}", c.code, c.line);
                }
                None => println!("    no code of the entry applies on this date"),
            }
        }
        PhraseHit::Agent(m) => {
            println!("  agent {start}..{end} {span:?} -> {}", m.code);
            let form = match m.entry.form {
                AgentForm::Singular => "singular",
                AgentForm::Plural => "plural",
                AgentForm::Substituted => "substitution-set",
            };
            println!("    entry {}:{}, {form} form", m.entry.file, m.entry.line);
        }
    }
}

fn code_info(code: &str) -> anyhow::Result<ExitCode> {
    let tables = CameoTables::embedded();
    let Some(info) = tables.describe(code) else {
        eprintln!("dyad dict code: {code:?} is not a known CAMEO event code");
        return Ok(ExitCode::from(1));
    };
    println!("code:      {}", info.code);
    println!("label:     {}", info.label.as_deref().unwrap_or("-"));
    println!(
        "root:      {} {}",
        info.root,
        info.root_label.as_deref().unwrap_or("")
    );
    let quad = match info.quad_class {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        _ => "material conflict",
    };
    println!("quadclass: {} ({quad}, GDELT convention)", info.quad_class);
    match (info.goldstein, &info.goldstein_from) {
        (Some(g), Some((from, table))) => {
            let note = if *from == info.code {
                String::new()
            } else {
                format!(", from parent {from}")
            };
            println!("goldstein: {g:+.1} ({table:?} table{note})");
        }
        _ => println!("goldstein: -"),
    }
    match (&info.plover, &info.plover_from) {
        (Some(p), Some(from)) => {
            let note = if *from == info.code {
                String::new()
            } else {
                format!(" (from {from})")
            };
            println!(
                "plover:    {} mode={} context={}{note}",
                p.event_type.as_deref().unwrap_or("-"),
                p.mode.as_deref().unwrap_or("-"),
                p.context.as_deref().unwrap_or("-")
            );
        }
        _ => println!("plover:    - (not in the CAMEO→PLOVER crosswalk)"),
    }
    Ok(ExitCode::SUCCESS)
}
