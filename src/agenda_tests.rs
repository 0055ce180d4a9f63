//! Agenda edits and merges.

use super::*;
use crate::load;
use chrono::TimeZone;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, minute, 0).unwrap()
}

#[test]
fn toggle_status_note_and_clear() {
    let p = load::bundled(2021).unwrap().programme;
    let s = p.session("2021-right-to-food").unwrap();
    let mut a = Agenda::default();
    assert!(a.toggle(s, at(0)));
    assert!(a.is_marked(s.id.as_str()));
    assert_eq!(a.items[s.id.as_str()].seen.start.unwrap().to_string(), "10:00:00");
    assert!(a.set_status(s.id.as_str(), Status::Attended, at(1), None));
    assert!(a.set_note(s.id.as_str(), Some("  bring questions ".into()), at(2)));
    assert_eq!(a.items[s.id.as_str()].note.as_deref(), Some("bring questions"));
    assert!(!a.toggle(s, at(3)));
    assert!(!a.is_marked(s.id.as_str()));
    assert!(!a.set_status(s.id.as_str(), Status::Skipped, at(4), None), "unmarked sessions have no status");
    a.add(s, at(5));
    a.clear(at(6));
    assert!(a.is_empty());
    assert_eq!(Status::Planned.cycle().cycle().cycle(), Status::Planned);
}

#[test]
fn merge_keeps_the_latest_change_per_session() {
    let p = load::bundled(2021).unwrap().programme;
    let (x, y, z) =
        (p.session("2021-refugees").unwrap(), p.session("2021-peace").unwrap(), p.session("2021-sdgs").unwrap());
    let mut base = Agenda::default();
    base.add(x, at(0));
    base.add(y, at(0));
    // Two terminals start from the same file.
    let mut one = base.clone();
    let mut two = base.clone();
    one.remove(x.id.as_str(), at(1));
    two.add(z, at(2));
    two.set_note(y.id.as_str(), Some("front row".into()), at(3));
    let merged = one.merged(&two);
    assert!(!merged.is_marked(x.id.as_str()), "a removal is not undone by an older copy");
    assert!(merged.is_marked(z.id.as_str()), "a new mark from the other copy is kept");
    assert_eq!(merged.items[y.id.as_str()].note.as_deref(), Some("front row"));
    assert_eq!(merged, two.merged(&one), "the order of merging does not matter");
}

#[test]
fn files_merge_per_programme() {
    let p = load::bundled(2021).unwrap().programme;
    let s = p.session("2021-refugees").unwrap();
    let mut a = AgendaFile::default();
    a.programmes.entry("whrcf-2021".into()).or_default().add(s, at(0));
    let mut b = AgendaFile::default();
    b.programmes
        .entry("fosdem-2020".into())
        .or_default()
        .items
        .insert("x".into(), a.programmes["whrcf-2021"].items[s.id.as_str()].clone());
    let m = a.merged(&b);
    assert_eq!(m.programmes.len(), 2);
    assert!(m.programmes["whrcf-2021"].is_marked(s.id.as_str()));
}

#[test]
fn removing_and_re_adding_a_session_keeps_its_status_and_note() {
    let p = load::bundled(2021).unwrap().programme;
    let s = p.session("2021-right-to-food").unwrap();
    let mut a = Agenda::default();
    a.add(s, at(0));
    a.set_status(s.id.as_str(), Status::Attended, at(1), None);
    a.set_note(s.id.as_str(), Some("bring questions".into()), at(2));
    assert!(!a.toggle(s, at(3)));
    assert!(a.toggle(s, at(4)));
    let item = &a.items[s.id.as_str()];
    assert_eq!((item.status, item.note.as_deref()), (Status::Attended, Some("bring questions")));
    assert_eq!(item.updated, at(4), "re-adding is a change a merge must see");
}
