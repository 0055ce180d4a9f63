//! `whrcf export programme` as a real process: HTML, Markdown and iCalendar of a real schedule
//! (FOSDEM 2020) and of a bundled edition, on standard output or written to `--output FILE`; the
//! calendar read back by an independent parser (the `icalendar` crate).

#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use std::path::Path;

use predicates::prelude::*;

/// The whole output of `whrcf ARGS… export programme --format FORMAT`, which must succeed.
fn export(args: &[&str], format: &str) -> String {
    let out = cli::whrcf().args(args).args(["export", "programme", "--format", format]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn fosdem() -> String {
    fixtures::schedule("fosdem-2020.xml").display().to_string()
}

#[test]
fn html_of_a_real_schedule_has_both_days_every_session_and_its_zone() {
    let page = export(&["--programme", &fosdem()], "html");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.ends_with("</html>\n"));
    assert!(page.contains("<h1>FOSDEM 2020</h1>"));
    assert!(page.contains("<p class=\"zone\">Times: forum time: CET (Europe/Brussels)"));
    assert!(page.contains("<h2 id=\"day-2020-02-01-heading\">Saturday 01 February 2020</h2>"));
    assert!(page.contains("<h2 id=\"day-2020-02-02-heading\">Sunday 02 February 2020</h2>"));
    assert_eq!(page.matches("<article class=\"session\">").count(), 872, "every session of FOSDEM 2020");
    // The first session of the programme opens the first day, with its room and speaker.
    let first = page.split("<article class=\"session\">").nth(1).unwrap();
    assert!(first.contains("09:30–09:55 CET</span> · <span class=\"title\">Welcome to FOSDEM 2020</span>"), "{first}");
    assert!(first.contains("<dt>Room</dt><dd>Janson</dd>") && first.contains("<dd>FOSDEM Staff</dd>"), "{first}");
}

#[test]
fn times_follow_tz() {
    let page = export(&["--edition", "2021", "--tz", "UTC"], "html");
    assert!(page.contains("<p class=\"zone\">Times: UTC</p>"));
    assert!(page.contains("01:00–07:00 UTC</span> · <span class=\"title\">Human Rights Paper Presentation"), "{page}");
}

#[test]
fn markdown_of_a_bundled_edition() {
    let md = export(&["--edition", "2021"], "md");
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("\n## Days\n\n- [Wednesday 06 October 2021](#wednesday-06-october-2021) · "), "{md}");
    assert!(md.contains("\n## Friday 08 October 2021\n"));
    assert!(md.contains("· Human Rights Paper Presentation\n"), "{md}");
}

#[test]
fn ics_of_a_bundled_edition_reads_back_with_the_agendas_uids() {
    let out = cli::whrcf()
        .args(["--edition", "2021", "--now", "2026-11-22T09:00:00Z", "export", "programme", "--format", "ics"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let ics = String::from_utf8(out.stdout).unwrap();
    let calendar: icalendar::Calendar = ics.parse().unwrap_or_else(|e| panic!("icalendar could not parse it: {e}"));
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    use icalendar::Component;
    let uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    assert!(uids.contains(&"2021-paper-presentation@whrcf-2021.whrcf"), "{uids:?}");
    assert!(uids.contains(&"2021-refugees@whrcf-2021.whrcf"));
    // The sessions without a time are left out, and counted on standard error.
    assert!(!uids.contains(&"2021-peace@whrcf-2021.whrcf"));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("sessions without a published time (a calendar event needs one)"), "{stderr}");
}

#[test]
fn output_writes_the_file_whole_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("programme.html");
    std::fs::write(&file, "an older export").unwrap();
    cli::whrcf()
        .args(["--programme", &fosdem(), "export", "programme", "--format", "html", "--output"])
        .arg(&file)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(format!("wrote {} (872 sessions of FOSDEM 2020)", file.display())));
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    let names: Vec<_> = std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, [Path::new("programme.html").as_os_str()], "no temporary file left beside it");
}

#[test]
fn a_directory_as_output_is_refused() {
    let d = tempfile::tempdir().unwrap();
    cli::whrcf()
        .args(["--edition", "2021", "export", "programme", "--format", "md", "--output"])
        .arg(d.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write"));
}

#[test]
fn one_edition_at_a_time() {
    cli::whrcf()
        .args(["--edition", "all", "export", "programme", "--format", "html"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("`export` works on one edition"));
}

#[test]
fn an_ics_written_to_a_file_counts_its_events_and_the_sessions_left_out() {
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("w.ics");
    let out = cli::whrcf()
        .args(["--edition", "2021", "--now", "2026-11-22T09:00:00Z", "export", "programme", "--format", "ics", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let events = std::fs::read_to_string(&file).unwrap().matches("BEGIN:VEVENT").count();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let said = format!("wrote {} ({events} events of WHRCF 2021, 26 left out)", file.display());
    assert!(stderr.contains(&said), "{said:?} in {stderr}");
}
