//! Moving the selection, shared by the screens' `update` functions: to a row of the list (kept in
//! sight), to a day, to a session (changing day), or along a list of one screen.

use super::action::Action;
use super::data::Data;
use super::layout;
use super::mode::Mode;
use super::state::State;

/// Rows the list moves by a page: as many as it shows.
pub fn page(state: &State) -> usize {
    usize::from(layout::list_height(state)).max(1)
}

/// Select row `row` of the list (clamped), scrolled into sight.
pub fn move_to(state: &mut State, row: usize) {
    let last = state.browse.rows.len().saturating_sub(1);
    let row = row.min(last);
    if row != state.browse.selected {
        state.detail.scroll = 0;
    }
    state.browse.selected = row;
    keep_visible(state);
}

/// Scroll the list so that the selected row is in sight.
pub fn keep_visible(state: &mut State) {
    let height = page(state);
    let b = &mut state.browse;
    if b.selected < b.offset {
        b.offset = b.selected;
    } else if b.selected >= b.offset + height {
        b.offset = b.selected + 1 - height;
    }
}

/// Scroll the detail by `by` lines (up when negative).
pub fn scroll_detail(state: &mut State, by: i32) {
    let next = i32::from(state.detail.scroll) + by;
    state.detail.scroll = u16::try_from(next.max(0)).unwrap_or(u16::MAX);
}

/// Show day tab `tab`, from its first row.
pub fn go_tab(state: &mut State, data: &Data, tab: usize) {
    if tab != state.tab {
        state.tab = tab;
        state.browse.selected = 0;
        state.browse.offset = 0;
        state.detail.scroll = 0;
        state.refresh(data);
    }
}

/// The day tab that holds `session`.
pub fn day_of(state: &State, data: &Data, session: usize) -> Option<usize> {
    state.tabs.iter().position(|d| *d == data.day_of[session])
}

/// Select `session` in the list, on its day.
pub fn select_session(state: &mut State, data: &Data, session: usize) {
    super::hiding::reveal(state, data, session);
    if let Some(tab) = day_of(state, data, session) {
        state.tab = tab;
    }
    state.refresh(data);
    if let Some(row) = state.browse.rows.iter().position(|&r| r == session) {
        move_to(state, row);
    }
}

/// Back to the browse screen on `session`, with the filters and the search cleared so it is shown.
pub fn jump(state: &mut State, data: &Data, session: usize) {
    state.filter = state.filter.cleared();
    state.query.clear();
    state.mode = Mode::Browse;
    select_session(state, data, session);
}

/// Move a screen's cursor over a list of `len` entries; other actions leave it.
pub fn move_cursor(cursor: &mut usize, len: usize, action: Action) {
    let last = len.saturating_sub(1);
    *cursor = match action {
        Action::Down | Action::ScrollDown => (*cursor + 1).min(last),
        Action::Up | Action::ScrollUp => cursor.saturating_sub(1),
        Action::PageDown => (*cursor + 10).min(last),
        Action::PageUp => cursor.saturating_sub(10),
        Action::First => 0,
        Action::Last => last,
        _ => *cursor,
    };
}
