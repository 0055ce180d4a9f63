//! Organizers' command line: `whrcf clashes` and `whrcf diff`, as real processes.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use std::path::PathBuf;

use cli::whrcf;
use predicates::prelude::*;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    fixtures::schedule(name)
}

#[test]
fn bundled_2019_has_one_real_person_clash() {
    let out = whrcf().args(["--edition", "2019", "clashes", "--only", "person", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["kind"], "person");
    assert_eq!(v[0]["resource"], "Shams ASADI");
    assert_eq!(v[0]["sessions"], serde_json::json!(["2019-migrants", "2019-right-to-housing"]));
    assert_eq!(v[0]["start"], "2019-10-01T13:00:00+09:00");
    assert_eq!(v[0]["end"], "2019-10-01T15:30:00+09:00");
    whrcf()
        .env("COLUMNS", "120")
        .args(["--edition", "2019", "clashes"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Tue 2019-10-01\n  13:00–15:30 person Shams ASADI is in \"Migrants\" and in \"Special Session: Right to Housing\" (presentation)"));
}

#[test]
fn nothing_found_exits_0_and_bad_input_exits_2() {
    whrcf()
        .args(["--edition", "2020", "clashes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WHRCF 2020: no clashes found\n"));
    whrcf().args(["--edition", "2021", "clashes", "--only", "room"]).assert().success();
    whrcf().args(["clashes", "--only", "weather"]).assert().code(2);
    whrcf().args(["--programme", "/no/such.xml", "clashes"]).assert().code(2);
}

#[test]
fn a_session_without_an_end_is_a_warning_apart_never_a_clash() {
    // 2012: two sessions with a start but no published end, and no clash.
    let text = whrcf().args(["--edition", "2012", "clashes"]).output().unwrap();
    assert_eq!(text.status.code(), Some(0), "warnings only: nothing clashes");
    let out = String::from_utf8(text.stdout).unwrap();
    assert!(out.starts_with("WHRCF 2012: no clashes found\n"), "{out}");
    assert!(out.contains("\nNot checked for clashes: 2 sessions without an end\n"), "{out}");
    assert!(out.contains("\"한국 NGO 만남\" has a start but no end"), "{out}");
    let json = whrcf().args(["--edition", "2012", "clashes", "--format", "json"]).output().unwrap();
    assert_eq!(json.status.code(), Some(0));
    let v: Vec<Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v.is_empty(), "the array holds clashes only: {v:?}");
    let err = String::from_utf8(json.stderr).unwrap();
    assert!(err.contains("warning: session `2012-ngo-meeting`: \"한국 NGO 만남\" has a start but no end"), "{err}");
    whrcf()
        .args(["--edition", "2019", "clashes"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("WHRCF 2019: 1 clash found\n"))
        .stdout(predicate::str::contains("Not checked for clashes: 1 session without an end"));
}

#[test]
fn room_clashes_in_a_real_schedule_and_the_buffer() {
    let out = whrcf()
        .arg("--programme")
        .arg(fixture("36c3-everything.xml"))
        .args(["clashes", "--only", "room", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.iter().all(|c| c["kind"] == "room"));
    assert!(v.iter().any(|c| c["resource"] == "Borg"), "lightning talks inside the Lightning Talks block");
    let fosdem = whrcf()
        .arg("--programme")
        .arg(fixture("fosdem-2020.xml"))
        .args(["--tz", "Europe/Brussels", "clashes", "--only", "room"])
        .output()
        .unwrap();
    assert_eq!(fosdem.status.code(), Some(0), "SOURCES.md: no same-room overlaps in FOSDEM 2020");
    let buffered = whrcf()
        .arg("--programme")
        .arg(fixture("36c3-everything.xml"))
        .args(["clashes", "--only", "organizer", "--buffer", "10", "--format", "json"])
        .output()
        .unwrap();
    let v: Vec<Value> = serde_json::from_slice(&buffered.stdout).unwrap();
    let buffers: Vec<&Value> = v.iter().filter(|c| c["kind"] == "buffer").collect();
    assert_eq!(buffers.len(), 10, "speakers changing rooms in under 10 minutes");
    assert!(buffers.iter().any(|c| {
        c["detail"].as_str().unwrap().starts_with("Iblech has 5 min to get from Assembly:Space in front of M1")
    }));
}

#[test]
fn diff_of_two_versions() {
    let out = whrcf()
        .arg("diff")
        .arg(fixture("36c3.json"))
        .arg(fixture("36c3-everything.json"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let moved: Vec<&Value> = v.iter().filter(|c| c["kind"] == "moved").collect();
    assert_eq!(moved.len(), 2, "SOURCES.md: 2 events differ in date, room or duration");
    assert!(moved.iter().any(|c| c["details"][0] == "was Fri 2019-12-27 11:30–12:30, now Mon 2019-12-30 12:30–13:30"));
    assert_eq!(v.iter().filter(|c| c["kind"] == "added").count(), 1190);
    assert_eq!(v.iter().filter(|c| c["kind"] == "removed").count(), 0);
    whrcf()
        .arg("diff")
        .arg(fixture("democon.json"))
        .arg(fixture("democon.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("0 changes"));
    whrcf().args(["diff", "/no/a.toml", "/no/b.toml"]).assert().code(2);
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let mut child = cli::command()
        .args(["--programme"])
        .arg(fixture("36c3-everything.json"))
        .args(["list", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_clash_after_midnight_is_listed_under_the_conference_day_it_follows() {
    let out = whrcf().arg("--programme").arg(fixture("36c3-everything.xml")).arg("clashes").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let saturday = text.find("\nSat 2019-12-28\n").expect("Saturday's heading");
    let sunday = text.find("\nSun 2019-12-29\n").expect("Sunday's heading");
    let night = text.find("(+1d) 00:00–01:30 person Taulex is in").expect("the night clash, marked (+1d)");
    assert!(saturday < night && night < sunday, "under Saturday, the day it follows:\n{}", &text[saturday..sunday]);
}

#[test]
fn clash_sentences_wrap_by_words_to_the_width_under_their_column() {
    let fosdem = fixture("fosdem-2020.xml");
    let out = whrcf().env("COLUMNS", "80").args(["--programme", fosdem.to_str().unwrap(), "clashes"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.iter().all(|l| whrcf::text::width(l) <= 80), "{text}");
    let first = lines.iter().position(|l| l.contains("Tsvetan Usunov")).expect("the clash is listed");
    assert!(lines[first].starts_with("  10:30–10:50 person Tsvetan Usunov is in"), "{text}");
    // The sentence goes on under its own column, then the ids, never cut inside a word.
    let column = whrcf::text::width(&lines[first][..lines[first].find("Tsvetan").unwrap()]);
    let next = lines[first + 1];
    assert_eq!(next.len() - next.trim_start().len(), column, "{text}");
    assert!(lines[first + 1..].iter().any(|l| l.trim() == "(9422, 9063)"), "{text}");
}
