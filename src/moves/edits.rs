//! The list of moves being made, with undo and redo. Each session has at most one move, from
//! the slot the programme gives it to where it is now: a second step of the same session changes
//! that move, and a step back to where it started removes it. Undo and redo go back and forth
//! over whole states of the list (a list is a few dozen moves at most).

use super::{Move, Placed, Slot, Step};
use crate::model::Programme;

/// Why a step was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The session has no date or no start.
    NoSlot,
    /// The new time would be out of the calendar's range.
    OutOfRange,
}

/// The moves made, and the states of the list to go back and forth to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edits {
    placed: Vec<Placed>,
    undo: Vec<Vec<Placed>>,
    redo: Vec<Vec<Placed>>,
}

impl Edits {
    /// Start from the moves `placed` (as reapplied from the last run), with nothing to undo.
    pub fn new(placed: Vec<Placed>) -> Self {
        Edits { placed, undo: Vec::new(), redo: Vec::new() }
    }

    /// The moves, in the order their sessions were first moved.
    pub fn placed(&self) -> &[Placed] {
        &self.placed
    }

    /// The moves, as they are saved.
    pub fn moves(&self) -> Vec<Move> {
        self.placed.iter().map(|p| p.mv.clone()).collect()
    }

    /// Where session `i` of `p` is now: where a move put it, else where the programme has it.
    pub fn slot(&self, p: &Programme, i: usize) -> Option<Slot> {
        match self.placed.iter().find(|m| m.index == i) {
            Some(m) => Some(m.mv.to.clone()),
            None => Slot::of(p.sessions.get(i)?),
        }
    }

    /// Move session `i` of `p` by `step`; its new slot.
    pub fn step(&mut self, p: &Programme, i: usize, step: &Step) -> Result<Slot, Refused> {
        let now = self.slot(p, i).ok_or(Refused::NoSlot)?;
        let next = now.stepped(step).ok_or(Refused::OutOfRange)?;
        if next == now {
            return Ok(next);
        }
        self.undo.push(self.placed.clone());
        self.redo.clear();
        match self.placed.iter().position(|m| m.index == i) {
            Some(k) if self.placed[k].mv.from == next => {
                self.placed.remove(k);
            }
            Some(k) => self.placed[k].mv.to = next.clone(),
            None => {
                let s = &p.sessions[i];
                let mv = Move { session: s.id.clone(), title: s.title.clone(), from: now, to: next.clone() };
                self.placed.push(Placed { index: i, mv });
            }
        }
        Ok(next)
    }

    /// Take every move back, as one step that undo brings back; whether there was any.
    pub fn clear(&mut self) -> bool {
        if self.placed.is_empty() {
            return false;
        }
        self.undo.push(std::mem::take(&mut self.placed));
        self.redo.clear();
        true
    }

    /// Go back one step; the session it moved back (none when there was nothing to undo, or
    /// the step was a clear).
    pub fn undo(&mut self) -> Option<Option<usize>> {
        let before = self.undo.pop()?;
        let changed = changed(&self.placed, &before);
        self.redo.push(std::mem::replace(&mut self.placed, before));
        Some(changed)
    }

    /// Take the step undone last again; the session it moves.
    pub fn redo(&mut self) -> Option<Option<usize>> {
        let after = self.redo.pop()?;
        let changed = changed(&self.placed, &after);
        self.undo.push(std::mem::replace(&mut self.placed, after));
        Some(changed)
    }

    /// Whether there is a step to undo, and one to redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// The one session whose move differs between `a` and `b`, when one does: a step changes,
/// adds (at the end) or removes one move and keeps the others in order, so it is at the first
/// place the lists differ.
fn changed(a: &[Placed], b: &[Placed]) -> Option<usize> {
    if a.len().abs_diff(b.len()) > 1 {
        return None;
    }
    let k = a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let longer = if b.len() > a.len() { b } else { a };
    longer.get(k).map(|m| m.index)
}
