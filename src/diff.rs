//! What changed between two versions of a programme: sessions added, removed, moved (day, time
//! or room) and changed (title, people). Sessions are matched by id, else by title and start.
//! A version is anything that states those facts of its sessions ([`Version`]): a programme's
//! sessions, or the fingerprints the user last saw (`seen::Snapshot`).

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveTime};

use crate::model::{Programme, Session};
use crate::time::Range;

/// How a session changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Added,
    Removed,
    Moved,
    Changed,
}

impl Kind {
    /// The name used in text and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Moved => "moved",
            Kind::Changed => "changed",
        }
    }
}

/// One change: the session (new version, or old when removed) and what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: Kind,
    pub id: String,
    /// The old id when the session was matched by title and start under a new id.
    pub old_id: Option<String>,
    pub title: String,
    pub details: Vec<Detail>,
}

/// A session's day and time as a version states them (`None`: not published).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub day: Option<NaiveDate>,
    pub time: Option<Range>,
}

impl When {
    fn of(s: &impl Version) -> Self {
        When { day: s.date(), time: s.start().map(|a| Range::of_times(a, s.end())) }
    }
}

/// A session as one version of a programme states it: the facts compared between versions.
pub trait Version {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
    fn date(&self) -> Option<NaiveDate>;
    fn start(&self) -> Option<NaiveTime>;
    fn end(&self) -> Option<NaiveTime>;
    /// Where it takes place: the room, else the venue.
    fn place(&self) -> Option<&str>;
    /// Who takes part, in order: each name with the role as published (borrowed: only the
    /// people who changed are copied).
    fn people(&self) -> Vec<(&str, Option<&str>)>;
}

impl Version for Session {
    fn id(&self) -> &str {
        self.id.as_str()
    }
    fn title(&self) -> &str {
        &self.title
    }
    fn date(&self) -> Option<NaiveDate> {
        self.date
    }
    fn start(&self) -> Option<NaiveTime> {
        self.start
    }
    fn end(&self) -> Option<NaiveTime> {
        self.end
    }
    fn place(&self) -> Option<&str> {
        Session::place(self)
    }
    fn people(&self) -> Vec<(&str, Option<&str>)> {
        self.people.iter().map(|p| (p.name.as_str(), p.role.as_deref())).collect()
    }
}

/// Someone in a session, as compared between versions: the name and the role as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taking {
    pub name: String,
    pub role: Option<String>,
}

/// What is said about one change, as facts (`wording::programme::difference` says them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Where an added or removed session is (the place only for an added one).
    At {
        when: When,
        place: Option<String>,
    },
    Moved {
        was: When,
        now: When,
    },
    Room {
        was: Option<String>,
        now: Option<String>,
    },
    /// Matched by title and start under a new id: agendas keyed by the old one will miss it.
    Id {
        was: String,
    },
    Title {
        was: String,
    },
    PeopleGone(Vec<Taking>),
    PeopleNew(Vec<Taking>),
}

fn compare(old: &impl Version, new: &impl Version) -> Vec<Change> {
    let mut out = Vec::new();
    let mut moved = Vec::new();
    if (old.date(), old.start(), old.end()) != (new.date(), new.start(), new.end()) {
        moved.push(Detail::Moved { was: When::of(old), now: When::of(new) });
    }
    if old.place() != new.place() {
        moved.push(Detail::Room { was: old.place().map(str::to_owned), now: new.place().map(str::to_owned) });
    }
    let change = |kind, details: Vec<Detail>| Change {
        kind,
        id: new.id().to_owned(),
        old_id: (old.id() != new.id()).then(|| old.id().to_owned()),
        title: new.title().to_owned(),
        details,
    };
    if !moved.is_empty() {
        out.push(change(Kind::Moved, moved));
    }
    let mut changed = Vec::new();
    if old.id() != new.id() {
        changed.push(Detail::Id { was: old.id().to_owned() });
    }
    if old.title() != new.title() {
        changed.push(Detail::Title { was: old.title().to_owned() });
    }
    let (was, now) = (old.people(), new.people());
    let taking = |&(name, role): &(&str, Option<&str>)| Taking { name: name.to_owned(), role: role.map(str::to_owned) };
    let gone: Vec<Taking> = was.iter().filter(|p| !now.contains(p)).map(taking).collect();
    let came: Vec<Taking> = now.iter().filter(|p| !was.contains(p)).map(taking).collect();
    if !gone.is_empty() {
        changed.push(Detail::PeopleGone(gone));
    }
    if !came.is_empty() {
        changed.push(Detail::PeopleNew(came));
    }
    if !changed.is_empty() {
        out.push(change(Kind::Changed, changed));
    }
    out
}

/// The changes from `old` to `new`, in the new programme's order (removed sessions last).
pub fn diff(old: &Programme, new: &Programme) -> Vec<Change> {
    between(&old.sessions, &new.sessions)
}

/// The changes from the sessions of one version to another's, in the new version's order
/// (removed sessions last).
pub fn between<O: Version, N: Version>(old: &[O], new: &[N]) -> Vec<Change> {
    let by_id: HashMap<&str, &O> = old.iter().map(|s| (s.id(), s)).collect();
    let new_ids: HashSet<&str> = new.iter().map(|s| s.id()).collect();
    let fallback_key = |title: &str, date, start| (title.trim().to_lowercase(), date, start);
    let mut by_title: HashMap<_, &O> = old
        .iter()
        .filter(|s| !new_ids.contains(s.id()))
        .map(|s| (fallback_key(s.title(), s.date(), s.start()), s))
        .collect();
    let mut matched: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for s in new {
        let previous =
            by_id.get(s.id()).copied().or_else(|| by_title.remove(&fallback_key(s.title(), s.date(), s.start())));
        match previous {
            Some(o) => {
                matched.insert(o.id());
                out.extend(compare(o, s));
            }
            None => out.push(Change {
                kind: Kind::Added,
                id: s.id().to_owned(),
                old_id: None,
                title: s.title().to_owned(),
                details: vec![Detail::At { when: When::of(s), place: s.place().map(str::to_owned) }],
            }),
        }
    }
    for o in old.iter().filter(|o| !matched.contains(o.id())) {
        out.push(Change {
            kind: Kind::Removed,
            id: o.id().to_owned(),
            old_id: None,
            title: o.title().to_owned(),
            details: vec![Detail::At { when: When::of(o), place: None }],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn added_removed_moved_changed_and_renamed_ids() {
        let old = load::bundled(2021).unwrap().programme;
        let mut new = old.clone();
        new.sessions.retain(|s| s.id.as_str() != "2021-peace");
        let food = new.sessions.iter_mut().find(|s| s.id.as_str() == "2021-right-to-food").unwrap();
        food.start = chrono::NaiveTime::from_hms_opt(13, 0, 0);
        food.end = chrono::NaiveTime::from_hms_opt(15, 0, 0);
        food.people.remove(0);
        let apcad = new.sessions.iter_mut().find(|s| s.id.as_str() == "2021-unesco-apcad").unwrap();
        apcad.id.0 = "apcad-2021".into();
        let mut extra = new.sessions[0].clone();
        extra.id.0 = "2021-new".into();
        extra.title = "A new session".into();
        new.sessions.push(extra);
        let changes = diff(&old, &new);
        let kinds: Vec<(Kind, &str)> = changes.iter().map(|c| (c.kind, c.id.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Changed, "apcad-2021"),
                (Kind::Moved, "2021-right-to-food"),
                (Kind::Changed, "2021-right-to-food"),
                (Kind::Added, "2021-new"),
                (Kind::Removed, "2021-peace")
            ]
        );
        assert_eq!(changes[0].old_id.as_deref(), Some("2021-unesco-apcad"));
        let said: Vec<String> = changes[1].details.iter().map(crate::wording::programme::difference).collect();
        assert_eq!(said, ["was Sat 2021-10-09 10:00–12:00, now Sat 2021-10-09 13:00–15:00"]);
        assert!(matches!(&changes[2].details[0], Detail::PeopleGone(gone) if gone.len() == 1));
        assert!(crate::wording::programme::difference(&changes[2].details[0]).starts_with("no longer: "));
        let added = crate::wording::programme::difference(&changes[3].details[0]);
        assert_eq!(added, "Wed 2021-10-06 10:00–16:00", "no place published: none said");
        assert!(diff(&old, &old).is_empty());
    }
}
