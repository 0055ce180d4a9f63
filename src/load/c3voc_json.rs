//! C3VOC `schedule.json` (v1), as frab and pretalx write it: persons with `public_name` or
//! `name`, links as strings or objects, nulls where strings are expected, ids as numbers or
//! strings, rooms as a map per day. Read with typed, borrowing serde (no document tree), each
//! event on its own: a bad event is skipped with a warning naming its JSON path.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::event::{Conference, RawEvent, frab_start, parse_duration};
use super::event_list::EventList;
use super::markup;
use crate::diagnostic::{Location, Problem};

/// A string, or a number written as text; null, booleans, objects and arrays are none.
#[derive(Debug, Default)]
struct Text<'a>(Option<Cow<'a, str>>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_owned()))))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v))))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_none<E>(self) -> Result<Self::Value, E> {
                Ok(Text(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Text<'_> {
    fn get(&self) -> Option<String> {
        self.0.as_deref().filter(|s| !s.trim().is_empty()).map(str::to_owned)
    }
}

#[derive(Deserialize)]
struct Doc<'a> {
    #[serde(borrow)]
    schedule: Option<Schedule<'a>>,
}

#[derive(Deserialize)]
struct Schedule<'a> {
    #[serde(borrow)]
    conference: Option<Conf<'a>>,
    events: Option<IgnoredAny>,
    /// Not part of schedule.json v1 (its rooms are under each day).
    rooms: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Conf<'a> {
    #[serde(default, borrow)]
    acronym: Text<'a>,
    #[serde(default, borrow)]
    title: Text<'a>,
    #[serde(default, borrow)]
    start: Text<'a>,
    #[serde(default, borrow)]
    end: Text<'a>,
    #[serde(default, borrow)]
    time_zone_name: Text<'a>,
    #[serde(default, borrow)]
    url: Text<'a>,
    #[serde(default, borrow)]
    base_url: Text<'a>,
    #[serde(default, borrow)]
    day_change: Text<'a>,
    #[serde(borrow)]
    days: Option<Vec<Day<'a>>>,
}

#[derive(Deserialize)]
struct Day<'a> {
    #[serde(default, borrow)]
    date: Text<'a>,
    #[serde(default, borrow)]
    day_start: Text<'a>,
    #[serde(default, borrow)]
    day_end: Text<'a>,
    #[serde(borrow)]
    rooms: Option<Rooms<'a>>,
}

/// Rooms in file order, each with its events left unparsed until they are read one by one.
struct Rooms<'a>(Vec<(Cow<'a, str>, Vec<&'a RawValue>)>);

impl<'de: 'a, 'a> Deserialize<'de> for Rooms<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Rooms<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of room names to lists of events")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut rooms = Vec::new();
                while let Some((name, events)) = m.next_entry::<Cow<'a, str>, Vec<&'a RawValue>>()? {
                    rooms.push((name, events));
                }
                Ok(Rooms(rooms))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

#[derive(Deserialize)]
struct Event<'a> {
    /// A number by the schema; read as text either way, and checked.
    #[serde(default, borrow)]
    id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    guid: Text<'a>,
    #[serde(default, borrow)]
    date: Text<'a>,
    #[serde(default, borrow)]
    start: Text<'a>,
    #[serde(default, borrow)]
    duration: Text<'a>,
    #[serde(default, borrow)]
    room: Text<'a>,
    #[serde(default, borrow)]
    title: Text<'a>,
    #[serde(default, borrow)]
    subtitle: Text<'a>,
    #[serde(default, borrow)]
    track: Text<'a>,
    #[serde(default, borrow, rename = "type")]
    kind: Text<'a>,
    #[serde(default, borrow)]
    language: Text<'a>,
    #[serde(default, borrow, rename = "abstract")]
    summary: Text<'a>,
    #[serde(default, borrow)]
    description: Text<'a>,
    #[serde(default, borrow)]
    url: Text<'a>,
    #[serde(default, borrow)]
    persons: Option<Vec<Person<'a>>>,
    #[serde(default, borrow)]
    links: Option<Vec<Link<'a>>>,
}

#[derive(Deserialize)]
struct Person<'a> {
    #[serde(default, borrow)]
    id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    public_name: Text<'a>,
    #[serde(default, borrow)]
    name: Text<'a>,
}

/// A link: a bare string, or an object with `url`.
struct Link<'a>(Text<'a>);

impl<'de: 'a, 'a> Deserialize<'de> for Link<'a> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Obj<'a> {
            #[serde(default, borrow)]
            url: Text<'a>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either<'a> {
            Url(#[serde(borrow)] Cow<'a, str>),
            Obj(#[serde(borrow)] Obj<'a>),
            Other(IgnoredAny),
        }
        Ok(match Either::deserialize(d)? {
            Either::Url(u) => Link(Text(Some(u))),
            Either::Obj(o) => Link(o.url),
            Either::Other(_) => Link(Text(None)),
        })
    }
}

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
            format!(
                "{path}: JSON but not a schedule: expected a top-level \"schedule\" object (C3VOC schedule.json): {e}"
            )
        }
        _ => format!("{path}:{}:{}: not valid JSON: {e}", e.line(), e.column()),
    })?;
    let schedule = doc.schedule.ok_or_else(|| {
        format!("{path}: JSON but not a schedule: expected a top-level \"schedule\" object (C3VOC schedule.json)")
    })?;
    let conf = schedule.conference.ok_or_else(|| format!("{path}: expected \"schedule.conference\""))?;
    let has_rooms = conf.days.as_ref().is_some_and(|d| d.iter().any(|day| day.rooms.is_some()));
    if !has_rooms && schedule.events.is_some() {
        return Err(format!(
            "{path}: this is a schedule v2 file (flat \"schedule.events\"); whrcf reads schedule.json v1 (events under conference.days[].rooms)"
        ));
    }
    let days = conf.days.ok_or_else(|| format!("{path}: expected \"schedule.conference.days\" (an array)"))?;
    if schedule.rooms.is_some() {
        let message = "\"rooms\" is not a key of schedule.json v1 (rooms are listed under schedule.conference.days[].rooms): ignored";
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
                "day without a \"rooms\" map: skipped",
            ));
            continue;
        };
        for (room, list) in rooms.0 {
            for (i, raw) in list.into_iter().enumerate() {
                let json_path = format!("schedule.conference.days[{d}].rooms[{room:?}][{i}]");
                let parsed =
                    serde_json::from_str::<Event<'_>>(raw.get()).map_err(|e| format!("expected an event object: {e}"));
                if let Ok(ev) = &parsed {
                    not_numbers(ev, path, &json_path, warnings);
                }
                match parsed.and_then(|ev| event(ev, &room, day_date, day_change, at(path, &json_path))) {
                    Ok(ev) => events.push(ev, warnings),
                    Err(message) => {
                        warnings.push(Problem::error(at(path, &json_path), None, format!("event skipped: {message}")))
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
            let message = format!("id {shown}: schedule.json v1 expects a number (an integer id)");
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
