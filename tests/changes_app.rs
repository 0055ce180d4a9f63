//! End-to-end: a programme followed on the web is opened in the app (nothing is marked the first
//! time), the publisher moves one talk and cancels another, `whrcf refresh` fetches the new
//! version, and the app opened again marks the moved talk and lists the move and the cancellation
//! on its Changes screen.

#[path = "common/cli.rs"]
mod cli;
mod common;
#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/http_server.rs"]
mod http_server;

use common::Pty;
use http_server::Server;

/// DebConf 23 as published later: the Opening Ceremony moved from 10:30 to 12:00 (IST) and the
/// Continuous Key-Signing Party introduction (event 211) taken out.
fn later(original: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(original.to_vec()).unwrap();
    let opening = "<date>2023-09-10T05:00:00+00:00</date>\n                    <start>10:30</start>";
    assert!(text.contains(opening), "the fixture's opening is where the test expects it");
    let moved =
        text.replacen(opening, "<date>2023-09-10T06:30:00+00:00</date>\n                    <start>12:00</start>", 1);
    let start = moved.find("<event id=\"211\"").unwrap();
    let end = start + moved[start..].find("</event>").unwrap() + "</event>".len();
    format!("{}{}", &moved[..start], &moved[end..]).into_bytes()
}

/// The screen's line holding `text`.
fn line_of<'a>(screen: &'a str, text: &str) -> Option<&'a str> {
    screen.lines().find(|l| l.contains(text))
}

#[test]
fn a_refreshed_programme_marks_what_moved_and_lists_what_was_cancelled() {
    let data = tempfile::tempdir().unwrap();
    let original = fixtures::schedule_bytes("debconf23.xml");
    let server = Server::start(original.clone());
    let url = server.url("/schedule.xml");
    let env = [("WHRCF_DATA_DIR", data.path().to_str().unwrap())];
    let args = ["--programme", url.as_str(), "--tz", "UTC"];

    let mut first = Pty::spawn_env(&args, &env, 200, 50);
    first.wait_for("Opening Ceremony");
    let screen = first.screen();
    assert!(!screen.contains("± "), "the first look marks nothing:\n{screen}");
    assert!(!line_of(&screen, "Opening Ceremony").unwrap().contains('»'), "{screen}");
    first.send("q");
    first.wait_exit();

    server.publish(later(&original), "\"v2\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    let refreshed = cli::whrcf_at(data.path()).args(["refresh", &url]).output().unwrap();
    assert!(refreshed.status.success(), "{}", String::from_utf8_lossy(&refreshed.stderr));

    let mut again = Pty::spawn_env(&args, &env, 200, 50);
    again.wait_screen("the moved talk marked", |s| {
        line_of(s, "Opening Ceremony").is_some_and(|l| l.contains("» 06:30"))
    });
    again.wait_for("± 2 changes");
    again.send("C");
    again.wait_for("Changes since you last looked · 2 changes");
    // The whole frame drawn, not only its first rows.
    again.wait_for("× Continuous Key-Signing Party introduction");
    let screen = again.screen();
    let moved = line_of(&screen, "» Opening Ceremony").unwrap_or_else(|| panic!("{screen}"));
    // What changed is said in the programme's own times, as `whrcf diff` says it.
    assert!(moved.contains("was Sun 2023-09-10 10:30–10:50, now Sun 2023-09-10 12:00–12:20"), "{moved}");
    let cancelled =
        line_of(&screen, "× Continuous Key-Signing Party introduction").unwrap_or_else(|| panic!("{screen}"));
    assert!(cancelled.contains("cancelled"), "{cancelled}");
    assert!(screen.find("Moved · 1 session") < screen.find("Cancelled · 1 session"), "{screen}");
    again.send("q");
    again.wait_exit();
}
