//! `whrcf people [NAME]`: everyone in the programme with their sessions and roles, then the
//! organizers with theirs. With `--edition all` it spans every edition ("where has this person
//! appeared over the years?"), each session row starting with its edition.

use std::collections::BTreeSet;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde_json::json;
use whrcf::filter;
use whrcf::people::{self, Entry, EntryKind};
use whrcf::sanitize::line;
use whrcf::text;

use super::{Context, TableFormat, output_width};

/// Which entries `--only` keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    People,
    Organizers,
}

#[derive(Debug, Clone, Args)]
pub struct PeopleArgs {
    /// Only names containing all these words (case and accents do not matter).
    #[arg(value_name = "NAME")]
    pub name: Vec<String>,
    /// Only sessions in rooms (or venues) whose name contains all these words.
    #[arg(long, value_name = "ROOM")]
    pub room: Option<String>,
    /// Only people, or only organizers.
    #[arg(long, value_enum)]
    pub only: Option<Only>,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

pub fn run(ctx: &Context, args: &PeopleArgs) -> Result<ExitCode, String> {
    let p = &ctx.loaded.programme;
    let query = args.name.join(" ");
    let wanted = |e: &Entry| match args.only {
        Some(Only::People) => e.kind == EntryKind::Person,
        Some(Only::Organizers) => e.kind == EntryKind::Organizer,
        None => true,
    };
    let mut index = people::index(p, &filter::chronological(p));
    if let Some(room) = &args.room {
        if people::rooms_matching(p, room).is_empty() {
            return Err(unknown_room(p, room));
        }
        index = people::in_room(p, index, room);
    }
    let name_query = people::NameQuery::new(&query);
    let shown: Vec<&Entry> = index.iter().filter(|e| wanted(e) && name_query.finds(e)).collect();
    match args.format {
        TableFormat::Json => {
            let items: Vec<_> = shown.iter().map(|e| entry_json(ctx, e)).collect();
            outln!("{}", whrcf::safe_json::to_string_pretty(&items).map_err(|e| e.to_string())?);
        }
        TableFormat::Table => out!("{}", table(ctx, &shown, &query, args.room.as_deref(), output_width())),
    }
    Ok(ExitCode::SUCCESS)
}

/// No room of `p` matches `room`: the one probably meant, else the rooms there are.
fn unknown_room(p: &whrcf::model::Programme, room: &str) -> String {
    let room = line(room);
    let all = people::rooms_matching(p, "");
    if all.is_empty() {
        return whrcf::wording::ROOM_UNKNOWN_NONE.say(&[("room", &room), ("programme", &p.label())]);
    }
    if let Some(meant) = whrcf::spelling::nearest(&room, all.iter().copied()) {
        return whrcf::wording::ROOM_UNKNOWN_MEANT.say(&[("room", &room), ("meant", &line(meant))]);
    }
    const SHOWN: usize = 12;
    let mut known: Vec<String> = all.iter().take(SHOWN).map(|r| line(r)).collect();
    if all.len() > SHOWN {
        known.push(whrcf::wording::ROOMS_MORE.say(&[("n", &(all.len() - SHOWN))]));
    }
    whrcf::wording::ROOM_UNKNOWN.say(&[("room", &room), ("known", &known.join(", "))])
}

/// The edition session `i` belongs to: its member's with `--edition all`, else the programme's.
fn edition_of(ctx: &Context, i: usize) -> Option<i32> {
    ctx.member_of(i).map_or(ctx.loaded.programme.edition, |m| m.edition)
}

/// The years of the editions an entry's sessions belong to, newest first.
fn editions(ctx: &Context, e: &Entry) -> Vec<i32> {
    let years: BTreeSet<i32> = e.sessions.iter().filter_map(|(i, _)| edition_of(ctx, *i)).collect();
    years.into_iter().rev().collect()
}

/// The role in JSON: as published (null when not), `organizer` for an organizer's sessions.
fn json_role(kind: EntryKind, role: Option<&str>) -> Option<&str> {
    if kind == EntryKind::Organizer { Some("organizer") } else { role }
}

fn entry_json(ctx: &Context, e: &Entry) -> serde_json::Value {
    let p = &ctx.loaded.programme;
    let sessions: Vec<_> = e
        .sessions
        .iter()
        .map(|(i, role)| {
            let s = &p.sessions[*i];
            let edition = edition_of(ctx, *i);
            json!({
                "id": s.id.as_str(), "title": s.title, "role": json_role(e.kind, role.as_deref()), "edition": edition,
                "day": p.day_of(s).map(|d| d.to_string()),
                "start": s.start_at(p.timezone).map(|t| t.with_timezone(&ctx.zone).to_rfc3339()),
            })
        })
        .collect();
    let kind = if e.kind == EntryKind::Person { "person" } else { "organizer" };
    json!({"name": e.name, "name_cut_off": e.cut_off, "kind": kind, "about": e.about, "editions": editions(ctx, e), "sessions": sessions})
}

/// Each entry, then its sessions one per line.
fn table(ctx: &Context, shown: &[&Entry], query: &str, room: Option<&str>, width: usize) -> String {
    let p = &ctx.loaded.programme;
    let people = shown.iter().filter(|e| e.kind == EntryKind::Person).count();
    let mut scope = if query.is_empty() {
        String::new()
    } else {
        format!(" {}", whrcf::wording::PEOPLE_MATCHING.say(&[("query", &query)]))
    };
    if let Some(room) = room {
        scope.push_str(&format!(" {}", whrcf::wording::PEOPLE_IN_ROOMS.say(&[("room", &room)])));
    }
    let (persons, organizers) =
        (whrcf::wording::PEOPLE.of(people), whrcf::wording::ORGANIZERS.of(shown.len() - people));
    let heading = whrcf::wording::PEOPLE_HEADING.say(&[
        ("programme", &p.label()),
        ("people", &persons),
        ("organizers", &organizers),
    ]);
    let mut out = super::catalog::hanging("", &format!("{heading}{scope}"), width);
    if shown.is_empty() {
        out.push_str(&format!("{}.\n", whrcf::wording::PEOPLE_NO_ONE.text()));
        return out;
    }
    for e in shown {
        let years = editions(ctx, e);
        let sessions = whrcf::wording::SESSIONS.of(e.sessions.len());
        let sessions = if years.len() > 1 {
            whrcf::wording::PEOPLE_ACROSS.say(&[("n", &years.len()), ("sessions", &sessions)])
        } else {
            sessions
        };
        let mark = if e.kind == EntryKind::Organizer { "◇ " } else { "" };
        let about = e.about.as_ref().map(|a| format!(" — {a}")).unwrap_or_default();
        let gap = if e.cut_off { whrcf::model::CUT_OFF_MARK } else { "" };
        let head = format!("\n{mark}{}{gap}{about} · {sessions}", e.name);
        out.push_str(&text::truncate(&head, width));
        out.push('\n');
        for (i, role) in &e.sessions {
            let s = &p.sessions[*i];
            let year = ctx.member_of(*i).and_then(|m| m.edition).map(|y| format!("{y}  ")).unwrap_or_default();
            let day = s.date.map_or(whrcf::wording::ROW_UNDATED.text().to_owned(), whrcf::wording::when::date);
            let mut line = format!("  {year}{day}");
            if s.start.is_some() {
                line.push(' ');
                line.push_str(&whrcf::wording::when::format_range(p, s, ctx.zone));
            }
            let role = whrcf::wording::role(e.kind, role.as_deref());
            line.push_str(&format!("  [{}]  {role} · {}", s.id, s.title));
            out.push_str(&text::truncate(&line, width));
            out.push('\n');
        }
    }
    out
}
