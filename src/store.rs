//! The one owner of the agenda file. Every save takes a lock, reads what is on disk, merges
//! (so two open terminals lose nothing), and replaces the file atomically (temporary file in the
//! same directory, fsync, rename, fsync of the directory). A corrupt file is moved aside as
//! `agenda.toml.corrupt-<timestamp>`, reported, and never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::Utc;
use thiserror::Error;

use crate::agenda::AgendaFile;

/// Why the agenda could not be saved.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot save the agenda to {path}: {source}")]
    Write { path: String, source: io::Error },
}

/// The agenda as read, with a message for the user when something was wrong with the file.
#[derive(Debug, Clone, Default)]
pub struct Read {
    pub file: AgendaFile,
    pub notice: Option<String>,
}

/// An agenda file on disk.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
}

impl Store {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Store { path: path.into() }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read the agenda. A missing file is an empty agenda; an unreadable or corrupt one is moved
    /// aside (when possible) and reported, and an empty agenda is returned.
    pub fn load(&self) -> Read {
        match fs::read(&self.path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Read::default(),
            Err(e) => Read { file: AgendaFile::default(), notice: Some(format!("cannot read {}: {e}", self.path.display())) },
            Ok(bytes) => match parse(&bytes) {
                Ok(file) => Read { file, notice: None },
                Err(problem) => Read { file: AgendaFile::default(), notice: Some(self.set_aside(&problem)) },
            },
        }
    }

    fn set_aside(&self, problem: &str) -> String {
        let stamp = Utc::now().format("%Y%m%dT%H%M%S");
        let mut aside = self.path.with_file_name(format!("{}.corrupt-{stamp}", file_name(&self.path)));
        let mut n = 1;
        while aside.exists() {
            aside = self.path.with_file_name(format!("{}.corrupt-{stamp}-{n}", file_name(&self.path)));
            n += 1;
        }
        match fs::rename(&self.path, &aside) {
            Ok(()) => format!(
                "the agenda file was corrupt ({problem}); it was kept as {} and a new agenda was started",
                aside.display()
            ),
            Err(e) => format!("the agenda file {} is corrupt ({problem}) and could not be moved aside: {e}", self.path.display()),
        }
    }

    /// Merge `local` with what is on disk and write the result atomically; returns the merged
    /// agenda and, when the file on disk was corrupt, the notice saying where it was kept.
    pub fn save(&self, local: &AgendaFile) -> Result<(AgendaFile, Option<String>), StoreError> {
        let err = |source| StoreError::Write { path: self.path.display().to_string(), source };
        let dir = self.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(err)?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!(".{}.lock", file_name(&self.path))))
            .map_err(err)?;
        lock.lock().map_err(err)?;
        let on_disk = self.load();
        let merged = on_disk.file.merged(local);
        let text = toml::to_string(&merged).map_err(|e| err(io::Error::other(e)))?;
        let tmp = dir.join(format!(".{}.tmp-{}", file_name(&self.path), std::process::id()));
        let written = write_synced(&tmp, text.as_bytes()).and_then(|()| fs::rename(&tmp, &self.path));
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written.map_err(err)?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        drop(lock);
        Ok((merged, on_disk.notice))
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or("agenda.toml".into(), |n| n.to_string_lossy().into_owned())
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// An agenda file's contents; the error says what is wrong.
pub fn parse(bytes: &[u8]) -> Result<AgendaFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text at byte {}", e.valid_up_to()))?;
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        match line {
            Some(l) => format!("line {l}: {}", e.message().trim()),
            None => e.message().trim().to_owned(),
        }
    })
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
