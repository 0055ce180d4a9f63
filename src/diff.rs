//! What changed between two versions of a programme: sessions added, removed, moved (day, time
//! or room) and changed (title, people). Sessions are matched by id, else by title and start.

use std::collections::{HashMap, HashSet};

use crate::model::{Programme, Session};

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
    pub details: Vec<String>,
}

fn when(s: &Session) -> String {
    let day = s.date.map_or("no date".to_owned(), |d| d.format("%a %Y-%m-%d").to_string());
    let time = s.start.map(|a| format!(" {}", crate::time::Range::of_times(a, s.end))).unwrap_or_default();
    format!("{day}{time}")
}

fn people(s: &Session) -> Vec<String> {
    s.people.iter().map(|p| format!("{} ({})", p.name, p.role.as_deref().unwrap_or("no role"))).collect()
}

fn compare(old: &Session, new: &Session) -> Vec<Change> {
    let mut out = Vec::new();
    let mut moved = Vec::new();
    if (old.date, old.start, old.end) != (new.date, new.start, new.end) {
        moved.push(format!("was {}, now {}", when(old), when(new)));
    }
    if old.place() != new.place() {
        let place = |s: &Session| s.place().unwrap_or("no room").to_owned();
        moved.push(format!("room was {}, now {}", place(old), place(new)));
    }
    let change = |kind, details: Vec<String>| Change {
        kind,
        id: new.id.0.clone(),
        old_id: (old.id != new.id).then(|| old.id.0.clone()),
        title: new.title.clone(),
        details: shown(details),
    };
    if !moved.is_empty() {
        out.push(change(Kind::Moved, moved));
    }
    let mut changed = Vec::new();
    if old.id != new.id {
        changed.push(format!("id was `{}` (agendas keyed by the old id will show it as removed)", old.id));
    }
    if old.title != new.title {
        changed.push(format!("title was \"{}\"", old.title));
    }
    let (was, now) = (people(old), people(new));
    let gone: Vec<&String> = was.iter().filter(|p| !now.contains(p)).collect();
    let came: Vec<&String> = now.iter().filter(|p| !was.contains(p)).collect();
    if !gone.is_empty() {
        changed.push(format!("no longer: {}", gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")));
    }
    if !came.is_empty() {
        changed.push(format!("new: {}", came.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")));
    }
    if !changed.is_empty() {
        out.push(change(Kind::Changed, changed));
    }
    out
}

/// The changes from `old` to `new`, in the new programme's order (removed sessions last).
/// Sentences that quote the files, showing any control they quote (`\u{1b}`) rather than
/// carrying it: a quoted field can neither end the sentence's line nor swallow the rest of it.
fn shown(details: Vec<String>) -> Vec<String> {
    details.into_iter().map(|d| crate::sanitize::visible(&d).into_owned()).collect()
}

pub fn diff(old: &Programme, new: &Programme) -> Vec<Change> {
    let by_id: HashMap<&str, &Session> = old.sessions.iter().map(|s| (s.id.as_str(), s)).collect();
    let new_ids: HashSet<&str> = new.sessions.iter().map(|s| s.id.as_str()).collect();
    let fallback_key = |s: &Session| (s.title.trim().to_lowercase(), s.date, s.start);
    let mut by_title: HashMap<_, &Session> =
        old.sessions.iter().filter(|s| !new_ids.contains(s.id.as_str())).map(|s| (fallback_key(s), s)).collect();
    let mut matched: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    for s in &new.sessions {
        let previous = by_id.get(s.id.as_str()).copied().or_else(|| by_title.remove(&fallback_key(s)));
        match previous {
            Some(o) => {
                matched.insert(o.id.as_str());
                out.extend(compare(o, s));
            }
            None => out.push(Change {
                kind: Kind::Added,
                id: s.id.0.clone(),
                old_id: None,
                title: s.title.clone(),
                details: shown(vec![format!(
                    "{}{}",
                    when(s),
                    s.place().map(|r| format!(" in {r}")).unwrap_or_default()
                )]),
            }),
        }
    }
    for o in old.sessions.iter().filter(|o| !matched.contains(o.id.as_str())) {
        out.push(Change {
            kind: Kind::Removed,
            id: o.id.0.clone(),
            old_id: None,
            title: o.title.clone(),
            details: vec![when(o)],
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
        assert_eq!(changes[1].details, vec!["was Sat 2021-10-09 10:00–12:00, now Sat 2021-10-09 13:00–15:00"]);
        assert!(changes[2].details[0].starts_with("no longer: "));
        assert!(diff(&old, &old).is_empty());
    }
}
