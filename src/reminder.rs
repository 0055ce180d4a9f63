//! Reminders: which agenda sessions (marked, not skipped) start within the lead time, and which of
//! them have not been announced yet in this run. Facts only; the app words and shows them.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use crate::agenda::{Agenda, Status};
use crate::model::Programme;

/// A session due soon: its index in the programme and the whole minutes left until it starts
/// (rounded up, so a session 30 seconds away is "in 1 min").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    pub session: usize,
    pub minutes: i64,
}

/// The agenda sessions not skipped that start after `now` and at most `lead_minutes` later, the
/// soonest first. A lead of 0 turns reminders off (nothing is ever due).
pub fn due(programme: &Programme, agenda: &Agenda, now: DateTime<Utc>, lead_minutes: u32) -> Vec<Due> {
    if lead_minutes == 0 {
        return Vec::new();
    }
    let Some(horizon) = now.checked_add_signed(Duration::minutes(i64::from(lead_minutes))) else { return Vec::new() };
    let mut due: Vec<(DateTime<Utc>, Due)> = programme
        .sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| agenda.items.get(s.id.as_str()).is_some_and(|i| !i.removed && i.status != Status::Skipped))
        .filter_map(|(n, s)| {
            let start = s.start_at(programme.timezone)?.with_timezone(&Utc);
            let left = (start - now).num_seconds();
            (start > now && start <= horizon).then(|| (start, Due { session: n, minutes: (left + 59) / 60 }))
        })
        .collect();
    due.sort_by_key(|(start, d)| (*start, d.session));
    due.into_iter().map(|(_, d)| d).collect()
}

/// The sessions already announced in this run, by id: each session reminds once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Announced(BTreeSet<String>);

impl Announced {
    /// The sessions of `due` not announced before, now counted as announced.
    pub fn take_new(&mut self, programme: &Programme, due: &[Due]) -> Vec<Due> {
        due.iter().copied().filter(|d| self.0.insert(programme.sessions[d.session].id.as_str().to_owned())).collect()
    }
}

#[cfg(test)]
#[path = "reminder_tests.rs"]
mod tests;
