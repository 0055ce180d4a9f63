//! Reading a file a stranger may have named: only a regular file is read (a FIFO would block, a
//! device such as `/dev/zero` would never end), the open itself cannot block, and no more than a
//! cap is read, so memory follows the file's real size and never runs away. Programme files,
//! agenda imports, `keys.toml` and `config.toml` are read through here.

use std::fs::{Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// The largest programme file read (real schedules are a few megabytes; 200,000 sessions of our
/// TOML are under 100 MB).
pub const MAX_PROGRAMME_BYTES: u64 = 1 << 30;

/// The largest agenda, keys or config file read.
pub const MAX_SMALL_FILE_BYTES: u64 = 64 << 20;

/// What a file that is not a regular file is: the name its words are chosen by
/// (`wording::FILE_NOT_REGULAR`).
pub fn kind(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        "directory"
    } else if t.is_fifo() {
        "fifo"
    } else if t.is_char_device() {
        "character-device"
    } else if t.is_block_device() {
        "block-device"
    } else if t.is_socket() {
        "socket"
    } else {
        "unknown"
    }
}

/// The error for `what` (a path, or `it` for the file just named), which is not a regular file.
pub fn not_regular(what: &str, meta: &Metadata) -> io::Error {
    let kind = kind(meta);
    let words = if what == "it" {
        crate::wording::FILE_NOT_REGULAR.say(&[("kind", &kind)])
    } else {
        crate::wording::FILE_NAMED_NOT_REGULAR.say(&[("what", &what), ("kind", &kind)])
    };
    io::Error::other(words)
}

/// The length of `path` when it is a regular file of at most `max` bytes; else an error saying
/// what it is.
pub fn check(path: &Path, max: u64) -> io::Result<u64> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular("it", &meta));
    }
    if meta.len() > max {
        return Err(too_large(meta.len(), max));
    }
    Ok(meta.len())
}

/// The bytes of the regular file `path`, at most `max` of them: anything else is refused with an
/// error saying what it is, before a byte is read.
pub fn read(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    check(path, max)?;
    let file = OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY).open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular("it", &meta));
    }
    if meta.len() > max {
        return Err(too_large(meta.len(), max));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The file may grow while it is read: never past the cap.
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// The text of an optional file (a user's `keys.toml` or `config.toml`): `None` when there is
/// none; an error, worded for the user, when it is there but cannot be used (not a regular file,
/// too large, unreadable, not UTF-8), so a damaged file is never ignored in silence.
pub fn read_optional_text(path: &Path) -> Result<Option<String>, String> {
    match read(path, MAX_SMALL_FILE_BYTES) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => {
            Err(crate::wording::CANNOT_READ
                .say(&[("path", &path.display()), ("reason", &crate::wording::io_reason(&e))]))
        }
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|e| {
            format!("{}: not UTF-8 text (at byte {}): expected TOML", path.display(), e.utf8_error().valid_up_to())
        }),
    }
}

fn too_large(len: u64, max: u64) -> io::Error {
    io::Error::other(format!("it is {} MB, more than the {} MB a file of this kind may be", len >> 20, max >> 20))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_cap_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.toml");
        std::fs::write(&file, "0123456789").unwrap();
        assert_eq!(read(&file, 10).unwrap(), b"0123456789");
        assert!(read(&file, 9).unwrap_err().to_string().contains("more than"));
        assert!(read(dir.path(), 10).unwrap_err().to_string().contains("it is a directory"));
        let fifo = dir.path().join("pipe");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(read(&fifo, 10).unwrap_err().to_string().contains("named pipe"), "refused, never blocks");
        let err = read(Path::new("/dev/zero"), 10).unwrap_err().to_string();
        assert!(err.contains("character device"), "{err}");
    }
}
