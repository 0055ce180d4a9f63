//! Clashes in a programme, found by sort-and-sweep (never a pass over all pairs): rooms or
//! people booked twice, organizers running overlapping sessions, sessions outside the days or
//! without a proper length, and (with a buffer) people with too little time to change rooms.
//! Intervals that only touch (one ends 15:00, the next starts 15:00) do not clash.

use std::fmt;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::model::{Programme, Session};

/// What kind of clash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Room,
    Person,
    PossiblePerson,
    Organizer,
    Dates,
    Length,
    Buffer,
}

impl Kind {
    /// The name used in JSON and `--only`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Room => "room",
            Kind::Person => "person",
            Kind::PossiblePerson => "possible-person",
            Kind::Organizer => "organizer",
            Kind::Dates => "dates",
            Kind::Length => "length",
            Kind::Buffer => "buffer",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One clash: its kind, the shared resource, the sessions (indices into the programme) and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub kind: Kind,
    /// The room, person or organizer shared; the session's title for date and length problems.
    pub resource: String,
    pub sessions: Vec<usize>,
    pub start: Option<DateTime<Tz>>,
    pub end: Option<DateTime<Tz>>,
    /// The particulars, as facts (`wording::programme::clash` says them).
    pub detail: Detail,
}

impl Clash {
    /// Whether this is a warning about one session rather than a clash: a start without an end
    /// cannot be checked against anything, so it is reported apart and never counted as a clash.
    pub fn is_warning(&self) -> bool {
        matches!(self.detail, Detail::NoEnd)
    }
}

/// What a clash is about, beyond its kind, resource and sessions: the facts its sentence needs.
/// Titles and rooms are read from the sessions; the shared name is the clash's resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// Both sessions are in the room.
    SameRoom,
    /// The person is in both sessions, with these roles (as published).
    SamePerson { roles: [Option<String>; 2] },
    /// Two spellings that may name one person, one in each session.
    MaybeSamePerson { names: [String; 2] },
    /// The organizer organizes both sessions.
    SameOrganizer,
    /// The session's date is outside the programme's days.
    OutsideDays { date: NaiveDate },
    /// The session ends before (or when) it starts.
    EndsBeforeStart { start: NaiveTime, end: NaiveTime },
    /// The session has a start but no end.
    NoEnd,
    /// The person has this many minutes to get from the first session's place to the second's.
    NoTimeToChange { minutes: i64 },
}

/// Which checks to run.
#[derive(Debug, Clone)]
pub struct Checks {
    pub rooms: bool,
    pub people: bool,
    pub organizers: bool,
    pub dates: bool,
    /// Report people with less than this between sessions in different rooms.
    pub buffer: Option<Duration>,
}

impl Default for Checks {
    fn default() -> Self {
        Checks { rooms: true, people: true, organizers: true, dates: true, buffer: None }
    }
}

/// A timed session: start and end in seconds since the epoch, and its index.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub start: i64,
    pub end: i64,
    pub session: usize,
}

/// Name key for matching people: case, spacing and word order do not matter.
pub fn strict_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    words.sort_unstable();
    words.join(" ")
}

/// A character for the loose key: punctuation dropped, accents removed (the base letter kept).
pub fn loose_char(c: char) -> Option<char> {
    if matches!(c, '-' | '.' | '\'' | '’' | ',') {
        return None;
    }
    if c.is_ascii() {
        return Some(c);
    }
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    base.or(Some(c))
}

/// The timed sessions (start before end), by session index. A programme has few distinct
/// (date, time) pairs, so each is converted to an instant once.
pub fn spans_of(p: &Programme) -> Vec<Option<Span>> {
    let mut instants: rustc_hash::FxHashMap<(NaiveDate, NaiveTime), i64> = rustc_hash::FxHashMap::default();
    let mut instant = |date: NaiveDate, time: NaiveTime| {
        *instants.entry((date, time)).or_insert_with(|| crate::time::instant(p.timezone, date, time).timestamp())
    };
    p.sessions.iter().enumerate().map(|(i, s)| span(s, i, &mut instant)).collect()
}

/// Session `s`'s span (`i` its index), when it has a start and an end after it: what the checks
/// compare. `instant` gives the seconds since the epoch of a date and time in the programme's zone.
pub fn span(s: &Session, i: usize, mut instant: impl FnMut(NaiveDate, NaiveTime) -> i64) -> Option<Span> {
    let start = instant(s.date?, s.start?);
    let end = instant(s.end_date.or(s.date)?, s.end?);
    (end > start).then_some(Span { start, end, session: i })
}

/// The key rooms (and organizers) are matched by, whatever their case and spacing: two rooms
/// are one when their keys are equal.
pub fn place_key(name: &str) -> u64 {
    group::words_key(name, Some)
}

/// The key people are matched by for person clashes, whatever their case, spacing and word order.
pub fn person_key(name: &str) -> u64 {
    group::words_key(name, Some)
}

pub(crate) fn at(p: &Programme, t: i64) -> Option<DateTime<Tz>> {
    DateTime::from_timestamp(t, 0).map(|t| t.with_timezone(&p.timezone))
}

#[cfg(test)]
#[path = "clash_tests.rs"]
mod tests;

mod find;
mod group;
pub use find::find;
pub use group::{Groups, Member, group_by, pairs};
