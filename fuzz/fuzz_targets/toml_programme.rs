//! Fuzz the TOML programme loader: any text gives a programme or located problems, never a panic, through every output (see common/every_output.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common/every_output.rs"]
mod every_output;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        every_output::check(whrcf::load::from_toml(text, "fuzz.toml"));
    }
});
