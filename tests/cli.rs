//! The `whrcf` command line, run as a real process: the listings, `show` and their exit codes
//! (programme files, `validate`, the cache and settings: `cli_files.rs`).

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf;
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn list_prints_the_newest_edition_by_default_and_2021_on_request() {
    whrcf()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The 15th World Human Rights Cities Forum (WHRCF 2025) · 19 sessions shown of 19",
        ))
        .stdout(predicate::str::is_match(r"sources disagree +개회식 \(Opening Ceremony\)").unwrap());
    whrcf()
        .args(["--edition", "2021", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The 11th World Human Rights Cities Forum (WHRCF 2021) · 34 sessions shown of 34",
        ))
        .stdout(predicate::str::contains("Thu 2021-10-07 · 5 sessions"))
        .stdout(predicate::str::is_match(r"13:00–15:00 KST +UNESCO APCAD Meeting").unwrap())
        .stdout(predicate::str::contains("Date not published · 11 sessions"));
}

#[test]
fn list_edition_2019() {
    whrcf()
        .args(["--edition", "2019", "list", "--day", "2019-10-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WHRCF 2019"))
        .stdout(predicate::str::contains("2019-2030-agenda-1"))
        .stdout(predicate::str::contains("Tue 2019-10-01 · 12 sessions"));
}

#[test]
fn table_fits_the_width_with_korean_text() {
    let out = whrcf().args(["--edition", "2021", "list", "--day", "2"]).env("COLUMNS", "80").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines().filter(|l| l.starts_with("  ")) {
        assert!(whrcf::text::width(line) <= 80, "too wide: {line}");
    }
    let korean = text.lines().find(|l| l.contains("전체회의")).expect("Korean plenary listed");
    let english = text.lines().find(|l| l.contains("UNESCO APCAD")).unwrap();
    let col = |l: &str, needle: &str| whrcf::text::width(&l[..l.find(needle).unwrap()]);
    assert_eq!(col(korean, "2021-plenary-1"), col(english, "2021-unesco-apcad"), "id columns align");
}

#[test]
fn list_json_has_the_documented_shape() {
    let out = whrcf().args(["--edition", "2021", "list", "--format", "json", "--search", "apcad"]).output().unwrap();
    assert!(out.status.success());
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let apcad = v.iter().find(|s| s["id"] == "2021-unesco-apcad").expect("APCAD found");
    let keys: Vec<&str> = apcad.as_object().unwrap().keys().map(String::as_str).collect();
    for key in [
        "id",
        "title",
        "titles",
        "day",
        "start",
        "end",
        "time_conflict",
        "room",
        "kind",
        "format",
        "themes",
        "organizers",
        "people",
        "summary",
        "sources",
    ] {
        assert!(keys.contains(&key), "missing {key}");
    }
    assert_eq!(apcad["start"], "2021-10-07T13:00:00+09:00");
    assert_eq!(apcad["end"], "2021-10-07T15:00:00+09:00");
    assert_eq!(apcad["people"][0]["name"], "LEE Yong-sup");
    assert_eq!(apcad["people"][0]["role"], "opening remarks");
}

#[test]
fn json_times_follow_tz() {
    let out = whrcf()
        .args(["--edition=2021", "--tz", "Europe/Berlin", "list", "--format", "json", "--day", "1"])
        .output()
        .unwrap();
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["start"], "2021-10-06T03:00:00+02:00");
    let undated: Vec<Value> = serde_json::from_slice(
        &whrcf().args(["--edition=2021", "list", "--format", "json", "--day", "undated"]).output().unwrap().stdout,
    )
    .unwrap();
    assert_eq!(undated.len(), 11);
    assert!(undated.iter().all(|s| s["day"].is_null() && s["start"].is_null()));
}

#[test]
fn filters_widen_within_and_narrow_across() {
    let count = |args: &[&str]| {
        let out = whrcf().args(["--edition=2021", "list", "--format", "json"]).args(args).output().unwrap();
        serde_json::from_slice::<Vec<Value>>(&out.stdout).unwrap().len()
    };
    let climate = count(&["--theme", "climate"]);
    let food = count(&["--theme", "food"]);
    let both = count(&["--theme", "climate", "--theme", "food"]);
    assert!(both >= climate.max(food) && both <= climate + food);
    let narrowed = count(&["--theme", "climate", "--kind", "thematic"]);
    assert!(narrowed < climate);
    assert_eq!(count(&["--organizer", "unesco apcad"]), 1);
}

#[test]
fn show_text_and_json() {
    whrcf()
        .args(["show", "2021-refugees", "--tz", "Europe/Berlin", "--edition", "2021"])
        .assert()
        .success()
        .stdout(predicate::str::contains("13:00–15:00 KST"))
        .stdout(predicate::str::contains("06:00–08:00 CEST"))
        .stdout(predicate::str::contains("moderator\n    이탁건 변호사"));
    let out = whrcf().args(["--edition=2021", "show", "2021-plenary-1", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["end"], Value::Null);
    assert_eq!(v["start"], "2021-10-07T20:00:00+09:00");
}

#[test]
fn unknown_ids_editions_days_and_themes_exit_2() {
    whrcf().args(["show", "nope"]).assert().code(2).stderr(predicate::str::contains("no session `nope`"));
    whrcf()
        .args(["--edition=2021", "show", "apcad"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 2021-unesco-apcad"));
    whrcf()
        .args(["--edition", "2021", "list", "--day", "9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no day 9: expected days 1-5"));
    whrcf()
        .args(["list", "--theme", "weather"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown theme `weather`"));
    whrcf().args(["--tz", "Mars/Base", "list"]).assert().code(2).stderr(predicate::str::contains("unknown time zone"));
    whrcf().args(["--edition", "2019", "--programme", "x.toml", "list"]).assert().code(2);
}

#[test]
fn accessible_is_taken_after_a_subcommand_like_the_other_global_options() {
    for args in [["list", "--accessible", "--lang", "en"], ["list", "--lang", "en", "--accessible"]] {
        whrcf()
            .args(["--edition", "2021"])
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("2021-refugees"));
    }
}

#[test]
fn themes_and_organizers() {
    whrcf().args(["--edition", "2019", "themes"]).assert().success().stdout(predicate::str::contains("state-violence"));
    whrcf()
        .args(["--edition", "2021", "organizers"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3  Raoul Wallenberg Institute (RWI)"));
}
