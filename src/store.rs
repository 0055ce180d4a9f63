//! The one owner of the agenda file. Every save takes a lock, reads what is on disk, merges
//! (so two open terminals lose nothing), and replaces the file atomically (temporary file in the
//! same directory, fsync, rename, fsync of the directory). A corrupt file is moved aside as
//! `agenda.toml.corrupt-<timestamp>`, reported, and never overwritten. How links, permission
//! bits, files that are not regular files and stale temporary files are treated: `disk`. The
//! file of what the user hid is kept the same way: `hidden`; so are the what-if moves: `moves`;
//! the versions of programmes the user last saw: `seen`.

pub(crate) mod disk;
mod entries_file;
pub mod exported;
pub mod hidden;
pub mod moves;
pub mod programmes;
pub mod recent;
pub mod seen;

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use chrono::Utc;
use thiserror::Error;

use crate::agenda::{AgendaFile, Item};

/// Why the agenda could not be saved.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot save the agenda to {path}: {source}")]
    Write { path: String, source: io::Error },
}

/// The agenda as read, and what the user should be told when something was wrong with the file.
#[derive(Debug, Clone, Default)]
pub struct Read {
    pub file: AgendaFile,
    pub notice: Option<Notice>,
}

impl Read {
    /// The file is there but could not be read (unreadable, or not a regular file): the empty
    /// agenda stands in for one that may hold marks.
    pub fn unreadable(&self) -> bool {
        matches!(self.notice, Some(Notice::Unreadable { .. }))
    }
}

/// Something wrong with the agenda file that the user should know (`wording::agenda::notice` says it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The file is there but could not be read, for this reason (the system's words).
    Unreadable { path: PathBuf, reason: String },
    /// The file was corrupt (this problem) and is kept as `aside`; a new agenda was started.
    SetAside { aside: PathBuf, problem: String },
    /// The file is corrupt (this problem) and could not be moved aside, for this reason.
    NotSetAside { path: PathBuf, problem: String, reason: String },
}

/// An agenda file on disk.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    /// The file as this store last wrote or read it, and its identity on disk: when the file
    /// is still that one, a save need not parse it again.
    last: Mutex<Option<(Stamp, AgendaFile)>>,
}

/// Which version of a file is on disk: a replaced file (rename) has a new inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = fs::metadata(path).ok()?;
    Some(Stamp { inode: m.ino(), len: m.len(), modified: m.modified().ok() })
}

impl Store {
    /// The store at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Store { path: path.into(), last: Mutex::new(None) }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read the agenda. A missing file is an empty agenda. A corrupt one is moved aside (when
    /// possible) and reported; an unreadable one, or anything but a regular file, is reported and
    /// left alone; either way an empty agenda is returned. Temporary files of killed saves are
    /// removed when no save is under way.
    pub fn load(&self) -> Read {
        let target = match disk::follow_links(&self.path) {
            Ok(target) => target,
            Err(e) => return self.unreadable(&e),
        };
        if let Some(_lock) = disk::try_lock(&target) {
            disk::remove_stale_temp_files(&target);
        }
        self.read(&target)
    }

    fn unreadable(&self, e: &io::Error) -> Read {
        let notice = Some(Notice::Unreadable { path: self.path.clone(), reason: e.to_string() });
        Read { file: AgendaFile::default(), notice }
    }

    /// Read `target`, the file the path's links lead to.
    fn read(&self, target: &Path) -> Read {
        let before = stamp(target);
        if let Some((at, file)) = self.last.lock().ok().and_then(|l| l.clone())
            && Some(at) == before
        {
            return Read { file, ..Read::default() };
        }
        match disk::read_regular(&self.path, target) {
            Ok(None) => Read::default(),
            Err(e) => self.unreadable(&e),
            Ok(Some(bytes)) => match parse(&bytes) {
                Ok(file) => {
                    if let (Some(at), Ok(mut last)) = (before, self.last.lock()) {
                        *last = Some((at, file.clone()));
                    }
                    Read { file, ..Read::default() }
                }
                Err(problem) => Read { notice: Some(set_aside(target, &problem.to_string())), ..Read::default() },
            },
        }
    }

    /// Merge `local` with what is on disk and write the result atomically; returns the merged
    /// agenda and, when the file on disk was corrupt, the notice saying where it was kept.
    pub fn save(&self, local: &AgendaFile) -> Result<(AgendaFile, Option<Notice>), StoreError> {
        let err = |source| StoreError::Write { path: self.path.display().to_string(), source };
        let target = disk::follow_links(&self.path).map_err(err)?;
        // Refused before anything is created beside it (a lock file in /dev, say).
        disk::regular_or_missing(&self.path, &target).map_err(err)?;
        fs::create_dir_all(disk::dir_of(&target)).map_err(err)?;
        let lock = disk::lock(&target).map_err(err)?;
        disk::remove_stale_temp_files(&target);
        let on_disk = self.read(&target);
        let merged = on_disk.file.merged(local);
        let replaced = disk::regular_or_missing(&self.path, &target).map_err(err)?;
        disk::replace(&target, render(&merged).as_bytes(), replaced.as_ref()).map_err(err)?;
        if let (Some(at), Ok(mut last)) = (stamp(&target), self.last.lock()) {
            *last = Some((at, merged.clone()));
        }
        drop(lock);
        Ok((merged, on_disk.notice))
    }
}

/// Move the corrupt file `target` aside, beside it; the notice for the user.
fn set_aside(target: &Path, problem: &str) -> Notice {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    let name = disk::file_name(target);
    let mut aside = target.with_file_name(format!("{name}.corrupt-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        aside = target.with_file_name(format!("{name}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    let problem = problem.to_owned();
    match fs::rename(target, &aside) {
        Ok(()) => Notice::SetAside { aside, problem },
        Err(e) => Notice::NotSetAside { path: target.to_owned(), problem, reason: e.to_string() },
    }
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render_item(out: &mut String, item: &Item) {
    use std::fmt::Write as _;
    let _ = writeln!(out, "status = \"{}\"", item.status.as_str());
    if let Some(note) = &item.note {
        let _ = writeln!(out, "note = {}", quoted(note));
    }
    let _ = writeln!(out, "updated = \"{}\"", item.updated.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true));
    if item.removed {
        out.push_str("removed = true\n");
    }
    let seen = &item.seen;
    let mut parts = vec![format!("title = {}", quoted(&seen.title))];
    if let Some(d) = seen.day {
        parts.push(format!("day = \"{d}\""));
    }
    for (key, t) in [("start", seen.start), ("end", seen.end)] {
        if let Some(t) = t {
            parts.push(format!("{key} = \"{}\"", t.format("%H:%M:%S")));
        }
    }
    if let Some(room) = &seen.room {
        parts.push(format!("room = {}", quoted(room)));
    }
    let _ = writeln!(out, "seen = {{ {} }}", parts.join(", "));
    if let Some(e) = &item.exported {
        let at = e.at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
        let _ = writeln!(
            out,
            "exported = {{ sequence = {}, fingerprint = {}, at = \"{at}\" }}",
            e.sequence,
            quoted(&e.fingerprint)
        );
    }
}

/// The agenda file as TOML: one table per entry, what the user saw as an inline table.
pub fn render(file: &AgendaFile) -> String {
    let mut out = format!("# whrcf agenda: one section per programme id\nversion = {}\n", file.version);
    for (programme, agenda) in &file.programmes {
        if agenda.items.is_empty() {
            out.push_str(&format!("\n[programmes.{}]\n", quoted(programme)));
        }
        for (id, item) in &agenda.items {
            out.push_str(&format!("\n[programmes.{}.items.{}]\n", quoted(programme), quoted(id)));
            render_item(&mut out, item);
        }
    }
    out
}

/// Why an agenda file cannot be read: where (line and column, counted from 1) when that is
/// known, and what is wrong there (the parser's words, which say what was expected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub at: Option<(usize, usize)>,
    pub problem: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.at {
            Some((line, column)) => {
                let args: [crate::wording::Arg<'_>; 3] =
                    [("line", &line), ("column", &column), ("problem", &self.problem)];
                f.write_str(&crate::wording::FILE_PROBLEM_AT.say(&args))
            }
            None => f.write_str(&self.problem),
        }
    }
}

/// An agenda file's contents; the error says where and what is wrong.
pub fn parse(bytes: &[u8]) -> Result<AgendaFile, ParseError> {
    parse_toml(bytes)
}

/// A TOML file's contents as `T`; the error says where and what is wrong.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ParseError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError {
        at: None,
        problem: crate::wording::FILE_NOT_UTF8.say(&[("at", &e.valid_up_to())]),
    })?;
    toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| {
            let before = text.get(..s.start).unwrap_or(text);
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
        });
        // The parser's message may run over several lines; it is one line here.
        let problem = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
        ParseError { at, problem }
    })
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
