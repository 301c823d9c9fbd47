//! `dyad dict …` (in progress).
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct DictArgs {}

pub fn run(_args: DictArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad dict: not built yet")
}
