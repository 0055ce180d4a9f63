//! The version of each session given to calendars. A calendar replaces an event it already has
//! only when the new copy's SEQUENCE is higher, so the agenda remembers, per session, the
//! fingerprint of what was last exported (time, room, status) and its SEQUENCE; an export that
//! finds the fingerprint changed raises the SEQUENCE and sets LAST-MODIFIED to now. A hash alone
//! could go down; a stored counter only goes up.

use chrono::{DateTime, Utc};

use crate::agenda::{Agenda, Exported, Status};
use crate::model::{Programme, Session};

/// FNV-1a (64 bits): stable across builds and platforms, unlike the standard library's hasher.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// What a calendar shows of the session that matters for updating it: its instants, its place
/// and whether it is cancelled.
fn fingerprint(p: &Programme, s: &Session, status: Status) -> String {
    let instant =
        |t: Option<DateTime<chrono_tz::Tz>>| t.map(|t| t.with_timezone(&Utc).to_rfc3339()).unwrap_or_default();
    let text = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        instant(s.start_at(p.timezone)),
        instant(s.end_at(p.timezone)),
        s.place().unwrap_or_default(),
        status == Status::Skipped
    );
    format!("{:016x}", fnv1a(&text))
}

/// Bring each marked session's exported version up to date with the programme; true when any
/// changed (the agenda should then be saved, or the next export cannot know what it gave).
pub fn record(p: &Programme, agenda: &mut Agenda, now: DateTime<Utc>) -> bool {
    let mut changed = false;
    for (id, item) in agenda.items.iter_mut().filter(|(_, i)| !i.removed) {
        let Some(s) = p.session(id).filter(|s| s.start_at(p.timezone).is_some()) else { continue };
        let fingerprint = fingerprint(p, s, item.status);
        let next = match &item.exported {
            Some(e) if e.fingerprint == fingerprint => continue,
            Some(e) => e.sequence.saturating_add(1),
            None => 0,
        };
        item.exported = Some(Exported { sequence: next, fingerprint, at: now });
        changed = true;
    }
    changed
}
