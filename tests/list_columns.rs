//! `whrcf list --columns`: the columns asked for, in the order asked, Korean text aligned, every
//! line within the terminal with the ids whole, an unknown column refused with the one probably
//! meant, and JSON unchanged (it always has every field).

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf;

fn table(args: &[&str], columns: &str) -> String {
    let out = whrcf().args(args).env("COLUMNS", columns).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The session rows of a table (indented; the headings are not, and the row naming the
/// columns is the first after a day's heading, with the id's name below it when the ids are).
fn rows(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let header = |k: usize| k > 0 && !lines[k - 1].starts_with(' ') && !lines[k - 1].is_empty();
    (0..lines.len())
        .filter(|&k| lines[k].starts_with("  ") && !header(k) && !(k > 1 && header(k - 1) && lines[k].trim() == "id"))
        .map(|k| lines[k])
        .collect()
}

#[test]
fn the_columns_come_in_the_order_asked() {
    let text = table(&["--edition", "2021", "list", "--day", "2", "--columns", "id,time,room"], "100");
    let row = rows(&text).into_iter().find(|l| l.contains("2021-unesco-apcad")).expect("the UNESCO meeting");
    let cells: Vec<&str> = row.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(cells[..2], ["2021-unesco-apcad", "13:00–15:00 KST"], "{row}");
    assert_eq!(cells.len(), 3, "id, time, room and nothing else: {row}");
    assert!(!row.contains("UNESCO APCAD Meeting"), "no title asked for: {row}");
    let day = table(&["--edition", "2021", "list", "--day", "2", "--columns", "day,title"], "100");
    assert!(rows(&day).iter().all(|l| l.starts_with("  2021-10-07  ")), "{day}");
}

/// Display columns before `cell` in `line`.
fn at(line: &str, cell: &str) -> usize {
    whrcf::text::width(&line[..line.find(cell).unwrap_or_else(|| panic!("{cell} in {line}"))])
}

#[test]
fn a_row_names_the_columns_in_the_language_spoken() {
    let text = table(&["--edition", "2021", "list", "--columns", "id,time,kind"], "100");
    let lines: Vec<&str> = text.lines().collect();
    let day = lines.iter().position(|l| l.starts_with("Thu 2021-10-07")).expect("the second day");
    let (header, row) = (lines[day + 1], lines[day + 2]);
    assert!(header.starts_with("  id  "), "the names first, under the day: {header}");
    assert_eq!(at(header, "time"), at(row, "13:00–15:00 KST"), "\n{header}\n{row}");
    assert_eq!(at(header, "kind"), at(row, "  -") + 2, "a kind not published is told apart:\n{header}\n{row}");
    let out =
        whrcf().args(["--edition", "2021", "--lang", "ko", "list", "--columns", "title,kind,id"]).output().unwrap();
    let korean = String::from_utf8(out.stdout).unwrap();
    let header = korean.lines().find(|l| l.starts_with("  제목")).expect("the Korean names");
    let row = korean.lines().find(|l| l.contains("2021-unesco-apcad")).unwrap();
    assert_eq!(
        (at(header, "유형"), at(header, "ID")),
        (at(row, "  -") + 2, at(row, "2021-unesco-apcad")),
        "\n{header}\n{row}"
    );
}

#[test]
fn a_column_named_twice_is_refused() {
    let out = whrcf().args(["list", "--columns", "id,time,id"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("--columns names `id` twice"), "{said}");
    assert!(out.stdout.is_empty(), "nothing listed");
}

#[test]
fn the_columns_line_up_across_the_days() {
    let text = table(&["--edition", "2021", "list", "--columns", "title,kind,id"], "200");
    let ids: std::collections::BTreeSet<usize> = rows(&text).iter().map(|l| at(l, "2021-")).collect();
    assert_eq!(ids.len(), 1, "every day's ids in one column:\n{text}");
}

#[test]
fn wide_text_lines_up() {
    let text = table(&["--edition", "2021", "list", "--day", "2", "--columns", "title,organizers,id"], "100");
    let korean = rows(&text).into_iter().find(|l| l.contains("전체회의")).expect("the Korean plenary");
    let english = rows(&text).into_iter().find(|l| l.contains("UNESCO APCAD")).unwrap();
    assert_eq!(at(korean, "2021-plenary-1"), at(english, "2021-unesco-apcad"), "\n{korean}\n{english}");
}

#[test]
fn every_line_fits_and_the_ids_stay_whole() {
    for columns in ["40", "60", "80", "120"] {
        let args = ["--edition", "2021", "list", "--columns", "time,title,people,organizers,themes,id"];
        let text = table(&args, columns);
        let width: usize = columns.parse().unwrap();
        for line in text.lines() {
            assert!(whrcf::text::width(line) <= width, "wider than {columns}: {line}");
        }
        // Beside the other columns when they fit, else on a line of its own.
        for id in ["2021-plenary-1", "2021-unesco-apcad", "2021-paper-presentation"] {
            assert!(rows(&text).iter().any(|l| l.ends_with(&format!("  {id}"))), "{id} whole at {columns}:\n{text}");
        }
    }
}

#[test]
fn an_unknown_column_names_the_one_meant_and_all_there_are() {
    let out = whrcf().args(["list", "--columns", "time,tilte"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error");
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains("unknown column `tilte` (did you mean `title`?)"), "{said}");
    assert!(said.contains("day, time, title, kind, format, room, themes, organizers, people, id"), "{said}");
    let said = String::from_utf8(whrcf().args(["list", "--columns", "colour"]).output().unwrap().stderr).unwrap();
    assert!(said.contains("unknown column `colour`: the columns are day,"), "{said}");
    for empty in ["", "time,", " "] {
        let said = String::from_utf8(whrcf().args(["list", "--columns", empty]).output().unwrap().stderr).unwrap();
        assert!(said.contains("no column named: the columns are day,") && !said.contains("``"), "{empty:?}: {said}");
    }
    let help = String::from_utf8(whrcf().args(["list", "--help"]).output().unwrap().stdout).unwrap();
    assert!(help.contains("--columns") && help.contains("organizers, people, id"), "--help names them: {help}");
}

#[test]
fn json_keeps_every_field() {
    let out = whrcf().args(["--edition", "2021", "list", "--columns", "id", "--format", "json"]).output().unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let plain = whrcf().args(["--edition", "2021", "list", "--format", "json"]).output().unwrap();
    assert_eq!(list, serde_json::from_slice::<Vec<serde_json::Value>>(&plain.stdout).unwrap());
}

#[test]
fn every_edition_takes_columns_too() {
    let text = table(&["--edition", "all", "list", "--search", "refugees", "--columns", "day,id"], "80");
    assert!(rows(&text).iter().any(|l| l.trim() == "2021-10-08  2021-refugees"), "{text}");
}
