//! The programmes the user added by name (`programmes.toml` in the config directory): each name
//! with its source, a web address or a file path. Saved as the agenda is: under the lock, read
//! again, replaced atomically. A corrupt file is moved aside (as
//! `programmes.toml.corrupt-<timestamp>`) and reported, never overwritten.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use super::Notice;
use super::entries_file::EntriesFile;

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
    file: EntriesFile,
}

impl ProgrammeStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        ProgrammeStore {
            file: EntriesFile::new(
                path.into(),
                "# whrcf: the programmes you added (`whrcf programmes add SOURCE --name NAME`)",
            ),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// The added programmes (name, source) by name; none and a notice when the file cannot be
    /// read or is corrupt (then it is moved aside).
    pub fn load(&self) -> (BTreeMap<String, String>, Option<Notice>) {
        match self.file.read() {
            Ok(programmes) => (programmes, None),
            Err(notice) => (BTreeMap::new(), Some(notice)),
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
        self.file.change(Refused::Io, edit)
    }
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
