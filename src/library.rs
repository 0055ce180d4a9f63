//! The programme library: every programme the user can open by choosing it — the bundled
//! editions, the programmes added by name (`store::programmes`) and the files and web addresses
//! opened lately (`store::recent`) — each with what to show and the [`Source`] that opens it; and
//! how what the user typed after `--programme` finds one of them ([`resolve`]). Facts only: the
//! command line and the app word them.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::load::{BUNDLED, Source};
use crate::store::recent::Recent;

/// Which group of the library an entry is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Bundled,
    Added,
    Recent,
}

/// One programme of the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    /// What it is called: a bundled edition's year, an added programme's name, a recent file's
    /// name or a recent address's host (hostile text: neutralise it where it is shown).
    pub name: String,
    /// Where it comes from: a file's full path or a web address; `None` for a bundled edition.
    pub location: Option<String>,
    /// For a programme on the web, when its offline copy was fetched (`None`: not yet).
    pub fetched_at: Option<DateTime<Utc>>,
    /// For a recent entry, when it was last opened.
    pub opened_at: Option<DateTime<Utc>>,
    /// What opens it.
    pub source: Source,
}

impl Entry {
    /// Whether it is a programme on the web.
    pub fn is_web(&self) -> bool {
        matches!(self.source, Source::Web(_))
    }
}

/// The whole library, in the order it is shown: the bundled editions (newest first), the added
/// programmes by name, the recent sources (last opened first) not also added by name. `data_dir`
/// holds the offline copies of web programmes (for their fetch times).
pub fn gather(added: &BTreeMap<String, String>, recent: &[Recent], data_dir: Option<&Path>) -> Vec<Entry> {
    let fetched_at = |source: &Source| match source {
        Source::Web(raw) => {
            let address = crate::web::Address::parse(raw)?;
            crate::web::offline::read_meta(data_dir?, &address).map(|m| m.fetched_at)
        }
        _ => None,
    };
    let bundled = BUNDLED.iter().map(|b| Entry {
        kind: Kind::Bundled,
        name: b.edition.to_string(),
        location: None,
        fetched_at: None,
        opened_at: None,
        source: Source::Bundled(b.edition),
    });
    let added_entries = added.iter().map(|(name, location)| {
        let source = Source::named(Path::new(location));
        Entry {
            kind: Kind::Added,
            name: name.clone(),
            location: Some(location.clone()),
            fetched_at: fetched_at(&source),
            opened_at: None,
            source,
        }
    });
    let recent_entries = recent.iter().filter(|r| !added.values().any(|a| *a == r.source)).map(|r| {
        let source = Source::named(Path::new(&r.source));
        Entry {
            kind: Kind::Recent,
            name: short_name(&r.source, &source),
            location: Some(r.source.clone()),
            fetched_at: fetched_at(&source),
            opened_at: Some(r.opened_at),
            source,
        }
    });
    bundled.chain(added_entries).chain(recent_entries).collect()
}

/// A recent source's short name: a file's name, an address's last path part (so that two
/// programmes on one server are told apart), else its host.
fn short_name(location: &str, source: &Source) -> String {
    match source {
        Source::Web(_) => {
            let rest = location.split_once("://").map_or(location, |(_, rest)| rest);
            let path = rest.split(['?', '#']).next().unwrap_or(rest);
            let host = path.split('/').next().unwrap_or(path);
            path.rsplit('/').find(|part| !part.is_empty()).filter(|part| *part != host).unwrap_or(host).to_owned()
        }
        _ => Path::new(location).file_name().map_or_else(|| location.to_owned(), |n| n.to_string_lossy().into_owned()),
    }
}

/// The entries whose name or location match `query` (fuzzily, case and accents folded, every
/// word somewhere), best first; all of them in library order for an empty query.
pub fn matching(entries: &[Entry], query: &str) -> Vec<usize> {
    let words: Vec<String> = query.split_whitespace().map(crate::text::fold_text).collect();
    if words.is_empty() {
        return (0..entries.len()).collect();
    }
    let matcher = SkimMatcherV2::default().ignore_case();
    let mut scored: Vec<(i64, usize)> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let text = crate::text::fold_text(&format!("{} {}", e.name, e.location.as_deref().unwrap_or("")));
            let scores: Option<Vec<i64>> = words.iter().map(|w| matcher.fuzzy_match(&text, w)).collect();
            scores.map(|s| (s.iter().sum(), i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// What `--programme` (or `[programme] default`) named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A web address, or a file that exists.
    Direct(Source),
    /// The programme added under this name.
    Added { name: String, source: Source },
    /// No file and no added programme: the file it names (which will not be found), and the
    /// added programme's name probably meant, when one is near.
    Unknown { source: Source, near: Option<String> },
}

impl Resolved {
    /// What to open.
    pub fn source(&self) -> &Source {
        match self {
            Resolved::Direct(source) | Resolved::Added { source, .. } | Resolved::Unknown { source, .. } => source,
        }
    }
}

/// What `given` names: a web address or an existing file as it is, else the programme added
/// under that name (`added` is asked for the added programmes only then).
pub fn resolve(given: &Path, added: impl FnOnce() -> BTreeMap<String, String>) -> Resolved {
    let named = Source::named(given);
    if matches!(named, Source::Web(_)) || given.exists() {
        return Resolved::Direct(named);
    }
    let Some(name) = given.to_str().filter(|n| crate::store::programmes::valid_name(n)) else {
        return Resolved::Unknown { source: named, near: None };
    };
    let added = added();
    match added.get(name) {
        Some(location) => Resolved::Added { name: name.to_owned(), source: Source::named(Path::new(location)) },
        None => {
            let near = crate::spelling::nearest(name, added.keys().map(String::as_str)).map(str::to_owned);
            Resolved::Unknown { source: named, near }
        }
    }
}

#[cfg(test)]
#[path = "library_tests.rs"]
mod tests;
