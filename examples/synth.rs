//! Write a deterministic synthetic programme (fixed seed) in our TOML format and as C3VOC
//! schedule.json, for benchmarks and stress tests:
//! `cargo run --release --example synth -- 100000 /tmp/synth-100k` writes
//! `/tmp/synth-100k.toml`, `/tmp/synth-100k.json` and `/tmp/synth-100k.lines` (title and people
//! of each session on one line, for `fzf --filter`).

use std::collections::BTreeMap;

use serde_json::json;
use whrcf::model::Programme;

fn schedule_json(p: &Programme) -> serde_json::Value {
    let mut days: BTreeMap<chrono::NaiveDate, BTreeMap<String, Vec<serde_json::Value>>> = BTreeMap::new();
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

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let stem = args.next().unwrap_or_else(|| format!("synth-{n}"));
    let p = whrcf::synthetic::programme(n, 42);
    let toml = whrcf::load::to_toml(&p).expect("serializable");
    std::fs::write(format!("{stem}.toml"), toml).expect("write TOML");
    let json = serde_json::to_string(&schedule_json(&p)).expect("serializable");
    std::fs::write(format!("{stem}.json"), json).expect("write JSON");
    // The same searchable text, one session a line, for comparing with `fzf --filter`.
    let lines: String = p
        .sessions
        .iter()
        .map(|s| {
            let people: Vec<&str> = s.people.iter().map(|x| x.name.as_str()).collect();
            format!("{} | {}\n", s.title, people.join(", "))
        })
        .collect();
    std::fs::write(format!("{stem}.lines"), lines).expect("write lines");
    eprintln!("wrote {stem}.toml, {stem}.json and {stem}.lines ({n} sessions)");
}
