//! Fuzz the TOML programme loader: any text gives a programme or located problems, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = whrcf::load::from_toml(text, "fuzz.toml");
    }
});
