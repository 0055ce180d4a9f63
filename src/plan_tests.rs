//! Reconciliation (moved, changed, removed sessions) and the day plan (free time, clashes, tight changes).

use super::*;
use crate::agenda::Agenda;
use crate::load;
use chrono::{NaiveTime, TimeZone, Utc};

fn agenda_of(p: &Programme, ids: &[&str]) -> Agenda {
    let mut a = Agenda::default();
    for id in ids {
        a.add(p.session(id).unwrap(), Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap());
    }
    a
}

#[test]
fn moved_changed_and_removed_sessions_are_flagged() {
    let old = load::bundled(2021).unwrap().programme;
    let agenda = agenda_of(&old, &["2021-right-to-food", "2021-refugees", "2021-peace", "2021-unesco-apcad"]);
    let mut new = old.clone();
    let food = new.sessions.iter_mut().find(|s| s.id.as_str() == "2021-right-to-food").unwrap();
    food.start = NaiveTime::from_hms_opt(13, 0, 0);
    food.end = NaiveTime::from_hms_opt(15, 0, 0);
    food.room = Some("Hall 2".into());
    let refugees = new.sessions.iter_mut().find(|s| s.id.as_str() == "2021-refugees").unwrap();
    refugees.title = "Refugees in East Asia".into();
    refugees.date = chrono::NaiveDate::from_ymd_opt(2021, 10, 9);
    new.sessions.retain(|s| s.id.as_str() != "2021-peace");
    let entries = entries(&new, &agenda);
    let get = |id: &str| entries.iter().find(|e| e.id == id).unwrap();
    let hm = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    assert_eq!(
        get("2021-right-to-food").changes,
        vec![
            Change::Time {
                was: Some(Range::of_times(hm(10), Some(hm(12)))),
                now: Some(Range::of_times(hm(13), Some(hm(15))))
            },
            Change::Room { was: None, now: Some("Hall 2".into()) },
        ]
    );
    let r = &get("2021-refugees").changes;
    let day = |d| chrono::NaiveDate::from_ymd_opt(2021, 10, d);
    assert!(r.contains(&Change::Day { was: day(8), now: day(9) }));
    assert!(r.iter().any(|c| matches!(c, Change::Title { was } if was.starts_with("난민"))));
    assert!(get("2021-peace").session.is_none(), "kept, but no longer in the programme");
    assert!(get("2021-unesco-apcad").changes.is_empty());
    let plan = plan(&new, &agenda, Duration::minutes(10), new.timezone);
    assert_eq!(plan.gone.len(), 1);
    assert_eq!(plan.timed.len() + plan.untimed.len() + plan.gone.len(), 4, "nothing dropped");
}

#[test]
fn overlaps_free_time_and_order() {
    let p = load::bundled(2021).unwrap().programme;
    let agenda = agenda_of(
        &p,
        &[
            "2021-public-diplomacy",
            "2021-paper-presentation",
            "2021-unesco-apcad",
            "2021-ombudsman-workshop",
            "2021-plenary-1",
            "2021-peace",
        ],
    );
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let ids: Vec<&str> = plan.timed.iter().map(|r| r.entry.id).collect();
    assert_eq!(
        ids,
        [
            "2021-paper-presentation",
            "2021-public-diplomacy",
            "2021-unesco-apcad",
            "2021-ombudsman-workshop",
            "2021-plenary-1"
        ]
    );
    let titles = |i: usize| plan.timed[i].overlaps.iter().map(|o| o.title).collect::<Vec<_>>();
    assert_eq!(titles(0), ["Human Rights Cities and Public Diplomacy"]);
    assert_eq!(crate::wording::when::range(plan.timed[0].overlaps[0].range), "13:00–15:00");
    assert_eq!(titles(1), ["Human Rights Paper Presentation"]);
    assert_eq!(crate::wording::when::range(plan.timed[1].overlaps[0].range), "10:00–16:00");
    assert_eq!(titles(3), ["UNESCO APCAD Meeting"]);
    assert_eq!(plan.timed[3].free_after, Some(Duration::hours(2)), "free from 18:00 to 20:00");
    assert!(plan.timed[4].overlaps.is_empty(), "no end: no known overlap");
    assert_eq!(plan.untimed.len(), 1);
}

#[test]
fn touching_sessions_do_not_clash_and_tight_room_changes_are_flagged() {
    let mut p = load::bundled(2019).unwrap().programme;
    // Migrants 13:00–15:30 in rooms 209~210; the strategy meeting starts 15:30 in room 307.
    let agenda = agenda_of(&p, &["2019-migrants", "2019-strategy-meeting-housing"]);
    let plan1 = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    assert!(plan1.timed.iter().all(|r| r.overlaps.is_empty()));
    let tight = plan1.timed[1].tight.as_ref().unwrap();
    assert_eq!(tight.gap, Duration::zero());
    assert_eq!(tight.from, "Kimdaejung Convention Center Rooms 209~210");
    assert_eq!(tight.to, "Kimdaejung Convention Center, Room 307");
    // Same room: no travel needed.
    for s in p.sessions.iter_mut() {
        s.extras.make_mut().venue = Some("Hall".into());
    }
    let plan2 = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    assert!(plan2.timed[1].tight.is_none());
}

#[test]
fn skipped_sessions_take_no_time() {
    let p = load::bundled(2021).unwrap().programme;
    let mut agenda = agenda_of(&p, &["2021-public-diplomacy", "2021-paper-presentation"]);
    agenda.set_status("2021-paper-presentation", crate::agenda::Status::Skipped, Utc::now(), None);
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    assert!(plan.timed.iter().all(|r| r.overlaps.is_empty()));
}

#[test]
fn the_lines_give_each_day_one_heading_and_every_entry_once_in_order() {
    let p = load::bundled(2021).unwrap().programme;
    let ids = ["2021-public-diplomacy", "2021-paper-presentation", "2021-plenary-1", "2021-peace", "2021-refugees"];
    let mut agenda = agenda_of(&p, &ids);
    let mut seen = agenda.items["2021-peace"].seen.clone();
    seen.title = "gone".into();
    agenda.items.insert("2021-gone".into(), Item { seen, ..agenda.items["2021-peace"].clone() });
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let lines = plan.lines();
    let entries: Vec<&str> =
        lines.iter().filter_map(|l| if let Line::Entry(e, _) = l { Some(e.id) } else { None }).collect();
    assert_eq!(entries, plan.ids().collect::<Vec<_>>());
    assert_eq!(entries.len(), 6, "every entry once");
    let days: Vec<_> = lines.iter().filter_map(|l| if let Line::Day(d) = l { Some(*d) } else { None }).collect();
    let mut distinct = days.clone();
    distinct.dedup();
    assert_eq!(days, distinct, "one heading per day");
    let sections: Vec<_> =
        lines.iter().filter_map(|l| if let Line::Section(s) = l { Some(*s) } else { None }).collect();
    assert_eq!(sections, [Section::Gone], "2021-peace has a day: it is under that day, not apart");
    let overlaps = lines.iter().filter(|l| matches!(l, Line::Overlap(_))).count();
    assert_eq!(overlaps, plan.timed.iter().map(|r| r.overlaps.len()).sum::<usize>());
    assert!(matches!(lines.last(), Some(Line::Entry(e, Standing::Gone)) if e.id == "2021-gone"));
}

#[test]
fn a_session_with_a_day_but_no_time_is_listed_under_its_day_and_one_without_a_day_apart() {
    let mut p = load::bundled(2021).unwrap().programme;
    let agenda = agenda_of(&p, &["2021-public-diplomacy", "2021-peace", "2021-refugees", "2021-sdgs"]);
    let sdgs = p.sessions.iter_mut().find(|s| s.id.as_str() == "2021-sdgs").unwrap();
    (sdgs.date, sdgs.start, sdgs.end) = (None, None, None);
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let lines = plan.lines();
    let at = |id: &str| lines.iter().position(|l| matches!(l, Line::Entry(e, _) if e.id == id)).unwrap();
    let day_of = |i: usize| lines[..i].iter().rev().find_map(|l| if let Line::Day(d) = l { Some(*d) } else { None });
    let peace = at("2021-peace");
    assert!(matches!(lines[peace], Line::Entry(_, Standing::Untimed)));
    assert_eq!(day_of(peace), NaiveDate::from_ymd_opt(2021, 10, 8), "under its day");
    assert!(peace > at("2021-refugees"), "after the day's timed sessions");
    let section = lines.iter().position(|l| matches!(l, Line::Section(Section::Untimed))).unwrap();
    assert!(at("2021-sdgs") > section && peace < section, "only the undated one is apart");
    let order: Vec<&str> =
        lines.iter().filter_map(|l| if let Line::Entry(e, _) = l { Some(e.id) } else { None }).collect();
    assert_eq!(order, plan.ids().collect::<Vec<_>>(), "the cursor walks the rows as shown");
}

#[test]
fn the_free_time_under_a_row_is_true_from_that_rows_end_even_with_a_skipped_session_between() {
    // As a user had it: 10:00–10:50, then 12:30–12:50 skipped, then 18:50.
    let mut p = load::bundled(2021).unwrap().programme;
    let ids = ["2021-public-diplomacy", "2021-unesco-apcad", "2021-plenary-1"];
    let mut agenda = agenda_of(&p, &ids);
    agenda.set_status("2021-unesco-apcad", crate::agenda::Status::Skipped, Utc::now(), None);
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    let day = NaiveDate::from_ymd_opt(2021, 10, 7);
    for (id, start, end) in
        [(ids[0], hm(10, 0), hm(10, 50)), (ids[1], hm(12, 30), hm(12, 50)), (ids[2], hm(18, 50), None)]
    {
        let s = p.sessions.iter_mut().find(|s| s.id.as_str() == id).unwrap();
        (s.date, s.start, s.end) = (day, start, end);
    }
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let lines = plan.lines();
    let free = lines.iter().position(|l| matches!(l, Line::Free(_))).expect("a free line");
    assert!(matches!(lines[free], Line::Free(d) if d == Duration::hours(8)), "10:50 to 18:50");
    assert!(
        matches!(lines[free - 1], Line::Entry(e, _) if e.id == "2021-public-diplomacy"),
        "8 h free is true from 10:50, under the 10:00–10:50 row, not under the skipped 12:30–12:50"
    );
    assert_eq!(lines.iter().filter(|l| matches!(l, Line::Free(_))).count(), 1);
}

#[test]
fn free_time_is_counted_from_the_latest_end_not_from_a_shorter_session_inside_a_longer_one() {
    // 10:00–12:00 and 10:30–11:00 inside it, then 14:00: 2 h free, from 12:00, under the long one.
    let mut p = load::bundled(2021).unwrap().programme;
    let ids = ["2021-public-diplomacy", "2021-unesco-apcad", "2021-plenary-1"];
    let agenda = agenda_of(&p, &ids);
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    let day = NaiveDate::from_ymd_opt(2021, 10, 7);
    let times = [(ids[0], hm(10, 0), hm(12, 0)), (ids[1], hm(10, 30), hm(11, 0)), (ids[2], hm(14, 0), hm(15, 0))];
    for (id, start, end) in times {
        let s = p.sessions.iter_mut().find(|s| s.id.as_str() == id).unwrap();
        (s.date, s.start, s.end) = (day, start, end);
    }
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let free: Vec<(&str, Duration)> = plan.timed.iter().filter_map(|r| Some((r.entry.id, r.free_after?))).collect();
    assert_eq!(free, [("2021-public-diplomacy", Duration::hours(2))]);
}

#[test]
fn a_night_session_is_planned_on_the_conference_day_it_follows() {
    let mut p = load::bundled(2021).unwrap().programme;
    p.day_change = NaiveTime::from_hms_opt(4, 0, 0);
    let refugees = p.sessions.iter_mut().find(|s| s.id.as_str() == "2021-refugees").unwrap();
    let friday = refugees.date.unwrap();
    refugees.date = friday.succ_opt();
    (refugees.start, refugees.end) = (NaiveTime::from_hms_opt(0, 50, 0), NaiveTime::from_hms_opt(1, 30, 0));
    let agenda = agenda_of(&p, &["2021-peace", "2021-refugees"]);
    let plan = plan(&p, &agenda, Duration::minutes(10), p.timezone);
    let days: Vec<_> = plan.lines().iter().filter_map(|l| if let Line::Day(d) = l { Some(*d) } else { None }).collect();
    assert_eq!(days, [friday], "00:50 after Friday's programme is on Friday, with no day of its own");
    let night = plan.timed.iter().find(|r| r.entry.id == "2021-refugees").unwrap();
    assert_eq!(
        crate::wording::when::range(Range::of_instants(&night.start, night.end.as_ref(), Some(night.day))),
        "00:50 (+1d)–01:30 (+1d)"
    );
}
