//! `whrcf people` as a real process: the `--room` filter over the listing, and the editions its
//! JSON gives for one edition (the programme's), every edition, and a file that names none.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use cli::whrcf;
use serde_json::Value;

fn json(args: &[&str]) -> Vec<Value> {
    let out = whrcf().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_korean_name_is_found_by_its_initial_consonants() {
    let found = json(&["--edition", "2021", "people", "ㅇㅌㄱ", "--format", "json"]);
    let names: Vec<&str> = found.iter().filter_map(|e| e["name"].as_str()).collect();
    assert_eq!(names, ["이탁건 변호사"], "as `이탁건` finds him");
}

#[test]
fn the_room_filter_keeps_the_sessions_held_there() {
    let file = fixtures::schedule("debconf23.xml");
    let file = file.to_str().unwrap();
    let everyone = json(&["--programme", file, "people", "--format", "json"]);
    let there = json(&["--programme", file, "people", "--room", "KUTHIRAN", "--format", "json"]);
    assert!(!there.is_empty() && there.len() < everyone.len(), "{} of {}", there.len(), everyone.len());
    let rooms = json(&["--programme", file, "list", "--format", "json"]);
    let room_of = |id: &Value| rooms.iter().find(|s| s["id"] == *id).map(|s| s["room"].clone()).unwrap();
    for entry in &there {
        for s in entry["sessions"].as_array().unwrap() {
            assert_eq!(room_of(&s["id"]), "Kuthiran", "{} in {}", entry["name"], s["id"]);
        }
    }
    // A room that exists but where no one is named: no one, and no error.
    let table = whrcf().args(["--programme", file, "people", "--room", "outside"]).output().unwrap();
    assert!(table.status.success());
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("in rooms matching \"outside\"") && table.contains("No one matches."), "{table}");
}

#[test]
fn an_unknown_room_is_an_error_naming_the_room_meant_or_the_rooms_there_are() {
    let file = fixtures::schedule("debconf23.xml");
    let file = file.to_str().unwrap();
    let run = |room: &str| {
        let out = whrcf().args(["--programme", file, "people", "--room", room]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "like an unknown theme or kind");
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    let err = run("nonexistent");
    assert!(err.contains("no room matches `nonexistent`: expected one of Anamudi, Elsewhere, Kuthiran"), "{err}");
    let err = run("Kuthiram");
    assert!(err.contains("did you mean `Kuthiran`?"), "{err}");
}

#[test]
fn the_editions_of_an_entry_are_its_sessions_editions() {
    let one = json(&["--edition", "2024", "people", "kjaerum", "--format", "json"]);
    assert_eq!(one[0]["editions"], serde_json::json!([2024]), "one edition: the programme's");
    let all = json(&["--edition", "all", "people", "kjaerum", "--format", "json"]);
    assert_eq!(all[0]["editions"], serde_json::json!([2025, 2024]));
    let file = fixtures::schedule("debconf23.xml");
    let imported = json(&["--programme", file.to_str().unwrap(), "people", "--format", "json"]);
    assert!(imported.iter().all(|e| e["editions"] == serde_json::json!([])), "a file that names no edition");
}
