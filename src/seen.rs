//! What the user last saw of a programme: a compact fingerprint of each session (id, title, day,
//! times, place, people and their roles), enough for `diff` to say what changed since. It is
//! written straight from the programme (borrowed, nothing copied) and read back only to be
//! compared; `store::seen` keeps it on disk, one file per programme.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::diff::{self, Change, Version};
use crate::model::{Programme, Session};

/// The layout of a snapshot; a file of another version is set aside as unreadable.
pub const VERSION: u32 = 1;

/// One session as the user last saw it. The keys are one letter: a programme of 100,000
/// sessions keeps as many.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fingerprint {
    #[serde(rename = "i")]
    pub id: String,
    #[serde(rename = "t")]
    pub title: String,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveTime>,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Each person's name and role as published.
    #[serde(rename = "w", default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<(String, Option<String>)>,
}

impl Version for Fingerprint {
    fn id(&self) -> &str {
        &self.id
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
        self.place.as_deref()
    }
    fn people(&self) -> Vec<(&str, Option<&str>)> {
        self.people.iter().map(|(name, role)| (name.as_str(), role.as_deref())).collect()
    }
}

/// What the user last saw of one programme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub version: u32,
    /// The programme's id: a file found under another programme's name is not its snapshot.
    pub programme: String,
    pub sessions: Vec<Fingerprint>,
}

impl Snapshot {
    /// What changed from this version to `now`, as `diff::diff` says it of two programmes.
    pub fn changes(&self, now: &Programme) -> Vec<Change> {
        diff::between(&self.sessions, &now.sessions)
    }

    /// A snapshot's contents; the error is the parser's words.
    pub fn parse(bytes: &[u8]) -> Result<Snapshot, String> {
        let snapshot: Snapshot = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
        if snapshot.version != VERSION {
            return Err(format!("version {} is not one this whrcf reads ({VERSION})", snapshot.version));
        }
        Ok(snapshot)
    }
}

/// A session's fingerprint as written, borrowed from the programme.
#[derive(Serialize)]
struct Written<'a> {
    i: &'a str,
    t: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    d: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    s: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    e: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    p: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    w: Vec<(&'a str, Option<&'a str>)>,
}

impl<'a> Written<'a> {
    fn of(s: &'a Session) -> Self {
        let w = s.people.iter().map(|p| (p.name.as_str(), p.role.as_deref())).collect();
        Written { i: s.id.as_str(), t: &s.title, d: s.date, s: s.start, e: s.end, p: s.place(), w }
    }
}

/// The snapshot of `programme` as it is now, as bytes to keep (one session a line).
pub fn render(programme: &Programme) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + programme.sessions.len() * 96);
    let head = serde_json::json!({ "version": VERSION, "programme": programme.id });
    let head = head.to_string();
    out.extend_from_slice(&head.as_bytes()[..head.len() - 1]);
    out.extend_from_slice(b",\"sessions\":[");
    for (n, s) in programme.sessions.iter().enumerate() {
        out.extend_from_slice(if n == 0 { b"\n" } else { b",\n" });
        // A fingerprint of strings, dates and times always serialises.
        let _ = serde_json::to_writer(&mut out, &Written::of(s));
    }
    out.extend_from_slice(b"\n]}\n");
    out
}

#[cfg(test)]
#[path = "seen_tests.rs"]
mod tests;
