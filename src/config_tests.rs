//! The settings of config.toml: each bad value or unknown name reported, the rest used.

use super::Settings;

/// The one problem of a config file with one bad value, which leaves every setting at its default.
fn bad(text: &str) -> String {
    let (settings, problems) = Settings::parse(text).unwrap();
    assert_eq!((settings, problems.len()), (Settings::default(), 1), "{problems:?}");
    problems.concat()
}

#[test]
fn a_bad_value_leaves_out_that_setting_only() {
    let text = "[programme]\ndefault = \"dc\"\n[display]\nzone = \"Mars/Olympus\"\nhyperlinks = false\n";
    let (settings, said) = Settings::parse_file("config.toml", text);
    assert_eq!((settings.default_programme.as_deref(), settings.hyperlinks, settings.zone), (Some("dc"), false, None));
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].starts_with("config.toml: display.zone must be a zone name"), "{said:?}");
    assert!(said[0].ends_with("; it is left out"), "{said:?}");
}

#[test]
fn a_syntax_error_is_located_at_its_line_and_column() {
    let (settings, said) = Settings::parse_file("config.toml", "[agenda]\ntravel_buffer_minutes\n");
    assert_eq!(settings, Settings::default());
    let said = said.concat();
    assert!(said.starts_with("config.toml:2:22: "), "{said}");
    assert!(said.ends_with("; using the defaults"), "{said}");
    let (_, said) = Settings::parse_file("config.toml", "[agenda]\ntravel_buffer_minutes = 99999\n");
    assert!(said.concat().starts_with("config.toml: agenda.travel_buffer_minutes must be"), "no place for it");
}

#[test]
fn a_mistyped_setting_is_reported_with_the_one_meant() {
    let (settings, unknown) =
        Settings::parse("[agenda]\ntravel_buffer_minute = 20\n[agnda]\n[dsplay]\n[colours]\n").unwrap();
    assert_eq!(settings, Settings::default(), "the mistyped line is left out");
    assert_eq!(
        unknown,
        [
            "`agenda.travel_buffer_minute` is not a setting (did you mean `agenda.travel_buffer_minutes`?); it is left out",
            "`[agnda]` is not a setting (did you mean `[agenda]`?); it is left out",
            "`[dsplay]` is not a setting (did you mean `[display]`?); it is left out",
            "`[colours]` is not a setting; it is left out",
        ]
    );
    let (set, unknown) = Settings::parse("[agenda]\ntravel_buffer_minutes = 20\n").unwrap();
    assert_eq!((set.travel_buffer_minutes, unknown.len()), (20, 0));
}

#[test]
fn the_default_programme_is_read_and_a_mistyped_key_is_named() {
    assert_eq!(Settings::parse("").unwrap().0.default_programme, None);
    let (set, unknown) = Settings::parse("[programme]\ndefault = \"fosdem\"\n").unwrap();
    assert_eq!((set.default_programme.as_deref(), unknown.len()), (Some("fosdem"), 0));
    let (_, unknown) = Settings::parse("[programme]\ndefualt = \"fosdem\"\n").unwrap();
    assert_eq!(unknown, ["`programme.defualt` is not a setting (did you mean `programme.default`?); it is left out"]);
    assert!(bad("[programme]\ndefault = 3\n").contains("programme.default"));
}

#[test]
fn hyperlinks_are_on_unless_turned_off() {
    assert!(Settings::parse("").unwrap().0.hyperlinks);
    assert!(!Settings::parse("[display]\nhyperlinks = false\n").unwrap().0.hyperlinks);
    assert!(bad("[display]\nhyperlinks = \"no\"\n").contains("true or false"));
}

#[test]
fn the_language_and_the_clock_are_read_from_display() {
    use crate::wording::language::{Clock, Language};
    let set = Settings::parse("").unwrap().0;
    assert_eq!((set.language, set.clock), (None, Clock::TwentyFourHour));
    let (set, unknown) = Settings::parse("[display]\nlanguage = \"ko\"\nclock = \"12h\"\n").unwrap();
    assert_eq!((set.language, set.clock, unknown.len()), (Some(Language::Korean), Clock::TwelveHour, 0));
    assert!(bad("[display]\nlanguage = \"fr\"\n").contains("\"en\" or \"ko\""));
    assert!(bad("[display]\nclock = \"13h\"\n").contains("\"12h\""));
}

#[test]
fn reminders_are_ten_minutes_ahead_without_notification_unless_set() {
    let set = Settings::parse("").unwrap().0;
    assert_eq!((set.reminder_minutes, set.notify), (10, false));
    let (set, unknown) = Settings::parse("[reminders]\nminutes = 0\nnotify = true\n").unwrap();
    assert_eq!((set.reminder_minutes, set.notify, unknown.len()), (0, true, 0));
    assert!(bad("[reminders]\nminutes = -5\n").contains("from 0 to 1440"));
    assert!(bad("[reminders]\nnotify = 1\n").contains("true or false"));
}
