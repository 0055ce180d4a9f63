//! The agenda in words: what changed since a session was marked, the sessions it overlaps, a
//! tight change of rooms, free time and the headings of the plan; what was wrong with the agenda
//! file and the file of hidden sessions; and why the calendar export left a session out.

use chrono::Duration;

use super::{Message, when};
use crate::export::LeftOut;
use crate::plan::{Change, Overlap, Section, Tight};
use crate::store::Notice;
use crate::time::Range;

/// How long, as "1 h 30 min" (days and hours past a day).
pub fn duration(d: Duration) -> String {
    let minutes = d.num_minutes();
    let (days, hours, mins) = (minutes / (24 * 60), minutes % (24 * 60) / 60, minutes % 60);
    if days > 0 {
        return super::DURATION_DAYS.say(&[("days", &days), ("hours", &hours)]);
    }
    match (minutes / 60, mins) {
        (0, m) => super::DURATION_MINUTES.say(&[("minutes", &m)]),
        (h, 0) => super::DURATION_HOURS.say(&[("hours", &h)]),
        (h, m) => super::DURATION_HOURS_MINUTES.say(&[("hours", &h), ("minutes", &m)]),
    }
}

/// An agenda entry's status in words: planned, attended, skipped.
pub fn status(status: crate::agenda::Status) -> &'static str {
    match status {
        crate::agenda::Status::Planned => super::STATUS_PLANNED,
        crate::agenda::Status::Attended => super::STATUS_ATTENDED,
        crate::agenda::Status::Skipped => super::STATUS_SKIPPED,
    }
    .text()
}

fn was_now(message: Message, was: &str, now: &str) -> String {
    message.say(&[("was", &was), ("now", &now)])
}

/// A change as one line: "room was Hall 1, now Hall 2". Text quoted from a file shows any
/// control it holds rather than carry it.
pub fn change(c: &Change) -> String {
    let day = |d: &Option<chrono::NaiveDate>| d.map_or(super::NO_DATE.text().to_owned(), when::brief);
    let time = |r: &Option<Range>| r.map_or(super::NO_TIME.text().to_owned(), |r| r.to_string());
    let room = |r: &Option<String>| r.clone().unwrap_or_else(|| super::NO_ROOM.text().to_owned());
    let text = match c {
        Change::Day { was, now } => was_now(super::CHANGE_DAY, &day(was), &day(now)),
        Change::Time { was, now } => was_now(super::CHANGE_TIME, &time(was), &time(now)),
        Change::Room { was, now } => was_now(super::CHANGE_ROOM, &room(was), &room(now)),
        Change::Title { was } => super::CHANGE_TITLE.say(&[("was", was)]),
    };
    crate::sanitize::visible(&text).into_owned()
}

/// Another session this one overlaps: "Right to Food, 10:00–12:00".
pub fn overlap(o: &Overlap<'_>) -> String {
    crate::sanitize::visible(&super::OVERLAP.say(&[("title", &o.title), ("range", &o.range)])).into_owned()
}

/// A tight change of rooms: "5 min from Hall 1 to Hall 2".
pub fn tight(t: &Tight<'_>) -> String {
    super::TIGHT.say(&[("gap", &duration(t.gap)), ("from", &t.from), ("to", &t.to)])
}

/// Free time before an entry: "free 1 h 30 min".
pub fn free(d: Duration) -> String {
    super::PLAN_FREE.say(&[("time", &duration(d))])
}

/// The line under an entry naming a session it overlaps: "overlaps: Right to Food, 10:00–12:00".
pub fn overlaps(o: &Overlap<'_>) -> String {
    super::PLAN_OVERLAPS.say(&[("what", &overlap(o))])
}

/// The line under an entry naming a tight change: "tight change: 5 min from A to B".
pub fn tight_change(t: &Tight<'_>) -> String {
    super::PLAN_TIGHT_CHANGE.say(&[("what", &tight(t))])
}

/// The line under an entry saying what changed: "changed: room was A, now B".
pub fn changed(c: &Change) -> String {
    changed_in(c, None)
}

/// [`changed`], naming `zone` after a day or a time (see [`super::programme::other_zone`]).
pub fn changed_in(c: &Change, zone: Option<&str>) -> String {
    let what = match zone {
        Some(zone) if matches!(c, Change::Day { .. } | Change::Time { .. }) => {
            super::TIMES_IN_ZONE.say(&[("text", &change(c)), ("zone", &zone)])
        }
        _ => change(c),
    };
    super::PLAN_CHANGED.say(&[("what", &what)])
}

/// The heading of a section after the timed entries.
pub fn section(s: Section) -> &'static str {
    match s {
        Section::Untimed => super::SECTION_UNTIMED.text(),
        Section::Gone => super::SECTION_GONE.text(),
    }
}

/// A notice about the agenda file as one sentence.
pub fn notice(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            super::AGENDA_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => {
            super::AGENDA_SET_ASIDE.say(&[("aside", &aside.display()), ("problem", problem)])
        }
        Notice::NotSetAside { path, problem, reason } => {
            let args: [super::Arg<'_>; 3] = [("path", &path.display()), ("problem", problem), ("reason", reason)];
            super::AGENDA_NOT_SET_ASIDE.say(&args)
        }
    }
}

/// What the user should be told about the file of hidden sessions.
pub fn hidden_notice(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            super::AGENDA_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => {
            super::HIDDEN_SET_ASIDE.say(&[("aside", &aside.display()), ("problem", problem)])
        }
        Notice::NotSetAside { path, problem, reason } => {
            let args: [super::Arg<'_>; 3] = [("path", &path.display()), ("problem", problem), ("reason", reason)];
            super::HIDDEN_NOT_SET_ASIDE.say(&args)
        }
    }
}

/// What the user should be told about the file of the version of the programme last seen.
pub fn seen_notice(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            super::AGENDA_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => {
            super::SEEN_SET_ASIDE.say(&[("aside", &aside.display()), ("problem", problem)])
        }
        Notice::NotSetAside { path, problem, reason } => {
            let args: [super::Arg<'_>; 3] = [("path", &path.display()), ("problem", problem), ("reason", reason)];
            super::SEEN_NOT_SET_ASIDE.say(&args)
        }
    }
}

/// Why the iCalendar export left a marked session out.
pub fn left_out(l: &LeftOut<'_>) -> String {
    match l {
        LeftOut::Gone { id } => super::LEFT_OUT_GONE.say(&[("id", id)]),
        LeftOut::Untimed { id, title, disputed } => {
            let why = if *disputed { super::TIME_DISPUTED } else { super::TIME_NOT_PUBLISHED }.text();
            super::LEFT_OUT_UNTIMED.say(&[("id", id), ("title", title), ("why", &why)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};
    use std::path::PathBuf;

    #[test]
    fn durations_read_in_days_hours_and_minutes() {
        let m = Duration::minutes;
        assert_eq!([duration(m(5)), duration(m(60)), duration(m(95))], ["5 min", "1 h", "1 h 35 min"]);
        assert_eq!(duration(m(26 * 60 + 10)), "1 d 2 h");
    }

    #[test]
    fn changes_say_what_was_and_what_is() {
        let hm = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let time = Change::Time { was: Some(Range::of_times(hm(10), Some(hm(12)))), now: None };
        assert_eq!(change(&time), "was 10:00–12:00, now no time");
        let day = Change::Day { was: NaiveDate::from_ymd_opt(2021, 10, 8), now: None };
        assert_eq!(change(&day), "day was Fri 08 Oct, now no date");
        assert_eq!(
            change(&Change::Room { was: None, now: Some("Hall\u{1b}2".into()) }),
            "room was no room, now Hall\\u{1b}2"
        );
        assert_eq!(change(&Change::Title { was: "Old".into() }), "title was \"Old\"");
    }

    #[test]
    fn overlaps_and_tight_changes_name_their_places() {
        let hm = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let o = Overlap { title: "Right to Food", range: Range::of_times(hm(10), Some(hm(12))) };
        assert_eq!(overlap(&o), "Right to Food, 10:00–12:00");
        let t = Tight { gap: Duration::minutes(5), from: "A", to: "B" };
        assert_eq!(tight(&t), "5 min from A to B");
    }

    #[test]
    fn a_session_left_out_of_the_calendar_says_why() {
        let untimed = LeftOut::Untimed { id: "x", title: "T", disputed: true };
        assert_eq!(left_out(&untimed), "left out `x` (T): time not published: sources disagree");
        assert_eq!(left_out(&LeftOut::Gone { id: "y" }), "left out `y`: no longer in the programme");
    }

    #[test]
    fn each_notice_names_the_file_and_the_problem() {
        let aside = Notice::SetAside { aside: PathBuf::from("/d/agenda.toml.corrupt-1"), problem: "line 2: x".into() };
        assert_eq!(
            notice(&aside),
            "The agenda file was corrupt: kept as /d/agenda.toml.corrupt-1, a new agenda was started (line 2: x)"
        );
        let path = PathBuf::from("/d/agenda.toml");
        let unreadable = Notice::Unreadable { path: path.clone(), reason: "denied".into() };
        assert_eq!(notice(&unreadable), "cannot read /d/agenda.toml: denied");
        let stuck = Notice::NotSetAside { path, problem: "bad".into(), reason: "read-only".into() };
        assert_eq!(
            notice(&stuck),
            "The agenda file /d/agenda.toml is corrupt (bad) and could not be moved aside: read-only"
        );
    }
}
