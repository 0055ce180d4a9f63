//! The command line: global options, subcommands, and choosing the programme to work on.

#[macro_use]
mod out;
mod agenda;
mod agenda_import;
mod agenda_table;
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

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
pub use opening::{Context, open_source, with_opening};
use opening::{open_quietly, shown, with_programme};
use whrcf::load::{self, EditionChoice};
use whrcf::time::{self, ZoneChoice};
use whrcf::wording::language::Language;

/// Exit code: the command found problems (validation failed).
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: unreadable input, unknown id or edition, bad usage.
pub const EXIT_ERROR: u8 = 2;

/// whrcf: browse the World Human Rights Cities Forum programme (or any programme) in a terminal.
#[derive(Debug, Clone, Parser)]
#[command(name = "whrcf", version, about, long_about = None)]
pub struct Cli {
    /// Bundled edition: a year (2012-2025), an ordinal (13 or 13th for the 13th forum), or `all`
    /// for every edition at once (list, show, people, themes, organizers); default: the newest.
    #[arg(long, global = true, conflicts_with = "programme", value_name = "YEAR|ORDINAL|all", value_parser = offered::editions(), hide_possible_values = true)]
    pub edition: Option<EditionChoice>,
    /// A programme file instead of a bundled edition: our TOML, frab/Pentabarf XML, C3VOC schedule.json, iCalendar
    /// or a spreadsheet (.csv, .tsv, .xlsx, .xls, .ods; see --column-map);
    /// or its web address (https://…), fetched once and then opened from an offline copy (see `refresh`);
    /// or the name of a programme added with `whrcf programmes add`.
    #[arg(long, global = true, value_name = "PATH|URL|NAME")]
    pub programme: Option<PathBuf>,
    /// Zone to show times in: an IANA name (Europe/Berlin), `local` or `UTC`; default: the programme's.
    #[arg(long, global = true, value_name = "ZONE|local", value_parser = parse_zone_choice)]
    pub tz: Option<ZoneChoice>,
    /// Which spreadsheet column holds which field (a TOML file: `[columns] title = "B"`, `room = "장소"`;
    /// `zone`, `year`, `header_row`), overriding the headers recognised; see the README.
    /// (`list --columns` chooses the list's own columns.)
    #[arg(long, global = true, value_name = "MAPPING.toml", value_parser = parse_columns)]
    pub column_map: Option<load::sheet::ColumnMapping>,
    /// The agenda file (default: agenda.toml in the data directory, or $WHRCF_DATA_DIR).
    #[arg(long, global = true, value_name = "PATH")]
    pub agenda: Option<PathBuf>,
    /// Parse the programme file even when the cache holds it (large files are cached in the
    /// cache directory, or $WHRCF_CACHE_DIR).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Pretend it is this time (RFC 3339), for planning ahead and for tests.
    #[arg(long, global = true, value_name = "TIME", value_parser = time::parse_instant)]
    pub now: Option<DateTime<Utc>>,
    /// The app for screen readers: no lines or boxes, words instead of symbols, the terminal's
    /// cursor on the selected line (also `[display] accessible = true` in config.toml).
    #[arg(long)]
    pub accessible: bool,
    /// Language of the app and the messages: en or ko (default: `[display] language` in
    /// config.toml, else the locale of LC_ALL, LC_MESSAGES or LANG). This help stays English.
    #[arg(long, global = true, value_name = "en|ko", value_parser = offered::languages(), hide_possible_values = true)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

fn parse_zone_choice(s: &str) -> Result<ZoneChoice, String> {
    s.parse()
}

/// Speak the language `--lang` names, else the one config.toml sets, else the locale's; with
/// the clock config.toml sets. Called once, before anything is said.
pub fn choose_language(cli: &Cli) {
    let (settings, _) = whrcf::config::Settings::load();
    let language = Language::choose(cli.lang, settings.language, |name| std::env::var(name).ok());
    whrcf::wording::language::choose(language, settings.clock);
}

/// The mapping file `--column-map` names, read and checked before anything is opened.
fn parse_columns(path: &str) -> Result<load::sheet::ColumnMapping, String> {
    let text = whrcf::untrusted_file::read_optional_text(std::path::Path::new(path))?
        .ok_or_else(|| format!("cannot read {path}: no such file"))?;
    load::sheet::ColumnMapping::parse(&text, path)
}

/// Output format of listing commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
}

/// Output format of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// List the bundled editions: theme, dates, sessions found of the stated total, dated, timed.
    Editions {
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// List sessions, grouped by day.
    List(list::ListArgs),
    /// Show one session in full.
    Show {
        /// Session id (see `whrcf list`).
        id: String,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    /// List the programme's themes with session counts (with `--edition all`, and their years).
    Themes {
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// List the organizers with session counts (with `--edition all`, and their years).
    Organizers {
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Everyone in the programme (or, with `--edition all`, in every edition) with their sessions.
    People(people::PeopleArgs),
    /// Check programme files; exit 0 when valid, 1 when problems were found, 2 when unreadable.
    Validate(validate::ValidateArgs),
    /// Your agenda: list, add, remove, status, note, export, import.
    #[command(subcommand)]
    Agenda(agenda::AgendaCommand),
    /// One line naming the agenda session on now or next (for a status line); nothing if none.
    Next(agenda::NextArgs),
    /// Rooms or people booked twice, organizer overlaps, sessions outside the days; exit 1 when any.
    Clashes(clashes::ClashArgs),
    /// Sessions added, removed, moved or changed between two versions of a programme; exit 1 when any.
    Diff(diff::DiffArgs),
    /// Fetch a newer version of a programme on the web (PROGRAMME or --programme) if the server has one.
    Refresh(refresh::RefreshArgs),
    /// The bundled editions and the programmes you added by name; add or remove one.
    Programmes(programmes::ProgrammesArgs),
    /// The what-if moves made in the grid: list, export (text or our TOML), clear; exit 1 when some no longer apply.
    Moves(moves::MovesArgs),
    /// Export the whole programme: a printable page (HTML, Markdown) or one calendar (iCalendar).
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Convert a schedule (frab XML, schedule.json, iCalendar, a spreadsheet or TOML) to our TOML format.
    Import {
        /// The schedule file.
        file: PathBuf,
        /// Write the TOML here instead of standard output.
        #[arg(short, long, value_name = "OUT.toml")]
        output: Option<PathBuf>,
    },
    /// Print the completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `whrcf man > ~/.local/share/man/man1/whrcf.1`.
    Man,
}

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
            std::fs::write(&path, &text)
                .map_err(|e| whrcf::wording::CLI_CANNOT_WRITE.say(&[("path", &path.display()), ("reason", &e)]))?;
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
    let ctx = match one_edition(cli, "the app").and_then(|()| open_quietly(cli)) {
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
            errln!("whrcf: {}", whrcf::wording::CLI_CANNOT_RUN_APP.say(&[("error", &e)]));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Columns available for a table: the terminal's width, else `COLUMNS`, else 120.
pub fn output_width() -> usize {
    if std::io::stdout().is_terminal()
        && let Ok((w, _)) = crossterm::terminal::size()
    {
        return usize::from(w).max(40);
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(120).max(40)
}
