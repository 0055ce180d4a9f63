//! The keys our TOML format knows, unknown-key checks with suggestions, and the spans of
//! each session's fields so that later checks can point at `path:line:col`.

use std::ops::Range;

use toml::de::DeTable;

use crate::diagnostic::{LineIndex, Location, Problem};
use crate::validate::Locator;

/// Keys of the programme header.
pub const HEADER_KEYS: &[&str] = &[
    "id",
    "edition",
    "ordinal",
    "title",
    "short_title",
    "theme",
    "theme_titles",
    "timezone",
    "first_day",
    "last_day",
    "day_change",
    "dates_as_stated",
    "venue",
    "mode",
    "hosts",
    "organizers",
    "stated_session_count",
    "stated_session_total",
    "figures",
    "sources",
    "themes",
];
/// Keys of a `[[themes]]` entry.
pub const THEME_KEYS: &[&str] = &["id", "name", "description"];
/// Keys of a `[[sessions]]` entry.
pub const SESSION_KEYS: &[&str] = &[
    "id",
    "title",
    "other_titles",
    "subtitle",
    "date",
    "start",
    "end",
    "time_conflict",
    "end_date",
    "kind",
    "kind_as_stated",
    "format",
    "format_as_stated",
    "languages",
    "interpretation",
    "room",
    "venue",
    "place_as_stated",
    "themes",
    "organizers",
    "people",
    "summary",
    "sources",
    "complete",
    "cut_off",
    "notes",
];
/// Keys of a `[[sessions.people]]` entry.
pub const PERSON_KEYS: &[&str] = &["name", "role", "affiliation", "country", "topic"];

/// Report every key of `table` that is not in `known`, suggesting the nearest known key.
pub fn check_keys(
    table: &DeTable<'_>,
    known: &[&str],
    what: crate::wording::Message,
    session: Option<&str>,
    index: &LineIndex,
    problems: &mut Vec<Problem>,
) {
    for key in table.keys() {
        let name = key.get_ref().as_ref();
        if known.contains(&name) {
            continue;
        }
        let (of, listed) = (what.text(), known.join(", "));
        let message = match nearest(name, known) {
            Some(near) => crate::wording::LOAD_UNKNOWN_FIELD_NEAR.say(&[
                ("what", &of),
                ("name", &name),
                ("near", &near),
                ("known", &listed),
            ]),
            None => crate::wording::LOAD_UNKNOWN_FIELD.say(&[("what", &of), ("name", &name), ("known", &listed)]),
        };
        problems.push(Problem::error(index.locate(key.span().start), session, message));
    }
}

fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known.iter().map(|k| (edit_distance(name, k), *k)).filter(|(d, k)| *d <= 2.max(k.len() / 3)).min().map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Where a table and each of its known values start, with the items of `themes` and `cut_off`
/// (as `themes.N`): what later checks point at. Compact, as there is one per session: 12 bytes
/// a value, in a list of exactly the values present.
#[derive(Debug, Clone, Default)]
pub struct FieldSpans {
    table: u32,
    fields: Box<[FieldStart]>,
}

/// A known key (by its position in `HEADER_KEYS` then `SESSION_KEYS`), the array item or
/// `WHOLE`, and the byte where its value starts.
#[derive(Debug, Clone, Copy)]
struct FieldStart {
    key: u8,
    item: u32,
    start: u32,
}

const WHOLE: u32 = u32::MAX;

fn narrow(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// A key's position among the known keys, header keys first.
fn key_number(name: &str) -> Option<u8> {
    HEADER_KEYS.iter().chain(SESSION_KEYS).position(|k| *k == name).and_then(|n| u8::try_from(n).ok())
}

impl FieldSpans {
    /// Record where `table`'s values start.
    pub fn from_table(table_span: Range<usize>, table: &DeTable<'_>) -> Self {
        let mut fields = Vec::with_capacity(table.len());
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            let Some(number) = key_number(name) else { continue };
            fields.push(FieldStart { key: number, item: WHOLE, start: narrow(value.span().start) });
            if (name == "themes" || name == "cut_off")
                && let Some(items) = value.get_ref().as_array()
            {
                for (i, item) in items.iter().enumerate() {
                    let item_number = u32::try_from(i).unwrap_or(WHOLE);
                    fields.push(FieldStart { key: number, item: item_number, start: narrow(item.span().start) });
                }
            }
        }
        FieldSpans { table: narrow(table_span.start), fields: fields.into_boxed_slice() }
    }

    /// The same positions, moved `by` bytes later (for a table parsed from a part of the text).
    pub fn shifted(mut self, by: usize) -> Self {
        let by = u32::try_from(by).unwrap_or(0);
        self.table = self.table.saturating_add(by);
        for field in &mut self.fields {
            field.start = field.start.saturating_add(by);
        }
        self
    }

    /// Where a field's value starts (`themes.2` for an array item), if the field is present.
    pub fn field(&self, name: &str) -> Option<usize> {
        let (name, item) = match name.split_once('.') {
            Some((n, i)) => (n, i.parse().unwrap_or(WHOLE)),
            None => (name, WHOLE),
        };
        let key = key_number(name)?;
        self.fields.iter().find(|f| f.key == key && f.item == item).map(|f| f.start as usize)
    }

    /// Where a field's value starts, or the whole table when the field is absent.
    pub fn field_or_table(&self, name: &str) -> usize {
        self.field(name).unwrap_or(self.table as usize)
    }
}

/// Locates session fields through the spans recorded while parsing.
pub struct SpannedLocator<'a> {
    index: &'a LineIndex<'a>,
    sessions: &'a [FieldSpans],
    header: Option<&'a FieldSpans>,
}

impl<'a> SpannedLocator<'a> {
    /// A locator over the sessions' spans, in programme order.
    pub fn new(index: &'a LineIndex<'a>, sessions: &'a [FieldSpans]) -> Self {
        SpannedLocator { index, sessions, header: None }
    }

    /// With the spans of the programme's own fields too.
    pub fn with_header(self, header: &'a FieldSpans) -> Self {
        SpannedLocator { header: Some(header), ..self }
    }
}

impl Locator for SpannedLocator<'_> {
    fn session(&self, index: usize, field: &str) -> Location {
        match self.sessions.get(index) {
            Some(spans) => self.index.locate(spans.field_or_table(field)),
            None => self.index.file(),
        }
    }

    fn file(&self) -> Location {
        self.index.file()
    }

    fn programme(&self, field: &str) -> Location {
        match self.header.and_then(|h| h.field(field)) {
            Some(start) => self.index.locate(start),
            None => self.index.file(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_keys_only() {
        assert_eq!(nearest("titel", SESSION_KEYS), Some("title"));
        assert_eq!(nearest("organisers", SESSION_KEYS), Some("organizers"));
        assert_eq!(nearest("zzzzzz", SESSION_KEYS), None);
    }
}
