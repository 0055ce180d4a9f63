//! A file the user exports (a printable programme, a calendar), written atomically with the
//! agenda's `disk` rules: a temporary file beside it, fsync, rename over it, so a reader (a
//! browser reloading the page, a calendar following the file) never sees half of it and a failed
//! export leaves the previous one whole. A symbolic link stays a link to the file it names; a
//! directory, FIFO or device is refused. A replaced file keeps its permission bits; a new one is
//! readable by all (`0644`), as exports are made to be shared, unlike the private agenda.

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use super::disk;

/// The permission bits of a new export.
const NEW_EXPORT_MODE: u32 = 0o644;

/// Write `bytes` to `path` atomically.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = disk::follow_links(path)?;
    let replaced = disk::regular_or_missing(path, &target)?;
    disk::replace(&target, bytes, replaced.as_ref())?;
    if replaced.is_none() {
        fs::set_permissions(&target, fs::Permissions::from_mode(NEW_EXPORT_MODE))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_new_replaces_whole_and_follows_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("programme.html");
        write(&file, b"first").unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"first");
        assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o644);
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        write(&link, b"second").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&file).unwrap(), b"second");
        assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o640, "kept its bits");
        // Nothing is left beside it.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn refuses_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write(dir.path(), b"x").is_err());
        assert!(dir.path().is_dir());
    }
}
