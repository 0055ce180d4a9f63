//! Fuzz the agenda file reader and writer: what parses must write and parse back the same.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(file) = whrcf::store::parse(data) {
        let text = whrcf::store::render(&file);
        let again = whrcf::store::parse(text.as_bytes()).expect("what we write parses");
        assert_eq!(again, file);
    }
});
