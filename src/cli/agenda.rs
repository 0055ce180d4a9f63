//! `whrcf agenda ...` and `whrcf next`: the personal agenda from the command line.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, Utc};
use clap::{Subcommand, ValueEnum};
use whrcf::agenda::{Agenda, AgendaFile, Status};
use whrcf::config::Settings;
use whrcf::export;
use whrcf::store::Store;
use whrcf::wording;

use super::{Context, EXIT_ERROR, TableFormat};

mod next;

pub use next::{NextArgs, next};

#[derive(Debug, Clone, Subcommand)]
pub enum AgendaCommand {
    /// The marked sessions in time order, with free time, clashes, tight changes and programme changes.
    List {
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
        /// Minutes needed to change rooms (default: config, else 10).
        #[arg(long, value_name = "MIN")]
        buffer: Option<i64>,
    },
    /// Mark sessions.
    Add {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Unmark sessions.
    Remove {
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Unmark every session of this programme.
    Clear,
    /// Set a marked session's status.
    Status { id: String, status: StatusArg },
    /// Set a marked session's note (an empty text clears it).
    Note { id: String, text: String },
    /// Export the agenda.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge an agenda file (agenda.toml, or a JSON export) into this agenda.
    Import { file: PathBuf },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Planned,
    Attended,
    Skipped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Ics,
    Json,
    Md,
}

fn store(path: Option<&PathBuf>) -> Result<Store, String> {
    path.cloned()
        .or_else(whrcf::config::agenda_file)
        .map(Store::new)
        .ok_or_else(|| whrcf::wording::AGENDA_NO_DATA_DIRECTORY.text().to_owned())
}

/// Read the agenda file (telling the user on stderr when it was corrupt); an agenda that is there
/// but cannot be read is an error, not an empty agenda.
fn read(store: &Store) -> Result<AgendaFile, String> {
    let read = store.load();
    let unreadable = read.unreadable();
    match read.notice.as_ref().map(wording::agenda::notice) {
        Some(notice) if unreadable => Err(notice),
        Some(notice) => {
            errln!("whrcf: {notice}");
            Ok(read.file)
        }
        None => Ok(read.file),
    }
}

fn save(store: &Store, file: &AgendaFile) -> Result<(), String> {
    let (_, notice) = store.save(file).map_err(|e| {
        let whrcf::store::StoreError::Write { path, source } = &e;
        wording::AGENDA_CANNOT_SAVE.say(&[("path", path), ("reason", &wording::io_reason(source))])
    })?;
    if let Some(notice) = notice {
        errln!("whrcf: {}", wording::agenda::notice(&notice));
    }
    Ok(())
}

fn buffer(arg: Option<i64>) -> Duration {
    // Its problems are said as the command starts (`cli::run`).
    let (settings, _) = Settings::load();
    Duration::minutes(arg.unwrap_or(settings.travel_buffer_minutes))
}

pub fn run(ctx: &Context, agenda_path: Option<&PathBuf>, command: AgendaCommand) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let store = store(agenda_path)?;
    let mut file = read(&store)?;
    let now = Utc::now();
    let mut unknown = Vec::new();
    // What was done is said once it is saved: never "added" before a save that fails.
    let mut done: Vec<String> = Vec::new();
    let agenda = file.programmes.entry(p.id.clone()).or_default();
    match command {
        AgendaCommand::List { format, buffer: b } => {
            let out = match format {
                TableFormat::Json => {
                    whrcf::safe_json::to_string_pretty(&export::json(p, agenda, ctx.zone, buffer(b)))
                        .map_err(|e| e.to_string())?
                        + "\n"
                }
                TableFormat::Table => super::agenda_table::table(p, agenda, ctx.zone, buffer(b), super::output_width()),
            };
            out!("{out}");
            return Ok(ExitCode::SUCCESS);
        }
        AgendaCommand::Add { ids } => {
            for id in &ids {
                match p.session(id) {
                    Some(s) if !agenda.is_marked(id) => {
                        agenda.add(s, now);
                        let (id, title) = (whrcf::sanitize::line(id), whrcf::sanitize::line(&s.title));
                        done.push(wording::AGENDA_ADDED.say(&[("id", &id), ("title", &title)]));
                    }
                    Some(_) => done.push(wording::AGENDA_ALREADY_MARKED.say(&[("id", id)])),
                    None => unknown.push(id.clone()),
                }
            }
        }
        AgendaCommand::Remove { ids } => {
            for id in &ids {
                if agenda.remove(id, now) {
                    // The title as the programme has it now, else as it was when marked.
                    let title =
                        p.session(id).map(|s| s.title.as_str()).or(agenda.items.get(id).map(|i| i.seen.title.as_str()));
                    let (id, title) = (whrcf::sanitize::line(id), whrcf::sanitize::line(title.unwrap_or_default()));
                    done.push(wording::AGENDA_REMOVED.say(&[("id", &id), ("title", &title)]));
                } else {
                    unknown.push(id.clone());
                }
            }
        }
        AgendaCommand::Clear => {
            let n = agenda.len();
            agenda.clear(now);
            let sessions = wording::SESSIONS.of(n);
            done.push(wording::AGENDA_CLEARED.say(&[("sessions", &sessions), ("programme", &p.label())]));
        }
        AgendaCommand::Status { id, status } => {
            let status = match status {
                StatusArg::Planned => Status::Planned,
                StatusArg::Attended => Status::Attended,
                StatusArg::Skipped => Status::Skipped,
            };
            if agenda.set_status(&id, status, now, p.session(&id)) {
                done.push(format!("{id}: {}", status.as_str()));
            } else {
                unknown.push(id);
            }
        }
        AgendaCommand::Note { id, text } => {
            if agenda.set_note(&id, Some(text), now) {
                done.push(wording::AGENDA_NOTE_SAVED.say(&[("id", &id)]));
            } else {
                unknown.push(id);
            }
        }
        AgendaCommand::Export { format, output } => {
            let now = ctx.clock.now();
            // The calendar versions are kept before the file is given out: a later export of a
            // moved session then raises its SEQUENCE, and calendars move the event.
            if format == ExportFormat::Ics
                && export::ics_version::record(p, agenda, now)
                && let Err(reason) = save(&store, &file)
            {
                let warning = wording::ICS_VERSIONS_NOT_SAVED.say(&[("reason", &reason)]);
                errln!("{}", wording::CLI_WARNING.say(&[("warning", &warning)]));
            }
            let agenda = file.programmes.get(&p.id).cloned().unwrap_or_default();
            return export_to(ctx, &agenda, format, output.as_ref(), now);
        }
        AgendaCommand::Import { file: path } => {
            let incoming = super::agenda_import::read(&path, p)?;
            *agenda = agenda.merged(&incoming.agenda);
            let sessions = wording::MARKED_SESSIONS.of(incoming.agenda.len());
            let args: [wording::Arg<'_>; 3] =
                [("sessions", &sessions), ("programme", &p.label()), ("file", &path.display())];
            done.push(wording::AGENDA_MERGED.say(&args));
            for (id, n) in &incoming.elsewhere {
                let id = whrcf::sanitize::line(id);
                let args: [wording::Arg<'_>; 2] = [("programme", &id), ("hint", &super::agenda_import::hint(&id))];
                done.push(wording::AGENDA_IMPORT_LEFT_OUT.say(*n, &args));
            }
        }
    }
    save(&store, &file)?;
    for line in done {
        outln!("{line}");
    }
    if unknown.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        let ids = unknown.join(", ");
        errln!("whrcf: {}", wording::AGENDA_UNKNOWN.say(&[("programme", &p.label()), ("ids", &ids)]));
        Ok(ExitCode::from(EXIT_ERROR))
    }
}

fn export_to(
    ctx: &Context,
    agenda: &Agenda,
    format: ExportFormat,
    output: Option<&PathBuf>,
    now: chrono::DateTime<Utc>,
) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let text = match format {
        ExportFormat::Ics => {
            let (text, warnings) = export::ics(p, agenda, now);
            for w in warnings {
                errln!("{}", wording::CLI_WARNING.say(&[("warning", &wording::agenda::left_out(&w))]));
            }
            text
        }
        ExportFormat::Json => {
            whrcf::safe_json::to_string_pretty(&export::json(p, agenda, ctx.zone, buffer(None)))
                .map_err(|e| e.to_string())?
                + "\n"
        }
        ExportFormat::Md => export::markdown(p, agenda, ctx.zone, buffer(None), now),
    };
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            let reason = whrcf::wording::io_reason(&e);
            whrcf::wording::CLI_CANNOT_WRITE.say(&[("path", &path.display()), ("reason", &reason)])
        })?,
        None => out!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
