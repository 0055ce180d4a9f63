//! `whrcf programmes [add SOURCE --name NAME | remove NAME]`: the programme library — the bundled
//! editions, the programmes the user added by name (kept in `programmes.toml`) and the files and
//! addresses opened lately (`recent.toml`) — and how `--programme NAME` and `[programme] default`
//! in `config.toml` find an added programme. Names and sources come from a file and are hostile:
//! every one is printed as one neutralised line.

mod table;

use std::path::Path;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use whrcf::library::{self, Resolved};
use whrcf::load;
use whrcf::sanitize::line;
use whrcf::store::Notice;
use whrcf::store::programmes::{ProgrammeStore, Refused};
use whrcf::store::recent::RecentStore;
use whrcf::wording;

use super::TableFormat;

#[derive(Debug, Clone, Args)]
pub struct ProgrammesArgs {
    #[command(subcommand)]
    pub action: Option<Action>,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Action {
    /// Add a programme by name, to open it with `--programme NAME`.
    Add {
        /// Its web address (https://…) or the path of its file.
        #[arg(value_name = "URL|PATH")]
        source: String,
        /// The name to open it by: letters, digits, `-` and `_`.
        #[arg(long)]
        name: String,
    },
    /// Forget an added programme (its offline copy stays in the data directory).
    Remove {
        /// The name it was added as.
        name: String,
    },
}

fn store() -> Result<ProgrammeStore, String> {
    whrcf::config::programmes_file()
        .map(ProgrammeStore::new)
        .ok_or_else(|| wording::PROGRAMMES_NO_CONFIG_DIR.text().to_owned())
}

/// What `given` names: a web address or an existing file, else the programme added under that
/// name, else the file it names (which will not be found).
pub(super) fn resolved(given: &Path) -> Resolved {
    library::resolve(given, || store().map(|s| s.load().0).unwrap_or_default())
}

/// What `--programme` names, saying first which added programme was probably meant when it
/// names nothing (the file will not be found either).
pub(super) fn resolve(given: &Path) -> load::Source {
    let resolved = resolved(given);
    if let Resolved::Unknown { near: Some(near), .. } = &resolved {
        let name = line(&given.to_string_lossy());
        errln!("whrcf: {}", wording::NAMES_NOTHING_NEAR.say(&[("name", &name), ("near", &line(near))]));
    }
    resolved.source().clone()
}

/// Note a file or web address opened with `--programme` in the list of recent programmes; what
/// went wrong with the list, worded.
pub(super) fn record_recent(source: &load::Source) -> Option<String> {
    let kept = match source {
        load::Source::File(path) => std::fs::canonicalize(path).ok()?.to_str()?.to_owned(),
        load::Source::Web(raw) => whrcf::web::Address::parse(raw)?.to_string(),
        load::Source::Bundled(_) | load::Source::Newest => return None,
    };
    let store = RecentStore::new(whrcf::config::recent_file()?);
    match store.record(&kept, chrono::Utc::now()) {
        Ok(notice) => notice.map(|n| said(&n, wording::RECENT_SET_ASIDE)),
        Err(e) => Some(wording::RECENT_NOT_SAVED.say(&[("reason", &e)])),
    }
}

/// The whole library, with what went wrong reading its files, worded.
pub fn library() -> (Vec<library::Entry>, Vec<String>) {
    let (added, added_notice) = store().map(|s| s.load()).unwrap_or_default();
    let (recent, recent_notice) = whrcf::config::recent_file().map(|f| RecentStore::new(f).load()).unwrap_or_default();
    let entries = library::gather(&added, &recent, whrcf::config::data_dir().as_deref());
    let notices = added_notice
        .map(|n| said(&n, wording::PROGRAMMES_SET_ASIDE))
        .into_iter()
        .chain(recent_notice.map(|n| said(&n, wording::RECENT_SET_ASIDE)));
    (entries, notices.collect())
}

/// Run `whrcf programmes`.
pub fn run(args: &ProgrammesArgs) -> Result<ExitCode, String> {
    let store = store()?;
    let notice = match &args.action {
        None => {
            let (entries, notices) = library();
            notices.iter().for_each(|n| errln!("whrcf: {n}"));
            return table::list(&entries, args.format);
        }
        Some(Action::Add { source, name }) => {
            let source = checked_source(source)?;
            let notice = store.add(name, &source).map_err(|r| refused(&r, name))?;
            outln!("{}", wording::PROGRAMME_ADDED.say(&[("source", &line(&source)), ("name", &line(name))]));
            notice
        }
        Some(Action::Remove { name }) => {
            let notice = store.remove(name).map_err(|r| refused(&r, name))?;
            outln!("{}", wording::PROGRAMME_REMOVED.say(&[("name", &line(name))]));
            warn_if_default(name);
            notice
        }
    };
    notice.into_iter().for_each(|n| errln!("whrcf: {}", said(&n, wording::PROGRAMMES_SET_ASIDE)));
    Ok(ExitCode::SUCCESS)
}

/// Warn when the programme just removed is `[programme] default`: the default now names nothing.
fn warn_if_default(name: &str) {
    if whrcf::config::Settings::load().0.default_programme.as_deref() == Some(name) {
        let file = whrcf::config::settings_file().map(|f| f.display().to_string()).unwrap_or_default();
        errln!("whrcf: {}", wording::PROGRAMME_REMOVED_DEFAULT.say(&[("name", &line(name)), ("file", &line(&file))]));
    }
}

/// The source as kept: a checked web address, or the full path of an existing file.
fn checked_source(source: &str) -> Result<String, String> {
    let shown = whrcf::sanitize::visible(source);
    if whrcf::web::looks_like_address(source) {
        return whrcf::web::Address::parse(source).map(|a| a.to_string()).ok_or_else(|| {
            if whrcf::web::follow::has_control(source) {
                wording::web::failure(&shown, &whrcf::web::Failure::ControlInAddress)
            } else {
                wording::PROGRAMME_NOT_ADDRESS.say(&[("source", &shown)])
            }
        });
    }
    let full = std::fs::canonicalize(source)
        .map_err(|e| wording::PROGRAMME_NOT_FOUND.say(&[("source", &shown), ("reason", &e)]))?;
    full.to_str().map(str::to_owned).ok_or_else(|| wording::PROGRAMME_PATH_NOT_UTF8.say(&[("source", &shown)]))
}

fn refused(r: &Refused, name: &str) -> String {
    let name = line(name);
    match r {
        Refused::BadName => wording::PROGRAMME_BAD_NAME.say(&[("name", &name)]),
        Refused::Taken(source) => wording::PROGRAMME_TAKEN.say(&[("name", &name), ("source", &line(source))]),
        Refused::Unknown(Some(near)) => wording::PROGRAMME_UNKNOWN_NEAR.say(&[("name", &name), ("near", &line(near))]),
        Refused::Unknown(None) => wording::PROGRAMME_UNKNOWN.say(&[("name", &name)]),
        Refused::Io(e) => wording::PROGRAMMES_NOT_SAVED.say(&[("reason", e)]),
    }
}

/// What the user is told of a problem with `programmes.toml` or `recent.toml`; `set_aside` says
/// which file was corrupt and kept aside.
fn said(n: &Notice, set_aside: wording::Message) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            wording::PROGRAMMES_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => set_aside.say(&[("problem", problem), ("aside", &aside.display())]),
        Notice::NotSetAside { path, problem, reason } => wording::PROGRAMMES_NOT_SET_ASIDE.say(&[
            ("path", &path.display()),
            ("problem", problem),
            ("reason", reason),
        ]),
    }
}
