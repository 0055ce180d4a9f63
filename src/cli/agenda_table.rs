//! The agenda as text for `whrcf agenda list`: days, free time, clashes, tight changes, changes.

use std::fmt::Write as _;

use chrono::Duration;
use chrono_tz::Tz;
use whrcf::agenda::Agenda;
use whrcf::model::Programme;
use whrcf::plan::{self, Entry, Line, Standing};
use whrcf::sanitize::line;
use whrcf::wording;

/// Every text here comes from the programme or the agenda file: each is one line (`line`).
fn entry_line(out: &mut String, e: &Entry<'_>, when: &str) {
    let title = line(e.session.map_or(e.item.seen.title.as_str(), |s| s.title.as_str()));
    let room = e.session.and_then(|s| s.place()).map(|r| format!(" · {}", line(r))).unwrap_or_default();
    let _ = writeln!(out, "  {when}  [{}] {title}{room}  ({})", e.item.status.as_str(), line(e.id));
    if let Some(note) = &e.item.note {
        let _ = writeln!(out, "      {}", wording::PLAN_NOTE.say(&[("note", &line(note))]));
    }
    for c in &e.changes {
        let _ = writeln!(out, "      ! {}", line(&wording::agenda::changed(c)));
    }
}

/// The agenda of `p` as text.
pub fn table(p: &Programme, agenda: &Agenda, zone: Tz, buffer: Duration) -> String {
    let plan = plan::plan(p, agenda, buffer, zone);
    let heading = wording::AGENDA_HEADING.say(&[("programme", &p.label()), ("marked", &agenda.len())]);
    let mut out = format!("{heading}\n");
    if agenda.is_empty() {
        let _ = writeln!(out, "{}", wording::AGENDA_EMPTY_HINT.text());
        return out;
    }
    for l in plan.lines() {
        match l {
            Line::Day(d) => {
                let _ = writeln!(out, "\n{}", wording::when::short(d));
            }
            Line::Free(free) => {
                let _ = writeln!(out, "      · {}", wording::agenda::free(free));
            }
            Line::Entry(e, standing) => {
                let when = match standing {
                    Standing::Timed(_) => {
                        e.session.map(|s| whrcf::wording::when::format_range(p, s, zone)).unwrap_or_default()
                    }
                    Standing::Untimed => "--:--".to_owned(),
                    Standing::Gone => wording::PLAN_REMOVED.text().to_owned(),
                };
                entry_line(&mut out, e, &when);
            }
            Line::Overlap(o) => {
                let _ = writeln!(out, "      ! {}", line(&wording::agenda::overlaps(o)));
            }
            Line::Tight(t) => {
                let _ = writeln!(out, "      ! {}", line(&wording::agenda::tight_change(t)));
            }
            Line::Section(section) => {
                let _ = writeln!(out, "\n{}", wording::agenda::section(section));
            }
        }
    }
    out
}
