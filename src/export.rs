//! Exports of the agenda: iCalendar (any calendar app), JSON (scripts), Markdown (to read or share);
//! and of the whole programme: iCalendar, and a printable page ([`printable`]: HTML, Markdown).

mod ics;
pub mod ics_version;
pub mod printable;

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};

pub use ics::{LeftOut, fold_line, ics, programme_ics};

use crate::agenda::Agenda;
use crate::model::{Programme, Session};
use crate::plan::{self, Entry, Line, Row, Standing};
use crate::wording;

/// A session as the stable JSON object of `whrcf list --format json`; instants in `zone`.
pub fn session_json(programme: &Programme, s: &Session, zone: Tz) -> Value {
    let instant = |t: Option<DateTime<Tz>>| t.map(|t| t.with_timezone(&zone).to_rfc3339());
    json!({
        "id": s.id.as_str(),
        "title": s.title,
        "titles": s.extras.other_titles,
        "subtitle": s.subtitle,
        "day": programme.day_of(s).map(|d| d.to_string()),
        "start": instant(s.start_at(programme.timezone)),
        "end": instant(s.end_at(programme.timezone)),
        "time_conflict": s.extras.time_conflict,
        "room": s.place(),
        "room_as_stated": s.extras.place_as_stated,
        "kind": s.kind,
        "format": s.format.map(|f| f.as_str()),
        "themes": s.themes,
        "organizers": s.organizers,
        "people": s.people.iter().map(|p| json!({
            "name": p.name,
            "role": p.role,
            "affiliation": p.affiliation,
            "country": p.country,
        })).collect::<Vec<_>>(),
        "summary": s.summary,
        "sources": s.sources,
        "cut_off": s.extras.cut_off.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

fn entry_json(programme: &Programme, e: &Entry<'_>, zone: Tz, row: Option<&Row<'_>>) -> Value {
    let overlaps: Vec<String> =
        row.map(|r| r.overlaps.iter().map(wording::agenda::overlap).collect()).unwrap_or_default();
    json!({
        "id": e.id,
        "programme": programme.id,
        "status": e.item.status.as_str(),
        "note": e.item.note,
        "in_programme": e.session.is_some(),
        "changes": e.changes.iter().map(wording::agenda::change).collect::<Vec<_>>(),
        "overlaps": overlaps,
        "tight_change": row.and_then(|r| r.tight.as_ref()).map(wording::agenda::tight),
        "session": e.session.map(|s| session_json(programme, s, zone)),
        "seen": {
            "title": e.item.seen.title,
            "day": seen_day(programme, &e.item.seen).map(|d| d.to_string()),
            "start": e.item.seen.start.map(|t| t.format("%H:%M").to_string()),
            "end": e.item.seen.end.map(|t| t.format("%H:%M").to_string()),
            "room": e.item.seen.room,
        },
    })
}

/// The conference day of a session as the agenda last saw it (its date and start).
fn seen_day(programme: &Programme, seen: &crate::agenda::Seen) -> Option<chrono::NaiveDate> {
    programme.day_of(&Session { date: seen.day, start: seen.start, ..Session::default() })
}

/// The agenda as a JSON array, in time order (untimed, then no-longer-listed sessions last).
pub fn json(programme: &Programme, agenda: &Agenda, zone: Tz, buffer: Duration) -> Value {
    let plan = plan::plan(programme, agenda, buffer, zone);
    let mut out: Vec<Value> = plan.timed.iter().map(|r| entry_json(programme, &r.entry, zone, Some(r))).collect();
    out.extend(plan.untimed.iter().chain(&plan.gone).map(|e| entry_json(programme, e, zone, None)));
    Value::Array(out)
}

fn status_mark(e: &Entry<'_>) -> &'static str {
    match e.item.status {
        crate::agenda::Status::Planned => "[ ]",
        crate::agenda::Status::Attended => "[x]",
        crate::agenda::Status::Skipped => "[-]",
    }
}

/// The agenda as Markdown, by day.
pub fn markdown(programme: &Programme, agenda: &Agenda, zone: Tz, buffer: Duration, now: DateTime<Utc>) -> String {
    let plan = plan::plan(programme, agenda, buffer, zone);
    // Every text from the programme or the agenda file is one neutralised line (`one`): a field can
    // neither forge a line (a fake item or heading) nor swallow what follows it.
    let one = crate::sanitize::line;
    let mut out = format!("# {}\n\n", wording::MY_AGENDA.say(&[("programme", &one(&programme.title))]));
    let exported = now.format("%Y-%m-%d %H:%M UTC");
    let _ = writeln!(out, "{}\n", wording::MARKDOWN_LEGEND.say(&[("zone", &zone.name()), ("exported", &exported)]));
    for l in plan.lines() {
        match l {
            Line::Day(d) => {
                let _ = writeln!(out, "\n## {}\n", wording::when::long(d));
            }
            Line::Free(free) => {
                let _ = writeln!(out, "  *{}*", wording::agenda::free(free));
            }
            Line::Entry(e, standing) => {
                let when = match standing {
                    Standing::Timed(_) => {
                        e.session.map(|s| crate::wording::when::format_range(programme, s, zone)).unwrap_or_default()
                    }
                    Standing::Untimed => wording::TIME_NOT_PUBLISHED.text().to_owned(),
                    Standing::Gone => wording::PLAN_REMOVED.text().to_owned(),
                };
                line(&mut out, e, &when);
            }
            Line::Overlap(o) => {
                let _ = writeln!(out, "  - ⚠ {}", one(&wording::agenda::overlaps(o)));
            }
            Line::Tight(t) => {
                let _ = writeln!(out, "  - ⚠ {}", one(&wording::agenda::tight_change(t)));
            }
            Line::Section(section) => {
                let _ = writeln!(out, "\n## {}\n", wording::agenda::section(section));
            }
        }
    }
    if agenda.is_empty() {
        let _ = writeln!(out, "{}", wording::NOTHING_MARKED.text());
    }
    out
}

/// Text from the file as one line that Markdown shows as written: its emphasis, code, link and
/// HTML marks escaped (a title ending in `**` would otherwise close the bold around it early; an
/// `&amp;` would show as `&`).
pub(crate) fn literal(text: &str) -> String {
    let line = crate::sanitize::line(text);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' | '|' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn line(out: &mut String, e: &Entry<'_>, when: &str) {
    let one = crate::sanitize::line;
    let title = literal(e.session.map_or(e.item.seen.title.as_str(), |s| s.title.as_str()));
    let room = e.session.and_then(Session::place).map(|r| format!(" · {}", literal(r))).unwrap_or_default();
    let _ = writeln!(out, "- {} {when} **{title}**{room} (`{}`)", status_mark(e), one(e.id));
    if let Some(note) = &e.item.note {
        let _ = writeln!(out, "  - {}", wording::PLAN_NOTE.say(&[("note", &literal(note))]));
    }
    for c in &e.changes {
        let _ = writeln!(out, "  - {}", one(&wording::agenda::changed(c)));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_shows_the_files_text_as_written() {
        assert_eq!(super::literal("인권투어**"), "인권투어\\*\\*");
        assert_eq!(super::literal("a_b [c](d) <e> `f` \\"), "a\\_b \\[c\\](d) \\<e\\> \\`f\\` \\\\");
        // An entity shows as written, not as the character it names.
        assert_eq!(super::literal("AT&amp;T"), "AT\\&amp;T");
    }
}
