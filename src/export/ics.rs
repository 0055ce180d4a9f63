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

/// What the user's agenda adds to a session's event: the version calendars were last given, the
/// note and the status. The whole programme's calendar has none of it.
#[derive(Debug, Clone, Copy)]
struct Mine<'a> {
    version: Option<&'a crate::agenda::Exported>,
    note: Option<&'a str>,
    status: Status,
}

/// A calendar being written: content lines folded as they are added.
struct Calendar {
    out: String,
    now: DateTime<Utc>,
}

impl Calendar {
    /// The calendar's header, `name` as the name calendar apps show for it.
    fn new(name: &str, now: DateTime<Utc>) -> Self {
        let mut calendar = Calendar { out: String::new(), now };
        calendar.add("BEGIN:VCALENDAR".into());
        calendar.add("VERSION:2.0".into());
        calendar.add(format!("PRODID:-//whrcf//whrcf {}//EN", env!("CARGO_PKG_VERSION")));
        calendar.add("CALSCALE:GREGORIAN".into());
        calendar.add("METHOD:PUBLISH".into());
        calendar.add(format!("X-WR-CALNAME:{}", escape(name)));
        calendar
    }

    fn add(&mut self, line: String) {
        self.out.push_str(&fold_line(&line));
    }

    /// The event of session `s`, which starts at `start`.
    fn event(&mut self, p: &Programme, s: &Session, start: DateTime<chrono_tz::Tz>, mine: Mine<'_>) {
        self.add("BEGIN:VEVENT".into());
        self.add(format!("UID:{}@{}.whrcf", uid_part(s.id.as_str()), uid_part(&p.id)));
        self.add(format!("DTSTAMP:{}", stamp(self.now)));
        if let Some(version) = mine.version {
            self.add(format!("SEQUENCE:{}", version.sequence));
            self.add(format!("LAST-MODIFIED:{}", stamp(version.at)));
        }
        self.add(format!("DTSTART:{}", stamp(start.with_timezone(&Utc))));
        match s.end_at(p.timezone) {
            Some(end) => self.add(format!("DTEND:{}", stamp(end.with_timezone(&Utc)))),
            None => self.add("X-WHRCF-END-NOT-PUBLISHED:TRUE".into()),
        }
        self.add(format!("SUMMARY:{}", escape(&s.title)));
        if let Some(place) = s.place() {
            self.add(format!("LOCATION:{}", escape(place)));
        }
        self.add(format!("DESCRIPTION:{}", escape(&description(p, s, mine.note, mine.status))));
        // The session's page, as `o` opens it (not a recording or slides); a checked address has
        // no space or control character that could end the line.
        if let Some(url) = crate::web_address::page(s) {
            self.add(format!("URL:{url}"));
        }
        let themes: Vec<String> =
            s.themes.iter().map(|t| escape(&p.theme(t).map_or(t.clone(), |x| x.name.clone()))).collect();
        if !themes.is_empty() {
            self.add(format!("CATEGORIES:{}", themes.join(",")));
        }
        // The session takes place whether or not the user goes: a skipped one is not CANCELLED
        // (calendars would show the talk as called off), only free time in the user's calendar.
        self.add("STATUS:CONFIRMED".into());
        if mine.status == Status::Skipped {
            self.add("TRANSP:TRANSPARENT".into());
        }
        self.add("END:VEVENT".into());
    }

    fn finish(mut self) -> String {
        self.add("END:VCALENDAR".into());
        self.out
    }
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
    let mut calendar = Calendar::new(&wording::MY_AGENDA.say(&[("programme", &p.label())]), now);
    let mut warnings = Vec::new();
    for e in entries(p, agenda) {
        let Some(s) = e.session else {
            warnings.push(LeftOut::Gone { id: e.id });
            continue;
        };
        let Some(start) = s.start_at(p.timezone) else {
            warnings.push(LeftOut::Untimed { id: e.id, title: &s.title, disputed: s.extras.time_conflict.is_some() });
            continue;
        };
        let version = versions.items.get(e.id).and_then(|i| i.exported.as_ref());
        calendar.event(p, s, start, Mine { version, note: e.item.note.as_deref(), status: e.item.status });
    }
    (calendar.finish(), warnings)
}

/// Every timed session of the programme as one calendar named after it, in time order, with the
/// same UID as in an agenda's export; and how many sessions were left out for want of a time.
pub fn programme_ics(p: &Programme, now: DateTime<Utc>) -> (String, usize) {
    let mut calendar = Calendar::new(p.label(), now);
    let mut untimed = 0;
    for i in crate::filter::chronological(p) {
        let s = &p.sessions[i];
        match s.start_at(p.timezone) {
            Some(start) => calendar.event(p, s, start, Mine { version: None, note: None, status: Status::Planned }),
            None => untimed += 1,
        }
    }
    (calendar.finish(), untimed)
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
    fn the_whole_programme_is_one_calendar_with_the_agendas_uids() {
        let p = crate::sample::programme();
        let now = DateTime::parse_from_rfc3339("2030-05-01T00:00:00Z").unwrap().with_timezone(&Utc);
        let (text, untimed) = programme_ics(&p, now);
        assert_eq!(untimed, 1, "the film has no time");
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 5);
        assert!(text.contains("X-WR-CALNAME:SAMPLE 2030\r\n"));
        assert!(!text.contains("SEQUENCE:") && !text.contains("TRANSP:"));
        let uids = |t: &str| t.lines().filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(uids(&text)[..2], ["UID:opening@sample-forum.whrcf", "UID:housing@sample-forum.whrcf"]);
        let mut agenda = Agenda::default();
        agenda.add(&p.sessions[2], now);
        assert_eq!(uids(&ics(&p, &agenda, now).0), ["UID:climate@sample-forum.whrcf"]);
        assert!(text.contains("UID:climate@sample-forum.whrcf"));
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
