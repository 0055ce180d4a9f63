//! Reminders: due within the lead, not yet, already started, skipped, lead 0, each once.

use super::*;
use crate::load;
use crate::model::Session;

/// A programme, one of its sessions (marked), and its start.
fn marked() -> (Programme, Agenda, usize, DateTime<Utc>) {
    let p = load::bundled(2021).unwrap().programme;
    let n = p.sessions.iter().position(|s| s.id.as_str() == "2021-right-to-food").unwrap();
    let s: &Session = &p.sessions[n];
    let start = s.start_at(p.timezone).unwrap().with_timezone(&Utc);
    let mut a = Agenda::default();
    a.add(s, start - Duration::days(1));
    (p, a, n, start)
}

fn ids(p: &Programme, due: &[Due]) -> Vec<String> {
    due.iter().map(|d| p.sessions[d.session].id.as_str().to_owned()).collect()
}

#[test]
fn a_marked_session_is_due_within_the_lead_and_not_before_or_once_started() {
    let (p, a, n, start) = marked();
    assert_eq!(due(&p, &a, start - Duration::minutes(10), 10), [Due { session: n, minutes: 10 }]);
    assert_eq!(due(&p, &a, start - Duration::seconds(30), 10), [Due { session: n, minutes: 1 }], "rounded up");
    assert!(due(&p, &a, start - Duration::minutes(11), 10).is_empty(), "not yet");
    assert!(due(&p, &a, start, 10).is_empty(), "already started");
    assert!(due(&p, &a, start + Duration::minutes(5), 10).is_empty(), "under way");
    assert_eq!(ids(&p, &due(&p, &a, start - Duration::minutes(30), 45)), ["2021-right-to-food"], "a longer lead");
}

#[test]
fn skipped_unmarked_and_lead_zero_are_never_due() {
    let (p, mut a, _, start) = marked();
    let before = start - Duration::minutes(5);
    assert!(due(&p, &a, before, 0).is_empty(), "lead 0 turns reminders off");
    a.set_status("2021-right-to-food", Status::Attended, before, None);
    assert_eq!(due(&p, &a, before, 10).len(), 1, "attended (marked ahead of time) still reminds");
    a.set_status("2021-right-to-food", Status::Skipped, before, None);
    assert!(due(&p, &a, before, 10).is_empty(), "skipped");
    a.set_status("2021-right-to-food", Status::Planned, before, None);
    a.remove("2021-right-to-food", before);
    assert!(due(&p, &a, before, 10).is_empty(), "unmarked");
}

#[test]
fn each_session_is_announced_once() {
    let (p, a, n, start) = marked();
    let mut announced = Announced::default();
    let first = due(&p, &a, start - Duration::minutes(10), 10);
    assert_eq!(announced.take_new(&p, &first), [Due { session: n, minutes: 10 }]);
    let later = due(&p, &a, start - Duration::minutes(5), 10);
    assert_eq!(later.len(), 1, "still due");
    assert!(announced.take_new(&p, &later).is_empty(), "but announced already");
}
