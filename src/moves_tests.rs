use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::clash::{self, Checks, Kind};

fn edition_2019() -> Programme {
    crate::load::bundled(2019).expect("the bundled 2019 programme").programme
}

fn index_of(p: &Programme, id: &str) -> usize {
    p.sessions.iter().position(|s| s.id.as_str() == id).unwrap_or_else(|| panic!("no session {id}"))
}

fn room_and_person(p: &Programme) -> usize {
    clash::find(p, &Checks::default()).iter().filter(|c| matches!(c.kind, Kind::Room | Kind::Person)).count()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn time(s: &str) -> NaiveTime {
    NaiveTime::parse_from_str(s, "%H:%M").unwrap()
}

#[test]
fn moving_migrants_a_day_on_resolves_the_person_clash_of_2019() {
    let mut p = edition_2019();
    assert_eq!(room_and_person(&p), 1, "Shams ASADI in Migrants and Right to Housing");
    let i = index_of(&p, "2019-migrants");
    let mut edits = Edits::default();
    let to = edits.step(&p, i, &Step::Days { days: 1 }).unwrap();
    assert_eq!((to.date, to.start, to.end), (date("2019-10-02"), time("13:00"), Some(time("15:30"))));
    let res = Resources::of(&p);
    let moved = Moved::new(&p, edits.placed());
    assert_eq!(room_and_person_clashes(&moved, &res, 1), 0, "recounted from the groups it touches");
    assert!(apply(&mut p, &edits.moves()).is_empty(), "the move applies");
    assert_eq!(p.sessions[i].date, Some(date("2019-10-02")));
    assert_eq!(room_and_person(&p), 0, "the full check agrees");
}

#[test]
fn a_move_of_a_session_gone_or_moved_meanwhile_is_reported_not_applied() {
    let p = edition_2019();
    let i = index_of(&p, "2019-migrants");
    let mut edits = Edits::default();
    edits.step(&p, i, &Step::Later { seconds: 900 }).unwrap();
    let good = edits.moves().remove(0);
    let gone = Move { session: SessionId("2019-no-such-session".into()), ..good.clone() };
    let mut changed = good.clone();
    changed.from.start = time("09:00");
    let mut applied = p.clone();
    let skipped = apply(&mut applied, &[gone.clone(), good.clone(), good.clone(), changed.clone()]);
    assert_eq!(
        skipped,
        [Skipped::Gone { mv: gone }, Skipped::Twice { mv: good.clone() }, Skipped::Twice { mv: changed }]
    );
    assert_eq!(applied.sessions[i].start, Some(time("13:15")), "the good move applied once");
    let mut stale = good.clone();
    stale.from.room = Some("Elsewhere".into());
    let mut untouched = p.clone();
    assert_eq!(apply(&mut untouched, &[stale.clone()]), [Skipped::Changed { mv: stale }]);
    assert_eq!(untouched, p, "nothing applied");
    let mut twice = p.clone();
    assert!(apply(&mut twice, std::slice::from_ref(&good)).is_empty());
    assert_eq!(apply(&mut twice, std::slice::from_ref(&good)), [Skipped::AlreadyThere { mv: good }], "applied already");
}

#[test]
fn steps_cross_midnight_and_days_with_checked_arithmetic() {
    let slot = Slot {
        date: date("2030-05-06"),
        start: time("23:00"),
        end: Some(time("23:45")),
        end_date: None,
        room: Some("Hall A".into()),
    };
    let later = slot.stepped(&Step::Later { seconds: 30 * 60 }).unwrap();
    assert_eq!(
        (later.date, later.start, later.end, later.end_date),
        (slot.date, time("23:30"), Some(time("00:15")), Some(date("2030-05-07")))
    );
    let back = later.stepped(&Step::Later { seconds: -30 * 60 }).unwrap();
    assert_eq!(back, slot, "the end date goes when the session fits in a day again");
    let day_before = slot.stepped(&Step::Days { days: -1 }).unwrap();
    assert_eq!((day_before.date, day_before.start), (date("2030-05-05"), time("23:00")));
    let room = slot.stepped(&Step::Room { room: Some("Room 201".into()) }).unwrap();
    assert_eq!((room.room.as_deref(), room.start), (Some("Room 201"), slot.start));
    let last = Slot { date: NaiveDate::MAX, ..slot.clone() };
    assert_eq!(last.stepped(&Step::Days { days: 1 }), None, "past the calendar: refused");
    assert_eq!(slot.stepped(&Step::Later { seconds: i64::MAX }), None);
    assert_eq!(slot.stepped(&Step::Days { days: i64::MIN }), None);
}

#[test]
fn undo_and_redo_walk_the_steps_and_a_step_back_home_removes_the_move() {
    let p = edition_2019();
    let (a, b) = (index_of(&p, "2019-migrants"), index_of(&p, "2019-gender"));
    let mut edits = Edits::default();
    assert_eq!(edits.undo(), None, "nothing to undo");
    edits.step(&p, a, &Step::Later { seconds: 900 }).unwrap();
    edits.step(&p, a, &Step::Later { seconds: 900 }).unwrap();
    edits.step(&p, b, &Step::Room { room: Some("Hall".into()) }).unwrap();
    assert_eq!(edits.placed().len(), 2, "one move per session");
    assert_eq!(edits.slot(&p, a).unwrap().start, time("13:30"));
    assert_eq!(edits.undo(), Some(Some(b)));
    assert_eq!(edits.placed().len(), 1);
    assert_eq!(edits.undo(), Some(Some(a)));
    assert_eq!(edits.slot(&p, a).unwrap().start, time("13:15"));
    assert_eq!(edits.redo(), Some(Some(a)));
    assert_eq!(edits.slot(&p, a).unwrap().start, time("13:30"));
    assert!(edits.can_redo());
    edits.step(&p, a, &Step::Later { seconds: -1800 }).unwrap();
    assert!(edits.placed().is_empty(), "back where it started: no move left");
    assert!(!edits.can_redo(), "a new step drops what was undone");
    assert_eq!(edits.undo(), Some(Some(a)));
    assert!(edits.clear());
    assert!(edits.placed().is_empty());
    assert_eq!(edits.undo(), Some(Some(a)), "a clear is undone whole");
    assert_eq!(edits.placed().len(), 1);
    // A move in the middle of the list taken back and brought back: undo and redo name it.
    let c = index_of(&p, "2019-disability");
    let mut three = Edits::default();
    for i in [a, b, c] {
        three.step(&p, i, &Step::Later { seconds: 900 }).unwrap();
    }
    three.step(&p, b, &Step::Later { seconds: -900 }).unwrap();
    assert_eq!(three.placed().iter().map(|m| m.index).collect::<Vec<_>>(), [a, c]);
    assert_eq!(three.undo(), Some(Some(b)));
    assert_eq!(three.redo(), Some(Some(b)));
    let undated = index_of(&p, "2019-elderly");
    assert_eq!(edits.step(&p, undated, &Step::Later { seconds: 900 }), Err(edits::Refused::NoSlot));
}

#[test]
fn the_recount_agrees_with_the_full_check_on_a_synthetic_programme() {
    let p = crate::synthetic::programme(3_000, 7);
    let before = room_and_person(&p);
    let res = Resources::of(&p);
    let mut rng = crate::synthetic::Rng::new(11);
    let mut edits = Edits::default();
    let rooms = res.room_names().to_vec();
    for k in 0..40 {
        let i = rng.below(p.sessions.len());
        let step = match k % 3 {
            0 => Step::Later { seconds: 900 * (rng.below(9) as i64 - 4) },
            1 => Step::Days { days: rng.below(3) as i64 - 1 },
            _ => Step::Room { room: Some(rng.pick(&rooms).clone()) },
        };
        let _ = edits.step(&p, i, &step);
        let mut applied = p.clone();
        assert!(apply(&mut applied, &edits.moves()).is_empty());
        let moved = Moved::new(&p, edits.placed());
        assert_eq!(room_and_person_clashes(&moved, &res, before), room_and_person(&applied), "after step {k}");
    }
    assert!(edits.placed().len() > 20, "most steps moved a session: {}", edits.placed().len());
}

#[test]
fn a_session_placed_by_its_venue_moved_to_another_room_says_only_the_new_one() {
    let mut p = edition_2019();
    let i = index_of(&p, "2019-migrants");
    assert_eq!(p.sessions[i].room, None, "2019 places its sessions by venue");
    let room = "Kimdaejung Convention Center Rooms 211";
    let mut edits = Edits::default();
    edits.step(&p, i, &Step::Room { room: Some(room.to_owned()) }).unwrap();
    assert!(apply(&mut p, &edits.moves()).is_empty());
    let s = &p.sessions[i];
    assert_eq!(s.place(), Some(room));
    let said = [s.room.as_deref(), s.extras.venue.as_deref()];
    assert!(!said.contains(&Some("Kimdaejung Convention Center Rooms 209~210")), "no stale place: {said:?}");
}
