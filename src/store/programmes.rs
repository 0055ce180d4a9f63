//! The programmes the user added by name (`programmes.toml` in the config directory): each name
//! with its source, a web address or a file path. Saved as the agenda is: under the lock, read
//! again, replaced atomically. A corrupt file is moved aside (as
//! `programmes.toml.corrupt-<timestamp>`) and reported, never overwritten.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Notice, disk, set_aside};

/// The file's version.
const VERSION: u32 = 1;

/// The whole file: each added programme's source, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammesFile {
    version: u32,
    #[serde(default)]
    programmes: BTreeMap<String, String>,
}

/// Why a change to the added programmes was not made.
#[derive(Debug)]
pub enum Refused {
    /// The name is not letters, digits, `-` and `_`.
    BadName,
    /// A programme of that name was added before (its source).
    Taken(String),
    /// No programme has that name (the nearest name, when one is near).
    Unknown(Option<String>),
    /// The file could not be read or written (the system's words).
    Io(io::Error),
}

/// Whether `name` can name a programme: one or more letters, digits, `-` and `_`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The file of added programmes on disk.
#[derive(Debug, Clone)]
pub struct ProgrammeStore {
    path: PathBuf,
}

impl ProgrammeStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        ProgrammeStore { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The added programmes (name, source) by name; none and a notice when the file cannot be
    /// read or is corrupt (then it is moved aside).
    pub fn load(&self) -> (BTreeMap<String, String>, Option<Notice>) {
        match self.read() {
            Ok(file) => (file.programmes, None),
            Err(notice) => (BTreeMap::new(), Some(notice)),
        }
    }

    fn read(&self) -> Result<ProgrammesFile, Notice> {
        let unreadable = |e: io::Error| Notice::Unreadable { path: self.path.clone(), reason: e.to_string() };
        let target = disk::follow_links(&self.path).map_err(unreadable)?;
        match disk::read_regular(&self.path, &target).map_err(unreadable)? {
            None => Ok(ProgrammesFile { version: VERSION, ..ProgrammesFile::default() }),
            Some(bytes) => parse(&bytes).map_err(|problem| set_aside(&target, &problem)),
        }
    }

    /// Add `source` as `name`; the notice when the file on disk was corrupt (and moved aside).
    pub fn add(&self, name: &str, source: &str) -> Result<Option<Notice>, Refused> {
        if !valid_name(name) {
            return Err(Refused::BadName);
        }
        self.change(|programmes| match programmes.get(name) {
            Some(taken) => Err(Refused::Taken(taken.clone())),
            None => {
                programmes.insert(name.to_owned(), source.to_owned());
                Ok(())
            }
        })
    }

    /// Remove the programme `name`; the notice when the file on disk was corrupt.
    pub fn remove(&self, name: &str) -> Result<Option<Notice>, Refused> {
        self.change(|programmes| match programmes.remove(name) {
            Some(_) => Ok(()),
            None => {
                let near = crate::spelling::nearest(name, programmes.keys().map(String::as_str));
                Err(Refused::Unknown(near.map(str::to_owned)))
            }
        })
    }

    /// Under the lock: read the file, `edit` its programmes, and replace it atomically.
    fn change(
        &self,
        edit: impl FnOnce(&mut BTreeMap<String, String>) -> Result<(), Refused>,
    ) -> Result<Option<Notice>, Refused> {
        let target = disk::follow_links(&self.path).map_err(Refused::Io)?;
        disk::regular_or_missing(&self.path, &target).map_err(Refused::Io)?;
        std::fs::create_dir_all(disk::dir_of(&target)).map_err(Refused::Io)?;
        let lock = disk::lock(&target).map_err(Refused::Io)?;
        disk::remove_stale_temp_files(&target);
        let (mut file, notice) = match self.read() {
            Ok(file) => (file, None),
            Err(Notice::Unreadable { reason, .. }) => return Err(Refused::Io(io::Error::other(reason))),
            Err(notice) => (ProgrammesFile::default(), Some(notice)),
        };
        edit(&mut file.programmes)?;
        file.version = VERSION;
        let replaced = disk::regular_or_missing(&self.path, &target).map_err(Refused::Io)?;
        disk::replace(&target, render(&file).as_bytes(), replaced.as_ref()).map_err(Refused::Io)?;
        drop(lock);
        Ok(notice)
    }
}

fn render(file: &ProgrammesFile) -> String {
    let body = toml::to_string(file).unwrap_or_else(|e| unreachable!("strings always write: {e}"));
    format!("# whrcf: the programmes you added (`whrcf programmes add SOURCE --name NAME`)\n{body}")
}

fn parse(bytes: &[u8]) -> Result<ProgrammesFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text at byte {}", e.valid_up_to()))?;
    let file: ProgrammesFile = toml::from_str(text).map_err(|e| e.message().trim().to_owned())?;
    if file.version != VERSION {
        return Err(format!("version {} is not one this whrcf reads ({VERSION})", file.version));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programmes_are_added_refused_twice_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProgrammeStore::new(dir.path().join("programmes.toml"));
        store.add("fosdem", "https://example.org/s.xml").unwrap();
        assert!(matches!(store.add("fosdem", "/x"), Err(Refused::Taken(s)) if s == "https://example.org/s.xml"));
        assert!(matches!(store.add("a b", "/x"), Err(Refused::BadName)));
        assert!(matches!(store.remove("fosdme"), Err(Refused::Unknown(Some(n))) if n == "fosdem"));
        store.remove("fosdem").unwrap();
        assert!(store.load().0.is_empty());
    }
}
