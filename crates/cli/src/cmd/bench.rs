//! `dyad bench …`: throughput benchmarks (never timed unit tests).
use std::process::ExitCode;

use clap::Subcommand;

#[derive(clap::Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    command: BenchCommand,
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Tagging + parsing throughput, one thread and all cores.
    Nlp(super::nlp::NlpBenchArgs),
    /// End-to-end coding throughput: raw text to events JSONL.
    Code(super::code::CodeBenchArgs),
}

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        BenchCommand::Nlp(a) => super::nlp::bench(a),
        BenchCommand::Code(a) => super::code::bench(a),
    }
}
