//! A programme in words: its header (how complete its record is, which filters are active), its
//! clashes, and what changed between two versions of it.

use super::when;
use crate::archive::Completeness;
use crate::clash::{Clash, Detail as ClashDetail};
use crate::diff::{Detail as VersionDetail, Taking, When};
use crate::filter::Filter;
use crate::model::{Programme, Session};
use crate::time::Range;

/// `18 of 32 sessions found` (or `4 sessions found, no total stated`).
pub fn found(c: &Completeness) -> String {
    match c.stated {
        Some(total) => super::FOUND_OF_TOTAL.say(&[("found", &c.found), ("total", &total)]),
        None => super::FOUND_NO_TOTAL.say(&[("sessions", &super::SESSIONS.of(c.found))]),
    }
}

/// `18 of 32 sessions found, 11 dated, 10 timed`.
pub fn completeness(c: &Completeness) -> String {
    super::COMPLETENESS.say(&[("found", &found(c)), ("dated", &c.dated), ("timed", &c.timed)])
}

/// The active filters, one `label: a | b` each, for a header line.
pub fn filters(f: &Filter) -> Vec<String> {
    let formats: Vec<String> = f.formats.iter().map(|x| x.to_string()).collect();
    let organizers: Vec<String> = f.organizers.iter().chain(&f.organizer_text).cloned().collect();
    let facets = [
        (super::FILTER_THEME, f.themes.iter().cloned().collect::<Vec<_>>()),
        (super::FILTER_ORGANIZER, organizers),
        (super::FILTER_KIND, f.kinds.iter().cloned().collect()),
        (super::FILTER_FORMAT, formats),
        (super::FILTER_ROOM, f.rooms.iter().cloned().collect()),
    ];
    facets
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(label, values)| label.say(&[("values", &values.join(" | "))]))
        .collect()
}

/// How many clashes were found, said as the start of "… found": "no clashes", "1 clash",
/// "2 clashes". Warnings (a start without an end) are never counted here.
pub fn clashes_found(n: usize) -> String {
    if n == 0 { super::NO_CLASHES.text().to_owned() } else { super::CLASHES.of(n) }
}

/// The sentence saying what clash `c` is about. Text quoted from the file shows any control it holds
/// rather than carry it.
pub fn clash(p: &Programme, c: &Clash) -> String {
    let session = |n: usize| c.sessions.get(n).map(|&i| &p.sessions[i]);
    let title = |n: usize| session(n).map_or("", |s| s.title.as_str());
    let place = |n: usize| session(n).and_then(|s| s.place()).unwrap_or_default();
    let (a, b, resource) = (title(0), title(1), c.resource.as_str());
    let [which_a, which_b] = match (session(0), session(1)) {
        (Some(x), Some(y)) if x.title.trim() == y.title.trim() => which(x, y),
        _ => Default::default(),
    };
    let text = match &c.detail {
        ClashDetail::SameRoom => {
            let args: [super::Arg<'_>; 5] =
                [("a", &a), ("which_a", &which_a), ("b", &b), ("which_b", &which_b), ("room", &resource)];
            super::CLASH_ROOM.say(&args)
        }
        ClashDetail::SamePerson { roles } => {
            // A role not published is left unsaid: "(role not published)" reads as the role.
            let role = |r: &Option<String>| r.as_ref().map_or(String::new(), |r| super::CLASH_ROLE.say(&[("role", r)]));
            let (role_a, role_b) = (role(&roles[0]), role(&roles[1]));
            let args: [super::Arg<'_>; 7] = [
                ("name", &resource),
                ("role_a", &role_a),
                ("a", &a),
                ("which_a", &which_a),
                ("role_b", &role_b),
                ("b", &b),
                ("which_b", &which_b),
            ];
            super::CLASH_PERSON.say(&args)
        }
        ClashDetail::MaybeSamePerson { names } => {
            let args: [super::Arg<'_>; 6] = [
                ("name_a", &names[0]),
                ("a", &a),
                ("which_a", &which_a),
                ("name_b", &names[1]),
                ("b", &b),
                ("which_b", &which_b),
            ];
            super::CLASH_MAYBE_PERSON.say(&args)
        }
        ClashDetail::SameOrganizer => {
            let args: [super::Arg<'_>; 5] =
                [("organizer", &resource), ("a", &a), ("which_a", &which_a), ("b", &b), ("which_b", &which_b)];
            super::CLASH_ORGANIZER.say(&args)
        }
        ClashDetail::OutsideDays { date } => {
            let args: [super::Arg<'_>; 4] =
                [("title", &a), ("date", date), ("first", &p.first_day), ("last", &p.last_day)];
            super::CLASH_OUTSIDE_DAYS.say(&args)
        }
        ClashDetail::EndsBeforeStart { start, end } => {
            let (start, end) = (when::time_of_day(*start), when::time_of_day(*end));
            super::CLASH_ENDS_BEFORE_START.say(&[("title", &a), ("end", &end), ("start", &start)])
        }
        ClashDetail::NoEnd => super::CLASH_NO_END.say(&[("title", &a)]),
        ClashDetail::NoTimeToChange { minutes } => {
            let (from, to) = (place(0), place(1));
            let args: [super::Arg<'_>; 6] =
                [("name", &resource), ("minutes", minutes), ("from", &from), ("a", &a), ("to", &to), ("b", &b)];
            super::CLASH_BUFFER.say(&args)
        }
    };
    crate::sanitize::visible(&text).into_owned()
}

/// What tells apart two sessions of one title, said after each: those of its times and room (as
/// published) that differ from the other's, or its id when neither does.
fn which(x: &Session, y: &Session) -> [String; 2] {
    let time = |s: &Session| s.start.map(|start| when::range(Range::of_times(start, s.end)));
    let (mut sx, mut sy) = (Vec::new(), Vec::new());
    for (a, b) in [(time(x), time(y)), (x.place().map(str::to_owned), y.place().map(str::to_owned))] {
        if a != b {
            sx.extend(a);
            sy.extend(b);
        }
    }
    if sx.is_empty() || sy.is_empty() {
        (sx, sy) = (vec![x.id.as_str().to_owned()], vec![y.id.as_str().to_owned()]);
    }
    [sx, sy].map(|which| super::CLASH_WHICH.say(&[("which", &which.join(", "))]))
}

fn when_text(w: &When) -> String {
    let day = w.day.map_or(super::NO_DATE.text().to_owned(), when::short);
    match w.time {
        Some(range) => super::DIFF_WHEN.say(&[("day", &day), ("time", &when::range(range))]),
        None => day,
    }
}

fn people_text(list: &[Taking]) -> String {
    let one = |t: &Taking| {
        let role = t.role.as_deref().unwrap_or(super::NO_ROLE.text());
        super::PERSON_WITH_ROLE.say(&[("name", &t.name), ("role", &role)])
    };
    list.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// A detail of a change between versions as one line. Text quoted from the files shows any control it holds
/// (`\u{1b}`) rather than carry it: a quoted field can neither end the line nor swallow the rest.
pub fn difference(d: &VersionDetail) -> String {
    difference_in(d, None)
}

/// The label of `forum`, the zone a programme's times are in, when times are shown in another
/// zone (`shown`): said after those times, which are the programme's own.
pub fn other_zone(forum: chrono_tz::Tz, shown: chrono_tz::Tz) -> Option<String> {
    (!crate::time::same_zone(forum, shown)).then(|| crate::time::zone_label(forum))
}

/// [`difference`], naming `zone` after a day and time when there is one (see [`other_zone`]).
pub fn difference_in(d: &VersionDetail, zone: Option<&str>) -> String {
    let room = |r: &Option<String>| r.clone().unwrap_or_else(|| super::NO_ROOM.text().to_owned());
    let text = match d {
        VersionDetail::At { when: w, place: Some(place) } => {
            super::DIFF_AT.say(&[("when", &when_text(w)), ("place", place)])
        }
        VersionDetail::At { when: w, place: None } => when_text(w),
        VersionDetail::Moved { was, now } => {
            super::CHANGE_TIME.say(&[("was", &when_text(was)), ("now", &when_text(now))])
        }
        VersionDetail::Room { was, now } => super::CHANGE_ROOM.say(&[("was", &room(was)), ("now", &room(now))]),
        VersionDetail::Id { was } => super::DIFF_ID.say(&[("was", was)]),
        VersionDetail::Title { was } => super::CHANGE_TITLE.say(&[("was", was)]),
        VersionDetail::PeopleGone(list) => super::DIFF_PEOPLE_GONE.say(&[("people", &people_text(list))]),
        VersionDetail::PeopleNew(list) => super::DIFF_PEOPLE_NEW.say(&[("people", &people_text(list))]),
    };
    let text = match zone {
        Some(zone) if matches!(d, VersionDetail::At { .. } | VersionDetail::Moved { .. }) => {
            super::TIMES_IN_ZONE.say(&[("text", &text), ("zone", &zone)])
        }
        _ => text,
    };
    crate::sanitize::visible(&text).into_owned()
}

/// A cancelled session of the agenda, announced: its title and where it was.
pub fn cancelled_in_agenda(title: &str, seen: &crate::agenda::Seen, zone: Option<&str>) -> String {
    let when = where_it_was(seen, zone);
    let text = super::NOTICE_CANCELLED_IN_AGENDA.say(&[("title", &title), ("when", &when)]);
    crate::sanitize::visible(&text).into_owned()
}

/// Where a session of the agenda was, as the agenda keeps it: "Tue 2030-05-07 10:30–10:50 in
/// Room 201", naming `zone` after the time (see [`other_zone`]).
pub fn where_it_was(seen: &crate::agenda::Seen, zone: Option<&str>) -> String {
    let when = When { day: seen.day, time: seen.start.map(|start| Range::of_times(start, seen.end)) };
    difference_in(&VersionDetail::At { when, place: seen.room.clone() }, zone)
}

/// What a change says, its details one after the other.
pub fn change_details(c: &crate::diff::Change) -> String {
    change_details_in(c, None)
}

/// [`change_details`], naming `zone` after the days and times (see [`other_zone`]).
pub fn change_details_in(c: &crate::diff::Change, zone: Option<&str>) -> String {
    c.details.iter().map(|d| difference_in(d, zone)).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn completeness_is_said_with_or_without_a_stated_total() {
        let p = load::bundled(2023).unwrap().programme;
        assert_eq!(completeness(&Completeness::of(&p)), "18 of 32 sessions found, 11 dated, 10 timed");
        let p = load::bundled(2013).unwrap().programme;
        assert_eq!(found(&Completeness::of(&p)), "4 sessions found, no total stated");
    }

    #[test]
    fn only_active_filters_are_named() {
        let mut f = Filter::default();
        assert!(filters(&f).is_empty());
        f.themes.insert("food".into());
        f.themes.insert("housing".into());
        f.rooms.insert("Hall".into());
        assert_eq!(filters(&f), ["theme: food | housing", "room: Hall"]);
    }
}
