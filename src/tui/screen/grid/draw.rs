//! Drawing the grid: where its cells are on the screen (what render draws and a click is
//! resolved against), and the day's timeline drawn in them, with the lines under it.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Frame_, Borders, Paragraph};

use super::label::{self, block_label, in_full, shown_places, start_of, times_of};
use crate::text;
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::derive::grid::{self, ColumnsBy, Model};
use crate::tui::glyph;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{grid_capacity, grid_column, grid_gutter};
use crate::tui::mode::Mode;
use crate::tui::state::{GridPos, State};
use crate::wording;

/// The first of `shown` columns (or rows) out of `total` to show, from `offset` on: moved so that
/// `cursor` is in sight and no space is left empty at the end while some are hidden at the start.
fn visible_offset(offset: usize, cursor: usize, shown: usize, total: usize) -> usize {
    offset.min(total.saturating_sub(shown)).max((cursor + 1).saturating_sub(shown)).min(cursor)
}

/// Where the grid's cells are on the screen, in the grid's box `area`: what render draws and
/// what a click is resolved against.
pub(super) struct Viewport {
    /// Inside the box: the column names' row, then the rows of cells.
    pub(super) inner: Rect,
    /// How many columns and rows are shown, from which.
    pub(super) cols: usize,
    pub(super) rows: usize,
    pub(super) col_offset: usize,
    pub(super) row_offset: usize,
}

impl Viewport {
    pub(super) fn of(area: Rect, g: GridPos, model: &Model) -> Self {
        let inner = area.inner(Margin::new(1, 1));
        let (cols, rows) = grid_capacity(area, model.columns.len());
        // The state may have last heard of another screen size: the cursor stays in sight anyway.
        let col_offset = visible_offset(g.col_offset, g.col, cols, model.columns.len());
        let row_offset = visible_offset(g.row_offset, g.row, rows, model.rows);
        Viewport { inner, cols, rows, col_offset, row_offset }
    }

    /// The screen column where grid column `k` (one of those shown) starts, and its width with
    /// the column between two: the columns shown share the width beside the time gutter.
    pub(super) fn column(&self, k: usize) -> (u16, u16) {
        let gutter = grid_gutter();
        let (x, width) = grid_column(self.inner.width.saturating_sub(gutter), self.cols, k - self.col_offset);
        (self.inner.x + gutter + x, width)
    }

    /// The grid cell (column, row) drawn at screen cell (x, y), if one is.
    pub(super) fn cell_at(&self, x: u16, y: u16, model: &Model) -> Option<(usize, usize)> {
        let r = usize::from(y.checked_sub(self.inner.y + 1)?);
        let col = (self.col_offset..self.col_offset + self.cols).find(|&k| {
            let (left, width) = self.column(k);
            (left..left + width).contains(&x)
        })?;
        let row = self.row_offset + r;
        (r < self.rows && col < model.columns.len() && row < model.rows).then_some((col, row))
    }
}

/// Write `s` cut to `width` columns at (x, y), clipped to the buffer: a cell outside it is skipped.
fn put(buf: &mut Buffer, x: u16, y: u16, width: u16, s: &str, style: Style) {
    let area = buf.area;
    if !area.contains(Position::new(x, y)) {
        return;
    }
    let cut = text::fit(s, usize::from(width.min(area.right() - x)));
    buf.set_string(x, y, cut, style);
}

/// The line between two empty cells (not read out in accessible mode).
const EMPTY_EDGE: &str = "┆";

/// The day's grid in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let keys = KeyHints::new(&data.keymap, Mode::Grid);
    let model = grid::model(state, data);
    let moved = crate::moves::Moved::new(&data.programme, state.moves.placed());
    let p = &data.programme;
    let date = match state.day() {
        Some(crate::filter::Day::Date(d)) => Some(d),
        _ => None,
    };
    let day = date.map_or_else(|| crate::wording::UNDATED.text().to_owned(), crate::wording::when::short);
    let columns = match model.by {
        _ if model.blocks.is_empty() && model.untimed > 0 => wording::GRID_NO_TIMED_SESSIONS.text().to_owned(),
        _ if model.blocks.is_empty() => wording::GRID_NO_SESSIONS.text().to_owned(),
        _ if model.places == 0 => wording::SESSIONS.of(model.blocks.len()),
        ColumnsBy::Rooms => wording::ROOMS.of(model.places),
        ColumnsBy::Kinds => wording::KINDS.of(model.places),
    };
    // The column of sessions without a room (or kind) is drawn too: named after the count, so
    // that the title accounts for every column heading ("2 kinds + (no kind)").
    let columns = match model.by {
        _ if model.places == 0 || !model.place_of.contains(&None) => columns,
        ColumnsBy::Rooms => format!("{columns} + {}", wording::GRID_NO_ROOM.text()),
        ColumnsBy::Kinds => format!("{columns} + {}", wording::GRID_NO_KIND.text()),
    };
    let zone = crate::time::zone_label(model.zone);
    let mut title = wording::GRID_TITLE.say(&[("day", &day), ("columns", &columns), ("zone", &zone)]);
    if model.untimed > 0 {
        title = format!("{title} · {}", wording::UNTIMED_NOT_SHOWN.of(model.untimed));
    }
    let title = key_hint::title([Some(title)], area.width);
    let frame_block = Frame_::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = frame_block.inner(area);
    frame.render_widget(frame_block, area);
    if model.blocks.is_empty() {
        let change = keys.both((Action::PrevDay, Action::NextDay), wording::HINT_CHANGE_DAY);
        let msg = format!(" {} {}", wording::GRID_NO_TIMED.text(), change.unwrap_or_default());
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())), inner);
        return;
    }
    let g = state.grid;
    let view = Viewport::of(area, g, &model);
    let Viewport { cols, rows, col_offset, row_offset, .. } = view;
    let buf = frame.buffer_mut();
    let selected = model.at(g.col, g.row).map(|b| b.session);
    let gutter = grid_gutter();
    for (k, name) in model.columns.iter().enumerate().skip(col_offset).take(cols) {
        // Lanes of sessions side by side without a clash ("(no room)") are named once; every lane
        // of a room with a clash is named, flagged.
        if k > col_offset && model.columns[k - 1] == *name && !name.starts_with(grid::CLASH_MARK) {
            continue;
        }
        // Over the blocks' text, which starts after their left edge.
        let (x, w) = view.column(k);
        put(buf, x + 1, inner.y, w.saturating_sub(1), &glyph::spoken(state, name), t.label());
    }
    for r in 0..rows.min(model.rows.saturating_sub(row_offset)) {
        let row = row_offset + r;
        let y = inner.y + 1 + u16::try_from(r).unwrap_or(0);
        if model.on_the_hour(row) || r == 0 {
            put(buf, inner.x, y, gutter - 1, &wording::when::time_of_day(model.time_of(row)), t.dim());
        }
        for k in col_offset..(col_offset + cols).min(model.columns.len()) {
            let (x, w) = view.column(k);
            let cursor = k == g.col && row == g.row;
            match model.at(k, row) {
                Some(b) => {
                    let s = moved.session(b.session);
                    let mut style = if Some(b.session) == selected { t.selected() } else { t.badge() };
                    if cursor {
                        style = style.patch(t.highlight());
                    }
                    // A block the view starts inside is labelled from the view's first row on,
                    // so that its title is seen.
                    let shown = grid::Block { top: b.top.max(row_offset), ..*b };
                    // Accessible mode keeps a column for the `;` that ends each row of a block.
                    let room = if state.accessible { w.saturating_sub(1) } else { w };
                    let times = times_of(p, model.zone, s, date, usize::from(room.saturating_sub(1)));
                    // Said whole where it fits, else its end, which tells rooms apart.
                    let place = state.accessible.then(|| {
                        let place = match model.by {
                            ColumnsBy::Rooms => s.place().unwrap_or(wording::GRID_NO_ROOM.text()),
                            ColumnsBy::Kinds => s.kind.as_deref().unwrap_or(wording::GRID_NO_KIND.text()),
                        };
                        text::fit_tail(place, usize::from(room.saturating_sub(1)))
                    });
                    let label = block_label(
                        &shown,
                        row - shown.top,
                        &s.title,
                        (&times, &start_of(p, model.zone, s, date)),
                        place.as_deref(),
                        room,
                    );
                    let mark = if state.agenda.is_marked(s.id.as_str()) && row == shown.top { "★" } else { "" };
                    // Said first in accessible mode (at the end of a full row it would be cut
                    // off), after the block's left edge, which stays where the column starts.
                    let text = if state.accessible && !mark.is_empty() {
                        let edge = label.chars().next().map_or(0, char::len_utf8);
                        format!("{}{mark} {}", &label[..edge], &label[edge..])
                    } else {
                        format!("{label}{mark}")
                    };
                    let text = glyph::spoken(state, &text);
                    let text = if state.accessible { label::ended(&text, w) } else { text.into_owned() };
                    put(buf, x, y, w, &text, style);
                }
                None if cursor => {
                    let empty = if state.accessible { wording::MARK_EMPTY_CELL.text() } else { "·" };
                    put(buf, x + 1, y, w.saturating_sub(1), empty, t.selected());
                }
                None => {}
            }
            // Where this column ends, the next one starts: the edge of the block on either side,
            // else a faint line between two empty cells. Edges are at the columns' starts only.
            let next = k + 1;
            if next < col_offset + cols && next < model.columns.len() && model.at(next, row).is_none() {
                match model.at(k, row) {
                    Some(b) => {
                        let style = if Some(b.session) == selected { t.selected() } else { t.badge() };
                        put(buf, x + w, y, 1, if b.overlap { "║" } else { "│" }, style);
                    }
                    None if !state.accessible => put(buf, x + w, y, 1, EMPTY_EDGE, t.dim()),
                    None => {}
                }
            }
        }
    }
    let bottom = |up: u16| Rect::new(inner.x, inner.bottom().saturating_sub(up), inner.width, 1);
    if let Some(b) = model.at(g.col, g.row).filter(|_| inner.height > 3) {
        let from = state.moves.placed().iter().find(|m| m.index == b.session).map(|m| &m.mv);
        // Its clash and move are said in words after their markers: the markers are not said as well.
        let full = in_full(p, model.zone, moved.session(b.session), b, date, from);
        let full = glyph::spoken(state, &glyph::unmarked(state, &full)).into_owned();
        let line = Line::from(Span::styled(label::cut_by_words(&full, usize::from(inner.width)), t.selected()));
        frame.render_widget(Paragraph::new(line), bottom(2));
    } else if state.accessible && inner.height > 3 {
        // Not left blank: a reader hears where the cursor is.
        let column = model.columns.get(g.col).map(|c| format!(" · {c}")).unwrap_or_default();
        let line = format!("{}{column}", wording::MARK_EMPTY_CELL.text());
        frame.render_widget(
            Paragraph::new(Span::styled(
                label::cut_by_words(&glyph::spoken(state, &line), usize::from(inner.width)),
                t.selected(),
            )),
            bottom(2),
        );
    }
    let more = key_hint::title(
        [
            Some(label::counts(&model, state.moves.placed().len())),
            shown_places(&model, col_offset, cols),
            keys.pair(
                (Action::Left, Action::Right),
                match model.by {
                    ColumnsBy::Rooms => wording::HINT_ROOMS,
                    ColumnsBy::Kinds => wording::HINT_KINDS,
                },
            ),
            keys.pair((Action::Up, Action::Down), wording::HINT_TIME),
            keys.key(Action::Open, wording::HINT_OPEN),
        ],
        area.width,
    );
    frame.render_widget(Paragraph::new(Line::from(Span::styled(more, t.dim()))), bottom(1));
}

#[cfg(test)]
#[path = "edges_tests.rs"]
mod tests;
