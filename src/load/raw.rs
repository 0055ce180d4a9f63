//! The raw shape of our TOML format (as serde reads it) and its conversion to the model,
//! with dates and times parsed and their errors located.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::fields::FieldSpans;
use crate::diagnostic::{LineIndex, Problem};
use crate::model::{CutOff, Format, Person, Programme, Session, SessionExtras, SessionId, Theme};
use crate::time;

#[derive(Deserialize)]
pub struct RawHeader {
    id: String,
    edition: Option<i32>,
    ordinal: Option<u32>,
    title: String,
    short_title: Option<String>,
    theme: Option<String>,
    #[serde(default)]
    theme_titles: Vec<String>,
    timezone: String,
    first_day: toml::Value,
    last_day: toml::Value,
    day_change: Option<toml::Value>,
    #[serde(default)]
    dates_as_stated: Vec<String>,
    venue: Option<String>,
    mode: Option<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    organizers: Vec<String>,
    stated_session_count: Option<String>,
    stated_session_total: Option<u32>,
    #[serde(default)]
    figures: BTreeMap<String, String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    themes: Vec<Theme>,
}

#[derive(Deserialize)]
pub struct RawSession {
    id: String,
    title: String,
    #[serde(default)]
    other_titles: Vec<String>,
    subtitle: Option<String>,
    date: Option<toml::Value>,
    start: Option<toml::Value>,
    end: Option<toml::Value>,
    time_conflict: Option<String>,
    end_date: Option<toml::Value>,
    kind: Option<String>,
    kind_as_stated: Option<String>,
    format: Option<Format>,
    format_as_stated: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    interpretation: Vec<String>,
    room: Option<String>,
    venue: Option<String>,
    place_as_stated: Option<String>,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    organizers: Vec<String>,
    #[serde(default)]
    people: Vec<Person>,
    summary: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    complete: bool,
    #[serde(default)]
    cut_off: Vec<String>,
    notes: Option<String>,
}

/// How a date or time is read from its text, and what is said of a value that is none.
type Reading<T> = (fn(&str) -> Result<T, String>, fn(&str) -> String);
const DATE: Reading<chrono::NaiveDate> = (time::parse_date, time::not_a_date);
const TIME: Reading<chrono::NaiveTime> = (time::parse_time, time::not_a_time);

/// A date or time given as a string or as a TOML native value, read as `reading` says.
fn when<T>(
    value: Option<toml::Value>,
    at: Option<usize>,
    (parse, not_one): Reading<T>,
    index: &LineIndex,
    session: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = match value? {
        toml::Value::String(s) => s,
        toml::Value::Datetime(d) => d.to_string(),
        other => {
            let found = format!("{} `{other}`", other.type_str());
            problems.push(Problem::error(index.locate_at(at), session, not_one(&found)));
            return None;
        }
    };
    match parse(&text) {
        Ok(v) => Some(v),
        Err(message) => {
            problems.push(Problem::error(index.locate_at(at), session, message));
            None
        }
    }
}

pub fn convert_session(
    raw: RawSession,
    spans: &FieldSpans,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> Option<Session> {
    let id = raw.id.clone();
    let before = problems.len();
    let date = when(raw.date, spans.field("date"), DATE, index, Some(&id), problems);
    let start = when(raw.start, spans.field("start"), TIME, index, Some(&id), problems);
    let end = when(raw.end, spans.field("end"), TIME, index, Some(&id), problems);
    let end_date = when(raw.end_date, spans.field("end_date"), DATE, index, Some(&id), problems);
    let mut cut_off = Vec::with_capacity(raw.cut_off.len());
    for (i, text) in raw.cut_off.iter().enumerate() {
        match text.parse::<CutOff>() {
            Ok(value) => cut_off.push((i, value)),
            Err(message) => {
                problems.push(Problem::error(
                    index.locate_at(spans.field(&format!("cut_off.{i}"))),
                    Some(&id),
                    message,
                ));
            }
        }
    }
    if problems.len() > before {
        return None;
    }
    let session = Session {
        id: SessionId(raw.id),
        title: raw.title,
        subtitle: raw.subtitle,
        date,
        start,
        end,
        end_date,
        kind: raw.kind,
        format: raw.format,
        languages: raw.languages,
        room: raw.room,
        themes: raw.themes,
        organizers: raw.organizers,
        people: raw.people,
        summary: raw.summary,
        sources: raw.sources,
        complete: raw.complete,
        extras: SessionExtras {
            other_titles: raw.other_titles,
            time_conflict: raw.time_conflict,
            kind_as_stated: raw.kind_as_stated,
            format_as_stated: raw.format_as_stated,
            interpretation: raw.interpretation,
            venue: raw.venue,
            place_as_stated: raw.place_as_stated,
            cut_off: cut_off.iter().map(|(_, value)| *value).collect(),
            notes: raw.notes,
        }
        .into(),
    };
    for (i, value) in cut_off.into_iter().filter(|(_, value)| !value.fits(&session)) {
        let message = crate::wording::LOAD_CUT_OFF_NOT_IN_SESSION.say(&[("value", &value)]);
        problems.push(Problem::error(index.locate_at(spans.field(&format!("cut_off.{i}"))), Some(&id), message));
    }
    if session.extras.place_as_stated.is_some() && session.place().is_none() {
        let message = crate::wording::LOAD_PLACE_WITHOUT_ROOM.text();
        problems.push(Problem::error(index.locate_at(spans.field("place_as_stated")), Some(&id), message));
    }
    (problems.len() == before).then_some(session)
}

pub fn convert_header(
    raw: RawHeader,
    sessions: Vec<Session>,
    spans: &FieldSpans,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> Option<Programme> {
    let timezone = match time::parse_zone(&raw.timezone) {
        Ok(tz) => Some(tz),
        Err(message) => {
            problems.push(Problem::error(index.locate_at(spans.field("timezone")), None, message));
            None
        }
    };
    let first_day = when(Some(raw.first_day), spans.field("first_day"), DATE, index, None, problems);
    let last_day = when(Some(raw.last_day), spans.field("last_day"), DATE, index, None, problems);
    let day_change = when(raw.day_change, spans.field("day_change"), TIME, index, None, problems);
    Some(Programme {
        id: raw.id,
        edition: raw.edition,
        ordinal: raw.ordinal,
        title: raw.title,
        short_title: raw.short_title,
        theme: raw.theme,
        theme_titles: raw.theme_titles,
        timezone: timezone?,
        zone_found: None,
        first_day: first_day?,
        last_day: last_day?,
        day_change,
        dates_as_stated: raw.dates_as_stated,
        venue: raw.venue,
        mode: raw.mode,
        hosts: raw.hosts,
        organizers: raw.organizers,
        stated_session_count: raw.stated_session_count,
        stated_session_total: raw.stated_session_total,
        figures: raw.figures,
        sources: raw.sources,
        themes: raw.themes,
        sessions,
    })
}
