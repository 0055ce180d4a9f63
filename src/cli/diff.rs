//! `whrcf diff OLD NEW`: what changed between two versions of a programme, for publishing updates.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;
use whrcf::diff;
use whrcf::load;

use super::{Cli, EXIT_PROBLEMS, TextFormat};

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The earlier version (any supported format).
    pub old: PathBuf,
    /// The later version.
    pub new: PathBuf,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

pub fn run(cli: &Cli, args: &DiffArgs) -> Result<ExitCode, String> {
    let old = super::open_source(cli, &load::Source::named(&args.old))?.programme;
    let new = super::open_source(cli, &load::Source::named(&args.new))?.programme;
    let changes = diff::diff(&old, &new);
    match args.format {
        TextFormat::Json => {
            let items: Vec<_> = changes
                .iter()
                .map(|c| json!({"kind": c.kind.as_str(), "id": c.id, "old_id": c.old_id, "title": c.title, "details": details(c)}))
                .collect();
            outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
        }
        TextFormat::Text => {
            let mut out = format!(
                "{} -> {}: {}\n",
                args.old.display(),
                args.new.display(),
                whrcf::wording::CHANGES.of(changes.len())
            );
            for kind in [diff::Kind::Added, diff::Kind::Removed, diff::Kind::Moved, diff::Kind::Changed] {
                let of_kind: Vec<&diff::Change> = changes.iter().filter(|c| c.kind == kind).collect();
                if of_kind.is_empty() {
                    continue;
                }
                let heading = whrcf::wording::DIFF_KIND_HEADING.say(&[("kind", &kind.as_str()), ("n", &of_kind.len())]);
                let _ = writeln!(out, "\n{heading}");
                for c in of_kind {
                    let _ = writeln!(out, "  {}  {}", whrcf::sanitize::line(&c.id), whrcf::sanitize::line(&c.title));
                    for d in details(c) {
                        let _ = writeln!(out, "      {}", whrcf::sanitize::line(&d));
                    }
                }
            }
            out!("{out}");
        }
    }
    Ok(if changes.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_PROBLEMS) })
}

/// The details of a change as the lines `diff` prints and its JSON lists.
fn details(c: &diff::Change) -> Vec<String> {
    c.details.iter().map(whrcf::wording::programme::difference).collect()
}
