//! The file of what the user hid (`hidden.toml` in the data directory): per programme id, the
//! hidden rooms, themes, organizers, kinds, formats and sessions. Saved as the agenda is: under
//! the lock, merged with the other programmes' entries on disk, replaced atomically. A corrupt
//! file is moved aside (as `hidden.toml.corrupt-<timestamp>`) and reported, never overwritten.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Notice, disk, set_aside};
use crate::filter::Hidden;

/// The file's version.
const VERSION: u32 = 1;

/// Why what is hidden could not be saved.
#[derive(Debug, Error)]
#[error("cannot save what is hidden to {path}: {source}")]
pub struct HiddenError {
    pub path: String,
    pub source: io::Error,
}

/// The whole file: what is hidden in each programme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HiddenFile {
    version: u32,
    #[serde(default)]
    programmes: BTreeMap<String, Hidden>,
}

/// The file of hidden choices on disk.
#[derive(Debug, Clone)]
pub struct HiddenStore {
    path: PathBuf,
}

impl HiddenStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        HiddenStore { path: path.into() }
    }

    /// What is hidden in the programme `id`: nothing when there is no file; nothing and a
    /// notice when the file cannot be read or is corrupt (then it is moved aside).
    pub fn load(&self, id: &str) -> (Hidden, Option<Notice>) {
        match self.read() {
            Ok(file) => (file.programmes.get(id).cloned().unwrap_or_default(), None),
            Err(notice) => (Hidden::default(), Some(notice)),
        }
    }

    fn read(&self) -> Result<HiddenFile, Notice> {
        let unreadable = |e: io::Error| Notice::Unreadable { path: self.path.clone(), reason: e.to_string() };
        let target = disk::follow_links(&self.path).map_err(unreadable)?;
        match disk::read_regular(&self.path, &target).map_err(unreadable)? {
            None => Ok(HiddenFile { version: VERSION, ..HiddenFile::default() }),
            Some(bytes) => parse(&bytes).map_err(|problem| set_aside(&target, &problem)),
        }
    }

    /// Save `hidden` as what is hidden in the programme `id`, keeping the other programmes'
    /// entries on disk; returns the notice when the file on disk was corrupt (and moved aside).
    pub fn save(&self, id: &str, hidden: &Hidden) -> Result<Option<Notice>, HiddenError> {
        let err = |source| HiddenError { path: self.path.display().to_string(), source };
        let target = disk::follow_links(&self.path).map_err(err)?;
        disk::regular_or_missing(&self.path, &target).map_err(err)?;
        fs::create_dir_all(disk::dir_of(&target)).map_err(err)?;
        let lock = disk::lock(&target).map_err(err)?;
        disk::remove_stale_temp_files(&target);
        let (mut file, notice) = match self.read() {
            Ok(file) => (file, None),
            Err(Notice::Unreadable { reason, .. }) => return Err(err(io::Error::other(reason))),
            Err(notice) => (HiddenFile::default(), Some(notice)),
        };
        file.version = VERSION;
        if hidden.is_empty() {
            file.programmes.remove(id);
        } else {
            file.programmes.insert(id.to_owned(), hidden.clone());
        }
        let replaced = disk::regular_or_missing(&self.path, &target).map_err(err)?;
        disk::replace(&target, render(&file).as_bytes(), replaced.as_ref()).map_err(err)?;
        drop(lock);
        Ok(notice)
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn render(file: &HiddenFile) -> String {
    let body = toml::to_string(file).unwrap_or_else(|e| unreachable!("strings and sets always write: {e}"));
    format!("# whrcf: what you chose not to see, per programme id\n{body}")
}

fn parse(bytes: &[u8]) -> Result<HiddenFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text at byte {}", e.valid_up_to()))?;
    let file: HiddenFile = toml::from_str(text).map_err(|e| e.message().trim().to_owned())?;
    if file.version != VERSION {
        return Err(format!("version {} is not one this whrcf reads ({VERSION})", file.version));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Facet;

    #[test]
    fn hidden_choices_survive_a_save_and_keep_other_programmes() {
        let dir = tempfile::tempdir().unwrap();
        let store = HiddenStore::new(dir.path().join("hidden.toml"));
        assert_eq!(store.load("a"), (Hidden::default(), None), "no file: nothing hidden");
        let mut a = Hidden::default();
        a.toggle(Facet::Room, "Hall \"A\"\n");
        a.toggle_session("youth");
        let mut b = Hidden::default();
        b.toggle(Facet::Theme, "climate");
        store.save("a", &a).unwrap();
        store.save("b", &b).unwrap();
        assert_eq!(store.load("a").0, a);
        assert_eq!(store.load("b").0, b);
        store.save("b", &Hidden::default()).unwrap();
        assert_eq!(store.load("a").0, a, "showing b again leaves a alone");
        let text = fs::read_to_string(store.path()).unwrap();
        assert!(!text.contains("\"b\""), "{text}");
        assert!(!dir.path().read_dir().unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("tmp")));
    }

    #[test]
    fn a_corrupt_file_is_set_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hidden.toml");
        fs::write(&path, "version = 1\n[programmes.a]\nrooms = 3\n").unwrap();
        let store = HiddenStore::new(&path);
        let (hidden, notice) = store.load("a");
        assert!(hidden.is_empty());
        assert!(matches!(notice, Some(Notice::SetAside { .. })), "{notice:?}");
        assert!(!path.exists(), "moved aside");
    }
}
