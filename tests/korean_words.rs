//! The command line in Korean says its own words in Korean: dates in the form Korean writes them
//! (`2021. 10. 8. (금)`), one word for a missing time or date, and errors whose reasons, the
//! app's own explanations, are Korean too. The programme's own words (kinds, roles) stay as the
//! programme writes them.

#[path = "common/cli.rs"]
mod cli;

use cli::{whrcf_at, whrcf_on};

/// What `whrcf --lang ko ARGS` prints, out and err, with `home` as its config and data directory.
fn korean_at(home: &std::path::Path, args: &[&str]) -> (String, String) {
    let mut run = whrcf_at(home);
    run.args(["--lang", "ko"]).args(args);
    let out = run.output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// What `whrcf --lang ko ARGS` prints, out and err, with no config or agenda.
fn korean(args: &[&str]) -> (String, String) {
    let home = tempfile::tempdir().unwrap();
    korean_at(home.path(), args)
}

#[test]
fn dates_in_korean_are_written_the_korean_way_not_iso() {
    let (list, _) = korean(&["--edition", "2021", "list"]);
    assert!(list.contains("\n2021. 10. 8. (금) · 세션"), "{list}");
    assert!(!list.contains("2021-10-08"), "{list}");
    let (people, _) = korean(&["--edition", "all", "people", "강기정"]);
    assert!(people.contains("  2022  2022. 10. 10.  ["), "{people}");
    assert!(!people.contains("2022-10-") && !people.contains("undated"), "{people}");
}

#[test]
fn next_in_korean_names_the_weekday_inside_one_pair_of_brackets() {
    let d = tempfile::tempdir().unwrap();
    whrcf_on(d.path(), "2021").args(["agenda", "add", "2021-unesco-apcad"]).assert().success();
    let out = whrcf_on(d.path(), "2021").args(["--lang", "ko", "--now", "2021-10-07T12:35:00+09:00", "next"]).output();
    let out = String::from_utf8(out.unwrap().stdout).unwrap();
    assert_eq!(out, "25분 후: UNESCO APCAD Meeting (목요일 13:00 KST)\n");
}

#[test]
fn a_missing_time_or_date_has_one_korean_word_and_the_export_names_its_zone_once() {
    let d = tempfile::tempdir().unwrap();
    whrcf_on(d.path(), "2021").args(["agenda", "add", "2021-peace"]).assert().success();
    let (agenda, _) = korean_at(d.path(), &["--edition", "2021", "agenda", "list"]);
    assert!(agenda.contains("  시간 미공개  [예정]") && !agenda.contains("--:--"), "{agenda}");
    let (list, _) = korean(&["list"]);
    assert!(list.contains("\n날짜 미공개 · ") && !list.contains("미발표"), "{list}");
    let (markdown, _) = korean(&["--edition", "2021", "export", "programme", "--format", "md"]);
    assert!(markdown.contains("프로그램 시간: KST") && !markdown.contains("시간: 프로그램 시간"), "{markdown}");
}

#[test]
fn why_a_value_is_refused_is_said_in_korean_after_clap_s_own_words() {
    let refused = |args: &[&str]| {
        let home = tempfile::tempdir().unwrap();
        let mut run = whrcf_at(home.path());
        run.env("LANG", "ko_KR.UTF-8").args(args);
        let out = run.assert().code(2).get_output().stderr.clone();
        String::from_utf8(out).unwrap()
    };
    let edition = refused(&["--edition", "1999", "list"]);
    assert!(edition.contains("모르는 회차 `1999`") && edition.contains("2025 (제15회)"), "{edition}");
    assert!(!edition.contains("expected a year") && !edition.contains("15th"), "{edition}");
    let language = refused(&["--lang", "fr", "list"]);
    assert!(language.contains("whrcf가 쓰는 언어가 아님") && !language.contains("is not a language"), "{language}");
    let zone = refused(&["--tz", "Mars/Phobos", "list"]);
    assert!(zone.contains("알 수 없는 시간대 `Mars/Phobos`") && !zone.contains("unknown time zone"), "{zone}");
    let now = refused(&["--now", "yesterday", "list"]);
    assert!(now.contains("RFC 3339 시각") && !now.contains("expected an RFC"), "{now}");
    let columns = refused(&["list", "--columns", "id,tiem"]);
    assert!(columns.contains("`time`을(를) 뜻했나요?") && !columns.contains("did you mean"), "{columns}");
    let flag = refused(&["--lang=ko", "--tz", "Mars/Phobos", "list"]);
    assert!(flag.contains("알 수 없는 시간대"), "--lang=ko before the bad value: {flag}");
}

#[test]
fn mistakes_in_config_toml_are_explained_in_korean() {
    let home = tempfile::tempdir().unwrap();
    let config = "[display]\nlanguage = \"fr\"\nclock = \"13h\"\naccesible = true\n\n[agenda]\ntravel_buffer_minutes = \"ten\"\n";
    std::fs::write(home.path().join("config.toml"), config).unwrap();
    let mut run = whrcf_at(home.path());
    run.env("LANG", "ko_KR.UTF-8").args(["--edition", "2021", "list", "--day", "1"]);
    let err = String::from_utf8(run.assert().success().get_output().stderr.clone()).unwrap();
    assert!(err.contains("`display.accesible`은(는) 설정이 아님 (`display.accessible`을(를) 뜻했나요?)"), "{err}");
    assert!(err.contains("display.language: \"en\" 또는 \"ko\"여야 함"), "{err}");
    assert!(err.contains("display.clock: \"24h\" 또는 \"12h\"여야 함"), "{err}");
    assert!(err.contains("agenda.travel_buffer_minutes: 0에서 1440 사이의 분 수여야 함"), "{err}");
    assert!(!err.contains("is not a setting") && !err.contains("must be"), "{err}");
}

#[test]
fn files_that_cannot_be_written_or_read_say_why_in_korean() {
    let d = tempfile::tempdir().unwrap();
    whrcf_on(d.path(), "2021").args(["agenda", "add", "2021-peace"]).assert().success();
    let (_, err) =
        korean_at(d.path(), &["--edition", "2021", "agenda", "export", "--format", "ics", "-o", "/nonexistent/x.ics"]);
    assert!(err.contains("whrcf: 경고: ") && !err.contains("warning"), "{err}");
    assert!(
        err.contains("/nonexistent/x.ics에 쓸 수 없음: 그런 파일이나 디렉터리가 없음") && !err.contains("os error"),
        "{err}"
    );
    std::fs::write(d.path().join("agenda.toml"), "abc\nfoo bar\n").unwrap();
    let (_, err) = korean_at(d.path(), &["--edition", "2021", "agenda", "list"]);
    assert!(err.contains("(1행 4열: ") && !err.contains("line 1, column"), "{err}");
    let (_, err) = korean_at(d.path(), &["--edition", "all"]);
    assert!(err.contains("앱은 한 회차에만 쓸 수 있음") && !err.contains("the app"), "{err}");
}

#[test]
fn binary_data_in_korean_is_said_at_its_byte_position() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blob.bin");
    std::fs::write(&file, b"\0\x01\x02").unwrap();
    let (_, err) = korean(&["--programme", file.to_str().unwrap(), "list"]);
    assert!(err.contains("(바이트 0 위치에 이진 데이터)") && !err.contains("0바이트에"), "{err}");
}

#[test]
fn editions_and_the_day_error_write_dates_the_korean_way() {
    let (editions, _) = korean(&["editions"]);
    assert!(editions.contains("  2021. 10. 6. ~ 10. 10.  "), "{editions}");
    assert!(!editions.contains("2021-10-06"), "{editions}");
    let (_, err) = korean(&["--edition", "2021", "list", "--day", "9"]);
    assert!(err.contains("1-5일째 (2021. 10. 6. ~ 2021. 10. 10.)") && !err.contains("2021-10-06"), "{err}");
}
