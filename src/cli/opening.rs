//! Opening the programme the global options name (`--programme`, `--edition`, `--tz`,
//! `--no-cache`, `--now`) into the [`Context`] every programme command works on, and running
//! a command on it with its load warnings printed.

use std::process::ExitCode;

use chrono_tz::Tz;
use whrcf::archive::{Archive, Member};
use whrcf::load::{self, EditionChoice, Loaded};
use whrcf::time::{Clock, ZoneChoice};

use super::{Cli, out, programmes, progress};

/// Open the programme, run `command` on it, and end without freeing it: the process exits next,
/// and freeing 100,000 sessions string by string would only delay that by tens of milliseconds.
/// The load warnings are printed only when `warnings`; the errors (sessions left out) always.
pub(super) fn with_programme(
    cli: &Cli,
    warnings: bool,
    command: impl FnOnce(&Context) -> Result<ExitCode, String>,
) -> Result<ExitCode, String> {
    let ctx = open_quietly(cli)?;
    let problems = &ctx.loaded.warnings;
    if warnings {
        out::print_load_warnings(problems, cli.programme.as_deref());
    } else {
        let errors: Vec<_> = problems.iter().filter(|w| w.is_error()).cloned().collect();
        out::print_load_warnings(&errors, cli.programme.as_deref());
    }
    let result = command(&ctx);
    std::mem::forget(ctx);
    result
}

/// Like [`with_programme`], for a command that only prints: as text, it works on a programme whose
/// every string (ids too) is neutralised field by field, so no field can forge a line of output
/// or swallow the next one; as JSON, on the programme as the file gives it (JSON escapes).
pub(super) fn shown(
    cli: &Cli,
    text: bool,
    command: impl FnOnce(&Context) -> Result<ExitCode, String>,
) -> Result<ExitCode, String> {
    let mut ctx = open(cli)?;
    if text {
        // In place: a string that is already clean is not copied.
        whrcf::sanitize::programme(&mut ctx.loaded.programme, whrcf::sanitize::Ids::Shown);
    }
    let result = command(&ctx);
    std::mem::forget(ctx);
    result
}

/// What every programme command works on.
pub struct Context {
    pub loaded: Loaded,
    pub zone: Tz,
    pub clock: Clock,
    /// With `--edition all`: the editions the programme's sessions come from.
    pub archive: Option<Vec<Member>>,
}

impl Context {
    /// The edition of session `index`, when the programme is the archive of every edition.
    pub fn member_of(&self, index: usize) -> Option<&Member> {
        let members = self.archive.as_ref()?;
        members.iter().find(|m| m.sessions.contains(&index))
    }
}

/// Load the programme the options name and resolve the display zone; its warnings are printed.
pub fn open(cli: &Cli) -> Result<Context, String> {
    let ctx = open_quietly(cli)?;
    out::print_load_warnings(&ctx.loaded.warnings, cli.programme.as_deref());
    Ok(ctx)
}

/// What the global options say to open: `--programme` (a path, an address or an added
/// programme's name), else `--edition`, else `[programme] default` in `config.toml`, else the
/// newest edition. (`--edition all` is no one programme: see [`open_quietly`].)
pub(super) fn source(cli: &Cli) -> load::Source {
    match (&cli.programme, cli.edition) {
        (Some(path), _) => programmes::resolve(path),
        (None, Some(EditionChoice::One(year))) => load::Source::Bundled(year),
        (None, Some(EditionChoice::All)) => load::Source::Newest,
        (None, None) => whrcf::config::Settings::load()
            .0
            .default_programme
            .map_or(load::Source::Newest, |d| programmes::resolve(std::path::Path::new(&d))),
    }
}

/// How the global options say to open a programme (`--tz` for files that name no zone, the cache
/// unless `--no-cache`), given to `open`.
/// A programme on the web is kept in the data directory, and its fetch shows a progress line.
pub fn with_opening<T>(cli: &Cli, open: impl FnOnce(load::Opening) -> T) -> T {
    let cache = if cli.no_cache { None } else { whrcf::config::cache_dir() };
    let data = whrcf::config::data_dir();
    let line = progress::ProgressLine::default();
    let tell = |address: &whrcf::web::Address, p| line.tell(address, p);
    let mut how = load::Opening::new(
        load::Options { fallback_zone: fallback_zone(cli), columns: cli.columns.as_ref() },
        cache.as_deref(),
    );
    how.web =
        whrcf::web::Following { dir: data.as_deref(), limits: whrcf::web::Limits::default(), progress: Some(&tell) };
    let result = open(how);
    line.finish();
    result
}

/// Open `source` as the global options say: the one way every command opens a programme.
pub fn open_source(cli: &Cli, source: &load::Source) -> Result<Loaded, String> {
    with_opening(cli, |how| load::open(source, how)).map_err(|e| e.to_string())
}

/// [`open`], leaving the warnings to the caller.
pub(super) fn open_quietly(cli: &Cli) -> Result<Context, String> {
    let mut archive = None;
    let loaded = if cli.programme.is_none() && cli.edition == Some(EditionChoice::All) {
        let a = Archive::bundled().map_err(|e| e.to_string())?;
        archive = Some(a.members);
        Loaded { programme: a.programme, warnings: Vec::new() }
    } else {
        open_source(cli, &source(cli))?
    };
    let zone = cli.tz.unwrap_or(ZoneChoice::Forum).resolve(loaded.programme.timezone);
    let clock = cli.now.map_or(Clock::System, Clock::Fixed);
    Ok(Context { loaded, zone, clock, archive })
}

/// The zone `--tz` names, for files that give none.
pub fn fallback_zone(cli: &Cli) -> Option<chrono_tz::Tz> {
    match cli.tz {
        None | Some(ZoneChoice::Forum) => None,
        Some(choice) => Some(choice.resolve(chrono_tz::Tz::UTC)),
    }
}
