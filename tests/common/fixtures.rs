//! The one place that names the test fixtures: real third-party schedules in
//! `tests/fixtures/schedules/` (see `SOURCES.md` there) and the research files behind the bundled
//! programmes in `data/sources/`. Large schedules are committed gzip-compressed (`NAME.gz`, the
//! original bytes exactly); asking for `NAME` gives the path of a decompressed copy, made once in
//! the system's temporary directory and shared by every test. Used by the integration tests, the
//! unit tests (through `#[path]`) and the benches, so no test reads anything outside the repository.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};

/// The repository's root.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The path of the real schedule `name` (for example `fosdem-2020.xml`), decompressed if it is
/// kept compressed.
pub fn schedule(name: &str) -> PathBuf {
    let dir = root().join("tests/fixtures/schedules");
    let plain = dir.join(name);
    if plain.is_file() {
        return plain;
    }
    let packed = dir.join(format!("{name}.gz"));
    let gz = std::fs::read(&packed).unwrap_or_else(|e| panic!("no fixture {name} ({}: {e})", packed.display()));
    let unpacked_dir = std::env::temp_dir().join(format!("whrcf-fixtures-{:016x}", xxhash_rust::xxh3::xxh3_64(&gz)));
    let unpacked = unpacked_dir.join(name);
    if unpacked.is_file() {
        return unpacked;
    }
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", packed.display()));
    std::fs::create_dir_all(&unpacked_dir).unwrap();
    // Written whole under a unique name, then renamed: tests running at once never see half a file.
    let tmp = unpacked_dir.join(format!(".{name}.{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::write(&tmp, &bytes).unwrap();
    std::fs::rename(&tmp, &unpacked).unwrap();
    unpacked
}

/// The bytes of the real schedule `name`.
pub fn schedule_bytes(name: &str) -> Vec<u8> {
    std::fs::read(schedule(name)).unwrap()
}

/// Every real schedule kept as a fixture, by the name it is asked for (without `.gz`).
pub fn schedule_names() -> Vec<String> {
    let dir = root().join("tests/fixtures/schedules");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().trim_end_matches(".gz").to_owned())
        .filter(|n| [".xml", ".json", ".ics"].iter().any(|ext| n.ends_with(ext)))
        .collect();
    names.sort();
    names
}

/// The research file `name` behind the bundled programmes (for example `whrcf-programs.json`).
pub fn research(name: &str) -> PathBuf {
    root().join("data/sources").join(name)
}
