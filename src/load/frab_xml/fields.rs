//! The elements of a frab schedule kept as they are read: the conference's (acronym, title,
//! dates, zone, day change, city, venue) and an event's (people, time, room, texts, links).

use chrono::NaiveDate;

use super::{Partial, Reading};

/// Keep the value of the conference's element `name`.
pub(super) fn store_conference(r: &mut Reading, name: &str, value: Option<String>) {
    let date = |v: &Option<String>| {
        v.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
    };
    match name {
        "acronym" => r.conference.acronym = value,
        "title" => r.conference.title = value,
        "start" => r.conference.start = date(&value),
        "end" => r.conference.end = date(&value),
        "time_zone_name" => r.conference.time_zone = value,
        "base_url" => r.conference.url = value,
        "day_change" => {
            r.day_change = value.as_deref().and_then(|v| crate::time::parse_time(v).ok());
            r.conference.day_change = r.day_change;
        }
        "city" => r.conference.city = value,
        "venue" => r.conference.venue = value,
        _ => {}
    }
}

/// Keep the value of the event's element `name`.
pub(super) fn store_event(ev: &mut Partial, name: &str, value: Option<String>) {
    let raw = &mut ev.raw;
    match name {
        "person" => raw.persons.extend(value),
        "date" => ev.date = value,
        "start" => ev.start = value,
        "duration" => ev.duration = value,
        "room" if value.is_some() => {
            raw.room = value;
        }
        "title" => raw.title = value.unwrap_or_default(),
        "subtitle" => raw.subtitle = value,
        "track" => raw.tracks.extend(value),
        "type" => raw.kind = value,
        "language" => raw.language = value,
        "url" => ev.url = value,
        "abstract" => ev.abstract_ = value,
        "description" => ev.description = value,
        _ => {}
    }
}
