//! The programme files and web addresses the user opened lately with `--programme`
//! (`recent.toml` in the data directory): each source with when it was last opened, at most
//! [`MAX_RECENT`], the oldest dropped first. Kept as the other small stores are: changed under the
//! lock, read again and replaced atomically; a corrupt file moved aside and reported.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Notice;
use super::entries_file::EntriesFile;

/// How many sources the list keeps.
pub const MAX_RECENT: usize = 10;

/// When a source was last opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Opened {
    opened_at: DateTime<Utc>,
}

/// A source opened lately.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recent {
    /// A file's full path or a web address, as it was opened.
    pub source: String,
    pub opened_at: DateTime<Utc>,
}

/// The file of recent sources on disk.
#[derive(Debug, Clone)]
pub struct RecentStore {
    file: EntriesFile,
}

impl RecentStore {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        RecentStore {
            file: EntriesFile::new(path.into(), "# whrcf: the programme files and addresses you opened lately"),
        }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// The recent sources, the last opened first; none and a notice when the file cannot be read
    /// or is corrupt (then it is moved aside). A file edited by hand to hold more than
    /// [`MAX_RECENT`] is cut to the newest.
    pub fn load(&self) -> (Vec<Recent>, Option<Notice>) {
        match self.file.read::<Opened>() {
            Ok(entries) => (newest_first(entries.into_iter()), None),
            Err(notice) => (Vec::new(), Some(notice)),
        }
    }

    /// Note that `source` was opened `at`; the oldest source beyond [`MAX_RECENT`] is dropped.
    /// The notice when the file on disk was corrupt (and moved aside).
    pub fn record(&self, source: &str, at: DateTime<Utc>) -> io::Result<Option<Notice>> {
        self.file.change(
            |e| e,
            |entries| {
                entries.insert(source.to_owned(), Opened { opened_at: at });
                let kept: Vec<Recent> = newest_first(std::mem::take(entries).into_iter());
                entries.extend(kept.into_iter().map(|r| (r.source, Opened { opened_at: r.opened_at })));
                Ok(())
            },
        )
    }
}

/// The newest [`MAX_RECENT`] entries, the newest first (equal times by source).
fn newest_first(entries: impl Iterator<Item = (String, Opened)>) -> Vec<Recent> {
    let mut all: Vec<Recent> = entries.map(|(source, o)| Recent { source, opened_at: o.opened_at }).collect();
    all.sort_by(|a, b| b.opened_at.cmp(&a.opened_at).then_with(|| a.source.cmp(&b.source)));
    all.truncate(MAX_RECENT);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32) -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 30, 2, minute, 0).unwrap()
    }

    #[test]
    fn the_list_keeps_the_last_opened_first_and_drops_the_oldest() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecentStore::new(dir.path().join("recent.toml"));
        for i in 0..12 {
            store.record(&format!("/p/{i:02}.xml"), at(i)).unwrap();
        }
        store.record("/p/05.xml", at(30)).unwrap();
        let (recent, notice) = store.load();
        assert!(notice.is_none());
        assert_eq!(recent.len(), MAX_RECENT);
        assert_eq!(recent[0], Recent { source: "/p/05.xml".into(), opened_at: at(30) });
        assert_eq!(recent[1].source, "/p/11.xml");
        assert!(!recent.iter().any(|r| r.source == "/p/00.xml" || r.source == "/p/01.xml"), "{recent:?}");
    }

    #[test]
    fn a_corrupt_list_is_set_aside_and_started_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recent.toml");
        std::fs::write(&path, "version = 1\n[programmes]\n\"/a\" = 3\n").unwrap();
        let store = RecentStore::new(&path);
        assert!(matches!(store.load(), (v, Some(Notice::SetAside { .. })) if v.is_empty()));
        store.record("/b", at(1)).unwrap();
        assert_eq!(store.load().0[0].source, "/b");
    }
}
