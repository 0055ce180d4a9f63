//! The real schedules under tests/fixtures/schedules are what SOURCES.md says they are: each one,
//! decompressed where it is kept compressed, hashes to the git blob id SOURCES.md names for it, so
//! a fixture can be traced to its public source byte for byte.

#[path = "common/fixtures.rs"]
mod fixtures;

/// The git blob id of `bytes` (`git hash-object`).
fn blob_id(bytes: &[u8]) -> String {
    let mut hasher = sha1_smol::Sha1::new();
    hasher.update(format!("blob {}\0", bytes.len()).as_bytes());
    hasher.update(bytes);
    hasher.digest().to_string()
}

/// The blob id SOURCES.md gives in the section `### name`.
fn listed_blob(sources: &str, name: &str) -> String {
    let section = sources.split(&format!("### {name}\n")).nth(1).unwrap_or_else(|| panic!("no section for {name}"));
    let section = section.split("\n### ").next().unwrap_or_default();
    let at = section.find("blob `").unwrap_or_else(|| panic!("no blob id for {name}")) + "blob `".len();
    section[at..at + 40].to_owned()
}

#[test]
fn every_fixture_is_the_blob_sources_md_names() {
    let sources = std::fs::read_to_string(fixtures::schedule("SOURCES.md")).unwrap();
    let names = fixtures::schedule_names();
    assert_eq!(names.len(), 13, "{names:?}");
    for name in &names {
        let bytes = fixtures::schedule_bytes(name);
        assert_eq!(blob_id(&bytes), listed_blob(&sources, name), "{name} is not the file SOURCES.md describes");
    }
}

#[test]
fn the_large_fixtures_are_kept_compressed_and_the_folder_stays_lean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schedules");
    let on_disk: u64 =
        std::fs::read_dir(&dir).unwrap().flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum();
    assert!(on_disk < 6 << 20, "tests/fixtures/schedules holds {on_disk} bytes");
    assert!(dir.join("fosdem-2020.xml.gz").is_file() && !dir.join("fosdem-2020.xml").exists());
    assert_eq!(fixtures::schedule_bytes("fosdem-2020.xml").len(), 2_130_356);
}
