//! Property tests: the clash sweep finds exactly what a pairwise check finds, time-zone
//! conversions round-trip, agenda merges commute, sanitised text holds no control bytes, and
//! fitted text has exactly the width asked for.

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use proptest::prelude::*;
use whrcf::agenda::{Agenda, Item, Seen, Status};
use whrcf::clash::{self, Checks, Kind};
use whrcf::model::{Person, Session, SessionId};

const ZONES: [&str; 6] =
    ["Asia/Seoul", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"];

fn programme(spec: &[(u8, u16, u16, u8)]) -> whrcf::model::Programme {
    let mut p = whrcf::synthetic::programme(1, 1);
    p.first_day = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    p.last_day = NaiveDate::from_ymd_opt(2030, 1, 2).unwrap();
    p.sessions = spec
        .iter()
        .enumerate()
        .map(|(i, &(room, start, len, person))| {
            let start_min = u32::from(start % (22 * 60));
            let end_min = (start_min + u32::from(len % 180)).min(23 * 60 + 59);
            Session {
                id: SessionId(format!("s{i}")),
                title: format!("S{i}"),
                date: NaiveDate::from_ymd_opt(2030, 1, 1),
                start: NaiveTime::from_hms_opt(start_min / 60, start_min % 60, 0),
                end: NaiveTime::from_hms_opt(end_min / 60, end_min % 60, 0),
                room: Some(format!("R{}", room % 4)),
                people: vec![Person {
                    name: format!("P {}", person % 5),
                    role: None,
                    affiliation: None,
                    country: None,
                    topic: None,
                }],
                ..Session::default()
            }
        })
        .collect();
    p
}

fn brute(p: &whrcf::model::Programme, same: impl Fn(&Session, &Session) -> bool) -> Vec<(usize, usize)> {
    let tz = p.timezone;
    let mut out = Vec::new();
    for (i, a) in p.sessions.iter().enumerate() {
        for (j, b) in p.sessions.iter().enumerate().skip(i + 1) {
            let (Some(sa), Some(ea), Some(sb), Some(eb)) = (a.start_at(tz), a.end_at(tz), b.start_at(tz), b.end_at(tz))
            else {
                continue;
            };
            if ea > sa && eb > sb && same(a, b) && sa < eb && sb < ea {
                out.push((i, j));
            }
        }
    }
    out
}

fn found(p: &whrcf::model::Programme, kind: Kind) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = clash::find(p, &Checks::default())
        .into_iter()
        .filter(|c| c.kind == kind)
        .map(|c| (c.sessions[0].min(c.sessions[1]), c.sessions[0].max(c.sessions[1])))
        .collect();
    v.sort_unstable();
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sweep_equals_brute_force(spec in prop::collection::vec((any::<u8>(), any::<u16>(), any::<u16>(), any::<u8>()), 0..40)) {
        let p = programme(&spec);
        prop_assert_eq!(found(&p, Kind::Room), brute(&p, |a, b| a.room == b.room));
        prop_assert_eq!(found(&p, Kind::Person), brute(&p, |a, b| a.people[0].name == b.people[0].name));
    }

    #[test]
    fn zone_conversion_round_trips(secs in 0i64..4_000_000_000, zone in 0usize..6) {
        let tz: chrono_tz::Tz = ZONES[zone].parse().unwrap();
        let t = Utc.timestamp_opt(secs, 0).unwrap().with_timezone(&tz);
        let back = whrcf::time::instant(tz, t.date_naive(), t.time());
        // In an overlap (clocks set back) the earlier of the two instants is chosen.
        prop_assert!(back == t || (back < t && back.naive_local() == t.naive_local()));
    }

    #[test]
    fn wall_times_keep_their_face(day in 0u32..3000, minute in 0u32..1440, zone in 0usize..6) {
        let tz: chrono_tz::Tz = ZONES[zone].parse().unwrap();
        let date = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days(i64::from(day));
        let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
        let t = whrcf::time::instant(tz, date, time);
        if whrcf::time::is_in_gap(tz, date, time) {
            prop_assert!(t.naive_local() > date.and_time(time), "a time in a gap moves forward");
        } else {
            prop_assert_eq!(t.naive_local(), date.and_time(time));
        }
    }

    #[test]
    fn agenda_merges_commute_and_are_idempotent(ops in prop::collection::vec((0u8..6, any::<bool>(), 0i64..100), 0..30)) {
        let item = |minute: i64, removed: bool| Item {
            status: Status::Planned,
            note: None,
            updated: Utc.timestamp_opt(1_700_000_000 + minute * 60, 0).unwrap(),
            removed,
            seen: Seen::default(),
            exported: None,
        };
        let (mut a, mut b) = (Agenda::default(), Agenda::default());
        for (k, (id, removed, minute)) in ops.iter().enumerate() {
            let target = if k % 2 == 0 { &mut a } else { &mut b };
            // Distinct times per id and side so that "latest wins" is well defined.
            target.items.insert(format!("s{id}"), item(minute * 2 + i64::from(k % 2 == 0), *removed));
        }
        prop_assert_eq!(a.merged(&b), b.merged(&a));
        prop_assert_eq!(a.merged(&a), a.clone());
    }

    #[test]
    fn sanitised_text_has_no_control_bytes(s in ".*") {
        for clean in [whrcf::sanitize::line(&s), whrcf::sanitize::block(&s)] {
            let bad = clean.chars().any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c));
            prop_assert!(!bad, "control character left in {:?}", clean);
        }
        prop_assert!(!whrcf::sanitize::line(&s).contains('\n'));
    }

    #[test]
    fn fitted_text_has_the_width_asked_for(s in "\\PC{0,40}", cols in 0usize..60) {
        let clean = whrcf::sanitize::line(&s);
        let fitted = whrcf::text::fit(&clean, cols);
        // A wide character that does not fit leaves one column of padding at most.
        prop_assert!(whrcf::text::width(&fitted) <= cols);
        prop_assert!(whrcf::text::width(&fitted) + 1 >= cols);
    }
}
