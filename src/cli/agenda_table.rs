//! The agenda as text for `whrcf agenda list`: days, free time, clashes, tight changes, changes.

use std::fmt::Write as _;

use chrono::Duration;
use chrono_tz::Tz;
use whrcf::agenda::Agenda;
use whrcf::model::Programme;
use whrcf::plan::{self, Entry, Line, Standing};
use whrcf::sanitize::line;
use whrcf::text;
use whrcf::wording;

use super::catalog::hanging;

/// The widest status, so the titles after `[status]` start in one column.
const STATUS_COLUMNS: usize = "[attended]".len();

/// Every text here comes from the programme or the agenda file: each is one line (`line`).
/// `when` is padded to `when_columns` display columns, so statuses and titles line up; the title,
/// room and id are folded by words to `width`, under the title.
fn entry_line(out: &mut String, e: &Entry<'_>, (when, when_columns): (&str, usize), zone: Option<&str>, width: usize) {
    let title = line(e.session.map_or(e.item.seen.title.as_str(), |s| s.title.as_str()));
    let room = e.session.and_then(|s| s.place()).map(|r| format!(" · {}", line(r))).unwrap_or_default();
    let when = text::fit(when, when_columns.max(text::width(when)));
    let status = text::fit(&format!("[{}]", wording::agenda::status(e.item.status)), STATUS_COLUMNS);
    out.push_str(&hanging(&format!("  {when}  {status} "), &format!("{title}{room}  ({})", line(e.id)), width));
    if let Some(note) = &e.item.note {
        out.push_str(&hanging("      ", &wording::PLAN_NOTE.say(&[("note", &line(note))]), width));
    }
    for c in &e.changes {
        out.push_str(&hanging("      ! ", &line(&wording::agenda::changed_in(c, zone)), width));
    }
}

/// The agenda of `p` as text, in lines of at most `width` columns (but for a word longer than a
/// line).
pub fn table(p: &Programme, agenda: &Agenda, zone: Tz, buffer: Duration, width: usize) -> String {
    let plan = plan::plan(p, agenda, buffer, zone);
    let heading = wording::AGENDA_HEADING.say(&[("programme", &p.label()), ("marked", &agenda.len())]);
    let mut out = format!("{heading}\n");
    if agenda.is_empty() {
        let _ = writeln!(out, "{}", wording::AGENDA_EMPTY_HINT.text());
        return out;
    }
    let lines = plan.lines();
    let other_zone = wording::programme::other_zone(p.timezone, zone);
    let when_of = |e: &Entry<'_>, standing: &Standing<'_, '_>| match standing {
        Standing::Timed(_) => e.session.map(|s| wording::when::format_range(p, s, zone)).unwrap_or_default(),
        Standing::Untimed => wording::NO_TIME.text().to_owned(),
        Standing::Gone => wording::PLAN_REMOVED.text().to_owned(),
    };
    let when_columns = lines
        .iter()
        .filter_map(|l| if let Line::Entry(e, standing) = l { Some(text::width(&when_of(e, standing))) } else { None })
        .max()
        .unwrap_or(0);
    for l in lines {
        match l {
            Line::Day(d) => {
                let _ = writeln!(out, "\n{}", wording::when::short(d));
            }
            Line::Free(free) => {
                out.push_str(&hanging("      · ", &wording::agenda::free(free), width));
            }
            Line::Entry(e, standing) => {
                entry_line(&mut out, e, (&when_of(e, &standing), when_columns), other_zone.as_deref(), width);
            }
            Line::Overlap(o) => {
                out.push_str(&hanging("      ! ", &line(&wording::agenda::overlaps(o)), width));
            }
            Line::Tight(t) => {
                out.push_str(&hanging("      ! ", &line(&wording::agenda::tight_change(t)), width));
            }
            Line::Section(section) => {
                let _ = writeln!(out, "\n{}", wording::agenda::section(section));
            }
        }
    }
    out
}
