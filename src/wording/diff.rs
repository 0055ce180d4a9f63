//! Programme versions compared, in words: where a session moved, what it was called, who is no
//! longer in it, as the lines of `whrcf diff`.

use super::dates;
use crate::diff::{Detail, Taking, When};

fn when(w: &When) -> String {
    let day = w.day.map_or(super::NO_DATE.text().to_owned(), dates::short);
    match w.time {
        Some(range) => super::DIFF_WHEN.say(&[("day", &day), ("time", &range)]),
        None => day,
    }
}

fn people(list: &[Taking]) -> String {
    let one = |t: &Taking| {
        let role = t.role.as_deref().unwrap_or(super::NO_ROLE.text());
        super::PERSON_WITH_ROLE.say(&[("name", &t.name), ("role", &role)])
    };
    list.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// A detail of a change as one line. Text quoted from the files shows any control it holds
/// (`\u{1b}`) rather than carry it: a quoted field can neither end the line nor swallow the rest.
pub fn detail(d: &Detail) -> String {
    let room = |r: &Option<String>| r.clone().unwrap_or_else(|| super::NO_ROOM.text().to_owned());
    let text = match d {
        Detail::At { when: w, place: Some(place) } => super::DIFF_AT.say(&[("when", &when(w)), ("place", place)]),
        Detail::At { when: w, place: None } => when(w),
        Detail::Moved { was, now } => super::CHANGE_TIME.say(&[("was", &when(was)), ("now", &when(now))]),
        Detail::Room { was, now } => super::CHANGE_ROOM.say(&[("was", &room(was)), ("now", &room(now))]),
        Detail::Id { was } => super::DIFF_ID.say(&[("was", was)]),
        Detail::Title { was } => super::CHANGE_TITLE.say(&[("was", was)]),
        Detail::PeopleGone(list) => super::DIFF_PEOPLE_GONE.say(&[("people", &people(list))]),
        Detail::PeopleNew(list) => super::DIFF_PEOPLE_NEW.say(&[("people", &people(list))]),
    };
    crate::sanitize::visible(&text).into_owned()
}
