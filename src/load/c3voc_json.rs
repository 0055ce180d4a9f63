//! C3VOC `schedule.json` (v1), as frab and pretalx write it: persons with `public_name` or
//! `name`, links as strings or objects, nulls where strings are expected, ids as numbers or
//! strings, rooms as a map per day. A bad event is skipped with a warning naming its JSON path.

use chrono::NaiveDate;
use serde_json::Value;

use super::event::{Conference, RawEvent, frab_start, parse_duration};
use super::markup;
use crate::diagnostic::{Location, Problem};

/// A string, or a number written as text; null and other types are None.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn date(v: &Value) -> Option<NaiveDate> {
    v.as_str().and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok())
}

/// The events and conference facts of a schedule.json document.
pub fn read(doc: &Value, path: &str, warnings: &mut Vec<Problem>) -> Result<(Conference, Vec<RawEvent>), String> {
    let schedule = doc.get("schedule").ok_or_else(|| {
        format!("{path}: JSON but not a schedule: expected a top-level \"schedule\" object (C3VOC schedule.json)")
    })?;
    let conf = schedule.get("conference").ok_or_else(|| format!("{path}: expected \"schedule.conference\""))?;
    let days = conf.get("days").and_then(Value::as_array);
    let has_rooms = days.is_some_and(|d| d.iter().any(|day| day.get("rooms").is_some()));
    if !has_rooms && schedule.get("events").is_some() {
        return Err(format!(
            "{path}: this is a schedule v2 file (flat \"schedule.events\"); whrcf reads schedule.json v1 (events under conference.days[].rooms)"
        ));
    }
    let days = days.ok_or_else(|| format!("{path}: expected \"schedule.conference.days\" (an array)"))?;
    let conference = Conference {
        acronym: text(&conf["acronym"]),
        title: text(&conf["title"]),
        start: date(&conf["start"]),
        end: date(&conf["end"]),
        time_zone: text(&conf["time_zone_name"]),
        url: text(&conf["url"]).or_else(|| text(&conf["base_url"])),
    };
    let day_change = conf["day_change"].as_str().and_then(|t| crate::time::parse_time(t).ok());
    let mut events = Vec::new();
    for (d, day) in days.iter().enumerate() {
        let day_date = date(&day["date"]);
        let Some(rooms) = day.get("rooms").and_then(Value::as_object) else {
            warnings.push(Problem::warning(
                at(path, &format!("schedule.conference.days[{d}]")),
                None,
                "day without a \"rooms\" map: skipped",
            ));
            continue;
        };
        for (room, list) in rooms {
            let Some(list) = list.as_array() else { continue };
            for (i, ev) in list.iter().enumerate() {
                let json_path = format!("schedule.conference.days[{d}].rooms[{room:?}][{i}]");
                match event(ev, room, day_date, day_change, at(path, &json_path)) {
                    Ok(raw) => events.push(raw),
                    Err(message) => warnings.push(Problem::warning(
                        at(path, &json_path),
                        text(&ev["guid"]).or(text(&ev["id"])).as_deref(),
                        format!("event skipped: {message}"),
                    )),
                }
            }
        }
    }
    Ok((conference, events))
}

fn at(path: &str, json_path: &str) -> Location {
    Location { path: format!("{path}: ${}", json_path.trim_start_matches('$')), line: None, column: None }
}

fn event(
    ev: &Value,
    room: &str,
    day: Option<NaiveDate>,
    day_change: Option<chrono::NaiveTime>,
    at: Location,
) -> Result<RawEvent, String> {
    if !ev.is_object() {
        return Err("expected an event object".to_owned());
    }
    let title = text(&ev["title"]).unwrap_or_default();
    let start = frab_start(ev["date"].as_str(), day, ev["start"].as_str(), day_change)
        .map_err(|m| format!("\"{title}\": {m}"))?;
    let duration = match text(&ev["duration"]) {
        Some(d) => Some(parse_duration(&d).map_err(|m| format!("\"{title}\": {m}"))?),
        None => None,
    };
    let persons = ev["persons"]
        .as_array()
        .map(|ps| {
            ps.iter().filter_map(|p| text(&p["public_name"]).or_else(|| text(&p["name"])).or_else(|| text(p))).collect()
        })
        .unwrap_or_default();
    let mut links: Vec<String> = text(&ev["url"]).into_iter().collect();
    if let Some(list) = ev["links"].as_array() {
        links.extend(list.iter().filter_map(|l| text(l).or_else(|| text(&l["url"]))));
    }
    let texts =
        [&ev["abstract"], &ev["description"]].into_iter().filter_map(text).map(|t| markup::to_text(&t)).collect();
    Ok(RawEvent {
        at,
        id: text(&ev["id"]),
        guid: text(&ev["guid"]),
        start,
        duration,
        room: text(&ev["room"]).or_else(|| Some(room.to_owned())),
        title,
        subtitle: text(&ev["subtitle"]),
        tracks: text(&ev["track"]).into_iter().collect(),
        kind: text(&ev["type"]),
        language: text(&ev["language"]),
        texts,
        persons,
        links,
        ..RawEvent::default()
    })
}
