//! The timeline grid's model for one day: columns (rooms, else kinds), 15-minute rows, and each
//! timed session as a block. Sessions that overlap in one room get lanes side by side, flagged.

use chrono::Timelike;

use super::state::{Data, State};

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

/// The grid of the current day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    pub columns: Vec<String>,
    /// What the columns are ("rooms", "kinds").
    pub by: &'static str,
    /// Minutes after midnight of row 0.
    pub first_minute: i64,
    pub rows: usize,
    pub blocks: Vec<Block>,
    /// Sessions of the day without a published time (not in the grid).
    pub untimed: usize,
}

impl Model {
    /// The block under a cell, if any (the later-starting one where blocks overlap).
    pub fn at(&self, col: usize, row: usize) -> Option<&Block> {
        self.blocks.iter().filter(|b| b.col == col && b.top <= row && row < b.bottom).max_by_key(|b| b.top)
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
fn common_prefix(names: &[String]) -> usize {
    let real: Vec<&String> = names.iter().filter(|n| !n.starts_with('(')).collect();
    let Some(first) = real.first().filter(|_| real.len() > 1) else { return 0 };
    let mut len = first.len();
    for n in &real[1..] {
        len = first.bytes().zip(n.bytes()).take(len).take_while(|(a, b)| a == b).count();
    }
    let whole_word = real.iter().all(|n| matches!(n.as_bytes().get(len), Some(b' ' | b',')));
    if whole_word { len } else { first[..len].rfind(' ').map_or(0, |i| i + 1) }
}

/// The grid of the current day tab, under the current filters.
pub fn model(state: &State, data: &Data) -> Model {
    let p = &data.programme;
    let Some(day) = state.day() else { return Model::default() };
    let sessions: Vec<usize> = data
        .chronological
        .iter()
        .copied()
        .filter(|&i| day.holds(&p.sessions[i]) && state.filter.matches(&p.sessions[i]))
        .collect();
    let timed: Vec<(usize, i64, i64)> = sessions
        .iter()
        .filter_map(|&i| {
            let s = &p.sessions[i];
            let start = s.start?;
            let start_min = i64::from(start.hour() * 60 + start.minute());
            let end_min = match (s.end, s.end_date) {
                (Some(e), Some(_)) => i64::from(e.hour() * 60 + e.minute()) + 24 * 60,
                (Some(e), None) => i64::from(e.hour() * 60 + e.minute()),
                (None, _) => start_min + SLOT,
            };
            Some((i, start_min, end_min.max(start_min + SLOT)))
        })
        .collect();
    let rooms = timed.iter().any(|(i, _, _)| p.sessions[*i].place().is_some());
    let (by, column_of): (&'static str, Box<dyn Fn(usize) -> String>) = if rooms {
        ("rooms", Box::new(|i| p.sessions[i].place().unwrap_or("(no room)").to_owned()))
    } else {
        ("kinds", Box::new(|i| p.sessions[i].kind.clone().unwrap_or_else(|| "(no kind)".to_owned())))
    };
    let mut names: Vec<String> = timed.iter().map(|(i, _, _)| column_of(*i)).collect();
    names.sort();
    names.dedup();
    let first_minute = timed.iter().map(|t| t.1).min().map_or(8 * 60, |m| m - m % 60);
    let last = timed.iter().map(|t| t.2).max().unwrap_or(first_minute + 60);
    let rows = usize::try_from((last - first_minute + SLOT - 1) / SLOT).unwrap_or(0);
    let row = |minute: i64| usize::try_from((minute - first_minute).max(0) / SLOT).unwrap_or(0);
    // Sessions that overlap in one column get lanes side by side: each lane is a grid column.
    let mut lanes: Vec<Vec<Vec<(usize, usize, usize)>>> = vec![Vec::new(); names.len()];
    let mut sorted = timed.clone();
    sorted.sort_by_key(|&(i, start, end)| (names.binary_search(&column_of(i)).unwrap_or(0), start, end));
    for (i, start, end) in sorted {
        let name = names.binary_search(&column_of(i)).unwrap_or(0);
        let (top, bottom) = (row(start), row(end + SLOT - 1).max(row(start) + 1));
        let lane = lanes[name].iter().position(|l| l.last().is_none_or(|b| b.2 <= top));
        match lane {
            Some(l) => lanes[name][l].push((i, top, bottom)),
            None => lanes[name].push(vec![(i, top, bottom)]),
        }
    }
    let shared = common_prefix(&names);
    let mut columns = Vec::new();
    let mut blocks = Vec::new();
    for (name, name_lanes) in names.iter().zip(&lanes) {
        let rest = if name.starts_with('(') { name.as_str() } else { name.get(shared..).unwrap_or(name) };
        let rest = rest.trim_start_matches([',', ' ']).trim();
        let shown = if rest.is_empty() { name.clone() } else { rest.to_owned() };
        let known = by != "rooms" || name != "(no room)";
        for (l, lane) in name_lanes.iter().enumerate() {
            let col = columns.len();
            columns.push(if l > 0 && known { format!("⚠ {shown}") } else { shown.clone() });
            for &(session, top, bottom) in lane {
                let overlap = known
                    && name_lanes
                        .iter()
                        .enumerate()
                        .any(|(o, other)| o != l && other.iter().any(|b| b.1 < bottom && top < b.2));
                blocks.push(Block { session, col, top, bottom, overlap });
            }
        }
    }
    Model { columns, by, first_minute, rows, blocks, untimed: sessions.len() - timed.len() }
}
