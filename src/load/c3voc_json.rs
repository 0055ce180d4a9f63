//! C3VOC `schedule.json` (v1), as frab and pretalx write it: persons with `public_name` or
//! `name`, links as strings or objects, nulls where strings are expected, ids as numbers or
//! strings, rooms as a map per day. Read with typed, borrowing serde (no document tree), each
//! event on its own: a bad event is skipped with a warning naming its JSON path.

mod shape;

use chrono::NaiveDate;
use serde_json::value::RawValue;

use self::shape::{Doc, Event, Text};
use super::event::{Conference, RawEvent, frab_start, parse_duration};
use super::event_list::EventList;
use super::markup;
use crate::diagnostic::{Location, Problem};

fn date(t: &Text<'_>) -> Option<NaiveDate> {
    t.0.as_deref().and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
}

fn at(path: &str, json_path: &str) -> Location {
    Location { path: format!("{path}: ${json_path}"), line: None, column: None }
}

/// The events and conference facts of a schedule.json document.
pub fn read(bytes: &[u8], path: &str, warnings: &mut Vec<Problem>) -> Result<(Conference, EventList), String> {
    let doc: Doc<'_> = serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            crate::wording::LOAD_JSON_NOT_SCHEDULE_BECAUSE.say(&[("path", &path), ("error", &e)])
        }
        _ => crate::wording::LOAD_JSON_INVALID
            .say(&[("at", &format!("{path}:{}:{}", e.line(), e.column())), ("error", &e)]),
    })?;
    let schedule = doc.schedule.ok_or_else(|| crate::wording::LOAD_JSON_NOT_SCHEDULE.say(&[("path", &path)]))?;
    let conf = schedule.conference.ok_or_else(|| crate::wording::LOAD_JSON_NO_CONFERENCE.say(&[("path", &path)]))?;
    let has_rooms = conf.days.as_ref().is_some_and(|d| d.iter().any(|day| day.rooms.is_some()));
    if !has_rooms && schedule.events.is_some() {
        return Err(crate::wording::LOAD_JSON_V2.say(&[("path", &path)]));
    }
    let days = conf.days.ok_or_else(|| crate::wording::LOAD_JSON_NO_DAYS.say(&[("path", &path)]))?;
    if schedule.rooms.is_some() {
        let message = crate::wording::LOAD_JSON_ROOMS_IGNORED.text();
        warnings.push(Problem::error(at(path, "schedule.rooms"), None, message));
    }
    let mut conference = Conference {
        acronym: conf.acronym.get(),
        title: conf.title.get(),
        start: date(&conf.start),
        end: date(&conf.end),
        time_zone: conf.time_zone_name.get(),
        time_zone_at: Some(at(path, "schedule.conference.time_zone_name")),
        url: conf.url.get().or_else(|| conf.base_url.get()),
        ..Conference::default()
    };
    let day_change = conf.day_change.get().and_then(|t| crate::time::parse_time(&t).ok());
    conference.day_change = day_change;
    let mut events = EventList::default();
    for (d, day) in days.into_iter().enumerate() {
        let day_date = date(&day.date);
        let end = day.day_end.0.as_deref().and_then(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok());
        conference.day_ends.extend(day_date.zip(end));
        let start = day.day_start.0.as_deref().and_then(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok());
        conference.listed_days.extend(day_date.map(|d| (d, start)));
        let Some(rooms) = day.rooms else {
            warnings.push(Problem::warning(
                at(path, &format!("schedule.conference.days[{d}]")),
                None,
                crate::wording::LOAD_JSON_DAY_WITHOUT_ROOMS.text(),
            ));
            continue;
        };
        for (room, list) in rooms.0 {
            for (i, raw) in list.into_iter().enumerate() {
                let json_path = format!("schedule.conference.days[{d}].rooms[{room:?}][{i}]");
                let parsed = serde_json::from_str::<Event<'_>>(raw.get())
                    .map_err(|e| crate::wording::LOAD_JSON_NOT_EVENT.say(&[("error", &e)]));
                if let Ok(ev) = &parsed {
                    not_numbers(ev, path, &json_path, warnings);
                }
                match parsed.and_then(|ev| event(ev, &room, day_date, day_change, at(path, &json_path))) {
                    Ok(ev) => events.push(ev, warnings),
                    Err(message) => {
                        let message = crate::wording::LOAD_EVENT_SKIPPED.say(&[("why", &message)]);
                        warnings.push(Problem::error(at(path, &json_path), None, message))
                    }
                }
            }
        }
    }
    Ok((conference, events))
}

/// Ids the schema wants as numbers (the event's and its persons'), written otherwise: each an
/// error for `validate`, though the event is still read.
fn not_numbers(ev: &Event<'_>, path: &str, json_path: &str, warnings: &mut Vec<Problem>) {
    let persons = ev.persons.iter().flatten().enumerate().map(|(i, p)| (format!("{json_path}.persons[{i}].id"), p.id));
    for (field, id) in [(format!("{json_path}.id"), ev.id)].into_iter().chain(persons) {
        let Some(raw) = id.map(RawValue::get) else { continue };
        if !raw.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) || raw.is_empty() {
            let shown: String = raw.chars().take(40).collect();
            let message = crate::wording::LOAD_JSON_ID_NOT_NUMBER.say(&[("id", &shown)]);
            warnings.push(Problem::error(at(path, &field), None, message));
        }
    }
}

fn event(
    ev: Event<'_>,
    room: &str,
    day: Option<NaiveDate>,
    day_change: Option<chrono::NaiveTime>,
    at: Location,
) -> Result<RawEvent, String> {
    let title = ev.title.get().unwrap_or_default();
    let start = frab_start(ev.date.0.as_deref(), day, ev.start.0.as_deref(), day_change)
        .map_err(|m| format!("\"{title}\": {m}"))?;
    let duration = match ev.duration.get() {
        Some(d) => Some(parse_duration(&d).map_err(|m| format!("\"{title}\": {m}"))?),
        None => None,
    };
    let mut persons: Vec<String> = ev
        .persons
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| p.public_name.get().or_else(|| p.name.get()))
        .collect();
    // Collected in place, the names keep the room of the parsed persons (twice theirs, and more
    // as the list grew): 18 MB over 100k events until they are built.
    persons.shrink_to_fit();
    let mut links: Vec<String> = ev.url.get().into_iter().collect();
    links.extend(ev.links.unwrap_or_default().into_iter().filter_map(|l| l.0.get()));
    let texts = [ev.summary.get(), ev.description.get()].into_iter().flatten().map(|t| markup::to_text(&t)).collect();
    Ok(RawEvent {
        at,
        id: ev.id.and_then(|raw| serde_json::from_str::<Text<'_>>(raw.get()).ok()).and_then(|t| t.get()),
        guid: ev.guid.get(),
        start,
        duration,
        room: ev.room.get().or_else(|| Some(room.to_owned())),
        title,
        subtitle: ev.subtitle.get(),
        tracks: ev.track.get().into_iter().collect(),
        kind: ev.kind.get(),
        language: ev.language.get(),
        texts,
        persons,
        links,
        ..RawEvent::default()
    })
}
