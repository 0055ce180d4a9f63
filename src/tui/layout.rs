//! Where each region of the screen is, computed from an area: the frame's real one when drawing,
//! the size last reported when `update` pages, the last frame's when a click is resolved to an
//! action. Render, paging and hit-testing read the same numbers, so clicks land where things are
//! drawn and a page is what the list shows.

use crate::filter::Day;
use crate::text;
use ratatui::layout::{Constraint, Layout, Position, Rect};

use super::action::{Action, Hit};
use super::mode::Mode;
use super::state::{Focus, State};

pub mod footer;

/// The smallest screen the app draws; below it a "terminal too small" notice is shown.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Where each region of the screen is.
#[derive(Debug, Clone, Copy)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    /// The session list (empty on the full-screen screens).
    pub list: Rect,
    /// The detail pane, or the body of a full-screen screen.
    pub detail: Rect,
    pub footer: Rect,
}

impl Areas {
    /// Where each region is on a screen of `area` in `mode`.
    pub fn new(area: Rect, mode: Mode) -> Areas {
        let [header, tabs, body, footer] =
            Layout::vertical([Constraint::Length(2), Constraint::Length(1), Constraint::Min(3), Constraint::Length(1)])
                .areas(area);
        let full_screen = match mode {
            Mode::Detail
            | Mode::Agenda
            | Mode::Note
            | Mode::Grid
            | Mode::Clashes
            | Mode::People
            | Mode::Notices
            | Mode::Changes
            | Mode::Switcher => true,
            Mode::Browse | Mode::Search | Mode::Filters | Mode::Help => false,
        };
        let (list, detail) = if full_screen {
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

    /// Where each region is for `state` on a screen of `area` in `mode`: in accessible mode the
    /// list and the detail pane are never side by side (a reader reading line by line would mix
    /// them): the focused one takes the whole body, the list unless Tab focused the detail.
    pub fn of(area: Rect, mode: Mode, state: &State) -> Areas {
        let mut a = Areas::new(area, mode);
        if state.accessible && !a.list.is_empty() {
            let body = a.list.union(a.detail);
            let (shown, hidden) = if mode == Mode::Browse && state.browse.focus == Focus::Detail {
                (&mut a.detail, &mut a.list)
            } else {
                (&mut a.list, &mut a.detail)
            };
            *shown = body;
            *hidden = Rect::new(body.x, body.bottom(), body.width, 0);
        }
        a
    }

    /// The layout of the screen the state last heard of (a Resize event): what update pages by.
    pub fn last_reported(state: &State) -> Areas {
        Areas::of(reported_screen(state), state.mode, state)
    }
}

/// The screen the state last heard of.
pub fn reported_screen(state: &State) -> Rect {
    Rect::new(0, 0, state.size.0, state.size.1)
}

/// Whether a screen of `area` is too small to draw the app.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Rows of sessions the list shows at once, on the screen the state last heard of.
pub fn list_height(state: &State) -> u16 {
    // The list as the browse screen draws it, whichever screen moves its selection (the detail
    // moving to the next session covers the list, but the list is what scrolls).
    let list_mode = if state.mode == Mode::Search { Mode::Search } else { Mode::Browse };
    Areas::of(reported_screen(state), list_mode, state).list.height.saturating_sub(2)
}

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

/// While a search looks through every day, what the tabs leave for the words after them
/// (`searching all days (Tab: this day only)`), so the key that narrows it stays in sight.
fn search_scope_room(state: &State) -> u16 {
    if !state.searching_all_days() {
        return 0;
    }
    let hint = crate::wording::HINT_THIS_DAY_ONLY.say(&[("key", &"Tab")]);
    let words = text::width(crate::wording::SEARCHING_ALL_DAYS.text()) + text::width(&hint) + 2;
    u16::try_from(words).unwrap_or(u16::MAX)
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
    // Accessible mode says hidden days in words after the tabs: room is kept for both.
    let said = text::width(&crate::tui::glyph::hidden_days(true, true));
    let fits = |first: usize, last: usize| {
        let tabs: usize = widths[first..=last].iter().sum();
        let ends = match state.accessible {
            true if first > 0 || last + 1 < n => said,
            true => 0,
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
            let (_, facets, options) = filter_panel(screen);
            let facet = usize::from(y.saturating_sub(facets.y));
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

/// `area` inside its border.
pub fn inside(area: Rect) -> Rect {
    Rect::new(area.x + 1, area.y + 1, area.width.saturating_sub(2), area.height.saturating_sub(2))
}

/// The people index's list (with its border) in the screen's body; the selected person's
/// sessions take the rest. In accessible mode one at a time: the list, or the sessions while
/// one is being picked.
pub fn people_list(body: Rect, state: &State) -> Rect {
    match (state.accessible, state.people.pick) {
        (true, None) => body,
        (true, Some(_)) => Rect { width: 0, ..body },
        (false, _) => Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas::<2>(body)[0],
    }
}

/// The grid's time gutter, in columns.
pub const GRID_GUTTER: u16 = 6;

/// The narrowest a grid column is: a start time and the first letters of a title.
const GRID_COL_MIN: u16 = 14;

/// How many of `ncols` columns and how many rows the grid shows at once in `area` (with its
/// border): as many columns as fit at their narrowest; the rows between the column names and
/// the two lines at the bottom (the selected block in full, then which rooms are shown).
pub fn grid_capacity(area: Rect, ncols: usize) -> (usize, usize) {
    let free = area.width.saturating_sub(2 + GRID_GUTTER);
    let cols = usize::from((free / GRID_COL_MIN).max(1)).min(ncols.max(1));
    let rows = usize::from(area.height.saturating_sub(5).max(1));
    (cols, rows)
}

/// Where the `k`th of `cols` columns sharing `width` columns starts, and how wide it is: the
/// width shared out evenly, the columns left over one each to the first, so no space is left
/// blank at the right.
pub fn grid_column(width: u16, cols: usize, k: usize) -> (u16, u16) {
    let n = u16::try_from(cols.max(1)).unwrap_or(u16::MAX);
    let k = u16::try_from(k).unwrap_or(u16::MAX).min(n);
    let (base, extra) = (width / n, width % n);
    (base * k + k.min(extra), base + u16::from(k < extra))
}

/// The filter panel over the browse screen's body (its borders on the body's), at most 100
/// columns wide; and inside it, the column of facets and the column of options.
pub fn filter_panel(screen: Rect) -> (Rect, Rect, Rect) {
    let a = Areas::new(screen, Mode::Filters);
    let body = Rect::new(screen.x, a.tabs.bottom(), screen.width, a.footer.y.saturating_sub(a.tabs.bottom()));
    let panel = centered(body, 100, body.height);
    let inner = Rect::new(panel.x + 1, panel.y + 1, panel.width.saturating_sub(2), panel.height.saturating_sub(2));
    let [facets, options] = Layout::horizontal([Constraint::Length(18), Constraint::Min(10)]).areas(inner);
    (panel, facets, options)
}

/// The first option the filter panel shows, with `cursor` on the option under the cursor and
/// `height` rows for them.
pub fn first_option_shown(cursor: usize, height: u16) -> usize {
    cursor.saturating_sub(usize::from(height).saturating_sub(1))
}

/// The help's box on a screen of `area`.
pub fn help_area(area: Rect) -> Rect {
    centered(area, 84, area.height.saturating_sub(2))
}

/// A `width` x `height` box centred in `area` (cut to it).
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// The window of `len` rows of which `height` fit, keeping `cursor` visible.
pub fn window(cursor: usize, len: usize, height: usize) -> std::ops::Range<usize> {
    let top = cursor.saturating_sub(height.saturating_sub(1) / 2).min(len.saturating_sub(height));
    top..(top + height).min(len)
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
