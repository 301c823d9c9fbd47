//! `dyad code`, `dyad ingest`, `dyad validate`, `dyad bench code` (in progress).
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct CodeArgs {}
#[derive(clap::Args)]
pub struct IngestArgs {}
#[derive(clap::Args)]
pub struct ValidateArgs {}
#[derive(clap::Args)]
pub struct CodeBenchArgs {}

pub fn code(_args: CodeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad code: not built yet")
}
pub fn ingest(_args: IngestArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad ingest: not built yet")
}
pub fn validate(_args: ValidateArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad validate: not built yet")
}
pub fn bench(_args: CodeBenchArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad bench code: not built yet")
}
