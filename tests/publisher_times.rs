//! The cross-check of every fixture schedule against its publisher: each event's instant and
//! conference day, read here on their own (quick-xml, serde_json, icalendar) without the loader,
//! equal the loaded programme's, and the programme is in the conference's zone. frab XML gives
//! `<date>` with its offset (or the day's date and `<start>` in the conference's zone) and the
//! `<day>` an event is listed under; schedule.json the same per `days[i]`; iCalendar its DTSTART
//! (the day is the date in the conference's zone: a calendar has no conference days).

#[path = "common/fixtures.rs"]
mod fixtures;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use whrcf::time::ZoneFound;

/// An event's start and conference day, counted (a schedule may list an event twice).
type Starts = BTreeMap<(DateTime<Utc>, NaiveDate), usize>;

/// The days a schedule declares: the days it lists (frab `<day>`, `days[i]`), else its
/// conference's `start` to `end` (DebConf's `<end>` is the 18th, the date its last day, the 17th,
/// runs into: no day of its own).
type Declared = Vec<NaiveDate>;

fn declared(listed: Vec<NaiveDate>, start: Option<&str>, end: Option<&str>) -> Declared {
    let date = |d: Option<&str>| d.and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
    match (date(start), date(end)) {
        _ if !listed.is_empty() => listed,
        (Some(first), Some(last)) => first.iter_days().take_while(|d| *d <= last).collect(),
        _ => Vec::new(),
    }
}

/// The zone each conference was held in, as its own pages state it; `UTC+01:00` where the file's
/// offsets are all there is (democon names UTC but writes +01:00 throughout); and how the loader
/// finds it when the file does not state it.
const ZONES: &[(&str, &str, Option<ZoneFound>)] = &[
    ("36c3-everything.json", "Europe/Berlin", Some(ZoneFound::Place)),
    ("36c3-everything.xml", "Europe/Berlin", Some(ZoneFound::Place)),
    ("36c3.json", "Europe/Berlin", Some(ZoneFound::Place)),
    ("debconf23.xml", "Asia/Kolkata", None),
    ("democon.json", "Etc/GMT-1", Some(ZoneFound::Offsets)),
    ("fosdem-2007.xml", "Europe/Brussels", Some(ZoneFound::Place)),
    ("invalid-winterchaos2022.json", "Europe/Zurich", None),
    ("fosdem-2020.xml", "Europe/Brussels", Some(ZoneFound::Place)),
    ("fosdem-2026.xml", "Europe/Brussels", None),
    ("kielux2020.ics", "Europe/Berlin", Some(ZoneFound::Place)),
    ("lca2020.ics", "Australia/Brisbane", None),
    ("rc3-channels-2020.json", "Europe/Berlin", Some(ZoneFound::Place)),
];

fn count(starts: &mut Starts, at: DateTime<Utc>, day: NaiveDate) {
    *starts.entry((at, day)).or_insert(0) += 1;
}

/// frab XML: the `<day>` each event is listed under, and its `<date>` (or `<start>` after the
/// day's date, past midnight before `<day_change>`). A day is the date its `start` falls on in the
/// conference's zone: wafer (DebConf) labels its days by the UTC date, a day early for India.
fn from_xml(text: &str, zone: Tz) -> (Starts, Declared) {
    let mut reader = quick_xml::Reader::from_str(text);
    let (mut starts, mut day, mut day_change) = (Starts::new(), None, NaiveTime::MIN);
    let (mut path, mut date, mut start) = (Vec::<String>::new(), None::<String>, None::<String>);
    let (mut first, mut last, mut listed) = (None::<String>, None::<String>, Vec::new());
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => {
                let local = e.local_name();
                let name: String = AsRef::<str>::as_ref(&local).to_owned();
                if name == "day" && path.last().is_some_and(|p| p == "schedule") {
                    let value = |name| {
                        let a = e.try_get_attribute(name).unwrap()?;
                        Some(a.normalized_value(XmlVersion::Implicit1_0).unwrap().into_owned())
                    };
                    let start = value("start").map(|t| DateTime::parse_from_rfc3339(&t).unwrap().with_timezone(&zone));
                    let date = NaiveDate::parse_from_str(&value("date").unwrap(), "%Y-%m-%d").unwrap();
                    day = Some(start.map_or(date, |t| t.date_naive()));
                    listed.extend(day);
                }
                path.push(name);
            }
            Event::Text(t) => {
                let text = t.xml10_content().trim().to_owned();
                match path.iter().rev().take(2).map(String::as_str).collect::<Vec<_>>()[..] {
                    ["date", "event"] => date = Some(text),
                    ["start", "event"] => start = Some(text),
                    ["day_change", "conference"] => day_change = NaiveTime::parse_from_str(&text, "%H:%M:%S").unwrap(),
                    ["start", "conference"] => first = Some(text),
                    ["end", "conference"] => last = Some(text),
                    _ => {}
                }
            }
            Event::End(_) => {
                if path.pop().as_deref() != Some("event") {
                    continue;
                }
                let day = day.unwrap();
                let at = match (date.take(), start.take()) {
                    (Some(d), _) if !d.is_empty() => DateTime::parse_from_rfc3339(&d).unwrap().to_utc(),
                    (_, Some(s)) => {
                        let t = NaiveTime::parse_from_str(&s, "%H:%M").unwrap();
                        let date = if t < day_change { day.succ_opt().unwrap() } else { day };
                        zone.from_local_datetime(&date.and_time(t)).unwrap().to_utc()
                    }
                    _ => panic!("an event without a start"),
                };
                count(&mut starts, at, day);
            }
            _ => {}
        }
    }
    (starts, declared(listed, first.as_deref(), last.as_deref()))
}

/// schedule.json: `days[i].date` and each event's `date`.
fn from_json(text: &str) -> (Starts, Declared) {
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let conference = &doc["schedule"]["conference"];
    let (mut starts, mut listed) = (Starts::new(), Vec::new());
    for day in doc["schedule"]["conference"]["days"].as_array().unwrap() {
        let date = NaiveDate::parse_from_str(day["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        listed.push(date);
        for events in day["rooms"].as_object().unwrap().values() {
            for event in events.as_array().unwrap() {
                let at = DateTime::parse_from_rfc3339(event["date"].as_str().unwrap()).unwrap().to_utc();
                count(&mut starts, at, date);
            }
        }
    }
    (starts, declared(listed, conference["start"].as_str(), conference["end"].as_str()))
}

/// iCalendar: each DTSTART (UTC or with a TZID); its day is its date in `zone`.
fn from_ics(text: &str, zone: Tz) -> (Starts, Declared) {
    use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let mut starts = Starts::new();
    for component in &calendar.components {
        let CalendarComponent::Event(event) = component else { continue };
        let at = match event.get_start().unwrap() {
            DatePerhapsTime::DateTime(CalendarDateTime::Utc(t)) => t,
            DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid }) => {
                tzid.parse::<Tz>().unwrap().from_local_datetime(&date_time).unwrap().to_utc()
            }
            other => panic!("a start the fixtures do not have: {other:?}"),
        };
        count(&mut starts, at, at.with_timezone(&zone).date_naive());
    }
    (starts, Vec::new())
}

/// The loaded programme's zone, starts and conference days, and its days (the app's day tabs).
fn loaded(name: &str) -> ((Tz, Option<ZoneFound>), Starts, Vec<NaiveDate>) {
    let p = whrcf::load::from_path(&fixtures::schedule(name)).unwrap().programme;
    let mut starts = Starts::new();
    for s in &p.sessions {
        let at = s.start_at(p.timezone).unwrap().to_utc();
        count(&mut starts, at, p.day_of(s).unwrap());
    }
    ((p.timezone, p.zone_found), starts, p.days())
}

#[test]
fn every_event_starts_when_and_on_the_day_its_publisher_says() {
    let names: Vec<String> = fixtures::schedule_names()
        .into_iter()
        .filter(|n| !n.starts_with("38c3-hub-schedule2")) // schedule v2: not read, said so
        .collect();
    assert_eq!(names.len(), ZONES.len(), "every readable fixture has its zone here: {names:?}");
    for (name, zone, found) in ZONES {
        let zone: Tz = zone.parse().unwrap();
        let text = String::from_utf8(fixtures::schedule_bytes(name)).unwrap();
        let (publisher, declared) = match name.rsplit('.').next() {
            Some("xml") => from_xml(&text, zone),
            Some("json") => from_json(&text),
            _ => from_ics(&text, zone),
        };
        let (found_zone, ours, found_days) = loaded(name);
        assert_eq!(found_zone, (zone, *found), "{name}: the conference's zone and how it was found");
        let differ: Vec<_> = publisher
            .iter()
            .filter(|(k, n)| ours.get(k) != Some(n))
            .map(|((at, day), _)| format!("{at} on {day}: ours {:?}", ours.iter().find(|((a, _), _)| a == at)))
            .take(5)
            .collect();
        assert!(differ.is_empty(), "{name}: events whose start or day differ from the publisher's: {differ:#?}");
        assert_eq!(ours.values().sum::<usize>(), publisher.values().sum::<usize>(), "{name}: as many events");
        let days = |starts: &Starts| starts.keys().map(|(_, day)| *day).collect::<std::collections::BTreeSet<_>>();
        assert_eq!(days(&ours), days(&publisher), "{name}: the conference days");
        // The day tabs: the days events are on and the days the schedule declares, no other.
        let tabs = days(&publisher).into_iter().chain(declared).collect::<std::collections::BTreeSet<_>>();
        assert_eq!(found_days.into_iter().collect::<std::collections::BTreeSet<_>>(), tabs, "{name}: the day tabs");
    }
}

#[test]
fn a_night_session_is_on_the_day_it_follows() {
    // 36C3's Fahrplan lists sessions after midnight under the day before (its days run 11:00 to 04:00).
    let p = whrcf::load::from_path(&fixtures::schedule("36c3.json")).unwrap().programme;
    let night = p.sessions.iter().find(|s| s.start.is_some_and(|t| t < NaiveTime::from_hms_opt(4, 0, 0).unwrap()));
    let night = night.expect("36c3.json has sessions after midnight");
    assert_eq!(p.day_of(night), night.date.and_then(|d| d.pred_opt()));
    let days: Vec<String> = p.days().iter().map(ToString::to_string).collect();
    assert_eq!(days, ["2019-12-27", "2019-12-28", "2019-12-29", "2019-12-30"], "no stray day for the night");
}
