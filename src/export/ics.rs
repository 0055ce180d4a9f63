//! iCalendar (RFC 5545) export: instants in UTC (correct across zones and DST), a stable UID
//! from programme and session ids (re-importing updates instead of duplicating), escaped text,
//! lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.

use chrono::{DateTime, Utc};

use crate::agenda::{Agenda, Status};
use crate::model::{Programme, Session};
use crate::plan::entries;
use crate::wording;

/// Escape TEXT values: backslash, semicolon, comma and newlines. The text is neutralised first
/// (RFC 5545 allows no control characters in TEXT, and calendars show it on terminals too).
fn escape(s: &str) -> String {
    let s = crate::sanitize::block(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded to at most 75 octets per physical line, each ended by CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn uid_part(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') { c } else { '-' }).collect()
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn description(p: &Programme, s: &Session, note: Option<&str>, status: Status) -> String {
    let mut parts = Vec::new();
    if status == Status::Skipped {
        parts.push(wording::ICS_SKIPPED.text().to_owned());
    }
    if let Some(sub) = &s.subtitle {
        parts.push(sub.clone());
    }
    let range = wording::when::format_range(p, s, p.timezone);
    parts.push(wording::IN_ZONE.say(&[("range", &range), ("zone", &p.timezone.name())]));
    if s.end.is_none() {
        parts.push(wording::ICS_END_NOT_PUBLISHED.text().to_owned());
    }
    for (role, people) in s.people_by_role() {
        let names: Vec<String> = people
            .iter()
            .map(|x| match &x.affiliation {
                Some(a) => format!("{} ({a})", x.name),
                None => x.name.clone(),
            })
            .collect();
        let role = role.unwrap_or(wording::ROLE_NOT_PUBLISHED.text());
        parts.push(wording::ICS_LISTED.say(&[("label", &role), ("names", &names.join("; "))]));
    }
    if !s.organizers.is_empty() {
        let label = wording::LABEL_ORGANIZERS.text();
        parts.push(wording::ICS_LISTED.say(&[("label", &label), ("names", &s.organizers.join("; "))]));
    }
    if let Some(summary) = &s.summary {
        parts.push(summary.clone());
    }
    if let Some(note) = note {
        parts.push(wording::ICS_MY_NOTE.say(&[("note", &note)]));
    }
    if let Some(src) = s.sources.first() {
        parts.push(wording::ICS_SOURCE.say(&[("source", src)]));
    }
    parts.join("\n\n")
}

/// A marked session the iCalendar file leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut<'a> {
    /// No longer in the programme.
    Gone { id: &'a str },
    /// Without a published time (`disputed`: the sources disagree on it).
    Untimed { id: &'a str, title: &'a str, disputed: bool },
}

/// The agenda's timed sessions as an iCalendar file, and each session left out. Each event's
/// SEQUENCE and LAST-MODIFIED come from the versions the agenda remembers, brought up to date
/// here (`super::ics_version::record` does the same on the agenda itself, to be saved).
///
/// A session marked skipped stays CONFIRMED (the session takes place) but is TRANSPARENT (the
/// user is free then) and its description begins with "Skipped".
///
/// A session without a published end has no DTEND: by RFC 5545 (3.6.1) it is an event of no
/// length at its start, which is all the programme says. No length is made up; the event says
/// so in `X-WHRCF-END-NOT-PUBLISHED:TRUE` and in its description.
pub fn ics<'a>(p: &'a Programme, agenda: &'a Agenda, now: DateTime<Utc>) -> (String, Vec<LeftOut<'a>>) {
    let mut versions = agenda.clone();
    super::ics_version::record(p, &mut versions, now);
    let mut out = String::new();
    let mut warnings = Vec::new();
    let mut add = |line: String| out.push_str(&fold_line(&line));
    add("BEGIN:VCALENDAR".into());
    add("VERSION:2.0".into());
    add(format!("PRODID:-//whrcf//whrcf {}//EN", env!("CARGO_PKG_VERSION")));
    add("CALSCALE:GREGORIAN".into());
    add("METHOD:PUBLISH".into());
    add(format!("X-WR-CALNAME:{}", escape(&wording::MY_AGENDA.say(&[("programme", &p.label())]))));
    for e in entries(p, agenda) {
        let Some(s) = e.session else {
            warnings.push(LeftOut::Gone { id: e.id });
            continue;
        };
        let Some(start) = s.start_at(p.timezone) else {
            warnings.push(LeftOut::Untimed { id: e.id, title: &s.title, disputed: s.extras.time_conflict.is_some() });
            continue;
        };
        add("BEGIN:VEVENT".into());
        add(format!("UID:{}@{}.whrcf", uid_part(s.id.as_str()), uid_part(&p.id)));
        add(format!("DTSTAMP:{}", stamp(now)));
        if let Some(version) = versions.items.get(e.id).and_then(|i| i.exported.as_ref()) {
            add(format!("SEQUENCE:{}", version.sequence));
            add(format!("LAST-MODIFIED:{}", stamp(version.at)));
        }
        add(format!("DTSTART:{}", stamp(start.with_timezone(&Utc))));
        match s.end_at(p.timezone) {
            Some(end) => add(format!("DTEND:{}", stamp(end.with_timezone(&Utc)))),
            None => add("X-WHRCF-END-NOT-PUBLISHED:TRUE".into()),
        }
        add(format!("SUMMARY:{}", escape(&s.title)));
        if let Some(place) = s.place() {
            add(format!("LOCATION:{}", escape(place)));
        }
        add(format!("DESCRIPTION:{}", escape(&description(p, s, e.item.note.as_deref(), e.item.status))));
        // The session's page, as `o` opens it (not a recording or slides); a checked address has
        // no space or control character that could end the line.
        if let Some(url) = crate::web_address::page(s) {
            add(format!("URL:{url}"));
        }
        let themes: Vec<String> =
            s.themes.iter().map(|t| escape(&p.theme(t).map_or(t.clone(), |x| x.name.clone()))).collect();
        if !themes.is_empty() {
            add(format!("CATEGORIES:{}", themes.join(",")));
        }
        // The session takes place whether or not the user goes: a skipped one is not CANCELLED
        // (calendars would show the talk as called off), only free time in the user's calendar.
        add("STATUS:CONFIRMED".into());
        if e.item.status == Status::Skipped {
            add("TRANSP:TRANSPARENT".into());
        }
        add("END:VEVENT".into());
    }
    add("END:VCALENDAR".into());
    (out, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "난민 보호 ".repeat(20));
        let folded = fold_line(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
