//! The grid's edges on real schedules kept as fixtures and on the bundled 2019 programme: every
//! body row draws its box edges only where the columns start, and every row on the hour says
//! its time.

use crate::tui::action::Action;
use crate::tui::derive::grid;
use crate::tui::layout;
use crate::tui::screen::grid::tests::fixture_grid;
use crate::tui::test_screen::{self as ts, run};

/// Checks that every body row of the grid on `screen` draws box edges only where the columns
/// shown start, one at each start but the first (a block's edge, or a faint line between two
/// empty cells), the first only at a block; and that every row on the hour says its time.
fn assert_columns_line_up(s: &crate::tui::state::State, d: &crate::tui::data::Data, what: &str) {
    let model = grid::model(s, d);
    let area = layout::Areas::last_reported(s).detail;
    let view = super::Viewport::of(area, s.grid, &model);
    let screen = ts::render(s, d);
    let starts: Vec<u16> = (view.col_offset..view.col_offset + view.cols).map(|k| view.column(k).0).collect();
    let inner = view.inner;
    for r in 0..view.rows.min(model.rows - view.row_offset) {
        let (row, y) = (view.row_offset + r, inner.y + 1 + u16::try_from(r).expect("a few rows"));
        let line = screen.row(y);
        let symbol = |x: u16| screen.buffer[(x, y)].symbol().to_owned();
        let edges: Vec<u16> = (starts[0]..inner.right()).filter(|&x| ["│", "║", "┆"].contains(&&*symbol(x))).collect();
        let mut expected: Vec<u16> = starts[1..].to_vec();
        if model.at(view.col_offset, row).is_some() {
            expected.insert(0, starts[0]);
        }
        assert_eq!(edges, expected, "{what}, row {row} ({}):\n{line}", model.time_of(row));
        let gutter: String = (inner.x..inner.x + 5).map(symbol).collect();
        if model.on_the_hour(row) || r == 0 {
            assert_eq!(gutter, model.time_of(row).format("%H:%M").to_string(), "{what}: {line}");
        }
    }
}

#[test]
fn every_row_of_the_grid_has_its_edges_where_the_columns_start_and_the_hours_are_labelled() {
    for size in [(120, 40), (200, 50)] {
        let (d, mut s) = fixture_grid("fosdem-2020.xml", size);
        for step in 0..6 {
            assert_columns_line_up(&s, &d, &format!("FOSDEM 2020 at {size:?}, step {step}"));
            run(&mut s, &d, &[Action::PageDown, Action::Right, Action::Right, Action::Right]);
        }
        let d = ts::bundled(2019);
        for day in 1..=3 {
            let mut s = ts::opened(&d, size);
            run(&mut s, &d, &[Action::GoDay(day), Action::OpenGrid]);
            assert_columns_line_up(&s, &d, &format!("2019 day {day} at {size:?}"));
        }
    }
}
