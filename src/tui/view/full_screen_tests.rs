//! The full-screen screens (agenda, timeline grid, clash panel, people index) drawn on a test
//! terminal from the small programme, checked region by region: their title, the selected row, a
//! count, where a column or a border falls with Korean text in it.

use ratatui::layout::{Position, Rect};

use super::tests::{SIZES, screen};
use crate::sample;
use crate::tui::action::Action;
use crate::tui::layout::Areas;
use crate::tui::mode::Mode;
use crate::tui::test_screen as ts;

/// The body of a full-screen screen (agenda, grid, clashes, people) on a screen of `size`.
fn body(size: (u16, u16)) -> Rect {
    Areas::new(Rect::new(0, 0, size.0, size.1), Mode::Agenda).detail
}

#[test]
fn agenda_view() {
    // The overlapping pair, a session of Tuesday with a Korean title, and one without a time.
    let marks = [
        Action::Down,
        Action::ToggleMark,
        Action::Down,
        Action::ToggleMark,
        Action::GoDay(2),
        Action::ToggleMark,
        Action::Down,
        Action::ToggleMark,
        Action::OpenAgenda,
    ];
    for size in SIZES {
        let s = screen(size, &marks);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ My agenda · 4 marked"), "{s:?}");
        assert!(s.row(1).contains("★ 4 in my agenda"), "{s:?}");
        let monday = s.row_of("Monday 06 May 2030");
        let housing = s.row_of("[ ] 10:30–12:00  Housing as a Human Right  Hall A");
        assert_eq!(housing, monday + 1, "{s:?}");
        assert_eq!(s.row_of("⚠ overlaps: Climate Justice in Cities, 11:00–12:30"), housing + 1, "{s:?}");
        let climate = s.row_of("[ ] 11:00–12:30  Climate Justice in Cities  Room 201");
        assert_eq!(s.row_of("⚠ overlaps: Housing as a Human Right, 10:30–12:00"), climate + 1, "{s:?}");
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        assert_eq!(s.selected_rows(inner), [" [ ] 10:30–12:00  Housing as a Human Right  Hall A"], "{s:?}");
        let youth = s.row_of("[ ] 14:00–15:30  Youth Forum: 청년 인권  Online");
        assert_eq!(youth, s.row_of("Tuesday 07 May 2030") + 1, "under its day: {s:?}");
        // Dated but untimed: under its day, after the day's timed sessions.
        assert_eq!(s.row_of("[ ] no time      Film Screening: Café des droits"), youth + 1, "{s:?}");
        assert!(!s.text().contains("Day and time not published"), "{s:?}");
    }
}

#[test]
fn agenda_cursor_is_the_selected_row() {
    let s = screen((80, 24), &[Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda, Action::Down]);
    let area = body((80, 24));
    let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
    assert_eq!(s.selected_rows(inner), [" [ ] 10:30–12:00  Housing as a Human Right  Hall A"], "{s:?}");
}

#[test]
fn timeline_grid() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenGrid]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ Timeline Mon 2030-05-06 · 2 rooms · times Asia/Seoul"), "{s:?}");
        // Rooms across, each block under its room and beside its start time in the gutter.
        let hall = s.find("Hall A");
        let room = s.find("Room 201");
        assert_eq!((hall.y, room.y), (area.y + 1, area.y + 1));
        let opening = s.find("│Opening Plenary");
        let climate = s.find("│Climate Justice in Cities");
        assert_eq!((opening.x + 1, climate.x + 1), (hall.x, room.x), "titles under their rooms: {s:?}");
        let gutter = |time: &str| (area.y..area.bottom()).find(|y| s.row(*y).starts_with(&format!("│{time}")));
        assert_eq!(gutter("09:00"), Some(opening.y), "{s:?}");
        assert_eq!(gutter("11:00"), Some(climate.y), "{s:?}");
        let housing = s.row_of("│Housing as a Human Right");
        assert_eq!(gutter("10:00").map(|y| y + 2), Some(housing), "10:30 is two 15-minute rows on: {s:?}");
        assert_eq!(s.column_in(opening.y + 1, "│09:00–10:00"), Some(opening.x), "its time under its title");
        // It opens on the selected session, drawn selected.
        assert!(s.is_selected(Position::new(opening.x + 1, opening.y)), "{s:?}");
        assert!(!s.is_selected(Position::new(climate.x + 1, climate.y)));
        assert!(s.row(area.bottom() - 3).contains(" 09:00–10:00 Opening Plenary · Hall A"), "{s:?}");
        assert!(s.row(area.bottom() - 2).contains("rooms 1–2 of 2"), "{s:?}");
    }
}

#[test]
fn timeline_grid_of_a_day_with_an_untimed_session() {
    let s = screen((120, 40), &[Action::GoDay(2), Action::OpenGrid]);
    assert!(s.row(3).contains("Timeline Tue 2030-05-07") && s.row(3).contains("1 without a time not shown"), "{s:?}");
    let youth = s.find("│Youth Forum: 청년 인권");
    assert_eq!(youth.x + 1, s.find("Online").x, "{s:?}");
    assert_eq!(s.last_column_of(youth.y, "│"), Some(119), "the border after Korean text");
}

#[test]
fn timeline_grid_flags_overlaps_in_one_room() {
    let mut p = sample::programme();
    let climate = p.sessions.iter_mut().find(|s| s.id.0 == "climate").expect("in the sample");
    climate.room = Some("Hall A".into());
    let d = ts::data(p);
    let mut state = ts::opened(&d, (120, 40));
    ts::run(&mut state, &d, &[Action::OpenGrid]);
    let s = ts::render(&state, &d);
    let header = s.row_of("⚠ Hall A");
    let lane = s.last_column_of(header, "⚠");
    let climate = s.find("║⚠ Climate Justice in Cities");
    assert_eq!(Some(climate.x + 1), lane, "the overlapping session in its own lane: {s:?}");
    assert_eq!(s.column_in(climate.y + 2, "║overlaps in this room"), Some(climate.x), "{s:?}");
    assert_eq!(s.column_in(s.row_of("║⚠ Housing"), "║⚠ Housing").map(|x| x + 1), Some(s.find("⚠ Hall A").x));
}

#[test]
fn clash_panel() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenClashes]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ Clashes · 1 clash found"), "{s:?}");
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        let rows = s.selected_rows(inner);
        assert_eq!(rows.len(), 1, "{s:?}");
        assert!(rows[0].starts_with(" Mon 06 11:00–12:00 ◉ person"), "the overlap of the pair: {s:?}");
        assert!(rows[0].contains("KIM Minji is in \"Housing as a Hu"), "{s:?}");
    }
}

#[test]
fn people_index() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenPeople]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ 6 people · SAMPLE 2030 "), "{s:?}");
        // Names with accents and organizers (◇) keep the count column.
        let ana = s.row_of(" Ana García");
        let office = s.row_of("◇Gwangju Human Rights Office");
        assert_eq!(s.column_in(ana, "2│"), s.column_in(office, "1│"), "{s:?}");
        assert!(s.is_selected(s.find(" Ana García")));
        let typed = {
            let mut actions = vec![Action::OpenPeople];
            actions.extend(ts::typed("lee"));
            screen(size, &actions)
        };
        assert!(typed.row(area.y).starts_with("┌ 1 person · SAMPLE 2030 "), "{typed:?}");
        assert!(typed.row(size.1 - 1).starts_with(" find: lee▏"), "{typed:?}");
        // The selected person's sessions beside, in time order, with the role and the room.
        let pane = typed.find("┌ Sessions").x;
        assert_eq!(typed.find("광주인권사무소, Korea").x, pane + 1, "{typed:?}");
        let housing = typed.row_of("Mon 06 May 10:30–12:00 KST speaker");
        assert_eq!(typed.row_of("  Housing as a Human Right · Hall A"), housing + 1, "{typed:?}");
        assert!(typed.row_of("Wed 08 May 16:00–17:00 KST speaker") > housing);
    }
}

#[test]
fn people_index_of_every_edition() {
    // The bundled editions are the point: the index spans them.
    let d = ts::bundled(2019);
    let mut state = ts::state_at(&d, "2019-10-01T12:00:00+09:00", (80, 24));
    ts::run(&mut state, &d, &[Action::OpenPeople, Action::PeopleScope]);
    ts::run(&mut state, &d, &ts::typed("asadi").collect::<Vec<_>>());
    let s = ts::render(&state, &d);
    assert!(s.row(3).starts_with("┌ 1 person · every edition "), "{s:?}");
    let pane = s.find("┌ Sessions").x;
    let first = s.find("2019 Tue 01 Oct");
    let second = s.find("2021 Thu 07 Oct");
    assert_eq!((first.x, second.x), (pane + 1, pane + 1), "{s:?}");
    assert!(first.y < second.y, "in time order: {s:?}");
}
