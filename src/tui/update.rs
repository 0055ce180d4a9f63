//! `update`: the one place state changes. Pure: no terminal, no I/O; what must touch the
//! outside world is returned as an [`Effect`].

use crate::filter::Facet;

use super::action::Action;
use super::state::{Data, Focus, Mode, Scope, State};
use super::view;

mod agenda;
mod organizer;

pub use organizer::{people_index, people_shown};

/// Work for the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Quit,
    Suspend,
    /// Write `state.agenda` to disk (merging with what another instance wrote).
    SaveAgenda,
}

/// Apply `action` to `state`.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    if !matches!(action, Action::Tick | Action::Resize(..)) {
        state.notice = None;
    }
    match action {
        Action::Quit => {
            state.quit = true;
            return Some(Effect::Quit);
        }
        Action::Suspend => return Some(Effect::Suspend),
        Action::Tick => state.now = state.clock.now(),
        Action::Resize(w, h) => {
            state.size = (w, h);
            keep_visible(state);
        }
        Action::Help => {
            if state.mode == Mode::Help {
                state.mode = state.behind_help;
            } else {
                state.behind_help = state.mode;
                state.mode = Mode::Help;
                state.help_scroll = 0;
            }
        }
        Action::CycleZone => {
            state.zone = state.zone.cycle();
            let tz = state.zone.resolve(data.programme.timezone);
            state.notice = Some(format!("Times now shown in {} ({})", state.zone, tz.name()));
        }
        Action::NowNext => now_next(state, data),
        Action::ClearFilters => {
            state.filter = Default::default();
            state.query.clear();
            if state.mode == Mode::Search {
                state.mode = Mode::Browse;
            }
            state.refresh(data);
            state.notice = Some("Filters and search cleared".into());
        }
        Action::OpenAgenda => {
            state.mode = Mode::Agenda;
            state.agenda_cursor = 0;
            state.agenda_scroll = 0;
        }
        Action::ToggleMark if matches!(state.mode, Mode::Browse | Mode::Detail) => {
            return agenda::toggle_current(state, data);
        }
        Action::OpenGrid if state.mode != Mode::Grid => organizer::open_grid(state, data),
        Action::OpenClashes if state.mode != Mode::Clashes => {
            state.mode = Mode::Clashes;
            state.notice = Some(format!("{} clashes in {}", data.clashes().len(), data.programme.label()));
        }
        Action::OpenPeople if state.mode != Mode::People => state.mode = Mode::People,
        _ => match state.mode {
            Mode::Browse | Mode::Search => browse(state, data, action),
            Mode::Detail => detail(state, data, action),
            Mode::Filters => filters(state, data, action),
            Mode::Agenda => return agenda::agenda(state, data, action),
            Mode::Note => return agenda::note(state, action),
            Mode::Grid => return organizer::grid(state, data, action),
            Mode::Clashes => return organizer::clashes(state, data, action),
            Mode::People => return organizer::people(state, data, action),
            Mode::Help => help(state, action),
        },
    }
    None
}

fn browse(state: &mut State, data: &Data, action: Action) {
    let typing = state.mode == Mode::Search;
    match action {
        Action::Down | Action::ScrollDown if state.focus == Focus::Detail && !typing => scroll_detail(state, 1),
        Action::Up | Action::ScrollUp if state.focus == Focus::Detail && !typing => scroll_detail(state, -1),
        Action::PageDown if state.focus == Focus::Detail && !typing => scroll_detail(state, 10),
        Action::PageUp if state.focus == Focus::Detail && !typing => scroll_detail(state, -10),
        Action::Down | Action::ScrollDown => move_to(state, state.selected.saturating_add(1)),
        Action::Up | Action::ScrollUp => move_to(state, state.selected.saturating_sub(1)),
        Action::PageDown => move_to(state, state.selected + page(state)),
        Action::PageUp => move_to(state, state.selected.saturating_sub(page(state))),
        Action::First => move_to(state, 0),
        Action::Last => move_to(state, usize::MAX),
        Action::NextDay => go_tab(state, data, (state.tab + 1).min(state.tabs.len().saturating_sub(1))),
        Action::PrevDay => go_tab(state, data, state.tab.saturating_sub(1)),
        Action::GoDay(n) => {
            let n = usize::from(n);
            if n >= 1 && n <= state.tabs.len() {
                go_tab(state, data, n - 1);
            } else {
                state.notice = Some(format!("No day {n}: this programme has {} tabs", state.tabs.len()));
            }
        }
        Action::ToggleFocus => {
            state.focus = if state.focus == Focus::List { Focus::Detail } else { Focus::List };
        }
        Action::Open if state.current().is_some() => {
            state.mode = Mode::Detail;
            state.detail_scroll = 0;
        }
        Action::Open => state.notice = Some("No session to open".into()),
        Action::OpenFilters => state.mode = Mode::Filters,
        Action::StartSearch => {
            state.mode = Mode::Search;
            state.refresh(data);
        }
        Action::SearchInput(c) => {
            state.query.push(c);
            state.refresh(data);
        }
        Action::SearchBackspace => {
            state.query.pop();
            state.refresh(data);
        }
        Action::SearchScope => {
            state.scope = if state.scope == Scope::AllDays { Scope::ThisDay } else { Scope::AllDays };
            state.refresh(data);
        }
        Action::SearchAccept => {
            if let Some(day) = state.current().and_then(|i| day_of(state, data, i)) {
                state.tab = day;
            }
            state.mode = Mode::Browse;
            state.refresh(data);
        }
        Action::Back if typing || !state.query.is_empty() => {
            state.query.clear();
            state.mode = Mode::Browse;
            state.refresh(data);
        }
        Action::Back if state.focus == Focus::Detail => state.focus = Focus::List,
        Action::ClickAt(x, y) => click(state, data, x, y),
        _ => {}
    }
}

fn detail(state: &mut State, data: &Data, action: Action) {
    match action {
        Action::Down | Action::ScrollDown => scroll_detail(state, 1),
        Action::Up | Action::ScrollUp => scroll_detail(state, -1),
        Action::PageDown => scroll_detail(state, 10),
        Action::PageUp => scroll_detail(state, -10),
        Action::First => state.detail_scroll = 0,
        Action::Last => state.detail_scroll = u16::MAX / 2,
        Action::NextDay | Action::PrevDay => {
            let next = if action == Action::NextDay {
                state.selected.saturating_add(1)
            } else {
                state.selected.saturating_sub(1)
            };
            move_to(state, next);
        }
        Action::Back | Action::Open => state.mode = Mode::Browse,
        Action::ClickAt(..) => {}
        _ => browse(state, data, action),
    }
}

fn filters(state: &mut State, data: &Data, action: Action) {
    let facet = state.facet();
    let cursor = &mut state.option_cursor[state.facet];
    match action {
        Action::Down | Action::ScrollDown => {
            let count = data.options(&state.filter, facet).len();
            *cursor = (*cursor + 1).min(count.saturating_sub(1));
        }
        Action::Up | Action::ScrollUp => *cursor = cursor.saturating_sub(1),
        Action::NextFacet => state.facet = (state.facet + 1) % Facet::ALL.len(),
        Action::PrevFacet => state.facet = (state.facet + Facet::ALL.len() - 1) % Facet::ALL.len(),
        Action::ToggleOption => {
            let options = data.options(&state.filter, facet);
            if let Some((value, _)) = options.get(*cursor) {
                state.filter.toggle(facet, value);
                state.refresh(data);
            }
        }
        Action::Back | Action::OpenFilters => state.mode = Mode::Browse,
        _ => {}
    }
}

fn help(state: &mut State, action: Action) {
    match action {
        Action::Down | Action::ScrollDown => state.help_scroll = state.help_scroll.saturating_add(1),
        Action::Up | Action::ScrollUp => state.help_scroll = state.help_scroll.saturating_sub(1),
        Action::Back => state.mode = state.behind_help,
        _ => {}
    }
}

fn page(state: &State) -> usize {
    usize::from(view::list_height(state)).max(1)
}

fn move_to(state: &mut State, row: usize) {
    let last = state.rows.len().saturating_sub(1);
    let row = row.min(last);
    if row != state.selected {
        state.detail_scroll = 0;
    }
    state.selected = row;
    keep_visible(state);
}

fn keep_visible(state: &mut State) {
    let height = page(state);
    if state.selected < state.offset {
        state.offset = state.selected;
    } else if state.selected >= state.offset + height {
        state.offset = state.selected + 1 - height;
    }
}

fn scroll_detail(state: &mut State, by: i32) {
    let next = i32::from(state.detail_scroll) + by;
    state.detail_scroll = u16::try_from(next.max(0)).unwrap_or(u16::MAX);
}

pub(super) fn go_tab(state: &mut State, data: &Data, tab: usize) {
    if tab != state.tab {
        state.tab = tab;
        state.selected = 0;
        state.offset = 0;
        state.detail_scroll = 0;
        state.refresh(data);
    }
}

fn day_of(state: &State, data: &Data, session: usize) -> Option<usize> {
    let s = &data.programme.sessions[session];
    state.tabs.iter().position(|d| d.holds(s))
}

pub(super) fn select_session(state: &mut State, data: &Data, session: usize) {
    if let Some(tab) = day_of(state, data, session) {
        state.tab = tab;
    }
    state.refresh(data);
    if let Some(row) = state.rows.iter().position(|&r| r == session) {
        move_to(state, row);
    }
}

fn now_next(state: &mut State, data: &Data) {
    let p = &data.programme;
    state.now = state.clock.now();
    let now = state.now;
    let on_now = data.chronological.iter().copied().find(|&i| {
        let s = &p.sessions[i];
        match (s.start_at(p.timezone), s.end_at(p.timezone)) {
            (Some(a), Some(b)) => a <= now && now < b,
            _ => false,
        }
    });
    let next = || {
        data.chronological
            .iter()
            .copied()
            .filter(|&i| p.sessions[i].start_at(p.timezone).is_some_and(|a| a > now))
            .min_by_key(|&i| p.sessions[i].start_at(p.timezone))
    };
    if state.mode == Mode::Search {
        state.mode = Mode::Browse;
    }
    match on_now.map(|i| (i, "On now")).or_else(|| next().map(|i| (i, "Next"))) {
        Some((i, label)) => {
            if !state.filter.matches(&p.sessions[i]) || !state.query.is_empty() {
                state.filter = Default::default();
                state.query.clear();
            }
            select_session(state, data, i);
            state.notice = Some(format!("{label}: {}", p.sessions[i].title));
        }
        None => state.notice = Some("Nothing on now or later in this programme (it is over)".into()),
    }
}

fn click(state: &mut State, data: &Data, x: u16, y: u16) {
    if let Some(tab) = view::tab_at(state, data, x, y) {
        go_tab(state, data, tab);
    } else if let Some(row) = view::row_at(state, x, y) {
        state.focus = Focus::List;
        move_to(state, row);
    } else if view::in_detail(state, x, y) {
        state.focus = Focus::Detail;
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
