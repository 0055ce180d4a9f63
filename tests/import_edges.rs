//! Importers on bad and unusual input: invalid and foreign files give warnings or one clear
//! error, a bad event is skipped with its location, element text reads the same in every shape,
//! entity bombs are not expanded, the format is found from the content, an import round-trips
//! through our TOML, an unknown zone is located, a session's page is its first real link.

#[path = "common/importing.rs"]
mod importing;

use importing::{brussels, fixture, open};
use whrcf::load::{self, LoadError, Options};

#[test]
fn invalid_and_foreign_files_give_warnings_or_one_clear_error() {
    let w = open("invalid-winterchaos2022.json");
    assert_eq!(w.programme.sessions.len(), 1);
    let cut = "<schedule><day date='2020-01-01'><event id='1'><start>10:00</start><title>x</title></event>";
    let l = load::from_bytes(cut.as_bytes(), "cut.xml", Options::default()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    assert!(l.warnings.iter().any(|w| w.to_string().contains("ends inside <schedule>")));
    let v2 = load::from_path(&fixture("38c3-hub-schedule2-sample.json")).unwrap_err().to_string();
    assert!(v2.contains("schedule v2"), "{v2}");
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, &str); 6] = [
        ("a.json", "{\"hello\": 1}", "expected a top-level \"schedule\" object"),
        ("b.xml", "<html><body/></html>", "an HTML page"),
        ("f.xml", "<feed><entry/></feed>", "its root element is not <schedule>"),
        ("c.xml", "<schedule><day date='2020-01-01'></day></schedule>", "no events found"),
        ("d.json", "{\"schedule\": ", "not valid JSON"),
        ("e.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n", "no events found"),
    ];
    for (name, text, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let err = load::from_path(&path).unwrap_err();
        assert!(matches!(err, LoadError::NotSchedule(_)), "{name}: {err:?}");
        assert!(err.to_string().contains(expected), "{name}: {err}");
    }
}

#[test]
fn a_bad_event_is_skipped_with_a_located_warning_and_the_rest_loads() {
    let xml = "<schedule><conference><acronym>t</acronym></conference><day date=\"2020-01-01\"><room name=\"A\">\n\
        <event id=\"1\"><start>10:00</start><duration>soon</duration><title>Bad</title></event>\n\
        <event id=\"2\"><start>11:00</start><duration>0:30</duration><title>Good</title></event></room></day></schedule>";
    let l = load::from_bytes(xml.as_bytes(), "s.xml", Options::default()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    assert_eq!(l.programme.sessions[0].id.as_str(), "t-2", "acronym + id");
    let w = l.warnings.iter().map(ToString::to_string).find(|w| w.contains("event skipped")).unwrap();
    assert!(w.starts_with("s.xml:2:1: error: session `1`: event skipped: \"Bad\": expected a duration"), "{w}");
}

#[test]
fn element_text_reads_the_same_in_every_shape_and_later_locations_stay_exact() {
    // The same title as plain text with references, as CDATA, and split by a comment (the last
    // two are read event by event, the first is taken whole); CR LF line ends become \n.
    let xml = "<schedule><day date=\"2020-01-01\"><room name=\"A\">\r\n\
        <event id=\"1\"><start>10:00</start><title>Tom &amp; Jerry &#x1F60E; &nbsp;</title>\
        <description>&lt;p&gt;One&lt;/p&gt;\r\n&lt;p&gt;Two &amp;amp; three&lt;/p&gt;</description></event>\n\
        <event id=\"2\"><start>11:00</start><title><![CDATA[Tom & Jerry 😎 &nbsp;]]></title></event>\n\
        <event id=\"3\"><start>12:00</start><title>Tom &amp; <!-- x -->Jerry &#x1F60E; &nbsp;</title></event>\n\
        <event id=\"4\"><start>13:00</start><duration>soon</duration><title>Bad</title></event>\n\
        </room></day></x>";
    // Broken after three good events: they are kept, and the break is a located error.
    let broken = load::from_bytes(xml.as_bytes(), "s.xml", Options::default()).unwrap();
    let err = broken.warnings.iter().map(ToString::to_string).find(|w| w.contains("well-formed")).unwrap();
    assert!(err.starts_with("s.xml:7:14: error: not well-formed XML"), "{err}");
    assert_eq!(broken.programme.sessions.len(), 3);
    let fixed = xml.replace("</x>", "</schedule>");
    let l = load::from_bytes(fixed.as_bytes(), "s.xml", Options::default()).unwrap();
    let titles: Vec<&str> = l.programme.sessions.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Tom & Jerry 😎 &nbsp;"; 3]);
    assert_eq!(l.programme.sessions[0].summary.as_deref(), Some("One\n\nTwo & three"));
    let w = l.warnings.iter().map(ToString::to_string).find(|w| w.contains("event skipped")).unwrap();
    assert!(w.starts_with("s.xml:6:1: error: session `4`"), "{w}");
}

#[test]
fn entity_bombs_are_not_expanded() {
    let mut xml = String::from("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..10 {
        xml.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&lol{};", i - 1).repeat(10)));
    }
    xml.push_str("]><schedule><day date=\"2020-01-01\"><event id=\"1\"><start>10:00</start><title>&lol9;</title></event></day></schedule>");
    let started = std::time::Instant::now();
    let l = load::from_bytes(xml.as_bytes(), "bomb.xml", Options::default()).unwrap();
    assert_eq!(l.programme.sessions[0].title, "&lol9;", "left as written");
    assert!(started.elapsed().as_secs() < 2);
}

#[test]
fn the_format_is_recognised_from_the_content() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["fosdem-2026.xml", "democon.json", "kielux2020.ics"] {
        let renamed = dir.path().join(format!("{name}.txt"));
        std::fs::copy(fixture(name), &renamed).unwrap();
        assert!(load::from_path(&renamed).is_ok(), "{name} without its extension");
    }
}

#[test]
fn import_to_toml_and_load_again_gives_the_same_sessions() {
    for name in ["fosdem-2020.xml", "36c3-everything.json", "lca2020.ics", "debconf23.xml"] {
        let before = load::from_path_with(&fixture(name), brussels()).unwrap().programme;
        let text = load::to_toml(&before).unwrap();
        let after = load::from_toml(&text, "out.toml").unwrap_or_else(|e| panic!("{name}: {e}")).programme;
        assert_eq!(before.sessions, after.sessions, "{name}");
        assert_eq!((before.id, before.timezone, before.day_change), (after.id, after.timezone, after.day_change));
        assert_eq!((before.first_day, before.last_day, before.themes), (after.first_day, after.last_day, after.themes));
    }
}

#[test]
fn a_bad_json_event_is_skipped_with_its_json_path() {
    let json = r#"{"schedule": {"conference": {"acronym": "t", "time_zone_name": "Europe/Berlin", "days": [
        {"date": "2020-01-01", "rooms": {"Hall A": [
            {"id": 1, "guid": null, "start": "10:00", "duration": "soon", "title": "Bad", "persons": [{"name": "X"}]},
            {"id": "2", "start": "11:00", "duration": "0:30", "title": "Good", "persons": [{"public_name": "Y"}, {"name": "Z"}],
             "links": ["https://a.example", {"url": "https://b.example", "title": "B"}, 7], "track": null, "abstract": "<p>Hi &amp; bye</p>"},
            "not an event"
        ]}}]}}}"#;
    let l = load::from_bytes(json.as_bytes(), "s.json", Options::default()).unwrap();
    assert_eq!(l.programme.sessions.len(), 1);
    let s = &l.programme.sessions[0];
    assert_eq!((s.id.as_str(), s.title.as_str()), ("t-2", "Good"));
    assert_eq!(s.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Y", "Z"]);
    assert_eq!(s.sources, ["https://a.example", "https://b.example"]);
    assert_eq!(s.summary.as_deref(), Some("Hi & bye"));
    let w: Vec<String> = l.warnings.iter().map(ToString::to_string).collect();
    assert!(
        w.iter().any(|w| w
            .starts_with("s.json: $schedule.conference.days[0].rooms[\"Hall A\"][0]: error: event skipped: \"Bad\"")),
        "{w:?}"
    );
    assert!(w.iter().any(|w| w.contains("rooms[\"Hall A\"][2]") && w.contains("expected an event object")), "{w:?}");
}

#[test]
fn an_unknown_time_zone_is_located_where_the_file_names_it() {
    let ics = "BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Mars/Olympus\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20200101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let l = load::from_bytes(ics.as_bytes(), "tz.ics", Options::default()).unwrap();
    let w: Vec<String> = l.warnings.iter().map(ToString::to_string).collect();
    assert!(w.iter().any(|w| w.starts_with("tz.ics:2:1: warning: unknown time zone `Mars/Olympus`")), "{w:#?}");
    let json = r#"{"schedule": {"conference": {"title": "T", "time_zone_name": "Mars/Olympus", "days": [{"date": "2020-01-01", "rooms": {"A": [{"id": 1, "title": "x", "date": "2020-01-01T10:00:00+01:00", "start": "10:00", "duration": "00:30"}]}}]}}}"#;
    let l = load::from_bytes(json.as_bytes(), "tz.json", Options::default()).unwrap();
    let w: Vec<String> = l.warnings.iter().map(ToString::to_string).collect();
    assert!(
        w.iter().any(|w| w.starts_with("tz.json: $schedule.conference.time_zone_name: warning: unknown time zone")),
        "{w:#?}"
    );
}

/// FOSDEM 2020 gives no page of its own for a session, but links to its recordings first: the
/// open-link key opens the first link that is a page, not a video.
#[test]
fn a_sessions_page_is_its_first_link_that_is_not_a_recording_or_attachment() {
    let p = open("fosdem-2020.xml").programme;
    let welcome = p.sessions.iter().find(|s| s.title == "Welcome to FOSDEM 2020").expect("in the file");
    assert!(welcome.sources[0].ends_with(".webm"), "{:?}", welcome.sources);
    assert_eq!(whrcf::web_address::page(welcome).as_deref(), Some("https://submission.fosdem.org/feedback/9025.php"));
    // A session's own page (frab `<url>`) is first among its sources and is its page.
    let own = open("36c3-everything.xml").programme;
    let messaging = own.sessions.iter().find(|s| s.title == "What's left for private messaging?").expect("in the file");
    let page = "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/10565.html";
    assert_eq!(whrcf::web_address::page(messaging).as_deref(), Some(page), "not its slides: {:?}", messaging.sources);
}
