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
    let table = whrcf().args(["--programme", file, "people", "--room", "nowhere at all"]).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("in rooms matching \"nowhere at all\"") && table.contains("No one matches."), "{table}");
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
