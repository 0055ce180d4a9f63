//! Fuzz the iCalendar importer (the input always starts like a calendar), through every output (see common/every_output.rs).
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "common/every_output.rs"]
mod every_output;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"BEGIN:VCALENDAR\r\n".to_vec();
    bytes.extend_from_slice(data);
    every_output::check(whrcf::load::from_bytes(&bytes, "fuzz.ics", whrcf::load::Options::default()));
});
