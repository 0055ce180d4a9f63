//! Every edition from the command line: `whrcf editions`, and `--edition all` for list, show,
//! people, organizers and themes ("where has this city or person appeared over the years?"),
//! each row with its edition; commands on one edition refuse `all`.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf;
use predicates::prelude::*;
use serde_json::Value;

fn json(args: &[&str]) -> Vec<Value> {
    let out = whrcf().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn an_edition_is_a_year_an_ordinal_or_all_and_an_unknown_one_lists_the_valid_ones() {
    for edition in ["2021", "11", "11th"] {
        whrcf()
            .args(["--edition", edition, "list"])
            .assert()
            .success()
            .stdout(predicate::str::contains("(WHRCF 2021) · 34 sessions shown of 34"));
    }
    for (edition, says) in [
        ("2030", "unknown edition `2030`: expected a year or an ordinal: 2025 (15th), 2024 (14th)"),
        ("16", "2013 (3rd), 2012 (2nd), or `all`"),
        ("2011", "no programme of the 1st forum (2011) was found"),
        ("1st", "no programme of the 1st forum (2011) was found"),
    ] {
        whrcf().args(["--edition", edition, "list"]).assert().code(2).stderr(predicate::str::contains(says));
    }
}

#[test]
fn editions_line_up_found_of_stated_on_its_of() {
    let out = whrcf().arg("editions").env("COLUMNS", "80").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().filter(|l| l.contains(" of ") && l.starts_with("20")).collect();
    assert!(rows.iter().any(|r| r.contains(" of -")) && rows.iter().any(|r| r.contains(" of 27")), "{text}");
    let columns: Vec<usize> = rows.iter().map(|r| whrcf::text::width(&r[..r.find(" of ").unwrap()])).collect();
    assert!(columns.iter().all(|c| *c == columns[0]), "`of` in one column:\n{text}");
}

#[test]
fn editions_lists_fourteen_with_found_of_stated_and_timed() {
    whrcf()
        .arg("editions")
        .assert()
        .success()
        .stdout(predicate::str::contains("14 editions bundled, newest first; the default is 2025 (15th)."))
        .stdout(predicate::str::contains(
            "2021  11th  2021-10-06 to 10-10  34 of 51     23      8  Human Rights in Times",
        ))
        .stdout(predicate::str::contains("2013  3rd   2013-05-15 to 05-18   4 of -       1      0  Sustainable"))
        .stdout(predicate::str::contains("2011  1st   no programme found"));
    let all = json(&["editions", "--format", "json"]);
    let found: Vec<&Value> = all.iter().filter(|e| e["programme_found"] == true).collect();
    assert_eq!(found.len(), 14);
    let years: Vec<i64> = found.iter().map(|e| e["edition"].as_i64().unwrap()).collect();
    assert_eq!(years, (2012..=2025).rev().collect::<Vec<_>>(), "newest first");
    assert_eq!(found[0]["default"], true);
    let y2023 = found.iter().find(|e| e["edition"] == 2023).unwrap();
    assert_eq!(
        (&y2023["sessions"], &y2023["stated_total"], &y2023["dated"], &y2023["timed"]),
        (&18.into(), &32.into(), &11.into(), &10.into())
    );
    assert_eq!(y2023["theme"], "Human Rights Cities Responding to Poverty and Inequalities");
    assert_eq!(y2023["ordinal"], 13);
    let y2017 = found.iter().find(|e| e["edition"] == 2017).unwrap();
    assert_eq!(y2017["stated_total"], Value::Null);
    let first = all.iter().find(|e| e["edition"] == 2011).unwrap();
    assert_eq!((&first["programme_found"], &first["sessions"]), (&false.into(), &0.into()));
}

#[test]
fn the_archive_is_searched_across_years_with_each_row_s_edition() {
    whrcf()
        .args(["--edition", "all", "list", "--search", "housing"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WHRCF 2012–2025, every bundled edition · 4 sessions shown of 242"))
        .stdout(predicate::str::contains("WHRCF 2023 (13th forum) · 1 session"))
        .stdout(predicate::str::is_match(r"\n  2023  date not published · time not published · thematic +2023-housing\n        Right to Housing\n").unwrap())
        .stdout(predicate::str::is_match(r"\n  2019  Tue 2019-10-01 · 13:00–15:30 KST · special +2019-right-to-housing\n").unwrap());
    let found = json(&["--edition", "all", "list", "--search", "housing", "--format", "json"]);
    let editions: Vec<i64> = found.iter().map(|s| s["edition"].as_i64().unwrap()).collect();
    assert_eq!(editions, [2023, 2019, 2019, 2016], "newest edition first, each with its edition");
    assert!(found.iter().all(|s| s["id"].as_str().unwrap().starts_with(&s["edition"].to_string())));
    let one = json(&["--edition", "2019", "list", "--search", "housing", "--format", "json"]);
    assert!(one.iter().all(|s| s.get("edition").is_none()), "one edition's JSON keeps its shape");
    whrcf()
        .args(["--edition", "all", "list", "--day", "2"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give --day as a date"));
    let day = json(&["--edition", "all", "list", "--day", "2023-10-04", "--format", "json"]);
    assert_eq!(day.len(), 4);
}

#[test]
fn a_person_and_an_organizer_over_the_years() {
    whrcf()
        .args(["--edition", "all", "people", "kjaerum"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Morten Kjaerum — Affiliate Professor, Raoul Wallenberg Institute · 2 sessions in 2 editions",
        ))
        .stdout(predicate::str::contains(
            "  2024  2024-10-11  [2024-paper-session]  moderator · Human Rights Paper Session",
        ))
        .stdout(predicate::str::contains(
            "  2025  2025-05-16  [2025-paper-session]  moderator · Human Rights Paper Session",
        ));
    let kang = json(&["--edition", "all", "people", "kang", "gi-jung", "--format", "json"]);
    assert_eq!(kang.len(), 1, "one person whatever the case of the name");
    assert_eq!(kang[0]["editions"], serde_json::json!([2024, 2023, 2022]));
    assert_eq!(kang[0]["sessions"][2]["id"], "2024-opening-ceremony");
    assert_eq!(kang[0]["sessions"][2]["start"], "2024-10-10T14:00:00+09:00");
    let gic = json(&[
        "--edition",
        "all",
        "people",
        "--only",
        "organizers",
        "Gwangju International Center",
        "--format",
        "json",
    ]);
    assert!(gic.iter().all(|e| e["kind"] == "organizer"));
    assert_eq!(gic[0]["editions"], serde_json::json!([2025, 2024, 2021]));
    whrcf()
        .args(["--edition", "2024", "people", "kjaerum"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Morten Kjaerum").and(predicate::str::contains("2025-").not()));
    whrcf()
        .args(["--edition", "all", "organizers"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Gwangju Metropolitan Office of Education  (2025, 2023, 2022, 2021)"));
}

#[test]
fn themes_across_editions_list_the_years_they_occur_in_as_organizers_do() {
    // Wide enough for every row on one line.
    let out = whrcf().args(["--edition", "all", "themes"]).env("COLUMNS", "200").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let row = |id: &str| text.lines().find(|l| l.starts_with(&format!("{id} "))).unwrap_or_else(|| panic!("{id}"));
    assert!(row("housing").ends_with("  (2023, 2016)"), "{text}");
    assert!(row("anti-violence").ends_with("문화확산)  (2025)"), "{text}");
    assert!(row("memory").ends_with("  (2025, 2024, 2023, 2022, 2020, 2015, 2014, 2012)"), "{text}");
    assert!(row("-").ends_with("(no theme)  (2025, 2022, 2021, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012)"));
    assert_eq!(rows_with_years(&text), text.lines().count(), "every row lists its editions:\n{text}");
    let one = whrcf().args(["--edition", "2021", "themes"]).output().unwrap();
    let one = String::from_utf8(one.stdout).unwrap();
    assert_eq!(rows_with_years(&one), 0, "one edition: no years\n{one}");
}

#[test]
fn themes_and_organizers_fit_the_terminal_folded_by_words_under_their_names() {
    for (command, first, name) in
        [("themes", "children-youth ", "Children"), ("organizers", "  5  Gwangju Metro", "Gwangju")]
    {
        for (columns, lang) in [("80", "en"), ("50", "ko"), ("30", "en")] {
            let out =
                whrcf().args(["--edition", "all", "--lang", lang, command]).env("COLUMNS", columns).output().unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            let width: usize = columns.parse().unwrap();
            assert!(text.lines().all(|l| whrcf::text::width(l) <= width), "{command} wider than {columns}:\n{text}");
            let lines: Vec<&str> = text.lines().collect();
            let at = lines.iter().position(|l| l.starts_with(first)).unwrap_or_else(|| panic!("{first}:\n{text}"));
            // The row's lines: its first, then those indented under its text.
            let indent = match lines[at].find(name) {
                Some(k) => whrcf::text::width(&lines[at][..k]),
                None => 4,
            };
            let row: Vec<&str> = std::iter::once(lines[at])
                .chain(
                    lines[at + 1..].iter().copied().take_while(|l| l.len() > indent && l[..indent].trim().is_empty()),
                )
                .collect();
            assert!(row[1..].iter().all(|l| !l[indent..].starts_with(' ')), "continued under the text:\n{text}");
            let words = row.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
            assert!(
                words.contains(" 2021, 2020, ") && words.ends_with(')'),
                "{command} at {columns}: no word cut:\n{text}"
            );
        }
    }
}

/// How many lines of `text` end with a list of years: `  (2025, 2023)`.
fn rows_with_years(text: &str) -> usize {
    text.lines()
        .filter(|l| {
            l.rsplit_once("  (").is_some_and(|(_, years)| {
                years.strip_suffix(')').is_some_and(|y| y.split(", ").all(|n| n.len() == 4 && n.parse::<i32>().is_ok()))
            })
        })
        .count()
}

#[test]
fn show_finds_any_edition_s_session_and_names_the_edition() {
    whrcf()
        .args(["show", "2021-refugees"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("are in the 2021 edition: add `--edition 2021`"));
    whrcf()
        .args(["--edition", "all", "show", "2016-older-persons-housing"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Edition    WHRCF 2016 (6th forum)"))
        .stdout(predicate::str::contains("노인과 주거"));
    let v: Value = serde_json::from_slice(
        &whrcf().args(["--edition=all", "show", "2025-opening-ceremony", "--format=json"]).output().unwrap().stdout,
    )
    .unwrap();
    assert_eq!(v["edition"], 2025);
    assert_eq!(v["start"], Value::Null);
    assert!(v["time_conflict"].as_str().unwrap().contains("16:00"));
    whrcf()
        .args(["show", "2025-opening-ceremony"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Time       not published: sources disagree"))
        .stdout(predicate::str::contains("weak source: a gambling-tip site reposting a press article"));
}

#[test]
fn commands_on_one_edition_refuse_all() {
    for command in [&["clashes"][..], &["next"], &["agenda", "list"]] {
        whrcf()
            .args(["--edition", "all"])
            .args(command)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("works on one edition"));
    }
    whrcf()
        .args(["--edition", "all"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the app works on one edition"));
}
