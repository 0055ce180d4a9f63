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
