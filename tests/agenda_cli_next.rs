//! `whrcf next` from the command line, as real processes: the agenda session on now or next, cut
//! to a status bar's width, a session without an end kept on now until the next one starts, and
//! quiet when a status bar runs it again and again: the programme file's warnings (a guessed time
//! zone) only with `--verbose`, its errors (sessions left out) always.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use std::path::Path;

use assert_cmd::Command;
use cli::whrcf_on;

/// `whrcf --edition 2021`, the edition these agendas are made of, with `data` as its config and
/// data directory.
fn whrcf(data: &Path) -> Command {
    whrcf_on(data, "2021")
}
#[test]
fn next_names_the_next_session() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-right-to-food", "2021-unesco-apcad"]).assert().success();
    whrcf(d.path())
        .args(["--now", "2021-10-07T12:35:00+09:00", "next"])
        .assert()
        .success()
        .stdout("in 25 min: UNESCO APCAD Meeting (Thu 13:00 KST)\n");
    whrcf(d.path())
        .args(["--now", "2021-10-07T14:00:00+09:00", "next"])
        .assert()
        .success()
        .stdout("now: UNESCO APCAD Meeting until 15:00\n");
    whrcf(d.path()).args(["--now", "2022-01-01T00:00:00Z", "next"]).assert().success().stdout("");
}

#[test]
fn next_fits_a_status_bar_of_max_width_columns() {
    let d = tempfile::tempdir().unwrap();
    whrcf(d.path()).args(["agenda", "add", "2021-unesco-apcad"]).assert().success();
    let next = |width: &str| {
        let out = whrcf(d.path()).args(["--now", "2021-10-07T12:35:00+09:00", "next", "--max-width", width]).output();
        String::from_utf8(out.unwrap().stdout).unwrap()
    };
    assert_eq!(next("20"), "in 25 min: UNESCO A…\n");
    assert_eq!(next("80"), "in 25 min: UNESCO APCAD Meeting (Thu 13:00 KST)\n", "a line that fits is whole");
}

#[test]
fn next_keeps_a_session_without_an_end_on_now_until_the_next_one_or_the_day_is_over() {
    let d = tempfile::tempdir().unwrap();
    let programme = d.path().join("open-end.toml");
    std::fs::write(
        &programme,
        "id = \"open-end\"\ntitle = \"Open End\"\ntimezone = \"Asia/Seoul\"\nfirst_day = \"2030-05-06\"\nlast_day = \"2030-05-06\"\n\n\
         [[sessions]]\nid = \"talk\"\ntitle = \"Talk without an end\"\ndate = \"2030-05-06\"\nstart = \"10:00\"\n\n\
         [[sessions]]\nid = \"later\"\ntitle = \"Later talk\"\ndate = \"2030-05-06\"\nstart = \"14:00\"\nend = \"15:00\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut cmd = cli::whrcf_at(d.path());
        cmd.arg("--programme").arg(&programme).args(args);
        cmd
    };
    run(&["agenda", "add", "talk", "later"]).assert().success();
    run(&["--now", "2030-05-06T10:30:00+09:00", "next"]).assert().success().stdout("now: Talk without an end\n");
    run(&["--now", "2030-05-06T13:30:00+09:00", "next"]).assert().success().stdout("now: Talk without an end\n");
    run(&["--now", "2030-05-06T14:10:00+09:00", "next"]).assert().success().stdout("now: Later talk until 15:00\n");
}

/// The standard error of `whrcf --programme FILE next`, which must succeed.
fn next(home: &std::path::Path, file: &std::path::Path, verbose: bool) -> String {
    let mut cmd = cli::whrcf_at(home);
    cmd.arg("--programme").arg(file).arg("next");
    if verbose {
        cmd.arg("--verbose");
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn next_prints_load_warnings_only_with_verbose_and_errors_always() {
    let home = tempfile::tempdir().unwrap();
    let fosdem = fixtures::schedule("fosdem-2020.xml");
    assert_eq!(next(home.path(), &fosdem, false), "", "no zone warning on every call");
    assert!(next(home.path(), &fosdem, true).contains("warning: no time zone in the file"));
    let broken = home.path().join("broken.xml");
    std::fs::write(
        &broken,
        r#"<schedule><conference><title>T</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
<day date="2030-05-06" index="1"><room name="A">
<event guid="a"><date>2030-05-06T10:00:00+02:00</date><start>10:00</start><duration>01:00</duration><title>Good</title></event>
<event guid="b"><date>not a date</date><start>xx</start><duration>01:00</duration><title>Bad</title></event>
</room></day></schedule>"#,
    )
    .unwrap();
    assert!(next(home.path(), &broken, false).contains("error: session `b`: event skipped"));
}
