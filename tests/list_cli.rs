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
        // The room matters more than the track: the track only when there is space for both.
        assert!(welcome.contains("Janson"), "the room: {welcome}");
        assert!(columns == "100" || welcome.contains("Main Track"), "the track when there is space: {welcome}");
        assert!(welcome.ends_with("9c3ebb8c-7716-5130-b9fe-ff8544f5636d"), "{welcome}");
        assert!(text.lines().all(|l| whrcf::text::width(l) <= columns.parse().unwrap()), "{text}");
    }
}

fn programme_table(name: &str, columns: &str) -> String {
    let mut list = whrcf();
    list.arg("--programme").arg(fixtures::schedule(name)).arg("list").env("COLUMNS", columns);
    let out = list.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_narrow_terminal_shows_every_title_and_puts_a_long_id_below_it() {
    for columns in ["40", "60"] {
        let text = programme_table("36c3.json", columns);
        let width: usize = columns.parse().unwrap();
        assert!(text.lines().all(|l| whrcf::text::width(l) <= width), "wider than {columns}:\n{text}");
        let lines: Vec<&str> = text.lines().collect();
        let at = lines.iter().position(|l| l.contains("6a32cb72-a69d-423c-91b5-60d88eb8e6c7")).expect("the id");
        assert_eq!(lines[at].trim(), "6a32cb72-a69d-423c-91b5-60d88eb8e6c7", "the id whole on its own line");
        assert!(lines[at - 1].contains("Opening Ceremo"), "the title above it: {}", lines[at - 1]);
    }
}

#[test]
fn long_ids_leave_room_for_the_room() {
    for columns in ["100", "120"] {
        let text = programme_table("36c3-everything.xml", columns);
        let row = text.lines().find(|l| l.ends_with("2eaac6d6-b303-4729-af45-15cf8c55417b")).expect("42birds");
        assert!(row.contains("M3") && row.contains("42birds"), "{columns}: {row}");
    }
}

#[test]
fn the_columns_line_up_across_the_days() {
    // Display columns where each row's id, and each row's kind, begins.
    let id_at = |l: &str| whrcf::text::width(&l[..l.rfind("  ").unwrap() + 2]);
    for columns in ["100", "200"] {
        let text = table(&["--edition", "2021", "list"], columns);
        let rows: Vec<&str> =
            text.lines().filter(|l| l.starts_with("  ") && l.ends_with(char::is_alphanumeric)).collect();
        let ids: std::collections::BTreeSet<usize> = rows.iter().map(|l| id_at(l)).collect();
        assert_eq!(ids.len(), 1, "{columns}: every day's ids in one column:\n{text}");
        let kinds: std::collections::BTreeSet<usize> = rows
            .iter()
            .filter_map(|l| {
                ["  pre-forum", "  thematic"].iter().find_map(|k| l.find(k)).map(|k| whrcf::text::width(&l[..k]))
            })
            .collect();
        assert!(kinds.len() <= 1, "{columns}: every day's kinds in one column:\n{text}");
    }
    // The titles of 36c3 too, though only some days have times past midnight (`(+1d)`).
    let text = programme_table("36c3.json", "60");
    let title_at = |l: &str| {
        let after_time = l.find(" CET").unwrap() + " CET".len();
        whrcf::text::width(&l[..after_time]) + l[after_time..].len() - l[after_time..].trim_start().len()
    };
    let titles: std::collections::BTreeSet<usize> =
        text.lines().filter(|l| l.starts_with("  ") && l.contains(" CET  ")).map(title_at).collect();
    assert_eq!(titles.len(), 1, "every day's titles in one column:\n{text}");
}

#[test]
fn a_terminal_narrower_than_forty_columns_is_honoured() {
    let text = table(&["--edition", "2021", "list", "--day", "3"], "30");
    assert!(text.lines().all(|l| whrcf::text::width(l) <= 30), "wider than 30:\n{text}");
    assert!(text.lines().any(|l| l.trim() == "2021-refugees"), "the ids whole, below:\n{text}");
    let text = table(&["--edition", "2021", "list", "--day", "3"], "5");
    assert!(text.lines().any(|l| whrcf::text::width(l) > 5), "below the narrowest, laid out at it:\n{text}");
}
