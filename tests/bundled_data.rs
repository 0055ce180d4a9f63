//! Cross-checks every bundled edition against its research file in data/sources (one test per
//! edition), so that nothing in data/ is invented: titles, dates, times, rooms, organizers, people
//! and sources must be there as they are, the counts must be the research file's, and every
//! summary must be our own words (not a near-copy of the research's paraphrase). Four rules of the pipeline are checked too: a truncation marker
//! never stays in a copied value (the value keeps what was found, `cut_off` lists it and the notes
//! say where it stops); an editorial remark never stays in one either (the notes keep it); a time
//! the sources disagree on stays out (`time_conflict` says why); a weak source is named as such.

#[path = "common/fixtures.rs"]
mod fixtures;
#[path = "common/research_text.rs"]
mod research_text;

use std::sync::OnceLock;

use research_text::{MAX_SIMILARITY, similarity, without_gap, without_remarks};
use serde_json::Value;
use whrcf::archive::Completeness;
use whrcf::load::{self, BUNDLED, WITHOUT_PROGRAMME};
use whrcf::model::{CutOff, PersonField, Programme, Session};

/// Both research files, one key per edition year.
fn research() -> &'static serde_json::Map<String, Value> {
    static ALL: OnceLock<serde_json::Map<String, Value>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = serde_json::Map::new();
        for name in ["whrcf-programs.json", "whrcf-programs-more.json"] {
            let path = fixtures::research(name);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let Value::Object(editions) = serde_json::from_str(&text).expect("valid JSON") else { panic!("{name}") };
            all.extend(editions.into_iter().filter(|(k, _)| k.parse::<i32>().is_ok()));
        }
        all
    })
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(opt_str).collect()).unwrap_or_default()
}

fn hhmm(t: Option<chrono::NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

/// A bundled source without the note that names it weak.
fn address(source: &str) -> &str {
    source.split(" (weak source: ").next().unwrap_or(source)
}

/// A copied value against its research value: the same, or what was found before a truncation
/// marker (listed in `cut_off`, the notes saying where it stops), or the value without an
/// editorial remark (the notes keeping the value as the research records it).
fn same_fact(bundled: Option<&str>, research: &Value, s: &Session, field: CutOff, what: &str) {
    let Some(value) = research.as_str() else {
        assert_eq!(bundled, None, "{}: {what}", s.id);
        return;
    };
    let notes = s.extras.notes.as_deref().unwrap_or_default();
    let (fact, gap) = without_gap(value);
    if gap {
        assert_eq!(bundled, Some(fact.as_str()), "{}: {what}", s.id);
        let said = format!("cut off in the stored copy after '{fact}'");
        assert!(notes.contains(&said), "{}: gap of {what} not in the notes", s.id);
    } else if bundled != Some(value) {
        let bundled = bundled.unwrap_or_else(|| panic!("{}: {what} missing", s.id));
        assert!(without_remarks(value).iter().any(|v| v == bundled), "{}: {what} `{bundled}` is `{value}`", s.id);
        assert!(notes.contains(&format!("'{value}'")), "{}: the remark in {what} is kept in the notes", s.id);
    }
    let cut = gap || (bundled != Some(value) && value.contains("cut off"));
    assert_eq!(s.is_cut_off(field), cut, "{}: {what} listed in cut_off iff cut off", s.id);
}

/// No copied value of `s` holds a gap or an editorial marker.
fn no_marker(s: &Session) {
    let people = s
        .people
        .iter()
        .flat_map(|p| [Some(&p.name), p.role.as_ref(), p.affiliation.as_ref(), p.country.as_ref(), p.topic.as_ref()]);
    let single = [Some(&s.title), s.subtitle.as_ref(), s.room.as_ref(), s.extras.venue.as_ref(), s.kind.as_ref()];
    let lists = s.extras.other_titles.iter().chain(&s.organizers).chain(&s.languages).chain(&s.extras.interpretation);
    for value in single.into_iter().chain(people).flatten().chain(lists) {
        let lower = value.to_lowercase();
        let marked = ["[…", "[...", "truncated", "cut off", "[sic", "sic]", "(sic"].iter().any(|m| lower.contains(m));
        assert!(!marked, "{}: a marker in `{value}`", s.id);
    }
}

fn check_session(s: &Session, r: &Value) {
    let id = s.id.as_str();
    no_marker(s);
    same_fact(Some(&s.title), &r["title"], s, CutOff::Title, "the title");
    same_fact(s.subtitle.as_deref(), &r["subtitle"], s, CutOff::Subtitle, "the subtitle");
    let others = r["alt_titles"].as_array().cloned().unwrap_or_default();
    assert_eq!(s.extras.other_titles.len(), others.len(), "{id}: number of other titles");
    for (i, (o, ro)) in s.extras.other_titles.iter().zip(&others).enumerate() {
        same_fact(Some(o), ro, s, CutOff::OtherTitle(i), "another title");
    }
    assert_eq!(s.date.map(|d| d.to_string()), opt_str(&r["date"]), "{id}: date");
    assert_eq!(hhmm(s.start), opt_str(&r["start"]), "{id}: start");
    assert_eq!(hhmm(s.end), opt_str(&r["end"]), "{id}: end");
    // A room spelled as other sessions in it are keeps its own published spelling beside it.
    let stated = s.extras.place_as_stated.as_deref();
    let room = if s.room.is_some() { stated.or(s.room.as_deref()) } else { None };
    let venue = if s.room.is_none() { stated.or(s.extras.venue.as_deref()) } else { s.extras.venue.as_deref() };
    same_fact(room, r.get("room").unwrap_or(&Value::Null), s, CutOff::Room, "the room");
    same_fact(venue, r.get("venue").unwrap_or(&Value::Null), s, CutOff::Venue, "the venue");
    let organizers = r["organizers"].as_array().cloned().unwrap_or_default();
    assert_eq!(s.organizers.len(), organizers.len(), "{id}: number of organizers");
    for (i, (o, ro)) in s.organizers.iter().zip(&organizers).enumerate() {
        same_fact(Some(o), ro, s, CutOff::Organizer(i), "an organizer");
    }
    let sources: Vec<&str> = s.sources.iter().map(|u| address(u)).collect();
    assert_eq!(Some(sources[0].to_owned()), opt_str(&r["source_url"]), "{id}: first source");
    assert_eq!(sources[1..], strings(&r["other_sources"])[..], "{id}: other sources");
    for u in &s.sources {
        assert_eq!(u.contains("yupki-toto.com"), u.contains("(weak source: "), "{id}: weak source named: {u}");
    }
    let people = r["people"].as_array().cloned().unwrap_or_default();
    assert_eq!(s.people.len(), people.len(), "{id}: number of people");
    for (i, (person, rp)) in s.people.iter().zip(&people).enumerate() {
        let fields = [
            (Some(person.name.as_str()), PersonField::Name),
            (person.role.as_deref(), PersonField::Role),
            (person.affiliation.as_deref(), PersonField::Affiliation),
            (person.country.as_deref(), PersonField::Country),
            (person.topic.as_deref(), PersonField::Topic),
        ];
        for (value, field) in fields {
            let research = rp.get(field.as_str()).unwrap_or(&Value::Null);
            same_fact(
                value,
                research,
                s,
                CutOff::Person(i, field),
                &format!("the {} of {}", field.as_str(), person.name),
            );
        }
        for other in [&rp["name_ko"], &rp["affiliation_ko"]].into_iter().filter_map(Value::as_str) {
            assert!(s.extras.notes.as_deref().is_some_and(|n| n.contains(other)), "{id}: {other} kept in the notes");
        }
    }
    let notes = opt_str(&r["notes"]);
    if let Some(research_notes) = &notes {
        assert!(s.extras.notes.as_deref().is_some_and(|n| n.starts_with(research_notes.as_str())), "{id}: notes kept");
    }
    if s.extras.time_conflict.is_some() {
        assert!(s.start.is_none() && r["start"].is_null(), "{id}: a disputed time is not published");
        let said = notes.as_deref().unwrap_or_default();
        assert!(said.contains("conflict") || said.contains("disputed"), "{id}: the research records the conflict");
    }
    assert!(s.extras.cut_off.iter().all(|c| c.fits(s)), "{id}: cut_off names values the session has");
    let grouped = notes.as_deref().unwrap_or_default().to_lowercase();
    let aggregate = ["aggregate entry", "grouped", "count only"].iter().any(|w| grouped.contains(w));
    assert_eq!(s.kind.as_deref() == Some("grouped"), aggregate, "{id}: grouped entries are shown as such");
    let summary = s.summary.as_deref().unwrap_or_default();
    assert!(!summary.trim().is_empty(), "{id}: has a summary");
    let paraphrase = opt_str(&r["summary"]).unwrap_or_default();
    let close = similarity(summary, &paraphrase);
    assert!(close <= MAX_SIMILARITY, "{id}: summary too close to the research's ({close:.2}): {summary}");
    assert_ne!(Some(summary.to_owned()), notes, "{id}: summary is not the research notes");
}

fn check_programme(year: i32, p: &Programme, e: &Value) {
    let title = opt_str(&e["name"]).unwrap_or_else(|| {
        format!("The {} World Human Rights Cities Forum (WHRCF {year})", e["edition"].as_str().unwrap())
    });
    assert_eq!(p.title, title);
    let ordinal =
        e["ordinal"].as_u64().or_else(|| e["edition"].as_str()?.trim_end_matches(char::is_alphabetic).parse().ok());
    assert_eq!(p.ordinal.map(u64::from), ordinal);
    assert_eq!(p.edition, Some(year));
    assert_eq!(p.theme, opt_str(&e["theme"]));
    assert_eq!(p.timezone.name(), e["timezone"].as_str().unwrap());
    let first = opt_str(&e["dates"]["pre_forum"]).or(opt_str(&e["dates"]["start"]));
    assert_eq!(Some(p.first_day.to_string()), first);
    assert_eq!(Some(p.last_day.to_string()), opt_str(&e["dates"]["end"]));
    assert_eq!(p.sources.iter().map(|u| address(u)).collect::<Vec<_>>(), strings(&e["sources"]));
    for u in &p.sources {
        assert_eq!(u.contains("yupki-toto.com"), u.contains("(weak source: "), "{year}: weak source named: {u}");
    }
    let figures = if e["figures"].is_object() { &e["figures"] } else { &e["headline_figures"] };
    let stated: Vec<String> = figures
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.get("value").unwrap_or(v).as_str().unwrap().to_owned())
        .collect();
    if let Some(text) = &p.stated_session_count {
        for part in text.split("; ") {
            assert!(stated.iter().any(|f| f.contains(part)), "{year}: stated count `{part}` is a research figure");
        }
    }
    if let Some(total) = p.stated_session_total {
        let text = p.stated_session_count.as_deref().unwrap_or_default();
        let first = text.split(';').next().unwrap_or_default();
        let numbers: Vec<&str> = first.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).collect();
        assert!(numbers.contains(&total.to_string().as_str()), "{year}: the total {total} is stated first in `{text}`");
    }
    let c = Completeness::of(p);
    assert_eq!(Some(c.found as u64), e["sessions_found"].as_u64(), "{year}: sessions found");
    assert_eq!(Some(c.dated as u64), e["sessions_with_date"].as_u64(), "{year}: dated sessions");
    assert_eq!(Some(c.timed as u64), e["sessions_with_time"].as_u64(), "{year}: timed sessions");
}

/// Every fact of edition `year` against its research entry.
fn check_edition(year: i32) {
    let e = &research()[&year.to_string()];
    let p = load::bundled(year).expect("bundled edition loads").programme;
    check_programme(year, &p, e);
    let recorded = e["sessions"].as_array().expect("sessions array");
    assert_eq!(p.sessions.len(), recorded.len(), "{year}: every recorded session is bundled");
    for (s, r) in p.sessions.iter().zip(recorded) {
        check_session(s, r);
    }
    let mut ids: Vec<&str> = p.sessions.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), p.sessions.len(), "{year}: ids are unique");
    assert!(p.sessions.iter().all(|s| s.id.as_str().starts_with(&format!("{year}-"))), "{year}: ids start with it");
    for t in &p.themes {
        assert!(p.sessions.iter().any(|s| s.themes.contains(&t.id)), "{year}: theme {} unused", t.id);
    }
}

macro_rules! editions {
    ($($test:ident => $year:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                check_edition($year);
            }
        )*
    };
}

editions!(
    edition_2025 => 2025, edition_2024 => 2024, edition_2023 => 2023, edition_2022 => 2022,
    edition_2021 => 2021, edition_2020 => 2020, edition_2019 => 2019, edition_2018 => 2018,
    edition_2017 => 2017, edition_2016 => 2016, edition_2015 => 2015, edition_2014 => 2014,
    edition_2013 => 2013, edition_2012 => 2012,
);

#[test]
fn every_researched_edition_is_bundled_or_listed_as_without_a_programme() {
    for (year, e) in research() {
        let year: i32 = year.parse().unwrap();
        let found = e["sessions"].as_array().is_some_and(|s| !s.is_empty());
        assert_eq!(BUNDLED.iter().any(|b| b.edition == year), found, "{year} bundled iff sessions were found");
        assert_eq!(WITHOUT_PROGRAMME.iter().any(|u| u.edition == year), !found, "{year} listed without programme");
    }
    assert_eq!(BUNDLED.len() + WITHOUT_PROGRAMME.len(), research().len());
    for b in &BUNDLED {
        assert_eq!(load::bundled(b.edition).unwrap().programme.ordinal, Some(b.ordinal), "{} ordinal", b.edition);
    }
}

#[test]
fn the_2025_opening_time_stays_open_and_says_why() {
    let p = load::bundled(2025).unwrap().programme;
    let opening = p.session("2025-opening-ceremony").unwrap();
    assert_eq!(opening.start, None);
    let conflict = opening.extras.time_conflict.as_deref().unwrap();
    assert!(conflict.contains("14:00") && conflict.contains("16:00"), "{conflict}");
    assert_eq!(whrcf::wording::when::format_range(&p, opening, p.timezone), "time not published: sources disagree");
}

/// The near-copies that set the bound: summaries bundled before they were reworded, each far above it.
#[test]
fn the_similarity_bound_catches_the_near_copies_that_were_reworded() {
    let near_copies = [
        (
            "2021-unesco-master-class",
            "Launch of UNESCO's Master Class series against racism and discrimination in Gwangju, one of three UNESCO initiatives for 2022 announced at the forum.",
        ),
        (
            "2020-defenders-workshop",
            "NHRCK workshop for human rights officers and defenders in Korean local governments.",
        ),
        (
            "2020-nhrck-anti-discrimination",
            "Session on non-discrimination run by the National Human Rights Commission of Korea.",
        ),
        (
            "2019-social-economy",
            "Where social-economy education for young people in Korea should go, and what local governments can do, with Korean and foreign examples.",
        ),
        ("2019-closing-ceremony", "Official close of the main programme."),
        (
            "2020-education-center-workshop",
            "Workshop on Gwangju's new international human rights education centre and the Blended Learning Course for local governments in Asia and the Pacific.",
        ),
    ];
    for (id, old) in near_copies {
        let year: i32 = id[..4].parse().unwrap();
        let at = load::bundled(year).unwrap().programme.sessions.iter().position(|s| s.id.as_str() == id).unwrap();
        let paraphrase = research()[&year.to_string()]["sessions"][at]["summary"].as_str().unwrap();
        assert!(similarity(old, paraphrase) > MAX_SIMILARITY, "{id}: {:.2}", similarity(old, paraphrase));
    }
}
