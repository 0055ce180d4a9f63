//! Reading a programme written in our TOML format, with every problem located.
//!
//! The document is parsed once into a spanned tree (all syntax errors are recovered and
//! reported), unknown keys are reported one by one, then the header and each session are
//! deserialized on their own so that one bad session never hides the problems of another.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::fields::{
    self, FieldSpans, HEADER_KEYS, PERSON_KEYS, SESSION_KEYS, SpannedLocator, THEME_KEYS,
};
use crate::diagnostic::{LineIndex, Problem};
use crate::model::{Format, Person, Programme, Session, SessionId, Theme};
use crate::time;
use crate::validate;

#[derive(Deserialize)]
struct RawHeader {
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
    #[serde(default)]
    dates_as_stated: Vec<String>,
    venue: Option<String>,
    mode: Option<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    organizers: Vec<String>,
    stated_session_count: Option<String>,
    #[serde(default)]
    figures: BTreeMap<String, String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    themes: Vec<Theme>,
}

#[derive(Deserialize)]
struct RawSession {
    id: String,
    title: String,
    #[serde(default)]
    other_titles: Vec<String>,
    subtitle: Option<String>,
    date: Option<toml::Value>,
    start: Option<toml::Value>,
    end: Option<toml::Value>,
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
    notes: Option<String>,
}

/// Parse and check a TOML programme. `Ok` carries warnings; `Err` carries every problem found.
pub fn parse(text: &str, path: &str) -> Result<(Programme, Vec<Problem>), Vec<Problem>> {
    let index = LineIndex::new(path, text);
    if text.trim().is_empty() {
        return Err(vec![Problem::error(
            index.file(),
            None,
            "empty file: expected a TOML programme with id, title, timezone, first_day, last_day and [[sessions]]",
        )]);
    }
    let (root, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        return Err(syntax
            .iter()
            .map(|e| {
                Problem::error(
                    index.locate_span(e.span()),
                    None,
                    format!("TOML syntax: {}", one_line(e.message())),
                )
            })
            .collect());
    }
    let mut problems = Vec::new();
    let root_span = root.span();
    let mut header = DeTable::default();
    let mut sessions: Vec<Spanned<DeValue<'_>>> = Vec::new();
    for (key, value) in root.into_inner() {
        if key.get_ref() == "sessions" {
            match value.into_inner() {
                DeValue::Array(items) => sessions = items.into_iter().collect(),
                other => problems.push(Problem::error(
                    index.locate(key.span().start),
                    None,
                    format!(
                        "`sessions` must be an array of tables ([[sessions]]), found {}",
                        other.type_str()
                    ),
                )),
            }
        } else {
            header.insert(key, value);
        }
    }
    fields::check_keys(
        &header,
        HEADER_KEYS,
        "programme",
        None,
        &index,
        &mut problems,
    );
    for theme in array_tables(&header, "themes") {
        fields::check_keys(theme, THEME_KEYS, "theme", None, &index, &mut problems);
    }
    let header_spans = FieldSpans::from_table(root_span.clone(), &header);
    let header_value = Spanned::new(root_span.clone(), DeValue::Table(header));
    let raw_header: Option<RawHeader> = deserialize(header_value, &index, None, &mut problems);

    let mut parsed = Vec::with_capacity(sessions.len());
    let mut spans = Vec::with_capacity(sessions.len());
    for item in sessions {
        let span = item.span();
        let Some(table) = item.get_ref().as_table() else {
            problems.push(Problem::error(
                index.locate(span.start),
                None,
                "each session must be a table ([[sessions]])",
            ));
            continue;
        };
        let id = table_str(table, "id");
        fields::check_keys(
            table,
            SESSION_KEYS,
            "session",
            id.as_deref(),
            &index,
            &mut problems,
        );
        for person in array_tables(table, "people") {
            fields::check_keys(
                person,
                PERSON_KEYS,
                "person",
                id.as_deref(),
                &index,
                &mut problems,
            );
        }
        let session_spans = FieldSpans::from_table(span.clone(), table);
        if let Some(raw) = deserialize::<RawSession>(item, &index, id.as_deref(), &mut problems) {
            if let Some(session) = convert_session(raw, &session_spans, &index, &mut problems) {
                parsed.push(session);
                spans.push(session_spans);
            }
        }
    }
    let Some(raw) = raw_header else {
        return Err(problems);
    };
    let Some(programme) = convert_header(raw, parsed, &header_spans, &index, &mut problems) else {
        return Err(problems);
    };
    problems.extend(validate::check(
        &programme,
        &SpannedLocator::new(&index, &spans),
    ));
    if problems.iter().any(Problem::is_error) {
        Err(problems)
    } else {
        Ok((programme, problems))
    }
}

fn deserialize<T: DeserializeOwned>(
    value: Spanned<DeValue<'_>>,
    index: &LineIndex,
    session: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let span = value.span();
    match T::deserialize(ValueDeserializer::from(value)) {
        Ok(v) => Some(v),
        Err(e) => {
            let at = e.span().unwrap_or(span);
            problems.push(Problem::error(
                index.locate(at.start),
                session,
                one_line(e.message()),
            ));
            None
        }
    }
}

fn one_line(message: &str) -> String {
    message.trim().replace('\n', " ")
}

fn table_str(table: &DeTable<'_>, key: &str) -> Option<String> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .and_then(|(_, v)| v.get_ref().as_str().map(str::to_owned))
}

fn array_tables<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Vec<&'a DeTable<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .and_then(|(_, v)| v.get_ref().as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.get_ref().as_table())
                .collect()
        })
        .unwrap_or_default()
}

/// A date or time given as a string or as a TOML native value; `what` parses the text.
fn when<T>(
    value: Option<toml::Value>,
    span: Option<Range<usize>>,
    parse: fn(&str) -> Result<T, String>,
    index: &LineIndex,
    session: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = match value? {
        toml::Value::String(s) => s,
        toml::Value::Datetime(d) => d.to_string(),
        other => {
            let expected = parse("?").err().unwrap_or_default();
            let expected = expected
                .split(", found")
                .next()
                .unwrap_or_default()
                .to_owned();
            problems.push(Problem::error(
                index.locate_span(span),
                session,
                format!("{expected}, found {} `{other}`", other.type_str()),
            ));
            return None;
        }
    };
    match parse(&text) {
        Ok(v) => Some(v),
        Err(message) => {
            problems.push(Problem::error(index.locate_span(span), session, message));
            None
        }
    }
}

fn convert_session(
    raw: RawSession,
    spans: &FieldSpans,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> Option<Session> {
    let id = raw.id.clone();
    let before = problems.len();
    let date = when(
        raw.date,
        spans.field("date"),
        time::parse_date,
        index,
        Some(&id),
        problems,
    );
    let start = when(
        raw.start,
        spans.field("start"),
        time::parse_time,
        index,
        Some(&id),
        problems,
    );
    let end = when(
        raw.end,
        spans.field("end"),
        time::parse_time,
        index,
        Some(&id),
        problems,
    );
    let end_date = when(
        raw.end_date,
        spans.field("end_date"),
        time::parse_date,
        index,
        Some(&id),
        problems,
    );
    if problems.len() > before {
        return None;
    }
    Some(Session {
        id: SessionId(raw.id),
        title: raw.title,
        other_titles: raw.other_titles,
        subtitle: raw.subtitle,
        date,
        start,
        end,
        end_date,
        kind: raw.kind,
        kind_as_stated: raw.kind_as_stated,
        format: raw.format,
        format_as_stated: raw.format_as_stated,
        languages: raw.languages,
        interpretation: raw.interpretation,
        room: raw.room,
        venue: raw.venue,
        themes: raw.themes,
        organizers: raw.organizers,
        people: raw.people,
        summary: raw.summary,
        sources: raw.sources,
        complete: raw.complete,
        notes: raw.notes,
    })
}

fn convert_header(
    raw: RawHeader,
    sessions: Vec<Session>,
    spans: &FieldSpans,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> Option<Programme> {
    let timezone = match time::parse_zone(&raw.timezone) {
        Ok(tz) => Some(tz),
        Err(message) => {
            problems.push(Problem::error(
                index.locate_span(spans.field("timezone")),
                None,
                message,
            ));
            None
        }
    };
    let first_day = when(
        Some(raw.first_day),
        spans.field("first_day"),
        time::parse_date,
        index,
        None,
        problems,
    );
    let last_day = when(
        Some(raw.last_day),
        spans.field("last_day"),
        time::parse_date,
        index,
        None,
        problems,
    );
    Some(Programme {
        id: raw.id,
        edition: raw.edition,
        ordinal: raw.ordinal,
        title: raw.title,
        short_title: raw.short_title,
        theme: raw.theme,
        theme_titles: raw.theme_titles,
        timezone: timezone?,
        first_day: first_day?,
        last_day: last_day?,
        dates_as_stated: raw.dates_as_stated,
        venue: raw.venue,
        mode: raw.mode,
        hosts: raw.hosts,
        organizers: raw.organizers,
        stated_session_count: raw.stated_session_count,
        figures: raw.figures,
        sources: raw.sources,
        themes: raw.themes,
        sessions,
    })
}
