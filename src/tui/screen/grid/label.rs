//! What the grid's blocks say row by row, and the two lines under the grid: the selected block
//! in full (its title and times whole, however narrow its column), the clashes and moves counted,
//! and which rooms are shown.

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::model::{Programme, Session};
use crate::moves::Move;
use crate::text;
use crate::time::Range;
use crate::tui::derive::grid::{Block, ColumnsBy, Model};
use crate::wording;

/// A session's real times in `zone`, as the list says them (`10:30–10:35`, `23:30–00:30 (+1d)`,
/// `16:00–?`; `10:30–10:35 AM` on the 12-hour clock), each marked when `zone` puts it on another
/// calendar day than the conference `day`; wider than `fit` columns, as a narrow list says them
/// (`21:30(-1d)…`), and narrower still the start alone (`11:30 PM…`, on the 12-hour clock).
pub(super) fn times_of(p: &Programme, zone: Tz, s: &Session, day: Option<NaiveDate>, fit: usize) -> String {
    let at = |t: chrono::DateTime<Tz>| t.with_timezone(&zone);
    let Some(start) = s.start_at(p.timezone).map(at) else { return String::new() };
    let range = Range::of_instants(&start, s.end_at(p.timezone).map(at).as_ref(), day);
    [wording::when::range(range), wording::when::range_narrow(range)]
        .into_iter()
        .find(|times| text::width(times) <= fit)
        .unwrap_or_else(|| wording::when::range_start(range))
}

/// A session's start alone in `zone`, with its day mark (`09:30`, `9:35 AM`, `오전 9:35`,
/// `00:50(+1d)`): what a block one row high says before its title when its range does not fit.
pub(super) fn start_of(p: &Programme, zone: Tz, s: &Session, day: Option<NaiveDate>) -> String {
    let Some(start) = s.start_at(p.timezone).map(|t| t.with_timezone(&zone)) else { return String::new() };
    let start = Range::of_instants(&start, None, day).start();
    let mark = if start.days == 0 { String::new() } else { wording::when::day_mark(start.days) };
    format!("{}{mark}", wording::when::time_of_day(start.time))
}

/// What row `k` of block `b` shows in `width` columns: the title (after the start time when the
/// block is one row high: a 5-minute session), folded over as many rows as the block has to
/// spare, then the session's real times, then the clash, then `place` (accessible mode names
/// the room in words, not only by the column).
pub(super) fn block_label(
    b: &Block,
    k: usize,
    title: &str,
    times: (&str, &str),
    place: Option<&str>,
    width: u16,
) -> String {
    let (times, start) = times;
    let edge = if b.overlap { "║" } else { "│" };
    let flag = match (b.overlap, b.moved) {
        (true, true) => "⚠ » ",
        (true, false) => "⚠ ",
        (false, true) => MOVED_MARK,
        (false, false) => "",
    };
    let height = b.bottom - b.top;
    if height == 1 {
        // The whole range when a few letters of the title still fit beside it, else the start.
        let shown = if text::width(times) + 8 <= usize::from(width) { times } else { start };
        return format!("{edge}{flag}{shown} {title}");
    }
    let spare = height - 1 - usize::from(b.overlap && height > 2) - usize::from(place.is_some() && height > 3);
    let lines = folded(&format!("{flag}{title}"), usize::from(width.saturating_sub(1)), spare);
    match k.checked_sub(lines.len()) {
        None => format!("{edge}{}", lines[k]),
        Some(0) => format!("{edge}{times}"),
        Some(1) if b.overlap => format!("{edge}{}", wording::GRID_OVERLAPS.text()),
        Some(n) if n == 1 + usize::from(b.overlap) => format!("{edge}{}", place.unwrap_or_default()),
        Some(_) => edge.to_owned(),
    }
}

/// `title` folded by words into at most `rows` (at least one) lines of `width` columns; the last
/// holds the rest, for the cell to cut with "…". Only a word wider than a line is split, each
/// piece but the last ending in a hyphen.
fn folded(title: &str, width: usize, rows: usize) -> Vec<String> {
    let (width, rows) = (width.max(2), rows.max(1));
    // Each line and where in `title` it starts.
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut used = width;
    for (at, word) in words(title) {
        let w = text::width(word);
        match lines.last_mut() {
            Some((_, line)) if used + 1 + w <= width => {
                line.push(' ');
                line.push_str(word);
                used += 1 + w;
                continue;
            }
            _ if w <= width => {
                lines.push((at, word.to_owned()));
                used = w;
                continue;
            }
            _ => {}
        }
        let mut piece = (at, String::new());
        for (i, c) in word.char_indices() {
            let cw = text::width(c.encode_utf8(&mut [0; 4]));
            if !piece.1.is_empty() && text::width(&piece.1) + cw + 1 > width {
                piece.1.push('-');
                lines.push(std::mem::replace(&mut piece, (at + i, String::new())));
            }
            piece.1.push(c);
        }
        used = text::width(&piece.1);
        lines.push(piece);
    }
    if lines.len() > rows {
        let rest = lines[rows - 1].0;
        lines.truncate(rows - 1);
        lines.push((rest, title[rest..].to_owned()));
    }
    if lines.is_empty() {
        lines.push((0, String::new()));
    }
    lines.into_iter().map(|(_, line)| line).collect()
}

/// The words of `text` and where each starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

/// A block's row as accessible mode draws it in `width` columns: its text, when it has any, cut
/// to leave room for a `;` after it, so that a screen reader reading the row pauses between two
/// blocks side by side instead of running their titles together.
pub(super) fn ended(row: &str, width: u16) -> String {
    let edge = row.chars().next().map_or(0, char::len_utf8);
    let (edge, words) = row.split_at(edge);
    let words = words.trim_end();
    if words.is_empty() {
        return row.to_owned();
    }
    format!("{edge}{};", text::truncate(words, usize::from(width).saturating_sub(2)))
}

/// `line` in at most `width` columns: whole when it fits, else cut after its last word that
/// fits, ending in `…` (a word cut in two reads as another word).
pub(super) fn cut_by_words(line: &str, width: usize) -> String {
    if text::width(line) <= width {
        return line.to_owned();
    }
    let cut = text::truncate(line, width);
    let kept = cut.strip_suffix('…').unwrap_or(&cut);
    // Back to the last space when the cut fell inside a word, keeping at least one word.
    let kept = match line[kept.len()..].starts_with(' ') {
        true => kept,
        false => kept.rfind(' ').filter(|&at| !kept[..at].trim().is_empty()).map_or(kept, |at| &kept[..at]),
    };
    format!("{}…", kept.trim_end().trim_end_matches(['·', ' ']))
}

/// What the first row of a block a what-if move put there starts with.
pub const MOVED_MARK: &str = "» ";

/// The selected block (session `s`) said in full on one line: its real times, title and room,
/// its clash, and where a what-if move (`from`) took it from.
pub(super) fn in_full(
    p: &Programme,
    zone: Tz,
    s: &Session,
    b: &Block,
    date: Option<NaiveDate>,
    from: Option<&Move>,
) -> String {
    let times = times_of(p, zone, s, date, usize::MAX);
    let place = s.place().or(s.kind.as_deref()).map(|place| format!(" · {place}")).unwrap_or_default();
    let clash = if b.overlap { format!(" · ⚠ {}", wording::GRID_OVERLAPS.text()) } else { String::new() };
    let moved = from.map_or_else(String::new, |mv| {
        let from = wording::moves::place(&mv.from, mv.from.date != mv.to.date);
        format!(" · {MOVED_MARK}{}", wording::GRID_MOVED_FROM.say(&[("from", &from)]))
    });
    crate::sanitize::line(&format!(" {times} {}{place}{clash}{moved}", s.title))
}

/// The programme's room and person clashes as the moves leave them, and how many moves there are.
pub(super) fn counts(model: &Model, moves: usize) -> String {
    let clashes = wording::GRID_CLASHES.of(model.clashes);
    if moves == 0 { clashes } else { format!("{clashes} · {}", wording::MOVES.of(moves)) }
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

#[cfg(test)]
#[path = "label_tests.rs"]
mod tests;
