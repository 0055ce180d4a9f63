//! The timeline grid: one day, time down the side in 15-minute rows, rooms (or kinds) across,
//! each session a labelled block; blocks that overlap in a column carry a ⚠ and a double edge.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Frame_, Borders, Paragraph};

use crate::text;
use crate::time::Range;
use crate::tui::grid::{self, Model};
use crate::tui::state::{Data, State};

const GUTTER: u16 = 6;

/// Column width for a grid of `ncols` in `width` columns.
fn col_width(width: u16, ncols: usize) -> u16 {
    let free = width.saturating_sub(GUTTER);
    let n = u16::try_from(ncols.max(1)).unwrap_or(u16::MAX);
    (free / n).clamp(14, 32)
}

/// How many columns and rows the grid shows at once on the screen the state last heard of.
pub fn capacity(state: &State, model: &Model) -> (usize, usize) {
    capacity_in(super::areas(state).detail, model)
}

/// How many columns and rows the grid shows at once in `area` (with its border).
fn capacity_in(area: Rect, model: &Model) -> (usize, usize) {
    let inner_w = area.width.saturating_sub(2);
    let w = col_width(inner_w, model.columns.len());
    let cols = usize::from((inner_w.saturating_sub(GUTTER) / w).max(1));
    let rows = usize::from(area.height.saturating_sub(4).max(1));
    (cols, rows)
}

/// The first of `shown` columns (or rows) out of `total` to show, from `offset` on: moved so that
/// `cursor` is in sight and no space is left empty at the end while some are hidden at the start.
fn visible_offset(offset: usize, cursor: usize, shown: usize, total: usize) -> usize {
    offset.min(total.saturating_sub(shown)).max((cursor + 1).saturating_sub(shown)).min(cursor)
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

pub fn grid(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let model = grid::model(state, data);
    let p = &data.programme;
    let day = match state.day() {
        Some(crate::filter::Day::Date(d)) => crate::wording::when::short(d),
        _ => "Undated".to_owned(),
    };
    let untimed =
        if model.untimed > 0 { format!(" · {} without a time not shown", model.untimed) } else { String::new() };
    let title =
        format!(" Timeline {day} · {} {} · times {}{untimed} ", model.columns.len(), model.by, p.timezone.name());
    let frame_block = Frame_::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = frame_block.inner(area);
    frame.render_widget(frame_block, area);
    if model.blocks.is_empty() {
        let msg = " No session with a published time on this day. [ and ] change the day.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())), inner);
        return;
    }
    let (cols, rows) = capacity_in(area, &model);
    let w = col_width(inner.width, model.columns.len());
    let g = state.grid;
    // The state may have last heard of another screen size: the cursor stays in sight anyway.
    let col_offset = visible_offset(g.col_offset, g.col, cols, model.columns.len());
    let row_offset = visible_offset(g.row_offset, g.row, rows, model.rows);
    let buf = frame.buffer_mut();
    let selected = model.at(g.col, g.row).map(|b| b.session);
    for (k, name) in model.columns.iter().enumerate().skip(col_offset).take(cols) {
        let x = inner.x + GUTTER + w * u16::try_from(k - col_offset).unwrap_or(0);
        put(buf, x, inner.y, w.saturating_sub(1), name, t.label());
    }
    for r in 0..rows.min(model.rows.saturating_sub(row_offset)) {
        let row = row_offset + r;
        let y = inner.y + 1 + u16::try_from(r).unwrap_or(0);
        if (model.first_minute + grid::SLOT * row as i64) % 60 == 0 || r == 0 {
            put(buf, inner.x, y, GUTTER - 1, &model.time_of(row).format("%H:%M").to_string(), t.dim());
        }
        for k in col_offset..(col_offset + cols).min(model.columns.len()) {
            let x = inner.x + GUTTER + w * u16::try_from(k - col_offset).unwrap_or(0);
            let cursor = k == g.col && row == g.row;
            match model.at(k, row) {
                Some(b) => {
                    let s = &p.sessions[b.session];
                    let mut style = if Some(b.session) == selected { t.selected() } else { t.badge() };
                    if cursor {
                        style = style.patch(t.highlight());
                    }
                    let edge = if b.overlap { "║" } else { "│" };
                    let label = match row - b.top {
                        0 if b.overlap => format!("{edge}⚠ {}", s.title),
                        0 => format!("{edge}{}", s.title),
                        1 => format!("{edge}{}", Range::of_times(model.time_of(b.top), Some(model.time_of(b.bottom)))),
                        2 if b.overlap => format!("{edge}overlaps in this room"),
                        _ => edge.to_owned(),
                    };
                    let mark = if state.agenda.is_marked(s.id.as_str()) && row == b.top { "★" } else { "" };
                    put(buf, x, y, w.saturating_sub(1), &format!("{label}{mark}"), style);
                }
                None if cursor => put(buf, x, y, w.saturating_sub(1), "·", t.selected()),
                None => {}
            }
        }
    }
    let more = Line::from(Span::styled(
        format!(
            " {}/{} columns · ←→ rooms · ↑↓ time · Enter open ",
            (g.col + 1).min(model.columns.len()),
            model.columns.len()
        ),
        t.dim(),
    ));
    let bottom = Rect::new(inner.x, inner.y + inner.height.saturating_sub(1), inner.width, 1);
    frame.render_widget(Paragraph::new(more), bottom);
}
