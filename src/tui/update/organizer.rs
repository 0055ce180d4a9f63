//! The organizers' views: the timeline grid, the clash panel and the people index.

use super::{Effect, go_tab, select_session};
use crate::archive::Archive;
use crate::tui::action::Action;
use crate::tui::grid;
use crate::tui::state::{Data, GridPos, Mode, State};
use crate::tui::view;

/// Open the grid on the selected session (or the day's first).
pub fn open_grid(state: &mut State, data: &Data) {
    state.mode = Mode::Grid;
    let model = grid::model(state, data);
    let block = state.current().and_then(|i| model.blocks.iter().find(|b| b.session == i)).or(model.blocks.first());
    state.grid = block.map_or(GridPos::default(), |b| GridPos { col: b.col, row: b.top, ..GridPos::default() });
    keep_grid_visible(state, &model);
}

fn keep_grid_visible(state: &mut State, model: &grid::Model) {
    let (cols, rows) = view::grid_capacity(state, model);
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

pub fn grid(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let model = grid::model(state, data);
    let (_, page) = view::grid_capacity(state, &model);
    let g = &mut state.grid;
    match action {
        Action::Down | Action::ScrollDown => g.row += 1,
        Action::Up | Action::ScrollUp => g.row = g.row.saturating_sub(1),
        Action::PageDown => g.row += page,
        Action::PageUp => g.row = g.row.saturating_sub(page),
        Action::Right => g.col += 1,
        Action::Left => g.col = g.col.saturating_sub(1),
        Action::NextDay | Action::PrevDay => {
            let tab = if action == Action::NextDay { state.tab + 1 } else { state.tab.saturating_sub(1) };
            go_tab(state, data, tab.min(state.tabs.len().saturating_sub(1)));
            open_grid(state, data);
            return None;
        }
        Action::Open => match model.at(g.col, g.row) {
            Some(b) => {
                let session = b.session;
                select_session(state, data, session);
                state.mode = Mode::Detail;
                return None;
            }
            None => state.notice = Some("No session here: move onto a block".into()),
        },
        Action::ToggleMark => {
            let session = model.at(g.col, g.row)?.session;
            select_session(state, data, session);
            state.mode = Mode::Grid;
            return super::agenda::toggle_current(state, data);
        }
        Action::Back | Action::OpenGrid => state.mode = Mode::Browse,
        _ => {}
    }
    keep_grid_visible(state, &model);
    None
}

fn move_cursor(cursor: &mut usize, len: usize, action: Action) {
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

fn jump(state: &mut State, data: &Data, session: usize) {
    state.filter = Default::default();
    state.query.clear();
    state.mode = Mode::Browse;
    select_session(state, data, session);
}

pub fn clashes(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let found = data.clashes();
    match action {
        Action::Open => match found.get(state.clash_cursor) {
            Some(c) => jump(state, data, c.sessions[0]),
            None => state.notice = Some("No clash in this programme".into()),
        },
        Action::Back | Action::OpenClashes => state.mode = Mode::Browse,
        other => move_cursor(&mut state.clash_cursor, found.len(), other),
    }
    None
}

/// The people index the index shows: this edition's, or (widened) every edition's with the
/// archive its session indices refer to.
pub fn people_index<'d>(state: &State, data: &'d Data) -> (&'d [crate::people::Entry], Option<&'d Archive>) {
    match data.archive().filter(|_| state.people_all_editions) {
        Some((archive, people)) => (people, Some(archive)),
        None => (data.people(), None),
    }
}

/// The people index entries the query selects.
pub fn people_shown<'d>(state: &State, data: &'d Data) -> Vec<&'d crate::people::Entry> {
    let (index, _) = people_index(state, data);
    index.iter().filter(|e| state.people_query.is_empty() || e.matches(&state.people_query)).collect()
}

/// Enter on an entry: its first session in the open edition, or where to find it.
fn open_entry(state: &mut State, data: &Data) {
    let shown = people_shown(state, data);
    let Some(entry) = shown.get(state.people_cursor) else {
        state.notice = Some("No one matches".into());
        return;
    };
    let (_, archive) = people_index(state, data);
    let Some(archive) = archive else {
        let session = entry.sessions[0].0;
        return jump(state, data, session);
    };
    let here = entry.sessions.iter().find_map(|(i, _)| {
        let id = archive.programme.sessions[*i].id.as_str();
        data.programme.sessions.iter().position(|s| s.id.as_str() == id)
    });
    match here {
        Some(session) => jump(state, data, session),
        None => {
            let m = archive.member_of(entry.sessions[0].0);
            let year = m.edition.map_or(String::new(), |y| y.to_string());
            state.notice =
                Some(format!("Not in {}: first in {} (whrcf --edition {year})", data.programme.label(), m.label));
        }
    }
}

pub fn people(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    match action {
        Action::SearchInput(c) => {
            state.people_query.push(c);
            state.people_cursor = 0;
        }
        Action::SearchBackspace => {
            state.people_query.pop();
            state.people_cursor = 0;
        }
        Action::Open => open_entry(state, data),
        Action::PeopleScope if data.archive().is_none() => {
            state.notice = Some("Only a bundled WHRCF edition opens the index of every edition".into());
        }
        Action::PeopleScope => {
            state.people_all_editions = !state.people_all_editions;
            state.people_cursor = 0;
            let scope = if state.people_all_editions { "every edition" } else { data.programme.label() };
            state.notice = Some(format!("People and organizers of {scope}"));
        }
        Action::Back if !state.people_query.is_empty() => {
            state.people_query.clear();
            state.people_cursor = 0;
        }
        Action::Back | Action::OpenPeople => state.mode = Mode::Browse,
        other => {
            let len = people_shown(state, data).len();
            move_cursor(&mut state.people_cursor, len, other);
        }
    }
    None
}

#[cfg(test)]
#[path = "organizer_tests.rs"]
mod tests;
