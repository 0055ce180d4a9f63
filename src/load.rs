//! Reading programmes: the bundled editions and programme files, with located errors.

mod bundled;
mod fields;
mod raw;
mod toml_file;

use std::path::Path;

use thiserror::Error;

pub use bundled::{BUNDLED, Bundled};

use crate::diagnostic::Problem;
use crate::model::Programme;
use crate::sanitize;

/// A programme that loaded, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub programme: Programme,
    pub warnings: Vec<Problem>,
}

/// Why a programme could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: not a text file (binary data at byte {offset}): expected a TOML programme")]
    Binary { path: String, offset: usize },
    #[error("{}", render(.problems))]
    Invalid { problems: Vec<Problem> },
    #[error("no bundled edition {0}: the bundled editions are {years}", years = bundled_years())]
    UnknownEdition(i32),
}

fn render(problems: &[Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

fn bundled_years() -> String {
    BUNDLED.iter().map(|b| b.edition.to_string()).collect::<Vec<_>>().join(", ")
}

impl LoadError {
    /// Every problem behind this error (one for read errors).
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { problems } => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// Whether the file could not be read at all (as opposed to read and found invalid).
    pub fn is_unreadable(&self) -> bool {
        matches!(self, LoadError::Read { .. } | LoadError::Binary { .. })
    }
}

/// A programme from TOML text; `path` names it in messages.
pub fn from_toml(text: &str, path: &str) -> Result<Loaded, LoadError> {
    toml_file::parse(text, path)
        .map(|(mut programme, warnings)| {
            sanitize::programme(&mut programme);
            Loaded { programme, warnings }
        })
        .map_err(|problems| LoadError::Invalid { problems })
}

/// A programme file.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read { path: shown.clone(), source })?;
    let text = decode(&bytes, &shown)?;
    from_toml(text, &shown)
}

/// Bytes as UTF-8 text, refusing binary data (NUL bytes or invalid UTF-8).
pub fn decode<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(LoadError::Binary { path: path.to_owned(), offset });
    }
    std::str::from_utf8(bytes).map_err(|e| LoadError::Binary { path: path.to_owned(), offset: e.valid_up_to() })
}

/// A bundled edition.
pub fn bundled(edition: i32) -> Result<Loaded, LoadError> {
    let b = bundled::find(edition).ok_or(LoadError::UnknownEdition(edition))?;
    from_toml(b.text, b.file)
}

/// The newest bundled edition.
pub fn default_bundled() -> Result<Loaded, LoadError> {
    bundled(bundled::newest().edition)
}
