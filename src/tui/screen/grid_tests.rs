//! `update()` tests of the grid screen, on the small programme built in code.

use crate::sample;
use crate::tui::action::Action;
use crate::tui::derive::grid;
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, run, selected_id};
use crate::tui::update::update;

#[test]
fn grid_moves_changes_day_and_opens_the_block() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenGrid);
    assert_eq!(s.mode, Mode::Grid);
    let model = grid::model(&s, &d);
    assert_eq!(model.columns, ["Hall A", "Room 201"]);
    let start = model.at(s.grid.col, s.grid.row).expect("the cursor starts on a session");
    assert_eq!(d.programme.sessions[start.session].id.as_str(), "opening", "the selected one");
    // Room 201 at 11:00, eight 15-minute rows after 09:00.
    run(&mut s, &d, &[Action::Right, Action::Right]);
    assert_eq!(s.grid.col, 1, "the cursor stays in the grid");
    run(&mut s, &d, &[Action::Down; 8]);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Detail);
    assert_eq!(selected_id(&s, &d), "climate");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Grid, "back from the session to the grid");
    update(&mut s, &d, Action::NextDay);
    assert_eq!(s.tab, 1);
    let tuesday = grid::model(&s, &d);
    assert_eq!(tuesday.columns, ["Online"], "the film has a room but no time");
    assert_eq!(tuesday.untimed, 1);
    for _ in 0..100 {
        update(&mut s, &d, Action::Down);
    }
    assert_eq!(s.grid.row, tuesday.rows - 1, "the cursor stays in the grid");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn overlapping_sessions_of_one_room_get_flagged_lanes() {
    // The overlapping pair in one room.
    let mut p = sample::programme();
    for s in p.sessions.iter_mut().filter(|s| sample::OVERLAPPING.contains(&s.id.as_str())) {
        s.room = Some("Hall A".into());
    }
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenGrid);
    let model = grid::model(&s, &d);
    assert_eq!(model.columns, ["Hall A", "⚠ Hall A"]);
    let flagged: Vec<&str> =
        model.blocks.iter().filter(|b| b.overlap).map(|b| d.programme.sessions[b.session].id.as_str()).collect();
    assert_eq!(flagged, sample::OVERLAPPING, "the opening, alone at its time, is not flagged");
}

#[test]
fn a_session_opened_from_the_grid_goes_back_to_the_grid() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    ts::run(&mut s, &d, &[Action::OpenGrid, Action::Open]);
    assert_eq!(s.mode, Mode::Detail);
    ts::run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Grid, "Esc returns to the grid it came from");
    ts::run(&mut s, &d, &[Action::Back, Action::Open, Action::Back]);
    assert_eq!(s.mode, Mode::Browse, "opened from the list, Esc returns to the list");
}
