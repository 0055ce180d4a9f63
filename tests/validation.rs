//! Validation rules of the TOML loader: each rule reports a located problem, and a file with
//! several mistakes reports all of them.

use whrcf::load::{self, LoadError};

const HEADER: &str = r#"id = "test-forum"
title = "Test Forum"
timezone = "Asia/Seoul"
first_day = "2021-10-06"
last_day = "2021-10-08"

[[themes]]
id = "climate"
name = "Climate"
"#;

fn problems(text: &str) -> Vec<String> {
    match load::from_toml(text, "t.toml") {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid { problems }) => problems.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    }
}

fn with_session(body: &str) -> Vec<String> {
    problems(&format!("{HEADER}\n[[sessions]]\n{body}"))
}

fn only(problems: Vec<String>) -> String {
    assert_eq!(problems.len(), 1, "expected one problem, got {problems:#?}");
    problems.into_iter().next().unwrap()
}

#[test]
fn a_good_file_loads() {
    let text = format!(
        "{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-10-07\nstart = \"10:00\"\nend = 11:30:00\nthemes = [\"climate\"]\n"
    );
    let loaded = load::from_toml(&text, "t.toml").expect("valid");
    let s = &loaded.programme.sessions[0];
    assert_eq!(s.end.unwrap().to_string(), "11:30:00");
}

#[test]
fn a_disputed_time_has_no_start_and_a_total_is_a_number() {
    let text = format!(
        "stated_session_total = 27\n{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-10-07\ntime_conflict = \"14:00 (one paper) or 16:00 (another)\"\n"
    );
    let p = load::from_toml(&text, "t.toml").expect("valid").programme;
    assert_eq!(p.stated_session_total, Some(27));
    assert_eq!(
        whrcf::wording::when::format_range(&p, &p.sessions[0], p.timezone),
        "time not published: sources disagree"
    );
    let p =
        only(with_session("id = \"a\"\ntitle = \"A\"\ndate = 2021-10-07\nstart = \"14:00\"\ntime_conflict = \"x\"\n"));
    assert!(p.contains("session `a`: a published start with `time_conflict`"), "{p}");
    assert!(!problems("stated_session_total = \"27\"\n").is_empty(), "a total is a number");
}

#[test]
fn syntax_errors_are_located() {
    let all = problems("id = \"x\"\ntitle = \n");
    let p = all.iter().find(|p| p.contains("TOML syntax")).unwrap();
    assert!(p.starts_with("t.toml:2:"), "{p}");
}

#[test]
fn unknown_field_is_located_with_a_suggestion() {
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\ntitel = \"B\"\n"));
    assert!(
        p.starts_with("t.toml:14:1: error: session `a`: unknown session field `titel`; did you mean `title`?"),
        "{p}"
    );
}

#[test]
fn missing_field_names_the_field() {
    let p = only(with_session("id = \"a\"\n"));
    assert!(p.contains("session `a`") && p.contains("missing field `title`"), "{p}");
}

#[test]
fn duplicate_ids_point_at_both() {
    let p = only(problems(&format!(
        "{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n\n[[sessions]]\nid = \"a\"\ntitle = \"B\"\n"
    )));
    assert!(
        p.starts_with("t.toml:16:6: error: session `a`: duplicate id: already used by the session at t.toml:12:6"),
        "{p}"
    );
}

#[test]
fn end_must_follow_start() {
    let p =
        only(with_session("id = \"a\"\ntitle = \"A\"\ndate = \"2021-10-07\"\nstart = \"15:00\"\nend = \"13:00\"\n"));
    assert!(p.starts_with("t.toml:16:7:") && p.contains("end is not after start (start 15:00, end 13:00)"), "{p}");
}

#[test]
fn a_session_past_midnight_needs_end_date() {
    let ok = with_session(
        "id = \"a\"\ntitle = \"A\"\ndate = \"2021-10-07\"\nstart = \"23:00\"\nend = \"01:00\"\nend_date = \"2021-10-08\"\n",
    );
    assert!(ok.is_empty(), "{ok:?}");
}

#[test]
fn date_outside_the_programme_days() {
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\ndate = \"2021-10-09\"\n"));
    assert!(
        p.contains("t.toml:14:8") && p.contains("outside the programme's days: expected 2021-10-06 to 2021-10-08"),
        "{p}"
    );
}

#[test]
fn unknown_theme_lists_the_known_ones() {
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\nthemes = [\"climate\", \"weather\"]\n"));
    assert!(p.contains("t.toml:14:22") && p.contains("unknown theme `weather`: expected one of: climate"), "{p}");
}

#[test]
fn unknown_time_zone() {
    let p = only(problems(&HEADER.replace("Asia/Seoul", "Asia/Gwangju")));
    assert!(p.starts_with("t.toml:3:12:") && p.contains("unknown time zone `Asia/Gwangju`"), "{p}");
}

#[test]
fn empty_title() {
    let p = only(with_session("id = \"a\"\ntitle = \"  \"\n"));
    assert!(p.contains("t.toml:13:9") && p.contains("empty title"), "{p}");
}

#[test]
fn bad_time_and_wrong_type() {
    let p = with_session("id = \"a\"\ntitle = \"A\"\ndate = \"2021-10-07\"\nstart = \"25:00\"\n");
    assert!(only(p).contains("expected a time HH:MM (24-hour), found `25:00`"));
    let p = only(with_session("id = \"a\"\ntitle = 7\n"));
    assert!(p.contains("t.toml:13:9") && p.contains("invalid type: integer `7`, expected a string"), "{p}");
}

#[test]
fn time_without_date_and_end_without_start() {
    let p = with_session("id = \"a\"\ntitle = \"A\"\nstart = \"10:00\"\n");
    assert!(only(p).contains("without a date"));
    let p = with_session("id = \"a\"\ntitle = \"A\"\ndate = \"2021-10-07\"\nend = \"10:00\"\n");
    assert!(only(p).contains("an end without a start"));
}

#[test]
fn daylight_saving_gap_is_reported() {
    let header = HEADER
        .replace("Asia/Seoul", "Europe/Berlin")
        .replace("2021-10-06", "2021-03-27")
        .replace("2021-10-08", "2021-03-29");
    let text = format!(
        "{header}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = \"2021-03-28\"\nstart = \"02:30\"\nend = \"04:00\"\n"
    );
    assert!(only(problems(&text)).contains("does not exist in Europe/Berlin"));
}

#[test]
fn all_problems_of_all_sessions_are_reported() {
    let text = format!(
        "{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"\"\n\n[[sessions]]\nid = \"b\"\ntitle = \"B\"\nroom = 3\n\n[[sessions]]\nid = \"c\"\ntitle = \"C\"\ndate = \"2021-11-01\"\nspeakers = []\n"
    );
    let all = problems(&text);
    assert_eq!(all.len(), 4, "{all:#?}");
    assert!(all.iter().any(|p| p.contains("`a`") && p.contains("empty title")));
    assert!(all.iter().any(|p| p.contains("`b`") && p.contains("invalid type")));
    assert!(all.iter().any(|p| p.contains("`c`") && p.contains("unknown session field `speakers`")));
    assert!(all.iter().any(|p| p.contains("`c`") && p.contains("outside the programme's days")));
}

#[test]
fn cut_off_values_are_read_written_back_and_checked() {
    use whrcf::model::{CutOff, PersonField};
    let good = "id = \"a\"\ntitle = \"Right to H\"\norganizers = [\"UNESCO\", \"Gwangju International Cen\"]\ncut_off = [\"title\", \"organizers.1\", \"people.0.affiliation\"]\n[[sessions.people]]\nname = \"A\"\naffiliation = \"Legal Projects Associate of\"\n";
    let text = format!("{HEADER}\n[[sessions]]\n{good}");
    let p = load::from_toml(&text, "t.toml").expect("valid").programme;
    let s = &p.sessions[0];
    let expected = [CutOff::Title, CutOff::Organizer(1), CutOff::Person(0, PersonField::Affiliation)];
    assert_eq!(s.extras.cut_off, expected);
    assert_eq!(s.title, "Right to H", "the mark is never part of the value");
    let again = load::from_toml(&load::to_toml(&p).unwrap(), "w.toml").expect("written file loads").programme;
    assert_eq!(again.sessions, p.sessions, "the writer keeps cut_off");
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\ncut_off = [\"title\", \"titel\"]\n"));
    assert!(p.starts_with("t.toml:14:21: error: session `a`: unknown cut_off value `titel`: expected title,"), "{p}");
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\norganizers = [\"X\"]\ncut_off = [\"organizers.1\"]\n"));
    assert!(p.starts_with("t.toml:15:12: error: session `a`: cut_off `organizers.1` names a value"), "{p}");
}

#[test]
fn empty_and_binary_input() {
    assert!(only(problems("")).contains("empty file"));
    assert!(load::decode(b"\x00\x01PK", "x.bin").is_err());
    assert!(load::decode(b"\xff\xfe", "x.bin").is_err());
}

#[test]
fn text_is_kept_as_the_file_gives_it_and_neutralised_where_it_is_shown() {
    let text =
        format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"Evil \\u001b]52;c;aGk=\\u0007\\u001b[2J title\"\n");
    let s = &load::from_toml(&text, "t.toml").unwrap().programme.sessions[0];
    assert_eq!(s.title, "Evil \u{1b}]52;c;aGk=\u{7}\u{1b}[2J title", "the model is faithful (JSON output escapes it)");
    assert_eq!(whrcf::sanitize::line(&s.title), "Evil  title", "what a terminal is given");
}

#[test]
fn a_large_file_is_read_session_by_session_with_the_same_result_and_locations() {
    let p = whrcf::synthetic::programme(1_500, 9);
    let text = load::to_toml(&p).unwrap();
    assert!(text.len() > 256 * 1024, "large enough for the parallel path");
    let loaded = load::from_toml(&text, "big.toml").unwrap().programme;
    assert_eq!(loaded.sessions, p.sessions);
    // A mistake deep in the file is located exactly, and so is a syntax error.
    let at = text.find("id = \"s1200\"").unwrap();
    let line = text[..at].lines().count() + 1;
    let broken = format!("{}titel = \"x\"\n{}", &text[..at], &text[at..]);
    let problems = problems_of(&broken);
    assert_eq!(
        problems,
        vec![format!(
            "big.toml:{line}:1: error: session `s1200`: unknown session field `titel`; did you mean `title`? (expected one of: {})",
            whrcf_session_keys()
        )]
    );
    // A session dropped for a wrong type leaves no gap: a later session's problem, found after
    // all sessions are read, is still located at its own line.
    let mut dropped = text.clone();
    let mut title_lines = Vec::new();
    for (id, title) in [("s1200", "title = 5"), ("s1300", "title = \"\"")] {
        let start = dropped.find(&format!("id = \"{id}\"\ntitle = ")).unwrap() + id.len() + 8;
        let end = start + dropped[start..].find('\n').unwrap();
        dropped.replace_range(start..end, title);
        title_lines.push(dropped[..start].lines().count() + 1);
    }
    let problems = problems_of(&dropped);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with(&format!("big.toml:{}:9: error: session `s1200`", title_lines[0])), "{problems:?}");
    assert!(
        problems[1].starts_with(&format!("big.toml:{}:9: error: session `s1300`: empty title", title_lines[1])),
        "{problems:?}"
    );
    let syntax = format!("{}id = = 1\n{}", &text[..at], &text[at..]);
    let problems = problems_of(&syntax);
    assert!(problems[0].starts_with(&format!("big.toml:{line}:")), "{problems:?}");
}

fn problems_of(text: &str) -> Vec<String> {
    match load::from_toml(text, "big.toml") {
        Err(LoadError::Invalid { problems }) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {:?}", other.map(|l| l.programme.sessions.len())),
    }
}

fn whrcf_session_keys() -> &'static str {
    "id, title, other_titles, subtitle, date, start, end, time_conflict, end_date, kind, kind_as_stated, format, format_as_stated, languages, interpretation, room, venue, place_as_stated, themes, organizers, people, summary, sources, complete, cut_off, notes"
}

#[test]
fn ids_that_look_alike_on_a_terminal_are_reported() {
    let text = format!(
        "{HEADER}\n[[sessions]]\nid = \"ta\\u200Blk\"\ntitle = \"Impostor\"\n[[sessions]]\nid = \"talk\"\ntitle = \"Genuine\"\n"
    );
    let loaded = load::from_toml(&text, "t.toml").unwrap();
    let w: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert!(
        w.iter().any(|w| w.contains("session `talk`: id looks like `talk`") && w.contains("does not show")),
        "{w:?}"
    );
}

#[test]
fn one_run_reports_syntax_errors_with_every_other_problem_in_line_order() {
    let text = format!(
        "{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"\"\ndate = \"2021-10-06\"\nend = \"10:00\"\n\n[[sessions]]\nid = \"b\"\ntitle = \"B\"\nstart = \"11:00\n\n[[sessions]]\nid = \"a\"\ntitle = \"C\"\n\n[[sessions]]\nid = \"c\"\ntitle = \"C\"\ndate = \"2021-10-06\"\nstart = \"25:00\"\n"
    );
    let all = problems(&text);
    assert_eq!(all.len(), 5, "{all:#?}");
    let line = |p: &String| p.split(':').nth(1).and_then(|l| l.parse::<usize>().ok()).unwrap();
    let lines: Vec<usize> = all.iter().map(line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "in line order: {all:#?}");
    assert!(all.iter().any(|p| p.contains("TOML syntax")), "{all:#?}");
    assert!(all.iter().any(|p| p.contains("empty title")), "{all:#?}");
    assert!(all.iter().any(|p| p.contains("an end without a start")), "{all:#?}");
    assert!(all.iter().any(|p| p.contains("duplicate id")), "{all:#?}");
    assert!(all.iter().any(|p| p.contains("found `25:00`")), "{all:#?}");
}

#[test]
fn the_programmes_own_fields_are_located() {
    let text = HEADER.replace("last_day = \"2021-10-08\"", "last_day = \"1021-10-08\"");
    let all = problems(&format!("{text}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n"));
    assert!(
        all.iter().any(|p| p.starts_with("t.toml:5:12: warning: last_day 1021-10-08 is in an implausible year")),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|p| p.starts_with("t.toml:5:12: error: first_day 2021-10-06 is after last_day")),
        "{all:#?}"
    );
}

#[test]
fn a_published_spelling_of_a_room_is_read_written_back_and_checked() {
    let good = "id = \"a\"\ntitle = \"A\"\nvenue = \"Kimdaejung Convention Center Rooms 209~210\"\nplace_as_stated = \"김대중컨벤션센터 209+210 회의실\"\n";
    let p = load::from_toml(&format!("{HEADER}\n[[sessions]]\n{good}"), "t.toml").expect("valid").programme;
    assert_eq!(p.sessions[0].extras.place_as_stated.as_deref(), Some("김대중컨벤션센터 209+210 회의실"));
    let again = load::from_toml(&load::to_toml(&p).unwrap(), "w.toml").expect("written file loads").programme;
    assert_eq!(again.sessions, p.sessions, "the writer keeps place_as_stated");
    let p = only(with_session("id = \"a\"\ntitle = \"A\"\nplace_as_stated = \"Hall\"\n"));
    assert!(p.contains("error: session `a`: place_as_stated") && p.contains("neither"), "{p}");
}
