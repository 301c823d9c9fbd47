//! `dyad nlp …`: segmentation evaluation, tagging/parsing, training.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

#[derive(clap::Args)]
pub struct NlpArgs {
    #[command(subcommand)]
    command: NlpCommand,
}

#[derive(Subcommand)]
enum NlpCommand {
    /// Score dyad's segmentation of the raw `# text` of a CoNLL-U file against its gold tokens and sentences.
    SegmentEval {
        /// CoNLL-U file(s) with `# text` comments.
        files: Vec<PathBuf>,
        /// Only documents whose `# newdoc id` starts with this prefix (e.g. GUM_news_).
        #[arg(long)]
        doc_prefix: Option<String>,
    },
}

pub fn run(args: NlpArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        NlpCommand::SegmentEval { files, doc_prefix } => {
            super::segment::segment_eval(&files, doc_prefix.as_deref())
        }
    }
}

/// Arguments of `dyad bench nlp`.
#[derive(clap::Args)]
pub struct NlpBenchArgs {}

pub fn bench(_args: NlpBenchArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad bench nlp: not built yet")
}
