//! Where each region of the screen is, computed from an area: the frame's real one when drawing,
//! the size last reported when `update` pages, the last frame's when a click is resolved to an
//! action. Render, paging and hit-testing read the same numbers, so clicks land where things are
//! drawn and a page is what the list shows.

use ratatui::layout::{Constraint, Layout, Rect};

use super::mode::Mode;
use super::state::{Focus, State};

pub mod footer;
mod pointer;

pub use pointer::{TabStrip, click, search_scope, tab_label, tab_strip, wheel};

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

/// The grid's time gutter, in columns: its widest time (`12:00`, `12:00 PM`, `오후 12:00`) and a
/// space, so it is wider only on the 12-hour clock.
pub fn grid_gutter() -> u16 {
    let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let widest = crate::text::width(&crate::wording::when::time_of_day(noon));
    u16::try_from(widest + 1).unwrap_or(u16::MAX)
}

/// The narrowest a grid column is: a start time and the first letters of a title.
const GRID_COL_MIN: u16 = 14;

/// How many of `ncols` columns and how many rows the grid shows at once in `area` (with its
/// border): as many columns as fit at their narrowest; the rows between the column names and
/// the two lines at the bottom (the selected block in full, then which rooms are shown).
pub fn grid_capacity(area: Rect, ncols: usize) -> (usize, usize) {
    let free = area.width.saturating_sub(2 + grid_gutter());
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
/// columns wide; and inside it, the column of facets and the column of options. In accessible
/// mode one pane a line: the facets on one line across the top (see [`facet_strip`]), the
/// options under it after a blank line, so that no line mixes a group with another's option.
pub fn filter_panel(screen: Rect, accessible: bool) -> (Rect, Rect, Rect) {
    let a = Areas::new(screen, Mode::Filters);
    let body = Rect::new(screen.x, a.tabs.bottom(), screen.width, a.footer.y.saturating_sub(a.tabs.bottom()));
    let panel = centered(body, 100, body.height);
    let inner = Rect::new(panel.x + 1, panel.y + 1, panel.width.saturating_sub(2), panel.height.saturating_sub(2));
    if accessible {
        let facets = Rect { height: inner.height.min(1), ..inner };
        let options = Rect { y: inner.y + 2, height: inner.height.saturating_sub(2), ..inner };
        return (panel, facets, options);
    }
    let [facets, options] = Layout::horizontal([Constraint::Length(18), Constraint::Min(10)]).areas(inner);
    (panel, facets, options)
}

/// Accessible mode's line of facets: each facet's name with how many of its options are
/// selected, the current one in brackets, as the day tabs are; and the column each starts at.
pub fn facet_strip(state: &State) -> Vec<(u16, String)> {
    let mut x = 0u16;
    crate::filter::Facet::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let selected = state.filter.selected_count(*f);
            let name = if selected > 0 { format!("{} ({selected})", f.label()) } else { f.label().to_owned() };
            let label = if i == state.filters.facet { format!("[{name}]") } else { format!(" {name} ") };
            let at = x;
            x = x.saturating_add(u16::try_from(crate::text::width(&label) + 1).unwrap_or(u16::MAX));
            (at, label)
        })
        .collect()
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
