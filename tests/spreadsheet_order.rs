//! The problems of a workbook of several sheets are said in the order an organizer reads it:
//! what concerns the whole file (the zone it is read in) first, then sheet by sheet, row by row,
//! a sheet skipped in its place among the others.

use rust_xlsxwriter::Workbook;
use whrcf::load::{self, Options};

/// Three sheets: two of sessions, each with a row in error, then one with no header row.
fn three_sheets() -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in [
        ("Day 1", [("Opening", "2021-10-07", "10:00~11:00"), ("Too late", "2021-10-07", "25:00~26:00")]),
        ("Day 2", [("Closing", "2021-10-08", "10:00~11:00"), ("Later still", "2021-10-08", "24:30~25:00")]),
    ] {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        for (c, h) in ["Title", "Date", "Time", "Room"].iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        for (r, (title, date, time)) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            sheet.write_string(r, 0, *title).unwrap();
            sheet.write_string(r, 1, *date).unwrap();
            sheet.write_string(r, 2, *time).unwrap();
            sheet.write_string(r, 3, "Hall 1").unwrap();
        }
    }
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "nothing to import here").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn a_workbooks_warnings_come_file_first_then_sheet_by_sheet() {
    let loaded = load::from_bytes(&three_sheets(), "two.xlsx", Options::default()).expect("the two sheets of sessions");
    let said: Vec<String> = loaded.warnings.iter().map(|w| w.location.to_string()).collect();
    let first_of = |place: &str| said.iter().position(|s| s.starts_with(place));
    let (day1, day2, notes) = (first_of("two.xlsx: Day 1"), first_of("two.xlsx: Day 2"), first_of("two.xlsx: Notes"));
    assert!(day1.is_some() && day2.is_some() && notes.is_some(), "{said:?}");
    assert!(day1 < day2 && day2 < notes, "sheet by sheet: {said:?}");
    let file_level: Vec<usize> = (0..said.len()).filter(|&k| said[k] == "two.xlsx").collect();
    assert!(!file_level.is_empty(), "the zone is said of the file: {said:?}");
    assert!(file_level.iter().all(|&k| k < day1.unwrap()), "the file's own first: {said:?}");
}
