//! `whrcf programmes [add SOURCE --name NAME | remove NAME]`: the bundled editions and the
//! programmes the user added by name (kept in `programmes.toml`), and how `--programme NAME` and
//! `[programme] default` in `config.toml` find an added programme. Names and sources come from a
//! file and are hostile: every one is printed as one neutralised line.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::json;
use whrcf::load::{self, BUNDLED};
use whrcf::sanitize::line;
use whrcf::store::Notice;
use whrcf::store::programmes::{ProgrammeStore, Refused, valid_name};

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
    whrcf::config::programmes_file().map(ProgrammeStore::new).ok_or_else(|| "no configuration directory".to_owned())
}

/// What `--programme` names: a web address or an existing file as before, else the source of
/// the programme added under that name, else the file it names (which will not be found).
pub(super) fn resolve(given: &Path) -> load::Source {
    let named = load::Source::named(given);
    if matches!(named, load::Source::Web(_)) || given.exists() {
        return named;
    }
    let added = given.to_str().filter(|n| valid_name(n)).and_then(|name| {
        let (programmes, _) = store().ok()?.load();
        let source = programmes.get(name).cloned();
        if source.is_none()
            && let Some(near) = whrcf::spelling::nearest(name, programmes.keys().map(String::as_str))
        {
            // The file will not be found either: say the programme probably meant first.
            errln!("whrcf: `{}` is no file and no added programme (did you mean `{}`?)", line(name), line(near));
        }
        source
    });
    added.map_or(named, |source| load::Source::named(Path::new(&source)))
}

/// Run `whrcf programmes`.
pub fn run(args: &ProgrammesArgs) -> Result<ExitCode, String> {
    let store = store()?;
    let notice = match &args.action {
        None => return list(&store, args.format),
        Some(Action::Add { source, name }) => {
            let source = checked_source(source)?;
            let notice = store.add(name, &source).map_err(|r| refused(&r, name))?;
            outln!("added {} as {}", line(&source), line(name));
            notice
        }
        Some(Action::Remove { name }) => {
            let notice = store.remove(name).map_err(|r| refused(&r, name))?;
            outln!("removed {}", line(name));
            notice
        }
    };
    notice.into_iter().for_each(|n| errln!("whrcf: {}", said(&n)));
    Ok(ExitCode::SUCCESS)
}

/// The source as kept: a checked web address, or the full path of an existing file.
fn checked_source(source: &str) -> Result<String, String> {
    if whrcf::web::looks_like_address(source) {
        return whrcf::web::Address::parse(source)
            .map(|a| a.to_string())
            .ok_or_else(|| format!("{source} is not a usable http or https address"));
    }
    let full = std::fs::canonicalize(source).map_err(|e| format!("cannot find {source}: {e}"))?;
    full.to_str().map(str::to_owned).ok_or_else(|| format!("{source}: the path is not UTF-8 text"))
}

fn refused(r: &Refused, name: &str) -> String {
    let name = line(name);
    match r {
        Refused::BadName => format!("`{name}` cannot name a programme: use letters, digits, - and _"),
        Refused::Taken(source) => {
            format!("a programme named `{name}` is already added ({}); remove it first", line(source))
        }
        Refused::Unknown(Some(near)) => {
            format!("no programme is added as `{name}` (did you mean `{}`?); see `whrcf programmes`", line(near))
        }
        Refused::Unknown(None) => format!("no programme is added as `{name}`; see `whrcf programmes`"),
        Refused::Io(e) => format!("cannot save the programmes: {e}"),
    }
}

/// What the user is told of a problem with `programmes.toml`.
fn said(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => format!("cannot read {}: {reason}", path.display()),
        Notice::SetAside { aside, problem } => {
            format!("the added programmes' file was corrupt ({problem}); it is kept as {}", aside.display())
        }
        Notice::NotSetAside { path, problem, reason } => {
            format!("{} is corrupt ({problem}) and could not be moved aside: {reason}", path.display())
        }
    }
}

/// When the offline copy of `source` was last fetched, if it is a web address with a copy.
fn fetched_at(source: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let address = whrcf::web::Address::parse(source)?;
    let meta = whrcf::web::offline::read_meta(&whrcf::config::data_dir()?, &address)?;
    Some(meta.fetched_at)
}

fn list(store: &ProgrammeStore, format: TableFormat) -> Result<ExitCode, String> {
    let (added, notice): (BTreeMap<String, String>, _) = store.load();
    notice.into_iter().for_each(|n| errln!("whrcf: {}", said(&n)));
    let (newest, oldest) = (BUNDLED[0].edition, BUNDLED[BUNDLED.len() - 1].edition);
    let web = |s: &str| whrcf::web::looks_like_address(s);
    match format {
        TableFormat::Json => {
            let items: Vec<_> = added
                .iter()
                .map(|(name, source)| {
                    json!({"name": name, "source": source, "web": web(source), "fetched_at": fetched_at(source).map(|t| t.to_rfc3339())})
                })
                .collect();
            let all = json!({"bundled": {"first": oldest, "last": newest, "editions": BUNDLED.len()}, "added": items});
            outln!("{}", whrcf::safe_json::to_string_pretty(&all).map_err(|e| e.to_string())?);
        }
        TableFormat::Table => {
            outln!("bundled: WHRCF {oldest}–{newest} ({} editions) — --edition YEAR", BUNDLED.len());
            if added.is_empty() {
                outln!("added: none yet (whrcf programmes add URL|PATH --name NAME)");
            }
            for (name, source) in &added {
                let fetched = match fetched_at(source) {
                    Some(at) => format!("  fetched {}", at.format("%Y-%m-%d %H:%M UTC")),
                    None if web(source) => "  not fetched yet".to_owned(),
                    None => String::new(),
                };
                outln!("{}  {}{fetched}", line(name), line(source));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
