//! Where the day tabs are and what the pointer hits: the tabs' x ranges in their strip, and a
//! click or the wheel at a screen cell resolved to an action against the same areas render draws.

use ratatui::layout::{Position, Rect};

use super::{Areas, filter_panel, inside, people_list, too_small};
use crate::filter::Day;
use crate::text;
use crate::tui::action::{Action, Hit};
use crate::tui::mode::Mode;
use crate::tui::state::State;

/// A day tab's label: its width decides where the tab is.
pub fn tab_label(day: Day, count: usize) -> String {
    match day {
        Day::Date(d) => format!(" {} ({count}) ", crate::wording::when::weekday_day(d)),
        Day::Undated => format!(" {} ({count}) ", crate::wording::UNDATED.text()),
    }
}

/// The day tabs as drawn in a strip `width` columns wide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabStrip {
    /// The tabs shown: each one's index and x range, left to right.
    pub shown: Vec<(usize, u16, u16)>,
    /// Whether tabs are hidden before the first shown ("‹" in the first column) and after the
    /// last ("›" right after it).
    pub hidden_before: bool,
    pub hidden_after: bool,
}

/// While a search is typed, what the tabs leave for the words after them (`searching all days
/// (Tab: this day only)`, `searching this day only (Tab: all days)`), so the key that changes
/// where it looks stays in sight.
fn search_scope_room(state: &State) -> u16 {
    let Some((words, hint)) = search_scope(state) else { return 0 };
    let hint = hint.say(&[("key", &"Tab")]);
    u16::try_from(text::width(words.text()) + text::width(&hint) + 2).unwrap_or(u16::MAX)
}

/// Where a search being typed looks, and the hint of the key that changes it: through every
/// day, or the day shown only; none without a search.
pub fn search_scope(state: &State) -> Option<(crate::wording::Message, crate::wording::Message)> {
    use crate::wording::{HINT_ALL_DAYS, HINT_THIS_DAY_ONLY, SEARCHING_ALL_DAYS, SEARCHING_THIS_DAY};
    if state.mode != Mode::Search || state.query.trim().is_empty() {
        return None;
    }
    Some(if state.searching_all_days() {
        (SEARCHING_ALL_DAYS, HINT_THIS_DAY_ONLY)
    } else {
        (SEARCHING_THIS_DAY, HINT_ALL_DAYS)
    })
}

/// Where the day tabs are in a strip `width` columns wide: one column, then the tabs with one
/// between each two. When they do not all fit, the strip scrolls just enough to show the
/// selected day, and marks the ends where days are hidden. While a search looks through every day, the words after the tabs keep their room.
pub fn tab_strip(state: &State, width: u16) -> TabStrip {
    let width = width.saturating_sub(search_scope_room(state));
    let widths: Vec<usize> =
        state.tabs.iter().zip(&state.tab_counts).map(|(d, n)| text::width(&tab_label(*d, *n))).collect();
    let n = widths.len();
    let selected = state.tab.min(n.saturating_sub(1));
    // Tabs first..=last with the column before them, the ones between, and "›" if some follow.
    // Accessible mode says hidden days in words after the tabs: room is kept for the words of
    // the ends that are hidden.
    let fits = |first: usize, last: usize| {
        let tabs: usize = widths[first..=last].iter().sum();
        let ends = match state.accessible {
            true => text::width(&crate::tui::glyph::hidden_days(first > 0, last + 1 < n)),
            false => usize::from(last + 1 < n),
        };
        1 + tabs + (last - first) + ends <= usize::from(width)
    };
    let mut strip = TabStrip { shown: Vec::new(), hidden_before: false, hidden_after: false };
    if n == 0 {
        return strip;
    }
    let mut first = 0;
    while first < selected && !fits(first, selected) {
        first += 1;
    }
    let mut last = selected;
    while last + 1 < n && fits(first, last + 1) {
        last += 1;
    }
    let mut x = 1u16;
    for (i, w) in widths.iter().enumerate().take(last + 1).skip(first) {
        let w = u16::try_from(*w).unwrap_or(u16::MAX);
        strip.shown.push((i, x, x.saturating_add(w)));
        x = x.saturating_add(w).saturating_add(1);
    }
    strip.hidden_before = first > 0;
    strip.hidden_after = last + 1 < n;
    strip
}

/// The action of a left click at (x, y) on the last frame, of `screen`'s size: the browse
/// screen's tabs, list rows and detail pane, the grid's tabs and body, the filter panel's groups
/// and options, and the lines of the agenda, the clash panel, the people index and the programme
/// switcher answer clicks;
/// elsewhere a click hits nothing.
pub fn click(state: &State, screen: Rect, x: u16, y: u16) -> Action {
    let a = Areas::of(screen, state.mode, state);
    if too_small(screen) {
        return Action::Click(Hit::Nothing);
    }
    let at = Position::new(x, y);
    let hit = match state.mode {
        Mode::Browse | Mode::Search | Mode::Grid => browse_hit(state, &a, x, y),
        Mode::Filters => {
            let (_, facets, options) = filter_panel(screen, state.accessible);
            let facet = if state.accessible {
                let x = x.saturating_sub(facets.x);
                super::facet_strip(state).iter().rposition(|(start, _)| *start <= x).unwrap_or(0)
            } else {
                usize::from(y.saturating_sub(facets.y))
            };
            if facets.contains(at) && facet < crate::filter::Facet::ALL.len() {
                Hit::Facet(facet)
            } else {
                line_hit(options, at)
            }
        }
        Mode::Agenda | Mode::Clashes | Mode::Changes | Mode::Switcher => line_hit(inside(a.detail), at),
        Mode::People => line_hit(inside(people_list(a.detail, state)), at),
        Mode::Detail | Mode::Note | Mode::Notices | Mode::Help => Hit::Nothing,
    };
    Action::Click(hit)
}

/// The action of the wheel at (x, y): over the browse screen's detail pane it scrolls the
/// detail; elsewhere it scrolls the screen's list (or the full-screen detail, or the help).
pub fn wheel(state: &State, screen: Rect, x: u16, y: u16, down: bool) -> Action {
    let over_detail = matches!(state.mode, Mode::Browse | Mode::Search)
        && !too_small(screen)
        && Areas::of(screen, state.mode, state).detail.contains(Position::new(x, y));
    match (over_detail, down) {
        (true, true) => Action::ScrollDetailDown,
        (true, false) => Action::ScrollDetailUp,
        (false, true) => Action::ScrollDown,
        (false, false) => Action::ScrollUp,
    }
}

/// What a click at (x, y) hits on the browse screen.
fn browse_hit(state: &State, a: &Areas, x: u16, y: u16) -> Hit {
    let on_tab = || tab_strip(state, a.tabs.width).shown.iter().find(|t| (t.1..t.2).contains(&x)).map(|t| t.0);
    // Inside the list's border, on a row that holds a session.
    let list = a.list;
    let in_list = x > list.x && x + 1 < list.x + list.width && y > list.y && y + 1 < list.y + list.height;
    let row = state.browse.offset + usize::from(y.saturating_sub(list.y + 1));
    if let Some(tab) = (y == a.tabs.y).then(on_tab).flatten() {
        Hit::Tab(tab)
    } else if state.mode == Mode::Grid {
        if a.detail.contains(Position::new(x, y)) { Hit::Grid { x, y } } else { Hit::Nothing }
    } else if in_list && row < state.browse.rows.len() {
        Hit::Row(row)
    } else if a.detail.contains(Position::new(x, y)) {
        Hit::Detail
    } else {
        Hit::Nothing
    }
}

/// The line of `list` at `at`, counted from its first, or nothing outside it.
fn line_hit(list: Rect, at: Position) -> Hit {
    if list.contains(at) { Hit::Line(usize::from(at.y - list.y)) } else { Hit::Nothing }
}
