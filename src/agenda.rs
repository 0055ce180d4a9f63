//! The personal agenda: marked sessions with a status, a note and a fingerprint of what the user
//! saw, kept per programme id. Removals are kept as tombstones so that merging two copies (two
//! open terminals) never brings a removed mark back or loses a new one: per session, the most
//! recent change wins.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::Session;

/// What the user means to do about a marked session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Planned,
    Attended,
    Skipped,
}

impl Status {
    /// The name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Attended => "attended",
            Status::Skipped => "skipped",
        }
    }

    /// planned -> attended -> skipped -> planned.
    pub fn cycle(self) -> Status {
        match self {
            Status::Planned => Status::Attended,
            Status::Attended => Status::Skipped,
            Status::Skipped => Status::Planned,
        }
    }

    /// A status by name.
    pub fn parse(s: &str) -> Option<Status> {
        [Status::Planned, Status::Attended, Status::Skipped].into_iter().find(|v| v.as_str() == s)
    }
}

/// What the user saw of a session when marking it, to tell them later what changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seen {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
}

impl Seen {
    /// The fingerprint of a session as it is now.
    pub fn of(s: &Session) -> Seen {
        Seen { title: s.title.clone(), day: s.date, start: s.start, end: s.end, room: s.place().map(str::to_owned) }
    }
}

/// One agenda entry (or the tombstone of a removed one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When this entry last changed; the later change wins a merge.
    pub updated: DateTime<Utc>,
    /// Unmarked: kept so that a merge does not bring the mark back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
    pub seen: Seen,
    /// The version of the session last given to a calendar (iCalendar export).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported: Option<Exported>,
}

/// A session's version as exported to calendars: its SEQUENCE grows each time what a calendar
/// shows of it (time, room, status) changes, so that re-importing the file moves the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exported {
    pub sequence: u32,
    /// A stable hash of the time, room and status exported.
    pub fingerprint: String,
    /// When this version was first exported (LAST-MODIFIED).
    pub at: DateTime<Utc>,
}

/// The agenda of one programme: session id -> entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    #[serde(default)]
    pub items: BTreeMap<String, Item>,
}

impl Agenda {
    /// Whether the session is marked.
    pub fn is_marked(&self, id: &str) -> bool {
        self.items.get(id).is_some_and(|i| !i.removed)
    }

    /// The marked entries (not the tombstones).
    pub fn marked(&self) -> impl Iterator<Item = (&String, &Item)> {
        self.items.iter().filter(|(_, i)| !i.removed)
    }

    /// How many sessions are marked.
    pub fn len(&self) -> usize {
        self.marked().count()
    }

    /// Whether nothing is marked.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Mark a session, remembering what it looks like now: as planned, or, when it was marked
    /// before and removed, with the status and note it had (removing and re-adding loses nothing).
    pub fn add(&mut self, session: &Session, now: DateTime<Utc>) {
        let (status, note, exported) = match self.items.remove(session.id.as_str()) {
            Some(old) => (old.status, old.note, old.exported),
            None => (Status::Planned, None, None),
        };
        let item = Item { status, note, updated: now, removed: false, seen: Seen::of(session), exported };
        self.items.insert(session.id.0.clone(), item);
    }

    /// Unmark a session; false when it was not marked.
    pub fn remove(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        match self.items.get_mut(id) {
            Some(item) if !item.removed => {
                item.removed = true;
                item.updated = now;
                true
            }
            _ => false,
        }
    }

    /// Bring back a removed mark exactly as it was (status, note, what the user saw); false when
    /// there is no removed mark of that id.
    pub fn restore(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        match self.items.get_mut(id) {
            Some(item) if item.removed => {
                item.removed = false;
                item.updated = now;
                true
            }
            _ => false,
        }
    }

    /// Mark or unmark; returns whether the session is now marked.
    pub fn toggle(&mut self, session: &Session, now: DateTime<Utc>) -> bool {
        if self.remove(session.id.as_str(), now) {
            false
        } else {
            self.add(session, now);
            true
        }
    }

    /// Unmark everything.
    pub fn clear(&mut self, now: DateTime<Utc>) {
        let ids: Vec<String> = self.marked().map(|(id, _)| id.clone()).collect();
        for id in ids {
            self.remove(&id, now);
        }
    }

    /// Change a marked session's status (and accept what it looks like now); false when not marked.
    pub fn set_status(&mut self, id: &str, status: Status, now: DateTime<Utc>, current: Option<&Session>) -> bool {
        self.edit(id, now, current, |item| item.status = status)
    }

    /// Set or clear a marked session's note; false when not marked.
    pub fn set_note(&mut self, id: &str, note: Option<String>, now: DateTime<Utc>) -> bool {
        let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        self.edit(id, now, None, |item| item.note = note)
    }

    fn edit(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        current: Option<&Session>,
        change: impl FnOnce(&mut Item),
    ) -> bool {
        match self.items.get_mut(id) {
            Some(item) if !item.removed => {
                change(item);
                if let Some(s) = current {
                    item.seen = Seen::of(s);
                }
                item.updated = now;
                true
            }
            _ => false,
        }
    }

    /// Both agendas together: per session, the most recent change wins; between two copies of
    /// the same change, the one exported to calendars later (its version is not a change of the
    /// user's); full ties keep `self`.
    pub fn merged(&self, other: &Agenda) -> Agenda {
        let mut items = self.items.clone();
        let order = |i: &Item| (i.updated, i.exported.as_ref().map(|e| (e.sequence, e.at)));
        for (id, theirs) in &other.items {
            match items.get(id) {
                Some(ours) if order(ours) >= order(theirs) => {}
                _ => {
                    items.insert(id.clone(), theirs.clone());
                }
            }
        }
        Agenda { items }
    }
}

/// The agenda file: one agenda per programme id, so programmes never touch each other. Unknown
/// keys make the file corrupt (it is then kept aside), so a typo never drops entries silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaFile {
    #[serde(default = "version")]
    pub version: u32,
    #[serde(default)]
    pub programmes: BTreeMap<String, Agenda>,
}

fn version() -> u32 {
    1
}

impl Default for AgendaFile {
    fn default() -> Self {
        AgendaFile { version: version(), programmes: BTreeMap::new() }
    }
}

impl AgendaFile {
    /// Both files together, programme by programme.
    pub fn merged(&self, other: &AgendaFile) -> AgendaFile {
        let mut programmes = self.programmes.clone();
        for (id, theirs) in &other.programmes {
            let merged = programmes.get(id).map_or_else(|| theirs.clone(), |ours| ours.merged(theirs));
            programmes.insert(id.clone(), merged);
        }
        AgendaFile { version: version(), programmes }
    }
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
