//! The timeline grid's model for one day: columns (rooms, else kinds), 15-minute rows, and each
//! timed session as a block. Sessions that overlap in one room get lanes side by side, flagged.

use chrono::Timelike;

use std::sync::Arc;

use crate::model::Session;
use crate::tui::data::Data;
use crate::tui::state::State;

/// Minutes per grid row.
pub const SLOT: i64 = 15;

/// A session drawn in the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub session: usize,
    pub col: usize,
    /// First row and the row after the last.
    pub top: usize,
    pub bottom: usize,
    /// Another session of the same column overlaps it.
    pub overlap: bool,
}

/// What a grid's columns are: the rooms of the day, or (when no session names one) the kinds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColumnsBy {
    #[default]
    Rooms,
    Kinds,
}

/// The grid of the current day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    pub columns: Vec<String>,
    /// What the columns are.
    pub by: ColumnsBy,
    /// Minutes after midnight of row 0.
    pub first_minute: i64,
    pub rows: usize,
    /// Column by column, each column's blocks by their first row (a column is one lane: its
    /// blocks never overlap one another).
    pub blocks: Vec<Block>,
    /// Where each column's blocks start in `blocks`, and where the last one's end.
    column_starts: Vec<usize>,
    /// Sessions of the day without a published time (not in the grid).
    pub untimed: usize,
}

impl Model {
    /// The block under a cell, if any.
    pub fn at(&self, col: usize, row: usize) -> Option<&Block> {
        let column = self.blocks.get(*self.column_starts.get(col)?..*self.column_starts.get(col + 1)?)?;
        let after = column.partition_point(|b| b.top <= row);
        column.get(after.checked_sub(1)?).filter(|b| row < b.bottom)
    }

    /// The clock time a row starts at.
    pub fn time_of(&self, row: usize) -> chrono::NaiveTime {
        let m = (self.first_minute + SLOT * row as i64).rem_euclid(24 * 60);
        let seconds = u32::try_from(m * 60).unwrap_or(0);
        chrono::NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or_default()
    }
}

/// The length in bytes of the words all `names` start with (for "Kimdaejung Convention Center 214"
/// and "… 305+306", the venue), when there are several names.
fn common_prefix(names: &[&str]) -> usize {
    let real: Vec<&str> = names.iter().copied().filter(|n| !n.starts_with('(')).collect();
    let Some(first) = real.first().filter(|_| real.len() > 1) else { return 0 };
    let mut len = first.len();
    for n in &real[1..] {
        len = first.bytes().zip(n.bytes()).take(len).take_while(|(a, b)| a == b).count();
    }
    let whole_word = real.iter().all(|n| matches!(n.as_bytes().get(len), Some(b' ' | b',')));
    if whole_word { len } else { first[..len].rfind(' ').map_or(0, |i| i + 1) }
}

/// The grid of the current day tab, under the current filters.
pub fn model(state: &State, data: &Data) -> Arc<Model> {
    data.grid.get((state.day(), state.filter.clone()), || make(state, data))
}

/// A session's minutes after midnight: its start, and its end (at least one row later).
fn minutes(s: &Session) -> Option<(i64, i64)> {
    let start = s.start?;
    let start_min = i64::from(start.hour() * 60 + start.minute());
    let end_min = match (s.end, s.end_date) {
        (Some(e), Some(_)) => i64::from(e.hour() * 60 + e.minute()) + 24 * 60,
        (Some(e), None) => i64::from(e.hour() * 60 + e.minute()),
        (None, _) => start_min + SLOT,
    };
    Some((start_min, end_min.max(start_min + SLOT)))
}

fn make(state: &State, data: &Data) -> Model {
    let p = &data.programme;
    let Some(day) = state.day() else { return Model::default() };
    let sessions: Vec<usize> = data
        .chronological
        .iter()
        .copied()
        .filter(|&i| data.day_of[i] == day && state.filter.matches(&p.sessions[i]))
        .collect();
    // A night session of the day before its date (00:50 after Friday's programme) runs on past 24:00.
    let night = |i: usize| if p.sessions[i].date != p.day_of(&p.sessions[i]) { 24 * 60 } else { 0 };
    let timed: Vec<(usize, i64, i64)> = sessions
        .iter()
        .filter_map(|&i| minutes(&p.sessions[i]).map(|(start, end)| (i, start + night(i), end + night(i))))
        .collect();
    let rooms = timed.iter().any(|(i, _, _)| p.sessions[*i].place().is_some());
    let column_of = |i: usize| -> &str {
        let s = &p.sessions[i];
        if rooms { s.place().unwrap_or("(no room)") } else { s.kind.as_deref().unwrap_or("(no kind)") }
    };
    let by = if rooms { ColumnsBy::Rooms } else { ColumnsBy::Kinds };
    let mut names: Vec<&str> = timed.iter().map(|(i, _, _)| column_of(*i)).collect();
    names.sort_unstable();
    names.dedup();
    let first_minute = timed.iter().map(|t| t.1).min().map_or(8 * 60, |m| m - m % 60);
    let last = timed.iter().map(|t| t.2).max().unwrap_or(first_minute + 60);
    let rows = usize::try_from((last - first_minute + SLOT - 1) / SLOT).unwrap_or(0);
    let row = |minute: i64| usize::try_from((minute - first_minute).max(0) / SLOT).unwrap_or(0);
    // Sessions that overlap in one column get lanes side by side: each lane is a grid column.
    let mut sorted: Vec<(usize, usize, i64, i64)> =
        timed.iter().map(|&(i, start, end)| (names.binary_search(&column_of(i)).unwrap_or(0), i, start, end)).collect();
    sorted.sort_by_key(|&(name, _, start, end)| (name, start, end));
    let mut lanes: Vec<Vec<Vec<(usize, usize, usize)>>> = vec![Vec::new(); names.len()];
    for (name, i, start, end) in sorted {
        let (top, bottom) = (row(start), row(end + SLOT - 1).max(row(start) + 1));
        let lane = lanes[name].iter().position(|l| l.last().is_none_or(|b| b.2 <= top));
        match lane {
            Some(l) => lanes[name][l].push((i, top, bottom)),
            None => lanes[name].push(vec![(i, top, bottom)]),
        }
    }
    let shared = common_prefix(&names);
    let (mut columns, mut blocks, mut column_starts) = (Vec::new(), Vec::new(), Vec::new());
    for (name, name_lanes) in names.iter().zip(&lanes) {
        let rest = if name.starts_with('(') { name } else { name.get(shared..).unwrap_or(name) };
        let rest = rest.trim_start_matches([',', ' ']).trim();
        let shown = if rest.is_empty() { name } else { rest };
        let known = by != ColumnsBy::Rooms || *name != "(no room)";
        for (l, lane) in name_lanes.iter().enumerate() {
            let col = columns.len();
            columns.push(if l > 0 && known { format!("⚠ {shown}") } else { shown.to_owned() });
            column_starts.push(blocks.len());
            for &(session, top, bottom) in lane {
                let overlap =
                    known && name_lanes.iter().enumerate().any(|(o, other)| o != l && overlaps_any(other, top, bottom));
                blocks.push(Block { session, col, top, bottom, overlap });
            }
        }
    }
    column_starts.push(blocks.len());
    Model { columns, by, first_minute, rows, blocks, column_starts, untimed: sessions.len() - timed.len() }
}

/// Whether any block of `lane` (in order, none overlapping another) covers a row of `top..bottom`.
fn overlaps_any(lane: &[(usize, usize, usize)], top: usize, bottom: usize) -> bool {
    let before_end = lane.partition_point(|b| b.1 < bottom);
    before_end.checked_sub(1).is_some_and(|last| top < lane[last].2)
}
