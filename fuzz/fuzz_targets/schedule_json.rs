//! Fuzz the C3VOC schedule.json importer (the input always starts like JSON), through every output (see common/every_output.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common/every_output.rs"]
mod every_output;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"{".to_vec();
    bytes.extend_from_slice(data);
    every_output::check(whrcf::load::from_bytes(&bytes, "fuzz.json", whrcf::load::Options::default()));
});
