//! `update()` tests of the grid screen.

use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::derive::grid;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::state::State;
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
