//! Tests of how dates, times, ranges and zones are written in each language and clock.

use super::*;

#[test]
fn each_form_reads_as_named() {
    let d = NaiveDate::from_ymd_opt(2021, 10, 8).unwrap();
    assert_eq!([long(d), short(d), brief(d)], ["Friday 08 October 2021", "Fri 2021-10-08", "Fri 08 Oct"]);
    assert_eq!([weekday_day(d), brief_with_year(d)], ["Fri 08", "2021 Fri 08 Oct"]);
    assert_eq!(days(d, d + chrono::Days::new(2)), "08 Oct – 10 Oct 2021");
    assert_eq!(days(d, d), "08 Oct 2021");
    let new_year = NaiveDate::from_ymd_opt(2019, 12, 27).unwrap();
    assert_eq!(days(new_year, d), "27 Dec 2019 – 08 Oct 2021", "a range over a new year names both years");
    let t = crate::time::instant(chrono_tz::Asia::Seoul, d, NaiveTime::from_hms_opt(14, 0, 0).unwrap());
    assert_eq!([moment(&t), weekday_time(&t)], ["Fri 08 Oct 14:00 KST", "Fri 14:00 KST"]);
}

#[test]
fn the_zone_shown_says_which_and_its_abbreviations_on_the_programmes_days() {
    let berlin = chrono_tz::Europe::Berlin;
    let weekend = |y, m, d| {
        let first = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        [first, first.succ_opt().unwrap()].into_iter()
    };
    assert_eq!(zone_shown(ZoneChoice::Forum, berlin, weekend(2020, 9, 18), None), "forum time: CEST (Europe/Berlin)");
    assert_eq!(
        zone_shown(ZoneChoice::Local, berlin, weekend(2021, 3, 27), None),
        "local time: CET/CEST (Europe/Berlin)"
    );
    assert_eq!(zone_shown(ZoneChoice::Utc, chrono_tz::UTC, weekend(2020, 9, 18), None), "UTC");
    assert_eq!(zone_shown(ZoneChoice::Forum, chrono_tz::UTC, weekend(2020, 9, 18), None), "forum time: UTC");
    let fixed = chrono_tz::Etc::GMTMinus1;
    let offsets = Some(ZoneFound::Offsets);
    assert_eq!(
        zone_shown(ZoneChoice::Forum, fixed, weekend(2020, 12, 27), offsets),
        "forum time: UTC+01:00, from the file's offsets"
    );
    let place = Some(ZoneFound::Place);
    let guessed = "forum time: CEST (Europe/Berlin), guessed from the file's place";
    assert_eq!(zone_shown(ZoneChoice::Forum, berlin, weekend(2020, 9, 18), place), guessed);
    assert_eq!(
        zone_shown(ZoneChoice::Utc, berlin, weekend(2020, 9, 18), place),
        "UTC",
        "said of the forum's zone only"
    );
    let unknown = zone_shown(ZoneChoice::Forum, chrono_tz::UTC, weekend(2020, 9, 18), Some(ZoneFound::Unknown));
    assert_eq!(unknown, "forum time: unknown, times as the file writes them");
}

#[test]
fn in_korean_every_form_is_korean_and_the_clock_is_honoured() {
    use crate::wording::language::{Clock, Language, speaking};
    let d = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
    let t = crate::time::instant(chrono_tz::Asia::Seoul, d, NaiveTime::from_hms_opt(13, 0, 0).unwrap());
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        assert_eq!(
            [long(d), brief(d), moment(&t)],
            ["2021년 10월 7일 목요일", "10월 7일 (목)", "10월 7일 (목) 13:00 KST"]
        );
        let seoul = zone_shown(ZoneChoice::Forum, chrono_tz::Asia::Seoul, [d].into_iter(), None);
        assert_eq!(seoul, "프로그램 시간: KST (Asia/Seoul)");
        let brussels =
            zone_shown(ZoneChoice::Forum, chrono_tz::Europe::Brussels, [d].into_iter(), Some(ZoneFound::Place));
        assert_eq!(brussels, "프로그램 시간: CEST (Europe/Brussels), 시간대는 파일에 적힌 장소로 추정");
    });
    speaking(Language::Korean, Clock::TwelveHour, || assert_eq!(moment(&t), "10월 7일 (목) 오후 1:00 KST"));
    speaking(Language::English, Clock::TwelveHour, || assert_eq!(moment(&t), "Thu 07 Oct 1:00 PM KST"));
    assert_eq!(moment(&t), "Thu 07 Oct 13:00 KST", "English on a 24-hour clock unless chosen");
}

#[test]
fn a_night_session_reads_as_the_day_after_its_conference_day() {
    let fri = NaiveDate::from_ymd_opt(2019, 12, 27).unwrap();
    let sat = fri.succ_opt().unwrap();
    let mut p = Programme::new("c".into(), "C".into(), chrono_tz::Europe::Berlin, fri, sat);
    p.day_change = NaiveTime::from_hms_opt(4, 0, 0);
    let (start, end) = (NaiveTime::from_hms_opt(0, 50, 0), NaiveTime::from_hms_opt(2, 50, 0));
    let s = Session { date: Some(sat), start, end, ..Session::default() };
    assert_eq!(format_range(&p, &s, p.timezone), "(+1d) 00:50–02:50 CET");
    let detail = crate::wording::detail::compose(&p, &s, p.timezone, false);
    assert_eq!(detail.fields[0].values[0].text, "Friday 27 December 2019");
}

#[test]
fn a_range_carries_its_zone_and_a_missing_time_says_why() {
    let day = NaiveDate::from_ymd_opt(2021, 10, 8).unwrap();
    let p = Programme::new("t".into(), "T".into(), chrono_tz::Asia::Seoul, day, day);
    let mut s = Session { date: Some(day), start: NaiveTime::from_hms_opt(7, 0, 0), ..Session::default() };
    assert_eq!(format_range(&p, &s, chrono_tz::Europe::Berlin), "00:00–? CEST");
    assert_eq!(format_range(&p, &s, chrono_tz::America::New_York), "18:00 (-1d)–? EDT");
    s.end = NaiveTime::from_hms_opt(8, 0, 0);
    let berlin_dst_ends = NaiveDate::from_ymd_opt(2021, 10, 31).unwrap();
    s.date = Some(berlin_dst_ends);
    // 09:30 and 10:30 in Seoul: the clocks in Berlin go back between them.
    (s.start, s.end) = (NaiveTime::from_hms_opt(9, 30, 0), NaiveTime::from_hms_opt(10, 30, 0));
    assert_eq!(format_range(&p, &s, chrono_tz::Europe::Berlin), "02:30 CEST–02:30 CET");
    s.start = None;
    assert_eq!(format_range(&p, &s, p.timezone), "time not published");
    s.extras.make_mut().time_conflict = Some("10:00 or 13:00".into());
    assert_eq!(format_range(&p, &s, p.timezone), "time not published: sources disagree");
}
