//! The programme cache: a hit gives exactly what parsing gives; a changed file, a damaged or
//! foreign entry, or an unwritable directory never gives a wrong programme.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::diagnostic::{Location, Problem};
use crate::model::{CutOff, Format, Person, PersonField, Session, SessionExtras, SessionId, Theme};

#[path = "../../tests/common/fixtures.rs"]
mod fixtures;

fn fixture(name: &str) -> PathBuf {
    fixtures::schedule(name)
}

/// A copy of a fixture in `dir` (tests change it).
fn copy(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::copy(fixture(name), &path).unwrap();
    path
}

/// The fixture the cache tests use: a real schedule small enough to parse in a moment.
const SMALL: &str = "kielux2020.ics";

/// A cache in `dir` that keeps files of any size (the real threshold would need a large file).
fn any_size(dir: &Path) -> Option<Cache<'_>> {
    Some(Cache { dir, min_size: 0, keep: KEEP })
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<_> = fs::read_dir(dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    found.sort();
    found
}

#[test]
fn a_hit_gives_what_parsing_gives() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let path = copy(files.path(), SMALL);
    let options = load::Options::default();
    let (parsed, first) = load(&path, options, any_size(cache.path())).unwrap();
    let (cached, second) = load(&path, options, any_size(cache.path())).unwrap();
    assert_eq!((first, second), (Origin::Parsed, Origin::Cached));
    assert_eq!(cached.programme, parsed.programme);
    assert_eq!(cached.warnings, parsed.warnings);
    assert_eq!(cached.programme, load::from_path(&path).unwrap().programme);
    assert_eq!(entries(cache.path()).len(), 1);
}

#[test]
fn every_field_survives_the_round_trip() {
    let mut p = crate::model::Programme::new(
        "x".into(),
        "Forum 포럼 🎉".into(),
        chrono_tz::Asia::Seoul,
        NaiveDate::from_ymd_opt(2021, 10, 6).unwrap(),
        NaiveDate::from_ymd_opt(2021, 10, 10).unwrap(),
    );
    (p.edition, p.ordinal, p.short_title, p.theme) = (Some(-3), Some(11), Some("F".into()), Some("t".into()));
    (p.theme_titles, p.dates_as_stated, p.hosts, p.organizers) =
        (vec!["a".into()], vec!["b".into()], vec!["c".into()], vec!["d".into()]);
    (p.venue, p.mode, p.stated_session_count) = (Some("v".into()), Some("m".into()), Some("51".into()));
    p.stated_session_total = Some(51);
    p.figures.insert("participants".into(), "3,000".into());
    p.sources = vec!["https://example.org".into()];
    p.themes = vec![Theme { id: "h".into(), name: "Health".into(), description: Some("care".into()) }];
    let person = |role: Option<&str>| Person {
        name: "KIM 김".into(),
        role: role.map(Into::into),
        affiliation: Some("City".into()),
        country: Some("Korea".into()),
        topic: Some("Care".into()),
    };
    p.sessions = vec![
        Session {
            id: SessionId("s1".into()),
            title: "Title".into(),
            subtitle: Some("sub".into()),
            date: NaiveDate::from_ymd_opt(2021, 10, 7),
            start: NaiveTime::from_hms_opt(9, 30, 0),
            end: NaiveTime::from_hms_nano_opt(23, 59, 59, 1),
            end_date: NaiveDate::from_ymd_opt(2021, 10, 8),
            kind: Some("plenary".into()),
            format: Some(Format::Hybrid),
            languages: vec!["ko".into()],
            room: Some("Hall".into()),
            themes: vec!["h".into()],
            organizers: vec!["Gwangju".into()],
            people: vec![person(Some("speaker")), person(None)],
            summary: Some("about".into()),
            sources: vec!["https://example.org/s1".into()],
            complete: true,
            extras: SessionExtras {
                other_titles: vec!["제목".into()],
                time_conflict: Some("14:00 or 16:00".into()),
                kind_as_stated: Some("Plenary".into()),
                format_as_stated: Some("on/offline".into()),
                interpretation: vec!["en".into()],
                venue: Some("DJC".into()),
                place_as_stated: Some("D.J.C.".into()),
                cut_off: vec![CutOff::Title, CutOff::Organizer(0), CutOff::Person(1, PersonField::Affiliation)],
                notes: Some("n".into()),
            }
            .into(),
        },
        Session { id: SessionId("s2".into()), title: "Bare".into(), ..Session::default() },
    ];
    let warnings = vec![
        Problem::warning(Location { path: "f".into(), line: Some(3), column: Some(7) }, Some("s1"), "odd"),
        Problem::error(Location { path: "f".into(), line: None, column: None }, None, "bad"),
    ];
    let loaded = Loaded { programme: p, warnings };
    let stamp = Stamp { len: 1, hash: 2 };
    let back = decode(&encode(&loaded, stamp).concat(), stamp).unwrap();
    assert_eq!(back.programme, loaded.programme);
    assert_eq!(back.warnings, loaded.warnings);
}

#[test]
fn a_changed_file_is_parsed_again_even_with_the_same_length() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let path = copy(files.path(), SMALL);
    let options = load::Options::default();
    load(&path, options, any_size(cache.path())).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let title = load::from_path(&path).unwrap().programme.sessions[0].title.clone();
    // Same length, different bytes: only a content hash notices.
    let changed: String = title.chars().map(|c| if c == 'e' { 'a' } else { c }).collect();
    assert_ne!(changed, title, "the first title has an `e` to change");
    fs::write(&path, text.replacen(&title, &changed, 1)).unwrap();
    let (loaded, origin) = load(&path, options, any_size(cache.path())).unwrap();
    assert_eq!(origin, Origin::Parsed);
    assert_eq!(loaded.programme.sessions[0].title, changed);
    assert_eq!(load(&path, options, any_size(cache.path())).unwrap().1, Origin::Cached);
}

#[test]
fn a_damaged_entry_is_never_trusted_and_is_replaced() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let path = copy(files.path(), SMALL);
    let options = load::Options::default();
    let (good, _) = load(&path, options, any_size(cache.path())).unwrap();
    let entry = entries(cache.path()).remove(0);
    let bytes = fs::read(&entry).unwrap();
    let flipped = {
        let mut b = bytes.clone();
        let at = b.len() / 2;
        b[at] ^= 0x20;
        b
    };
    for damaged in [flipped, bytes[..bytes.len() / 3].to_vec(), b"not a cache".to_vec(), Vec::new()] {
        fs::write(&entry, damaged).unwrap();
        let (loaded, origin) = load(&path, options, any_size(cache.path())).unwrap();
        assert_eq!(origin, Origin::Parsed);
        assert_eq!(loaded.programme, good.programme);
        assert_eq!(fs::read(&entry).unwrap(), bytes, "the entry was written again");
    }
}

#[test]
fn no_truncation_of_an_entry_decodes_or_panics() {
    let loaded = load::from_path(&fixture(SMALL)).unwrap();
    let stamp = Stamp { len: 9, hash: 9 };
    let bytes = encode(&loaded, stamp).concat();
    // Every cut in the first and last kilobyte (header, layout, last session), and every 13th between.
    let ends = (0..bytes.len()).filter(|&n| n < 1024 || n + 1024 >= bytes.len() || n % 13 == 0);
    for len in ends {
        assert!(decode(&bytes[..len], stamp).is_err(), "decoded from {len} of {} bytes", bytes.len());
    }
    assert!(decode(&bytes, Stamp { len: 9, hash: 10 }).is_err(), "an entry for other bytes");
}

#[test]
fn small_files_and_no_directory_are_parsed_without_an_entry() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let small = copy(files.path(), SMALL);
    assert!(fs::metadata(&small).unwrap().len() < MIN_SIZE);
    let real = Some(Cache::at(cache.path()));
    assert_eq!(load(&small, load::Options::default(), real).unwrap().1, Origin::Parsed);
    assert_eq!(load(&small, load::Options::default(), real).unwrap().1, Origin::Parsed);
    let threshold = Some(Cache { dir: cache.path(), min_size: fs::metadata(&small).unwrap().len() + 1, keep: KEEP });
    assert_eq!(load(&small, load::Options::default(), threshold).unwrap().1, Origin::Parsed);
    assert_eq!(load(&small, load::Options::default(), None).unwrap().1, Origin::Parsed);
    assert!(entries(cache.path()).is_empty());
}

#[test]
fn an_unusable_directory_still_loads() {
    let files = tempfile::tempdir().unwrap();
    let path = copy(files.path(), SMALL);
    let not_a_dir = copy(files.path(), "democon.json");
    let (loaded, origin) = load(&path, load::Options::default(), any_size(&not_a_dir)).unwrap();
    assert_eq!(origin, Origin::Parsed);
    assert_eq!(loaded.programme, load::from_path(&path).unwrap().programme);
}

#[test]
fn each_zone_has_its_own_entry_and_the_directory_keeps_the_newest() {
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let zones = ["UTC", "Asia/Seoul", "Europe/Brussels", "America/Lima", "Africa/Dakar"];
    for name in zones {
        let fallback_zone = Some(name.parse().unwrap());
        load(&fixture(SMALL), load::Options { fallback_zone, ..Default::default() }, any_size(cache.path())).unwrap();
    }
    assert_eq!(entries(cache.path()).len(), zones.len());
    let keep = 3;
    let mut newest = Vec::new();
    for i in 0..keep + 2 {
        let other = files.path().join(format!("other-{i}.ics"));
        fs::copy(fixture(SMALL), &other).unwrap();
        load(&other, load::Options::default(), Some(Cache { dir: cache.path(), min_size: 0, keep })).unwrap();
        newest.push(cache.path().join(entry_name(&other, &other.display().to_string(), load::Options::default())));
    }
    assert_eq!(entries(cache.path()).len(), keep);
    let last = newest.last().unwrap();
    assert!(last.exists(), "the newest entry {} was dropped", last.display());
    assert!(!newest[0].exists(), "an old entry {} was kept", newest[0].display());
}

#[test]
fn warnings_are_cached_per_language_so_each_run_hears_its_own() {
    use crate::wording::language::{Clock, Language, speaking};
    let (files, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let path = files.path().join("floating.ics");
    let ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:A\nDTSTART:20240501T100000\nEND:VEVENT\nEND:VCALENDAR\n";
    fs::write(&path, ics).unwrap();
    let in_language = |language| {
        speaking(language, Clock::TwentyFourHour, || {
            let (loaded, _) = load(&path, load::Options::default(), any_size(cache.path())).unwrap();
            loaded.warnings.iter().map(|w| w.message.clone()).collect::<Vec<_>>().join("\n")
        })
    };
    let korean = in_language(Language::Korean);
    assert!(korean.contains("현지 시간을 UTC로 읽습니다"), "{korean}");
    let english = in_language(Language::English);
    assert!(english.contains("local times are read as UTC"), "{english}");
    assert_eq!(in_language(Language::Korean), korean, "the Korean entry is still there");
}
