//! iCalendar schedules: lines unfolded at the byte level before decoding UTF-8 (so a fold inside
//! a multi-byte character is mended), CRLF, LF or stray CR line ends, TZID with or without
//! VTIMEZONE, UTC and floating times, LOCATION as room, CATEGORIES as themes, DESCRIPTION as summary,
//! ATTENDEE names (CN) as people.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::event::{Conference, RawEvent, When};
use super::event_list::EventList;
use super::markup;
use crate::diagnostic::{LineIndex, Problem};

mod values;

use values::{attendee_name, iso_duration, unescape, unescape_list};

/// Unfold content lines: a line break followed by a space or tab continues the line.
/// Returns each logical line with the byte offset where it starts.
fn unfold(bytes: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut lines: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut i = 0;
    let mut current: Option<(usize, Vec<u8>)> = None;
    while i < bytes.len() {
        let end = bytes[i..].iter().position(|b| *b == b'\n' || *b == b'\r').map_or(bytes.len(), |p| i + p);
        let line = &bytes[i..end];
        let continued = matches!(line.first(), Some(b' ' | b'\t'));
        match (&mut current, continued) {
            (Some((_, buf)), true) => buf.extend_from_slice(&line[1..]),
            _ => {
                if let Some(done) = current.take() {
                    lines.push(done);
                }
                current = Some((i, line.to_vec()));
            }
        }
        i = end;
        if bytes.get(i) == Some(&b'\r') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'\n') {
            i += 1;
        }
    }
    lines.extend(current);
    lines.retain(|(_, l)| !l.is_empty());
    lines
}

/// Split `NAME;PARAM=x:value` into name, parameters and value.
fn split(line: &str) -> (String, Vec<(String, String)>, &str) {
    let mut in_quotes = false;
    let colon = line.char_indices().find(|(_, c)| {
        if *c == '"' {
            in_quotes = !in_quotes;
        }
        *c == ':' && !in_quotes
    });
    let (head, value) = match colon {
        Some((i, _)) => (&line[..i], &line[i + 1..]),
        None => (line, ""),
    };
    let mut parts = head.split(';');
    let name = parts.next().unwrap_or("").trim().to_ascii_uppercase();
    let params = parts
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim_matches('"').to_owned()))
        .collect();
    (name, params, value)
}

fn when(value: &str, params: &[(String, String)], calendar_zone: Option<chrono_tz::Tz>) -> Result<When, String> {
    let v = value.trim();
    let tzid = params.iter().find(|(k, _)| k == "TZID").map(|(_, z)| z.as_str());
    if let Some(utc) = v.strip_suffix('Z') {
        let t = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S")
            .map_err(|_| crate::wording::LOAD_ICAL_NOT_UTC_TIME.say(&[("found", &v)]))?;
        return Ok(When::Zoned(DateTime::<Utc>::from_naive_utc_and_offset(t, Utc).fixed_offset()));
    }
    let naive = NaiveDateTime::parse_from_str(v, "%Y%m%dT%H%M%S")
        .or_else(|_| NaiveDate::parse_from_str(v, "%Y%m%d").map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default()))
        .map_err(|_| crate::wording::LOAD_ICAL_NOT_LOCAL_TIME.say(&[("found", &v)]))?;
    let zone = match tzid {
        Some(z) => Some(crate::time::parse_zone(z.trim_start_matches('/'))?),
        None => calendar_zone,
    };
    Ok(When::Local(naive, zone))
}

/// The events and calendar facts of an iCalendar file.
pub fn read(bytes: &[u8], index: &LineIndex, warnings: &mut Vec<Problem>) -> Result<(Conference, EventList), String> {
    let mut conference = Conference::default();
    let mut calendar_zone = None;
    let mut events = EventList::default();
    let mut current: Option<(RawEvent, Vec<String>)> = None;
    let (mut saw_calendar, mut saw_end) = (false, false);
    for (offset, raw_line) in unfold(bytes) {
        let line = match std::str::from_utf8(&raw_line) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => String::from_utf8_lossy(&raw_line),
        };
        let (name, params, value) = split(&line);
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VCALENDAR") => saw_calendar = true,
            ("END", None) if value.eq_ignore_ascii_case("VCALENDAR") => saw_end = true,
            ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => {
                current = Some((RawEvent { at: index.locate(offset), ..RawEvent::default() }, Vec::new()))
            }
            ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                if let Some((ev, problems)) = current.take() {
                    if problems.is_empty() {
                        events.push(ev, warnings);
                    } else {
                        let id = ev.guid.clone();
                        let why = format!("\"{}\": {}", ev.title, problems.join("; "));
                        let message = crate::wording::LOAD_EVENT_SKIPPED.say(&[("why", &why)]);
                        warnings.push(Problem::error(ev.at, id.as_deref(), message));
                    }
                }
            }
            ("X-WR-CALNAME", None) => conference.title = Some(unescape(value)),
            ("X-WR-TIMEZONE", None) => {
                conference.time_zone = Some(value.trim().to_owned());
                conference.time_zone_at = Some(index.locate(offset));
                calendar_zone = crate::time::parse_zone(value.trim()).ok();
            }
            ("UID", Some((ev, _))) => ev.guid = Some(value.trim().to_owned()),
            ("SUMMARY", Some((ev, _))) => ev.title = unescape(value),
            ("LOCATION", Some((ev, _))) => ev.room = Some(unescape(value)),
            ("DESCRIPTION", Some((ev, _))) => ev.texts.push(markup::to_text(&unescape(value))),
            ("CATEGORIES", Some((ev, _))) => ev.tracks.extend(unescape_list(value)),
            ("URL", Some((ev, _))) => ev.links.push(value.trim().to_owned()),
            ("ATTENDEE", Some((ev, _))) => ev.persons.extend(attendee_name(&params)),
            ("RRULE" | "RDATE", Some((ev, _))) => warnings.push(Problem::warning(
                index.locate(offset),
                ev.guid.as_deref(),
                crate::wording::LOAD_ICAL_RECURRING.say(&[("name", &name)]),
            )),
            ("DTSTART", Some((ev, problems))) => match when(value, &params, calendar_zone) {
                Ok(w) => ev.start = Some(w),
                Err(e) => problems.push(format!("DTSTART: {e}")),
            },
            ("DTEND", Some((ev, problems))) => match when(value, &params, calendar_zone) {
                Ok(w) => ev.end = Some(w),
                Err(e) => problems.push(format!("DTEND: {e}")),
            },
            ("DURATION", Some((ev, problems))) => match iso_duration(value) {
                Some(d) => ev.duration = Some(d),
                None => problems
                    .push(format!("DURATION: {}", crate::wording::LOAD_ICAL_NOT_DURATION.say(&[("found", &value)]))),
            },
            _ => {}
        }
    }
    if !saw_calendar {
        return Err(crate::wording::LOAD_NOT_ICAL.say(&[("path", &index.path())]));
    }
    if let Some((ev, _)) = current {
        let message = crate::wording::LOAD_ICAL_ENDS_IN_EVENT.say(&[("title", &ev.title)]);
        warnings.push(Problem::error(ev.at, ev.guid.as_deref(), message));
    }
    if !saw_end {
        let read = crate::wording::EVENTS.of(events.len());
        let message = crate::wording::LOAD_CUT_SHORT_CALENDAR.say(&[("read", &read)]);
        warnings.push(Problem::warning(index.locate(bytes.len()), None, message));
    }
    if conference.time_zone.is_none() {
        conference.time_zone = None;
    }
    Ok((conference, events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_bytes_before_decoding_and_accepts_any_line_end() {
        // "München" folded in the middle of the two bytes of "ü".
        let bytes = b"BEGIN:VCALENDAR\r\nSUMMARY:M\xc3\r\n \xbcnchen\nLOCATION:a\rEND:VCALENDAR";
        let lines: Vec<String> = unfold(bytes).into_iter().map(|(_, l)| String::from_utf8(l).unwrap()).collect();
        assert_eq!(lines, ["BEGIN:VCALENDAR", "SUMMARY:München", "LOCATION:a", "END:VCALENDAR"]);
    }

    #[test]
    fn durations_params_and_lists() {
        assert_eq!(iso_duration("PT1H30M"), Some(chrono::Duration::minutes(90)));
        assert_eq!(iso_duration("P1D"), Some(chrono::Duration::days(1)));
        assert_eq!(iso_duration("1H"), None);
        let (name, params, value) = split("DTSTART;TZID=\"Australia/Brisbane\";VALUE=DATE-TIME:20200113T090000");
        assert_eq!((name.as_str(), value), ("DTSTART", "20200113T090000"));
        assert_eq!(params[0], ("TZID".to_owned(), "Australia/Brisbane".to_owned()));
        assert_eq!(unescape_list("a\\, b,c"), ["a, b", "c"]);
    }

    #[test]
    fn attendees_who_are_people_are_kept_by_name() {
        let name = |line: &str| attendee_name(&split(line).1);
        assert_eq!(
            name("ATTENDEE;CN=\"Jürgen Groß\";CUTYPE=INDIVIDUAL:invalid:nomail").as_deref(),
            Some("Jürgen Groß")
        );
        assert_eq!(name("ATTENDEE;CN=Ada ^'the^' Lovelace:mailto:a@b").as_deref(), Some("Ada \"the\" Lovelace"));
        assert_eq!(name("ATTENDEE;CUTYPE=ROOM;CN=Hall A:mailto:hall@x"), None, "a room is no person");
        assert_eq!(name("ATTENDEE:mailto:someone@example.org"), None, "no name, no person");
    }
}
