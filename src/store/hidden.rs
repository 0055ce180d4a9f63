//! The file of what the user hid (`hidden.toml` in the data directory): per programme id, the
//! hidden rooms, themes, organizers, kinds, formats and sessions. Saved as the agenda is: under
//! the lock, merged with the other programmes' entries on disk, replaced atomically. A corrupt
//! file is moved aside (as `hidden.toml.corrupt-<timestamp>`) and reported, never overwritten.

use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::Notice;
use super::entries_file::EntriesFile;
use crate::filter::Hidden;

/// Why what is hidden could not be saved.
#[derive(Debug, Error)]
#[error("cannot save what is hidden to {path}: {source}")]
pub struct HiddenError {
    pub path: String,
    pub source: io::Error,
}

/// The file of hidden choices on disk.
#[derive(Debug, Clone)]
pub struct HiddenStore {
    file: EntriesFile,
}

impl HiddenStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        HiddenStore { file: EntriesFile::new(path.into(), "# whrcf: what you chose not to see, per programme id") }
    }

    /// What is hidden in the programme `id`: nothing when there is no file; nothing and a
    /// notice when the file cannot be read or is corrupt (then it is moved aside).
    pub fn load(&self, id: &str) -> (Hidden, Option<Notice>) {
        match self.file.read::<Hidden>() {
            Ok(mut programmes) => (programmes.remove(id).unwrap_or_default(), None),
            Err(notice) => (Hidden::default(), Some(notice)),
        }
    }

    /// Save `hidden` as what is hidden in the programme `id`, keeping the other programmes'
    /// entries on disk; returns the notice when the file on disk was corrupt (and moved aside).
    pub fn save(&self, id: &str, hidden: &Hidden) -> Result<Option<Notice>, HiddenError> {
        let err = |source| HiddenError { path: self.file.path().display().to_string(), source };
        self.file.change(err, |programmes| {
            if hidden.is_empty() {
                programmes.remove(id);
            } else {
                programmes.insert(id.to_owned(), hidden.clone());
            }
            Ok(())
        })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        self.file.path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Facet;
    use std::fs;

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
