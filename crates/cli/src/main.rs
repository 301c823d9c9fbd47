//! `dyad`: the command-line shell over the dyad library crates.
//!
//! Each command group lives in its own module under `cmd/` and only parses
//! arguments, calls a library crate and prints; the logic is in `crates/*`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

/// Coding allocates many small, short-lived strings and vectors; mimalloc
/// serves them faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "News text in, political event data out: who did what to whom, when, where."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles into events and print them as JSONL.
    Code(cmd::code::CodeArgs),
    /// Code articles into events and store them (SQLite).
    Ingest(cmd::code::IngestArgs),
    /// Run a PETRARCH validation file and score the coder against its expectations.
    Validate(cmd::code::ValidateArgs),
    /// Read articles and print their sentences and tokens with offsets (JSONL).
    Segment(cmd::segment::SegmentArgs),
    /// NLP models: segmentation evaluation, tagging and parsing, training.
    Nlp(cmd::nlp::NlpArgs),
    /// Inspect the CAMEO/Phoenix dictionaries.
    Dict(cmd::dict::DictArgs),
    /// Query events in the store.
    Events(cmd::store::EventsArgs),
    /// Export all events in the store (jsonl, csv, gdelt).
    Export(cmd::store::ExportArgs),
    /// Relations over time: events per period and dyad, by quad class, with the mean Goldstein score.
    Timeline(cmd::store::TimelineArgs),
    /// Actors: names the dictionaries miss, with proposed codes.
    Actors(cmd::actors::ActorsArgs),
    /// Evaluate coded events against gold data.
    Eval(cmd::eval::EvalArgs),
    /// Throughput benchmarks.
    Bench(cmd::bench::BenchArgs),
}

fn main() -> ExitCode {
    // `dyad dict stats | head`: the reader closing the pipe ends dyad
    // quietly, as it ends any Unix filter, instead of a panic in the first
    // `println!` after it (Rust ignores SIGPIPE by default). Stores are
    // written in transactions, so an ingest ended this way loses nothing.
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => cmd::code::code(args),
        Command::Ingest(args) => cmd::code::ingest(args),
        Command::Validate(args) => cmd::code::validate(args),
        Command::Segment(args) => cmd::segment::run(args),
        Command::Nlp(args) => cmd::nlp::run(args),
        Command::Dict(args) => cmd::dict::run(args),
        Command::Events(args) => cmd::store::events(args),
        Command::Export(args) => cmd::store::export(args),
        Command::Timeline(args) => cmd::store::timeline(args),
        Command::Actors(args) => cmd::actors::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Bench(args) => cmd::bench::run(args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`dyad … | head`) is the reader saying it has enough.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dyad: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(BrokenPipe))
    })
}
