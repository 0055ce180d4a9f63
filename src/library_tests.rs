//! The library's groups, their order, the fetch time of a web programme, the filter and `resolve`.

use std::collections::BTreeMap;

use chrono::TimeZone;

use super::*;

fn recent(source: &str, minute: u32) -> Recent {
    Recent { source: source.to_owned(), opened_at: Utc.with_ymd_and_hms(2026, 11, 30, 2, minute, 0).unwrap() }
}

#[test]
fn the_library_lists_bundled_then_added_then_recent_not_added() {
    let added = BTreeMap::from([("fosdem".to_owned(), "https://example.org/fosdem.xml".to_owned())]);
    let recent = [recent("/home/a/conf.xml", 5), recent("https://example.org/fosdem.xml", 4)];
    let entries = gather(&added, &recent, None);
    assert_eq!(entries.len(), BUNDLED.len() + 2);
    assert_eq!(entries[0].source, Source::Bundled(BUNDLED[0].edition));
    let added_entry = &entries[BUNDLED.len()];
    assert_eq!((added_entry.kind, added_entry.name.as_str()), (Kind::Added, "fosdem"));
    assert!(added_entry.is_web() && added_entry.fetched_at.is_none());
    let last = &entries[BUNDLED.len() + 1];
    assert_eq!((last.kind, last.name.as_str()), (Kind::Recent, "conf.xml"));
    assert_eq!(last.source, Source::File("/home/a/conf.xml".into()));
    assert_eq!(short_name("https://ex.org/a/b.xml", &Source::Web("https://ex.org/a/b.xml".into())), "b.xml");
}

#[test]
fn a_web_entry_carries_the_fetch_time_of_its_offline_copy() {
    let dir = tempfile::tempdir().unwrap();
    let address = crate::web::Address::parse("https://example.org/s.xml").unwrap();
    let at = Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
    crate::web::offline::write(dir.path(), &address, &Default::default(), at, b"x").unwrap();
    let entries = gather(&BTreeMap::new(), &[recent("https://example.org/s.xml", 1)], Some(dir.path()));
    assert_eq!(entries.last().unwrap().fetched_at, Some(at));
}

#[test]
fn recent_addresses_on_one_server_are_told_apart_by_their_file() {
    let lately = [
        recent("http://127.0.0.1:34715/a.xml", 2),
        recent("http://127.0.0.1:34715/b/c.ics?x=1#y", 1),
        recent("https://example.org/", 0),
    ];
    let entries = gather(&BTreeMap::new(), &lately, None);
    let names: Vec<&str> = entries.iter().filter(|e| e.is_web()).map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["a.xml", "c.ics", "example.org"], "the last part of the path, else the host");
}

#[test]
fn typing_filters_the_library_fuzzily_best_first() {
    let added = BTreeMap::from([("fosdem".to_owned(), "/x/fosdem.xml".to_owned())]);
    let entries = gather(&added, &[recent("/y/démo-con.json", 1)], None);
    assert_eq!(matching(&entries, "").len(), entries.len());
    let found = matching(&entries, "fsdm");
    assert_eq!(found.first().map(|&i| entries[i].name.as_str()), Some("fosdem"));
    assert_eq!(matching(&entries, "demo con").iter().map(|&i| entries[i].kind).collect::<Vec<_>>(), [Kind::Recent]);
    assert_eq!(matching(&entries, "2021").first().map(|&i| entries[i].source.clone()), Some(Source::Bundled(2021)));
    assert!(matching(&entries, "zzzz").is_empty());
}

#[test]
fn a_name_resolves_to_an_added_programme_or_says_the_one_meant() {
    let added = || BTreeMap::from([("demo".to_owned(), "https://example.org/d.xml".to_owned())]);
    let web = Source::Web("https://example.org/d.xml".into());
    assert_eq!(resolve(Path::new("demo"), added), Resolved::Added { name: "demo".into(), source: web.clone() });
    assert_eq!(resolve(Path::new("https://example.org/d.xml"), added), Resolved::Direct(web));
    let typo = resolve(Path::new("dmeo"), added);
    assert_eq!(typo, Resolved::Unknown { source: Source::File("dmeo".into()), near: Some("demo".into()) });
    assert!(matches!(resolve(Path::new("no/such.xml"), added), Resolved::Unknown { near: None, .. }));
}
