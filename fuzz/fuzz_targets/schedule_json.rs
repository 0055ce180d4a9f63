//! Fuzz the C3VOC schedule.json importer (the input always starts like JSON).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"{".to_vec();
    bytes.extend_from_slice(data);
    let _ = whrcf::load::from_bytes(&bytes, "fuzz.json", whrcf::load::Options::default());
});
