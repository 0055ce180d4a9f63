//! What-if moves in the grid, on the bundled 2019 programme: the person clash of Shams ASADI
//! ("Migrants" and "Right to Housing", both 13:00–15:30 on 1 October) moved away and back.

use crate::clash::{self, Checks, Kind};
use crate::filter::Day;
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::derive::grid;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, run};
use crate::tui::update::update;

/// The grid of 2019 open on Tuesday, the cursor on "Migrants".
fn on_migrants(data: &Data) -> State {
    let mut s = ts::state_at(data, "2019-10-01T12:00:00+09:00", (200, 40));
    update(&mut s, data, Action::OpenGrid);
    let model = grid::model(&s, data);
    let b = model.blocks.iter().find(|b| data.programme.sessions[b.session].id.as_str() == "2019-migrants").unwrap();
    (s.grid.col, s.grid.row) = (b.col, b.top);
    s
}

fn index(d: &Data, id: &str) -> usize {
    d.programme.sessions.iter().position(|s| s.id.as_str() == id).unwrap_or_else(|| panic!("no session {id}"))
}

fn under_cursor<'a>(s: &State, d: &'a Data) -> &'a str {
    let b = grid::model(s, d).at(s.grid.col, s.grid.row).copied().expect("a block under the cursor");
    d.programme.sessions[b.session].id.as_str()
}

#[test]
fn moving_migrants_a_day_on_recounts_the_clash_live_and_undo_redo_walk_it() {
    let d = ts::bundled(2019);
    let mut s = on_migrants(&d);
    assert_eq!(grid::model(&s, &d).clashes, 1, "Shams ASADI in two sessions at once");
    assert!(ts::render(&s, &d).text().contains(" 1 clash (rooms, people) · rooms"));
    assert_eq!(update(&mut s, &d, Action::MoveNextDay), Some(Effect::SaveMoves));
    assert_eq!(s.day(), Some(Day::Date("2019-10-02".parse().unwrap())), "the grid follows the session");
    assert_eq!(under_cursor(&s, &d), "2019-migrants", "the cursor follows it too");
    let model = grid::model(&s, &d);
    assert_eq!(model.clashes, 0);
    assert!(model.blocks.iter().any(|b| b.moved && b.session == index(&d, "2019-migrants")));
    let screen = ts::render(&s, &d);
    assert!(screen.text().contains("0 clashes (rooms, people) · 1 move"), "{}", screen.text());
    assert!(screen.text().contains("» Migrants"), "the moved block is marked");
    assert!(screen.text().contains("moved from Kimdaejung Convention Center Rooms 209~210 Tue 2019-10-01 13:00"));
    assert_eq!(update(&mut s, &d, Action::Undo), Some(Effect::SaveMoves));
    assert_eq!(grid::model(&s, &d).clashes, 1, "undo brings the clash back");
    assert_eq!(s.day(), Some(Day::Date("2019-10-01".parse().unwrap())));
    assert_eq!(under_cursor(&s, &d), "2019-migrants");
    assert!(s.notice.as_deref().unwrap_or_default().contains("Ctrl-r redoes"), "{:?}", s.notice);
    update(&mut s, &d, Action::Redo);
    assert_eq!(grid::model(&s, &d).clashes, 0, "redo removes it");
    assert_eq!(update(&mut s, &d, Action::Redo), None, "nothing more to redo");
    assert_eq!(s.notice.as_deref(), Some("No move to redo"));
    assert_eq!(s.moves.moves().len(), 1);
    assert_eq!(s.mode, Mode::Grid);
    // Marked where the move put it: the grid stays on that day, on the session.
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert!(s.agenda.is_marked("2019-migrants"));
    assert_eq!(s.day(), Some(Day::Date("2019-10-02".parse().unwrap())));
    assert_eq!(under_cursor(&s, &d), "2019-migrants");
}

#[test]
fn later_by_rows_and_into_another_room_keep_the_flags_the_clash_check_gives() {
    let d = ts::bundled(2019);
    let mut s = on_migrants(&d);
    run(&mut s, &d, &[Action::MoveLater; 10]);
    assert_eq!(grid::model(&s, &d).clashes, 0, "15:30–18:00: no one is in two places");
    assert_eq!(under_cursor(&s, &d), "2019-migrants");
    run(&mut s, &d, &[Action::MoveEarlier; 10]);
    assert!(s.moves.placed().is_empty(), "back where it was: no move left");
    assert_eq!(grid::model(&s, &d).clashes, 1);
    // Into the room of "Right to Housing" (305+306), at the same time: a room clash as well.
    let housing = index(&d, "2019-right-to-housing");
    let target = d.programme.sessions[housing].place().unwrap().to_owned();
    let here = |s: &State| s.moves.slot(&d.programme, index(&d, "2019-migrants")).unwrap().room;
    for _ in 0..d.move_resources().room_names().len() {
        if here(&s).as_deref() == Some(target.as_str()) {
            break;
        }
        update(&mut s, &d, Action::MovePrevRoom);
    }
    let migrants = s.moves.slot(&d.programme, index(&d, "2019-migrants")).unwrap();
    assert_eq!(migrants.room.as_deref(), Some(target.as_str()));
    let model = grid::model(&s, &d);
    assert_eq!(model.clashes, 2, "the person clash and now a room clash");
    // The grid flags exactly the clash check's room clashes of the moved programme.
    let mut moved = d.programme.clone();
    assert!(crate::moves::apply(&mut moved, &s.moves.moves()).is_empty());
    let mut rooms: Vec<(usize, usize)> = clash::find(&moved, &Checks::default())
        .iter()
        .filter(|c| c.kind == Kind::Room)
        .map(|c| (c.sessions[0].min(c.sessions[1]), c.sessions[0].max(c.sessions[1])))
        .collect();
    rooms.sort_unstable();
    assert_eq!(model.overlaps, rooms);
    assert!(model.columns.iter().any(|c| c.starts_with(grid::CLASH_MARK)));
}

#[test]
fn a_time_move_off_the_programmes_days_is_refused_like_a_day_move() {
    let d = ts::bundled(2019);
    let mut s = on_migrants(&d);
    let last = *s.tabs.iter().rev().find_map(|t| if let Day::Date(d) = t { Some(d) } else { None }).unwrap();
    let first = *s.tabs.iter().find_map(|t| if let Day::Date(d) = t { Some(d) } else { None }).unwrap();
    run(&mut s, &d, &[Action::MoveNextDay; 10]);
    run(&mut s, &d, &[Action::MoveLater; 200]);
    let at = s.moves.slot(&d.programme, index(&d, "2019-migrants")).unwrap();
    assert_eq!(at.date, last, "still on the last day, at {:?}", at.start);
    assert_eq!(s.notice.as_deref(), Some("No room or day further that way"));
    run(&mut s, &d, &[Action::MovePrevDay; 10]);
    run(&mut s, &d, &[Action::MoveEarlier; 200]);
    let at = s.moves.slot(&d.programme, index(&d, "2019-migrants")).unwrap();
    assert_eq!(at.date, first, "still on the first day, at {:?}", at.start);
    assert_eq!(under_cursor(&s, &d), "2019-migrants", "still in the grid");
}

#[test]
fn the_move_keys_can_be_rebound_in_keys_toml() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let user = "[grid]\n\"ctrl-l\" = \"move-later\"\n\"J\" = \"none\"\n\"U\" = \"redo\"\n";
    let (keymap, problems) = Keymap::load(Some((user, "keys.toml")));
    assert!(problems.is_empty(), "{problems:?}");
    let key = |c: char, m: KeyModifiers| keymap.action(Mode::Grid, KeyEvent::new(KeyCode::Char(c), m));
    assert_eq!(key('l', KeyModifiers::CONTROL), Some(Action::MoveLater));
    assert_eq!(key('J', KeyModifiers::SHIFT), None, "unbound");
    assert_eq!(key('U', KeyModifiers::SHIFT), Some(Action::Redo));
    assert_eq!(key('K', KeyModifiers::SHIFT), Some(Action::MoveEarlier), "the defaults stay");
    assert_eq!(key('}', KeyModifiers::NONE), Some(Action::MoveNextDay));
    assert_eq!(key('u', KeyModifiers::NONE), Some(Action::Undo));
}

#[test]
fn a_newer_version_keeps_the_moves_by_id_and_another_programme_brings_its_own() {
    use crate::tui::app::Stores;
    use crate::tui::live::Prepared;
    use crate::tui::replace;
    use std::sync::Arc;
    let home = tempfile::tempdir().unwrap();
    let store = crate::store::moves::MovesStore::new(home.path().join("moves.toml"));
    let mut data = Arc::new(ts::bundled(2019));
    let mut s = on_migrants(&data);
    update(&mut s, &data, Action::MoveNextDay);
    store.save(&data.programme.id, &s.moves.moves()).unwrap();
    // A newer version with a session added before "Migrants": its index changes, its move stays.
    let mut newer = crate::load::bundled(2019).unwrap().programme;
    let mut added = newer.sessions[0].clone();
    added.id = crate::model::SessionId("2019-added".into());
    added.date = None;
    newer.sessions.insert(0, added);
    replace::newer_version(&mut s, &mut data, Prepared { data: ts::data(newer), warnings: Vec::new(), look: None });
    assert_eq!(s.moves.placed().len(), 1);
    assert_eq!(s.moves.placed()[0].index, index(&data, "2019-migrants"), "found again by its id");
    assert_eq!(s.notice.as_deref(), Some("1 move applied"));
    assert_eq!(grid::model(&s, &data).clashes, 0);
    // A newer version without "Migrants": its move is reported, not applied.
    let mut without = crate::load::bundled(2019).unwrap().programme;
    without.sessions.retain(|s| s.id.as_str() != "2019-migrants");
    replace::newer_version(&mut s, &mut data, Prepared { data: ts::data(without), warnings: Vec::new(), look: None });
    assert!(s.moves.placed().is_empty());
    assert!(
        s.notice.as_deref().unwrap_or_default().contains("'Migrants' (2019-migrants) is no longer in the programme")
    );
    // Another programme brings its own moves (none), and 2019's come back with it.
    let stores = Stores { agenda: None, hidden: None, seen: None, moves: Some(&store) };
    replace::other_programme(
        &mut s,
        &mut data,
        Prepared { data: ts::bundled(2021), warnings: Vec::new(), look: None },
        stores,
    );
    assert!(s.moves.placed().is_empty());
    replace::other_programme(
        &mut s,
        &mut data,
        Prepared { data: ts::bundled(2019), warnings: Vec::new(), look: None },
        stores,
    );
    assert_eq!(s.moves.moves()[0].session.as_str(), "2019-migrants");
}

#[test]
fn a_block_the_view_starts_inside_still_shows_its_title() {
    // Migrants moved to 2 October at 13:00: at 80x24 the view starts below 09:00, inside the 09:00–15:00 block.
    let d = ts::bundled(2019);
    let mut s = on_migrants(&d);
    s.size = (80, 24);
    update(&mut s, &d, Action::MoveNextDay);
    let model = grid::model(&s, &d);
    let screen = ts::render(&s, &d);
    let view = super::super::Viewport::of(crate::tui::layout::Areas::last_reported(&s).detail, s.grid, &model);
    assert!(view.row_offset > 0, "the view starts after the first row: {:?}\n{}", s.grid, screen.text());
    let cut: Vec<&grid::Block> =
        model.blocks.iter().filter(|b| b.top < view.row_offset && view.row_offset < b.bottom).collect();
    assert!(!cut.is_empty(), "a block starts above the view and goes on in it");
    for b in cut {
        let title = &d.programme.sessions[b.session].title;
        let first_word = title.split(' ').next().unwrap_or_default();
        let y = view.inner.y + 1;
        assert!(screen.row(y).contains(first_word), "{title:?} on the view's first row:\n{}", screen.text());
    }
}
