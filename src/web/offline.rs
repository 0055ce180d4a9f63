//! The offline copy of a web programme: the bytes last fetched, exactly as the server sent them
//! (decompressed), with what they were fetched as (address, validators, time), in one file
//! `web/<hash of the address>.copy` in the data directory. One file, so the bytes and what is
//! said of them are always replaced together: written as the agenda is (temporary file, fsync,
//! rename, under a lock), never half-replaced. A copy is read like any file a stranger may have
//! touched: bounded, and ignored when its header, length or checksum does not match.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

use super::Address;
use super::fetch::Validators;
use crate::store::disk;

/// The first line of every copy (its layout's version).
const MAGIC: &[u8] = b"whrcf offline copy 1\n";

/// What is known of a copy's bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The address the bytes were fetched from.
    pub address: String,
    #[serde(flatten)]
    pub validators: Validators,
    /// When they were fetched.
    pub fetched_at: DateTime<Utc>,
    len: u64,
    hash: String,
}

/// A copy as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copy {
    pub meta: Meta,
    pub body: Vec<u8>,
}

/// Why a copy on disk is not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// It could not be read (an error from the system).
    Unreadable(String),
    /// Its header, length or checksum does not match: damaged, or not ours.
    Damaged,
}

/// The file of the copy of `address` in the data directory `dir`.
pub fn path(dir: &Path, address: &Address) -> PathBuf {
    dir.join("web").join(format!("{:016x}.copy", xxh3_64(address.as_str().as_bytes())))
}

/// The copy of `address` kept in `dir`, `None` when there is none.
pub fn read(dir: &Path, address: &Address) -> Result<Option<Copy>, Unusable> {
    let file = path(dir, address);
    let bytes = match crate::untrusted_file::read(&file, crate::untrusted_file::MAX_PROGRAMME_BYTES) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Unusable::Unreadable(e.to_string())),
        Ok(bytes) => bytes,
    };
    decode(bytes, address).map(Some).ok_or(Unusable::Damaged)
}

/// What is said of the copy of `address` in `dir` (its header only, not checked against the
/// bytes: for telling the user which copy is in use).
pub fn read_meta(dir: &Path, address: &Address) -> Option<Meta> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path(dir, address)).ok()?.take(64 * 1024).read_to_end(&mut head).ok()?;
    let rest = head.strip_prefix(MAGIC)?;
    let meta: Meta = serde_json::from_slice(&rest[..memchr::memchr(b'\n', rest)?]).ok()?;
    (meta.address == address.as_str()).then_some(meta)
}

fn decode(mut bytes: Vec<u8>, address: &Address) -> Option<Copy> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let line_end = memchr::memchr(b'\n', rest)?;
    let meta: Meta = serde_json::from_slice(&rest[..line_end]).ok()?;
    let start = MAGIC.len() + line_end + 1;
    let body = &bytes[start..];
    let fits = meta.address == address.as_str()
        && body.len() as u64 == meta.len
        && format!("{:032x}", xxh3_128(body)) == meta.hash;
    if !fits {
        return None;
    }
    bytes.drain(..start);
    Some(Copy { meta, body: bytes })
}

/// Keep `body`, fetched from `address` at `fetched_at` with `validators`, as the copy in `dir`,
/// replacing the one there atomically.
pub fn write(
    dir: &Path,
    address: &Address,
    validators: &Validators,
    fetched_at: DateTime<Utc>,
    body: &[u8],
) -> io::Result<Meta> {
    let meta = Meta {
        address: address.as_str().to_owned(),
        validators: validators.clone(),
        fetched_at,
        len: body.len() as u64,
        hash: format!("{:032x}", xxh3_128(body)),
    };
    let mut bytes = Vec::with_capacity(MAGIC.len() + 256 + body.len());
    bytes.extend_from_slice(MAGIC);
    serde_json::to_writer(&mut bytes, &meta).map_err(io::Error::other)?;
    bytes.push(b'\n');
    bytes.extend_from_slice(body);
    let target = path(dir, address);
    std::fs::create_dir_all(disk::dir_of(&target))?;
    let replaced = disk::regular_or_missing(&target, &target)?;
    let _lock = disk::lock(&target)?;
    disk::remove_stale_temp_files(&target);
    disk::replace(&target, &bytes, replaced.as_ref())?;
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address() -> Address {
        Address::parse("https://example.org/schedule.xml").unwrap()
    }

    #[test]
    fn a_copy_reads_back_as_written_and_a_damaged_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path(), &address()), Ok(None));
        let validators = Validators { etag: Some("\"v1\"".into()), last_modified: None };
        let at = "2026-11-30T00:00:00Z".parse().unwrap();
        let meta = write(dir.path(), &address(), &validators, at, b"<schedule/>\n").unwrap();
        let copy = read(dir.path(), &address()).unwrap().unwrap();
        assert_eq!(read_meta(dir.path(), &address()).as_ref(), Some(&meta));
        assert_eq!((copy.meta, copy.body.as_slice()), (meta, &b"<schedule/>\n"[..]));
        let file = path(dir.path(), &address());
        let mut bytes = std::fs::read(&file).unwrap();
        let last = bytes.len() - 2;
        bytes[last] ^= 1;
        std::fs::write(&file, &bytes).unwrap();
        assert_eq!(read(dir.path(), &address()), Err(Unusable::Damaged), "a changed byte is noticed");
        let other = Address::parse("https://example.org/other.xml").unwrap();
        std::fs::copy(&file, path(dir.path(), &other)).unwrap();
        write(dir.path(), &address(), &validators, at, b"<schedule/>\n").unwrap();
        std::fs::copy(path(dir.path(), &address()), path(dir.path(), &other)).unwrap();
        assert_eq!(read(dir.path(), &other), Err(Unusable::Damaged), "another address's copy is not taken");
    }
}
