//! How the agenda store meets the file system. Symbolic links are followed: the file they lead to
//! is replaced (its temporary file is written beside it) and the link stays a link. Only regular
//! files are read, locked or replaced: a FIFO, a device or a directory is refused with an error
//! saying what it is, and is never opened for writing nor renamed over. A replaced file keeps its
//! permission bits (and its owner when the system allows); a new one is private (0600), for notes
//! are personal. Temporary files left by killed saves are removed.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};

use crate::untrusted_file::not_regular;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The permission bits of a new agenda or lock file.
const NEW_FILE_MODE: u32 = 0o600;

/// A temporary file older than this was left by a killed save, whoever has its pid now.
const STALE_AFTER: Duration = Duration::from_secs(60);

/// How many symbolic links are followed before giving up (the kernel's own limit).
const MAX_LINKS: usize = 40;

/// How an error names `target`: "it" when the user named it so, else its path.
fn called(given: &Path, target: &Path) -> String {
    if given == target { "it".to_owned() } else { target.display().to_string() }
}

/// The directory of `path` ("." for a bare file name).
pub fn dir_of(path: &Path) -> &Path {
    path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

/// The file name of `path`, as the names of its lock and temporary files use it.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or("agenda.toml".into(), |n| n.to_string_lossy().into_owned())
}

/// `.NAME.SUFFIX` beside `target`: its lock and temporary files.
fn beside(target: &Path, suffix: &str) -> PathBuf {
    dir_of(target).join(format!(".{}.{suffix}", file_name(target)))
}

/// The file `path` names once symbolic links are followed; it need not exist yet.
pub fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = fs::read_link(&current)?;
                current = dir_of(&current).join(to);
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!("more than {MAX_LINKS} symbolic links from {}", path.display())))
}

/// The metadata of `target` when it exists; an error saying what it is when it is not a regular
/// file. `given` is the path the user gave, whose links lead to `target`.
pub fn regular_or_missing(given: &Path, target: &Path) -> io::Result<Option<Metadata>> {
    match fs::metadata(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
        Ok(meta) if meta.is_file() => Ok(Some(meta)),
        Ok(meta) => Err(not_regular(&called(given, target), &meta)),
    }
}

/// The bytes of the regular file `target`, `None` when there is none. Anything else is refused
/// before it is opened; the open itself cannot block (a FIFO put there meanwhile) and the opened
/// file is checked again.
pub fn read_regular(given: &Path, target: &Path) -> io::Result<Option<Vec<u8>>> {
    if regular_or_missing(given, target)?.is_none() {
        return Ok(None);
    }
    let file = match OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY).open(target) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        opened => opened?,
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&called(given, target), &meta));
    }
    let max = crate::untrusted_file::MAX_SMALL_FILE_BYTES;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(max)).unwrap_or(0));
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::other(format!(
            "{} is larger than {} MB: not an agenda",
            called(given, target),
            max >> 20
        )));
    }
    Ok(Some(bytes))
}

/// Open the lock file beside `target` (`.NAME.lock`), creating it when asked; only a regular file.
fn open_lock(target: &Path, create: bool) -> io::Result<File> {
    let path = beside(target, "lock");
    let what = format!("its lock file {}", path.display());
    if let Ok(meta) = fs::metadata(&path)
        && !meta.is_file()
    {
        return Err(not_regular(&what, &meta));
    }
    let file = OpenOptions::new()
        .read(true)
        .write(create)
        .create(create)
        .truncate(false)
        .mode(NEW_FILE_MODE)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(&path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular(&what, &meta));
    }
    Ok(file)
}

/// Take the lock of `target`, waiting while another process saves; held until dropped.
pub fn lock(target: &Path) -> io::Result<File> {
    let file = open_lock(target, true)?;
    file.lock()?;
    Ok(file)
}

/// The lock of `target` when its lock file exists and no one holds it.
pub fn try_lock(target: &Path) -> Option<File> {
    let file = open_lock(target, false).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Replace `target` with `bytes` atomically: a temporary file beside it with the permission bits
/// (and, when allowed, the owner) of `replaced`, the file it replaces; fsync, rename over it,
/// fsync of the directory. Call with the lock held.
pub fn replace(target: &Path, bytes: &[u8], replaced: Option<&Metadata>) -> io::Result<()> {
    let tmp = beside(target, &format!("tmp-{}", std::process::id()));
    // Under the lock, a file of this name was left by a killed process that had our pid.
    match fs::remove_file(&tmp) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let written = write_new(&tmp, bytes, replaced).and_then(|()| fs::rename(&tmp, target));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    if let Ok(dir) = File::open(dir_of(target)) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn write_new(path: &Path, bytes: &[u8], replaced: Option<&Metadata>) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).mode(NEW_FILE_MODE).open(path)?;
    if let Some(meta) = replaced {
        // Allowed to root, or to a member of the file's group: otherwise the new file is ours.
        let _ = std::os::unix::fs::fchown(&file, Some(meta.uid()), Some(meta.gid()));
        file.set_permissions(fs::Permissions::from_mode(meta.mode() & 0o777))?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Remove the temporary files that killed saves left beside `target` (`.NAME.tmp-PID`): those
/// of a process that is gone, and those older than a minute (their pid may be another process's
/// by now). A fresh one of a live process may be being written, and is kept. Call with the lock
/// held; other files, and files of that name that are not regular files, are left alone.
pub fn remove_stale_temp_files(target: &Path) {
    let prefix = format!(".{}.tmp-", file_name(target));
    let Ok(entries) = fs::read_dir(dir_of(target)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(&prefix)).and_then(pid_of) else { continue };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let old = meta.modified().ok().and_then(|m| m.elapsed().ok()).is_some_and(|age| age > STALE_AFTER);
        if old || !alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The pid of a temporary file's name: digits only, a valid pid.
fn pid_of(digits: &str) -> Option<i32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|pid| *pid > 0)
}

/// Whether process `pid` exists (here, or as another user's).
fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 sends nothing; it only checks that the process exists.
    let found = unsafe { libc::kill(pid, 0) } == 0;
    found || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
#[path = "disk_tests.rs"]
mod tests;
