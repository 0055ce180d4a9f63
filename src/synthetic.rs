//! Deterministic synthetic programmes (fixed seed) for benchmarks and stress tests: many days,
//! rooms, people and organizers, overlapping sessions, Korean, accented and emoji text.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, NaiveTime};

use crate::model::{Format, Person, Programme, Session, SessionExtras, SessionId, Theme};

/// A small, fast, deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "human",
    "rights",
    "city",
    "cities",
    "local",
    "government",
    "inclusion",
    "housing",
    "climate",
    "migrants",
    "refugees",
    "youth",
    "children",
    "gender",
    "equality",
    "disability",
    "memory",
    "peace",
    "education",
    "health",
    "democracy",
    "participation",
    "solidarity",
    "justice",
    "food",
    "water",
    "digital",
    "privacy",
    "labour",
    "culture",
    "인권",
    "도시",
    "난민",
    "청년",
    "기후",
    "평화",
    "교육",
    "지방정부",
    "café",
    "Zürich",
    "São Paulo",
    "🌏",
    "✊",
];
const GIVEN: &[&str] =
    &["Min-jun", "Seo-yeon", "Ana", "José", "Amira", "Kwame", "Yuki", "Lars", "Priya", "Chen", "Élodie", "Olu"];
const FAMILY: &[&str] =
    &["KIM", "LEE", "PARK", "García", "Okafor", "Sato", "Nielsen", "Sharma", "Wang", "Dubois", "CHOI", "Müller"];
const COUNTRIES: &[&str] =
    &["Korea", "Spain", "Nigeria", "Japan", "Sweden", "India", "China", "France", "Brazil", "Germany"];
const KINDS: &[&str] = &["plenary", "thematic", "special", "network", "workshop", "training"];
const ROLES: &[&str] = &["moderator", "speaker", "discussant", "presenter"];
const THEMES: &[&str] = &[
    "housing",
    "climate",
    "migrants",
    "youth",
    "gender",
    "disability",
    "memory",
    "peace",
    "education",
    "health",
    "digital",
    "food",
];

fn title(rng: &mut Rng) -> String {
    let n = 3 + rng.below(6);
    let words: Vec<&str> = (0..n).map(|_| *rng.pick(WORDS)).collect();
    let mut t = words.join(" ");
    if let Some(first) = t.get(..1) {
        t = first.to_uppercase() + &t[1..];
    }
    t
}

/// A programme of `sessions` sessions over five days, the same for the same `seed`. Each room
/// runs back-to-back sessions from 08:00 (16 a day); one session in 250 starts 15 minutes before
/// its predecessor ends (a room clash); speakers come from a pool of n/2 people and organizers from
/// n/5, so some people are
/// booked twice; one session in 20 has no published time and one in 50 no date.
pub fn programme(sessions: usize, seed: u64) -> Programme {
    let mut rng = Rng::new(seed);
    let first_day = NaiveDate::from_ymd_opt(2030, 10, 7).unwrap_or_default();
    let days = 5;
    let per_room_day = 16;
    let rooms: Vec<String> =
        (0..sessions.div_ceil(days * per_room_day).max(1)).map(|i| format!("Room {}", 100 + i)).collect();
    let people: Vec<Person> = (0..(sessions / 2).max(20))
        .map(|i| Person {
            name: format!("{} {} {}", rng.pick(FAMILY), rng.pick(GIVEN), i),
            role: None,
            affiliation: None,
            country: Some((*rng.pick(COUNTRIES)).to_owned()),
            topic: None,
        })
        .collect();
    let organizers: Vec<String> =
        (0..(sessions / 5).max(10)).map(|i| format!("{} Network {i}", rng.pick(WORDS))).collect();
    let mut clock: Vec<i64> = vec![8 * 60; rooms.len() * days];
    let list = (0..sessions)
        .map(|i| {
            let lane = i % (rooms.len() * days);
            let (room, day) = (lane % rooms.len(), lane / rooms.len());
            let minutes = 15 * (2 + rng.below(3) as i64);
            let overlap = if i % 250 == 249 { 15 } else { 0 };
            let start_min = (clock[lane] - overlap).max(0);
            clock[lane] = start_min + minutes + 15 * rng.below(2) as i64;
            let date = first_day + Duration::days(day as i64);
            let start =
                NaiveTime::from_hms_opt(((start_min / 60) % 24) as u32, (start_min % 60) as u32, 0).unwrap_or_default();
            let end_min = start_min + minutes;
            let end =
                NaiveTime::from_hms_opt(((end_min / 60) % 24) as u32, (end_min % 60) as u32, 0).unwrap_or_default();
            let timed = i % 20 != 0 && i % 50 != 0 && end_min < 24 * 60;
            let speakers = (0..1 + rng.below(3))
                .map(|_| {
                    let mut p = rng.pick(&people).clone();
                    p.role = Some((*rng.pick(ROLES)).to_owned());
                    p
                })
                .collect();
            // Drawn in the order the fields were listed before they moved to the extras.
            let title_text = title(&mut rng);
            let other_titles = if i % 7 == 0 { vec![title(&mut rng)] } else { Vec::new() };
            Session {
                id: SessionId(format!("s{i}")),
                title: title_text,
                date: (i % 50 != 0).then_some(date),
                start: timed.then_some(start),
                end: timed.then_some(end),
                kind: Some((*rng.pick(KINDS)).to_owned()),
                format: Some(*rng.pick(&Format::ALL)),
                room: Some(rooms[room].clone()),
                themes: vec![(*rng.pick(THEMES)).to_owned()],
                organizers: vec![rng.pick(&organizers).clone()],
                people: speakers,
                summary: (i % 4 == 0).then(|| title(&mut rng)),
                extras: SessionExtras { other_titles, ..SessionExtras::default() }.into(),
                ..Session::default()
            }
        })
        .collect();
    let last_day = first_day + Duration::days(days as i64 - 1);
    let title = format!("Synthetic programme of {sessions} sessions");
    let mut programme =
        Programme::new(format!("synthetic-{sessions}"), title, chrono_tz::Asia::Seoul, first_day, last_day);
    programme.short_title = Some(format!("SYNTH {sessions}"));
    programme.themes =
        THEMES.iter().map(|t| Theme { id: (*t).to_owned(), name: (*t).to_owned(), description: None }).collect();
    programme.sessions = list;
    programme
}

/// `p` as C3VOC schedule.json (days, rooms, events with zoned dates), to benchmark and test
/// that importer at any size.
pub fn schedule_json(p: &Programme) -> serde_json::Value {
    use serde_json::json;

    let mut days: BTreeMap<NaiveDate, BTreeMap<String, Vec<serde_json::Value>>> = BTreeMap::new();
    for s in &p.sessions {
        let (Some(date), Some(start)) = (s.date, s.start_at(p.timezone)) else { continue };
        let minutes = s.end_at(p.timezone).map_or(30, |e| (e - start).num_minutes());
        let room = s.room.clone().unwrap_or_default();
        days.entry(date).or_default().entry(room.clone()).or_default().push(json!({
            "id": s.id.as_str().trim_start_matches('s').parse::<u64>().unwrap_or(0),
            "guid": format!("00000000-0000-4000-8000-{:012}", s.id.as_str().trim_start_matches('s').parse::<u64>().unwrap_or(0)),
            "date": start.to_rfc3339(),
            "start": start.format("%H:%M").to_string(),
            "duration": format!("{:02}:{:02}", minutes / 60, minutes % 60),
            "room": room,
            "title": s.title,
            "subtitle": s.subtitle,
            "track": s.themes.first(),
            "type": s.kind,
            "language": "en",
            "abstract": s.summary,
            "description": null,
            "persons": s.people.iter().map(|x| json!({"public_name": x.name})).collect::<Vec<_>>(),
            "links": [],
        }));
    }
    let days: Vec<_> = days
        .into_iter()
        .enumerate()
        .map(|(i, (date, rooms))| json!({"index": i + 1, "date": date.to_string(), "rooms": rooms}))
        .collect();
    json!({"schedule": {"version": "synthetic", "conference": {
        "acronym": p.id, "title": p.title, "start": p.first_day.to_string(), "end": p.last_day.to_string(),
        "time_zone_name": p.timezone.name(), "days": days,
    }}})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{self, FileLocator};

    #[test]
    fn deterministic_and_valid() {
        let a = programme(500, 7);
        assert_eq!(a, programme(500, 7));
        assert_ne!(a.sessions[0].title, programme(500, 8).sessions[0].title);
        let problems = validate::check(&a, &FileLocator("synthetic".into()));
        assert!(problems.is_empty(), "{problems:?}");
        assert!(a.sessions.iter().any(|s| s.date.is_none()) && a.sessions.iter().any(|s| s.start.is_none()));
    }
}
