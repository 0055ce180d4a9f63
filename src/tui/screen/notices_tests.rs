//! Tests of the notices screen: a programme read with several problems shows their count in the
//! header, and the screen lists every one with its level and location after the app's own.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::diagnostic::{Location, Problem};
use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::notice_log::{Level, NoticeLog};
use crate::tui::state::State;
use crate::tui::update::update;
use crate::tui::view::draw;

/// An iCalendar file with events the reader can only partly take: each is a warning.
const WITH_PROBLEMS: &str = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240501T100000Z\r\nSUMMARY:Whole\r\n\
    END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTART:not-a-time\r\nSUMMARY:Odd start\r\nEND:VEVENT\r\n\
    BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20240501T110000Z\r\nSUMMARY:Cut";

fn opened(problems: Vec<Problem>, programme: crate::model::Programme) -> (Data, State) {
    let d = Data::new(programme, Keymap::load(None).0);
    let mut s =
        State::new(&d, ZoneChoice::Utc, Clock::Fixed(parse_instant("2024-05-01T08:00:00Z").unwrap()), (200, 40));
    s.notices = NoticeLog::of_file(problems);
    (d, s)
}

fn screen(s: &State, d: &Data) -> String {
    let mut terminal = Terminal::new(TestBackend::new(s.size.0, s.size.1)).unwrap();
    terminal.draw(|f| draw(f, s, d)).unwrap();
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells.chunks(width).map(|row| row.concat()).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_programme_read_with_problems_counts_them_and_the_notices_screen_lists_every_one() {
    let loaded = load::from_bytes(WITH_PROBLEMS.as_bytes(), "cut.ics", load::Options::default()).unwrap();
    let problems = loaded.warnings.clone();
    assert!(problems.len() >= 2, "{problems:?}");
    let (d, mut s) = opened(loaded.warnings, loaded.programme);
    let text = screen(&s, &d);
    let count = format!("{} — press ! to read · ", s.notices.summary());
    assert!(text.lines().next().unwrap().contains(&count), "set apart from the clock after it: {text}");
    update(&mut s, &d, Action::OpenNotices);
    assert_eq!(s.mode, Mode::Notices);
    let text = screen(&s, &d);
    for p in &problems {
        let level = if p.is_error() { "error" } else { "warning" };
        let line = text.lines().find(|l| l.contains(&p.location.to_string()) && l.contains(level));
        let line = line.unwrap_or_else(|| panic!("{p} listed:\n{text}"));
        assert!(line.contains(&crate::sanitize::visible(&p.message).to_string()), "{p} in {line}");
    }
    // In file order (a problem of the whole file, such as its zone, comes first).
    let located = problems.iter().filter(|p| p.location.line.is_some());
    let rows: Vec<usize> = located.map(|p| text.find(&format!("{} ", p.location)).expect("listed")).collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "{rows:?}\n{text}");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn the_app_notices_come_first_newest_first_then_the_file_in_order() {
    let at = |line| Location { path: "p.toml".into(), line: Some(line), column: Some(1) };
    let file = vec![Problem::warning(at(3), Some("s1"), "first"), Problem::error(at(9), None, "second")];
    let (d, mut s) = opened(file, crate::sample::programme());
    s.report(Level::Info, "agenda merged".into());
    s.report(Level::Error, "agenda not saved".into());
    assert_eq!(s.notices.summary(), "2 errors · 1 warning · 1 notice");
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    let order: Vec<usize> = ["agenda not saved", "agenda merged", "p.toml:3:1", "p.toml:9:1"]
        .iter()
        .map(|needle| text.find(needle).unwrap_or_else(|| panic!("{needle}:\n{text}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("warning session `s1`: first  p.toml:3:1"), "{text}");
    assert!(text.contains("error   second  p.toml:9:1"), "{text}");
    // The cursor moves over them; the pane below shows the one under it in full.
    update(&mut s, &d, Action::Last);
    assert_eq!(s.notices_view.cursor, 3);
    let full = screen(&s, &d);
    let pane = &full[full.rfind("Notice").unwrap()..];
    assert!(pane.contains("second"), "{full}");
}

#[test]
fn the_notices_screen_goes_back_where_it_was_opened() {
    let (d, mut s) = opened(Vec::new(), crate::sample::programme());
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Detail);
    update(&mut s, &d, Action::OpenNotices);
    assert!(screen(&s, &d).contains("Nothing to report"));
    update(&mut s, &d, Action::OpenNotices);
    assert_eq!(s.mode, Mode::Detail, "the key that opens it closes it");
    assert!(!screen(&s, &d).lines().next().unwrap().contains("press"), "no count without notices");
}

#[test]
fn what_the_file_says_is_drawn_neutralised() {
    let hostile = Location { path: "evil\u{1b}[2J.toml".into(), line: Some(1), column: None };
    let file = vec![Problem::warning(hostile, Some("id\u{7}"), "bad \u{1b}]0;title\u{7} value\nsecond line")];
    let (d, mut s) = opened(file, crate::sample::programme());
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
    assert!(text.contains("evil"), "{text}");
}

#[test]
fn a_long_notice_is_shown_to_its_end_and_an_empty_log_says_so_plainly() {
    let (d, mut s) = opened(Vec::new(), crate::sample::programme());
    s.size = (80, 24);
    let long: String = (1..=60).map(|n| format!("name-{n}")).collect::<Vec<_>>().join(", ");
    s.report(Level::Warning, format!("keys.toml: unknown action `bakc` (expected one of: {long}, or none)"));
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    assert!(text.contains("name-60,") && text.contains("none)"), "the end of the message is on screen: {text}");
    let (d, mut s) = opened(Vec::new(), crate::sample::programme());
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    assert!(text.contains("┌ Notices ─") && !text.contains("Notices · "), "{text}");
}

#[test]
fn the_files_problems_are_listed_in_file_order() {
    let at = |line| Location { path: "f.xml".into(), line: Some(line), column: Some(7) };
    let log = NoticeLog::of_file(vec![
        Problem::error(at(7), None, "skipped"),
        Problem::warning(at(6), None, "no end"),
        Problem::warning(Location { path: "f.xml".into(), ..Location::default() }, None, "no zone"),
    ]);
    let texts: Vec<String> = log.entries().map(|e| e.text()).collect();
    assert_eq!(texts, ["no zone", "no end", "skipped"], "the whole file first, then line by line");
}

#[test]
fn a_notice_read_in_full_wraps_under_where_its_text_starts() {
    let (d, mut s) = opened(Vec::new(), crate::sample::programme());
    s.size = (80, 24);
    let long: String = (1..=30).map(|n| format!("name-{n}")).collect::<Vec<_>>().join(", ");
    s.report(Level::Warning, format!("keys.toml: unknown action `bakc` (expected one of: {long}, or none)"));
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    let pane: Vec<&str> = text.lines().skip_while(|l| !l.starts_with("┌ Notice ─")).skip(1).collect();
    let body: Vec<&str> = pane.iter().copied().take_while(|l| !l.starts_with('└')).collect();
    let message: Vec<&str> = body.iter().copied().skip_while(|l| !l.contains("keys.toml:")).collect();
    assert!(message.len() >= 3, "wrapped over lines: {text}");
    for line in &message {
        assert!(line.starts_with("│ ") && !line.starts_with("│  "), "each line one space in: {line:?}\n{text}");
    }
    assert!(message.iter().any(|l| l.contains("none)")), "{text}");
}

#[test]
fn at_80_columns_rows_of_one_file_read_apart_by_their_messages() {
    let at = |line| Location {
        path: "/a/very/long/folder/of/downloads/schedule.json".into(),
        line: Some(line),
        column: Some(3),
    };
    let problems = vec![
        Problem::warning(at(10), Some("s1"), "duplicate event id 883: kept apart by its guid"),
        Problem::warning(at(20), Some("s2"), "duplicate event id 912: kept apart by its guid"),
    ];
    let (d, mut s) = opened(problems, crate::sample::programme());
    s.size = (80, 24);
    update(&mut s, &d, Action::OpenNotices);
    let text = screen(&s, &d);
    for id in ["883", "912"] {
        assert!(text.lines().any(|l| l.contains(&format!("duplicate event id {id}"))), "{id} in a row: {text}");
    }
    assert!(text.contains("schedule.json:10:3"), "the file's name, not its folders, in the row: {text}");
}
