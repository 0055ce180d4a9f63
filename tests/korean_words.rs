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
