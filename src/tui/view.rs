//! Rendering: the screen's layout, one function per region (in `view/`), and the hit-testing
//! the mouse needs, computed from the same layout so that clicks land where things are drawn.

mod agenda;
mod detail;
mod grid;
mod header;
mod list;
mod organizer;
mod overlay;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

pub use agenda::agenda_order;
pub use grid::capacity as grid_capacity;

use super::state::{Data, Mode, State};

/// The smallest screen the app draws; below it a "terminal too small" notice is shown.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where each region of the browse screen is.
#[derive(Debug, Clone, Copy)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub footer: Rect,
}

/// The layout of the screen the state last heard of (a Resize event): what update and the mouse
/// use between frames. Drawing never uses it: a newer resize may still be queued.
pub fn areas(state: &State) -> Areas {
    layout(Rect::new(0, 0, state.size.0, state.size.1), state.mode)
}

/// Where each region is on a screen of `area` in `mode`.
fn layout(area: Rect, mode: Mode) -> Areas {
    let [header, tabs, body, footer] =
        Layout::vertical([Constraint::Length(2), Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)])
            .areas(area);
    let (list, detail) =
        if matches!(mode, Mode::Detail | Mode::Agenda | Mode::Note | Mode::Grid | Mode::Clashes | Mode::People) {
            (Rect::new(body.x, body.y, 0, 0), body)
        } else if body.width >= 110 {
            let [l, d] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
            (l, d)
        } else {
            let [l, d] = Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
            (l, d)
        };
    Areas { header, tabs, list, detail, footer }
}

/// Rows of sessions the list shows at once.
pub fn list_height(state: &State) -> u16 {
    areas(state).list.height.saturating_sub(2)
}

/// Whether a screen of `area` is too small to draw the app.
fn too_small_area(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Whether the screen the state last heard of is too small to draw the app.
pub fn too_small(state: &State) -> bool {
    too_small_area(Rect::new(0, 0, state.size.0, state.size.1))
}

/// Draw the whole screen, laid out on the frame's real area.
pub fn draw(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let area = frame.area();
    if too_small_area(area) {
        overlay::too_small(frame, state);
        return;
    }
    let a = layout(area, state.mode);
    header::header(frame, a.header, state, data);
    header::tabs(frame, a.tabs, state, data);
    match state.mode {
        Mode::Agenda | Mode::Note => agenda::agenda(frame, a.detail, state, data),
        Mode::Grid => grid::grid(frame, a.detail, state, data),
        Mode::Clashes => organizer::clashes(frame, a.detail, state, data),
        Mode::People => organizer::people(frame, a.detail, state, data),
        Mode::Detail => detail::detail(frame, a.detail, state, data),
        _ => {
            list::list(frame, a.list, state, data);
            detail::detail(frame, a.detail, state, data);
        }
    }
    header::footer(frame, a.footer, state, data);
    match state.mode {
        Mode::Filters => overlay::filters(frame, state, data),
        Mode::Help => overlay::help(frame, state, data),
        _ => {}
    }
}

/// The day tab under a click, if any.
pub fn tab_at(state: &State, data: &Data, x: u16, y: u16) -> Option<usize> {
    let a = areas(state);
    if too_small(state) || y != a.tabs.y {
        return None;
    }
    header::tab_ranges(state, data).iter().position(|(start, end)| (*start..*end).contains(&x))
}

/// The list row under a click, if any.
pub fn row_at(state: &State, x: u16, y: u16) -> Option<usize> {
    let list = areas(state).list;
    let inside = x > list.x && x + 1 < list.x + list.width && y > list.y && y + 1 < list.y + list.height;
    if too_small(state) || !matches!(state.mode, Mode::Browse | Mode::Search | Mode::Filters | Mode::Help) || !inside {
        return None;
    }
    let row = state.offset + usize::from(y - list.y - 1);
    (row < state.rows.len()).then_some(row)
}

/// Whether a click is in the detail pane.
pub fn in_detail(state: &State, x: u16, y: u16) -> bool {
    let d = areas(state).detail;
    !too_small(state) && x >= d.x && x < d.x + d.width && y >= d.y && y < d.y + d.height
}

/// The tab x ranges, for tests that click on tabs.
#[cfg(test)]
pub fn tab_ranges_for_test(state: &State, data: &Data) -> Vec<(u16, u16)> {
    header::tab_ranges(state, data)
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
