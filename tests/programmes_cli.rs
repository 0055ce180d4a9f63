//! `whrcf programmes` as real processes with a scratch config and data directory: adding,
//! listing (text and JSON), refusing a duplicate, removing, a mistyped name, opening an added
//! programme by its name or as the default of `config.toml`, a corrupt or hostile file.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/http_server.rs"]
mod http_server;

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

const DEMO: &str = "democon.json";

fn add(home: &Path, source: &str, name: &str) -> assert_cmd::assert::Assert {
    cli::whrcf_at(home).args(["programmes", "add", source, "--name", name]).assert()
}

fn demo() -> String {
    fixtures::schedule(DEMO).to_str().unwrap().to_owned()
}

#[test]
fn added_programmes_are_listed_with_the_bundled_editions_in_aligned_columns() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success().stdout(predicate::str::contains("as demo"));
    add(d.path(), "https://example.org/schedule.xml", "web-2026").success();
    let listed = cli::whrcf_at(d.path()).arg("programmes").assert().success();
    let text = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    let rows: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 1 + 14 + 2, "a heading, the 14 editions and the two added: {text}");
    assert!(rows[1].starts_with("bundled  2025") && rows[1].contains("WHRCF 2025 (15th forum)"), "{text}");
    let demo_row = rows.iter().find(|l| l.starts_with("added    demo ")).expect("the demo row");
    assert!(demo_row.ends_with(DEMO), "{text}");
    let web_row = rows.iter().find(|l| l.contains("web-2026")).expect("the web row");
    assert!(web_row.contains("https://example.org/schedule.xml") && web_row.ends_with("  not fetched yet"), "{text}");
    // Every column starts at the same place on every line.
    for column in ["NAME", "SOURCE", "FETCHED"] {
        let at = rows[0].find(column).unwrap();
        for row in &rows[1..] {
            assert!(row.len() <= at || row[..at].ends_with("  "), "{column} misaligned in {row:?}:\n{text}");
        }
    }
    let fetched_at = rows[0].find("FETCHED").unwrap();
    assert_eq!(web_row.find("not fetched yet"), Some(fetched_at), "{text}");
    assert_eq!(demo_row.find(&demo()), rows[0].find("SOURCE"), "{text}");
    assert!(std::fs::read_to_string(d.path().join("programmes.toml")).unwrap().contains("web-2026"));
}

#[test]
fn files_and_addresses_opened_by_path_are_listed_as_recent_added_names_are_not() {
    let d = tempfile::tempdir().unwrap();
    cli::whrcf_at(d.path()).args(["--programme", &demo(), "list"]).assert().success();
    add(d.path(), &demo(), "demo").success();
    let other = fixtures::schedule("debconf23.xml");
    cli::whrcf_at(d.path()).args(["--programme", other.to_str().unwrap(), "list"]).assert().success();
    cli::whrcf_at(d.path()).args(["--programme", "demo", "list"]).assert().success();
    let text = String::from_utf8(cli::whrcf_at(d.path()).arg("programmes").output().unwrap().stdout).unwrap();
    let recent: Vec<&str> = text.lines().filter(|l| l.starts_with("recent ")).collect();
    assert_eq!(recent.len(), 1, "the added one is listed once, as added: {text}");
    assert!(recent[0].contains("debconf23.xml") && recent[0].ends_with(other.to_str().unwrap()), "{text}");
    let json = cli::whrcf_at(d.path()).args(["programmes", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["recent"][0]["source"], other.to_str().unwrap());
    assert!(chrono::DateTime::parse_from_rfc3339(v["recent"][0]["opened_at"].as_str().unwrap()).is_ok(), "{v}");
}

#[test]
fn a_default_that_names_nothing_says_the_file_and_the_key() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success();
    std::fs::write(d.path().join("config.toml"), "[programme]\ndefault = \"dmeo\"\n").unwrap();
    let out = cli::whrcf_at(d.path()).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    let config = d.path().join("config.toml");
    assert!(said.contains(&format!("{}: [programme] default = \"dmeo\" is no file", config.display())), "{said}");
    assert!(said.contains("(did you mean `demo`?)"), "{said}");
}

#[test]
fn removing_the_default_programme_warns_that_the_default_names_nothing() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success();
    add(d.path(), &demo(), "other").success();
    std::fs::write(d.path().join("config.toml"), "[programme]\ndefault = \"demo\"\n").unwrap();
    let other = cli::whrcf_at(d.path()).args(["programmes", "remove", "other"]).output().unwrap();
    assert!(other.status.success() && other.stderr.is_empty(), "not the default: {other:?}");
    let out = cli::whrcf_at(d.path()).args(["programmes", "remove", "demo"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "removed demo\n");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("warning: `demo` was the default programme ([programme] default in"), "{said}");
    assert!(said.contains("config.toml") && said.contains("now names nothing"), "{said}");
}

#[test]
fn an_address_with_control_characters_is_refused_for_them_and_shown_neutralised() {
    let d = tempfile::tempdir().unwrap();
    for args in [
        vec!["programmes", "add", "https://example.org/\x1b[2Js.xml", "--name", "x"],
        vec!["--programme", "https://example.org/\x1b[2Js.xml", "list"],
    ] {
        let out = cli::whrcf_at(d.path()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("contains control characters"), "{args:?}: {said}");
        assert!(said.contains("https://example.org/\\u{1b}[2Js.xml") && !said.contains('\x1b'), "{said:?}");
    }
}

#[test]
fn added_programmes_are_listed_as_json() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), "https://example.org/schedule.xml", "web").success();
    let out = cli::whrcf_at(d.path()).args(["programmes", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bundled"]["editions"], 14);
    assert_eq!(v["added"][0]["name"], "web");
    assert_eq!(v["added"][0]["source"], "https://example.org/schedule.xml");
    assert_eq!(v["added"][0]["web"], true);
    assert!(v["added"][0]["fetched_at"].is_null());
}

#[test]
fn a_name_is_not_added_twice_nor_one_with_spaces() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success();
    add(d.path(), "https://example.org/other.xml", "demo")
        .code(2)
        .stderr(predicate::str::contains("a programme named `demo` is already added"));
    add(d.path(), &demo(), "my demo").code(2).stderr(predicate::str::contains("letters, digits, - and _"));
    let text = std::fs::read_to_string(d.path().join("programmes.toml")).unwrap();
    assert!(!text.contains("other.xml") && !text.contains("my demo"), "{text}");
}

#[test]
fn a_programme_is_removed_and_a_mistyped_name_gets_did_you_mean() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "democon").success();
    cli::whrcf_at(d.path())
        .args(["programmes", "remove", "demcon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no programme is added as `demcon` (did you mean `democon`?)"));
    cli::whrcf_at(d.path()).args(["programmes", "remove", "democon"]).assert().success();
    cli::whrcf_at(d.path())
        .arg("programmes")
        .assert()
        .success()
        .stdout(predicate::str::contains("no programme added yet"));
}

#[test]
fn an_added_programme_opens_by_its_name() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success();
    // And as `whrcf refresh NAME` (a file: nothing to refresh).
    cli::whrcf_at(d.path()).args(["refresh", "demo"]).assert().code(2);
    // From another directory: the full path was kept.
    cli::whrcf_at(d.path())
        .current_dir(d.path())
        .args(["--programme", "demo", "list"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("DemoCon"));
    cli::whrcf_at(d.path())
        .args(["--programme", "dmeo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`dmeo` is no file and no added programme (did you mean `demo`?)"));
}

#[test]
fn the_default_programme_of_the_config_is_opened_without_options() {
    let d = tempfile::tempdir().unwrap();
    add(d.path(), &demo(), "demo").success();
    std::fs::write(d.path().join("config.toml"), "[programme]\ndefault = \"demo\"\n").unwrap();
    cli::whrcf_at(d.path()).arg("list").assert().success().stdout(predicate::str::starts_with("DemoCon"));
    let bundled = cli::whrcf_at(d.path()).args(["--edition", "2021", "list"]).assert().success();
    assert!(!String::from_utf8_lossy(&bundled.get_output().stdout).starts_with("DemoCon"), "--edition wins");
    std::fs::write(d.path().join("config.toml"), format!("[programme]\ndefault = {:?}\n", demo())).unwrap();
    cli::whrcf_at(d.path()).arg("list").assert().success().stdout(predicate::str::starts_with("DemoCon"));
}

#[test]
fn a_corrupt_programmes_file_is_kept_aside_and_reported() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("programmes.toml");
    std::fs::write(&file, "version = 1\n[programmes\n").unwrap();
    cli::whrcf_at(d.path())
        .arg("programmes")
        .assert()
        .success()
        .stderr(predicate::str::contains("was corrupt").and(predicate::str::contains("programmes.toml.corrupt-")));
    assert!(!file.exists());
    let aside: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("programmes.toml.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read_to_string(d.path().join(&aside[0])).unwrap(), "version = 1\n[programmes\n");
}

#[test]
fn hostile_names_and_sources_are_printed_neutralised() {
    let d = tempfile::tempdir().unwrap();
    let hostile =
        "version = 1\n[programmes]\n\"x\\u001b]0;owned\\u0007\\nforged line\" = \"https://e.org/\\u001b[2J\"\n";
    std::fs::write(d.path().join("programmes.toml"), hostile).unwrap();
    let out = cli::whrcf_at(d.path()).arg("programmes").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text:?}");
    assert!(text.lines().any(|l| l.starts_with("added    x") && l.contains("forged line  https://e.org/")), "{text:?}");
    assert!(!text.lines().any(|l| l.starts_with("forged line")), "{text:?}");
}

#[test]
fn a_web_programme_opened_by_name_lists_when_its_copy_was_fetched() {
    let d = tempfile::tempdir().unwrap();
    let server = http_server::Server::start(fixtures::schedule_bytes(DEMO));
    let url = server.url("/schedule.json");
    add(d.path(), &url, "live").success();
    let listed = cli::whrcf_at(d.path()).arg("programmes").output().unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains(&format!("live  {url}  not fetched yet")));
    cli::whrcf_at(d.path()).args(["--programme", "live", "list"]).assert().success();
    server.stop();
    let listed = cli::whrcf_at(d.path()).arg("programmes").output().unwrap();
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(text.contains(&format!("live  {url}  fetched 20")) && text.contains(" UTC"), "{text}");
    let json = cli::whrcf_at(d.path()).args(["programmes", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let at = v["added"][0]["fetched_at"].as_str().expect("a fetch time");
    assert!(chrono::DateTime::parse_from_rfc3339(at).is_ok(), "RFC 3339, as every JSON time: {v}");
}

#[test]
fn the_programmes_command_words_every_message_through_the_catalogue() {
    // Sentences live in the wording catalogue (translatable), not in the command's code: what the
    // command prints by itself is only placeholders and the `whrcf: ` every error starts with.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["src/cli/programmes.rs", "src/cli/programmes/table.rs"] {
        let code = std::fs::read_to_string(root.join(file)).unwrap();
        assert!(!code.contains("format!(\""), "{file}: a sentence made in code");
        for (at, _) in code.match_indices("ln!(\"") {
            let literal = code[at + 5..].split('"').next().unwrap();
            let words: String =
                literal.replace("whrcf: ", "").split('{').map(|p| p.split_once('}').map_or(p, |(_, r)| r)).collect();
            assert!(!words.chars().any(char::is_alphabetic), "{file}: {literal:?} is English in code");
        }
    }
}
