//! The timeline grid's model for one day: columns (rooms, else kinds), rows, and each timed
//! session as a block. Rows are 15 minutes long, split wherever a session starts or ends between
//! two marks, so that every block starts and ends at its real time and back-to-back sessions
//! never share a row. Sessions booked in one room at once (exactly the clash check's room
//! clashes) get lanes side by side, flagged; a session without an end takes one row and, where
//! it meets another session, a lane of its own without a flag, as do sessions without a room.
//! What-if moves are drawn where they put their sessions, marked, and the programme's room and
//! person clashes are recounted with them.

use std::sync::Arc;

use chrono::{NaiveTime, Timelike};
use chrono_tz::Tz;

use crate::tui::data::Data;
use crate::tui::state::State;
use build::make;

mod build;

/// Seconds between two marks of the time axis: rows are at most this long.
pub const SLOT: i64 = 15 * 60;

/// What the name of every lane of a room with a room clash starts with.
pub const CLASH_MARK: &str = "⚠ ";

/// A session drawn in the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub session: usize,
    pub col: usize,
    /// First row and the row after the last.
    pub top: usize,
    pub bottom: usize,
    /// Another session is booked in the same room at the same time (a room clash).
    pub overlap: bool,
    /// A what-if move put the session here.
    pub moved: bool,
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
    /// How many rooms (or kinds) the columns show: the lanes of one counted once, sessions
    /// without one not counted.
    pub places: usize,
    /// Which of those each column shows (counting from 0, in the columns' order), none for a
    /// column of sessions without one.
    pub place_of: Vec<Option<usize>>,
    pub rows: usize,
    /// The zone the times are shown in (the one chosen with `z`).
    pub zone: Tz,
    /// The clock time each row starts at, in `zone`.
    row_times: Vec<NaiveTime>,
    /// Column by column, each column's blocks by their first row (a column is one lane: its
    /// blocks never overlap one another).
    pub blocks: Vec<Block>,
    /// Where each column's blocks start in `blocks`, and where the last one's end.
    column_starts: Vec<usize>,
    /// The pairs of sessions booked in one room at the same time (the lower index first), in
    /// order: the day's room clashes, which the flagged blocks draw.
    pub overlaps: Vec<(usize, usize)>,
    /// Sessions of the day without a published time (not in the grid).
    pub untimed: usize,
    /// The room and person clashes of the whole programme, with the moves.
    pub clashes: usize,
}

impl Model {
    /// The block under a cell, if any.
    pub fn at(&self, col: usize, row: usize) -> Option<&Block> {
        let column = self.blocks.get(*self.column_starts.get(col)?..*self.column_starts.get(col + 1)?)?;
        let after = column.partition_point(|b| b.top <= row);
        column.get(after.checked_sub(1)?).filter(|b| row < b.bottom)
    }

    /// The first and the last room (or kind) that columns `from..to` show, counting from 0;
    /// none when they show only sessions without one.
    pub fn places_in(&self, from: usize, to: usize) -> Option<(usize, usize)> {
        let shown = self.place_of.get(from..to.min(self.place_of.len()))?;
        Some((shown.iter().flatten().next().copied()?, shown.iter().rev().flatten().next().copied()?))
    }

    /// The clock time a row starts at.
    pub fn time_of(&self, row: usize) -> NaiveTime {
        self.row_times.get(row).copied().unwrap_or_default()
    }

    /// Whether a row starts on the hour (the time gutter shows those).
    pub fn on_the_hour(&self, row: usize) -> bool {
        self.row_times.get(row).is_some_and(|t| t.minute() == 0 && t.second() == 0)
    }
}

/// The grid of the current day tab, under the current filters, in the zone times are shown in.
pub fn model(state: &State, data: &Data) -> Arc<Model> {
    let zone = state.zone.resolve(data.programme.timezone);
    let key = (state.day(), state.filter.clone(), zone, state.moves.placed().to_vec());
    data.grid.get(key, || make(state, data, zone))
}

#[cfg(test)]
#[path = "grid_tests.rs"]
mod tests;
