//! The browse screen (and search, which types over it): the day's sessions, or a search's
//! matches, beside the selected session's detail. The list shows time, title (search matches
//! highlighted; a dim ` […]` when the stored copy cut it off), kind and format badges, room, and
//! glyph markers. Only the visible rows are built, so a huge programme costs nothing extra.

use crate::wording;

use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::mode::Mode;
use crate::tui::navigate::{self, move_to, page, scroll_detail};
use crate::tui::state::{Focus, Scope, State};

pub(crate) mod columns;
mod list;

pub(in crate::tui) use list::format_badge;
pub use list::render;

/// The footer's key hints while browsing.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::NextDay, wording::FOOTER_DAY),
    (Action::Open, wording::FOOTER_OPEN),
    (Action::StartSearch, wording::FOOTER_SEARCH),
    (Action::OpenFilters, wording::FOOTER_FILTERS),
    (Action::OpenAgenda, wording::FOOTER_AGENDA),
    (Action::OpenGrid, wording::FOOTER_GRID),
    (Action::OpenClashes, wording::FOOTER_CLASHES),
    (Action::OpenPeople, wording::FOOTER_PEOPLE),
    (Action::NowNext, wording::FOOTER_NOW),
    (Action::ClearFilters, wording::FOOTER_CLEAR),
    (Action::CycleZone, wording::FOOTER_ZONE),
    (Action::Help, wording::FOOTER_HELP),
    (Action::Quit, wording::FOOTER_QUIT),
];

/// The footer's key hints while typing a search.
pub const SEARCH_HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::SearchScope, wording::FOOTER_ALL_DAYS_THIS_DAY),
    (Action::SearchAccept, wording::FOOTER_KEEP_AS_FILTER),
    (Action::Back, wording::FOOTER_CLEAR),
    (Action::Help, wording::FOOTER_HELP),
];

/// Keys of the browse screen, and of search (where the detail pane does not scroll).
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let typing = state.mode == Mode::Search;
    let detail_focused = state.browse.focus == Focus::Detail && !typing;
    let selected = state.browse.selected;
    match action {
        Action::Down if detail_focused => scroll_detail(state, 1),
        Action::Up if detail_focused => scroll_detail(state, -1),
        Action::ScrollDetailDown => scroll_detail(state, 1),
        Action::ScrollDetailUp => scroll_detail(state, -1),
        Action::PageDown if detail_focused => scroll_detail(state, 10),
        Action::PageUp if detail_focused => scroll_detail(state, -10),
        Action::Down | Action::ScrollDown => move_to(state, selected.saturating_add(1)),
        Action::Up | Action::ScrollUp => move_to(state, selected.saturating_sub(1)),
        Action::PageDown => move_to(state, selected + page(state)),
        Action::PageUp => move_to(state, selected.saturating_sub(page(state))),
        Action::First => move_to(state, 0),
        Action::Last => move_to(state, usize::MAX),
        Action::NextDay => navigate::go_tab(state, data, (state.tab + 1).min(state.tabs.len().saturating_sub(1))),
        Action::PrevDay => navigate::go_tab(state, data, state.tab.saturating_sub(1)),
        Action::GoDay(n) => {
            let n = usize::from(n);
            if n >= 1 && n <= state.tabs.len() {
                navigate::go_tab(state, data, n - 1);
            } else {
                let tabs = wording::DAY_TABS.of(state.tabs.len());
                state.notice = Some(wording::NO_DAY_N.say(&[("n", &n), ("tabs", &tabs)]));
            }
        }
        Action::ToggleFocus => {
            state.browse.focus = if state.browse.focus == Focus::List { Focus::Detail } else { Focus::List };
        }
        Action::Open if state.current().is_some() => {
            state.mode = Mode::Detail;
            state.detail.scroll = 0;
            state.detail.opened_from = Mode::Browse;
        }
        Action::Open => state.notice = Some(crate::wording::NO_SESSION_TO_OPEN.text().into()),
        Action::OpenFilters => state.mode = Mode::Filters,
        Action::StartSearch => {
            state.mode = Mode::Search;
            state.refresh(data);
        }
        Action::Input(c) => {
            state.query.push(c);
            state.refresh(data);
        }
        Action::DeleteChar => {
            state.query.pop();
            state.refresh(data);
        }
        Action::SearchScope => {
            let b = &mut state.browse;
            b.scope = if b.scope == Scope::AllDays { Scope::ThisDay } else { Scope::AllDays };
            state.refresh(data);
        }
        Action::SearchAccept => {
            if let Some(day) = state.current().and_then(|i| navigate::day_of(state, data, i)) {
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
        Action::Back if state.browse.focus == Focus::Detail => state.browse.focus = Focus::List,
        Action::Click(Hit::Tab(tab)) => navigate::go_tab(state, data, tab),
        Action::Click(Hit::Row(row)) => {
            state.browse.focus = Focus::List;
            move_to(state, row);
        }
        Action::Click(Hit::Detail) => state.browse.focus = Focus::Detail,
        _ => {}
    }
    None
}

#[cfg(test)]
#[path = "browse_tests.rs"]
mod tests;
