//! What changed since the user last looked, as the app keeps it: the changes grouped by kind (new,
//! moved, changed, cancelled), each session's mark for the list (found in O(1) per row), and the
//! cursor of the Changes screen. [`look`] diffs the programme shown against the version last seen
//! and calls [`attach`]; call it again after the programme is replaced (a refresh).

use crate::diff::{Change, Kind};
use crate::store::seen::{Look, SeenStore};
use crate::wording;

use super::data::Data;
use super::notice_log::Level;
use super::state::State;

/// A session's mark in the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mark {
    #[default]
    None,
    New,
    Moved,
    Changed,
}

impl Mark {
    /// The one-column glyph the list shows (a blank for none).
    pub fn glyph(self) -> &'static str {
        match self {
            Mark::None => " ",
            Mark::New => "+",
            Mark::Moved => "»",
            Mark::Changed => "~",
        }
    }
}

/// The order of the groups on the Changes screen.
pub const GROUPS: [Kind; 4] = [Kind::Added, Kind::Moved, Kind::Changed, Kind::Removed];

/// The changes since the version last seen, as the app shows them.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// Grouped in [`GROUPS`] order, each group in the programme's order.
    list: Vec<Change>,
    /// Each group present: its kind, its first entry and how many entries it has.
    groups: Vec<(Kind, usize, usize)>,
    /// Each session's mark, by its index in the programme (empty when nothing changed).
    marks: Vec<Mark>,
    /// The entry under the Changes screen's cursor.
    pub cursor: usize,
    /// The screen the Changes screen was opened from, where Esc goes back to.
    pub behind: super::mode::Mode,
}

impl Changes {
    /// The changes, grouped.
    pub fn list(&self) -> &[Change] {
        &self.list
    }

    /// How many changes there are.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The mark of session `i` (its index in the programme).
    pub fn mark(&self, i: usize) -> Mark {
        self.marks.get(i).copied().unwrap_or_default()
    }

    /// Whether any session of the programme is marked (the list then keeps a column for marks).
    pub fn any_marked(&self) -> bool {
        !self.marks.is_empty()
    }

    /// The cancellation of session `id`, when it was cancelled since the version seen.
    pub fn cancelled(&self, id: &str) -> Option<&Change> {
        self.list.iter().rev().take_while(|c| c.kind == Kind::Removed).find(|c| c.id == id)
    }

    /// Each group present: its kind, its first entry and how many entries it has.
    pub fn groups(&self) -> &[(Kind, usize, usize)] {
        &self.groups
    }

    /// The row entry `i` is drawn on, below its group's heading.
    pub fn row_of(&self, i: usize) -> usize {
        i + self.groups.iter().filter(|(_, first, _)| *first <= i).count()
    }

    /// How many rows the list takes: the entries and a heading per group.
    pub fn rows(&self) -> usize {
        self.list.len() + self.groups.len()
    }

    /// What row `row` holds: a group's heading (`Err` with the group) or an entry (`Ok`).
    pub fn at_row(&self, row: usize) -> Option<Result<usize, (Kind, usize)>> {
        let mut heading = 0;
        for &(kind, first, n) in &self.groups {
            if row == heading {
                return Some(Err((kind, n)));
            }
            if row <= heading + n {
                return Some(Ok(first + row - heading - 1));
            }
            heading += n + 1;
        }
        None
    }
}

fn groups_of(list: &[Change]) -> Vec<(Kind, usize, usize)> {
    let mut out: Vec<(Kind, usize, usize)> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        match out.last_mut() {
            Some((kind, _, n)) if *kind == c.kind => *n += 1,
            _ => out.push((c.kind, i, 1)),
        }
    }
    out
}

/// Put `changes` (of the programme in `data`) in the state: grouped, each session's mark found,
/// the cursor at the top. A session both moved and changed shows as moved.
pub fn attach(state: &mut State, data: &Data, mut changes: Vec<Change>) {
    changes.sort_by_key(|c| GROUPS.iter().position(|k| *k == c.kind));
    let mut marks = Vec::new();
    if changes.iter().any(|c| c.kind != Kind::Removed) {
        let p = &data.programme;
        let index: std::collections::HashMap<&str, usize> =
            p.sessions.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        marks = vec![Mark::None; p.sessions.len()];
        for c in &changes {
            let mark = match c.kind {
                Kind::Added => Mark::New,
                Kind::Moved => Mark::Moved,
                Kind::Changed => Mark::Changed,
                Kind::Removed => continue,
            };
            if let Some(&i) = index.get(c.id.as_str())
                && marks[i] != Mark::Moved
            {
                marks[i] = mark;
            }
        }
    }
    let behind = state.changes.behind;
    let groups = groups_of(&changes);
    state.changes = Changes { list: changes, groups, marks, cursor: 0, behind };
}

/// Diff the programme in `data` against the version last seen in `store` and take the result
/// in ([`taken`]); without a store nothing is marked. Reads and compares on this thread: the app
/// has the worker do it ([`super::live::Worker::look`]).
pub fn look(state: &mut State, data: &Data, store: Option<&SeenStore>) {
    match store {
        Some(store) => taken(state, data, store.look(&data.programme)),
        None => attach(state, data, Vec::new()),
    }
}

/// Take in a look at the programme in `data`: attach its changes and announce the cancelled
/// sessions of the agenda (a warning each, naming it). The first look recorded the programme as
/// seen and marks nothing.
pub fn taken(state: &mut State, data: &Data, look: Look) {
    if let Some(notice) = &look.notice {
        state.report(super::agenda_level(notice), wording::agenda::seen_notice(notice));
    }
    attach(state, data, look.changes);
    let zone = super::screen::changes::other_zone(state, data);
    let cancelled: Vec<String> = state
        .changes
        .list()
        .iter()
        .filter(|c| c.kind == Kind::Removed)
        .filter_map(|c| {
            let (_, item) = state.agenda.marked().find(|(id, _)| **id == c.id)?;
            Some(wording::programme::cancelled_in_agenda(&c.title, &item.seen, zone.as_deref()))
        })
        .collect();
    for text in cancelled.into_iter().rev() {
        state.report(Level::Warning, text);
    }
}

/// Record the programme shown as seen and clear the marks; a failure is reported and the marks
/// stay.
pub fn mark_all_seen(state: &mut State, data: &Data, store: Option<&SeenStore>) {
    let n = state.changes.len();
    let saved = store.map(|s| s.save(&data.programme)).transpose();
    match saved {
        Ok(_) => {
            attach(state, data, Vec::new());
            state.notice = Some(wording::NOTICE_ALL_SEEN.say(&[("changes", &wording::CHANGES.of(n))]));
        }
        Err(e) => {
            let reason = wording::agenda::not_saved(&e.path, &e.source);
            state.report(Level::Error, wording::NOTICE_SEEN_NOT_SAVED.say(&[("reason", &reason)]))
        }
    }
}
