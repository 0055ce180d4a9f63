//! The stable JSON shape of a session, shared by `list` and `show` (documented in the README).

use chrono_tz::Tz;
use serde_json::{Value, json};
use whrcf::model::{Programme, Session};

/// A session as a JSON object; instants are RFC 3339 in `zone`.
pub fn session(programme: &Programme, s: &Session, zone: Tz) -> Value {
    let instant = |t: Option<chrono::DateTime<Tz>>| t.map(|t| t.with_timezone(&zone).to_rfc3339());
    json!({
        "id": s.id.as_str(),
        "title": s.title,
        "titles": s.other_titles,
        "subtitle": s.subtitle,
        "day": s.date.map(|d| d.to_string()),
        "start": instant(s.start_at(programme.timezone)),
        "end": instant(s.end_at(programme.timezone)),
        "room": s.place(),
        "kind": s.kind,
        "format": s.format.map(|f| f.as_str()),
        "themes": s.themes,
        "organizers": s.organizers,
        "people": s.people.iter().map(|p| json!({
            "name": p.name,
            "role": p.role,
            "affiliation": p.affiliation,
            "country": p.country,
        })).collect::<Vec<_>>(),
        "summary": s.summary,
        "sources": s.sources,
    })
}
