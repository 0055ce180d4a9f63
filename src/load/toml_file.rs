//! Reading a programme written in our TOML format, with every problem located.
//!
//! The document is parsed into a spanned tree (all syntax errors are recovered and reported),
//! unknown keys are reported one by one, then the header and each session are deserialized on
//! their own so that one bad session never hides the problems of another. A large programme in
//! the plain shape our writer produces is parsed session by session on every core.

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::fields::{self, FieldSpans, HEADER_KEYS, PERSON_KEYS, SESSION_KEYS, SpannedLocator, THEME_KEYS};
use super::raw::{RawHeader, RawSession, convert_header, convert_session};
use crate::diagnostic::{LineIndex, Problem};
use crate::model::{Programme, Session};
use crate::validate;

/// A programme and its warnings, or every problem found.
type Parsed = Result<(Programme, Vec<Problem>), Vec<Problem>>;

/// Parse and check a TOML programme. `Ok` carries warnings; `Err` carries every problem found.
pub fn parse(text: &str, path: &str) -> Parsed {
    let index = LineIndex::new(path, text);
    if text.trim().is_empty() {
        return Err(vec![Problem::error(index.file(), None, crate::wording::LOAD_EMPTY_FILE.text())]);
    }
    if let Some(result) = parse_chunked(text, &index) {
        return result;
    }
    // Syntax errors are reported with everything else the recovered document shows (a duplicate
    // id, an empty title), so that one run lists every problem; they make the file invalid. A
    // session with a syntax error in it is not read further: what was recovered of it is a guess.
    let (root, syntax) = DeTable::parse_recoverable(text);
    let broken: Vec<std::ops::Range<usize>> = syntax.iter().filter_map(|e| e.span()).collect();
    let mut problems: Vec<Problem> = syntax
        .iter()
        .map(|e| {
            let problem = one_line(e.message());
            Problem::error(
                index.locate_span(e.span()),
                None,
                crate::wording::LOAD_TOML_SYNTAX.say(&[("problem", &problem)]),
            )
        })
        .collect();
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
                    crate::wording::LOAD_SESSIONS_NOT_ARRAY.say(&[("found", &other.type_str())]),
                )),
            }
        } else {
            header.insert(key, value);
        }
    }
    let (raw_header, header_spans) = header_part(header, root_span, &index, &mut problems);

    let mut parsed = Vec::with_capacity(sessions.len());
    let mut spans = Vec::with_capacity(sessions.len());
    // Each session runs from its table to the next one's (its own span may be its header only).
    let mut ends: Vec<usize> = sessions.iter().skip(1).map(|s| s.span().start).collect();
    ends.push(text.len());
    for (item, end) in sessions.into_iter().zip(ends) {
        let start = item.span().start;
        if broken.iter().any(|b| (start..end).contains(&b.start)) {
            continue;
        }
        if let Some((session, session_spans)) = session_item(item, &index, &index, &mut problems) {
            parsed.push(session);
            spans.push(session_spans);
        }
    }
    finish(raw_header, parsed, spans, &header_spans, &index, problems)
}

/// The programme's own keys and themes.
fn header_part(
    header: DeTable<'_>,
    span: std::ops::Range<usize>,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> (Option<RawHeader>, FieldSpans) {
    fields::check_keys(&header, HEADER_KEYS, crate::wording::FIELDS_OF_PROGRAMME, None, index, problems);
    for theme in array_tables(&header, "themes") {
        fields::check_keys(theme, THEME_KEYS, crate::wording::FIELDS_OF_THEME, None, index, problems);
    }
    let header_spans = FieldSpans::from_table(span.clone(), &header);
    let raw = deserialize(Spanned::new(span, DeValue::Table(header)), index, None, problems);
    (raw, header_spans)
}

/// Files at least this large are parsed session by session, in parallel, when their shape allows.
const CHUNKED_FROM: usize = 256 * 1024;

/// The fast path for large files in the plain shape (the header first, then `[[sessions]]`
/// tables, no multi-line strings): each session is parsed on its own, on every core. `None`
/// when the file is not in that shape or has a syntax error (the whole-document path reports it).
fn parse_chunked(text: &str, index: &LineIndex) -> Option<Parsed> {
    let multiline = |quote: &str| memchr::memmem::find(text.as_bytes(), quote.as_bytes()).is_some();
    if text.len() < CHUNKED_FROM || multiline("\"\"\"") || multiline("\'\'\'") {
        return None;
    }
    let mut starts: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "\n[[sessions]]").map(|i| i + 1).collect();
    if text.starts_with("[[sessions]]") {
        starts.insert(0, 0);
    }
    let first = *starts.first()?;
    let (header, errors) = DeTable::parse_recoverable(&text[..first]);
    if !errors.is_empty() {
        return None;
    }
    let ranges: Vec<std::ops::Range<usize>> =
        starts.iter().zip(starts.iter().skip(1).copied().chain([text.len()])).map(|(a, b)| *a..b).collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    // Each thread writes its sessions straight into its share of these slots, so that the
    // sessions are never copied from one list to another (at 100k that copy alone is 45 MB).
    let n = ranges.len();
    let (mut sessions, mut spans, mut kept) =
        (vec![Session::default(); n], vec![FieldSpans::default(); n], vec![false; n]);
    let per_thread = n.div_ceil(threads);
    let parts: Vec<Option<Vec<Problem>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = ranges
            .chunks(per_thread)
            .zip(sessions.chunks_mut(per_thread).zip(spans.chunks_mut(per_thread)).zip(kept.chunks_mut(per_thread)))
            .map(|(part, slots)| scope.spawn(move || parse_sessions(text, part, index, slots)))
            .collect();
        handles.into_iter().map(|h| h.join().ok().flatten()).collect()
    });
    let mut problems = Vec::new();
    let root_span = header.span();
    let (raw_header, header_spans) = header_part(header.into_inner(), root_span, index, &mut problems);
    for part_problems in parts {
        problems.extend(part_problems?);
    }
    let mut keep = kept.iter().copied();
    sessions.retain(|_| keep.next().unwrap_or(false));
    let mut keep = kept.iter().copied();
    spans.retain(|_| keep.next().unwrap_or(false));
    Some(finish(raw_header, sessions, spans, &header_spans, index, problems))
}

/// Where one thread puts the sessions of its parts: each slot's session, its field spans, and
/// whether it holds one (a session with errors leaves its slot empty).
type Slots<'a> = ((&'a mut [Session], &'a mut [FieldSpans]), &'a mut [bool]);

/// The sessions of some `[[sessions]]` parts, into `slots`; their problems, or `None` if one
/// part is not a plain session table.
fn parse_sessions(
    text: &str,
    ranges: &[std::ops::Range<usize>],
    index: &LineIndex,
    ((sessions, spans), kept): Slots<'_>,
) -> Option<Vec<Problem>> {
    let mut problems = Vec::new();
    for (i, range) in ranges.iter().enumerate() {
        let (root, errors) = DeTable::parse_recoverable(&text[range.clone()]);
        let root = root.into_inner();
        if !errors.is_empty() || root.len() != 1 {
            return None;
        }
        let (key, value) = root.into_iter().next()?;
        let DeValue::Array(list) = value.into_inner() else { return None };
        if key.get_ref() != "sessions" || list.len() != 1 {
            return None;
        }
        let item = list.into_iter().next()?;
        if let Some((session, session_spans)) = session_item(item, &index.shifted(range.start), index, &mut problems) {
            (sessions[i], spans[i], kept[i]) = (session, session_spans, true);
        }
    }
    Some(problems)
}

/// One `[[sessions]]` table: its keys checked, deserialized, converted. `local` locates the
/// spans of `item` (a view of the part it was parsed from); `index` the whole file.
fn session_item(
    item: Spanned<DeValue<'_>>,
    local: &LineIndex,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) -> Option<(Session, FieldSpans)> {
    let span = item.span();
    let Some(table) = item.get_ref().as_table() else {
        problems.push(Problem::error(local.locate(span.start), None, crate::wording::LOAD_SESSION_NOT_TABLE.text()));
        return None;
    };
    let id = table_str(table, "id");
    fields::check_keys(table, SESSION_KEYS, crate::wording::FIELDS_OF_SESSION, id.as_deref(), local, problems);
    for person in array_tables(table, "people") {
        fields::check_keys(person, PERSON_KEYS, crate::wording::FIELDS_OF_PERSON, id.as_deref(), local, problems);
    }
    let offset = local.locate_offset();
    let session_spans = FieldSpans::from_table(span, table).shifted(offset);
    let raw = deserialize::<RawSession>(item, local, id.as_deref(), problems)?;
    let session = convert_session(raw, &session_spans, index, problems)?;
    Some((session, session_spans))
}

fn finish(
    raw_header: Option<RawHeader>,
    parsed: Vec<Session>,
    spans: Vec<FieldSpans>,
    header_spans: &FieldSpans,
    index: &LineIndex,
    mut problems: Vec<Problem>,
) -> Parsed {
    let Some(raw) = raw_header else {
        return Err(problems);
    };
    let Some(programme) = convert_header(raw, parsed, header_spans, index, &mut problems) else {
        return Err(problems);
    };
    problems.extend(validate::check(&programme, &SpannedLocator::new(index, &spans).with_header(header_spans)));
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
