//! The agenda as text for `whrcf agenda list`: days, free time, clashes, tight changes, changes.

use std::fmt::Write as _;

use chrono::Duration;
use chrono_tz::Tz;
use whrcf::agenda::Agenda;
use whrcf::model::Programme;
use whrcf::plan::{self, Entry, duration_text};
use whrcf::sanitize::line;
use whrcf::time;

/// Every text here comes from the programme or the agenda file: each is one line (`line`).
fn entry_line(out: &mut String, p: &Programme, e: &Entry<'_>, when: &str) {
    let title = line(e.session.map_or(e.item.seen.title.as_str(), |s| s.title.as_str()));
    let room = e.session.and_then(|s| s.place()).map(|r| format!(" · {}", line(r))).unwrap_or_default();
    let _ = writeln!(out, "  {when}  [{}] {title}{room}  ({})", e.item.status.as_str(), line(e.id));
    if let Some(note) = &e.item.note {
        let _ = writeln!(out, "      note: {}", line(note));
    }
    for c in &e.changes {
        let _ = writeln!(out, "      ! changed: {}", line(c));
    }
    let _ = p;
}

/// The agenda of `p` as text.
pub fn table(p: &Programme, agenda: &Agenda, zone: Tz, buffer: Duration) -> String {
    let plan = plan::plan(p, agenda, buffer, zone);
    let mut out = format!("My agenda · {} · {} marked\n", p.label(), agenda.len());
    if agenda.is_empty() {
        out.push_str("Nothing marked yet: `whrcf agenda add ID` or Space in the app.\n");
        return out;
    }
    let mut day = None;
    for r in &plan.timed {
        if day != Some(r.start.date_naive()) {
            day = Some(r.start.date_naive());
            let _ = writeln!(out, "\n{}", r.start.format("%a %Y-%m-%d"));
        }
        if let Some(free) = r.free_before {
            let _ = writeln!(out, "      · free {}", duration_text(free));
        }
        let when = r.entry.session.map(|s| time::format_range(p, s, zone)).unwrap_or_default();
        entry_line(&mut out, p, &r.entry, &when);
        for o in &r.overlaps {
            let _ = writeln!(out, "      ! overlaps: {}", line(o));
        }
        if let Some(t) = &r.tight {
            let _ = writeln!(out, "      ! tight change: {}", line(t));
        }
    }
    if !plan.untimed.is_empty() {
        out.push_str("\nTime not published\n");
        plan.untimed.iter().for_each(|e| entry_line(&mut out, p, e, "--:--"));
    }
    if !plan.gone.is_empty() {
        out.push_str("\nNo longer in the programme\n");
        plan.gone.iter().for_each(|e| entry_line(&mut out, p, e, "removed"));
    }
    out
}
