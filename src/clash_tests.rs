//! Clash tests: every kind, touching intervals, midnight, untimed sessions, name order, and the
//! real overlaps of the bundled programmes.

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::load;
use crate::model::{Person, Session, SessionId};

fn session(id: &str, day: u32, start: (u32, u32), end: (u32, u32), room: &str, people: &[&str]) -> Session {
    Session {
        id: SessionId(id.into()),
        title: format!("T{id}"),
        date: NaiveDate::from_ymd_opt(2030, 1, day),
        start: NaiveTime::from_hms_opt(start.0, start.1, 0),
        end: NaiveTime::from_hms_opt(end.0, end.1, 0),
        end_date: (end < start).then(|| NaiveDate::from_ymd_opt(2030, 1, day + 1).unwrap()),
        room: (!room.is_empty()).then(|| room.to_owned()),
        people: people
            .iter()
            .map(|n| Person {
                name: (*n).into(),
                role: Some("speaker".into()),
                affiliation: None,
                country: None,
                topic: None,
            })
            .collect(),
        ..Session::default()
    }
}

fn programme(sessions: Vec<Session>) -> Programme {
    let mut p = crate::synthetic::programme(1, 1);
    p.first_day = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    p.last_day = NaiveDate::from_ymd_opt(2030, 1, 3).unwrap();
    p.sessions = sessions;
    p
}

fn kinds(p: &Programme, checks: &Checks) -> Vec<(Kind, Vec<usize>)> {
    find(p, checks).into_iter().map(|c| (c.kind, c.sessions)).collect()
}

#[test]
fn rooms_overlap_but_touching_sessions_do_not() {
    let p = programme(vec![
        session("a", 1, (10, 0), (12, 0), "Hall", &[]),
        session("b", 1, (11, 0), (13, 0), "hall ", &[]),
        session("c", 1, (13, 0), (14, 0), "Hall", &[]),
        session("d", 1, (11, 0), (12, 0), "Other", &[]),
    ]);
    assert_eq!(kinds(&p, &Checks::default()), vec![(Kind::Room, vec![0, 1])]);
    let c = &find(&p, &Checks::default())[0];
    assert_eq!(
        (c.start.unwrap().format("%H:%M").to_string(), c.end.unwrap().format("%H:%M").to_string()),
        ("11:00".into(), "12:00".into())
    );
}

#[test]
fn people_match_across_case_spacing_and_order_and_possible_matches_are_apart() {
    let p = programme(vec![
        session("a", 1, (10, 0), (12, 0), "A", &["KIM Seonghoon"]),
        session("b", 1, (11, 0), (13, 0), "B", &["Seonghoon  Kim"]),
        session("c", 2, (10, 0), (12, 0), "A", &["LEE Yong-sup"]),
        session("d", 2, (11, 0), (12, 0), "B", &["Lee Yongsup"]),
        session("e", 3, (10, 0), (11, 0), "A", &["Ana García"]),
        session("f", 3, (10, 30), (11, 0), "B", &["Ana Garcia"]),
    ]);
    let found = find(&p, &Checks { organizers: false, ..Checks::default() });
    let got: Vec<(Kind, Vec<usize>)> = found.iter().map(|c| (c.kind, c.sessions.clone())).collect();
    assert_eq!(
        got,
        vec![(Kind::Person, vec![0, 1]), (Kind::PossiblePerson, vec![2, 3]), (Kind::PossiblePerson, vec![4, 5])]
    );
    assert_eq!(found[0].detail, Detail::SamePerson { roles: [Some("speaker".into()), Some("speaker".into())] });
    let said = crate::wording::programme::clash(&p, &found[0]);
    assert_eq!(said, "KIM Seonghoon is in \"Ta\" (speaker) and in \"Tb\" (speaker)");
}

#[test]
fn midnight_crossing_dates_lengths_and_untimed_sessions() {
    let mut late = session("a", 1, (23, 0), (1, 0), "Club", &[]);
    late.end_date = NaiveDate::from_ymd_opt(2030, 1, 2);
    let early = session("b", 2, (0, 30), (2, 0), "Club", &[]);
    let mut untimed = session("c", 2, (0, 0), (0, 0), "Club", &[]);
    untimed.start = None;
    untimed.end = None;
    let mut open_end = session("d", 2, (9, 0), (9, 0), "X", &[]);
    open_end.end = None;
    let outside = session("e", 9, (9, 0), (10, 0), "Y", &[]);
    let p = programme(vec![late, early, untimed, open_end, outside]);
    let got = kinds(&p, &Checks::default());
    assert!(got.contains(&(Kind::Room, vec![0, 1])), "after midnight still overlaps: {got:?}");
    assert!(got.contains(&(Kind::Length, vec![3])));
    assert!(got.contains(&(Kind::Dates, vec![4])));
    assert!(!got.iter().any(|(_, s)| s.contains(&2)), "untimed sessions take part in no overlap");
}

#[test]
fn organizers_and_buffers() {
    let mut a = session("a", 1, (10, 0), (11, 0), "A", &["Ada"]);
    a.organizers = vec!["UCLG".into()];
    let mut b = session("b", 1, (10, 30), (12, 0), "B", &[]);
    b.organizers = vec!["uclg".into()];
    let c = session("c", 1, (11, 5), (12, 0), "C", &["Ada"]);
    let d = session("d", 1, (12, 0), (13, 0), "C", &["Ada"]);
    let p = programme(vec![a, b, c, d]);
    let checks = Checks { buffer: Some(Duration::minutes(10)), ..Checks::default() };
    let got = kinds(&p, &checks);
    assert!(got.contains(&(Kind::Organizer, vec![0, 1])));
    assert!(got.contains(&(Kind::Buffer, vec![0, 2])), "5 minutes from A to C: {got:?}");
    assert!(!got.contains(&(Kind::Buffer, vec![2, 3])), "same room needs no travel");
    assert!(kinds(&p, &Checks::default()).iter().all(|(k, _)| *k != Kind::Buffer));
}

#[test]
fn the_bundled_programmes_real_overlaps() {
    let p2021 = load::bundled(2021).unwrap().programme;
    let found = find(&p2021, &Checks::default());
    assert!(
        found.iter().all(|c| !matches!(c.kind, Kind::Room | Kind::Person)),
        "no shared room or person in 2021: {found:?}"
    );
    let p2019 = load::bundled(2019).unwrap().programme;
    let found = find(&p2019, &Checks::default());
    let rooms: Vec<&Clash> = found.iter().filter(|c| c.kind == Kind::Room).collect();
    assert!(rooms.is_empty(), "the four 13:00 sessions of 2019-10-01 are in different rooms: {rooms:?}");
}

#[test]
fn sweep_finds_what_brute_force_finds() {
    for seed in 0..40 {
        let p = crate::synthetic::programme(150, seed);
        let spans = spans_of(&p);
        let items = spans.iter().flatten().filter_map(|s| p.sessions[s.session].place().map(|r| (r, *s, None)));
        let mut got: Vec<(usize, usize)> = Vec::new();
        for (_, members) in group_by(items, 0, |r| group::words_key(r, Some)).iter() {
            pairs(members, |a, b| got.push((a.span.session.min(b.span.session), a.span.session.max(b.span.session))));
        }
        got.sort_unstable();
        let mut brute = Vec::new();
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate().skip(i + 1) {
                if let (Some(a), Some(b)) = (a, b) {
                    let same =
                        p.sessions[i].place().map(str::to_lowercase) == p.sessions[j].place().map(str::to_lowercase);
                    if same && a.start < b.end && b.start < a.end {
                        brute.push((i, j));
                    }
                }
            }
        }
        assert_eq!(got, brute, "seed {seed}");
    }
}

#[test]
fn every_detail_is_said_from_its_facts() {
    let mut bad = session("d", 1, (9, 0), (8, 0), "X", &[]);
    bad.end_date = None;
    let p = programme(vec![
        session("a", 1, (10, 0), (11, 0), "A", &["Ada"]),
        session("b", 1, (11, 5), (12, 0), "C", &["Ada"]),
        session("f", 2, (10, 0), (12, 0), "A", &["LEE Yong-sup"]),
        session("g", 2, (11, 0), (12, 0), "B", &["Lee Yongsup"]),
        session("e", 9, (9, 0), (10, 0), "Y", &[]),
        bad,
    ]);
    let found = find(&p, &Checks { buffer: Some(Duration::minutes(10)), ..Checks::default() });
    let said = |kind: Kind| {
        let c = found.iter().find(|c| c.kind == kind).unwrap_or_else(|| panic!("{kind}: {found:?}"));
        crate::wording::programme::clash(&p, c)
    };
    assert_eq!(said(Kind::Buffer), "Ada has 5 min to get from A (\"Ta\") to C (\"Tb\")");
    assert_eq!(said(Kind::PossiblePerson), "\"LEE Yong-sup\" in \"Tf\" may be \"Lee Yongsup\" in \"Tg\"");
    assert_eq!(said(Kind::Dates), "\"Te\" is on 2030-01-09, outside the programme's days 2030-01-01 to 2030-01-03");
    assert_eq!(said(Kind::Length), "\"Td\" ends at 08:00 but starts at 09:00");
}

#[test]
fn clashes_go_by_start_then_end_then_kind() {
    // 16:00–18:00 in one room, and someone in two rooms 16:00–17:00: the shorter comes first.
    let p = programme(vec![
        session("a", 1, (16, 0), (18, 0), "A", &[]),
        session("b", 1, (16, 0), (18, 0), "A", &[]),
        session("c", 1, (16, 0), (17, 0), "B", &["Katti"]),
        session("d", 1, (16, 0), (17, 0), "C", &["Katti"]),
    ]);
    let found = find(&p, &Checks::default());
    let kinds: Vec<Kind> = found.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [Kind::Person, Kind::Room], "{found:?}");
}

#[test]
fn two_sessions_of_one_title_are_told_apart_by_time_and_room_or_id() {
    let mut sessions = vec![
        session("a", 1, (16, 0), (18, 0), "Room 1", &["Katti"]),
        session("b", 1, (17, 0), (18, 0), "Room 2", &["Katti"]),
        session("c", 2, (10, 0), (11, 0), "Room 3", &["Ada"]),
        session("e", 2, (10, 0), (11, 0), "Room 4", &["Ada"]),
        session("d", 2, (10, 0), (11, 0), "Room 3", &[]),
    ];
    for s in &mut sessions {
        s.title = "Translation Team Meeting".into();
    }
    let p = programme(sessions);
    let found = find(&p, &Checks::default());
    let said = |kind: Kind| {
        let c = found.iter().find(|c| c.kind == kind).unwrap_or_else(|| panic!("{kind}: {found:?}"));
        crate::wording::programme::clash(&p, c)
    };
    assert_eq!(
        said(Kind::Person),
        "Katti is in \"Translation Team Meeting\" (16:00–18:00, Room 1) (speaker) and in \"Translation Team Meeting\" (17:00–18:00, Room 2) (speaker)",
        "what tells them apart: the times and the rooms"
    );
    assert_eq!(
        said(Kind::Room),
        "\"Translation Team Meeting\" (c) and \"Translation Team Meeting\" (d) are both in Room 3",
        "same times and room: the ids"
    );
    let ada = found.iter().find(|c| c.resource == "Ada").map(|c| crate::wording::programme::clash(&p, c));
    let rooms =
        "\"Translation Team Meeting\" (Room 3) (speaker) and in \"Translation Team Meeting\" (Room 4) (speaker)";
    assert_eq!(ada, Some(format!("Ada is in {rooms}")), "same times: the rooms alone");
}
