//! Cross-checks every bundled session against the research file in data/sources, so that
//! nothing in data/ is invented: titles, dates, times, organizers and people must be there as they are.

#[path = "common/fixtures.rs"]
mod fixtures;

use serde_json::Value;
use whrcf::load;
use whrcf::model::Session;

fn sources() -> Value {
    let path = fixtures::research("whrcf-programs.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("valid JSON")
}

fn opt_str(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(opt_str).collect()).unwrap_or_default()
}

fn hhmm(s: &Session, t: Option<chrono::NaiveTime>) -> Option<String> {
    let _ = s;
    t.map(|t| t.format("%H:%M").to_string())
}

#[test]
fn every_bundled_session_is_in_the_sources_exactly() {
    let src = sources();
    for edition in [2021, 2020, 2019] {
        let p = load::bundled(edition).expect("bundled edition loads").programme;
        let recorded = src[edition.to_string()]["sessions"].as_array().expect("sessions array");
        assert_eq!(p.sessions.len(), recorded.len(), "{edition}: every recorded session is bundled");
        for (s, r) in p.sessions.iter().zip(recorded) {
            let id = s.id.as_str();
            assert_eq!(Some(s.title.clone()), opt_str(&r["title"]), "{id}: title");
            assert_eq!(s.subtitle, opt_str(&r["subtitle"]), "{id}: subtitle");
            assert_eq!(s.date.map(|d| d.to_string()), opt_str(&r["date"]), "{id}: date");
            assert_eq!(hhmm(s, s.start), opt_str(&r["start"]), "{id}: start");
            assert_eq!(hhmm(s, s.end), opt_str(&r["end"]), "{id}: end");
            assert_eq!(s.organizers, strings(&r["organizers"]), "{id}: organizers");
            assert_eq!(s.other_titles, strings(&r["alt_titles"]), "{id}: other titles");
            assert_eq!(s.room, opt_str(&r["room"]), "{id}: room");
            assert_eq!(s.venue, opt_str(&r["venue"]), "{id}: venue");
            assert_eq!(Some(s.sources[0].clone()), opt_str(&r["source_url"]), "{id}: first source");
            assert_eq!(s.sources[1..], strings(&r["other_sources"])[..], "{id}: other sources");
            let people = r["people"].as_array().cloned().unwrap_or_default();
            assert_eq!(s.people.len(), people.len(), "{id}: number of people");
            for (person, rp) in s.people.iter().zip(&people) {
                assert_eq!(Some(person.name.clone()), opt_str(&rp["name"]), "{id}: person name");
                assert_eq!(person.role, opt_str(&rp["role"]), "{id}: role of {}", person.name);
                assert_eq!(person.affiliation, opt_str(&rp["affiliation"]), "{id}: affiliation of {}", person.name);
                assert_eq!(person.country, opt_str(&rp["country"]), "{id}: country of {}", person.name);
                assert_eq!(person.topic, opt_str(&rp["topic"]), "{id}: topic of {}", person.name);
            }
            assert!(s.summary.as_deref().is_some_and(|t| !t.trim().is_empty()), "{id}: has a summary");
            assert_ne!(s.summary, opt_str(&r["summary"]), "{id}: summary is in our own words");
        }
    }
}

#[test]
fn programme_facts_match_the_sources() {
    let src = sources();
    for edition in [2021, 2020, 2019] {
        let p = load::bundled(edition).unwrap().programme;
        let e = &src[edition.to_string()];
        assert_eq!(Some(p.title.clone()), opt_str(&e["name"]));
        assert_eq!(p.theme, opt_str(&e["theme"]));
        assert_eq!(p.timezone.name(), e["timezone"].as_str().unwrap());
        assert_eq!(p.ordinal, e["ordinal"].as_u64().map(|o| o as u32));
        let first = opt_str(&e["dates"]["pre_forum"]).or(opt_str(&e["dates"]["start"]));
        assert_eq!(Some(p.first_day.to_string()), first);
        assert_eq!(Some(p.last_day.to_string()), opt_str(&e["dates"]["end"]));
        assert_eq!(p.sources, strings(&e["sources"]));
        let dated = p.sessions.iter().filter(|s| s.date.is_some()).count() as u64;
        assert_eq!(Some(dated), e["sessions_with_date"].as_u64(), "{edition}: dated sessions");
    }
}

#[test]
fn ids_are_unique_and_every_theme_is_used_by_some_session() {
    for edition in [2021, 2020, 2019] {
        let p = load::bundled(edition).unwrap().programme;
        let mut ids: Vec<&str> = p.sessions.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), p.sessions.len());
        for t in &p.themes {
            assert!(p.sessions.iter().any(|s| s.themes.contains(&t.id)), "{edition}: theme {} unused", t.id);
        }
    }
}
