//! `whrcf next` is run again and again by a status bar: the programme file's warnings (a guessed
//! time zone) are printed only with `--verbose`, its errors (sessions left out) always.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

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
