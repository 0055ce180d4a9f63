//! `whrcf show ID`: one session in full, as text or JSON.

use std::fmt::Write as _;
use std::process::ExitCode;

use whrcf::model::{CutOff, Person, Programme, Session};
use whrcf::time;

use super::{Context, TextFormat};

pub fn run(ctx: &Context, id: &str, format: TextFormat) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let Some(index) = p.sessions.iter().position(|s| s.id.as_str() == id) else {
        return Err(unknown_id(p, id));
    };
    match format {
        TextFormat::Json => {
            let v = super::list::session_json(ctx, index);
            outln!("{}", whrcf::safe_json::to_string_pretty(&v).map_err(|e| e.to_string())?);
        }
        TextFormat::Text => {
            let edition = ctx.member_of(index).map(|m| {
                let ordinal = m.ordinal.map(|o| format!(" ({} forum)", whrcf::load::ordinal_name(o)));
                format!("{}{}", m.label, ordinal.unwrap_or_default())
            });
            out!("{}", detail(p, &p.sessions[index], ctx.zone, edition.as_deref()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled edition other than `p` whose ids start like `id` (`2019-...`), if any.
fn other_edition(p: &Programme, id: &str) -> Option<i32> {
    let year: i32 = id.get(..4)?.parse().ok()?;
    (whrcf::load::BUNDLED.iter().any(|b| b.edition == year) && p.edition != Some(year) && id[4..].starts_with('-'))
        .then_some(year)
}

fn unknown_id(p: &Programme, id: &str) -> String {
    let needle = id.to_lowercase();
    let near: Vec<&str> = p
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .filter(|s| s.contains(&needle) || needle.contains(*s))
        .take(5)
        .collect();
    let hint = if let Some(year) = other_edition(p, id) {
        format!("ids starting with {year} are in the {year} edition: add `--edition {year}` (or `--edition all`)")
    } else if near.is_empty() {
        "see `whrcf list` for ids".to_owned()
    } else {
        format!("did you mean {}?", near.join(", "))
    };
    format!("no session `{id}` in {}: {hint}", p.label())
}

/// Said under a value the stored copy cut off: `(title cut off in the stored copy)`.
fn gap(out: &mut String, indent: usize, what: &str) {
    let _ = writeln!(out, "{:indent$}({what} cut off in the stored copy)", "");
}

fn person_line(person: &Person) -> String {
    let mut line = person.name.clone();
    let extra: Vec<&str> = [person.affiliation.as_deref(), person.country.as_deref()].into_iter().flatten().collect();
    if !extra.is_empty() {
        line.push_str(&format!(" ({})", extra.join(", ")));
    }
    if let Some(topic) = &person.topic {
        line.push_str(&format!(" on {topic}"));
    }
    line
}

/// A session as readable text.
pub fn detail(p: &Programme, s: &Session, zone: chrono_tz::Tz, edition: Option<&str>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", s.title);
    if s.is_cut_off(CutOff::Title) {
        gap(&mut out, 0, CutOff::Title.noun());
    }
    for (i, t) in s.other_titles.iter().enumerate() {
        let _ = writeln!(out, "  also: {t}");
        if s.is_cut_off(CutOff::OtherTitle(i)) {
            gap(&mut out, 8, CutOff::OtherTitle(i).noun());
        }
    }
    if let Some(sub) = &s.subtitle {
        let _ = writeln!(out, "  {sub}");
        if s.is_cut_off(CutOff::Subtitle) {
            gap(&mut out, 2, CutOff::Subtitle.noun());
        }
    }
    let _ = writeln!(out, "\nid        {}", s.id);
    if let Some(edition) = edition {
        let _ = writeln!(out, "edition   {edition}");
    }
    let day = s.date.map_or("date not published".into(), |d| d.format("%A %Y-%m-%d").to_string());
    let _ = writeln!(out, "day       {day}");
    let _ = writeln!(out, "time      {}", time::format_range(p, s, p.timezone));
    if let Some(conflict) = s.time_conflict.as_ref().filter(|_| s.start.is_none()) {
        let _ = writeln!(out, "          ({conflict})");
    }
    if zone != p.timezone && s.start.is_some() {
        let _ = writeln!(out, "          {}", time::format_range(p, s, zone));
    }
    if s.start.is_some() && s.end.is_none() {
        let _ = writeln!(out, "          (end not published)");
    }
    let field = |out: &mut String, label: &str, value: Option<String>| {
        let _ = writeln!(out, "{label:<10}{}", value.unwrap_or_else(|| "not published".into()));
    };
    field(&mut out, "kind", s.kind.clone());
    field(&mut out, "format", s.format.map(|f| f.to_string()).or(s.format_as_stated.clone()));
    field(&mut out, "room", s.place().map(str::to_owned));
    if s.place_cut_off() {
        gap(&mut out, 10, if s.room.is_some() { CutOff::Room.noun() } else { CutOff::Venue.noun() });
    }
    if !s.interpretation.is_empty() {
        field(&mut out, "interp.", Some(s.interpretation.join(", ")));
    }
    let themes: Vec<&str> = s.themes.iter().map(|t| p.theme(t).map_or(t.as_str(), |t| t.name.as_str())).collect();
    field(&mut out, "themes", (!themes.is_empty()).then(|| themes.join(", ")));
    field(&mut out, "by", (!s.organizers.is_empty()).then(|| s.organizers.join("; ")));
    for (i, organizer) in s.organizers.iter().enumerate().filter(|(i, _)| s.is_cut_off(CutOff::Organizer(*i))) {
        gap(&mut out, 10, &format!("{} '{organizer}'", CutOff::Organizer(i).noun()));
    }
    if !s.people.is_empty() {
        let _ = writeln!(out, "\nPeople");
        for (role, people) in s.people_by_role() {
            let _ = writeln!(out, "  {role}");
            for person in people {
                let _ = writeln!(out, "    {}", person_line(person));
                let cut: Vec<&str> = s.person_cut_off(person).into_iter().map(|f| f.as_str()).collect();
                if !cut.is_empty() {
                    gap(&mut out, 6, &cut.join(" and "));
                }
            }
        }
    } else {
        let _ = writeln!(out, "\nPeople    not published");
    }
    if let Some(summary) = &s.summary {
        let _ = writeln!(out, "\n{summary}");
    }
    if p.tracks_completeness() && !s.complete {
        let _ = writeln!(out, "\n(The record of this session is incomplete.)");
    }
    if let Some(notes) = &s.notes {
        let _ = writeln!(out, "\nNotes: {notes}");
    }
    let _ = writeln!(out, "\nSources");
    for src in &s.sources {
        let _ = writeln!(out, "  {src}");
    }
    out
}
