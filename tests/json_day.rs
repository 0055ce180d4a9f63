//! The `day` of every JSON output is the session's conference day, as the app lists it: 36C3's
//! Hacker Jeopardy starts at 00:50 on 28 December, before the day change, so it is on Friday the
//! 27th, while `start` keeps the calendar date of the instant.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use serde_json::Value;

const JEOPARDY: &str = "d1b8ed3f-2c22-47d2-9aca-0f9d3cf48eb8";

fn json(home: &std::path::Path, args: &[&str]) -> Value {
    let file = fixtures::schedule("36c3.json");
    let out = cli::whrcf_at(home).arg("--programme").arg(file).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_json_day_of_a_night_session_is_its_conference_day() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let shown = json(home, &["show", JEOPARDY, "--format", "json"]);
    assert_eq!(
        (shown["day"].as_str(), shown["start"].as_str()),
        (Some("2019-12-27"), Some("2019-12-28T00:50:00+01:00"))
    );
    let day_one = json(home, &["list", "--day", "1", "--format", "json"]);
    let listed = day_one.as_array().unwrap().iter().find(|s| s["id"] == JEOPARDY).expect("listed on day 1");
    assert_eq!(listed["day"], "2019-12-27");
    let people = json(home, &["people", "Ray", "--format", "json"]);
    let session = people[0]["sessions"].as_array().unwrap().iter().find(|s| s["id"] == JEOPARDY).unwrap();
    assert_eq!(session["day"], "2019-12-27");
    let file = fixtures::schedule("36c3.json");
    cli::whrcf_at(home).arg("--programme").arg(&file).args(["agenda", "add", JEOPARDY]).assert().success();
    let agenda = json(home, &["agenda", "export", "--format", "json"]);
    assert_eq!(agenda[0]["session"]["day"], "2019-12-27");
    assert_eq!(agenda[0]["seen"]["day"], "2019-12-27");
}
