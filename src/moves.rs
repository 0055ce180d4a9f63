//! What-if moves: a session put in another slot (time, room, day) without touching the programme
//! file. A move names its session by id and keeps the slot it was made from and the slot it goes
//! to; a list of moves is applied to a programme here, with checked arithmetic. A move whose
//! session is gone, or whose session no longer sits in the slot the move was made from, is
//! reported (a [`Skipped`]) and not applied. `edits` keeps the list being made with its undo and
//! redo; `recount` recounts the room and person clashes after a move from the groups it touches.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::model::{Programme, Session, SessionId};

pub mod edits;
mod recount;

pub use edits::Edits;
pub use recount::{Resources, room_and_person_clashes};

/// Where and when a session takes place: what a move changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub date: NaiveDate,
    pub start: NaiveTime,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    /// Set only when the session ends on a later day than it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// The room, else the venue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
}

impl Slot {
    /// The slot of `s`, its room the session's place (the room, else the venue); none when it
    /// has no date or no start (such a session cannot be moved).
    pub fn of(s: &Session) -> Option<Slot> {
        let room = s.place().map(str::to_owned);
        Some(Slot { date: s.date?, start: s.start?, end: s.end, end_date: s.end_date, room })
    }

    /// Put `s` in this slot: its place only changes when the slot names another one; then the
    /// field that said it changes (the venue of a session with no room, else the room), so no
    /// stale venue is left beside a new room.
    pub fn put(&self, s: &mut Session) {
        s.date = Some(self.date);
        s.start = Some(self.start);
        s.end = self.end;
        s.end_date = self.end_date;
        if s.place() != self.room.as_deref() {
            if s.room.is_none() && s.extras.venue.is_some() {
                s.extras.make_mut().venue = self.room.clone();
            } else {
                s.room = self.room.clone();
            }
            if s.extras.place_as_stated.is_some() {
                s.extras.make_mut().place_as_stated = None;
            }
        }
    }

    /// The slot after `step`, its length kept; none when the arithmetic would overflow.
    pub fn stepped(&self, step: &Step) -> Option<Slot> {
        match step {
            Step::Later { seconds } => self.shifted(Duration::try_seconds(*seconds)?),
            Step::Days { days } => self.shifted(Duration::try_days(*days)?),
            Step::Room { room } => Some(Slot { room: room.clone(), ..self.clone() }),
        }
    }

    fn shifted(&self, by: Duration) -> Option<Slot> {
        let start = NaiveDateTime::new(self.date, self.start).checked_add_signed(by)?;
        let end = match self.end {
            Some(end) => Some(NaiveDateTime::new(self.end_date.unwrap_or(self.date), end).checked_add_signed(by)?),
            None => None,
        };
        Some(Slot {
            date: start.date(),
            start: start.time(),
            end: end.map(|e| e.time()),
            end_date: end.map(|e| e.date()).filter(|d| *d != start.date()),
            room: self.room.clone(),
        })
    }
}

/// One step of a move, as the grid's keys make them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Later by this many seconds (earlier when negative).
    Later { seconds: i64 },
    /// To another day, this many days on (back when negative), at the same time.
    Days { days: i64 },
    /// Into this room (none: no room).
    Room { room: Option<String> },
}

/// A session moved from one slot to another; its title as it was when the move was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    pub session: SessionId,
    pub title: String,
    pub from: Slot,
    pub to: Slot,
}

/// A move found on a session of the programme: the session's index and the move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub index: usize,
    pub mv: Move,
}

/// Why a move was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// No session of the programme has the move's id.
    Gone { mv: Move },
    /// The session is no longer in the slot the move was made from (the programme changed).
    Changed { mv: Move },
    /// An earlier move of the list moves the same session.
    Twice { mv: Move },
    /// The session is already where the move takes it (a programme the moves were applied to).
    AlreadyThere { mv: Move },
}

impl Skipped {
    /// The move not applied.
    pub fn mv(&self) -> &Move {
        match self {
            Skipped::Gone { mv } | Skipped::Changed { mv } | Skipped::Twice { mv } | Skipped::AlreadyThere { mv } => mv,
        }
    }
}

/// The moves of `moves` that apply to `p` (found in one pass over its sessions), and those that
/// do not, each in the list's order.
pub fn resolve(p: &Programme, moves: &[Move]) -> (Vec<Placed>, Vec<Skipped>) {
    let wanted: FxHashSet<&str> = moves.iter().map(|m| m.session.as_str()).collect();
    let found: FxHashMap<&str, usize> = p
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| wanted.contains(s.id.as_str()))
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let (mut placed, mut skipped) = (Vec::new(), Vec::new());
    let mut seen = FxHashSet::default();
    for mv in moves {
        let mv = mv.clone();
        match found.get(mv.session.as_str()) {
            None => skipped.push(Skipped::Gone { mv }),
            Some(_) if !seen.insert(mv.session.clone()) => skipped.push(Skipped::Twice { mv }),
            Some(&index) if Slot::of(&p.sessions[index]).as_ref() == Some(&mv.to) => {
                skipped.push(Skipped::AlreadyThere { mv })
            }
            Some(&index) if Slot::of(&p.sessions[index]).as_ref() != Some(&mv.from) => {
                skipped.push(Skipped::Changed { mv })
            }
            Some(&index) => placed.push(Placed { index, mv }),
        }
    }
    (placed, skipped)
}

/// Apply `moves` to `p`: each session that applies is put in its new slot; the others are
/// returned, not applied.
pub fn apply(p: &mut Programme, moves: &[Move]) -> Vec<Skipped> {
    let (placed, skipped) = resolve(p, moves);
    for Placed { index, mv } in &placed {
        mv.to.put(&mut p.sessions[*index]);
    }
    skipped
}

/// A programme seen with moves: the moved sessions in their new slots, the others as they are.
#[derive(Debug)]
pub struct Moved<'a> {
    pub programme: &'a Programme,
    moved: FxHashMap<usize, Session>,
}

impl<'a> Moved<'a> {
    /// `p` with the `placed` moves (found on `p` by [`resolve`]; one of another programme whose
    /// index `p` does not have is left out).
    pub fn new(programme: &'a Programme, placed: &[Placed]) -> Self {
        let moved = placed
            .iter()
            .filter_map(|Placed { index, mv }| {
                let mut s = programme.sessions.get(*index)?.clone();
                mv.to.put(&mut s);
                Some((*index, s))
            })
            .collect();
        Moved { programme, moved }
    }

    /// Session `i`, moved or not.
    pub fn session(&self, i: usize) -> &Session {
        self.moved.get(&i).unwrap_or(&self.programme.sessions[i])
    }

    /// Whether session `i` is moved.
    pub fn is_moved(&self, i: usize) -> bool {
        self.moved.contains_key(&i)
    }

    /// The moved sessions' indices, in no particular order.
    pub fn moved(&self) -> impl Iterator<Item = usize> + '_ {
        self.moved.keys().copied()
    }
}

#[cfg(test)]
#[path = "moves_tests.rs"]
mod tests;
