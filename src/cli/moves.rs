//! `whrcf moves`: the what-if moves made in the app's grid for a programme (kept in moves.toml in
//! the data directory; the programme file is never changed): listed one readable line each,
//! exported as that list or as the programme with the moves in our TOML (which `whrcf validate`
//! accepts), or cleared. Exit 0 when done (a move the programme already has is said); 1 when some
//! moves no longer apply (each said on
//! standard error, none applied); 2 when the programme or the file of moves cannot be read or
//! written.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};
use whrcf::moves::{self, Move, Placed};
use whrcf::store::moves::MovesStore;
use whrcf::wording;

use super::{Context, EXIT_PROBLEMS};

#[derive(Debug, Clone, Args)]
pub struct MovesArgs {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Action {
    /// The moves, one line each ("move 'Migrants' from … 13:00 to … 15:30"); the default.
    List,
    /// The moves as that list (text), or the programme with the moves applied in our TOML (toml).
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
        format: ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Forget the programme's moves.
    Clear,
}

/// What `moves export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Text,
    Toml,
}

fn store() -> Result<MovesStore, String> {
    whrcf::config::moves_file().map(MovesStore::new).ok_or_else(|| "no data directory (set WHRCF_DATA_DIR)".to_owned())
}

/// Run `whrcf moves` on the programme of `ctx`.
pub fn run(ctx: &Context, args: &MovesArgs) -> Result<ExitCode, String> {
    let store = store()?;
    // The app moves the sessions of the programme as it shows them (neutralised once): so are
    // they found here.
    let mut p = ctx.loaded.programme.clone();
    whrcf::sanitize::programme(&mut p, whrcf::sanitize::Ids::Kept);
    let key = whrcf::store::moves::key(&p.id, &ctx.source);
    let (saved, notice) = store.load(&key);
    if let Some(notice) = notice {
        return Err(wording::moves::notice(&notice));
    }
    if let Some(Action::Clear) = args.action {
        store.save(&key, &[]).map_err(|e| e.to_string())?;
        let (moves, programme) = (wording::MOVES.of(saved.len()), whrcf::sanitize::line(p.label()));
        errln!("{}", wording::MOVES_CLEARED.say(&[("moves", &moves), ("programme", &programme)]));
        return Ok(ExitCode::SUCCESS);
    }
    let (placed, skipped) = moves::resolve(&p, &saved);
    // A move the programme already has (one the moves were exported into) is said, not a failure.
    let (already, skipped): (Vec<_>, Vec<_>) =
        skipped.iter().partition(|s| matches!(s, moves::Skipped::AlreadyThere { .. }));
    for s in already {
        errln!("{}", wording::moves::skipped(s));
    }
    for s in &skipped {
        errln!("whrcf: {}", wording::moves::skipped(s));
    }
    let text = match &args.action {
        Some(Action::Export { format: ExportFormat::Toml, .. }) => {
            let applied: Vec<Move> = placed.iter().map(|Placed { mv, .. }| mv.clone()).collect();
            moves::apply(&mut p, &applied);
            whrcf::load::to_toml(&p)?
        }
        _ => placed.iter().map(|Placed { mv, .. }| wording::moves::line(mv) + "\n").collect(),
    };
    if saved.is_empty() {
        errln!("{}", wording::MOVES_NONE.say(&[("programme", &whrcf::sanitize::line(p.label()))]));
    }
    match &args.action {
        Some(Action::Export { output: Some(path), .. }) => {
            let reason = |e: std::io::Error| wording::io_reason(&e);
            let said = |e| wording::CLI_CANNOT_WRITE.say(&[("path", &path.display()), ("reason", &reason(e))]);
            std::fs::write(path, &text).map_err(said)?
        }
        _ => out!("{text}"),
    }
    Ok(if skipped.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_PROBLEMS) })
}
