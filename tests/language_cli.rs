//! The language of the command line's words: `--lang`, then `[display] language` in
//! config.toml, then the locale (LC_ALL, LC_MESSAGES, LANG), with English for anything else.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf_at;
use predicates::prelude::*;

/// A config directory whose config.toml holds `config`.
fn home(config: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("config.toml"), config).unwrap();
    home
}

#[test]
fn a_korean_locale_speaks_korean_and_lc_all_overrides_lang() {
    let home = home("");
    let korean = whrcf_at(home.path()).env("LANG", "ko_KR.UTF-8").args(["list", "--day", "1"]).assert().success();
    let out = String::from_utf8(korean.get_output().stdout.clone()).unwrap();
    assert!(out.contains("개 중") && out.contains("(목)"), "{out}");
    let mut english = whrcf_at(home.path());
    english.env("LANG", "ko_KR.UTF-8").env("LC_ALL", "C").args(["list", "--day", "1"]);
    english.assert().success().stdout(predicate::str::contains("shown of"));
}

#[test]
fn the_flag_wins_over_the_setting_which_wins_over_the_locale() {
    let home = home("[display]\nlanguage = \"ko\"\n");
    let by_setting = whrcf_at(home.path()).env("LANG", "en_US.UTF-8").args(["show", "no-such-id"]).assert().code(2);
    by_setting.stderr(predicate::str::contains("세션이 없습니다"));
    let by_flag = whrcf_at(home.path()).args(["--lang", "en", "show", "no-such-id"]).assert().code(2);
    by_flag.stderr(predicate::str::contains("no session `no-such-id`"));
    let other = whrcf_at(home.path()).args(["--lang", "fr", "list"]).assert().code(2);
    other.stderr(predicate::str::contains("en or ko"));
}

#[test]
fn show_in_korean_keeps_its_values_in_one_column() {
    let home = home("");
    let mut shown = whrcf_at(home.path());
    shown.args(["--lang", "ko", "--edition", "2021", "show", "2021-paper-presentation"]);
    let out = String::from_utf8(shown.assert().success().get_output().stdout.clone()).unwrap();
    let column = |label: &str, value: &str| {
        let row = out.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("{label}: {out}"));
        let before = &row[..row.find(value).unwrap_or_else(|| panic!("{value}: {out}"))];
        unicode_width::UnicodeWidthStr::width(before)
    };
    assert_eq!(column("ID", "2021-paper"), column("날짜", "2021년 10월 6일 수요일"), "{out}");
    assert_eq!(column("ID", "2021-paper"), column("시간", "10:00–16:00"), "{out}");
}
