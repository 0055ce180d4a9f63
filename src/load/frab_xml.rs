//! frab / Pentabarf schedule XML, in every shape seen in the wild: old Pentabarf with events
//! directly under `<day>`, FOSDEM, merged C3VOC files, wafer (DebConf). Streaming with
//! quick-xml; entity references other than the predefined and numeric ones are never expanded
//! (they stay as written), so entity bombs cost nothing. Unknown elements are ignored.

use chrono::{NaiveDate, NaiveTime};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::event::{Conference, RawEvent, frab_start, parse_duration};
use super::event_list::EventList;
use super::{markup, xml_text};
use crate::diagnostic::{LineIndex, Problem};

mod fields;

use fields::{store_conference, store_event};

/// What is being read.
#[derive(Default)]
struct Reading {
    stack: Vec<&'static str>,
    conference: Conference,
    day_change: Option<NaiveTime>,
    day: Option<NaiveDate>,
    room: Option<String>,
    event: Option<Partial>,
    /// The element whose text is being collected, and the text so far.
    capture: Option<&'static str>,
    text: String,
}

#[derive(Default)]
struct Partial {
    raw: RawEvent,
    date: Option<String>,
    start: Option<String>,
    duration: Option<String>,
    url: Option<String>,
    abstract_: Option<String>,
    description: Option<String>,
}

/// The value of attribute `name` (the first, when a broken file repeats it).
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find(|a| a.key.as_ref() == name).map(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| a.value.to_string())
    })
}

/// `element_name`: the elements this reader knows (each written once, as a token), any other
/// is "" (ignored, but its nesting is tracked). A `match` on the name is a jump on its length
/// and one comparison, not a search through the list.
macro_rules! known_elements {
    ($($name:tt)*) => {
        fn element_name(e: &BytesStart<'_>) -> &'static str {
            let local = e.local_name();
            let name: &str = local.as_ref();
            match name {
                $(stringify!($name) => stringify!($name),)*
                _ => "",
            }
        }
    };
}

known_elements!(
    schedule conference day room event persons person links link acronym title start end
    time_zone_name base_url day_change date duration subtitle track type language url abstract
    description city venue
);

/// The events and conference facts of a frab XML schedule. Bad events are skipped with a
/// located warning; a document that is not well-formed XML is an error at its position, and when
/// events were read before that point they are kept, with that error as a located problem.
pub fn read(text: &str, index: &LineIndex, warnings: &mut Vec<Problem>) -> Result<(Conference, EventList), String> {
    let mut reader = Reader::from_str(text);
    let mut r = Reading::default();
    let mut events = EventList::default();
    let mut saw_schedule = false;
    // Bytes passed over outside the reader (`take_leaf_text`, `skip`), which its positions
    // do not count.
    let mut taken = 0;
    loop {
        // White space between elements is passed over here rather than read as a text event
        // (inside the root element only, so the reader still sees the document's start).
        if r.capture.is_none() && !r.stack.is_empty() {
            let blank = xml_text::blank_len(reader.get_ref());
            taken += skip(&mut reader, blank);
        }
        let pos = usize::try_from(reader.buffer_position()).unwrap_or(0) + taken;
        match reader.read_event() {
            Err(e) => {
                let at = index.locate(usize::try_from(reader.error_position()).map_or(pos, |p| p + taken));
                if !saw_schedule || events.is_empty() {
                    return Err(crate::wording::LOAD_XML_NOT_WELL_FORMED.say(&[("at", &at), ("error", &e)]));
                }
                // A file cut short (or broken) after some events keeps them, loudly.
                let read = crate::wording::EVENTS.of(events.len());
                let message = crate::wording::LOAD_XML_BROKEN_AFTER.say(&[("error", &e), ("read", &read)]);
                warnings.push(Problem::error(at, None, message));
                return Ok((r.conference, events));
            }
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                let name = element_name(&e);
                saw_schedule |= r.stack.is_empty() && name == "schedule";
                open(&mut r, &e, name, pos, index);
                r.stack.push(name);
                if r.capture == Some(name) && !name.is_empty() {
                    taken += take_leaf_text(&mut reader, text, taken, &mut r.text);
                } else if r.capture.is_none() {
                    // Text nobody reads (a link's label, a slug): passed over unread.
                    let ignored = xml_text::leaf_len(reader.get_ref()).unwrap_or(0);
                    taken += skip(&mut reader, ignored);
                }
            }
            Ok(Event::Empty(e)) => {
                let name = element_name(&e);
                open(&mut r, &e, name, pos, index);
                r.stack.push(name);
                close(&mut r, &mut events, warnings);
            }
            Ok(Event::End(_)) => close(&mut r, &mut events, warnings),
            Ok(Event::Text(t)) if r.capture.is_some() => r.text.push_str(&t.xml10_content()),
            Ok(Event::CData(t)) if r.capture.is_some() => r.text.push_str(&t),
            Ok(Event::GeneralRef(g)) if r.capture.is_some() => match g.resolve_char_ref() {
                Ok(Some(c)) => r.text.push(c),
                _ => match quick_xml::escape::resolve_predefined_entity(&g) {
                    Some(s) => r.text.push_str(s),
                    None => r.text.extend(["&", &g, ";"]),
                },
            },
            Ok(_) => {}
        }
    }
    if let Some(open) = r.stack.first() {
        // A cut file is a problem (validate fails), and an event cut in the middle is lost: said.
        let said = if r.stack.contains(&"event") {
            crate::wording::LOAD_CUT_SHORT_EVENT_LOST
        } else {
            crate::wording::LOAD_CUT_SHORT_INSIDE
        };
        let read = crate::wording::EVENTS.of(events.len());
        warnings.push(Problem::error(index.locate(text.len()), None, said.say(&[("open", open), ("read", &read)])));
    }
    if !saw_schedule {
        return Err(crate::wording::LOAD_XML_NOT_SCHEDULE.say(&[("path", &index.path())]));
    }
    Ok((r.conference, events))
}

/// Just after a start tag whose text is captured: when the text runs straight to an end tag,
/// decode it whole into `out` and move the reader past it (its end tag is still read as an
/// event, so nesting is checked as before). Returns how many bytes were taken.
fn take_leaf_text(reader: &mut Reader<&[u8]>, source: &str, taken: usize, out: &mut String) -> usize {
    let rest: &[u8] = reader.get_ref();
    let Some(len) = xml_text::leaf_len(rest) else { return 0 };
    // The reader's slice is the tail of `source`; `len` ends before an ASCII `<`.
    let start = source.len() - rest.len();
    debug_assert_eq!(start, usize::try_from(reader.buffer_position()).unwrap_or(0) + taken);
    xml_text::unescape_into(out, &source[start..start + len]);
    skip(reader, len)
}

/// Move the reader `len` bytes on; returns `len`.
fn skip(reader: &mut Reader<&[u8]>, len: usize) -> usize {
    let rest: &[u8] = reader.get_ref();
    *reader.get_mut() = &rest[len..];
    len
}

fn open(r: &mut Reading, e: &BytesStart<'_>, name: &'static str, pos: usize, index: &LineIndex) {
    let parent = r.stack.last().copied().unwrap_or("");
    match (parent, name) {
        ("schedule", "day") => {
            r.day = attr(e, "date").and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok());
            let end = attr(e, "end").and_then(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok());
            r.conference.day_ends.extend(r.day.zip(end));
            let start = attr(e, "start").and_then(|t| chrono::DateTime::parse_from_rfc3339(t.trim()).ok());
            r.conference.listed_days.extend(r.day.map(|d| (d, start)));
            r.room = None;
        }
        ("day", "room") => r.room = attr(e, "name"),
        (_, "event") if r.event.is_none() => {
            let raw = RawEvent {
                at: index.locate(pos),
                id: attr(e, "id"),
                guid: attr(e, "guid"),
                room: r.room.clone(),
                ..RawEvent::default()
            };
            r.event = Some(Partial { raw, ..Partial::default() });
        }
        ("conference", n) if !n.is_empty() => r.capture = Some(name),
        ("event", n) if r.event.is_some() && !matches!(n, "" | "persons" | "links") => r.capture = Some(name),
        ("persons", "person") if r.event.is_some() => r.capture = Some("person"),
        ("links", "link") => {
            if let (Some(ev), Some(href)) = (r.event.as_mut(), attr(e, "href")) {
                ev.raw.links.push(href);
            }
        }
        _ => {}
    }
    if r.capture.is_some() {
        r.text.clear();
    }
}

fn close(r: &mut Reading, events: &mut EventList, warnings: &mut Vec<Problem>) {
    let Some(name) = r.stack.pop() else { return };
    let parent = r.stack.last().copied().unwrap_or("");
    if r.capture == Some(name) && !name.is_empty() {
        r.capture = None;
        let value = Some(r.text.trim()).filter(|t| !t.is_empty()).map(str::to_owned);
        if parent == "conference" {
            store_conference(r, name, value);
        } else if let Some(ev) = r.event.as_mut() {
            store_event(ev, name, value);
        }
        return;
    }
    match name {
        "event" => {
            if let Some(ev) = r.event.take() {
                match finish(ev, r.day, r.day_change) {
                    Ok(raw) => events.push(raw, warnings),
                    Err((at, id, message)) => {
                        let message = crate::wording::LOAD_EVENT_SKIPPED.say(&[("why", &message)]);
                        warnings.push(Problem::error(at, id.as_deref(), message))
                    }
                }
            }
        }
        "day" if parent == "schedule" => r.day = None,
        _ => {}
    }
}

type Skip = (crate::diagnostic::Location, Option<String>, String);

fn finish(ev: Partial, day: Option<NaiveDate>, day_change: Option<NaiveTime>) -> Result<RawEvent, Skip> {
    let mut raw = ev.raw;
    let who = raw.guid.clone().or(raw.id.clone());
    let fail = |raw: &RawEvent, m: String| (raw.at.clone(), who.clone(), format!("\"{}\": {m}", raw.title));
    raw.start = frab_start(ev.date.as_deref(), day, ev.start.as_deref(), day_change).map_err(|m| fail(&raw, m))?;
    if let Some(d) = ev.duration.as_deref() {
        raw.duration = Some(parse_duration(d).map_err(|m| fail(&raw, m))?);
    }
    raw.texts = [ev.abstract_, ev.description].into_iter().flatten().map(|t| markup::to_text(&t)).collect();
    raw.links.splice(0..0, ev.url);
    Ok(raw)
}
