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
}

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        BenchCommand::Nlp(a) => super::nlp::bench(a),
    }
}
