//! `dyad segment` and `dyad nlp segment-eval` (in progress).
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct SegmentArgs {
    files: Vec<PathBuf>,
}

pub fn run(_args: SegmentArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not built yet")
}

pub fn segment_eval(_files: &[PathBuf], _doc_prefix: Option<&str>) -> anyhow::Result<ExitCode> {
    let _ = Path::new("");
    anyhow::bail!("not built yet")
}
