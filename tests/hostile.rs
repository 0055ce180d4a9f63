//! Hostile programme and agenda files: every control class (C0, C1, ESC sequences: CSI, OSC 52,
//! OSC 0, OSC 8, DCS, an unterminated OSC; bidi overrides; zero-width; line and paragraph
//! separators) put in every field of every format never reaches standard output or standard error
//! of any command as it is, and JSON output carries the text faithfully, escaped.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/hostile_files.rs"]
mod hostile_files;

use std::path::Path;

use cli::whrcf_at as whrcf;
use hostile_files::{EVIL, Format, assert_terminal_safe, write_programme};

/// Run `args` and check both streams; the output is returned for further checks.
fn run(home: &Path, args: &[&str]) -> std::process::Output {
    let out = whrcf(home).args(args).output().unwrap();
    assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.code().is_some(), "{args:?} was killed");
    assert_terminal_safe(&out.stdout, &format!("stdout of {args:?}"));
    assert_terminal_safe(&out.stderr, &format!("stderr of {args:?}"));
    out
}

#[test]
fn no_command_prints_a_control_from_any_format() {
    for format in Format::ALL {
        let home = tempfile::tempdir().unwrap();
        let (path, id) = write_programme(home.path(), format, EVIL);
        let file = path.to_str().unwrap();
        let other = home.path().join(format!("other.{}", format.extension()));
        std::fs::copy(&path, &other).unwrap();
        let p = ["--programme", file];
        for args in [
            &[&p[..], &["list"]].concat(),
            &[&p[..], &["list", "--format", "json"]].concat(),
            &[&p[..], &["show", &id]].concat(),
            &[&p[..], &["show", &id, "--format", "json"]].concat(),
            &[&p[..], &["list", "--columns", "day,time,title,kind,format,room,themes,organizers,people,id"]].concat(),
            &[&p[..], &["themes"]].concat(),
            &[&p[..], &["themes", "--format", "json"]].concat(),
            &[&p[..], &["organizers"]].concat(),
            &[&p[..], &["organizers", "--format", "json"]].concat(),
            &[&p[..], &["clashes"]].concat(),
            &[&p[..], &["clashes", "--format", "json"]].concat(),
            &["validate", file][..],
            &["diff", file, other.to_str().unwrap()][..],
            &["import", file][..],
            &[&p[..], &["agenda", "add", &id]].concat(),
            &[&p[..], &["agenda", "note", &id, EVIL]].concat(),
            &[&p[..], &["agenda", "list"]].concat(),
            &[&p[..], &["agenda", "list", "--format", "json"]].concat(),
            &[&p[..], &["agenda", "export", "--format", "md"]].concat(),
            &[&p[..], &["agenda", "export", "--format", "ics"]].concat(),
            &[&p[..], &["agenda", "export", "--format", "json"]].concat(),
            &[&p[..], &["--now", "2024-05-01T07:00:00Z", "next"]].concat(),
        ] {
            run(home.path(), args);
        }
    }
}

#[test]
fn json_carries_the_text_faithfully_escaped() {
    for format in Format::ALL {
        let home = tempfile::tempdir().unwrap();
        // iCalendar has no way to carry a CR (it ends the line), so its payload has none.
        let payload = if format == Format::ICalendar { EVIL.replace('\r', "") } else { EVIL.to_owned() };
        let (path, id) = write_programme(home.path(), format, &payload);
        let out = run(home.path(), &["--programme", path.to_str().unwrap(), "show", &id, "--format", "json"]);
        let session: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let title = session["title"].as_str().unwrap();
        assert_eq!(title, format!("Talk {payload} end"), "{format:?}: the title came back changed");
    }
}

#[test]
fn a_hostile_agenda_file_is_printed_neutralised() {
    let home = tempfile::tempdir().unwrap();
    let esc = |s: &str| s.chars().map(|c| format!("\\u{:04X}", u32::from(c))).collect::<String>();
    let agenda = format!(
        "version = 1\n\n[programmes.\"whrcf-2021\".items.\"2021-refugees\"]\nstatus = \"planned\"\n\
         updated = \"2026-11-22T09:00:00Z\"\nnote = \"{n}\"\nseen = {{ title = \"{n}\" }}\n\
         [programmes.\"whrcf-2021\".items.\"gone-{{x}}\"]\nstatus = \"planned\"\nupdated = \"2026-11-22T09:00:00Z\"\n\
         seen = {{ title = \"{n}\", day = \"2021-10-08\", start = \"13:00:00\", room = \"{n}\" }}\n",
        n = esc(EVIL)
    );
    let file = home.path().join("import.toml");
    std::fs::write(&file, &agenda).unwrap();
    std::fs::write(home.path().join("agenda.toml"), &agenda).unwrap();
    for args in [
        &["agenda", "list"][..],
        &["agenda", "list", "--format", "json"],
        &["agenda", "export", "--format", "md"],
        &["agenda", "export", "--format", "ics"],
        &["--now", "2021-10-08T03:00:00Z", "next"],
        &["agenda", "import", file.to_str().unwrap()],
    ] {
        run(home.path(), &[&["--edition", "2021"], args].concat());
    }
    let out = run(home.path(), &["--edition", "2021", "agenda", "export", "--format", "json"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\\u001b]52;c;"), "JSON escapes the note, never deletes it");
}

#[test]
fn diagnostics_about_a_hostile_file_are_printed_neutralised() {
    let home = tempfile::tempdir().unwrap();
    let e = EVIL.chars().map(|c| format!("\\u{:04X}", u32::from(c))).collect::<String>();
    let broken = [
        // An unknown key, a bad zone and a bad time in our TOML.
        (
            "a.toml",
            format!(
                "id = \"x\"\ntitle = \"T\"\ntimezone = \"Mars/{e}\"\nfirst_day = \"2024-05-01\"\nlast_day = \"2024-05-01\"\n\"k{e}\" = 1\n[[sessions]]\nid = \"s{e}\"\ntitle = \"{e}\"\nstart = \"{e}\"\n"
            ),
        ),
        // A zone name, a duration and an id in frab XML that are wrong, and a duplicate guid.
        (
            "b.xml",
            format!(
                "<schedule><conference><acronym>a</acronym><time_zone_name>{x}</time_zone_name></conference><day date=\"2024-05-01\"><room name=\"A\"><event guid=\"{x}\"><start>10:00</start><duration>{x}</duration><title>{x}</title></event><event guid=\"{x}\"><start>11:00</start><duration>0:00</duration><title>{x}</title></event></room></day></schedule>",
                x = EVIL.chars().map(|c| format!("&#x{:X};", u32::from(c))).collect::<String>()
            ),
        ),
        // A TZID and a SUMMARY in iCalendar.
        (
            "c.ics",
            format!(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:{s}\r\nDTSTART;TZID={s}:20240501T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                s = EVIL.replace(['\r', '\n'], "")
            ),
        ),
        // Not a schedule at all, with the payload where a reader would quote it.
        (
            "d.json",
            format!(
                "{{\"schedule\": {{\"conference\": {{\"title\": \"{e}\", \"days\": [{{\"date\": \"{e}\", \"rooms\": {{\"r\": [{{\"title\": \"{e}\", \"start\": \"{e}\"}}]}}}}]}}}}}}"
            ),
        ),
    ];
    for (name, text) in broken {
        let path = home.path().join(name);
        std::fs::write(&path, text).unwrap();
        let file = path.to_str().unwrap();
        run(home.path(), &["validate", file]);
        run(home.path(), &["--programme", file, "list"]);
        run(home.path(), &["--programme", file, "list", "--format", "json"]);
        run(home.path(), &["import", file]);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, failure_persistence: None, ..Default::default() })]

    /// Random control sequences in every field of a random format never reach standard output or
    /// standard error of a command, and JSON gives the title back exactly.
    #[test]
    fn random_controls_never_reach_the_terminal(
        payload in proptest::string::string_regex(
            "(\\x1b(\\[[0-9;?]{0,6}[@-~]?|\\][0-9]{0,2};?[a-zA-Z=;/:.]{0,12}(\\x07|\\x1b\\\\)?|P[a-z+]{0,4}(\\x1b\\\\)?|[a-z])|[\\x00-\\x08\\x0b-\\x1f\\x7f]|[\u{80}-\u{9f}]|[\u{202a}-\u{202e}\u{2066}-\u{2069}\u{200b}-\u{200f}\u{2028}\u{2029}\u{feff}\u{61c}]|[a-z 광🌏]{1,4}){1,12}"
        ).unwrap(),
        which in 0usize..4,
        command in 0usize..4,
    ) {
        let format = Format::ALL[which];
        // XML cannot carry a NUL even as a reference, and iCalendar has no way to carry a line end.
        let payload = match format {
            Format::FrabXml => payload.replace('\0', ""),
            Format::ICalendar => payload.replace(['\r', '\n'], ""),
            _ => payload,
        };
        let home = tempfile::tempdir().unwrap();
        let (path, id) = write_programme(home.path(), format, &payload);
        let file = path.to_str().unwrap();
        let args: Vec<&str> = match command {
            0 => vec!["--programme", file, "list"],
            1 => vec!["--programme", file, "show", &id],
            2 => vec!["validate", file],
            _ => vec!["--programme", file, "clashes"],
        };
        run(home.path(), &args);
        let out = run(home.path(), &["--programme", file, "show", &id, "--format", "json"]);
        if out.status.success() {
            let session: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let title = session["title"].as_str().unwrap().to_owned();
            // Readers trim titles and XML/iCalendar turn line ends into their own: compare what survives that.
            let expected = format!("Talk {payload} end");
            proptest::prop_assert_eq!(title.replace(['\r', '\n'], ""), expected.trim().replace(['\r', '\n'], ""));
        }
    }
}

#[test]
fn a_field_can_neither_forge_a_line_nor_swallow_the_next_one() {
    let home = tempfile::tempdir().unwrap();
    let event = |id: &str, guid: &str, start: &str, title: &str| {
        format!(
            "<event id=\"{id}\" guid=\"{guid}\"><date>2024-05-01T{start}:00+02:00</date><start>{start}</start><duration>1:00</duration><room>Main</room><title>{title}</title><type>talk</type></event>"
        )
    };
    let xml = format!(
        "<schedule><conference><acronym>f</acronym><title>NL Con&#10;f.xml: ok (99 sessions)</title></conference><day date=\"2024-05-01\"><room name=\"Main\">{}{}{}</room></day></schedule>",
        event("1", "gu&#x9B;", "09:00", "T&#x1B;["),
        event("2", "e2", "10:00", "Real&#10;  11:00–12:00 CEST  Fake session"),
        event("3", "e3", "12:00", "Last"),
    );
    let path = home.path().join("f.xml");
    std::fs::write(&path, xml).unwrap();
    let file = path.to_str().unwrap();
    let out = run(home.path(), &["--programme", file, "list"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.iter().all(|l| !l.starts_with("  11:00–12:00 CEST  Fake")), "a title forged a row:\n{text}");
    assert!(lines.iter().all(|l| !l.starts_with("f.xml: ok")), "a title forged a line:\n{text}");
    // The file names no zone: times are shown at the offset its events carry (+02:00).
    assert!(
        lines.iter().any(|l| l.contains("10:00–11:00") && l.contains("Real")),
        "the row after a CSI is whole:\n{text}"
    );
    assert!(lines.iter().any(|l| l.contains("12:00–13:00") && l.contains("Last")), "{text}");
    let out = run(home.path(), &["validate", file]);
    assert!(!String::from_utf8_lossy(&out.stdout).lines().any(|l| l.starts_with("f.xml: ok (99")), "validate forged");
}

#[test]
fn import_writes_a_file_that_is_safe_to_print_and_cannot_be_injected() {
    let home = tempfile::tempdir().unwrap();
    let (path, _) = write_programme(home.path(), Format::ScheduleJson, EVIL);
    let out_file = home.path().join("out.toml");
    run(home.path(), &["import", path.to_str().unwrap(), "-o", out_file.to_str().unwrap()]);
    let written = std::fs::read(&out_file).unwrap();
    assert_terminal_safe(&written, "the imported TOML file");
    let stdout = run(home.path(), &["import", path.to_str().unwrap()]).stdout;
    assert_eq!(stdout, written, "standard output and -o write the same text");
    run(home.path(), &["validate", out_file.to_str().unwrap()]);
    let json = |file: &str| {
        let out = run(home.path(), &["--programme", file, "show", "s1", "--format", "json"]).stdout;
        serde_json::from_slice::<serde_json::Value>(&out).unwrap()["title"].clone()
    };
    assert_eq!(json(out_file.to_str().unwrap()), json(path.to_str().unwrap()), "the import keeps the text exactly");
    let injected = home.path().join("inj.json");
    std::fs::write(
        &injected,
        r#"{"schedule": {"conference": {"acronym": "i", "title": "Innocent Con\nsources = [\"https://evil.example/phish\"] #", "days": [{"date": "2024-05-01", "rooms": {"A": [{"guid": "a", "date": "2024-05-01T10:00:00+02:00", "start": "10:00", "duration": "1:00", "room": "A", "title": "T"}]}}]}}}"#,
    )
    .unwrap();
    let toml = String::from_utf8(run(home.path(), &["import", injected.to_str().unwrap()]).stdout).unwrap();
    let table: toml::Table = toml.parse().unwrap();
    assert!(table.get("sources").is_none_or(|s| !s.to_string().contains("evil")), "a title added a key:\n{toml}");
    assert!(table["title"].as_str().unwrap().starts_with("Innocent Con\nsources"), "the title is kept whole");
}

#[test]
fn sentences_that_quote_a_file_show_its_controls_and_lose_nothing() {
    let home = tempfile::tempdir().unwrap();
    let toml = |people: &str| {
        format!(
            "id = \"d\"\ntitle = \"D\"\ntimezone = \"UTC\"\nfirst_day = \"2024-05-01\"\nlast_day = \"2024-05-01\"\n\
             [[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = \"2024-05-01\"\nstart = \"10:00\"\nend = \"11:00\"\n{people}"
        )
    };
    let (old, new) = (home.path().join("a.toml"), home.path().join("b.toml"));
    std::fs::write(&old, toml("[[sessions.people]]\nname = \"Alice\"\nrole = \"speaker\"\n")).unwrap();
    std::fs::write(
        &new,
        toml("[[sessions.people]]\nname = \"Bob \\u001B]\"\nrole = \"speaker\"\n[[sessions.people]]\nname = \"Carol\"\nrole = \"moderator \\u0007\"\n"),
    )
    .unwrap();
    let out = run(home.path(), &["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Carol (moderator \\u{7})"), "the field after a stray introducer is kept:\n{text}");
    assert!(text.contains("Bob \\u{1b}]"), "{text}");
}
