//! `update()` tests of the grid, the clash panel and the people index.

use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::grid;
use crate::tui::keymap::Keymap;
use crate::tui::state::{Data, Mode, State};
use crate::tui::update::update;

fn setup(edition: i32, now: &str) -> (Data, State) {
    let d = Data::new(load::bundled(edition).unwrap().programme, Keymap::load(None).0);
    let s = State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant(now).unwrap()), (120, 40));
    (d, s)
}

fn selected<'a>(s: &State, d: &'a Data) -> &'a str {
    d.programme.sessions[s.current().unwrap()].id.as_str()
}

#[test]
fn grid_moves_changes_day_and_opens_the_block() {
    let (d, mut s) = setup(2019, "2019-10-01T12:00:00+09:00");
    update(&mut s, &d, Action::OpenGrid);
    assert_eq!(s.mode, Mode::Grid);
    let model = grid::model(&s, &d);
    assert_eq!(model.columns, ["(no room)", "(no room)", "214", "305+306", "Rooms 209~210", "Room 307"]);
    let start = s.grid;
    assert!(model.at(start.col, start.row).is_some(), "the cursor starts on a session");
    while s.grid.col > 3 {
        update(&mut s, &d, Action::Left);
    }
    while s.grid.col < 3 {
        update(&mut s, &d, Action::Right);
    }
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Detail);
    assert_eq!(selected(&s, &d), "2019-right-to-housing");
    update(&mut s, &d, Action::Back);
    update(&mut s, &d, Action::OpenGrid);
    update(&mut s, &d, Action::NextDay);
    assert_eq!(s.tab, 2);
    assert_eq!(grid::model(&s, &d).columns.len(), 3, "2 October: rooms 209+210, 212+213 and 214");
    for _ in 0..100 {
        update(&mut s, &d, Action::Down);
    }
    assert_eq!(s.grid.row, grid::model(&s, &d).rows - 1, "the cursor stays in the grid");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn overlapping_sessions_of_one_room_get_flagged_lanes() {
    let mut p = load::bundled(2019).unwrap().programme;
    for s in p.sessions.iter_mut().filter(|s| s.date == chrono::NaiveDate::from_ymd_opt(2019, 10, 1)) {
        s.venue = Some("Hall".into());
    }
    let d = Data::new(p, Keymap::load(None).0);
    let mut s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2019-10-01T12:00:00+09:00").unwrap()), (120, 40));
    update(&mut s, &d, Action::OpenGrid);
    let model = grid::model(&s, &d);
    assert_eq!(model.columns[0], "Hall");
    assert!(model.columns[1..].iter().all(|c| c == "⚠ Hall"));
    assert!(model.blocks.iter().all(|b| b.overlap));
}

#[test]
fn clash_panel_lists_and_jumps() {
    let (d, mut s) = setup(2019, "2019-10-01T12:00:00+09:00");
    update(&mut s, &d, Action::OpenClashes);
    assert_eq!(s.mode, Mode::Clashes);
    assert_eq!(s.notice.as_deref(), Some("2 clashes in WHRCF 2019"));
    update(&mut s, &d, Action::Down);
    update(&mut s, &d, Action::Down);
    assert_eq!(s.clash_cursor, 1);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2019-migrants");
    update(&mut s, &d, Action::OpenClashes);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn people_index_finds_and_jumps() {
    let (d, mut s) = setup(2021, "2021-10-07T14:00:00+09:00");
    update(&mut s, &d, Action::OpenPeople);
    for c in "grotjohn".chars() {
        update(&mut s, &d, Action::SearchInput(c));
    }
    let shown = crate::tui::update::people_shown(&s, &d);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].name, "Robert Grotjohn");
    update(&mut s, &d, Action::SearchBackspace);
    assert_eq!(s.people_query, "grotjoh");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2021-paper-presentation");
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::Back);
    assert!(s.people_query.is_empty(), "Esc clears the query first");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn the_people_index_widens_to_every_edition_and_jumps_within_this_one() {
    let (d, mut s) = setup(2024, "2024-10-10T14:00:00+09:00");
    update(&mut s, &d, Action::OpenPeople);
    for c in "kjaerum".chars() {
        update(&mut s, &d, Action::SearchInput(c));
    }
    let sessions = |s: &State| crate::tui::update::people_shown(s, &d)[0].sessions.len();
    assert_eq!(sessions(&s), 1, "this edition: the 2024 paper session");
    update(&mut s, &d, Action::PeopleScope);
    assert!(s.people_all_editions);
    assert_eq!(sessions(&s), 2, "every edition: 2024 and 2025");
    let (_, archive) = crate::tui::update::people_index(&s, &d);
    let labels: Vec<&str> = crate::tui::update::people_shown(&s, &d)[0]
        .sessions
        .iter()
        .map(|(i, _)| archive.unwrap().member_of(*i).label.as_str())
        .collect();
    assert_eq!(labels, ["WHRCF 2024", "WHRCF 2025"], "in time order, each session with its edition");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2024-paper-session", "Enter goes to the session of this edition");
    // Someone of other editions only: Enter says where they are.
    update(&mut s, &d, Action::OpenPeople);
    s.people_query = "윤장현".into();
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::People);
    assert_eq!(s.notice.as_deref(), Some("Not in WHRCF 2024: first in WHRCF 2015 (whrcf --edition 2015)"));
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people_all_editions);
    assert!(crate::tui::update::people_shown(&s, &d).is_empty());
}

#[test]
fn only_a_bundled_edition_widens_the_people_index() {
    let mut p = load::bundled(2024).unwrap().programme;
    p.id = "my-forum".into();
    let d = Data::new(p, Keymap::load(None).0);
    let mut s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2024-10-10T14:00:00+09:00").unwrap()), (80, 24));
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people_all_editions);
    assert!(s.notice.as_deref().unwrap().starts_with("Only a bundled WHRCF edition"));
    assert!(d.record.is_some(), "a programme that states its total still shows how complete it is");
}
