//! Fuzz the frab/Pentabarf XML importer (the input always starts like XML).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"<".to_vec();
    bytes.extend_from_slice(data);
    let _ = whrcf::load::from_bytes(&bytes, "fuzz.xml", whrcf::load::Options::default());
});
