//! Reminders in the real app: with the clock set a few minutes before a session of the agenda,
//! the banner shows as the app opens and, with `[reminders] notify = true`, the terminal is sent
//! the OSC 9 notification (and never without it).

mod common;

use common::Pty;
use whrcf::agenda::AgendaFile;

/// A scratch config and data directory holding the small programme, an agenda with "Housing as
/// a Human Right" (10:30 on its first day) marked, and `config`.
fn scratch(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("programme.toml"), whrcf::sample::toml()).unwrap();
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    let p = whrcf::sample::programme();
    let housing = p.sessions.iter().find(|s| s.id.as_str() == "housing").unwrap();
    let mut file = AgendaFile::default();
    let agenda = file.programmes.entry(p.id.clone()).or_default();
    agenda.add(housing, chrono::Utc::now());
    whrcf::store::Store::new(dir.path().join("agenda.toml")).save(&file).unwrap();
    dir
}

fn open(dir: &tempfile::TempDir) -> Pty {
    let programme = format!("--programme={}", dir.path().join("programme.toml").display());
    let home = dir.path().to_str().unwrap();
    let env = [("WHRCF_CONFIG_DIR", home), ("WHRCF_DATA_DIR", home)];
    Pty::spawn_env(&[programme.as_str(), "--now=2030-05-06T10:24:00+09:00"], &env, 80, 24)
}

const OSC_9: &str = "\u{1b}]9;in 6 min: Housing as a Human Right · Hall A\u{1b}\\";

#[test]
fn a_session_due_soon_shows_a_banner_and_notifies_when_asked() {
    let dir = scratch("[reminders]\nnotify = true\n");
    let mut t = open(&dir);
    t.wait_for("in 6 min: Housing as a Human Right · Hall A");
    t.wait_raw_since(0, OSC_9);
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(raw.contains("\u{1b}]777;notify;whrcf;in 6 min: Housing as a Human Right · Hall A\u{1b}\\\u{7}"));
    t.send("q");
    t.wait_exit();
}

#[test]
fn without_notify_there_is_the_banner_only() {
    let dir = scratch("");
    let mut t = open(&dir);
    t.wait_for("in 6 min: Housing as a Human Right · Hall A");
    t.send("q");
    t.wait_exit();
    assert!(!String::from_utf8_lossy(&t.raw()).contains("\u{1b}]9;"), "no notification unless asked for");
}
