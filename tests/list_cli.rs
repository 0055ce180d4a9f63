//! `whrcf list` as a table: every line within the terminal's width, ids whole, the room (or a
//! FOSDEM track) beside each title.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use cli::whrcf;

fn table(args: &[&str], columns: &str) -> String {
    let out = whrcf().args(args).env("COLUMNS", columns).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn ids_are_whole_and_no_line_wraps() {
    for (edition, columns) in [("2016", "60"), ("2016", "80"), ("2019", "80"), ("2024", "80")] {
        let text = table(&["--edition", edition, "list"], columns);
        for line in text.lines() {
            assert!(whrcf::text::width(line) <= columns.parse().unwrap(), "{edition}: wider than {columns}: {line}");
        }
        for id in
            ["2016-social-economy-regeneration", "2024-protection-officers-council", "2019-training-right-to-the-city"]
                .iter()
                .filter(|id| id.starts_with(edition))
        {
            assert!(text.lines().any(|l| l.ends_with(id)), "{id} whole in:\n{text}");
        }
    }
}

#[test]
fn every_edition_fits_too() {
    for columns in ["60", "80"] {
        let text = table(&["--edition", "all", "list"], columns);
        let width: usize = columns.parse().unwrap();
        for line in text.lines() {
            assert!(whrcf::text::width(line) <= width, "wider than {columns}: {line}");
        }
        assert!(text.lines().any(|l| l.ends_with("  2025-opening-ceremony")), "the id whole");
    }
}

#[test]
fn a_grouped_room_keeps_its_published_spelling_in_json() {
    let out = whrcf().args(["--edition", "2019", "list", "--format", "json", "--search", "children"]).output().unwrap();
    let v: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let children = v.iter().find(|s| s["id"] == "2019-children").expect("2019-children");
    assert_eq!(children["room"], "Kimdaejung Convention Center Rooms 209~210");
    assert_eq!(children["room_as_stated"], "김대중컨벤션센터 209+210 회의실");
}

#[test]
fn a_long_room_keeps_its_distinguishing_end() {
    let text = table(&["--edition", "2019", "list"], "160");
    let row = text.lines().find(|l| l.contains("2019-") && l.contains("209~210")).expect("the room of 209~210");
    assert!(row.contains("…Center Rooms 209~210"), "{row}");
}

/// The third column of a row (time, title, kind or track, ...).
fn kind_column(row: &str) -> Option<&str> {
    row.split("  ").map(str::trim).filter(|c| !c.is_empty()).nth(2)
}

#[test]
fn a_fosdem_list_shows_track_and_room_not_devroom() {
    let fosdem = fixtures::schedule("fosdem-2026.xml");
    for columns in ["100", "160"] {
        let mut list = whrcf();
        list.arg("--programme").arg(&fosdem).args(["list", "--day", "1"]).env("COLUMNS", columns);
        let text = String::from_utf8(list.output().unwrap().stdout).unwrap();
        assert!(text.lines().all(|l| kind_column(l) != Some("devroom")), "{text}");
        let welcome = text.lines().find(|l| l.contains("Welcome to FOSDEM 2026")).expect("the first talk");
        assert!(columns == "100" || welcome.contains("Janson"), "the room when there is space: {welcome}");
        assert!(
            welcome.contains("Main Track") && welcome.ends_with("9c3ebb8c-7716-5130-b9fe-ff8544f5636d"),
            "{welcome}"
        );
        assert!(text.lines().all(|l| whrcf::text::width(l) <= columns.parse().unwrap()), "{text}");
    }
}
