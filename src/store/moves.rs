//! The file of what-if moves (`moves.toml` in the data directory): per programme ([`key`]: its
//! id, and for a local file its canonical path, so two `prog.csv` in two folders keep apart), the
//! moves made in the grid, which the programme file never gets. Saved as the agenda is: under the
//! lock, merged with the other programmes' entries on disk, replaced atomically. A corrupt file
//! is moved aside (as `moves.toml.corrupt-<timestamp>`) and reported, never overwritten.

use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::Notice;
use super::entries_file::EntriesFile;
use crate::load::Source;
use crate::moves::Move;

/// What the moves of the programme `id`, opened from `source`, are kept under: the id of a
/// bundled edition or a web programme; the id and the canonical path of a local file (whose id
/// comes from its file name, which another file elsewhere may share).
pub fn key(id: &str, source: &Source) -> String {
    match source {
        Source::File(path) => {
            let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
            format!("{id} @ {}", path.display())
        }
        Source::Bundled(_) | Source::Newest | Source::Web(_) => id.to_owned(),
    }
}

/// Why the moves could not be saved.
#[derive(Debug, Error)]
#[error("cannot save the moves to {path}: {source}")]
pub struct MovesError {
    pub path: String,
    pub source: io::Error,
}

/// The file of moves on disk.
#[derive(Debug, Clone)]
pub struct MovesStore {
    file: EntriesFile,
}

impl MovesStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        MovesStore {
            file: EntriesFile::new(
                path.into(),
                "# whrcf: what-if moves per programme (the programme files are never changed)",
            ),
        }
    }

    /// The moves of the programme kept under `id` ([`key`]): none when there is no file; none and a notice when the
    /// file cannot be read or is corrupt (then it is moved aside).
    pub fn load(&self, id: &str) -> (Vec<Move>, Option<Notice>) {
        match self.file.read::<Vec<Move>>() {
            Ok(mut programmes) => (programmes.remove(id).unwrap_or_default(), None),
            Err(notice) => (Vec::new(), Some(notice)),
        }
    }

    /// Save `moves` as the moves of the programme `id`, keeping the other programmes' entries on
    /// disk; returns the notice when the file on disk was corrupt (and moved aside).
    pub fn save(&self, id: &str, moves: &[Move]) -> Result<Option<Notice>, MovesError> {
        let err = |source| MovesError { path: self.file.path().display().to_string(), source };
        self.file.change(err, |programmes| {
            if moves.is_empty() {
                programmes.remove(id);
            } else {
                programmes.insert(id.to_owned(), moves.to_vec());
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
#[path = "moves_tests.rs"]
mod tests;
