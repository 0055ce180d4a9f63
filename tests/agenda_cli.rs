//! The agenda from the command line, as real processes: add/remove/status/note, two processes
//! at once, a corrupt file, a FIFO where the agenda should be. Exports and imports are in
//! agenda_cli_export.rs, `next` in agenda_cli_next.rs.

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

#[test]
fn add_status_note_remove_and_list() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path())
        .args(["agenda", "add", "2021-paper-presentation", "2021-public-diplomacy", "2021-peace"])
        .assert()
        .success()
        .stdout(predicate::str::contains("added 2021-peace: Peace and Human Rights"));
    // Each change says what it did.
    whrcf(d.path())
        .args(["agenda", "status", "2021-peace", "skipped"])
        .assert()
        .success()
        .stdout("2021-peace: skipped\n");
    whrcf(d.path())
        .args(["agenda", "note", "2021-public-diplomacy", "bring the report"])
        .assert()
        .success()
        .stdout("note saved on 2021-public-diplomacy\n");
    whrcf(d.path())
        .args(["agenda", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("! overlaps: Human Rights Cities and Public Diplomacy, 13:00–15:00"))
        .stdout(predicate::str::contains("note: bring the report"))
        // A session with a day but no time is listed under its day, not apart without it.
        .stdout(predicate::str::is_match("\nFri 2021-10-08\n  no time +\\[skipped\\]  Peace and Human Rights").unwrap())
        .stdout(predicate::str::contains("not published\n").not());
    let items = agenda_json(d.path());
    assert_eq!(items.len(), 3);
    assert_eq!(items[0]["overlaps"][0], "Human Rights Cities and Public Diplomacy, 13:00–15:00");
    assert_eq!(items[0]["session"]["start"], "2021-10-06T10:00:00+09:00");
    whrcf(d.path()).args(["agenda", "remove", "2021-peace"]).assert().success();
    whrcf(d.path())
        .args(["agenda", "remove", "2021-peace"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not marked"));
    whrcf(d.path()).args(["agenda", "add", "no-such-session"]).assert().code(2);
    assert_eq!(agenda_json(d.path()).len(), 2);
    whrcf(d.path()).args(["agenda", "clear"]).assert().success().stdout(predicate::str::contains("removed 2 sessions"));
    assert!(agenda_json(d.path()).is_empty());
}

#[test]
fn agenda_list_columns_line_up_whatever_the_time_looks_like() {
    let d = tempfile::tempdir().unwrap();
    // 15:00–17:00 KST, 16:00–? KST (no end) and a session without a time, as a user had them.
    let ids = ["2019-plenary-1", "2019-opening-ceremony", "2019-sdgs-festival", "2019-defenders-workshop"];
    whrcf_on(d.path(), "2019").args(["agenda", "add"]).args(ids).assert().success();
    whrcf_on(d.path(), "2019").args(["agenda", "status", "2019-opening-ceremony", "attended"]).assert().success();
    let out = whrcf_on(d.path(), "2019").args(["agenda", "list"]).output().unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = out.lines().filter(|l| l.contains("  [")).collect();
    assert_eq!(rows.len(), ids.len(), "{out}");
    let column = |row: &str, what: &str| unicode_width::UnicodeWidthStr::width(&row[..row.find(what).unwrap()]);
    let statuses: Vec<usize> = rows.iter().map(|r| column(r, "[")).collect();
    assert!(statuses.iter().all(|&c| c == statuses[0]), "statuses in one column:\n{out}");
    let titles: Vec<usize> =
        rows.iter().map(|r| column(r, "]") + r[r.find(']').unwrap() + 1..].find(|c| c != ' ').unwrap()).collect();
    assert!(titles.iter().all(|&c| c == titles[0]), "titles in one column:\n{out}");
}

#[test]
fn editions_keep_separate_agendas() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-refugees"]).assert().success();
    whrcf_on(d.path(), "2019").args(["agenda", "add", "2019-migrants"]).assert().success();
    whrcf_on(d.path(), "2025").args(["agenda", "add", "2025-disability"]).assert().success();
    whrcf_on(d.path(), "2019").args(["agenda", "clear"]).assert().success();
    assert_eq!(agenda_json(d.path())[0]["id"], "2021-refugees");
    let file = std::fs::read_to_string(d.path().join("agenda.toml")).unwrap();
    let sections = ["[programmes.\"whrcf-2021\"", "[programmes.\"whrcf-2025\""];
    assert!(sections.iter().all(|s| file.contains(s)), "one section per edition: {file}");
    whrcf_on(d.path(), "all").args(["agenda", "list"]).assert().code(2).stderr(predicate::str::contains("one edition"));
}

#[test]
fn two_processes_at_once_lose_nothing() {
    let d = tempfile::tempdir().unwrap();
    let ids: Vec<String> =
        whrcf::load::bundled(2021).unwrap().programme.sessions.iter().map(|s| s.id.0.clone()).collect();
    // Two writers, each adding its own half of the sessions one process at a time, concurrently.
    let halves: Vec<Vec<String>> =
        vec![ids.iter().step_by(2).cloned().collect(), ids.iter().skip(1).step_by(2).cloned().collect()];
    let handles: Vec<_> = halves
        .into_iter()
        .map(|half| {
            let dir = d.path().to_owned();
            std::thread::spawn(move || {
                for id in half {
                    let ok = cli::command_at(&dir).args(["--edition=2021", "agenda", "add", &id]).output().unwrap();
                    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let marked: Vec<String> = agenda_json(d.path()).iter().map(|v| v["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(marked.len(), ids.len(), "every mark of both processes survived");
}

#[test]
fn a_corrupt_agenda_is_kept_aside_and_reported() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("agenda.toml"), "this is = = not toml").unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-refugees"]).assert().success().stderr(
        predicate::str::contains("The agenda file was corrupt").and(predicate::str::contains("agenda.toml.corrupt-")),
    );
    let aside = std::fs::read_dir(d.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("agenda.toml.corrupt-"))
        .count();
    assert_eq!(aside, 1);
    assert_eq!(agenda_json(d.path()).len(), 1, "work continued with a new agenda");
}

#[test]
fn an_agenda_path_that_is_a_fifo_is_refused_with_exit_2_and_left_alone() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::FileTypeExt;
    let d = tempfile::tempdir().unwrap();
    let fifo = d.path().join("agenda.fifo");
    let c_path = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let out = whrcf(d.path())
        .arg("--agenda")
        .arg(&fifo)
        .args(["agenda", "add", "2021-peace"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    // Refused as soon as it is read: nothing is claimed done, nothing is written.
    let refused = format!("cannot read {}: it is a named pipe (FIFO), not a regular file", fifo.display());
    assert!(stderr.contains(&refused), "{stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("added"), "no success before a failed save");
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "left alone");
}

#[test]
fn another_programmes_agenda_is_refused_naming_its_programme_and_an_empty_one_is_said_empty() {
    let (from, to) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // An agenda.toml holding only another edition's agenda.
    whrcf_on(from.path(), "2025").args(["agenda", "add", "2025-plenary"]).assert().success();
    whrcf(to.path()).args(["agenda", "import"]).arg(from.path().join("agenda.toml")).assert().code(2).stderr(
        predicate::str::contains("it holds no agenda of WHRCF 2021 but 1 marked session of whrcf-2025")
            .and(predicate::str::contains("add `--edition 2025`")),
    );
    assert!(!to.path().join("agenda.toml").exists(), "nothing was written");
    // A JSON export names its programme: one of another edition is refused even when one of its
    // ids happens to be a session here (it would have been merged with a ghost).
    whrcf(from.path()).args(["agenda", "add", "2021-refugees", "2021-peace"]).assert().success();
    let out = whrcf(from.path()).args(["agenda", "export", "--format", "json"]).output().unwrap();
    let mut items: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(items.iter().all(|i| i["programme"] == "whrcf-2021"), "{items:?}");
    items[0]["id"] = "2025-plenary".into();
    let export = from.path().join("a.json");
    std::fs::write(&export, serde_json::to_string(&items).unwrap()).unwrap();
    whrcf_on(to.path(), "2025").args(["agenda", "import"]).arg(&export).assert().code(2).stderr(
        predicate::str::contains("it is the agenda of whrcf-2021, not of WHRCF 2025")
            .and(predicate::str::contains("add `--edition 2021`")),
    );
    assert!(!to.path().join("agenda.toml").exists(), "nothing was written");
    // The agenda.toml holding both: only this programme's part is merged, and the rest is named.
    whrcf_on(to.path(), "2025")
        .args(["agenda", "import"])
        .arg(from.path().join("agenda.toml"))
        .assert()
        .success()
        .stdout(predicate::str::contains("merged 1 marked session of WHRCF 2025 from"))
        .stdout(predicate::str::contains("left out its 2 marked sessions of whrcf-2021 (add `--edition 2021`"));
    // Nothing marked: said, not "merged 0".
    for (name, text) in [("empty.json", "[]"), ("empty.toml", "")] {
        let path = from.path().join(name);
        std::fs::write(&path, text).unwrap();
        whrcf(to.path())
            .args(["agenda", "import"])
            .arg(&path)
            .assert()
            .code(2)
            .stdout(predicate::str::contains("merged").not())
            .stderr(predicate::str::contains("no marked sessions in it: nothing to import"));
    }
}

#[test]
fn a_failed_save_claims_nothing_done() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-peace"]).assert().success();
    // The agenda reads fine, but its lock file is a directory: the save fails.
    std::fs::remove_file(d.path().join(".agenda.toml.lock")).ok();
    std::fs::create_dir(d.path().join(".agenda.toml.lock")).unwrap();
    for args in [
        &["agenda", "add", "2021-refugees"][..],
        &["agenda", "status", "2021-peace", "skipped"],
        &["agenda", "note", "2021-peace", "x"],
    ] {
        whrcf(d.path())
            .args(args)
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("cannot save the agenda"));
    }
}

#[test]
fn remove_names_the_session_it_removed() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-peace"]).assert().success();
    whrcf(d.path())
        .args(["agenda", "remove", "2021-peace"])
        .assert()
        .success()
        .stdout("removed 2021-peace: Peace and Human Rights\n");
}

#[test]
fn a_command_other_than_validate_prints_a_few_load_warnings_and_how_to_list_them_all() {
    let d = tempfile::tempdir().unwrap();
    let file = fixtures::schedule("36c3-everything.xml");
    let validate = cli::whrcf_at(d.path()).arg("validate").arg(&file).output().unwrap();
    let all: Vec<String> = String::from_utf8(validate.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains(": warning: ") || l.contains(": error: "))
        .map(str::to_owned)
        .collect();
    assert!(all.len() > 10, "validate lists every one: {all:?}");
    for args in [&["agenda", "list"][..], &["agenda", "export", "--format", "md"]] {
        let out = cli::whrcf_at(d.path()).arg("--programme").arg(&file).args(args).output().unwrap();
        assert!(out.status.success());
        let err = String::from_utf8(out.stderr).unwrap();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 4, "{err}");
        assert!(lines[..3].iter().all(|l| all.iter().any(|w| w == l)), "{err}");
        let more = format!("… and {} more warnings: whrcf validate {} lists them all", all.len() - 3, file.display());
        assert_eq!(lines[3], more);
    }
}
