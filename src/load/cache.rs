//! A cache of parsed programme files, so a large programme is parsed once, not on every run.
//!
//! An entry is keyed by the file's canonical path, the name it is shown under, the load options
//! and the language spoken (its warnings are stored in words); it holds the hash and length of
//! the file's bytes, so any change to the file (not just to its modification time) makes the
//! entry stale. Entries are written atomically, checksummed,
//! and read defensively: a stale, foreign or damaged entry is ignored and replaced, never trusted.
//! Only files of at least [`Cache::min_size`] bytes are cached (by default [`MIN_SIZE`]; smaller
//! ones parse faster than a cache lookup pays for). The directory keeps the [`Cache::keep`] most
//! recently written entries (by default [`KEEP`]).

mod codec;
mod wire;

use std::fs;
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

use crate::load::{self, LoadError, Loaded};
use wire::{Damaged, Reader, Writer};

/// Files smaller than this are parsed every time.
pub const MIN_SIZE: u64 = 256 * 1024;
/// How many entries the cache directory keeps.
pub const KEEP: usize = 8;
/// Marks the layout of an entry; bumped when the layout changes (3: sessions list what was cut
/// off; 4: the programme's day change, and zones found for files that name none) or what is
/// stored in it (5: a summary no longer repeats a text it contains; 6: a room's published
/// spelling), so entries of an older layout are ignored and replaced.
const MAGIC: &[u8; 8] = b"WHRCFPC\x06";
/// Sessions are stored in this many parts, read back in parallel.
const PARTS: usize = 8;

/// Where a loaded programme came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The file was parsed (and, when large enough, the cache entry written).
    Parsed,
    /// The cache entry matched the file's bytes.
    Cached,
}

/// A cache directory and what it keeps.
#[derive(Debug, Clone, Copy)]
pub struct Cache<'a> {
    /// Where the entries are.
    pub dir: &'a Path,
    /// Files smaller than this many bytes are parsed every time.
    pub min_size: u64,
    /// How many entries the directory keeps.
    pub keep: usize,
}

impl<'a> Cache<'a> {
    /// The cache in `dir` with the default policy ([`MIN_SIZE`], [`KEEP`]).
    pub fn at(dir: &'a Path) -> Cache<'a> {
        Cache { dir, min_size: MIN_SIZE, keep: KEEP }
    }
}

/// Load a programme file, through `cache` when there is one.
pub fn load(path: &Path, options: load::Options, cache: Option<Cache>) -> Result<(Loaded, Origin), LoadError> {
    let shown = path.display().to_string();
    let unreadable = |source| LoadError::Read { path: shown.clone(), source };
    let len = crate::untrusted_file::check(path, crate::untrusted_file::MAX_PROGRAMME_BYTES).map_err(unreadable)?;
    let Some(cache) = cache.filter(|c| len >= c.min_size) else {
        let bytes = read_programme(path).map_err(unreadable)?;
        return load::from_file_bytes(bytes, &shown, options).map(|l| (l, Origin::Parsed));
    };
    let entry = cache.dir.join(entry_name(path, &shown, options));
    let stamp = stamp_of(path).map_err(unreadable)?;
    if let Some(loaded) = read_entry(&entry, stamp) {
        return Ok((loaded, Origin::Cached));
    }
    let bytes = read_programme(path).map_err(unreadable)?;
    // Stamp the bytes actually parsed (the file may have changed since it was hashed above); a
    // few milliseconds on the slow path, never a cache entry that does not match its stamp.
    let stamp = Stamp { len: bytes.len() as u64, hash: xxh3_128(&bytes) };
    let loaded = load::from_file_bytes(bytes, &shown, options)?;
    // A cache that cannot be written only costs speed next time.
    let _ = store(cache, &entry, &encode(&loaded, stamp));
    Ok((loaded, Origin::Parsed))
}

fn read_programme(path: &Path) -> std::io::Result<Vec<u8>> {
    crate::untrusted_file::read(path, crate::untrusted_file::MAX_PROGRAMME_BYTES)
}

/// What a cache entry must match: the source file's length and hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    hash: u128,
}

/// The length and hash of a file, read in pieces (the file is not kept in memory).
fn stamp_of(path: &Path) -> std::io::Result<Stamp> {
    use std::io::Read;
    let mut file = fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut len = 0u64;
    loop {
        match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                hasher.update(&buf[..n]);
                len += n as u64;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Stamp { len, hash: hasher.digest128() })
}

/// The cached programme in `entry`, if it is there, intact and made from bytes with this stamp.
fn read_entry(entry: &Path, stamp: Stamp) -> Option<Loaded> {
    let file = fs::File::open(entry).ok()?;
    // SAFETY: entries are only ever replaced by rename, never written in place, so the mapped
    // bytes do not change under us; a damaged entry fails the checksum.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    decode(&map, stamp).ok()
}

fn entry_name(path: &Path, shown: &str, options: load::Options) -> String {
    let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let zone = options.fallback_zone.map_or("", |z| z.name());
    // A spreadsheet read with a mapping file is another entry for each mapping.
    let columns = options.columns.map_or(String::new(), |m| format!("\0{:016x}", m.fingerprint));
    // Warnings are stored as said: each language has its own entry.
    let language = crate::wording::language::current().code();
    let key = format!("{}\0{shown}\0{zone}{columns}\0{language}", canonical.display());
    format!("programme-{:016x}.bin", xxh3_64(key.as_bytes()))
}

/// The entry's bytes: header (magic, whrcf version, source stamp, payload checksum), payload.
/// The entry as pieces to write one after another (one buffer for the whole entry would double
/// the memory a first load of a large file peaks at).
fn encode(loaded: &Loaded, stamp: Stamp) -> Vec<Vec<u8>> {
    let sessions = &loaded.programme.sessions;
    let mut head = Writer::default();
    codec::put_head(&mut head, &loaded.programme);
    codec::put_problems(&mut head, &loaded.warnings);
    let per_part = sessions.len().div_ceil(PARTS).max(1);
    let parts: Vec<Vec<u8>> = sessions
        .chunks(per_part)
        .map(|part| {
            let mut w = Writer::default();
            part.iter().for_each(|s| codec::put_session(&mut w, s));
            w.bytes
        })
        .collect();
    head.u32(parts.len() as u32);
    for (part, sessions) in parts.iter().zip(sessions.chunks(per_part)) {
        head.u64(part.len() as u64);
        head.u32(sessions.len() as u32);
    }
    let mut checksum = xxhash_rust::xxh3::Xxh3::new();
    checksum.update(&head.bytes);
    parts.iter().for_each(|p| checksum.update(p));
    let mut header = Writer::default();
    header.bytes.extend_from_slice(MAGIC);
    header.str(env!("CARGO_PKG_VERSION"));
    header.u64(stamp.len);
    header.bytes.extend_from_slice(&stamp.hash.to_le_bytes());
    header.u64(checksum.digest());
    [header.bytes, head.bytes].into_iter().chain(parts).collect()
}

fn decode(bytes: &[u8], stamp: Stamp) -> Result<Loaded, Damaged> {
    let mut r = Reader::new(bytes);
    let matches = r.take(MAGIC.len())? == MAGIC
        && r.str()? == env!("CARGO_PKG_VERSION")
        && r.u64()? == stamp.len
        && r.take(16)? == stamp.hash.to_le_bytes();
    let checksum = r.u64()?;
    let payload = r.rest();
    if !matches || xxh3_64(payload) != checksum {
        return Err(Damaged);
    }
    let mut r = Reader::new(payload);
    let mut programme = codec::get_head(&mut r)?;
    let warnings = codec::get_problems(&mut r)?;
    let mut layout = Vec::new();
    for _ in 0..r.u32()? {
        layout.push((usize::try_from(r.u64()?).map_err(|_| Damaged)?, r.u32()? as usize));
    }
    let mut slices = Vec::with_capacity(layout.len());
    for &(len, count) in &layout {
        slices.push((r.take(len)?, count));
    }
    if !r.is_empty() {
        return Err(Damaged);
    }
    let parts: Vec<Result<Vec<_>, Damaged>> = std::thread::scope(|scope| {
        let handles: Vec<_> = slices.iter().map(|&(part, count)| scope.spawn(move || read_part(part, count))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or(Err(Damaged))).collect()
    });
    programme.sessions.reserve(layout.iter().map(|l| l.1).sum());
    for part in parts {
        programme.sessions.extend(part?);
    }
    Ok(Loaded { programme, warnings })
}

fn read_part(bytes: &[u8], count: usize) -> Result<Vec<crate::model::Session>, Damaged> {
    let mut r = Reader::new(bytes);
    let sessions = (0..count).map(|_| codec::get_session(&mut r)).collect::<Result<Vec<_>, _>>()?;
    if r.is_empty() { Ok(sessions) } else { Err(Damaged) }
}

/// Write the pieces as the entry atomically, then drop the oldest entries beyond [`Cache::keep`].
fn store(cache: Cache, entry: &Path, pieces: &[Vec<u8>]) -> std::io::Result<()> {
    use std::io::Write;
    fs::create_dir_all(cache.dir)?;
    let tmp = entry.with_extension(format!("tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&tmp)?;
        pieces.iter().try_for_each(|p| file.write_all(p))?;
        fs::rename(&tmp, entry)
    };
    if let Err(e) = write() {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    prune(cache);
    Ok(())
}

fn prune(cache: Cache) {
    let Ok(read) = fs::read_dir(cache.dir) else { return };
    let mut entries: Vec<(std::time::SystemTime, PathBuf)> = read
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("programme-"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (_, old) in entries.iter().skip(cache.keep) {
        let _ = fs::remove_file(old);
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
