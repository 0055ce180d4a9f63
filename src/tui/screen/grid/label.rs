//! What the grid's blocks say row by row, and the two lines under the grid: the selected block
//! in full (its title and times whole, however narrow its column) and which rooms are shown.

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::Line;

use crate::model::{Programme, Session};
use crate::text;
use crate::time::Range;
use crate::tui::derive::grid::{Block, ColumnsBy, Model};
use crate::tui::screen::detail::wrap::wrap;
use crate::wording;

/// A session's real times, as the list says them (`10:30–10:35`, `23:30–00:30 (+1d)`, `16:00–?`).
pub(super) fn times_of(p: &Programme, s: &Session, day: Option<NaiveDate>) -> String {
    match s.start_at(p.timezone) {
        Some(start) => Range::of_instants(&start, s.end_at(p.timezone).as_ref(), day).to_string(),
        None => String::new(),
    }
}

/// What row `k` of block `b` shows in `width` columns: the title (after the start time when the
/// block is one row high: a 5-minute session), folded over as many rows as the block has to
/// spare, then the session's real times, then the clash.
pub(super) fn block_label(b: &Block, k: usize, title: &str, times: &str, width: u16) -> String {
    let edge = if b.overlap { "║" } else { "│" };
    let flag = if b.overlap { "⚠ " } else { "" };
    let height = b.bottom - b.top;
    if height == 1 {
        // The whole range when a few letters of the title still fit beside it, else the start.
        let short = times.split('–').next().unwrap_or(times);
        let shown = if text::width(times) + 8 <= usize::from(width) { times } else { short };
        return format!("{edge}{flag}{shown} {title}");
    }
    let spare = height - 1 - usize::from(b.overlap && height > 2);
    let lines = folded(&format!("{flag}{title}"), usize::from(width.saturating_sub(1)), spare);
    match k.checked_sub(lines.len()) {
        None => format!("{edge}{}", lines[k]),
        Some(0) => format!("{edge}{times}"),
        Some(1) if b.overlap => format!("{edge}{}", wording::GRID_OVERLAPS.text()),
        Some(_) => edge.to_owned(),
    }
}

/// `title` folded at its spaces into at most `rows` (at least one) lines of `width` columns; the
/// last holds the rest, for the cell to cut with "…".
fn folded(title: &str, width: usize, rows: usize) -> Vec<String> {
    let wrapped = wrap(vec![Line::from(title.to_owned())], width, Style::new());
    let mut lines: Vec<String> = wrapped.iter().map(|l| l.to_string().trim_end().to_owned()).collect();
    let rows = rows.max(1);
    if lines.len() > rows {
        let rest = lines.split_off(rows - 1).join(" ");
        lines.push(rest);
    }
    lines
}

/// The selected block said in full on one line: its real times, title and room, and its clash.
pub(super) fn in_full(p: &Programme, b: &Block, date: Option<NaiveDate>) -> String {
    let s = &p.sessions[b.session];
    let times = times_of(p, s, date);
    let place = s.place().or(s.kind.as_deref()).map(|place| format!(" · {place}")).unwrap_or_default();
    let clash = if b.overlap { format!(" · ⚠ {}", wording::GRID_OVERLAPS.text()) } else { String::new() };
    crate::sanitize::line(&format!(" {times} {}{place}{clash}", s.title))
}

/// Which of the rooms (or kinds) the `cols` columns from `col_offset` show: "rooms 1–3 of 4".
pub(super) fn shown_places(model: &Model, col_offset: usize, cols: usize) -> Option<String> {
    let (first, last) = model.places_in(col_offset, col_offset + cols)?;
    let (one, range) = match model.by {
        ColumnsBy::Rooms => (wording::GRID_ROOM_SHOWN, wording::GRID_ROOMS_SHOWN),
        ColumnsBy::Kinds => (wording::GRID_KIND_SHOWN, wording::GRID_KINDS_SHOWN),
    };
    let (first, last, n) = (first + 1, last + 1, model.places);
    Some(if first == last { one } else { range }.say(&[("first", &first), ("last", &last), ("n", &n)]))
}
