use super::*;

#[test]
fn counts_take_the_plural_their_number_asks_for() {
    assert_eq!(CLASHES.of(1), "1 clash");
    assert_eq!([CLASHES.of(0), CLASHES.of(2)], ["0 clashes", "2 clashes"]);
    assert_eq!([PEOPLE.of(1), PEOPLE.of(3)], ["1 person", "3 people"]);
    assert_eq!(SESSIONS.of(1), "1 session");
}

#[test]
fn arguments_are_put_in_by_name_and_never_read_again() {
    assert_eq!(AS_STATED.say(&[("stated", &"{value}"), ("value", &"online")]), "online (\"{value}\")");
    assert_eq!(IN_ZONE.say(&[("range", &"10:00–12:00 CEST")]), "10:00–12:00 CEST ({$zone})", "a missing one is named");
}

#[test]
fn an_organizer_s_role_is_said_by_its_kind_and_a_missing_role_as_not_published() {
    use crate::people::EntryKind;
    assert_eq!(role(EntryKind::Organizer, None), "organizer");
    assert_eq!(role(EntryKind::Person, Some("moderator")), "moderator");
    assert_eq!(role(EntryKind::Person, None), "role not published");
}

#[test]
fn changes_overlaps_and_moves_say_their_times_on_the_clock_chosen() {
    use crate::wording::language::{Clock, Language, speaking};
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let range = crate::time::Range::of_times(hm(10, 30), Some(hm(13, 0)));
    let moved =
        crate::plan::Change::Time { was: Some(range), now: Some(crate::time::Range::of_times(hm(14, 0), None)) };
    let overlap = crate::plan::Overlap { title: "Right to Food", range };
    let seen = crate::agenda::Seen {
        title: "Right to Food".into(),
        day: chrono::NaiveDate::from_ymd_opt(2021, 10, 8),
        start: Some(hm(9, 5)),
        end: Some(hm(9, 50)),
        room: Some("Hall A".into()),
    };
    let slot = crate::moves::Slot {
        date: chrono::NaiveDate::from_ymd_opt(2021, 10, 8).unwrap(),
        start: hm(15, 30),
        end: None,
        end_date: None,
        room: Some("Room 307".into()),
    };
    let said = || {
        [
            agenda::change(&moved),
            agenda::overlap(&overlap),
            programme::where_it_was(&seen, None),
            moves::place(&slot, false),
        ]
    };
    assert_eq!(
        speaking(Language::English, Clock::TwentyFourHour, said),
        [
            "was 10:30–13:00, now 14:00–?",
            "Right to Food, 10:30–13:00",
            "Fri 2021-10-08 09:05–09:50 in Hall A",
            "Room 307 15:30"
        ]
    );
    assert_eq!(
        speaking(Language::English, Clock::TwelveHour, said),
        [
            "was 10:30 AM–1:00 PM, now 2:00 PM–?",
            "Right to Food, 10:30 AM–1:00 PM",
            "Fri 2021-10-08 9:05–9:50 AM in Hall A",
            "Room 307 3:30 PM"
        ]
    );
    let korean = speaking(Language::Korean, Clock::TwelveHour, said);
    assert!(korean[0].contains("오전 10:30–오후 1:00") && korean[0].contains("오후 2:00–?"), "{korean:?}");
    assert!(korean[2].contains("오전 9:05–9:50") && korean[3].contains("오후 3:30"), "{korean:?}");
}

#[test]
fn the_system_s_reasons_a_user_meets_most_are_said_in_the_language_spoken() {
    use language::{Clock, Language, speaking};
    let no_tty = std::io::Error::from_raw_os_error(libc::ENXIO);
    let full = std::io::Error::from_raw_os_error(libc::ENOSPC);
    assert_eq!([io_reason(&no_tty), io_reason(&full)], ["no such device or address", "the disk is full"]);
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        assert_eq!(io_reason(&no_tty), "그런 장치나 주소가 없음");
        assert_eq!(io_reason(&full), "디스크가 가득 참");
        let read_only = std::io::Error::from_raw_os_error(libc::EROFS);
        assert_eq!(io_reason(&read_only), "읽기 전용 파일 시스템");
    });
}
