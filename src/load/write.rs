//! A programme written in our TOML format (for `whrcf import -o`): the same shape the loader
//! reads, so an imported schedule can be validated, edited and bundled.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Format, Person, Programme, Theme};

#[derive(Serialize)]
struct FileOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    edition: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ordinal: Option<u32>,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    short_title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    theme_titles: &'a [String],
    timezone: &'a str,
    first_day: String,
    last_day: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    day_change: Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    dates_as_stated: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    venue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mode: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    hosts: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    organizers: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    stated_session_count: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stated_session_total: Option<u32>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [String],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    figures: &'a BTreeMap<String, String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    themes: &'a [Theme],
    sessions: Vec<SessionOut<'a>>,
}

#[derive(Serialize)]
struct SessionOut<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    other_titles: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    subtitle: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_conflict: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind_as_stated: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<Format>,
    #[serde(skip_serializing_if = "Option::is_none")]
    format_as_stated: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    languages: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    interpretation: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    room: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    venue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place_as_stated: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    themes: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    organizers: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [String],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    complete: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cut_off: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    people: &'a [Person],
}

/// `p` as TOML in our format.
pub fn to_toml(p: &Programme) -> Result<String, String> {
    let hm = |t: Option<chrono::NaiveTime>| {
        t.map(|t| t.format(if t.format("%S").to_string() == "00" { "%H:%M" } else { "%H:%M:%S" }).to_string())
    };
    let file = FileOut {
        id: &p.id,
        edition: p.edition,
        ordinal: p.ordinal,
        title: &p.title,
        short_title: p.short_title.as_deref(),
        theme: p.theme.as_deref(),
        theme_titles: &p.theme_titles,
        timezone: p.timezone.name(),
        first_day: p.first_day.to_string(),
        last_day: p.last_day.to_string(),
        day_change: hm(p.day_change),
        dates_as_stated: &p.dates_as_stated,
        venue: p.venue.as_deref(),
        mode: p.mode.as_deref(),
        hosts: &p.hosts,
        organizers: &p.organizers,
        stated_session_count: p.stated_session_count.as_deref(),
        stated_session_total: p.stated_session_total,
        sources: &p.sources,
        figures: &p.figures,
        themes: &p.themes,
        sessions: p
            .sessions
            .iter()
            .map(|s| SessionOut {
                id: s.id.as_str(),
                title: &s.title,
                other_titles: &s.extras.other_titles,
                subtitle: s.subtitle.as_deref(),
                date: s.date.map(|d| d.to_string()),
                start: hm(s.start),
                end: hm(s.end),
                time_conflict: s.extras.time_conflict.as_deref(),
                end_date: s.end_date.map(|d| d.to_string()),
                kind: s.kind.as_deref(),
                kind_as_stated: s.extras.kind_as_stated.as_deref(),
                format: s.format,
                format_as_stated: s.extras.format_as_stated.as_deref(),
                languages: &s.languages,
                interpretation: &s.extras.interpretation,
                room: s.room.as_deref(),
                venue: s.extras.venue.as_deref(),
                place_as_stated: s.extras.place_as_stated.as_deref(),
                themes: &s.themes,
                organizers: &s.organizers,
                summary: s.summary.as_deref(),
                sources: &s.sources,
                complete: s.complete,
                cut_off: s.extras.cut_off.iter().map(ToString::to_string).collect(),
                notes: s.extras.notes.as_deref(),
                people: &s.people,
            })
            .collect(),
    };
    let body = super::safe_toml::escape_unsafe(&toml::to_string(&file).map_err(|e| e.to_string())?);
    // The title is the file's text: in a comment it can be neither escaped nor allowed a line end.
    let title = crate::sanitize::line(&p.title);
    Ok(format!("# {title} — written by whrcf import; check it with `whrcf validate`.\n{body}"))
}
