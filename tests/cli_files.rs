//! The command line on programme files and settings, run as a real process: `validate` and its
//! exit codes, `--programme` with good and bad files, the programme cache, `config.toml`'s
//! problems, and `import`.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use cli::{whrcf, whrcf_at};
use predicates::prelude::*;
use serde_json::Value;

fn write(dir: &tempfile::TempDir, name: &str, contents: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn validate_reports_three_mistakes_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        &dir,
        "bad.toml",
        br#"id = "x"
title = "X"
timezone = "Asia/Seoul"
first_day = "2021-10-06"
last_day = "2021-10-07"

[[sessions]]
id = "a"
title = "A"
date = "2021-10-09"

[[sessions]]
id = "a"
title = "B"
date = "2021-10-06"
start = "14:00"
end = "13:00"
"#,
    );
    whrcf()
        .args(["validate"])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("bad.toml:10:8: error: session `a`: date 2021-10-09 is outside"))
        .stdout(predicate::str::contains("bad.toml:13:6: error: session `a`: duplicate id"))
        .stdout(predicate::str::contains("bad.toml:17:7: error: session `a`: end is not after start"))
        .stdout(predicate::str::contains("3 problems found"));
}

#[test]
fn validate_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/whrcf-2021.toml");
    whrcf().arg("validate").arg(&good).assert().success().stdout(predicate::str::contains("ok (34 sessions)"));
    let empty = write(&dir, "empty.toml", b"");
    whrcf().arg("validate").arg(&empty).assert().code(1).stdout(predicate::str::contains("empty file"));
    let binary = write(&dir, "x.bin", b"\x7fELF\x00\x00\x01");
    whrcf().arg("validate").arg(&binary).assert().code(2).stderr(predicate::str::contains("not a text file"));
    // Named like the program: the path is said once, after "cannot read", with every format accepted.
    whrcf().current_dir(&dir).args(["validate", "x.bin"]).assert().code(2).stderr(
        "whrcf: cannot read x.bin: not a text file (binary data at byte 4): expected a programme in whrcf TOML, \
         frab/Pentabarf XML (with a <schedule> root element), C3VOC schedule.json, iCalendar or a spreadsheet \
         (CSV, TSV, .xlsx, .xls, .ods)\n",
    );
    whrcf().args(["validate", "/no/such/file.toml"]).assert().code(2).stderr(predicate::str::contains("cannot read"));
    whrcf().arg("validate").assert().code(2);
    // Several files: the worst result wins, every file is reported.
    whrcf()
        .arg("validate")
        .arg(&good)
        .arg(&empty)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("ok (34 sessions)"));
}

#[test]
fn programme_option_reads_a_file_and_reports_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let copy = write(
        &dir,
        "p.toml",
        &std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/whrcf-2020.toml")).unwrap(),
    );
    whrcf().arg("--programme").arg(&copy).arg("list").assert().success().stdout(predicate::str::contains("WHRCF 2020"));
    let broken = write(&dir, "broken.toml", b"id = [");
    whrcf()
        .arg("--programme")
        .arg(&broken)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.toml:1:"));
    let binary = write(&dir, "b.toml", b"\x00\x00");
    whrcf()
        .arg("--programme")
        .arg(&binary)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a text file"));
}

#[test]
fn no_panic_on_control_characters_in_a_programme() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/whrcf-2021.toml"))
        .unwrap()
        .replace(
            "title = \"UNESCO APCAD Meeting\"",
            "title = \"UNESCO \\u001b[31mAPCAD\\u001b]52;c;aGk=\\u0007 Meeting\"",
        );
    let path = write(&dir, "evil.toml", text.as_bytes());
    let out = whrcf().arg("--programme").arg(&path).args(["list", "--search", "apcad"]).output().unwrap();
    assert!(out.status.success());
    assert!(!out.stdout.contains(&0x1b), "escape bytes reached the output");
    assert!(String::from_utf8_lossy(&out.stdout).contains("UNESCO APCAD Meeting"));
}

#[test]
fn a_large_programme_is_cached_and_the_cache_changes_nothing() {
    let cache = tempfile::tempdir().unwrap();
    let fosdem = fixtures::schedule("fosdem-2020.xml");
    let run = |extra: &[&str]| {
        let out = whrcf()
            .env("WHRCF_CACHE_DIR", cache.path())
            .args(["--tz", "Europe/Brussels", "--programme"])
            .arg(&fosdem)
            .args(extra)
            .args(["list", "--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let uncached = run(&["--no-cache"]);
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0, "--no-cache writes no entry");
    let first = run(&[]);
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1, "the first run writes the entry");
    let second = run(&[]);
    assert_eq!(first, uncached);
    assert_eq!(second, uncached, "the cached programme lists exactly as the parsed one");
    let sessions: Value = serde_json::from_slice(&second).unwrap();
    assert_eq!(sessions.as_array().map(Vec::len), Some(872));
}

#[test]
fn validate_reads_a_file_with_the_global_time_zone() {
    let fosdem = fixtures::schedule("fosdem-2020.xml");
    let with_tz = whrcf().args(["--tz", "Europe/Brussels", "validate"]).arg(&fosdem).output().unwrap();
    let text = String::from_utf8_lossy(&with_tz.stdout);
    assert!(with_tz.status.success(), "{text}");
    assert!(!text.contains("is taken from"), "--tz was not passed on: {text}");
    let without = whrcf().arg("validate").arg(&fosdem).output().unwrap();
    let said = "no time zone in the file: Europe/Brussels is taken from the city \"Brussels\"";
    assert!(String::from_utf8_lossy(&without.stdout).contains(said));
}

#[test]
fn show_calls_a_record_incomplete_only_where_the_programme_tracks_completeness() {
    let debconf = fixtures::schedule("debconf23.xml");
    let list = whrcf().arg("--programme").arg(&debconf).args(["list", "--format", "json"]).output().unwrap();
    let sessions: Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = sessions[0]["id"].as_str().unwrap().to_owned();
    let shown = whrcf().arg("--programme").arg(&debconf).args(["show", &id]).output().unwrap();
    assert!(
        !String::from_utf8_lossy(&shown.stdout).contains("incomplete"),
        "an imported schedule tracks no completeness"
    );
    let bundled = whrcf().args(["--edition", "2021", "show", "2021-peace"]).output().unwrap();
    assert!(String::from_utf8_lossy(&bundled.stdout).contains("(The record of this session is incomplete.)"));
}

#[test]
fn a_config_file_that_cannot_be_used_is_reported_not_ignored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("config.toml")).unwrap();
    let out = whrcf_at(dir.path()).args(["--edition", "2021", "agenda", "list"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("config.toml: it is a directory, not a regular file; using the defaults"), "{stderr}");
}

#[test]
fn a_bad_setting_drops_only_itself_and_every_problem_is_said_on_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    let debconf = fixtures::schedule("debconf23.xml");
    let default = toml::Value::String(debconf.display().to_string());
    let config = format!("[programme]\ndefault = {default}\n[display]\nzone = \"Mars/Olympus\"\nhyperlink = false\n");
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    let out = whrcf_at(dir.path()).args(["list", "--format", "json"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let named = whrcf().arg("--programme").arg(&debconf).args(["list", "--format", "json"]).output().unwrap();
    assert!(out.status.success() && out.stdout == named.stdout, "the default stays: {stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].contains("config.toml: `display.hyperlink` is not a setting"), "{stderr}");
    assert!(lines[1].contains("config.toml: display.zone must be a zone name"), "{stderr}");
}

#[test]
fn validate_finds_what_makes_a_schedule_json_invalid_and_labels_load_errors() {
    // C3VOC keeps this file as a known-invalid example: a string event id, a string person id and
    // a `schedule.rooms` key the schema forbids. It loads, but it is not valid.
    whrcf()
        .arg("validate")
        .arg(fixtures::schedule("invalid-winterchaos2022.json"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("$schedule.rooms: error: \"rooms\" is not a key of schedule.json v1"))
        .stdout(predicate::str::contains("[0].id: error: id \"2814\": schedule.json v1 expects a number"))
        .stdout(predicate::str::contains(".persons[0].id: error: id \"dsadf\""))
        .stdout(predicate::str::contains("3 problems found (1 session loaded)"))
        .stdout(predicate::str::contains(": ok").not());
    whrcf().arg("validate").arg(fixtures::schedule("36c3.json")).assert().success();
    let dir = tempfile::tempdir().unwrap();
    let cut = write(&dir, "cut.json", b"{\"schedule\": ");
    whrcf()
        .arg("validate")
        .arg(&cut)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!("{}:1:13: error: not valid JSON", cut.display())));
}

#[test]
fn import_writes_the_zone_it_found_and_the_publishers_day_change() {
    let out = whrcf().arg("import").arg(fixtures::schedule("36c3.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let toml = String::from_utf8(out.stdout).unwrap();
    assert!(toml.contains("timezone = \"Europe/Berlin\"\n"), "{}", &toml[..toml.len().min(600)]);
    assert!(toml.contains("day_change = \"04:01\"\n"), "{}", &toml[..toml.len().min(600)]);
    // Read back, a session after midnight keeps its instant and its conference day.
    let ours = whrcf::load::from_toml(&toml, "36c3.toml").unwrap().programme;
    let theirs = whrcf::load::from_path(&fixtures::schedule("36c3.json")).unwrap().programme;
    let night = |p: &whrcf::model::Programme| {
        let s = p.sessions.iter().find(|s| s.start.is_some_and(|t| t.format("%H").to_string() == "00")).unwrap();
        (s.id.clone(), s.start_at(p.timezone).map(|t| t.to_utc()), p.day_of(s))
    };
    assert_eq!(night(&ours), night(&theirs));
    assert_eq!(night(&ours).2.map(|d| d.to_string()).as_deref(), Some("2019-12-27"));
}
