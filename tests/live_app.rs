//! A programme followed on the web in the real app, against a real HTTP server on 127.0.0.1: `r`
//! fetches a newer version off the UI thread and the screen shows it, the server down leaves the
//! programme shown and the header saying "offline", and an offline copy older than the refresh
//! interval is refreshed by itself as the app opens. No test reaches past this machine.

mod common;
#[path = "common/http_server.rs"]
mod http_server;

use common::Pty;
use http_server::Server;
use whrcf::web::{Address, fetch::Validators, offline};

const HOUSING: &str = "Housing as a Human Right";
const REVISED: &str = "Housing for All, revised";

/// The small programme as a file, and the same with one title changed.
fn versions() -> (Vec<u8>, Vec<u8>) {
    let first = whrcf::sample::toml();
    let revised = first.replace(HOUSING, REVISED);
    assert_ne!(first, revised);
    (first.into_bytes(), revised.into_bytes())
}

/// The app on `url` at 100x30, with its config and data in `home` and `config` as config.toml.
fn open(url: &str, home: &tempfile::TempDir, config: &str) -> Pty {
    std::fs::write(home.path().join("config.toml"), config).unwrap();
    let dir = home.path().to_str().unwrap();
    let env = [("WHRCF_CONFIG_DIR", dir), ("WHRCF_DATA_DIR", dir), ("WHRCF_CACHE_DIR", "")];
    let programme = format!("--programme={url}");
    Pty::spawn_env(&[programme.as_str(), "--now=2030-05-06T10:15:00+09:00"], &env, 100, 30)
}

/// A server with the revised programme, and a data directory whose offline copy of it is the first
/// version, fetched three days ago under `validators`.
fn serving_the_revision_over_a_3_day_old_copy(validators: Validators) -> (Server, String, tempfile::TempDir) {
    let (first, revised) = versions();
    let server = Server::start(revised);
    let url = server.url("/schedule.toml");
    let home = tempfile::tempdir().unwrap();
    let old = chrono::Utc::now() - chrono::Duration::days(3);
    offline::write(home.path(), &Address::parse(&url).unwrap(), &validators, old, &first).unwrap();
    (server, url, home)
}

/// A server with the first version, its address, and the app open on it (the first fetch shown).
fn opened_on_a_server() -> (Server, String, tempfile::TempDir, Pty) {
    let (first, _) = versions();
    let server = Server::start(first);
    let url = server.url("/schedule.toml");
    let home = tempfile::tempdir().unwrap();
    let t = open(&url, &home, "");
    t.wait_for(HOUSING);
    (server, url, home, t)
}

#[test]
fn r_shows_the_newer_version_the_server_sends_and_asks_with_the_validators() {
    let (_, revised) = versions();
    let (server, url, _home, mut t) = opened_on_a_server();
    t.wait_for("copy from just now");
    // Fetched as the app opened: said so, not as an offline copy.
    t.wait_for(&format!("{url}: fetched "));
    server.publish(revised, "\"v2\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    t.send("r");
    t.wait_for(REVISED);
    t.wait_for("Newer programme from the web: 6 sessions");
    t.wait_for("updated just now");
    // Compared with the version seen when the app opened: the retitled session is marked.
    t.wait_for("± 1 change");
    t.send("C");
    t.wait_for(REVISED);
    t.wait_for(&format!("was \"{HOUSING}\""));
    t.send("\u{1b}");
    t.wait_gone("Changes since you last looked");
    let asked = server.seen();
    assert_eq!(asked.len(), 2, "the first fetch and one refresh: {asked:?}");
    assert_eq!(asked[1].headers.get("if-none-match").map(String::as_str), Some("\"v1\""));
    // Asked again with nothing new: the server answers 304 and the app says so.
    t.send("r");
    t.wait_for("The server has no newer version");
    assert_eq!(server.seen().last().map(|s| s.status), Some(304));
    t.send("q");
    t.wait_exit();
}

#[test]
fn with_the_server_down_r_keeps_the_programme_and_the_header_says_offline() {
    let (server, _url, _home, mut t) = opened_on_a_server();
    server.stop();
    t.send("r");
    t.wait_for("offline: copy from just now");
    t.wait_for("the connection was refused");
    // The app goes on: the list still answers keys.
    t.send("j");
    t.send("A");
    t.wait_for("agenda");
    t.send("q");
    t.wait_exit();
}

#[test]
fn a_failed_refresh_no_longer_counts_once_a_refresh_succeeds() {
    let (server, _url, _home, mut t) = opened_on_a_server();
    server.route("/schedule.toml", http_server::Behaviour::Status(503));
    t.send("r");
    t.wait_for("1 warning");
    server.route("/schedule.toml", http_server::Behaviour::Serve);
    t.send("r");
    t.wait_for("The server has no newer version");
    t.wait_gone("1 warning");
    t.send("q");
    t.wait_exit();
}

#[test]
fn an_offline_copy_older_than_the_interval_is_refreshed_as_the_app_opens() {
    let validators = Validators { etag: Some("\"v0\"".into()), last_modified: None };
    let (server, url, home) = serving_the_revision_over_a_3_day_old_copy(validators);
    let mut t = open(&url, &home, "[programme]\nrefresh_minutes = 60\n");
    t.wait_for(REVISED);
    t.wait_for("updated just now");
    assert_eq!(server.seen().len(), 1, "one conditional request, made by itself");
    t.send("q");
    t.wait_exit();
}

#[test]
fn after_r_the_switcher_says_when_the_new_copy_was_fetched() {
    let (_server, url, home) = serving_the_revision_over_a_3_day_old_copy(Validators::default());
    let mut t = open(&url, &home, "[programme]\nrefresh_minutes = 0\n");
    t.wait_for("copy from 3 days ago");
    t.send("r");
    t.wait_for(REVISED);
    t.send("P");
    t.wait_for("schedule.toml");
    let now = chrono::Utc::now().format("fetched %Y-%m-%d").to_string();
    t.wait_for(&now);
    t.send("\u{1b}");
    t.wait_gone("Programmes ·");
    t.send("q");
    t.wait_exit();
}

#[test]
fn with_refresh_minutes_zero_an_old_copy_is_shown_and_not_fetched() {
    let (server, url, home) = serving_the_revision_over_a_3_day_old_copy(Validators::default());
    let mut t = open(&url, &home, "[programme]\nrefresh_minutes = 0\n");
    t.wait_for("copy from 3 days ago");
    t.wait_for(HOUSING);
    t.send("q");
    t.wait_exit();
    assert!(server.seen().is_empty(), "nothing asked of the server");
}

#[test]
fn a_newer_copy_kept_by_another_instance_is_shown_when_the_server_answers_304() {
    let (_, revised) = versions();
    let (server, url, home, mut t) = opened_on_a_server();
    t.wait_for("copy from just now");
    // Another instance following the same address refreshes: the offline copy is the newer one.
    server.publish(revised, "\"v2\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    let limits = whrcf::web::Limits::default();
    let following = whrcf::web::Following { dir: Some(home.path()), limits, progress: None };
    let other = whrcf::web::follow::refresh(&url, whrcf::load::Options::default(), &following).unwrap();
    assert!(matches!(other, whrcf::web::follow::Refreshed::Updated { .. }), "{other:?}");
    // This one asks with the copy's validators, is answered 304, and shows the copy's version.
    t.send("r");
    t.wait_for(REVISED);
    t.wait_for("Newer programme from the web: 6 sessions");
    t.wait_for("± 1 change");
    assert_eq!(server.seen().last().map(|s| s.status), Some(304));
    t.send("q");
    t.wait_exit();
}
