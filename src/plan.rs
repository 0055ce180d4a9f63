//! The agenda against the programme: what changed since the user marked each session
//! (reconciliation), and the day plan: time order, free time, clashes and tight changes.

use chrono::{DateTime, Duration, NaiveDate};
use chrono_tz::Tz;

use crate::agenda::{Agenda, Item, Seen, Status};
use crate::model::{Programme, Session};
use crate::time::Range;

/// A marked session, its entry, the session as it is now (if still there) and what changed.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub item: &'a Item,
    pub session: Option<&'a Session>,
    /// What differs from what the user saw when marking it; empty when nothing changed.
    pub changes: Vec<Change>,
}

/// One difference between what the user saw and the session now (`None`: not published).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Day { was: Option<NaiveDate>, now: Option<NaiveDate> },
    Time { was: Option<Range>, now: Option<Range> },
    Room { was: Option<String>, now: Option<String> },
    Title { was: String },
}

/// What differs between what the user saw and the session now.
pub fn changes(seen: &Seen, s: &Session) -> Vec<Change> {
    let now = Seen::of(s);
    let mut out = Vec::new();
    if seen.day != now.day {
        out.push(Change::Day { was: seen.day, now: now.day });
    }
    if (seen.start, seen.end) != (now.start, now.end) {
        let range = |seen: &Seen| seen.start.map(|start| Range::of_times(start, seen.end));
        out.push(Change::Time { was: range(seen), now: range(&now) });
    }
    // Text is compared as it is shown: the app remembers what it drew (neutralised), the command
    // line what the file says, and a difference only in controls is no change to anyone.
    let shown = |t: &Option<String>| t.as_deref().map(crate::sanitize::line);
    if shown(&seen.room) != shown(&now.room) {
        out.push(Change::Room { was: seen.room.clone(), now: now.room });
    }
    if crate::sanitize::line(&seen.title) != crate::sanitize::line(&now.title) {
        out.push(Change::Title { was: seen.title.clone() });
    }
    out
}

/// Every marked session of `agenda` against `programme`, in agenda order.
pub fn entries<'a>(programme: &'a Programme, agenda: &'a Agenda) -> Vec<Entry<'a>> {
    agenda
        .marked()
        .map(|(id, item)| {
            let session = programme.session(id);
            let changes = session.map(|s| changes(&item.seen, s)).unwrap_or_default();
            Entry { id, item, session, changes }
        })
        .collect()
}

/// One timed agenda row of the plan.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub entry: Entry<'a>,
    /// The conference day it is on: a night session (00:50 after Friday's programme) is on the
    /// day it follows, as the programme lists it.
    pub day: NaiveDate,
    pub start: DateTime<Tz>,
    pub end: Option<DateTime<Tz>>,
    /// Free time from this session's end to the next session of the same day that takes time
    /// (skipped sessions take none, so the free time is told under the session before them).
    pub free_after: Option<Duration>,
    /// The other marked sessions it overlaps.
    pub overlaps: Vec<Overlap<'a>>,
    /// A change of room with less than the travel buffer.
    pub tight: Option<Tight<'a>>,
}

/// Another marked session a row overlaps: its title (or id, when gone) and its time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap<'a> {
    pub title: &'a str,
    pub range: Range,
}

/// Too little time to change rooms: how long there is, and from which place to which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tight<'a> {
    pub gap: Duration,
    pub from: &'a str,
    pub to: &'a str,
}

/// The agenda as a plan.
#[derive(Debug, Clone, Default)]
pub struct Plan<'a> {
    /// Sessions with a published time, in time order.
    pub timed: Vec<Row<'a>>,
    /// Sessions still in the programme but without a published time.
    pub untimed: Vec<Entry<'a>>,
    /// Sessions no longer in the programme.
    pub gone: Vec<Entry<'a>>,
}

/// Time order, free time, overlaps and tight room changes (skipped sessions take no time).
pub fn plan<'a>(programme: &'a Programme, agenda: &'a Agenda, buffer: Duration, zone: Tz) -> Plan<'a> {
    let tz = programme.timezone;
    let mut out = Plan::default();
    for entry in entries(programme, agenda) {
        match entry.session {
            None => out.gone.push(entry),
            Some(s) => match s.start_at(tz) {
                None => out.untimed.push(entry),
                Some(start) => out.timed.push(Row {
                    day: programme.day_of(s).unwrap_or(start.date_naive()),
                    start: start.with_timezone(&zone),
                    end: s.end_at(tz).map(|e| e.with_timezone(&zone)),
                    entry,
                    free_after: None,
                    overlaps: Vec::new(),
                    tight: None,
                }),
            },
        }
    }
    out.timed.sort_by_key(|r| (r.start, r.end));
    let busy: Vec<usize> =
        (0..out.timed.len()).filter(|&i| out.timed[i].entry.item.status != Status::Skipped).collect();
    // Sweep: rows still running when a row starts overlap it.
    let mut active: Vec<usize> = Vec::new();
    for &i in &busy {
        let start = out.timed[i].start;
        active.retain(|&a| out.timed[a].end.is_some_and(|e| e > start));
        for &a in &active {
            let (x, y) = (overlap(&out.timed[a]), overlap(&out.timed[i]));
            out.timed[a].overlaps.push(y);
            out.timed[i].overlaps.push(x);
        }
        if out.timed[i].end.is_some_and(|e| e > start) {
            active.push(i);
        }
    }
    for pair in busy.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(end) = out.timed[a].end else { continue };
        let gap = out.timed[b].start - end;
        if gap < Duration::zero() || out.timed[a].day != out.timed[b].day {
            continue;
        }
        let (pa, pb) = (place(&out.timed[a]), place(&out.timed[b]));
        if let (Some(pa), Some(pb)) = (pa, pb)
            && gap < buffer
            && pa != pb
        {
            out.timed[b].tight = Some(Tight { gap, from: pa, to: pb });
        }
    }
    free_time(&mut out.timed, &busy);
    out
}

/// The free time of each day: from the latest end so far to the next start, told under the row
/// that ends then, so it is true from that row's end (a shorter session inside a longer one does
/// not free the time the longer one still takes). After a session without an end nothing is
/// known until the next session with one.
fn free_time(rows: &mut [Row<'_>], busy: &[usize]) {
    let mut day = None;
    let mut latest: Option<usize> = None;
    for &b in busy {
        let (start, end) = (rows[b].start, rows[b].end);
        if day != Some(rows[b].day) {
            (day, latest) = (Some(rows[b].day), None);
        }
        if let Some(a) = latest
            && let Some(a_end) = rows[a].end
            && start > a_end
        {
            rows[a].free_after = Some(start - a_end);
        }
        latest = match (latest.and_then(|a| rows[a].end), end) {
            (_, None) => None,
            (Some(l), Some(e)) if e <= l => latest,
            (_, Some(_)) => Some(b),
        };
    }
}

fn place<'a>(row: &Row<'a>) -> Option<&'a str> {
    row.entry.session.and_then(Session::place)
}

fn overlap<'a>(row: &Row<'a>) -> Overlap<'a> {
    let title = row.entry.session.map_or(row.entry.id, |s| s.title.as_str());
    Overlap { title, range: Range::of_instants(&row.start, row.end.as_ref(), None) }
}

mod lines;
pub use lines::{Line, Section, Standing};

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
