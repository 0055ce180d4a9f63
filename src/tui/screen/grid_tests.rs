//! `update()` tests of the grid screen, on the small programme built in code.

use ratatui::layout::Rect;

use crate::sample;
use crate::tui::action::Action;
use crate::tui::derive::grid;
use crate::tui::layout;
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
    assert_eq!(model.columns, ["⚠ Hall A", "⚠ Hall A"], "every lane of the room flagged alike");
    let screen = ts::render(&s, &d);
    let header = screen.row(screen.row_of("Hall A"));
    assert_eq!(header.matches("⚠ Hall A").count(), 2, "each lane named, flagged: {header}");
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

/// The small programme with back-to-back sessions in one room on its third day (10:30–10:35,
/// 10:35–11:05, 11:10–11:40 in Room 9), two sessions without a room one after the other, and
/// the grid opened on that day.
fn back_to_back() -> (crate::tui::data::Data, crate::tui::state::State) {
    let mut p = sample::programme();
    for (id, time) in
        [("lightning", ((10, 30), (10, 35))), ("talk", ((10, 35), (11, 5))), ("later", ((11, 10), (11, 40)))]
    {
        p.sessions.push(sample::session(id, &format!("{id} title"), 3, Some(time), "Room 9", vec![]));
    }
    for (id, time) in [("roomless", ((13, 0), (13, 30))), ("roomless-too", ((13, 30), (14, 0)))] {
        let mut s = sample::session(id, id, 3, Some(time), "", vec![]);
        s.room = None;
        p.sessions.push(s);
    }
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::GoDay(3), Action::OpenGrid]);
    (d, s)
}

#[test]
fn back_to_back_sessions_share_no_lane_and_show_their_real_times() {
    let (d, s) = back_to_back();
    let model = grid::model(&s, &d);
    assert_eq!(model.columns, ["(no room)", "Hall A", "Room 9"], "no second lane: nothing clashes");
    assert!(model.blocks.iter().all(|b| !b.overlap));
    let id = |b: &grid::Block| d.programme.sessions[b.session].id.as_str();
    let rows: Vec<(&str, usize)> = model.blocks.iter().map(|b| (id(b), b.bottom - b.top)).collect();
    assert!(rows.contains(&("lightning", 1)), "the 5-minute talk has a row of its own: {rows:?}");
    let screen = ts::render(&s, &d).text();
    for times in ["10:30–10:35 lightning title", "10:35–11:05", "11:10–11:40", "13:00–13:30", "13:30–14:00"] {
        assert!(screen.contains(times), "{times} in\n{screen}");
    }
    assert!(!screen.contains("⚠") && !screen.contains("overlaps"), "{screen}");
}

#[test]
fn a_click_selects_the_block_under_it_and_the_wheel_scrolls_the_day() {
    let mut p = sample::programme();
    p.sessions.push(sample::session("evening", "Evening Talk", 1, Some(((18, 0), (19, 0))), "Hall A", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenGrid);
    let screen = Rect::new(0, 0, 120, 40);
    let at = ts::render(&s, &d).find("Climate Justice");
    let click = layout::click(&s, screen, at.x + 2, at.y + 1);
    update(&mut s, &d, click);
    assert_eq!(s.mode, Mode::Grid);
    let model = grid::model(&s, &d);
    let block = model.at(s.grid.col, s.grid.row).expect("the cursor on the clicked block");
    assert_eq!(d.programme.sessions[block.session].id.as_str(), "climate");
    let tabs = layout::Areas::new(screen, s.mode).tabs;
    let tuesday = layout::tab_strip(&s, tabs.width).shown[1];
    let click = layout::click(&s, screen, tuesday.1 + 1, tabs.y);
    update(&mut s, &d, click);
    assert_eq!((s.tab, s.mode), (1, Mode::Grid), "a day tab clicked in the grid shows that day's grid");
    // 09:00 to 19:00 is more than 80x24 shows: the wheel moves the view, the cursor along.
    let mut s = ts::opened(&d, (80, 24));
    update(&mut s, &d, Action::OpenGrid);
    assert_eq!((s.grid.row, s.grid.row_offset), (0, 0));
    update(&mut s, &d, Action::ScrollDown);
    assert_eq!((s.grid.row, s.grid.row_offset), (3, 3));
    let text = ts::render(&s, &d).text();
    assert!(text.contains("│09:45") && !text.contains("│09:00 "), "the gutter starts at 09:45: {text}");
    run(&mut s, &d, &[Action::ScrollDown; 100]);
    let model = grid::model(&s, &d);
    assert!(ts::render(&s, &d).text().contains("Evening Talk"), "down to the end of the day");
    run(&mut s, &d, &[Action::ScrollUp; 100]);
    assert_eq!(s.grid.row_offset, 0);
    assert!(s.grid.row < model.rows);
}

#[test]
fn sessions_without_a_room_side_by_side_are_one_unflagged_column_and_lanes_are_not_rooms() {
    // 2019, second day: "Disability" (16:00–18:00) and "Gender" (16:00–19:00) have no room
    // published, beside four rooms.
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (200, 50));
    run(&mut s, &d, &[Action::GoDay(2), Action::OpenGrid]);
    let screen = ts::render(&s, &d);
    let text = screen.text();
    assert!(text.contains("Timeline Tue 2019-10-01 · 4 rooms + (no room) ·"), "{text}");
    let header = screen.row(screen.row_of("(no room)"));
    assert_eq!(header.matches("(no room)").count(), 1, "{header}");
    assert!(text.contains("│Disability") && text.contains("│Gender"), "{text}");
    assert!(!text.contains('⚠') && !text.contains('║'), "{text}");
}

// The one door to the fixtures, also included by other test modules: each keeps its own.
#[allow(clippy::duplicate_mod)]
#[path = "../../../tests/common/fixtures.rs"]
mod fixtures;

/// The grid of a real schedule kept as a fixture, on its first day, on a screen of `size`.
pub(in crate::tui::screen::grid) fn fixture_grid(
    name: &str,
    size: (u16, u16),
) -> (crate::tui::data::Data, crate::tui::state::State) {
    let loaded = crate::load::from_path(&fixtures::schedule(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let d = ts::data(loaded.programme);
    let mut s = ts::opened(&d, size);
    update(&mut s, &d, Action::OpenGrid);
    (d, s)
}

#[test]
fn the_grid_columns_share_the_whole_width_of_a_large_terminal() {
    // FOSDEM 2020's first day: 33 rooms, more than 200 columns show.
    let (d, s) = fixture_grid("fosdem-2020.xml", (200, 50));
    let model = grid::model(&s, &d);
    let area = layout::Areas::last_reported(&s).detail;
    let view = super::Viewport::of(area, s.grid, &model);
    let shown: Vec<(u16, u16)> = (view.col_offset..view.col_offset + view.cols).map(|k| view.column(k)).collect();
    assert_eq!(shown.len(), 13, "as many rooms as fit at 14 cells each: {shown:?}");
    let right = area.right() - 1;
    assert_eq!(shown.last().map(|(x, w)| x + w), Some(right), "no blank space at the right: {shown:?}");
    assert!(shown.windows(2).all(|p| p[0].0 + p[0].1 == p[1].0), "side by side: {shown:?}");
    assert!(shown.iter().all(|&(_, w)| w == 14 || w == 15), "the leftover shared out: {shown:?}");
    // A click on the last column's right edge finds it.
    let (x, w) = shown[12];
    assert_eq!(view.cell_at(x + w - 1, area.y + 2, &model).map(|c| c.0), Some(view.col_offset + 12));
    // A few rooms share the whole width between them: 2019's first day has 4 columns.
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (200, 50));
    run(&mut s, &d, &[Action::GoDay(1), Action::OpenGrid]);
    let model = grid::model(&s, &d);
    let area = layout::Areas::last_reported(&s).detail;
    let view = super::Viewport::of(area, s.grid, &model);
    assert_eq!(view.cols, model.columns.len());
    let last = view.column(view.col_offset + view.cols - 1);
    assert_eq!(last.0 + last.1, area.right() - 1, "no blank space at the right");
    assert!(view.column(view.col_offset).1 > 32, "wider than the old 32 cells at most: {last:?}");
}

#[test]
fn the_selected_block_is_said_in_full_below_the_grid() {
    // The 5-minute talk is one row high: its title is cut in its column, whole below the grid.
    let (d, _) = back_to_back();
    let mut s80 = ts::opened(&d, (80, 24));
    run(&mut s80, &d, &[Action::GoDay(3)]);
    let lightning = d.programme.sessions.iter().position(|x| x.id.as_str() == "lightning");
    crate::tui::navigate::select_session(&mut s80, &d, lightning.expect("the 5-minute talk"));
    super::open(&mut s80, &d);
    let screen = ts::render(&s80, &d);
    let area = layout::Areas::last_reported(&s80).detail;
    assert_eq!(screen.row(area.bottom() - 3).trim_matches('│').trim_end(), " 10:30–10:35 lightning title · Room 9");
    assert!(screen.row(area.bottom() - 2).contains("rooms 1–2 of 2"), "{}", screen.text());
}

#[test]
fn the_grid_counts_rooms_not_lanes_and_an_empty_day_says_so() {
    // A day the programme lists without a session: no "0 kinds".
    let mut p = sample::programme();
    p.last_day = p.last_day.succ_opt().expect("a day after");
    let empty = p.last_day.format("%a %Y-%m-%d").to_string();
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    let last = u8::try_from(s.tabs.len()).expect("a few days");
    run(&mut s, &d, &[Action::GoDay(last), Action::OpenGrid]);
    let text = ts::render(&s, &d).text();
    assert!(text.contains(&format!("┌ Timeline {empty} · no sessions this day ·")), "{text}");
    assert!(!text.contains("0 kinds") && !text.contains("0 rooms"), "{text}");
    // 2019: lanes of one room, or of sessions without a room, are not rooms.
    let d = ts::bundled(2019);
    for (day, rooms) in [(1, "rooms 1–3 of 3"), (2, "rooms 1–3 of 4")] {
        let mut s = ts::opened(&d, (80, 24));
        run(&mut s, &d, &[Action::GoDay(day), Action::OpenGrid]);
        let screen = ts::render(&s, &d);
        let bottom = screen.row(layout::Areas::last_reported(&s).detail.bottom() - 2);
        assert!(bottom.contains(rooms), "day {day}: {bottom}");
        assert!(!screen.text().contains("columns"), "{}", screen.text());
    }
}

#[test]
fn a_title_too_long_for_its_column_is_folded_over_the_block_rows() {
    use super::label::block_label;
    let block =
        |rows: usize, overlap: bool| grid::Block { session: 0, col: 0, top: 0, bottom: rows, overlap, moved: false };
    let rows = |b: &grid::Block| -> Vec<String> {
        (0..b.bottom).map(|k| block_label(b, k, "Welcome to FOSDEM 2020", ("09:30–09:55", "09:30"), None, 13)).collect()
    };
    assert_eq!(rows(&block(4, false)), ["│Welcome to", "│FOSDEM 2020", "│09:30–09:55", "│"]);
    assert_eq!(rows(&block(2, false)), ["│Welcome to FOSDEM 2020", "│09:30–09:55"], "one row to spare: cut there");
    assert_eq!(rows(&block(4, true)), ["║⚠ Welcome to", "║FOSDEM 2020", "║09:30–09:55", "║overlaps in this room"]);
    assert_eq!(rows(&block(1, false)), ["│09:30 Welcome to FOSDEM 2020"], "a 5-minute talk: start and title");
    // Accessible mode names the room in words after the times, where the block has the rows.
    let b = block(5, false);
    let rows: Vec<String> = (0..5)
        .map(|k| block_label(&b, k, "Welcome to FOSDEM 2020", ("09:30–09:55", "09:30"), Some("Janson"), 13))
        .collect();
    assert_eq!(rows, ["│Welcome to", "│FOSDEM 2020", "│09:30–09:55", "│Janson", "│"]);
}

#[test]
fn the_grid_says_its_times_in_the_zone_chosen_with_z() {
    // DebConf 23 is in Asia/Kolkata (UTC+05:30); its first day's breakfast is 07:00–10:30 there.
    let (d, mut s) = fixture_grid("debconf23.xml", (200, 50));
    let text = ts::render(&s, &d).text();
    assert!(text.contains("times Asia/Kolkata") && text.contains("07:00–10:30"), "{text}");
    s.zone = crate::time::ZoneChoice::Utc;
    let text = ts::render(&s, &d).text();
    assert!(text.contains("times UTC ") && !text.contains("Asia/Kolkata"), "the title says the zone: {text}");
    s.zone = crate::time::ZoneChoice::Named(chrono_tz::Etc::UTC);
    assert!(ts::render(&s, &d).text().contains("times UTC "), "Etc/UTC is said UTC, as the header says it");
    assert!(text.contains("01:30–05:00") && !text.contains("07:00–10:30"), "blocks in UTC: {text}");
    assert!(text.contains("│01:00"), "the axis in UTC, from the hour: {text}");
    // In Los Angeles the Indian morning is the evening before: marked, rows still of the conference day.
    s.zone = crate::time::ZoneChoice::Named(chrono_tz::America::Los_Angeles);
    let text = ts::render(&s, &d).text();
    assert!(text.contains("18:30 (-1d)–22:00 (-1d)"), "{text}");
    // A column too narrow for both marks says the start with its mark, and `…` for the end.
    let (d, mut s) = fixture_grid("debconf23.xml", (80, 24));
    s.zone = crate::time::ZoneChoice::Named(chrono_tz::America::Los_Angeles);
    let text = ts::render(&s, &d).text();
    assert!(text.contains("│18:30(-1d)…") && !text.contains("–22:…"), "{text}");
}

#[test]
fn z_in_the_grid_keeps_the_cursor_on_its_session() {
    let (d, mut s) = fixture_grid("debconf23.xml", (200, 50));
    let before = super::session_at_cursor(&s, &d).expect("a block under the cursor");
    for _ in 0..3 {
        update(&mut s, &d, Action::CycleZone);
        assert_eq!(super::session_at_cursor(&s, &d), Some(before), "{:?}", s.zone);
    }
}

#[test]
fn a_block_beside_an_empty_column_has_its_own_right_edge_and_the_column_stays_empty() {
    // 2019's Monday at 80x24: the long "Training Course…" (09:00–12:00) in Rooms 211, nothing in
    // Rooms 212+213 before 10:30.
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (80, 24));
    run(&mut s, &d, &[Action::GoDay(1), Action::OpenGrid]);
    let model = grid::model(&s, &d);
    let training = model
        .blocks
        .iter()
        .find(|b| d.programme.sessions[b.session].title.starts_with("Training Course"))
        .copied()
        .expect("the training course");
    let area = layout::Areas::last_reported(&s).detail;
    let view = super::Viewport::of(area, s.grid, &model);
    let next = training.col + 1;
    assert!(next < view.col_offset + view.cols, "its neighbour is shown");
    let (x, w) = view.column(training.col);
    let (nx, nw) = view.column(next);
    let screen = ts::render(&s, &d);
    let y = screen.row_of("Training");
    let row: Vec<char> = screen.row(y).chars().collect();
    assert!(model.at(next, training.top).is_none(), "the neighbour is empty at its start");
    assert_eq!(row[usize::from(x)], '│', "left edge: {}", screen.row(y));
    assert_eq!(row[usize::from(x + w)], '│', "right edge, where the next column starts: {}", screen.row(y));
    let neighbour: String = row[usize::from(nx + 1)..usize::from(nx + nw)].iter().collect();
    assert!(neighbour.trim().is_empty(), "the empty column stays empty: {:?}", screen.row(y));
}

#[test]
fn accessible_mode_says_an_empty_cell_in_words_and_below_the_grid() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    s.accessible = true;
    run(&mut s, &d, &[Action::OpenGrid, Action::Right, Action::Right]);
    assert!(grid::model(&s, &d).at(s.grid.col, s.grid.row).is_none(), "Room 201 at 09:00 is empty");
    let text = ts::render(&s, &d).text();
    assert!(text.contains("no session here · Room 201"), "said below the grid: {text}");
}
