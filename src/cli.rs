//! The command line: global options, subcommands, and choosing the programme to work on.

#[macro_use]
mod out;
mod agenda;
mod agenda_import;
mod agenda_table;
mod args;
mod catalog;
mod clashes;
mod diff;
mod export;
mod list;
mod moves;
mod offered;
mod opening;
mod people;
mod programmes;
mod progress;
mod refresh;
mod shell;
mod show;
mod validate;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

pub use args::{Cli, Command, TableFormat, TextFormat, choose_language};
pub use opening::{Context, open_source, with_opening};
use opening::{open_quietly, shown, with_programme};
use whrcf::load::{self, EditionChoice};
use whrcf::time::ZoneChoice;

/// Exit code: the command found problems (validation failed).
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: unreadable input, unknown id or edition, bad usage.
pub const EXIT_ERROR: u8 = 2;

/// Run a subcommand. Output that could not be written (a full disk) makes it fail, whatever it
/// found: nothing it printed can be trusted whole.
pub fn run(cli: &Cli, command: Command) -> ExitCode {
    // What config.toml holds that is not used is said first, a line each.
    for problem in whrcf::config::Settings::load().1 {
        errln!("whrcf: {}", shown_message(&problem));
    }
    let code = run_command(cli, command);
    match out::output_failed() {
        Some(why) => {
            errln!("whrcf: {}", whrcf::wording::OUTPUT_NOT_WRITTEN.say(&[("why", &why)]));
            ExitCode::from(EXIT_ERROR)
        }
        None => code,
    }
}

fn run_command(cli: &Cli, command: Command) -> ExitCode {
    let result = match command {
        Command::Editions { format } => catalog::editions(format),
        Command::List(args) => shown(cli, args.format == TableFormat::Table, |ctx| list::run(ctx, &args)),
        Command::Show { id, format } => shown(cli, format == TextFormat::Text, |ctx| show::run(ctx, &id, format)),
        Command::Themes { format } => shown(cli, format == TableFormat::Table, |ctx| catalog::themes(ctx, format)),
        Command::Organizers { format } => {
            shown(cli, format == TableFormat::Table, |ctx| catalog::organizers(ctx, format))
        }
        Command::People(args) => shown(cli, args.format == TableFormat::Table, |ctx| people::run(ctx, &args)),
        Command::Validate(args) => return validate::run(cli, &args),
        Command::Agenda(cmd) => one_edition(cli, "agenda")
            .and_then(|()| with_programme(cli, true, |ctx| agenda::run(ctx, cli.agenda.as_ref(), cmd))),
        // A status line runs `next` again and again: its load warnings only when asked for.
        Command::Next(args) => one_edition(cli, "next")
            .and_then(|()| with_programme(cli, args.verbose, |ctx| agenda::next(ctx, cli.agenda.as_ref(), &args))),
        Command::Import { file, output } => import(cli, file, output),
        Command::Export(command) => export::run(cli, command),
        Command::Clashes(args) => {
            let text = args.format == TextFormat::Text;
            one_edition(cli, "clashes").and_then(|()| shown(cli, text, |ctx| clashes::run(ctx, &args)))
        }
        Command::Diff(args) => diff::run(cli, &args),
        Command::Moves(args) => {
            one_edition(cli, "moves").and_then(|()| with_programme(cli, false, |ctx| moves::run(ctx, &args)))
        }
        Command::Refresh(args) => return refresh::run(cli, &args),
        Command::Programmes(args) => programmes::run(&args),
        Command::Completions { shell } => shell::completions(shell),
        Command::Man => shell::man_page(),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            errln!("whrcf: {}", shown_message(&message));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// An error message, which may quote a file, as lines that show any control they hold.
fn shown_message(message: &str) -> String {
    message.lines().map(whrcf::sanitize::visible).collect::<Vec<_>>().join("\n")
}

/// Print a command-line parsing error (or `--help`, `--version`) neutralised, with clap's exit code.
pub fn usage_error(e: &clap::Error) -> ExitCode {
    let text = e.render().to_string();
    if e.use_stderr() {
        errln!("{}", text.trim_end());
    } else {
        out!("{text}");
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_ERROR))
}

/// Refuse `--edition all` for a command that works on one programme.
fn one_edition(cli: &Cli, command: &str) -> Result<(), String> {
    match cli.edition {
        Some(EditionChoice::All) => Err(whrcf::wording::ONE_EDITION_ONLY.say(&[("command", &command)])),
        _ => Ok(()),
    }
}

/// `whrcf import FILE [-o OUT]`: any schedule to our TOML, which then validates.
fn import(cli: &Cli, file: PathBuf, output: Option<PathBuf>) -> Result<ExitCode, String> {
    let loaded = open_source(cli, &load::Source::named(&file))?;
    out::print_load_warnings(&loaded.warnings, Some(&file));
    let text = load::to_toml(&loaded.programme)?;
    let p = &loaded.programme;
    match output {
        Some(path) => {
            std::fs::write(&path, &text).map_err(|e| {
                let reason = whrcf::wording::io_reason(&e);
                whrcf::wording::CLI_CANNOT_WRITE.say(&[("path", &path.display()), ("reason", &reason)])
            })?;
            let sessions = whrcf::wording::SESSIONS.of(p.sessions.len());
            let (title, themes) = (whrcf::sanitize::line(&p.title), whrcf::wording::THEMES.of(p.themes.len()));
            let args: [whrcf::wording::Arg<'_>; 4] =
                [("path", &path.display()), ("sessions", &sessions), ("title", &title), ("themes", &themes)];
            errln!("{}", whrcf::wording::CLI_WROTE.say(&args));
        }
        None => out!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// Open the terminal app on the programme the options name.
pub fn run_app(cli: &Cli) -> ExitCode {
    let started = chrono::Utc::now();
    let one_edition = match cli.edition {
        Some(EditionChoice::All) => Err(whrcf::wording::ONE_EDITION_APP.text().to_owned()),
        _ => Ok(()),
    };
    let ctx = match one_edition.and_then(|()| open_quietly(cli)) {
        Ok(ctx) => ctx,
        Err(message) => {
            errln!("whrcf: {}", shown_message(&message));
            return ExitCode::from(EXIT_ERROR);
        }
    };
    // Whatever would be printed now would vanish behind the app's screen: the settings' problem
    // and every problem found reading the file go into the app's notice log instead.
    let (settings, problems) = whrcf::config::Settings::load();
    let (library, library_notices) = programmes::library();
    let notices: Vec<String> = problems.into_iter().chain(ctx.recent_problem).chain(library_notices).collect();
    let options = whrcf::tui::Options {
        problems: ctx.loaded.warnings,
        notices,
        info: refresh::offline_copy_notice(&ctx.source, started).into_iter().collect(),
        library,
        zone: cli.tz.or(settings.zone).unwrap_or(ZoneChoice::Forum),
        clock: ctx.clock,
        store: cli.agenda.clone().or_else(whrcf::config::agenda_file).map(whrcf::store::Store::new),
        buffer: chrono::Duration::minutes(settings.travel_buffer_minutes),
        hidden: whrcf::config::hidden_file().map(whrcf::store::hidden::HiddenStore::new),
        seen: whrcf::config::seen_dir().map(whrcf::store::seen::SeenStore::new),
        moves: whrcf::config::moves_file().map(whrcf::store::moves::MovesStore::new),
        hyperlinks: settings.hyperlinks,
        reminder_minutes: settings.reminder_minutes,
        notify: settings.notify,
        accessible: cli.accessible || settings.accessible,
        source: ctx.source.clone(),
        reopening: whrcf::tui::live::Reopening {
            // The app may open the spreadsheet again (a refresh, the switcher) while it runs: the
            // mapping is kept for the whole run.
            options: load::Options {
                fallback_zone: opening::fallback_zone(cli),
                columns: cli.column_map.clone().map(|m| &*Box::leak(Box::new(m))),
            },
            cache_dir: if cli.no_cache { None } else { whrcf::config::cache_dir() },
            data_dir: whrcf::config::data_dir(),
            refresh_minutes: settings.refresh_minutes,
            seen: whrcf::config::seen_dir().map(whrcf::store::seen::SeenStore::new),
        },
    };
    match whrcf::tui::run(ctx.loaded.programme, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let reason = whrcf::wording::io_reason(&e);
            errln!("whrcf: {}", whrcf::wording::CLI_CANNOT_RUN_APP.say(&[("error", &reason)]));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The narrowest a table is laid out: a time and a few letters of a title (a narrower terminal
/// wraps the lines).
const NARROWEST: usize = 24;

/// Columns available for a table: the terminal's width, else `COLUMNS`, else 120 (at least
/// [`NARROWEST`]).
pub fn output_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = crossterm::terminal::size()
    {
        return usize::from(w).max(NARROWEST);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(120).max(NARROWEST)
}
