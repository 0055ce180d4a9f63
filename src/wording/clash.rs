//! A clash in words: one sentence from its facts, the titles of its sessions and their places,
//! such as `"Migrants" and "Housing" are both in Room 307`.

use crate::clash::{Clash, Detail};
use crate::model::Programme;

/// The sentence saying what `c` is about. Text quoted from the file shows any control it holds
/// rather than carry it.
pub fn detail(p: &Programme, c: &Clash) -> String {
    let session = |n: usize| c.sessions.get(n).map(|&i| &p.sessions[i]);
    let title = |n: usize| session(n).map_or("", |s| s.title.as_str());
    let place = |n: usize| session(n).and_then(|s| s.place()).unwrap_or_default();
    let (a, b, resource) = (title(0), title(1), c.resource.as_str());
    let text = match &c.detail {
        Detail::SameRoom => super::CLASH_ROOM.say(&[("a", &a), ("b", &b), ("room", &resource)]),
        Detail::SamePerson { roles } => {
            let role = |r: &Option<String>| r.clone().unwrap_or_else(|| super::ROLE_NOT_PUBLISHED.text().to_owned());
            let (role_a, role_b) = (role(&roles[0]), role(&roles[1]));
            let args: [super::Arg<'_>; 5] =
                [("name", &resource), ("role_a", &role_a), ("a", &a), ("role_b", &role_b), ("b", &b)];
            super::CLASH_PERSON.say(&args)
        }
        Detail::MaybeSamePerson { names } => {
            super::CLASH_MAYBE_PERSON.say(&[("name_a", &names[0]), ("a", &a), ("name_b", &names[1]), ("b", &b)])
        }
        Detail::SameOrganizer => super::CLASH_ORGANIZER.say(&[("organizer", &resource), ("a", &a), ("b", &b)]),
        Detail::OutsideDays { date } => {
            let args: [super::Arg<'_>; 4] =
                [("title", &a), ("date", date), ("first", &p.first_day), ("last", &p.last_day)];
            super::CLASH_OUTSIDE_DAYS.say(&args)
        }
        Detail::EndsBeforeStart { start, end } => {
            let (start, end) = (start.format("%H:%M"), end.format("%H:%M"));
            super::CLASH_ENDS_BEFORE_START.say(&[("title", &a), ("end", &end), ("start", &start)])
        }
        Detail::NoEnd => super::CLASH_NO_END.say(&[("title", &a)]),
        Detail::NoTimeToChange { minutes } => {
            let (from, to) = (place(0), place(1));
            let args: [super::Arg<'_>; 6] =
                [("name", &resource), ("minutes", minutes), ("from", &from), ("a", &a), ("to", &to), ("b", &b)];
            super::CLASH_BUFFER.say(&args)
        }
    };
    crate::sanitize::visible(&text).into_owned()
}
