//! Opening the programme the global options name (`--programme`, `--edition`, `--tz`,
//! `--no-cache`, `--now`) into the [`Context`] every programme command works on, and running
//! a command on it with its load warnings printed.

use std::path::Path;
use std::process::ExitCode;

use chrono_tz::Tz;
use whrcf::archive::{Archive, Member};
use whrcf::library::Resolved;
use whrcf::load::{self, EditionChoice, Loaded};
use whrcf::sanitize::line;
use whrcf::time::{Clock, ZoneChoice};
use whrcf::web::{Address, offline};
use whrcf::wording;

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
    ctx.tell();
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
    /// What was opened.
    pub source: load::Source,
    /// Which offline copy of a web programme was read, when it was not fetched now.
    pub copy_used: Option<String>,
    /// Why the list of recent programmes could not note this one.
    pub recent_problem: Option<String>,
}

impl Context {
    /// Say on standard error which offline copy was read and what went wrong noting it as
    /// recent (the app logs these instead).
    fn tell(&self) {
        for said in self.copy_used.iter().chain(&self.recent_problem) {
            errln!("whrcf: {said}");
        }
    }

    /// The edition of session `index`, when the programme is the archive of every edition.
    pub fn member_of(&self, index: usize) -> Option<&Member> {
        let members = self.archive.as_ref()?;
        members.iter().find(|m| m.sessions.contains(&index))
    }
}

/// Load the programme the options name and resolve the display zone; its warnings are printed.
pub fn open(cli: &Cli) -> Result<Context, String> {
    let ctx = open_quietly(cli)?;
    ctx.tell();
    out::print_load_warnings(&ctx.loaded.warnings, cli.programme.as_deref());
    Ok(ctx)
}

/// What the global options say to open: `--programme` (a path, an address or an added
/// programme's name), else `--edition`, else `[programme] default` in `config.toml`, else the
/// newest edition. (`--edition all` is no one programme: see [`open_quietly`].) A default that
/// names nothing is an error that names the file and the key.
pub(super) fn source(cli: &Cli) -> Result<load::Source, String> {
    Ok(match (&cli.programme, cli.edition) {
        (Some(path), _) => programmes::resolve(path),
        (None, Some(EditionChoice::One(year))) => load::Source::Bundled(year),
        (None, Some(EditionChoice::All)) => load::Source::Newest,
        (None, None) => match whrcf::config::Settings::load().0.default_programme {
            None => load::Source::Newest,
            Some(default) => default_source(&default)?,
        },
    })
}

/// What `[programme] default` names.
fn default_source(default: &str) -> Result<load::Source, String> {
    match programmes::resolved(Path::new(default)) {
        Resolved::Unknown { near, .. } => {
            let file = whrcf::config::settings_file().map(|f| f.display().to_string()).unwrap_or_default();
            let near = near.map(|n| wording::DID_YOU_MEAN.say(&[("near", &line(&n))])).unwrap_or_default();
            Err(wording::DEFAULT_NAMES_NOTHING.say(&[
                ("file", &line(&file)),
                ("name", &line(default)),
                ("near", &near),
            ]))
        }
        resolved => Ok(resolved.source().clone()),
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
        load::Options { fallback_zone: fallback_zone(cli), columns: cli.column_map.as_ref() },
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
    let started = chrono::Utc::now();
    let (loaded, source) = if cli.programme.is_none() && cli.edition == Some(EditionChoice::All) {
        let a = Archive::bundled().map_err(|e| e.to_string())?;
        archive = Some(a.members);
        (Loaded { programme: a.programme, warnings: Vec::new() }, load::Source::Newest)
    } else {
        let source = source(cli)?;
        (open_source(cli, &source)?, source)
    };
    let chosen = cli.tz.or_else(|| whrcf::config::Settings::load().0.zone);
    let zone = chosen.unwrap_or(ZoneChoice::Forum).resolve(loaded.programme.timezone);
    let clock = cli.now.map_or(Clock::System, Clock::Fixed);
    // Only a file or an address given as such is noted as recent, not an added programme's name.
    let given_as_such =
        cli.programme.as_deref().is_some_and(|g| matches!(programmes::resolved(g), Resolved::Direct(_)));
    let recent_problem = if given_as_such { programmes::record_recent(&source) } else { None };
    let copy_used = copy_read(&source, started);
    Ok(Context { loaded, zone, clock, archive, source, copy_used, recent_problem })
}

/// Which offline copy of a web programme was read: one fetched before `started` (a copy fetched
/// since was fetched by this open, and its progress line said so).
fn copy_read(source: &load::Source, started: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let load::Source::Web(raw) = source else { return None };
    let meta = offline::read_meta(&whrcf::config::data_dir()?, &Address::parse(raw)?)?;
    (meta.fetched_at < started).then(|| wording::web::from_copy(&meta.address, meta.fetched_at))
}

/// The zone `--tz` names, for files that give none.
pub fn fallback_zone(cli: &Cli) -> Option<chrono_tz::Tz> {
    match cli.tz {
        None | Some(ZoneChoice::Forum) => None,
        Some(choice) => Some(choice.resolve(chrono_tz::Tz::UTC)),
    }
}
