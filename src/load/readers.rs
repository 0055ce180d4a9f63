//! The schedule readers, in one registry: each says how sure it is that a file is its format
//! from the file's beginning (the root element, the top-level key, the first line), and the
//! surest reads it. Formats that look alike (two XML or two JSON dialects, an HTML page where a
//! schedule was expected) are told apart by content, never by the file name or the first byte.
//! A new format is one reader function and one entry in [`READERS`].

use super::event::Conference;
use super::event_list::EventList;
use super::{c3voc_json, frab_xml, ical};
use crate::diagnostic::{LineIndex, Problem};

/// How sure a reader is that a file is in its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    No,
    /// The right syntax, but not (yet) the shape the reader knows.
    Maybe,
    Yes,
}

/// What a reader gives: the conference's facts and its events, or why it is no schedule.
pub type Read = Result<(Conference, EventList), String>;

/// One format's reader.
pub struct Reader {
    /// The format's name, for messages.
    pub name: &'static str,
    /// How sure the reader is, from the file's beginning (byte-order mark and white space gone).
    pub sniff: fn(head: &str) -> Confidence,
    pub read: fn(text: &str, index: &LineIndex, warnings: &mut Vec<Problem>) -> Read,
}

/// Every schedule format whrcf reads besides its own TOML.
pub const READERS: &[Reader] = &[
    Reader { name: "frab/Pentabarf XML", sniff: sniff_frab_xml, read: frab_xml::read },
    Reader { name: "C3VOC schedule.json", sniff: sniff_schedule_json, read: read_schedule_json },
    Reader { name: "iCalendar", sniff: sniff_icalendar, read: read_icalendar },
];

/// The reader surest of `head`, when any is at least [`Confidence::Maybe`].
pub fn for_head(head: &str) -> Option<&'static Reader> {
    READERS
        .iter()
        .map(|r| ((r.sniff)(head), r))
        .filter(|(c, _)| *c > Confidence::No)
        .max_by_key(|(c, _)| *c)
        .map(|(_, r)| r)
}

/// The name of the first element of an XML document, past its declaration, comments, processing
/// instructions and doctype.
fn root_element(head: &str) -> Option<&str> {
    let mut rest = head.trim_start();
    loop {
        rest = rest.strip_prefix('<')?;
        if let Some(after) = rest.strip_prefix("!--") {
            rest = &after[after.find("-->")? + 3..];
        } else if rest.starts_with('?') || rest.starts_with('!') {
            rest = &rest[rest.find('>')? + 1..];
        } else {
            let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
        rest = rest.trim_start();
    }
}

fn sniff_frab_xml(head: &str) -> Confidence {
    match root_element(head) {
        Some("schedule") => Confidence::Yes,
        // Cut before the root (a long comment): only the reader can tell.
        None if head.trim_start().starts_with('<') => Confidence::Maybe,
        _ => Confidence::No,
    }
}

fn sniff_schedule_json(head: &str) -> Confidence {
    let head = head.trim_start();
    if !head.starts_with('{') {
        return Confidence::No;
    }
    // schedule.json v1 has "conference" with "days" under "schedule"; v2 has a flat "events" list.
    if head.contains("\"schedule\"") { Confidence::Yes } else { Confidence::Maybe }
}

fn sniff_icalendar(head: &str) -> Confidence {
    let first = head.trim_start().lines().next().unwrap_or("").trim_end();
    if first.eq_ignore_ascii_case("BEGIN:VCALENDAR") { Confidence::Yes } else { Confidence::No }
}

fn read_schedule_json(text: &str, index: &LineIndex, warnings: &mut Vec<Problem>) -> Read {
    c3voc_json::read(text.as_bytes(), index.path(), warnings)
}

fn read_icalendar(text: &str, index: &LineIndex, warnings: &mut Vec<Problem>) -> Read {
    ical::read(text.as_bytes(), index, warnings)
}

/// What a file that no reader claims looks like, for the error: `None` when it may be our TOML.
/// A file that `may_be_toml` (named `.toml`, or begun by a TOML table header such as
/// `[[sessions]]`) is never taken for a JSON array for its opening `[`.
pub fn unknown_kind(head: &str, may_be_toml: bool) -> Option<&'static str> {
    let t = head.trim_start();
    let lower = t.get(..t.len().min(64)).unwrap_or("").to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") || root_element(t) == Some("html") {
        Some(crate::wording::LOAD_KIND_HTML.text())
    } else if t.starts_with('<') {
        Some(crate::wording::LOAD_KIND_XML.text())
    } else if t.starts_with('[') && !may_be_toml {
        Some(crate::wording::LOAD_KIND_JSON_ARRAY.text())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(head: &str) -> Option<&'static str> {
        for_head(head).map(|r| r.name)
    }

    #[test]
    fn alike_formats_are_told_apart_by_content() {
        let frab = "<?xml version=\"1.0\"?>\n<!-- made by frab -->\n<!DOCTYPE x>\n<schedule><version>1</version>";
        assert_eq!(chosen(frab), Some("frab/Pentabarf XML"));
        assert_eq!(chosen("<html><body>Schedule</body></html>"), None);
        assert_eq!(chosen("<rss version=\"2.0\">"), None);
        assert_eq!(chosen("{\"$schema\": \"x\", \"schedule\": {\"conference\": {}}}"), Some("C3VOC schedule.json"));
        assert_eq!(chosen("{\"hello\": 1}"), Some("C3VOC schedule.json"), "JSON the reader will explain");
        assert_eq!(chosen("BEGIN:VCALENDAR\r\nVERSION:2.0"), Some("iCalendar"));
        assert_eq!(chosen("id = \"x\"\ntitle = \"BEGIN:VCALENDAR\""), None, "our TOML");
        assert_eq!(
            unknown_kind("<!DOCTYPE html>\n<html>", false),
            Some("an HTML page (a web page, not its schedule export)")
        );
        assert_eq!(unknown_kind("<feed xmlns=\"…\">", false), Some("XML, but its root element is not <schedule>"));
        assert_eq!(unknown_kind("id = \"x\"", false), None);
        assert_eq!(unknown_kind("[1, 2]", false), Some("JSON, but an array where a schedule.json object was expected"));
        assert_eq!(unknown_kind("[1, 2]", true), None, "a `.toml` file is read as TOML");
    }
}
