//! End-to-end: what is hidden stays hidden after a restart, and `o` hands the selected
//! session's web page to the browser (here a script named by `WHRCF_BROWSER` that writes down
//! what it was given), never an address that is not http(s).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::Pty;

/// The small programme with a web page on the opening and a `javascript:` source on the next
/// session, written to `dir`; the arguments that open it.
fn programme(dir: &Path) -> [String; 2] {
    let mut p = whrcf::sample::programme();
    p.sessions[0].sources = vec!["https://example.org/opening".into()];
    p.sessions[1].sources = vec!["javascript:alert(1)".into()];
    let path = dir.join("programme.toml");
    std::fs::write(&path, whrcf::load::to_toml(&p).unwrap()).unwrap();
    [format!("--programme={}", path.display()), format!("--now={}", whrcf::sample::NOW)]
}

#[test]
fn o_opens_the_session_page_with_the_browser_and_refuses_other_addresses() {
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(&browser, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", opened.display())).unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let args = programme(dir.path());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut t = Pty::spawn_env(&args, &[("WHRCF_BROWSER", browser.to_str().unwrap())], 200, 50);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    // The second session first: its only source is not a web address.
    t.send("j");
    t.wait_for("javascript:alert(1)");
    t.send("o");
    t.wait_for("no web page");
    t.send("k");
    t.wait_for("https://example.org/opening");
    // Where it is shown, the page is a terminal hyperlink (OSC 8) around the text drawn.
    t.wait_raw_since(0, "\u{1b}]8;;https://example.org/opening\u{1b}\\https://example.org/opening\u{1b}]8;;\u{1b}\\");
    t.send("o");
    t.wait_for("Opening https://example.org/opening");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    // The script runs beside the app: wait for what it writes down.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !std::fs::read_to_string(&opened).is_ok_and(|s| s.ends_with('\n')) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(std::fs::read_to_string(&opened).unwrap(), "https://example.org/opening\n", "opened once, that page");
}

#[test]
fn a_hidden_session_stays_hidden_after_a_restart_until_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    let args = programme(dir.path());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let data = [("WHRCF_DATA_DIR", dir.path().to_str().unwrap())];
    let mut t = Pty::spawn_env(&args, &data, 100, 30);
    t.wait_for("Housing as a Human Right");
    t.send("jH");
    t.wait_for("Hidden: Housing as a Human Right");
    t.wait_for("hidden: 1");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    assert!(std::fs::read_to_string(dir.path().join("hidden.toml")).unwrap().contains("\"housing\""));
    let mut t = Pty::spawn_env(&args, &data, 100, 30);
    t.wait_for("hidden: 1");
    t.wait_for("Mon 06 (2)");
    assert!(!t.screen().contains("Housing as a Human Right"), "{}", t.screen());
    t.send("U");
    t.wait_for("hidden: 1 (shown)");
    t.wait_for("Housing as a Human Right");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
