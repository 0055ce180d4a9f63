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
    other.stderr(predicate::str::contains("en 또는 ko"));
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

/// What `whrcf ARGS` prints under `--lang ko`.
fn korean_output(args: &[&str]) -> String {
    let home = home("");
    let mut run = whrcf_at(home.path());
    run.args(["--lang", "ko"]).args(args);
    String::from_utf8(run.assert().get_output().stdout.clone()).unwrap()
}

#[test]
fn the_editions_table_in_korean_has_korean_headings_ordinals_and_ranges() {
    let out = korean_output(&["editions"]);
    assert!(out.contains("기본값은 2025 (제15회)") && out.contains("연도  회차"), "{out}");
    assert!(out.contains("2025. 5. 15. ~ 5. 17.") && out.contains("19 / 27"), "{out}");
    for english in ["15th", "year", "05-15 to", "19 of"] {
        assert!(!out.contains(english), "{english}: {out}");
    }
}

#[test]
fn list_clashes_people_and_diff_in_korean_leave_no_english_words() {
    let list = korean_output(&["list"]);
    assert!(list.contains("출처마다 다름") && list.contains("날짜 미공개"), "{list}");
    assert!(!list.contains("sources disagree") && !list.contains("Date not published"), "{list}");
    let clashes = korean_output(&["--edition", "2019", "clashes"]);
    assert!(clashes.contains(" 사람 Shams ASADI") && !clashes.contains("person"), "{clashes}");
    let people = korean_output(&["--edition", "all", "people", "강기정"]);
    assert!(people.contains("· 3개 회차, 세션 3개\n"), "{people}");
    let fixture = |name: &str| format!("{}/tests/fixtures/schedules/{name}", env!("CARGO_MANIFEST_DIR"));
    let diff = korean_output(&["diff", &fixture("fosdem-2007.xml"), &fixture("debconf23.xml")]);
    assert!(diff.contains("\n추가 (") && !diff.contains("added ("), "{diff}");
}

#[test]
fn load_warnings_in_korean_are_korean_through_and_through() {
    let home = home("");
    let dir = tempfile::tempdir().unwrap();
    let xml = std::fs::read_to_string(format!("{}/tests/fixtures/schedules/debconf23.xml", env!("CARGO_MANIFEST_DIR")));
    let cut = dir.path().join("cut.xml");
    std::fs::write(&cut, &xml.unwrap()[..20000]).unwrap();
    let mut run = whrcf_at(home.path());
    run.args(["--lang", "ko", "--programme"]).arg(&cut).arg("list");
    let err = String::from_utf8(run.assert().get_output().stderr.clone()).unwrap();
    assert!(err.contains(": 오류: 파일이 <schedule> 안에서 끝남") && err.contains("읽음)"), "{err}");
    assert!(!err.contains(" read)") && !err.contains("the file ends"), "{err}");
}

#[test]
fn errors_in_korean_say_why_in_korean() {
    let home = home("");
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml");
    let said = |args: &[&std::ffi::OsStr]| {
        let mut run = whrcf_at(home.path());
        run.args(["--lang", "ko"]).args(args);
        String::from_utf8(run.assert().failure().get_output().stderr.clone()).unwrap()
    };
    let err = said(&["--programme".as_ref(), missing.as_os_str(), "list".as_ref()]);
    assert!(err.contains("읽을 수 없음: 그런 파일이나 디렉터리가 없음") && !err.contains("No such"), "{err}");
    let err = said(&["--programme".as_ref(), dir.path().as_os_str(), "list".as_ref()]);
    assert!(err.contains("일반 파일이 아니라 디렉터리임") && !err.contains("directory"), "{err}");
    let err = said(&["--edition".as_ref(), "all".as_ref(), "agenda".as_ref(), "list".as_ref()]);
    assert!(err.contains("한 회차에만") && !err.contains("works on one edition"), "{err}");
}

#[test]
fn a_12_hour_clock_writes_session_times_in_show_and_list() {
    let home = home("[display]\nclock = \"12h\"\n");
    let mut list = whrcf_at(home.path());
    list.args(["--lang", "en", "--edition", "2021", "list", "--day", "1"]);
    list.assert().success().stdout(predicate::str::contains("1:00–3:00 PM KST"));
    let mut show = whrcf_at(home.path());
    show.args(["--lang", "ko", "--edition", "2021", "show", "2021-paper-presentation"]);
    show.assert().success().stdout(predicate::str::contains("오전 10:00–오후 4:00 KST"));
}

#[test]
fn a_12_hour_clock_writes_the_times_of_clashes_the_agenda_and_next() {
    let home = home("[display]\nclock = \"12h\"\n");
    let run = |args: &[&str]| {
        let out = whrcf_at(home.path()).args(["--edition", "2021"]).args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    run(&["agenda", "add", "2021-paper-presentation", "2021-public-diplomacy", "2021-unesco-apcad"]);
    let clashes = run(&["--lang", "en", "clashes"]);
    assert!(clashes.contains("  8:00 PM–?   length ") && !clashes.contains("20:00"), "{clashes}");
    let clashes = run(&["--lang", "ko", "clashes"]);
    assert!(clashes.contains("  오후 8:00–? 길이 "), "{clashes}");
    let agenda = run(&["--lang", "en", "agenda", "list"]);
    assert!(agenda.contains("overlaps: Human Rights Cities and Public Diplomacy, 1:00–3:00 PM"), "{agenda}");
    let agenda = run(&["--lang", "ko", "agenda", "list"]);
    assert!(agenda.contains("겹침: Human Rights Paper Presentation, 오전 10:00–오후 4:00"), "{agenda}");
    let next = run(&["--lang", "en", "--now", "2021-10-07T14:00:00+09:00", "next"]);
    assert_eq!(next, "now: UNESCO APCAD Meeting until 3:00 PM\n");
}

#[test]
fn a_12_hour_clock_keeps_one_time_column_across_the_clashes_and_the_unchecked_sessions() {
    let home = home("[display]\nclock = \"12h\"\n");
    let out = whrcf_at(home.path()).args(["--lang", "ko", "--edition", "2019", "clashes"]).output().unwrap();
    let clashes = String::from_utf8(out.stdout).unwrap();
    // Where the kind column starts on each clash line: after the time column, in display columns.
    let kind_at = |kind: &str| {
        let line = clashes.lines().find(|l| l.contains(&format!(" {kind} "))).unwrap_or_else(|| panic!("{clashes}"));
        whrcf::text::width(&line[..line.find(&format!(" {kind} ")).unwrap()])
    };
    assert_eq!(kind_at("사람"), kind_at("길이"), "{clashes}");
}
