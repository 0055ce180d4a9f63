//! The agenda against the programme: what changed since the user marked each session
//! (reconciliation), and the day plan: time order, free time, clashes and tight changes.

use chrono::{DateTime, Duration};
use chrono_tz::Tz;

use crate::agenda::{Agenda, Item, Seen, Status};
use crate::model::{Programme, Session};

/// A marked session, its entry, the session as it is now (if still there) and what changed.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub item: &'a Item,
    pub session: Option<&'a Session>,
    /// "was 13:00–15:00, now 15:00–17:00", ...; empty when nothing changed.
    pub changes: Vec<String>,
}

fn times(start: Option<chrono::NaiveTime>, end: Option<chrono::NaiveTime>) -> String {
    start.map_or("no time".to_owned(), |s| crate::time::Range::of_times(s, end).to_string())
}

/// What differs between what the user saw and the session now.
pub fn changes(seen: &Seen, s: &Session) -> Vec<String> {
    let mut out = changes_as_text(seen, s);
    // Sentences quoting the files show any control they quote rather than carry it.
    out.iter_mut().for_each(|c| *c = crate::sanitize::visible(c).into_owned());
    out
}

fn changes_as_text(seen: &Seen, s: &Session) -> Vec<String> {
    let now = Seen::of(s);
    let mut out = Vec::new();
    if seen.day != now.day {
        let day = |d: Option<chrono::NaiveDate>| d.map_or("no date".to_owned(), |d| d.format("%a %d %b").to_string());
        out.push(format!("day was {}, now {}", day(seen.day), day(now.day)));
    }
    if (seen.start, seen.end) != (now.start, now.end) {
        out.push(format!("was {}, now {}", times(seen.start, seen.end), times(now.start, now.end)));
    }
    // Text is compared as it is shown: the app remembers what it drew (neutralised), the command
    // line what the file says, and a difference only in controls is no change to anyone.
    let shown = |t: &Option<String>| t.as_deref().map(crate::sanitize::line);
    if shown(&seen.room) != shown(&now.room) {
        let room = |r: &Option<String>| r.clone().unwrap_or_else(|| "no room".to_owned());
        out.push(format!("room was {}, now {}", room(&seen.room), room(&now.room)));
    }
    if crate::sanitize::line(&seen.title) != crate::sanitize::line(&now.title) {
        out.push(format!("title was \"{}\"", seen.title));
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
    pub start: DateTime<Tz>,
    pub end: Option<DateTime<Tz>>,
    /// Free time since the previous session of the same day ended.
    pub free_before: Option<Duration>,
    /// The other marked sessions it overlaps: "Right to Food, 10:00–12:00".
    pub overlaps: Vec<String>,
    /// A change of room with less than the travel buffer: "5 min from A to B".
    pub tight: Option<String>,
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

/// How long, as "1 h 30 min".
pub fn duration_text(d: Duration) -> String {
    let minutes = d.num_minutes();
    if minutes >= 24 * 60 {
        return format!("{} d {} h", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
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
                    start: start.with_timezone(&zone),
                    end: s.end_at(tz).map(|e| e.with_timezone(&zone)),
                    entry,
                    free_before: None,
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
            let (x, y) = (label(&out.timed[a]), label(&out.timed[i]));
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
        if gap < Duration::zero() || out.timed[a].start.date_naive() != out.timed[b].start.date_naive() {
            continue;
        }
        if gap > Duration::zero() {
            out.timed[b].free_before = Some(gap);
        }
        let (pa, pb) = (place(&out.timed[a]), place(&out.timed[b]));
        if let (Some(pa), Some(pb)) = (pa, pb)
            && gap < buffer
            && pa != pb
        {
            out.timed[b].tight = Some(format!("{} from {pa} to {pb}", duration_text(gap)));
        }
    }
    out
}

fn place<'a>(row: &Row<'a>) -> Option<&'a str> {
    row.entry.session.and_then(Session::place)
}

fn label(row: &Row<'_>) -> String {
    let title = row.entry.session.map_or(row.entry.id, |s| s.title.as_str());
    let range = crate::time::Range::of_instants(&row.start, row.end.as_ref(), None);
    crate::sanitize::visible(&format!("{title}, {range}")).into_owned()
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
