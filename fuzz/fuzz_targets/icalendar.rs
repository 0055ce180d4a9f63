//! Fuzz the iCalendar importer (the input always starts like a calendar).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"BEGIN:VCALENDAR\r\n".to_vec();
    bytes.extend_from_slice(data);
    let _ = whrcf::load::from_bytes(&bytes, "fuzz.ics", whrcf::load::Options::default());
});
