//! `whrcf export programme`: the whole programme as a printable HTML page, as Markdown, or as one
//! iCalendar file, on standard output or written atomically to `--output FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use whrcf::export::{self, printable};
use whrcf::time::ZoneChoice;
use whrcf::wording;

use super::{Cli, Context, one_edition, with_programme};

#[derive(Debug, Clone, Subcommand)]
pub enum ExportCommand {
    /// The whole programme day by day, sessions in time order with room, people, organizers and
    /// themes: a printable web page (html), Markdown (md) or one calendar of every session (ics).
    Programme {
        #[arg(long, value_enum)]
        format: ProgrammeFormat,
        /// Write to this file (replaced whole, atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// The forms of the whole programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgrammeFormat {
    /// One self-contained page: no script, nothing fetched, a print style (a page per day).
    Html,
    /// The same, in Markdown.
    Md,
    /// Every timed session as an event, times in UTC, UIDs as in `agenda export`.
    Ics,
}

pub fn run(cli: &Cli, command: ExportCommand) -> Result<ExitCode, String> {
    match command {
        ExportCommand::Programme { format, output } => one_edition(cli, "export")
            .and_then(|()| with_programme(cli, true, |ctx| programme(ctx, cli.tz, format, output.as_ref()))),
    }
}

fn programme(
    ctx: &Context,
    tz: Option<ZoneChoice>,
    format: ProgrammeFormat,
    output: Option<&PathBuf>,
) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    // What the file holds: every session, or for a calendar the events (a session without a
    // time is left out).
    let (mut written, mut left_out) = (wording::SESSIONS.of(p.sessions.len()), 0);
    let text = match format {
        ProgrammeFormat::Html => printable::html(&printable::printable(p, tz.unwrap_or(ZoneChoice::Forum))),
        ProgrammeFormat::Md => printable::markdown(&printable::printable(p, tz.unwrap_or(ZoneChoice::Forum))),
        ProgrammeFormat::Ics => {
            let (text, untimed) = export::programme_ics(p, ctx.clock.now());
            if untimed > 0 {
                let warning = wording::CALENDAR_LEFT_OUT_UNTIMED.of(untimed);
                errln!("{}", wording::CLI_WARNING.say(&[("warning", &warning)]));
            }
            (written, left_out) = (wording::EVENTS.of(p.sessions.len().saturating_sub(untimed)), untimed);
            text
        }
    };
    match output {
        Some(path) => {
            whrcf::store::exported::write(path, text.as_bytes()).map_err(|e| {
                wording::CLI_CANNOT_WRITE.say(&[("path", &path.display()), ("reason", &wording::io_reason(&e))])
            })?;
            let (file, programme) = (path.display(), p.label());
            let said = if left_out == 0 {
                wording::EXPORT_WROTE.say(&[("file", &file), ("sessions", &written), ("programme", &programme)])
            } else {
                let args: [wording::Arg<'_>; 4] =
                    [("file", &file), ("sessions", &written), ("programme", &programme), ("left", &left_out)];
                wording::EXPORT_WROTE_LEFT_OUT.say(&args)
            };
            errln!("{said}");
        }
        None => out!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
