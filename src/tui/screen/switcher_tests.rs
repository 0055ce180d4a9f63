//! The programme switcher: opened with its key from the list, narrowed by typing, Enter hands the
//! chosen programme to the event loop, Esc clears then goes back, a click picks a line; drawn in
//! aligned columns whatever the names' widths.

use std::collections::BTreeMap;

use chrono::TimeZone;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::library::{self, Kind};
use crate::load::Source;
use crate::store::recent::Recent;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::layout::{Areas, inside};
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, run};
use crate::tui::update::update;

/// The small programme, its state at `size` with a library of the bundled editions, two added
/// programmes (one on the web, with a wide Korean name) and one recent file.
fn with_library(size: (u16, u16)) -> (crate::tui::data::Data, State) {
    let d = ts::sample();
    let mut s = ts::opened(&d, size);
    let added = BTreeMap::from([
        ("fosdem".to_owned(), "https://fosdem.example/schedule.xml".to_owned()),
        ("인권도시".to_owned(), "/data/whrcf-ko.toml".to_owned()),
    ]);
    let at = chrono::Utc.with_ymd_and_hms(2026, 11, 30, 2, 0, 0).unwrap();
    let recent = [Recent { source: "/home/me/democon.json".to_owned(), opened_at: at }];
    s.switcher.entries = library::gather(&added, &recent, None);
    (d, s)
}

#[test]
fn p_opens_the_switcher_and_enter_opens_the_programme_typed_for() {
    let (d, mut s) = with_library((120, 40));
    let p = d.keymap.action(Mode::Browse, KeyEvent::new(KeyCode::Char('P'), KeyModifiers::SHIFT));
    assert_eq!(p, Some(Action::OpenSwitcher));
    update(&mut s, &d, Action::OpenSwitcher);
    assert_eq!(s.mode, Mode::Switcher);
    run(&mut s, &d, &ts::typed("fsdm").collect::<Vec<_>>());
    let effect = update(&mut s, &d, Action::Open);
    assert_eq!(effect, Some(Effect::Open(Source::Web("https://fosdem.example/schedule.xml".into()))));
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(s.notice.as_deref(), Some("Opening fosdem…"));
}

#[test]
fn the_cursor_moves_over_what_the_filter_leaves_and_esc_clears_then_goes_back() {
    let (d, mut s) = with_library((120, 40));
    update(&mut s, &d, Action::OpenSwitcher);
    run(&mut s, &d, &[Action::Down, Action::Down]);
    assert_eq!(update(&mut s, &d, Action::Open), Some(Effect::Open(Source::Bundled(2023))), "the third: 2023");
    update(&mut s, &d, Action::OpenSwitcher);
    assert_eq!(s.switcher.cursor, 0, "opened afresh");
    run(&mut s, &d, &ts::typed("democon").collect::<Vec<_>>());
    run(&mut s, &d, &[Action::Down, Action::Down]);
    assert_eq!(s.switcher.cursor, 0, "one match: the cursor stays on it");
    update(&mut s, &d, Action::Back);
    assert!(s.switcher.query.is_empty() && s.mode == Mode::Switcher, "Esc clears the filter first");
    run(&mut s, &d, &ts::typed("zzzz").collect::<Vec<_>>());
    assert_eq!(update(&mut s, &d, Action::Open), None, "nothing to open");
    assert_eq!(s.notice.as_deref(), Some("No programme matches."));
    run(&mut s, &d, &[Action::Back, Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn a_click_picks_the_line_clicked() {
    let (d, mut s) = with_library((120, 40));
    update(&mut s, &d, Action::OpenSwitcher);
    let list = inside(Areas::new(Rect::new(0, 0, 120, 40), Mode::Switcher).detail);
    let click = crate::tui::layout::click(&s, Rect::new(0, 0, 120, 40), list.x + 3, list.y + 15);
    assert_eq!(click, Action::Click(Hit::Line(15)));
    update(&mut s, &d, click);
    let effect = update(&mut s, &d, Action::Open);
    assert_eq!(effect, Some(Effect::Open(Source::File("/data/whrcf-ko.toml".into()))), "after 14 editions and fosdem");
}

#[test]
fn every_programme_is_drawn_in_aligned_columns_with_its_kind_and_fetch_state() {
    for size in [(80, 24), (120, 40)] {
        let (d, mut s) = with_library(size);
        update(&mut s, &d, Action::OpenSwitcher);
        run(&mut s, &d, &ts::typed("o").collect::<Vec<_>>());
        let screen = ts::render(&s, &d);
        let body = Areas::new(Rect::new(0, 0, size.0, size.1), Mode::Switcher).detail;
        assert!(screen.row(body.y).starts_with("┌ Programmes · 3 of 17 "), "{screen:?}");
        let fosdem = screen.row_of("fosdem");
        let korean = screen.row_of("인권도시");
        let recent = screen.row_of("democon.json ");
        assert!(screen.row(fosdem).contains("not fetched yet"), "{screen:?}");
        assert_eq!(screen.column_in(fosdem, "added"), screen.column_in(korean, "added"), "{screen:?}");
        assert_eq!(screen.column_in(korean, "/data/"), screen.column_in(fosdem, "https://"), "{screen:?}");
        assert_eq!(screen.column_in(recent, "/home/"), screen.column_in(fosdem, "https://"), "{screen:?}");
        assert!(screen.row(recent).contains("recent"), "{screen:?}");
        assert!(screen.text().contains("open: o▏"), "the filter in the footer: {screen:?}");
        let entries = &s.switcher.entries;
        assert_eq!(entries.iter().filter(|e| e.kind == Kind::Bundled).count(), crate::load::BUNDLED.len());
    }
}

#[test]
fn a_hostile_name_is_drawn_neutralised_and_keeps_the_columns() {
    let (d, mut s) = with_library((120, 40));
    let added = BTreeMap::from([("x\u{1b}[2J\nforged".to_owned(), "/tmp/a\u{7}.xml".to_owned())]);
    s.switcher.entries = library::gather(&added, &[], None);
    update(&mut s, &d, Action::OpenSwitcher);
    let screen = ts::render(&s, &d);
    let text = screen.text();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    let row = screen.row_of("forged");
    assert_eq!(screen.column_in(row, "/tmp/a"), screen.column_in(screen.row_of("2025"), "WHRCF 2025"), "{screen:?}");
}
