//! The grid screen: one day's timeline, time down the side in rows of at most 15 minutes (split
//! where a session starts or ends), rooms (or kinds) across, each session a block labelled with
//! its title and real times; blocks booked in one room at once (room clashes) carry a ⚠ and a
//! double edge. The columns shown share the whole width; a title too long for its column is
//! folded over its block's rows, and the line under the grid says the selected block whole.
//! The cursor moves over cells; Enter opens the block under it, Space marks it. What-if moves
//! (`moving`) put the block elsewhere, marked, and the title counts the clashes again. Edges are
//! drawn only where a column starts, on every row: a block's own on each side (so it never seems
//! to run into an empty neighbouring column), a faint line between two empty cells. A block the
//! view starts inside is labelled from the view's first row, title first.

use super::agenda;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::derive::grid::{self, Model};
use crate::tui::layout::{Areas, grid_capacity};
use crate::tui::mode::Mode;
use crate::tui::navigate::{go_tab, select_session};
use crate::tui::state::{GridPos, State};
use crate::wording;

mod draw;
mod label;
mod moving;

use draw::Viewport;
pub use draw::render;

/// The footer's key hints of the grid.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_TIME),
    (Action::Right, wording::FOOTER_ROOM),
    (Action::NextDay, wording::FOOTER_DAY),
    (Action::Open, wording::FOOTER_OPEN),
    (Action::ToggleMark, wording::FOOTER_MARK),
    (Action::MoveLater, wording::FOOTER_MOVE_SESSION),
    (Action::Back, wording::FOOTER_BACK),
];

/// What the grid's columns are, as the footer names them beside the key that moves across them
/// ("→ room", "→ kind").
pub fn across(state: &State, data: &Data) -> wording::Message {
    match grid::model(state, data).by {
        grid::ColumnsBy::Rooms => wording::FOOTER_ROOM,
        grid::ColumnsBy::Kinds => wording::FOOTER_KIND,
    }
}

/// How many columns and rows the grid shows at once on the screen the state last heard of.
fn capacity(state: &State, model: &Model) -> (usize, usize) {
    grid_capacity(Areas::last_reported(state).detail, model.columns.len())
}

/// Open the grid on the selected session (or the day's first).
pub fn open(state: &mut State, data: &Data) {
    state.mode = Mode::Grid;
    let model = grid::model(state, data);
    let block = state.current().and_then(|i| model.blocks.iter().find(|b| b.session == i)).or(model.blocks.first());
    state.grid = block.map_or(GridPos::default(), |b| GridPos { col: b.col, row: b.top, ..GridPos::default() });
    keep_grid_visible(state, &model);
}

/// The session under the grid's cursor.
pub fn session_at_cursor(state: &State, data: &Data) -> Option<usize> {
    grid::model(state, data).at(state.grid.col, state.grid.row).map(|b| b.session)
}

/// After the zone changed, the cursor goes back onto `session`: its rows moved with the times.
pub fn keep_on(state: &mut State, data: &Data, session: Option<usize>) {
    let model = grid::model(state, data);
    if let Some(b) = session.and_then(|i| model.blocks.iter().find(|b| b.session == i)) {
        (state.grid.col, state.grid.row) = (b.col, b.top);
    }
    keep_grid_visible(state, &model);
}

fn keep_grid_visible(state: &mut State, model: &Model) {
    let (cols, rows) = capacity(state, model);
    let g = &mut state.grid;
    g.col = g.col.min(model.columns.len().saturating_sub(1));
    g.row = g.row.min(model.rows.saturating_sub(1));
    if g.col < g.col_offset {
        g.col_offset = g.col;
    } else if g.col >= g.col_offset + cols {
        g.col_offset = g.col + 1 - cols;
    }
    if g.row < g.row_offset {
        g.row_offset = g.row;
    } else if g.row >= g.row_offset + rows {
        g.row_offset = g.row + 1 - rows;
    }
}

/// Keys of the grid.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    if moving::handles(action) {
        return moving::update(state, data, action);
    }
    let model = grid::model(state, data);
    let (_, page) = capacity(state, &model);
    let view = Viewport::of(Areas::last_reported(state).detail, state.grid, &model);
    let g = &mut state.grid;
    match action {
        Action::Down => g.row += 1,
        Action::Up => g.row = g.row.saturating_sub(1),
        Action::ScrollDown | Action::ScrollUp => {
            // The wheel moves the view; the cursor comes along only as far as it must to stay in it.
            let last = model.rows.saturating_sub(view.rows);
            let offset = match action {
                Action::ScrollDown => (view.row_offset + WHEEL_ROWS).min(last),
                _ => view.row_offset.saturating_sub(WHEEL_ROWS),
            };
            (g.col_offset, g.row_offset) = (view.col_offset, offset);
            g.row = g.row.clamp(offset, offset + view.rows.saturating_sub(1));
        }
        Action::Click(Hit::Grid { x, y }) => {
            if let Some((col, row)) = view.cell_at(x, y, &model) {
                *g = GridPos { col, row, col_offset: view.col_offset, row_offset: view.row_offset };
            }
        }
        Action::Click(Hit::Tab(tab)) => {
            go_tab(state, data, tab);
            open(state, data);
            return None;
        }
        Action::PageDown => g.row += page,
        Action::PageUp => g.row = g.row.saturating_sub(page),
        Action::Right => g.col += 1,
        Action::Left => g.col = g.col.saturating_sub(1),
        Action::NextDay | Action::PrevDay => {
            let tab = if action == Action::NextDay { state.tab + 1 } else { state.tab.saturating_sub(1) };
            go_tab(state, data, tab.min(state.tabs.len().saturating_sub(1)));
            open(state, data);
            return None;
        }
        Action::Open => match model.at(g.col, g.row) {
            Some(b) => {
                let session = b.session;
                select_session(state, data, session);
                state.mode = Mode::Detail;
                state.detail.opened_from = Mode::Grid;
                return None;
            }
            None => state.notice = Some(crate::wording::NO_SESSION_HERE.text().into()),
        },
        Action::ToggleMark => {
            let (session, tab) = (model.at(g.col, g.row)?.session, state.tab);
            select_session(state, data, session);
            state.mode = Mode::Grid;
            let effect = agenda::toggle_current(state, data);
            // A session a move put on another day stays on the day shown.
            if state.tab != tab {
                go_tab(state, data, tab);
                keep_on(state, data, Some(session));
            }
            return effect;
        }
        Action::Back | Action::OpenGrid => state.mode = Mode::Browse,
        _ => {}
    }
    keep_grid_visible(state, &model);
    None
}

/// Rows the mouse wheel scrolls the grid by.
const WHEEL_ROWS: usize = 3;

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
