//! The versions the user last saw (`seen/` in the data directory): one file per programme, named
//! by a hash of its id, so opening one programme reads only its own. Kept as the agenda is: read
//! through links, only a regular file; replaced atomically under the lock; a corrupt file moved
//! aside (as `NAME.corrupt-<timestamp>`) and reported, never overwritten.

use std::fs;
use std::io;
use std::path::PathBuf;

use thiserror::Error;
use xxhash_rust::xxh3::xxh3_64;

use super::{Notice, disk, set_aside};
use crate::diff::Change;
use crate::model::Programme;
use crate::seen::{self, Snapshot};

/// Why the version seen could not be recorded.
#[derive(Debug, Error)]
#[error("cannot record what you have seen to {path}: {source}")]
pub struct SeenError {
    pub path: String,
    pub source: io::Error,
}

/// The directory of the versions seen.
#[derive(Debug, Clone)]
pub struct SeenStore {
    dir: PathBuf,
}

/// A programme against the version the user last saw.
#[derive(Debug, Clone, Default)]
pub struct Look {
    /// What changed since (nothing the first time a programme is opened: that version is
    /// recorded as seen).
    pub changes: Vec<Change>,
    /// What the user should know about the file of the version seen.
    pub notice: Option<Notice>,
}

impl SeenStore {
    /// The store in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        SeenStore { dir: dir.into() }
    }

    /// The file of the programme `id`.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{:016x}.json", xxh3_64(id.as_bytes())))
    }

    /// The version of programme `id` last seen: none when there is none (or the file is another
    /// programme's); a notice when the file cannot be read, or is corrupt (then it is moved aside).
    pub fn load(&self, id: &str) -> Result<Option<Snapshot>, Notice> {
        let path = self.path(id);
        let unreadable = |e: io::Error| Notice::Unreadable { path: path.clone(), reason: e.to_string() };
        let target = disk::follow_links(&path).map_err(unreadable)?;
        match disk::read_regular(&path, &target).map_err(unreadable)? {
            None => Ok(None),
            Some(bytes) => match Snapshot::parse(&bytes) {
                Ok(snapshot) => Ok((snapshot.programme == id).then_some(snapshot)),
                Err(problem) => Err(set_aside(&target, &problem)),
            },
        }
    }

    /// Record `programme` as it is now as the version seen.
    pub fn save(&self, programme: &Programme) -> Result<(), SeenError> {
        let path = self.path(&programme.id);
        let err = |source| SeenError { path: path.display().to_string(), source };
        let target = disk::follow_links(&path).map_err(err)?;
        disk::regular_or_missing(&path, &target).map_err(err)?;
        fs::create_dir_all(disk::dir_of(&target)).map_err(err)?;
        let lock = disk::lock(&target).map_err(err)?;
        disk::remove_stale_temp_files(&target);
        let replaced = disk::regular_or_missing(&path, &target).map_err(err)?;
        disk::replace(&target, &seen::render(programme), replaced.as_ref()).map_err(err)?;
        drop(lock);
        Ok(())
    }

    /// `programme` against the version last seen. The first time (or when the file was corrupt
    /// and set aside) this version is recorded as seen and nothing is said to have changed.
    pub fn look(&self, programme: &Programme) -> Look {
        let first = |notice: Option<Notice>| {
            let notice = match self.save(programme) {
                Ok(()) => notice,
                Err(e) => notice.or(Some(Notice::Unreadable { path: self.path(&programme.id), reason: e.to_string() })),
            };
            Look { changes: Vec::new(), notice }
        };
        match self.load(&programme.id) {
            Ok(Some(snapshot)) => Look { changes: snapshot.changes(programme), notice: None },
            Ok(None) => first(None),
            Err(notice @ Notice::Unreadable { .. }) => Look { changes: Vec::new(), notice: Some(notice) },
            Err(notice) => first(Some(notice)),
        }
    }
}
