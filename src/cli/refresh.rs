//! `whrcf refresh [PROGRAMME]`: ask the server of a programme on the web whether it changed since
//! its offline copy was fetched (a conditional request), and replace the copy when it did. Says
//! "not modified", "updated" or what failed; on a failure the copy stays as it was (exit 2).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use whrcf::load::{self, LoadError};
use whrcf::web::{Address, follow, offline};
use whrcf::wording;

use super::EXIT_ERROR;

#[derive(Debug, Clone, Args)]
pub struct RefreshArgs {
    /// The programme's web address (default: the one --programme names).
    #[arg(value_name = "URL")]
    pub address: Option<PathBuf>,
}

/// Refresh the offline copy of the programme the arguments name.
pub fn run(cli: &super::Cli, args: &RefreshArgs) -> ExitCode {
    let named = args.address.as_ref().or(cli.programme.as_ref());
    let Some(load::Source::Web(raw)) = named.map(|p| super::programmes::resolve(p)) else {
        errln!("whrcf: {}", wording::WEB_REFRESH_NEEDS_ADDRESS.text());
        return ExitCode::from(EXIT_ERROR);
    };
    let result = super::with_opening(cli, |how| follow::refresh(&raw, how.options, &how.web));
    match result {
        Ok(outcome) => {
            // Printed as checked (non-ASCII percent-encoded), as every other message names it.
            let shown = Address::parse(&raw).map_or(raw, |a| a.to_string());
            outln!("{}", wording::web::refreshed(&shown, &outcome));
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("whrcf: {}", kept_copy(&raw, &e).unwrap_or_else(|| e.to_string()));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// The app's notice of the programme on the web it shows: fetched now (at `started` or later),
/// or the offline copy fetched then.
pub fn offline_copy_notice(source: &load::Source, started: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let load::Source::Web(raw) = source else { return None };
    let meta = offline::read_meta(&whrcf::config::data_dir()?, &Address::parse(raw)?)?;
    if meta.fetched_at >= started {
        return Some(wording::web::opened_fetched(&meta.address, meta.fetched_at));
    }
    Some(wording::web::opened_copy(&meta.address, meta.fetched_at))
}

/// The failure, saying which offline copy stays in use, when there is one.
fn kept_copy(raw: &str, e: &LoadError) -> Option<String> {
    let LoadError::Fetch { .. } = e else { return None };
    let dir = whrcf::config::data_dir()?;
    let copy = offline::read(&dir, &Address::parse(raw)?).ok()??;
    Some(wording::web::copy_kept(&e.to_string(), copy.meta.fetched_at))
}
