//! The agenda's exports and imports from the command line, as real processes: the iCalendar
//! export checked by an independent parser and a golden file, JSON exports merged back or refused,
//! a moved session's sequence, a FOSDEM abstract and a skipped session in the calendar.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use std::path::Path;

use assert_cmd::Command;
use cli::{agenda_json, whrcf_on};
use predicates::prelude::*;
use serde_json::Value;

/// `whrcf --edition 2021`, the edition these agendas are made of, with `data` as its config and
/// data directory.
fn whrcf(data: &Path) -> Command {
    whrcf_on(data, "2021")
}

fn export_ics(data: &Path) -> String {
    let out =
        whrcf(data).args(["--now", "2026-11-22T09:00:00Z", "agenda", "export", "--format", "ics"]).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The export as another iCalendar implementation (the `icalendar` crate) reads it: a line per
/// event with its UID, UTC start and end, summary and the note in its description.
fn independent_reading(ics: &str) -> String {
    use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
    let calendar: icalendar::Calendar =
        ics.parse().unwrap_or_else(|e| panic!("icalendar could not parse the export: {e}"));
    let utc = |t: Option<DatePerhapsTime>| match t {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t.to_rfc3339(),
        None => "-".to_owned(),
        Some(other) => panic!("not a UTC instant: {other:?}"),
    };
    let mut text = String::new();
    for event in calendar.components.iter().filter_map(|c| match c {
        CalendarComponent::Event(e) => Some(e),
        _ => None,
    }) {
        let description = event.get_description().unwrap_or_default();
        let note = description.split("My note: ").nth(1).map(|n| n.split('\n').next().unwrap_or_default());
        text += &format!(
            "{} {} {} {} | {}\n",
            event.get_uid().unwrap_or_default(),
            utc(event.get_start()),
            utc(event.get_end()),
            event.get_summary().unwrap_or_default(),
            note.unwrap_or_default()
        );
    }
    text
}

#[test]
fn ics_export_parses_with_an_independent_parser_and_matches_the_golden_file() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path())
        .args(["agenda", "add", "2021-paper-presentation", "2021-refugees", "2021-plenary-1", "2021-peace"])
        .assert()
        .success();
    whrcf(d.path()).args(["agenda", "note", "2021-refugees", "ask: Hong Kong, Japan; Korea"]).assert().success();
    let ics = export_ics(d.path());
    assert!(ics.lines().all(|l| l.len() <= 76), "folded at 75 octets (+CR)");
    assert!(ics.split("\r\n").filter(|l| !l.is_empty()).all(|l| !l.contains('\n')), "CRLF line ends");
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/agenda-2021.ics");
    if std::env::var_os("WHRCF_BLESS_GOLDEN").is_some() {
        std::fs::write(&golden, &ics).unwrap();
    }
    assert_eq!(ics, std::fs::read_to_string(&golden).unwrap(), "golden file (WHRCF_BLESS_GOLDEN=1 to update)");
    let text = independent_reading(&ics);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "the session without a time is left out: {text}");
    assert!(lines.contains(&"2021-paper-presentation@whrcf-2021.whrcf 2021-10-06T01:00:00+00:00 2021-10-06T07:00:00+00:00 Human Rights Paper Presentation | "));
    assert!(lines.contains(&"2021-refugees@whrcf-2021.whrcf 2021-10-08T04:00:00+00:00 2021-10-08T06:00:00+00:00 난민: 2021년 이후 동아시아 지역 난민보호 어떻게 개선할 것인가 | ask: Hong Kong, Japan; Korea"));
    assert!(lines.contains(&"2021-plenary-1@whrcf-2021.whrcf 2021-10-07T11:00:00+00:00 - 전체회의 1: 더 공정한 미래 구축을 위한 인권원칙: 지역 정책에서부터 집단 행동까지 | "));
}

#[test]
fn export_warns_and_writes_files_and_import_merges() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-peace", "2021-refugees"]).assert().success();
    whrcf(d.path())
        .args(["agenda", "export", "--format", "ics", "-o"])
        .arg(d.path().join("x.ics"))
        .assert()
        .success()
        .stderr(predicate::str::contains("left out `2021-peace` (Peace and Human Rights): time not published"));
    whrcf(d.path())
        .args(["agenda", "export", "--format", "md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\n- [ ] time not published **Peace and Human Rights**"))
        .stdout(predicate::str::contains("## Day and time not published").not());
    whrcf(d.path())
        .args(["agenda", "export", "--format", "json", "-o"])
        .arg(d.path().join("x.json"))
        .assert()
        .success();
    let other = tempfile::tempdir().unwrap();
    whrcf(other.path()).args(["agenda", "add", "2021-sdgs"]).assert().success();
    whrcf(other.path())
        .args(["agenda", "import"])
        .arg(d.path().join("x.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("merged 2 marked sessions"));
    assert_eq!(agenda_json(other.path()).len(), 3);
    whrcf(other.path())
        .args(["agenda", "import"])
        .arg(d.path().join("x.ics"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected an agenda file"));
}

#[test]
fn a_json_export_of_another_edition_is_refused_not_merged_as_ghosts() {
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    whrcf(from.path()).args(["agenda", "add", "2021-refugees"]).assert().success();
    let export = from.path().join("a.json");
    whrcf(from.path()).args(["agenda", "export", "--format", "json", "-o"]).arg(&export).assert().success();
    whrcf_on(to.path(), "2025").args(["agenda", "import"]).arg(&export).assert().code(2).stderr(
        predicate::str::contains("it is the agenda of whrcf-2021, not of WHRCF 2025")
            .and(predicate::str::contains("--edition 2021")),
    );
    // An export from before items named their programme: none of its sessions are here.
    let mut items: Vec<Value> = serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
    items.iter_mut().for_each(|i| _ = i.as_object_mut().unwrap().remove("programme"));
    std::fs::write(&export, serde_json::to_string(&items).unwrap()).unwrap();
    whrcf_on(to.path(), "2025").args(["agenda", "import"]).arg(&export).assert().code(2).stderr(
        predicate::str::contains("none of its 1 session are in WHRCF 2025")
            .and(predicate::str::contains("--edition 2021")),
    );
    assert!(!to.path().join("agenda.toml").exists(), "nothing was written");
    whrcf(to.path()).args(["agenda", "import"]).arg(&export).assert().success();
}

#[test]
fn a_moved_session_is_exported_with_a_higher_sequence_and_the_same_uid() {
    let d = tempfile::tempdir().unwrap();
    let programme = d.path().join("forum.toml");
    let original = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/whrcf-2021.toml")).unwrap();
    std::fs::write(&programme, &original).unwrap();
    let on_file = || {
        let mut cmd = cli::whrcf_at(d.path());
        cmd.arg("--programme").arg(&programme);
        cmd
    };
    on_file().args(["agenda", "add", "2021-refugees", "2021-plenary-1"]).assert().success();
    let export = |now: &str| {
        let out = on_file().args(["--now", now, "agenda", "export", "--format", "ics"]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let ics = String::from_utf8(out.stdout).unwrap().replace("\r\n ", "");
        let event = ics.split("BEGIN:VEVENT").find(|e| e.contains("UID:2021-refugees@")).unwrap().to_owned();
        let field = |name: &str| event.lines().find_map(|l| l.strip_prefix(name)).map(str::to_owned);
        (field("UID:"), field("SEQUENCE:"), field("LAST-MODIFIED:"), field("DTSTART:"), ics)
    };
    let first = export("2026-11-22T09:00:00Z");
    assert_eq!(first.1.as_deref(), Some("0"));
    assert_eq!(first.2.as_deref(), Some("20261122T090000Z"));
    // Without an end: no DTEND (an instant, per RFC 5545), and the event says why.
    let plenary = first.4.split("BEGIN:VEVENT").find(|e| e.contains("UID:2021-plenary-1@")).unwrap();
    assert!(plenary.contains("X-WHRCF-END-NOT-PUBLISHED:TRUE") && !plenary.contains("DTEND"), "{plenary}");
    let again = export("2026-11-22T10:00:00Z");
    assert_eq!((&again.1, &again.2), (&first.1, &first.2), "unchanged: same version");
    // The session moves an hour later: a calendar must replace the event it has.
    let block = original.find("id = \"2021-refugees\"").unwrap();
    let start = block + original[block..].find("start = \"13:00\"").unwrap();
    let moved = format!("{}start = \"14:00\"{}", &original[..start], &original[start + "start = \"13:00\"".len()..]);
    std::fs::write(&programme, moved).unwrap();
    let after = export("2026-11-23T08:00:00Z");
    assert_eq!(after.0, first.0, "the UID stays");
    assert_ne!(after.3, first.3, "it moved");
    assert_eq!(after.1.as_deref(), Some("1"), "SEQUENCE went up");
    assert_eq!(after.2.as_deref(), Some("20261123T080000Z"));
}

#[test]
fn import_says_one_left_out_session_in_the_singular_and_locates_broken_toml() {
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    whrcf_on(from.path(), "2025").args(["agenda", "add", "2025-plenary"]).assert().success();
    whrcf(from.path()).args(["agenda", "add", "2021-refugees"]).assert().success();
    whrcf(to.path()).args(["agenda", "import"]).arg(from.path().join("agenda.toml")).assert().success().stdout(
        predicate::str::contains("left out its 1 marked session of whrcf-2025 (add `--edition 2025` to import it)"),
    );
    // A table header left open on line 3: the place (file:line:col) and what was expected there.
    let broken = from.path().join("broken.toml");
    std::fs::write(&broken, "version = 1\n\n[programmes.\"whrcf-2021\".items.\"2021-peace\"\nstatus = \"planned\"\n")
        .unwrap();
    let out = whrcf(to.path()).args(["agenda", "import"]).arg(&broken).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains(&format!("{}:3:", broken.display())), "{err}");
    assert!(err.contains("expected"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn ics_says_a_fosdem_abstract_once_and_a_skipped_session_is_free_time_not_cancelled() {
    let d = tempfile::tempdir().unwrap();
    let file = fixtures::schedule("fosdem-2020.xml");
    let run = |args: &[&str]| {
        let mut cmd = cli::whrcf_at(d.path());
        cmd.arg("--programme").arg(&file).args(args);
        cmd
    };
    // 10797: the description is the abstract again; 9008: the description begins with it.
    run(&["agenda", "add", "10797", "9008"]).assert().success();
    run(&["agenda", "status", "9008", "skipped"]).assert().success();
    let out = run(&["--now", "2026-11-22T09:00:00Z", "agenda", "export", "--format", "ics"]).output().unwrap();
    assert!(out.status.success());
    let ics = String::from_utf8(out.stdout).unwrap();
    use icalendar::{CalendarComponent, Component};
    let calendar: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| if let CalendarComponent::Event(e) = c { Some(e) } else { None })
        .collect();
    let event = |uid: &str| *events.iter().find(|e| e.get_uid() == Some(uid)).unwrap();
    let bof = event("10797@fosdem-2020.whrcf").get_description().unwrap();
    assert_eq!(bof.matches("Please join us for our Birds of a Feather session").count(), 1, "{bof}");
    let http3 = event("9008@fosdem-2020.whrcf");
    let description = http3.get_description().unwrap();
    assert_eq!(description.matches("HTTP/3 is designed to improve").count(), 1, "{description}");
    assert!(description.starts_with("Skipped"), "{description}");
    assert_eq!(http3.property_value("STATUS"), Some("CONFIRMED"), "the talk itself is not cancelled");
    assert_eq!(http3.property_value("TRANSP"), Some("TRANSPARENT"), "the user is free then");
    assert_eq!(event("10797@fosdem-2020.whrcf").property_value("TRANSP"), None);
    assert!(!ics.contains("CANCELLED"));
    // The event's URL is a page, as `o` opens it, not the recording listed first.
    for e in &events {
        let url = e.property_value("URL").expect("a URL");
        assert!(!url.ends_with(".webm") && !url.ends_with(".mp4"), "{url}");
    }
}
