//! Importers over every real schedule in tests/fixtures/schedules (see SOURCES.md there):
//! event counts, exact instants and rooms of named events, duplicates reported, the 36C3 XML
//! and JSON giving the same sessions (bad and unusual input: `import_edges.rs`).

#[path = "common/importing.rs"]
mod importing;

use chrono::{DateTime, Utc};
use importing::{brussels, fixture, open};
use whrcf::load;
use whrcf::model::Programme;

/// Start, end (UTC) and room of the session titled `title`.
fn event(p: &Programme, title: &str) -> (String, String, Option<String>) {
    let s = p.sessions.iter().find(|s| s.title == title).unwrap_or_else(|| panic!("no session {title:?}"));
    let utc =
        |t: Option<chrono::DateTime<chrono_tz::Tz>>| t.map(|t| t.with_timezone(&Utc).to_rfc3339()).unwrap_or_default();
    (utc(s.start_at(p.timezone)), utc(s.end_at(p.timezone)), s.room.clone())
}

fn at(s: &str) -> String {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc).to_rfc3339()
}

fn expect(p: &Programme, title: &str, start: &str, end: &str, room: Option<&str>) {
    assert_eq!(event(p, title), (at(start), at(end), room.map(str::to_owned)), "{title}");
}

#[test]
fn fosdem_2007_old_pentabarf_without_room_containers() {
    let l = load::from_path_with(&fixture("fosdem-2007.xml"), brussels()).unwrap();
    assert_eq!(l.programme.sessions.len(), 215);
    expect(&l.programme, "AIGLX", "2007-02-25T15:00:00+01:00", "2007-02-25T15:45:00+01:00", Some("Chavanne"));
    expect(
        &l.programme,
        "SystemTap on Fedora",
        "2007-02-26T17:30:00+01:00",
        "2007-02-26T18:00:00+01:00",
        Some("H.2214"),
    );
    let aiglx = l.programme.sessions.iter().find(|s| s.title == "AIGLX").unwrap();
    let summary = aiglx.summary.as_deref().unwrap();
    assert!(summary.starts_with("In this talk, Kristian") && !summary.contains("<p>"), "HTML became text: {summary}");
}

#[test]
fn fosdem_2020_without_a_zone_uses_tz_or_its_city_with_a_warning() {
    let l = load::from_path_with(&fixture("fosdem-2020.xml"), brussels()).unwrap();
    let p = &l.programme;
    assert_eq!(p.sessions.len(), 872);
    assert_eq!(p.id, "fosdem-2020");
    assert_eq!(p.timezone, chrono_tz::Europe::Brussels);
    expect(p, "Welcome to FOSDEM 2020", "2020-02-01T09:30:00+01:00", "2020-02-01T09:55:00+01:00", Some("Janson"));
    expect(p, "Closing FOSDEM 2020", "2020-02-02T17:50:00+01:00", "2020-02-02T18:15:00+01:00", Some("Janson"));
    assert_eq!(p.themes.len(), 71, "tracks become themes");
    // Without --tz, its <city>Brussels</city> gives the zone, and the guess is said.
    let city = open("fosdem-2020.xml");
    let said = "no time zone in the file: Europe/Brussels is taken from the city \"Brussels\"";
    assert!(city.warnings.iter().any(|w| w.to_string().contains(said)), "{:?}", city.warnings);
    assert_eq!(city.programme.timezone, chrono_tz::Europe::Brussels);
    expect(
        &city.programme,
        "Welcome to FOSDEM 2020",
        "2020-02-01T09:30:00+01:00",
        "2020-02-01T09:55:00+01:00",
        Some("Janson"),
    );
}

#[test]
fn fosdem_2026_pretalx_era() {
    let l = open("fosdem-2026.xml");
    let p = &l.programme;
    assert_eq!(p.sessions.len(), 883);
    assert_eq!(p.id, "fosdem-2026");
    assert_eq!(p.timezone, chrono_tz::Europe::Brussels);
    expect(p, "Welcome to FOSDEM 2026", "2026-01-31T09:30:00+01:00", "2026-01-31T09:50:00+01:00", Some("Janson"));
    expect(p, "Closing FOSDEM 2026", "2026-02-01T17:50:00+01:00", "2026-02-01T18:15:00+01:00", Some("Janson"));
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

#[test]
fn the_36c3_merged_xml_and_json_give_the_same_sessions() {
    let xml = open("36c3-everything.xml");
    let json = open("36c3-everything.json");
    for l in [&xml, &json] {
        let p = &l.programme;
        assert_eq!(p.sessions.len(), 1351);
        expect(p, "Opening Ceremony", "2019-12-27T11:00:00+01:00", "2019-12-27T11:30:00+01:00", Some("Ada"));
        expect(
            p,
            "Marko Morelle",
            "2019-12-31T03:00:00+01:00",
            "2019-12-31T06:00:00+01:00",
            Some("Discotheque Nouveauancien"),
        );
        let text: Vec<String> = l.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(text.iter().filter(|w| w.contains("duplicate guid")).count(), 3, "{text:#?}");
        assert_eq!(text.iter().filter(|w| w.contains("duplicate event id")).count(), 13);
        assert!(text.iter().any(|w| w.contains("Build and fly your own rockets in Kerbal Space Program")
            && w.contains("no positive duration")));
    }
    let key = |p: &Programme| {
        let mut v: Vec<String> = p
            .sessions
            .iter()
            .map(|s| format!("{} {:?} {:?} {:?} {:?} {}", s.id, s.date, s.start, s.end, s.room, s.title))
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&xml.programme), key(&json.programme));
    assert!(xml.warnings.iter().any(|w| w.location.line.is_some()), "XML warnings carry line and column");
    assert!(
        json.warnings.iter().any(|w| w.location.path.contains("$schedule.conference.days[")),
        "JSON warnings carry a JSON path"
    );
}

#[test]
fn debconf_prefers_the_zoned_date_over_local_start() {
    let p = open("debconf23.xml").programme;
    assert_eq!(p.sessions.len(), 117);
    assert_eq!(p.timezone, chrono_tz::Asia::Kolkata);
    let breakfast = p.sessions.iter().find(|s| s.title == "Breakfast").unwrap();
    assert_eq!(
        breakfast.start_at(p.timezone).unwrap().with_timezone(&Utc).to_rfc3339(),
        at("2023-09-10T07:00:00+05:30")
    );
    let s = p.sessions.iter().find(|s| s.id.as_str() == "455d075f-48c0-2ec2-24b3-f5add30c383a").unwrap();
    assert_eq!(s.start.unwrap().to_string(), "10:30:00", "<start> in IST, <date> in UTC: the same instant");
    assert_eq!(s.room.as_deref(), Some("Anamudi"));
}

#[test]
fn debconf_days_are_its_conference_days_not_the_tail_of_the_last() {
    // `<end>2023-09-18</end>` and the last `<day>` running to 02:59 IST on the 18th: the 18th is
    // the tail of Sun 17, no day of its own.
    let p = open("debconf23.xml").programme;
    let date = |d| chrono::NaiveDate::from_ymd_opt(2023, 9, d).unwrap();
    assert_eq!((p.first_day, p.last_day), (date(10), date(17)));
    let congress = open("36c3.json").programme;
    let dec = |d| chrono::NaiveDate::from_ymd_opt(2019, 12, d).unwrap();
    assert_eq!((congress.first_day, congress.last_day), (dec(27), dec(30)));
}

#[test]
fn frab_and_pretalx_json() {
    let p = open("36c3.json").programme;
    assert_eq!(p.sessions.len(), 161);
    expect(&p, "Opening Ceremony", "2019-12-27T11:00:00+01:00", "2019-12-27T11:30:00+01:00", Some("Ada"));
    expect(&p, "Closing Ceremony (de)", "2019-12-30T17:20:00+01:00", "2019-12-30T17:50:00+01:00", Some("Ada"));
    let rc3 = open("rc3-channels-2020.json").programme;
    assert_eq!(rc3.sessions.len(), 48);
    expect(
        &rc3,
        "Still not lovin gentrification",
        "2020-12-28T19:55:00+01:00",
        "2020-12-28T20:35:00+01:00",
        Some("backspace / franconian.net - Bamberg"),
    );
    expect(
        &rc3,
        "Climate Change and the Corona Pandemic",
        "2020-12-30T16:00:00+01:00",
        "2020-12-30T16:40:00+01:00",
        Some("hacc München / about:future - München"),
    );
    let demo = open("democon.json").programme;
    assert_eq!(demo.sessions.len(), 36);
    expect(
        &demo,
        "Focused 5thgeneration hardware",
        "2020-12-14T09:00:00+01:00",
        "2020-12-14T09:30:00+01:00",
        Some("Gray Room"),
    );
    expect(
        &demo,
        "Seamless real-time installation",
        "2020-12-16T15:00:00+01:00",
        "2020-12-16T15:30:00+01:00",
        Some("Gray Room"),
    );
}

#[test]
fn icalendar_files() {
    let lca = open("lca2020.ics").programme;
    assert_eq!(lca.sessions.len(), 262);
    expect(
        &lca,
        "Improving the FreeBSD security advisory process",
        "2020-01-14T16:20:00+10:00",
        "2020-01-14T16:40:00+10:00",
        Some("Room 9"),
    );
    expect(&lca, "Conference Close", "2020-01-17T16:40:00+10:00", "2020-01-17T17:25:00+10:00", Some("Arena"));
    assert_eq!(lca.sessions.iter().filter(|s| s.room.is_none()).count(), 17, "17 events have no LOCATION");
    let kiel = open("kielux2020.ics").programme;
    assert_eq!(kiel.sessions.len(), 24);
    expect(
        &kiel,
        "Nachhaltigkeit und Linux - passt das?",
        "2020-09-18T09:00:00Z",
        "2020-09-18T10:00:00Z",
        Some("Ravensberg"),
    );
    expect(
        &kiel,
        "OpenRA: Command & Conquer Open Source unter Linux",
        "2020-09-19T15:00:00Z",
        "2020-09-19T16:00:00Z",
        Some("Ravensberg"),
    );
    assert!(kiel.sessions.iter().all(|s| !s.title.contains('\u{fffd}')), "umlauts folded across lines decode");
    // ATTENDEE;CN= names the speakers: they are the session's people, not dropped.
    let talk = kiel.sessions.iter().find(|s| s.title == "Nachhaltigkeit und Linux - passt das?").unwrap();
    assert_eq!(talk.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Dr. Claus Hartmann"]);
    assert_eq!(kiel.sessions.iter().filter(|s| !s.people.is_empty()).count(), 24, "every talk has its speaker");
}
