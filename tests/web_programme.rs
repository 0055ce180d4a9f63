//! A programme followed on the web, against a real HTTP server on 127.0.0.1 serving real
//! schedules: the first open fetches and keeps an offline copy, later opens need no server, a
//! refresh is conditional (the server sees the validators and answers 304), and every way a
//! fetch fails is one clear failure naming the address, with the offline copy left byte for byte
//! as it was. No test reaches past this machine.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/http_server.rs"]
mod http_server;

use std::path::Path;
use std::time::Duration;

use http_server::{Behaviour, Server};
use whrcf::load::{LoadError, Options};
use whrcf::web::fetch::Certificate;
use whrcf::web::follow::{self, Origin, Refreshed};
use whrcf::web::{Address, Failure, Following, Limits, offline};

fn following(dir: &Path) -> Following<'_> {
    Following { dir: Some(dir), limits: Limits { total: Duration::from_secs(2), ..Limits::default() }, progress: None }
}

fn copy_bytes(dir: &Path, url: &str) -> Vec<u8> {
    std::fs::read(offline::path(dir, &Address::parse(url).unwrap())).unwrap()
}

fn failure_of(result: Result<impl std::fmt::Debug, LoadError>) -> Failure {
    match result {
        Err(LoadError::Fetch { failure, .. }) => failure,
        other => panic!("expected a failed fetch, got {other:?}"),
    }
}

#[test]
fn the_first_open_fetches_and_keeps_a_copy_and_later_opens_need_no_server() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let url = server.url("/schedule.xml");
    let (fetched, origin) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(origin, Origin::Fetched { not_kept: None, .. }), "{origin:?}");
    assert!(fetched.programme.sessions.len() > 100, "the real DebConf schedule");
    let copy = offline::read(home.path(), &Address::parse(&url).unwrap()).unwrap().unwrap();
    assert_eq!(copy.body, fixtures::schedule_bytes("debconf23.xml"), "the bytes as served");
    assert_eq!(copy.meta.validators.etag.as_deref(), Some("\"v1\""));
    assert_eq!(copy.meta.validators.last_modified.as_deref(), Some("Mon, 30 Nov 2026 00:00:00 GMT"));
    server.stop();
    let (offline, origin) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    assert_eq!(origin, Origin::OfflineCopy { fetched_at: copy.meta.fetched_at });
    assert_eq!(offline.programme.sessions, fetched.programme.sessions);
}

#[test]
fn an_address_with_a_space_and_a_non_ascii_letter_in_its_path_is_fetched_percent_encoded() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("democon.json"));
    let url = server.url("/my sched ü.json");
    let (fetched, origin) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(origin, Origin::Fetched { .. }), "{origin:?}");
    assert!(!fetched.programme.sessions.is_empty());
    let asked: Vec<String> = server.seen().into_iter().map(|s| s.path).collect();
    assert_eq!(asked, ["/my%20sched%20%C3%BC.json"]);
    assert!(Address::parse("http://exa mple.org/x").is_none(), "a space in the host is no address");
}

#[test]
fn a_refresh_sends_the_validators_and_a_304_keeps_the_copy() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("democon.json"));
    let url = server.url("/schedule.json");
    follow::open(&url, Options::default(), &following(home.path())).unwrap();
    let before = copy_bytes(home.path(), &url);
    let outcome = follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(outcome, Refreshed::NotModified { .. }), "{outcome:?}");
    let asked = server.seen().pop().unwrap();
    assert_eq!(asked.headers.get("if-none-match").map(String::as_str), Some("\"v1\""));
    assert_eq!(asked.headers.get("if-modified-since").map(String::as_str), Some("Mon, 30 Nov 2026 00:00:00 GMT"));
    assert_eq!(asked.status, 304);
    assert_eq!(copy_bytes(home.path(), &url), before);

    server.publish(fixtures::schedule_bytes("36c3.json"), "\"v2\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    let outcome = follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    let newer = whrcf::load::from_path(&fixtures::schedule("36c3.json")).unwrap().programme;
    let bytes = fixtures::schedule_bytes("36c3.json").len() as u64;
    let Refreshed::Updated { loaded, bytes: got, first } = outcome else { panic!("not updated: {outcome:?}") };
    assert_eq!((loaded.programme.sessions.len(), got, first), (newer.sessions.len(), bytes, false));
    assert_eq!(loaded.programme.sessions, newer.sessions, "the refresh gives the programme it kept");
    let copy = offline::read(home.path(), &Address::parse(&url).unwrap()).unwrap().unwrap();
    assert_eq!(copy.meta.validators.etag.as_deref(), Some("\"v2\""));
    let (reopened, _) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    assert_eq!(reopened.programme.sessions, newer.sessions);
}

#[test]
fn the_same_file_under_new_validators_is_kept_with_them_so_the_next_refresh_is_a_304() {
    let home = tempfile::tempdir().unwrap();
    let body = fixtures::schedule_bytes("democon.json");
    let server = Server::start(body.clone());
    let url = server.url("/schedule.json");
    follow::open(&url, Options::default(), &following(home.path())).unwrap();
    // Touched on the server: the same bytes, a new ETag and date.
    server.publish(body, "\"v1b\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    let outcome = follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(outcome, Refreshed::NotModified { .. }), "{outcome:?}");
    assert_eq!(server.seen().pop().unwrap().status, 200, "the whole file came once");
    follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    let asked = server.seen().pop().unwrap();
    assert_eq!(asked.headers.get("if-none-match").map(String::as_str), Some("\"v1b\""));
    assert_eq!(asked.status, 304, "then never again");
}

#[test]
fn a_gzipped_answer_is_read_as_the_plain_file() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("kielux2020.ics"));
    let url = server.url("/kielux.ics");
    let (loaded, _) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    let asked = server.seen().pop().unwrap();
    assert!(asked.headers.get("accept-encoding").is_some_and(|e| e.contains("gzip")), "{asked:?}");
    let plain = whrcf::load::from_path(&fixtures::schedule("kielux2020.ics")).unwrap();
    assert_eq!(loaded.programme.sessions, plain.programme.sessions);
    assert!(copy_bytes(home.path(), &url).ends_with(&fixtures::schedule_bytes("kielux2020.ics")), "kept decompressed");
}

#[test]
fn redirects_are_followed_up_to_five_and_a_loop_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    server.route("/old.xml", Behaviour::Redirect("/schedule.xml".into()));
    server.route("/loop.xml", Behaviour::Redirect(server.url("/loop.xml")));
    let (loaded, _) = follow::open(&server.url("/old.xml"), Options::default(), &following(home.path())).unwrap();
    assert!(!loaded.programme.sessions.is_empty());
    let failure = failure_of(follow::open(&server.url("/loop.xml"), Options::default(), &following(home.path())));
    assert_eq!(failure, Failure::TooManyRedirects);
    assert_eq!(server.seen().iter().filter(|s| s.path == "/loop.xml").count(), 6, "the first ask and five redirects");
}

/// After a good first fetch, each failure leaves the copy byte for byte as it was.
#[test]
fn every_failed_refresh_names_what_happened_and_leaves_the_copy_intact() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let url = server.url("/schedule.xml");
    follow::open(&url, Options::default(), &following(home.path())).unwrap();
    let kept = copy_bytes(home.path(), &url);
    // A new version on the server, so that only the failure can keep the old copy in place.
    server.publish(fixtures::schedule_bytes("fosdem-2007.xml"), "\"v2\"", "Tue, 01 Dec 2026 00:00:00 GMT");
    let cases = [
        (Behaviour::Status(404), Failure::Status(404)),
        (Behaviour::Status(500), Failure::Status(500)),
        (Behaviour::LoginPage, Failure::WebPage),
        (Behaviour::Truncate, Failure::Truncated { received: 0 }),
        (Behaviour::Stall, Failure::TimedOut),
        (Behaviour::Redirect("ftp://127.0.0.1/s.xml".into()), Failure::BadRedirect),
    ];
    for (behaviour, expected) in cases {
        server.route("/schedule.xml", behaviour.clone());
        let failure = failure_of(follow::refresh(&url, Options::default(), &following(home.path())));
        match (&failure, &expected) {
            (Failure::Truncated { received }, Failure::Truncated { .. }) => assert!(*received > 0, "{behaviour:?}"),
            _ => assert_eq!(failure, expected, "{behaviour:?}"),
        }
        let said = follow::refresh(&url, Options::default(), &following(home.path())).unwrap_err().to_string();
        assert!(said.starts_with(&format!("{url}: ")), "names the address: {said}");
        assert_eq!(copy_bytes(home.path(), &url), kept, "{behaviour:?} left the copy as it was");
    }
    server.route("/schedule.xml", Behaviour::Serve);
    let tight =
        Following { limits: Limits { max_bytes: 1000, ..following(home.path()).limits }, ..following(home.path()) };
    assert_eq!(failure_of(follow::refresh(&url, Options::default(), &tight)), Failure::TooLarge { max_bytes: 1000 });
    assert_eq!(copy_bytes(home.path(), &url), kept, "a body over the cap left the copy as it was");
    server.stop();
    assert_eq!(failure_of(follow::refresh(&url, Options::default(), &following(home.path()))), Failure::Refused);
    assert_eq!(copy_bytes(home.path(), &url), kept, "a refused connection left the copy as it was");
    let (offline, origin) = follow::open(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(origin, Origin::OfflineCopy { .. }) && !offline.programme.sessions.is_empty());
}

#[test]
fn a_first_open_that_fails_keeps_nothing() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    server.route("/login.xml", Behaviour::LoginPage);
    let url = server.url("/login.xml");
    assert_eq!(failure_of(follow::open(&url, Options::default(), &following(home.path()))), Failure::WebPage);
    assert!(!offline::path(home.path(), &Address::parse(&url).unwrap()).exists());
}

#[test]
fn a_refresh_with_no_copy_fetches_and_keeps_one() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("democon.json"));
    let url = server.url("/democon.json");
    let outcome = follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(outcome, Refreshed::Updated { first: true, .. }), "{outcome:?}");
    assert!(!server.seen()[0].headers.contains_key("if-none-match"), "nothing to compare with: no validators");
    let again = follow::refresh(&url, Options::default(), &following(home.path())).unwrap();
    assert!(matches!(again, Refreshed::NotModified { .. }), "{again:?}");
}

#[test]
fn a_body_over_the_cap_is_refused_even_when_compressed() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let tight = Following { limits: Limits { max_bytes: 4096, ..Limits::default() }, ..following(home.path()) };
    let failure = failure_of(follow::open(&server.url("/s.xml"), Options::default(), &tight));
    assert_eq!(failure, Failure::TooLarge { max_bytes: 4096 });
    assert!(server.seen()[0].headers.get("accept-encoding").is_some_and(|e| e.contains("gzip")), "it was gzipped");
}

#[test]
fn a_certificate_no_authority_signed_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start_tls(fixtures::schedule_bytes("debconf23.xml"));
    let failure = failure_of(follow::open(&server.url("/schedule.xml"), Options::default(), &following(home.path())));
    assert_eq!(failure, Failure::Certificate(Certificate::UnknownIssuer));
}

#[test]
fn a_hostile_address_is_refused_and_never_echoed_raw() {
    let home = tempfile::tempdir().unwrap();
    let raw = "https://127.0.0.1:9/\x1b]8;;evil\x07x.xml";
    let e = follow::open(raw, Options::default(), &following(home.path())).unwrap_err();
    assert!(matches!(e, LoadError::Fetch { failure: Failure::ControlInAddress, .. }), "{e:?}");
    let said = e.to_string();
    assert!(!said.contains('\x1b') && !said.contains('\x07'), "{said:?}");
    assert!(said.contains("\\u{1b}]8;;evil") && said.contains("contains control characters"), "{said:?}");
    let e = follow::open("ftp://127.0.0.1/s.xml", Options::default(), &following(home.path())).unwrap_err();
    assert!(e.to_string().contains("only http:// and https://"), "{e}");
}

#[test]
fn the_command_line_opens_an_address_and_refreshes_it() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let url = server.url("/schedule.xml");
    // A proxy in the environment is not asked for this machine's own addresses (none listens there).
    let listed = cli::whrcf_at(home.path())
        .args(["--programme", &url, "list"])
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("http_proxy", "http://127.0.0.1:9")
        .output()
        .unwrap();
    assert!(listed.status.success(), "{listed:?}");
    let stderr = String::from_utf8_lossy(&listed.stderr);
    assert!(stderr.contains(&format!("fetched {url}: ")) && stderr.contains("/s"), "a progress line: {stderr}");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("DebConf"), "the sessions are listed");
    let refreshed = cli::whrcf_at(home.path()).args(["refresh", &url]).output().unwrap();
    assert!(refreshed.status.success());
    assert!(String::from_utf8_lossy(&refreshed.stdout).starts_with(&format!("{url}: not modified")));
    server.route("/schedule.xml", Behaviour::Status(404));
    let failed = cli::whrcf_at(home.path()).args(["refresh", "--programme", &url]).output().unwrap();
    assert_eq!(failed.status.code(), Some(2));
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(said.contains("404 Not Found") && said.contains("the offline copy of"), "{said}");
    server.stop();
    let offline = cli::whrcf_at(home.path()).args(["--programme", &url, "list"]).output().unwrap();
    assert_eq!(offline.stdout, listed.stdout, "the server is gone: the same list from the offline copy");
    let file = cli::whrcf_at(home.path()).args(["refresh", "tests/fixtures/schedules/debconf23.xml"]).output().unwrap();
    assert_eq!(file.status.code(), Some(2));
}

#[test]
fn a_hostile_schedule_from_a_server_is_read_and_neutralised_as_the_same_file_is() {
    let home = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/osc-and-huge-duration.xml");
    let server = Server::start(std::fs::read(&file).unwrap());
    let url = server.url("/hostile.xml");
    let fetched = cli::whrcf_at(home.path()).args(["--programme", &url, "list"]).output().unwrap();
    let local = cli::whrcf_at(home.path()).args(["--programme", file.to_str().unwrap(), "list"]).output().unwrap();
    assert_eq!(fetched.status.code(), local.status.code());
    assert_eq!(fetched.stdout, local.stdout, "the same sessions, neutralised the same way");
    for stream in [&fetched.stdout, &fetched.stderr] {
        assert!(!stream.contains(&0x1b) && !stream.contains(&0x07), "{}", String::from_utf8_lossy(stream));
    }
    let warned = String::from_utf8_lossy(&fetched.stderr);
    assert!(warned.contains(&format!("{url}: ")), "its warnings name the address: {warned}");
}

#[test]
fn a_served_text_in_no_format_names_the_formats_the_address_and_the_content_type() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(Vec::new());
    let markdown = b"# DemoCon 2026\n\nThe schedule will be published here soon.\n".to_vec();
    server.route("/schedule", Behaviour::Text { content_type: "text/markdown; charset=utf-8".into(), body: markdown });
    let url = server.url("/schedule");
    let out = cli::whrcf_at(home.path()).args(["--programme", &url, "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains(&format!("{url}: the server's file is not a programme in any format whrcf reads")), "{said}");
    assert!(said.contains("frab/Pentabarf XML") && said.contains("sent as text/markdown; charset=utf-8"), "{said}");
    assert!(!said.contains("TOML:") && !said.contains("expected `=`"), "not a TOML error: {said}");
}

#[test]
fn a_command_reading_the_offline_copy_says_which_copy_on_one_line() {
    let home = tempfile::tempdir().unwrap();
    let server = Server::start(fixtures::schedule_bytes("debconf23.xml"));
    let url = server.url("/schedule.xml");
    let first = cli::whrcf_at(home.path()).args(["--programme", &url, "list"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&first.stderr).contains("from the offline copy"), "fetched now");
    server.stop();
    let again = cli::whrcf_at(home.path()).args(["--programme", &url, "list"]).output().unwrap();
    assert!(again.status.success());
    let said = String::from_utf8_lossy(&again.stderr);
    let lines: Vec<&str> = said.lines().filter(|l| l.contains("offline copy")).collect();
    assert_eq!(lines.len(), 1, "{said}");
    assert!(lines[0].starts_with(&format!("whrcf: from the offline copy of {url} fetched at 20")), "{said}");
    assert!(lines[0].contains(" UTC"), "{said}");
}
