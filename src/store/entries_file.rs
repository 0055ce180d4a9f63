//! A small TOML file of entries by key — `version` and a `programmes` table — kept as the agenda
//! is: read through links, only a regular file; changed under the lock, read again and replaced
//! atomically; a corrupt file moved aside (as `NAME.corrupt-<timestamp>`) and reported, never
//! overwritten. What is hidden per programme and the programmes added by name are such files.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{Notice, disk, set_aside};

/// The files' version.
const VERSION: u32 = 1;

/// The whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Content<V> {
    version: u32,
    #[serde(default = "BTreeMap::new")]
    programmes: BTreeMap<String, V>,
}

/// A file of entries of type `V` by key, with the comment that heads it.
#[derive(Debug, Clone)]
pub(super) struct EntriesFile {
    path: PathBuf,
    heading: &'static str,
}

impl EntriesFile {
    pub fn new(path: PathBuf, heading: &'static str) -> Self {
        EntriesFile { path, heading }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The entries: none when there is no file; a notice when it cannot be read or is corrupt
    /// (then it is moved aside).
    pub fn read<V: DeserializeOwned>(&self) -> Result<BTreeMap<String, V>, Notice> {
        let unreadable = |e: io::Error| Notice::Unreadable { path: self.path.clone(), reason: e.to_string() };
        let target = disk::follow_links(&self.path).map_err(unreadable)?;
        match disk::read_regular(&self.path, &target).map_err(unreadable)? {
            None => Ok(BTreeMap::new()),
            Some(bytes) => parse(&bytes).map_err(|problem| set_aside(&target, &problem)),
        }
    }

    /// Under the lock: read the entries again, `edit` them and replace the file atomically; the
    /// notice when the file on disk was corrupt (and moved aside). `io` says a system error as `E`.
    pub fn change<V, E>(
        &self,
        io: impl Fn(io::Error) -> E,
        edit: impl FnOnce(&mut BTreeMap<String, V>) -> Result<(), E>,
    ) -> Result<Option<Notice>, E>
    where
        V: Serialize + DeserializeOwned,
    {
        let target = disk::follow_links(&self.path).map_err(&io)?;
        disk::regular_or_missing(&self.path, &target).map_err(&io)?;
        fs::create_dir_all(disk::dir_of(&target)).map_err(&io)?;
        let lock = disk::lock(&target).map_err(&io)?;
        disk::remove_stale_temp_files(&target);
        let (mut programmes, notice) = match self.read() {
            Ok(programmes) => (programmes, None),
            Err(Notice::Unreadable { reason, .. }) => return Err(io(io::Error::other(reason))),
            Err(notice) => (BTreeMap::new(), Some(notice)),
        };
        edit(&mut programmes)?;
        let content = Content { version: VERSION, programmes };
        let body = toml::to_string(&content).map_err(|e| io(io::Error::other(e.to_string())))?;
        let replaced = disk::regular_or_missing(&self.path, &target).map_err(&io)?;
        disk::replace(&target, format!("{}\n{body}", self.heading).as_bytes(), replaced.as_ref()).map_err(&io)?;
        drop(lock);
        Ok(notice)
    }
}

fn parse<V: DeserializeOwned>(bytes: &[u8]) -> Result<BTreeMap<String, V>, String> {
    let content: Content<V> = super::parse_toml(bytes).map_err(|e| e.to_string())?;
    if content.version != VERSION {
        let args: [crate::wording::Arg<'_>; 2] = [("version", &content.version), ("known", &VERSION)];
        return Err(crate::wording::FILE_VERSION_UNKNOWN.say(&args));
    }
    Ok(content.programmes)
}
