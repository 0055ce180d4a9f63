//! The one door to a programme: every command and the app open what the user named through
//! [`open`], with the same options, so a file is read the same way everywhere (`--tz` for a
//! schedule that names no zone, the cache for a large file, the same checks on what the path is).

use std::path::{Path, PathBuf};

use super::cache::{self, Cache};
use super::{LoadError, Loaded, Options};

/// What to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A bundled edition of the forum, by year.
    Bundled(i32),
    /// The newest bundled edition.
    Newest,
    /// A programme file in any supported format.
    File(PathBuf),
    /// A programme on the web (`http`/`https`), kept as an offline copy (`crate::web`).
    Web(String),
}

impl Source {
    /// What the user named where a path goes: a web address (`scheme://…`) or a file.
    pub fn named(path: &Path) -> Source {
        match path.to_str() {
            Some(raw) if crate::web::looks_like_address(raw) => Source::Web(raw.to_owned()),
            _ => Source::File(path.to_path_buf()),
        }
    }
}

/// How to open it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Opening<'a> {
    /// How to read what a file leaves open.
    pub options: Options<'a>,
    /// Where large files are kept parsed; `None` parses every time.
    pub cache: Option<Cache<'a>>,
    /// Where web programmes are kept, and how they are fetched.
    pub web: crate::web::Following<'a>,
}

impl<'a> Opening<'a> {
    /// Read with `options`, through the cache in `dir` (default policy) when there is one.
    pub fn new(options: Options<'a>, cache_dir: Option<&'a Path>) -> Self {
        Opening { options, cache: cache_dir.map(Cache::at), web: crate::web::Following::default() }
    }
}

/// The programme `source` names, with the warnings found reading it.
pub fn open(source: &Source, how: Opening) -> Result<Loaded, LoadError> {
    match source {
        Source::Bundled(year) => super::bundled(*year),
        Source::Newest => super::default_bundled(),
        Source::File(path) => cache::load(path, how.options, how.cache).map(|(loaded, _)| loaded),
        Source::Web(address) => crate::web::follow::open(address, how.options, &how.web).map(|(loaded, _)| loaded),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_opens_through_the_door() {
        let newest = open(&Source::Newest, Opening::default()).unwrap().programme;
        assert_eq!(open(&Source::Bundled(newest.edition.unwrap()), Opening::default()).unwrap().programme, newest);
        assert!(matches!(open(&Source::Bundled(1900), Opening::default()), Err(LoadError::UnknownEdition(1900))));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.toml");
        std::fs::write(&path, super::super::to_toml(&newest).unwrap()).unwrap();
        let file = open(&Source::File(path), Opening::new(Options::default(), Some(dir.path()))).unwrap();
        assert_eq!(file.programme.sessions, newest.sessions);
    }
}
