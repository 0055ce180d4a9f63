//! Hostile and damaged files at load: huge durations and dates never panic and skip only what is
//! wrong, with a located warning; declared date ranges cost nothing; cut files, byte-order marks
//! and stray invalid bytes are reported, never silently lost or needlessly refused.

#[path = "common/fixtures.rs"]
mod fixtures;

use whrcf::load::{self, LoadError, Loaded, Options};

fn load(name: &str, text: &[u8]) -> Result<Loaded, LoadError> {
    load::from_bytes(text, name, Options::default())
}

fn warnings(l: &Loaded) -> Vec<String> {
    l.warnings.iter().map(ToString::to_string).collect()
}

fn xml_event(id: u32, date: &str, duration: &str) -> String {
    format!(
        "<event id=\"{id}\" guid=\"g{id}\"><date>{date}</date><start>10:00</start><duration>{duration}</duration>\
         <room>A</room><title>E{id}</title></event>"
    )
}

fn xml(events: &[String]) -> String {
    format!(
        "<schedule><conference><acronym>t</acronym><title>T</title></conference>\n<day date=\"2024-05-01\"><room name=\"A\">\n{}\n</room></day></schedule>",
        events.join("\n")
    )
}

#[test]
fn huge_durations_skip_their_event_with_a_located_error_in_every_format() {
    let x = xml(&[
        xml_event(1, "2024-05-01T10:00:00+02:00", "3000000000:00"),
        xml_event(2, "2024-05-01T11:00:00+02:00", "1:00"),
    ]);
    let l = load("x.xml", x.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    assert!(
        warnings(&l).iter().any(|w| w.starts_with("x.xml:3:1: error: session `g1`") && w.contains("out of range")),
        "{:?}",
        warnings(&l)
    );

    let event = |id: u32, duration: &str| {
        format!(
            "{{\"id\": {id}, \"guid\": \"g{id}\", \"date\": \"2024-05-01T10:00:00+02:00\", \"start\": \"10:00\", \"duration\": \"{duration}\", \"room\": \"A\", \"title\": \"E{id}\"}}"
        )
    };
    let json = format!(
        "{{\"schedule\": {{\"conference\": {{\"acronym\": \"t\", \"title\": \"T\", \"days\": [{{\"index\": 1, \"date\": \"2024-05-01\", \"rooms\": {{\"A\": [{}, {}]}}}}]}}}}}}",
        event(1, "10000000000000:00"),
        event(2, "1:00")
    );
    let l = load("x.json", json.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    assert!(warnings(&l).iter().any(|w| w.contains("E1") && w.contains("x.json")), "{:?}", warnings(&l));

    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240501T100000Z\r\nDURATION:P99999999999999W\r\nSUMMARY:Huge\r\nEND:VEVENT\r\n\
               BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20240501T100000Z\r\nDURATION:PT1H\r\nSUMMARY:Fine\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let l = load("x.ics", ics.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    assert!(
        warnings(&l).iter().any(|w| w.starts_with("x.ics:2:1: error") && w.contains("DURATION")),
        "{:?}",
        warnings(&l)
    );
}

#[test]
fn an_end_past_the_year_9999_is_left_out_and_every_instant_stays_writable() {
    let x =
        xml(&[xml_event(1, "9999-12-31T23:00:00+00:00", "2:00"), xml_event(2, "2024-05-01T11:00:00+00:00", "1:00")]);
    let l = load("x.xml", x.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.len(), 2);
    let late = l.programme.sessions.iter().find(|s| s.title == "E1").unwrap();
    assert_eq!(late.end, None);
    assert!(warnings(&l).iter().any(|w| w.contains("years 1 to 9999")), "{:?}", warnings(&l));
    // Read in the zone of its neighbour's offset (+02:00), the late start itself is in the year
    // 10000: that session is left out, said, and the rest loads.
    let x =
        xml(&[xml_event(1, "9999-12-31T23:00:00+00:00", "2:00"), xml_event(2, "2024-05-01T11:00:00+02:00", "1:00")]);
    let l = load("x.xml", x.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(), ["E2"]);
    assert!(
        warnings(&l).iter().any(|w| w.contains("\"E1\": its start +10000-01-01 is outside the years 1 to 9999")),
        "{:?}",
        warnings(&l)
    );
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:+100000101T100000\r\nSUMMARY:Far\r\nEND:VEVENT\r\n\
               BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20240501T100000Z\r\nSUMMARY:Near\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let l = load("far.ics", ics.as_bytes()).unwrap();
    for s in &l.programme.sessions {
        let json = whrcf::export::session_json(&l.programme, s, chrono_tz::UTC);
        if let Some(start) = json["start"].as_str() {
            assert!(chrono::DateTime::parse_from_rfc3339(start).is_ok(), "{start} is RFC 3339");
        }
    }
}

#[test]
fn declared_ranges_cost_nothing_and_implausible_ones_are_reported() {
    let toml = |first: &str, last: &str| {
        format!(
            "id = \"r\"\ntitle = \"R\"\ntimezone = \"UTC\"\nfirst_day = \"{first}\"\nlast_day = \"{last}\"\n\
             [[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = \"2024-05-01\"\n"
        )
    };
    let err = load::from_toml(&toml("-262143-01-01", "2024-05-02"), "r.toml").unwrap_err().to_string();
    assert!(err.contains("r.toml:4:13") && err.contains("0001-01-01 to 9999-12-31"), "{err}");
    let wide = load::from_toml(&toml("0001-01-01", "9999-12-31"), "r.toml").unwrap().programme;
    assert_eq!(wide.days().len(), 1, "only the day that has a session");
    let problems: Vec<String> = whrcf::validate::check(&wide, &whrcf::validate::FileLocator("r.toml".into()))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.iter().any(|p| p.contains("3652059 days") && p.contains("at most 60 days")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("first_day 0001-01-01 is in an implausible year")), "{problems:?}");
    let x = "<schedule><conference><acronym>t</acronym><start>0001-01-01</start><end>9999-12-31</end></conference>\
             <day date=\"2024-05-01\"><room name=\"A\">"
        .to_owned()
        + &xml_event(1, "2024-05-01T10:00:00+02:00", "1:00")
        + "</room></day></schedule>";
    let l = load("wide.xml", x.as_bytes()).unwrap();
    assert_eq!(l.programme.days().len(), 1);
    let check = |first: &str, last: &str| {
        let p = load::from_toml(&toml(first, last), "r.toml").unwrap().programme;
        let warned = whrcf::validate::check(&p, &whrcf::validate::FileLocator("r.toml".into()))
            .iter()
            .any(|w| w.to_string().contains("expected a range of at most 60 days"));
        (p.days().len(), warned)
    };
    assert_eq!(check("2024-04-01", "2024-05-30"), (60, false), "60 days, counted as the forum counts them");
    assert_eq!(check("2024-04-01", "2024-05-31"), (1, true), "61 days");
    let normal = load::from_toml(&toml("2024-04-30", "2024-05-02"), "r.toml").unwrap().programme;
    assert_eq!(normal.days().len(), 3, "a normal range shows every day, with sessions or not");
}

#[test]
fn a_cut_icalendar_file_says_so() {
    let full = fixtures::schedule_bytes("lca2020.ics");
    let all = load("lca.ics", &full).unwrap().programme.sessions.len();
    let text = String::from_utf8(full).unwrap();
    let mid_event = &text[..text.find("SUMMARY").unwrap() + 3_000];
    let l = load("cut.ics", mid_event.as_bytes()).unwrap();
    assert!(l.programme.sessions.len() < all);
    let w = warnings(&l);
    assert!(w.iter().any(|w| w.contains("ends inside the event") && w.starts_with("cut.ics:")), "{w:?}");
    assert!(w.iter().any(|w| w.contains("without END:VCALENDAR")), "{w:?}");
    let no_end = text.trim_end().trim_end_matches("END:VCALENDAR");
    let w = warnings(&load("noend.ics", no_end.as_bytes()).unwrap());
    assert!(w.iter().any(|w| w.contains(&format!("may be cut short ({all} events read)"))), "{w:?}");
}

#[test]
fn a_frab_file_cut_inside_a_tag_keeps_the_events_before_the_cut() {
    let full = fixtures::schedule_bytes("debconf23.xml");
    let all = load("d.xml", &full).unwrap().programme.sessions.len();
    let cut_at = full.len() / 2 + full[full.len() / 2..].iter().position(|b| *b == b'<').unwrap() + 3;
    let l = load("cut.xml", &full[..cut_at]).unwrap();
    let kept = l.programme.sessions.len();
    assert!(kept > 0 && kept < all, "{kept} of {all}");
    let w = warnings(&l);
    assert!(
        w.iter().any(|w| w.starts_with("cut.xml:")
            && w.contains("error: not well-formed XML")
            && w.contains(&format!("only the {kept} events"))),
        "{w:?}"
    );
    assert!(load("broken.xml", b"<schedule><day date=\"2024-05-01\"><<").is_err(), "nothing read: still an error");
    // Cut inside an event's text: the XML is well-formed so far, and the event is lost, loudly.
    let text = String::from_utf8(fixtures::schedule_bytes("fosdem-2007.xml")).unwrap();
    let cut = &text[..text.match_indices("<abstract>").nth(10).unwrap().0 + 20];
    let l = load("cut07.xml", cut.as_bytes()).unwrap();
    let w = warnings(&l);
    assert!(
        w.iter()
            .any(|w| w.contains("error: the file ends inside <schedule>")
                && w.contains("the event it was reading is lost")),
        "{w:?}"
    );
}

#[test]
fn when_every_event_is_skipped_the_reasons_are_the_error() {
    let x =
        xml(&[xml_event(1, "2024-05-01T10:00:00+02:00", "soon"), xml_event(2, "2024-05-01T11:00:00+02:00", "later")]);
    let Err(LoadError::Invalid { problems }) = load("x.xml", x.as_bytes()) else { panic!("expected the reasons") };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text[0].starts_with("x.xml:3:1: error: session `g1`") && text[0].contains("`soon`"), "{text:?}");
    assert!(text[1].starts_with("x.xml:4:1: error: session `g2`") && text[1].contains("`later`"), "{text:?}");
    assert!(text[2].contains("no events found") && text[2].contains("every event was skipped"), "{text:?}");
}

#[test]
fn a_byte_order_mark_and_a_stray_invalid_byte_are_no_reason_to_refuse() {
    for name in ["democon.json", "kielux2020.ics"] {
        let bytes = fixtures::schedule_bytes(name);
        let plain = load(name, &bytes).unwrap().programme.sessions.len();
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), &bytes].concat();
        assert_eq!(load(name, &with_bom).unwrap().programme.sessions.len(), plain, "{name} with a BOM");
    }
    let bytes = fixtures::schedule_bytes("debconf23.xml");
    let plain = load("debconf23.xml", &bytes).unwrap().programme.sessions.len();
    let at = bytes.windows(7).position(|w| w == b"<title>").unwrap() + 7;
    let damaged = [&bytes[..at], b"\xff", &bytes[at..]].concat();
    let l = load("debconf23.xml", &damaged).unwrap();
    assert_eq!(l.programme.sessions.len(), plain);
    let line = damaged[..at].iter().filter(|b| **b == b'\n').count() + 1;
    assert!(
        warnings(&l).iter().any(|w| w.starts_with(&format!("debconf23.xml:{line}:")) && w.contains("invalid UTF-8")),
        "{:?}",
        warnings(&l)
    );
    let err = load("x.xml", b"<schedule>\x00</schedule>").unwrap_err().to_string();
    assert!(err.contains("expected frab/Pentabarf XML"), "the format named is the one sniffed: {err}");
}

#[test]
fn empty_events_are_skipped_and_recurrences_are_not_silently_dropped() {
    let rooms = ["{}"; 5].join(",");
    let json = format!(
        "{{\"schedule\": {{\"conference\": {{\"acronym\": \"e\", \"title\": \"E\", \"days\": [{{\"date\": \"2024-05-01\", \"rooms\": {{\"R\": [{rooms}, {{\"guid\": \"g\", \"date\": \"2024-05-01T10:00:00Z\", \"start\": \"10:00\", \"title\": \"Real\"}}]}}}}]}}}}}}"
    );
    let l = load("e.json", json.as_bytes()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1, "an event with neither a title nor a time is no session");
    assert_eq!(warnings(&l).iter().filter(|w| w.contains("neither a title nor a time")).count(), 5);
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\nDTSTART:20240501T100000Z\r\nRRULE:FREQ=DAILY;COUNT=999999999\r\nSUMMARY:Daily\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let w = warnings(&load("r.ics", ics.as_bytes()).unwrap());
    assert!(w.iter().any(|w| w.starts_with("r.ics:5:1: warning") && w.contains("not expanded")), "{w:?}");
}
