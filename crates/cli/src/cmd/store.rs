//! `dyad events`, `dyad export` (in progress).
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EventsArgs {}

#[derive(clap::Args)]
pub struct ExportArgs {}

pub fn events(_args: EventsArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad events: not built yet")
}

pub fn export(_args: ExportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad export: not built yet")
}
