//! Reading a programme written in our TOML format, with every problem located.
//!
//! The document is parsed once into a spanned tree (all syntax errors are recovered and
//! reported), unknown keys are reported one by one, then the header and each session are
//! deserialized on their own so that one bad session never hides the problems of another.

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::fields::{self, FieldSpans, HEADER_KEYS, PERSON_KEYS, SESSION_KEYS, SpannedLocator, THEME_KEYS};
use super::raw::{RawHeader, RawSession, convert_header, convert_session};
use crate::diagnostic::{LineIndex, Problem};
use crate::model::Programme;
use crate::validate;

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
                Problem::error(index.locate_span(e.span()), None, format!("TOML syntax: {}", one_line(e.message())))
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
                    format!("`sessions` must be an array of tables ([[sessions]]), found {}", other.type_str()),
                )),
            }
        } else {
            header.insert(key, value);
        }
    }
    fields::check_keys(&header, HEADER_KEYS, "programme", None, &index, &mut problems);
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
        fields::check_keys(table, SESSION_KEYS, "session", id.as_deref(), &index, &mut problems);
        for person in array_tables(table, "people") {
            fields::check_keys(person, PERSON_KEYS, "person", id.as_deref(), &index, &mut problems);
        }
        let session_spans = FieldSpans::from_table(span.clone(), table);
        if let Some(raw) = deserialize::<RawSession>(item, &index, id.as_deref(), &mut problems)
            && let Some(session) = convert_session(raw, &session_spans, &index, &mut problems)
        {
            parsed.push(session);
            spans.push(session_spans);
        }
    }
    let Some(raw) = raw_header else {
        return Err(problems);
    };
    let Some(programme) = convert_header(raw, parsed, &header_spans, &index, &mut problems) else {
        return Err(problems);
    };
    problems.extend(validate::check(&programme, &SpannedLocator::new(&index, &spans)));
    if problems.iter().any(Problem::is_error) { Err(problems) } else { Ok((programme, problems)) }
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
            problems.push(Problem::error(index.locate(at.start), session, one_line(e.message())));
            None
        }
    }
}

fn one_line(message: &str) -> String {
    message.trim().replace('\n', " ")
}

fn table_str(table: &DeTable<'_>, key: &str) -> Option<String> {
    table.iter().find(|(k, _)| k.get_ref() == key).and_then(|(_, v)| v.get_ref().as_str().map(str::to_owned))
}

fn array_tables<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Vec<&'a DeTable<'i>> {
    table
        .iter()
        .find(|(k, _)| k.get_ref() == key)
        .and_then(|(_, v)| v.get_ref().as_array())
        .map(|items| items.iter().filter_map(|i| i.get_ref().as_table()).collect())
        .unwrap_or_default()
}
