//! The app on hostile programme files of every format, in a real pseudo-terminal: nothing from
//! the file (titles, rooms, people, warnings printed before the app starts) reaches the terminal
//! as an escape sequence, a control, or an invisible character that would shift the borders.

mod common;
#[path = "common/hostile_files.rs"]
mod hostile_files;

use common::Pty;
use hostile_files::{EVIL, Format, write_programme};

/// The parts of [`EVIL`] a terminal would act on, as they would arrive if they got through.
const ARRIVALS: [&str; 12] = [
    "\u{1b}]52;",
    "\u{1b}]0;PWNED",
    "\u{1b}]8;;http://evil",
    "\u{1b}P+q",
    "\u{9b}",
    "\u{9d}",
    "\u{202e}",
    "\u{2066}",
    "\u{200d}",
    "\u{2028}",
    "\u{2029}",
    "\u{7f}",
];

#[test]
fn a_hostile_file_of_any_format_draws_safely() {
    for format in Format::ALL {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = write_programme(dir.path(), format, EVIL);
        let programme = format!("--programme={}", path.display());
        let mut t = Pty::spawn(&["--now=2024-05-01T08:00:00Z", programme.as_str()], 80, 24);
        t.wait_for("Talk");
        // Each screen, and back with Esc: the screen's title leaving shows that Esc was read on
        // its own, not joined with the next key into Alt-key.
        for (key, title) in [("\r", "Session · Esc back"), ("A", "My agenda"), ("t", "Timeline"), ("c", "Clashes ·")]
        {
            t.send(key);
            t.wait_for(title);
            t.send("\u{1b}");
            t.wait_gone(title);
        }
        t.send("q");
        assert_eq!(t.wait_exit(), 0, "{format:?}");
        let raw = t.raw();
        let text = String::from_utf8_lossy(&raw);
        for bad in ARRIVALS {
            assert!(!text.contains(bad), "{format:?}: {bad:?} reached the terminal");
        }
        assert!(!raw.contains(&0x07), "{format:?}: BEL reached the terminal");
        assert!(!raw.contains(&0x08), "{format:?}: backspace reached the terminal");
    }
}

#[test]
fn joiners_and_separators_in_titles_keep_the_borders_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write_programme(dir.path(), Format::Toml, "👩\u{200d}💻 one\u{2028}two\u{2029}three\u{200b}");
    let programme = format!("--programme={}", path.display());
    let mut t = Pty::spawn(&["--now=2024-05-01T08:00:00Z", programme.as_str()], 80, 24);
    t.wait_for("Talk");
    let screen = t.screen();
    let right_edges: Vec<usize> = screen
        .lines()
        .filter(|l| l.contains("Talk") || l.contains("Other"))
        .map(|l| l.trim_end().chars().map(|c| if unicode_width(c) == 2 { 2 } else { 1 }).sum())
        .collect();
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let text = String::from_utf8_lossy(&t.raw()).into_owned();
    for bad in ["\u{200d}", "\u{2028}", "\u{2029}", "\u{200b}"] {
        assert!(!text.contains(bad), "{bad:?} reached the terminal");
    }
    assert!(!right_edges.is_empty(), "the rows were drawn:\n{screen}");
    assert!(right_edges.iter().all(|w| *w <= 80), "a row ran past the edge: {right_edges:?}\n{screen}");
}

/// Columns of a character as terminals count the ones used here (emoji and Hangul are wide).
fn unicode_width(c: char) -> usize {
    if ('\u{1f300}'..='\u{1faff}').contains(&c) || ('\u{ac00}'..='\u{d7a3}').contains(&c) { 2 } else { 1 }
}

#[test]
fn problems_found_reading_the_file_are_shown_in_the_app_not_lost_behind_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.ics");
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240501T100000Z\r\nSUMMARY:Whole\r\nEND:VEVENT\r\n\
                BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20240501T110000Z\r\nSUMMARY:Cut";
    std::fs::write(&path, text).unwrap();
    let programme = format!("--programme={}", path.display());
    let mut t = Pty::spawn(&["--now=2024-05-01T08:00:00Z", programme.as_str()], 200, 30);
    t.wait_for("Whole");
    // Nothing was printed before the app took the screen: the problems are in its notice log.
    let raw = t.raw();
    let before_app = raw.windows(8).position(|w| w == b"\x1b[?1049h").expect("the app took the screen");
    let printed = String::from_utf8_lossy(&raw[..before_app]).into_owned();
    assert!(!printed.contains("cut.ics") && !printed.contains("warning"), "printed before the app: {printed:?}");
    t.wait_for("— press ! to read");
    t.send("!");
    t.wait_for("Notices ·");
    // The list is drawn with its title in one frame, but the pty may be read between two writes.
    t.wait_screen("every problem listed with its location", |screen| {
        screen.lines().filter(|l| l.contains("cut.ics:")).count() >= 2
    });
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
