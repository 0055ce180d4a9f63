//! A compact binary form of a loaded programme (the programme and its warnings) for the cache.
//!
//! Written by hand rather than through serde: the model's serde shape skips absent fields, which a
//! non-self-describing format cannot read back, and a hand-written reader allocates only the
//! strings. Every struct is taken apart with an exhaustive pattern, so adding a field to the model
//! does not compile until it is encoded here too. Reading checks every length and tag: a damaged
//! cache gives `Err`, never a panic or a wrong programme.

use std::collections::BTreeMap;

use chrono::Timelike;

use super::wire::{Damaged, Reader, Writer};
use crate::diagnostic::{Location, Problem, Severity};
use crate::model::{CutOff, Format, Person, Programme, Session, SessionExtras, SessionId, Theme};
use crate::time::ZoneFound;

fn put_person(w: &mut Writer, p: &Person) {
    let Person { name, role, affiliation, country, topic } = p;
    w.str(name);
    for v in [role, affiliation, country, topic] {
        w.opt_str(v);
    }
}

fn get_person(r: &mut Reader) -> Result<Person, Damaged> {
    Ok(Person {
        name: r.str()?,
        role: r.opt_str()?,
        affiliation: r.opt_str()?,
        country: r.opt_str()?,
        topic: r.opt_str()?,
    })
}

fn format_code(f: &Format) -> u32 {
    Format::ALL.iter().position(|x| x == f).unwrap_or(0) as u32
}

/// Append one session.
pub fn put_session(w: &mut Writer, s: &Session) {
    let Session {
        id,
        title,
        subtitle,
        date,
        start,
        end,
        end_date,
        kind,
        format,
        languages,
        room,
        themes,
        organizers,
        people,
        summary,
        sources,
        complete,
        extras,
    } = s;
    let SessionExtras {
        other_titles,
        time_conflict,
        kind_as_stated,
        format_as_stated,
        interpretation,
        venue,
        place_as_stated,
        cut_off,
        notes,
    } = &**extras;
    w.str(id.as_str());
    w.str(title);
    w.strs(other_titles);
    w.opt_str(subtitle);
    w.opt(date, Writer::date);
    w.opt(start, Writer::time);
    w.opt(end, Writer::time);
    w.opt_str(time_conflict);
    w.opt(end_date, Writer::date);
    w.opt_str(kind);
    w.opt_str(kind_as_stated);
    w.opt(format, |w, f| w.u32(format_code(f)));
    w.opt_str(format_as_stated);
    w.strs(languages);
    w.strs(interpretation);
    w.opt_str(room);
    w.opt_str(venue);
    w.opt_str(place_as_stated);
    w.strs(themes);
    w.strs(organizers);
    w.list(people, put_person);
    w.opt_str(summary);
    w.strs(sources);
    w.flag(*complete);
    w.list(cut_off, |w, c| w.str(&c.to_string()));
    w.opt_str(notes);
}

/// Read one session.
pub fn get_session(r: &mut Reader) -> Result<Session, Damaged> {
    // In the order they were written.
    let (id, title, other_titles, subtitle) = (SessionId(r.str()?), r.str()?, r.strs()?, r.opt_str()?);
    let (date, start, end) = (r.opt(Reader::date)?, r.opt(Reader::time)?, r.opt(Reader::time)?);
    let (time_conflict, end_date, kind, kind_as_stated) =
        (r.opt_str()?, r.opt(Reader::date)?, r.opt_str()?, r.opt_str()?);
    let format = r.opt(|r| Format::ALL.get(r.u32()? as usize).copied().ok_or(Damaged))?;
    let (format_as_stated, languages, interpretation) = (r.opt_str()?, r.strs()?, r.strs()?);
    let (room, venue, place_as_stated) = (r.opt_str()?, r.opt_str()?, r.opt_str()?);
    let (themes, organizers) = (r.strs()?, r.strs()?);
    let (people, summary, sources, complete) = (r.list(get_person)?, r.opt_str()?, r.strs()?, r.flag()?);
    let cut_off = r.list(|r| r.str()?.parse::<CutOff>().map_err(|_| Damaged))?;
    let notes = r.opt_str()?;
    let extras = SessionExtras {
        other_titles,
        time_conflict,
        kind_as_stated,
        format_as_stated,
        interpretation,
        venue,
        place_as_stated,
        cut_off,
        notes,
    };
    Ok(Session {
        id,
        title,
        subtitle,
        date,
        start,
        end,
        end_date,
        kind,
        format,
        languages,
        room,
        themes,
        organizers,
        people,
        summary,
        sources,
        complete,
        extras: extras.into(),
    })
}

/// Append everything of a programme but its sessions.
pub fn put_head(w: &mut Writer, p: &Programme) {
    let Programme {
        id,
        edition,
        ordinal,
        title,
        short_title,
        theme,
        theme_titles,
        timezone,
        zone_found,
        first_day,
        last_day,
        day_change,
        dates_as_stated,
        venue,
        mode,
        hosts,
        organizers,
        stated_session_count,
        stated_session_total,
        figures,
        sources,
        themes,
        sessions: _,
    } = p;
    w.str(id);
    w.opt(edition, |w, e| w.u32(e.cast_unsigned()));
    w.opt(ordinal, |w, o| w.u32(*o));
    w.str(title);
    w.opt_str(short_title);
    w.opt_str(theme);
    w.strs(theme_titles);
    w.str(timezone.name());
    w.opt(zone_found, |w, f| w.u32(ZoneFound::ALL.iter().position(|x| x == f).unwrap_or(0) as u32));
    w.date(first_day);
    w.date(last_day);
    w.opt(day_change, |w, t| w.u32(t.num_seconds_from_midnight()));
    w.strs(dates_as_stated);
    w.opt_str(venue);
    w.opt_str(mode);
    w.strs(hosts);
    w.strs(organizers);
    w.opt_str(stated_session_count);
    w.opt(stated_session_total, |w, n| w.u32(*n));
    w.u32(u32::try_from(figures.len()).unwrap_or(u32::MAX));
    for (k, v) in figures {
        w.str(k);
        w.str(v);
    }
    w.strs(sources);
    w.list(themes, |w, Theme { id, name, description }| {
        w.str(id);
        w.str(name);
        w.opt_str(description);
    });
}

/// Read everything of a programme but its sessions (left empty).
pub fn get_head(r: &mut Reader) -> Result<Programme, Damaged> {
    let id = r.str()?;
    let edition = r.opt(|r| r.u32().map(u32::cast_signed))?;
    let ordinal = r.opt(Reader::u32)?;
    let title = r.str()?;
    let short_title = r.opt_str()?;
    let theme = r.opt_str()?;
    let theme_titles = r.strs()?;
    let timezone = r.str()?.parse().map_err(|_| Damaged)?;
    let zone_found = r.opt(|r| ZoneFound::ALL.get(r.u32()? as usize).copied().ok_or(Damaged))?;
    let (first_day, last_day) = (r.date()?, r.date()?);
    let mut p = Programme::new(id, title, timezone, first_day, last_day);
    p.zone_found = zone_found;
    p.day_change = r.opt(|r| chrono::NaiveTime::from_num_seconds_from_midnight_opt(r.u32()?, 0).ok_or(Damaged))?;
    (p.edition, p.ordinal, p.short_title, p.theme, p.theme_titles) =
        (edition, ordinal, short_title, theme, theme_titles);
    p.dates_as_stated = r.strs()?;
    p.venue = r.opt_str()?;
    p.mode = r.opt_str()?;
    p.hosts = r.strs()?;
    p.organizers = r.strs()?;
    p.stated_session_count = r.opt_str()?;
    p.stated_session_total = r.opt(Reader::u32)?;
    let mut figures = BTreeMap::new();
    for _ in 0..r.u32()? {
        figures.insert(r.str()?, r.str()?);
    }
    p.figures = figures;
    p.sources = r.strs()?;
    p.themes = r.list(|r| Ok(Theme { id: r.str()?, name: r.str()?, description: r.opt_str()? }))?;
    Ok(p)
}

/// Append a list of problems (the warnings of a load).
pub fn put_problems(w: &mut Writer, problems: &[Problem]) {
    w.list(problems, |w, Problem { severity, location: Location { path, line, column }, session, message }| {
        w.flag(*severity == Severity::Error);
        w.str(path);
        for n in [line, column] {
            w.opt(n, |w, n| w.u64(*n as u64));
        }
        w.opt_str(session);
        w.str(message);
    });
}

/// Read a list of problems.
pub fn get_problems(r: &mut Reader) -> Result<Vec<Problem>, Damaged> {
    r.list(|r| {
        let severity = if r.flag()? { Severity::Error } else { Severity::Warning };
        let path = r.str()?;
        let line = r.opt(|r| r.u64().map(|n| n as usize))?;
        let column = r.opt(|r| r.u64().map(|n| n as usize))?;
        Ok(Problem { severity, location: Location { path, line, column }, session: r.opt_str()?, message: r.str()? })
    })
}
