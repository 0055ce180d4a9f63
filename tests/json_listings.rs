//! `--format json` of the listing commands (`list`, `editions`, `themes`, `organizers`,
//! `people`): parsed back with serde_json, their fields checked on the bundled programme and on
//! a hostile file (text given exactly, escaped, never deleted), times RFC 3339, and every key
//! documented in the README's "JSON output" section.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/hostile_files.rs"]
mod hostile_files;

use cli::whrcf;
use hostile_files::{EVIL, Format, assert_terminal_safe, write_programme};
use serde_json::Value;

fn json(args: &[&str]) -> Vec<Value> {
    let out = whrcf().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert_terminal_safe(&out.stdout, &format!("{args:?}"));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn keys(v: &Value) -> Vec<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

#[test]
fn themes_give_their_id_name_description_count_and_editions() {
    let themes = json(&["--edition", "2021", "themes", "--format", "json"]);
    let covid = themes.iter().find(|t| t["id"] == "covid-19").expect("covid-19");
    assert_eq!(keys(covid), ["id", "name", "description", "sessions", "editions"]);
    assert_eq!((covid["name"].as_str(), covid["sessions"].as_u64()), (Some("COVID-19"), Some(6)));
    assert_eq!(covid["editions"], serde_json::json!([2021]), "one programme: its own edition");
    let without = themes.last().unwrap();
    assert_eq!(
        (without["id"].is_null(), without["name"].is_null(), without["sessions"].as_u64()),
        (true, true, Some(2))
    );
    // The same counts as the table.
    let table = String::from_utf8(whrcf().args(["--edition", "2021", "themes"]).output().unwrap().stdout).unwrap();
    assert!(table.lines().any(|l| l.starts_with("covid-19") && l.contains("  6  COVID-19")), "{table}");
    let every = json(&["--edition", "all", "themes", "--format", "json"]);
    let children = every.iter().find(|t| t["id"] == "children-youth").expect("children-youth");
    let years: Vec<i64> = children["editions"].as_array().unwrap().iter().map(|y| y.as_i64().unwrap()).collect();
    assert!(years.len() > 5 && years.windows(2).all(|w| w[0] > w[1]), "newest first: {years:?}");
}

#[test]
fn organizers_give_their_name_count_and_editions_most_sessions_first() {
    let organizers = json(&["--edition", "all", "organizers", "--format", "json"]);
    assert_eq!(keys(&organizers[0]), ["name", "sessions", "editions"]);
    let counts: Vec<u64> = organizers.iter().map(|o| o["sessions"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let unesco = organizers.iter().find(|o| o["name"] == "UNESCO").expect("UNESCO");
    assert!(unesco["editions"].as_array().unwrap().contains(&2021.into()), "{unesco}");
    let one = json(&["--edition", "2021", "organizers", "--format", "json"]);
    assert!(one.iter().all(|o| o["editions"] == serde_json::json!([2021])));
}

#[test]
fn a_hostile_file_comes_back_exactly_escaped() {
    let home = tempfile::tempdir().unwrap();
    let (path, _) = write_programme(home.path(), Format::Toml, EVIL);
    let p = ["--programme", path.to_str().unwrap()];
    let themes = json(&[&p[..], &["themes", "--format", "json"]].concat());
    assert_eq!(themes[0]["name"], format!("Theme {EVIL}"));
    assert_eq!(themes[0]["editions"], serde_json::json!([]), "a file that names no edition");
    let organizers = json(&[&p[..], &["organizers", "--format", "json"]].concat());
    assert_eq!(
        (organizers[0]["name"].as_str(), organizers[0]["sessions"].as_u64()),
        (Some(&*format!("Org {EVIL}")), Some(2))
    );
    let people = json(&[&p[..], &["people", "--format", "json"]].concat());
    let person = people.iter().find(|e| e["kind"] == "person").unwrap();
    assert_eq!(person["name"], format!("Person {EVIL}"));
    let list = json(&[&p[..], &["list", "--format", "json"]].concat());
    assert_eq!(list[0]["room"], format!("Room {EVIL}"));
}

#[test]
fn times_are_rfc_3339_in_the_zone_asked_for() {
    let people = json(&["--edition", "2021", "--tz", "Europe/Berlin", "people", "--format", "json"]);
    let list = json(&["--edition", "2021", "--tz", "Europe/Berlin", "list", "--format", "json"]);
    let starts = people
        .iter()
        .flat_map(|e| e["sessions"].as_array().unwrap().iter().map(|s| &s["start"]))
        .chain(list.iter().flat_map(|s| [&s["start"], &s["end"]]))
        .filter_map(Value::as_str)
        .collect::<Vec<_>>();
    assert!(starts.len() > 20);
    for t in starts {
        let parsed = chrono::DateTime::parse_from_rfc3339(t).unwrap_or_else(|e| panic!("{t}: {e}"));
        assert_eq!(parsed.offset().local_minus_utc(), 2 * 3600, "{t} in Berlin's October offset");
    }
}

/// The README's "JSON output" section.
fn readme_json_section() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("### JSON output").expect("a JSON output section");
    let end = readme[start + 4..].find("\n### ").map_or(readme.len(), |n| start + 4 + n);
    readme[start..end].to_owned()
}

#[test]
fn every_key_is_documented_in_the_readme() {
    let section = readme_json_section();
    let objects = [
        ("list", json(&["--edition", "2021", "list", "--format", "json"])[0].clone()),
        ("editions", json(&["editions", "--format", "json"])[0].clone()),
        ("themes", json(&["--edition", "2021", "themes", "--format", "json"])[0].clone()),
        ("organizers", json(&["--edition", "2021", "organizers", "--format", "json"])[0].clone()),
        ("people", json(&["--edition", "2021", "people", "--format", "json"])[0].clone()),
        ("people sessions", json(&["--edition", "2021", "people", "--format", "json"])[0]["sessions"][0].clone()),
    ];
    for (command, object) in objects {
        for key in keys(&object) {
            assert!(section.contains(&format!("`{key}`")), "`{key}` of {command} is not in the README's JSON output");
        }
    }
    for command in ["themes", "organizers", "editions", "people"] {
        assert!(section.contains(&format!("`whrcf {command}")), "{command} has a paragraph");
    }
}
