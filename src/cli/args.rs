//! The command line's options and subcommands, as clap parses them.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use whrcf::load::{self, EditionChoice};
use whrcf::time::{self, ZoneChoice};
use whrcf::wording::language::Language;

use super::{agenda, clashes, diff, export, list, moves, offered, people, programmes, refresh, validate};

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
    #[arg(long, global = true)]
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
/// the clock config.toml sets. Called once, before anything is said: before the command line is
/// parsed, so that why a value is refused (`--edition 1999`) is said in that language too.
pub fn choose_language(args: impl IntoIterator<Item = std::ffi::OsString>) {
    let (settings, _) = whrcf::config::Settings::load();
    let language = Language::choose(lang_flag(args), settings.language, |name| std::env::var(name).ok());
    whrcf::wording::language::choose(language, settings.clock);
}

/// The language `--lang LANG` or `--lang=LANG` names among `args` (before a `--`), if it is one
/// whrcf speaks; clap refuses any other when it parses them.
fn lang_flag(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Language> {
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned()).take_while(|a| a != "--");
    let mut flag = None;
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            flag = args.next().and_then(|v| v.parse().ok());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            flag = value.parse().ok();
        }
    }
    flag
}

/// The mapping file `--column-map` names, read and checked before anything is opened.
fn parse_columns(path: &str) -> Result<load::sheet::ColumnMapping, String> {
    let text = whrcf::untrusted_file::read_optional_text(std::path::Path::new(path))?.ok_or_else(|| {
        whrcf::wording::CANNOT_READ.say(&[("path", &path), ("reason", &whrcf::wording::NO_SUCH_FILE.text())])
    })?;
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
