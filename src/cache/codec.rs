//! A compact binary form of a loaded programme (the programme and its warnings) for the cache.
//!
//! Written by hand rather than through serde: the model's serde shape skips absent fields, which a
//! non-self-describing format cannot read back, and a hand-written reader allocates only the
//! strings. Every struct is taken apart with an exhaustive pattern, so adding a field to the model
//! does not compile until it is encoded here too. Reading checks every length and tag: a damaged
//! cache gives `Err`, never a panic or a wrong programme.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::diagnostic::{Location, Problem, Severity};
use crate::model::{Format, Person, Programme, Session, SessionId, Theme};

/// The cache entry could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged;

/// Appends values to a buffer.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    fn flag(&mut self, v: bool) {
        self.bytes.push(u8::from(v));
    }

    pub fn str(&mut self, s: &str) {
        self.u32(u32::try_from(s.len()).unwrap_or(u32::MAX));
        self.bytes.extend_from_slice(s.as_bytes());
    }

    fn opt<T>(&mut self, v: &Option<T>, put: impl FnOnce(&mut Self, &T)) {
        self.flag(v.is_some());
        if let Some(v) = v {
            put(self, v);
        }
    }

    fn opt_str(&mut self, v: &Option<String>) {
        self.opt(v, |w, s| w.str(s));
    }

    fn list<T>(&mut self, items: &[T], mut put: impl FnMut(&mut Self, &T)) {
        self.u32(u32::try_from(items.len()).unwrap_or(u32::MAX));
        for item in items {
            put(self, item);
        }
    }

    fn strs(&mut self, items: &[String]) {
        self.list(items, |w, s| w.str(s));
    }

    fn date(&mut self, d: &NaiveDate) {
        self.u32(d.num_days_from_ce().cast_unsigned());
    }

    fn time(&mut self, t: &NaiveTime) {
        self.u32(t.num_seconds_from_midnight());
        self.u32(t.nanosecond());
    }
}

/// Reads values back, checking every length.
pub struct Reader<'b> {
    bytes: &'b [u8],
}

impl<'b> Reader<'b> {
    pub fn new(bytes: &'b [u8]) -> Self {
        Reader { bytes }
    }

    pub fn take(&mut self, n: usize) -> Result<&'b [u8], Damaged> {
        if n > self.bytes.len() {
            return Err(Damaged);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub fn u32(&mut self) -> Result<u32, Damaged> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| Damaged)?))
    }

    pub fn u64(&mut self) -> Result<u64, Damaged> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().map_err(|_| Damaged)?))
    }

    fn flag(&mut self) -> Result<bool, Damaged> {
        match self.take(1)?[0] {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Damaged),
        }
    }

    pub fn str(&mut self) -> Result<String, Damaged> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map(str::to_owned).map_err(|_| Damaged)
    }

    fn opt<T>(&mut self, get: impl FnOnce(&mut Self) -> Result<T, Damaged>) -> Result<Option<T>, Damaged> {
        if self.flag()? { get(self).map(Some) } else { Ok(None) }
    }

    fn opt_str(&mut self) -> Result<Option<String>, Damaged> {
        self.opt(Self::str)
    }

    fn list<T>(&mut self, mut get: impl FnMut(&mut Self) -> Result<T, Damaged>) -> Result<Vec<T>, Damaged> {
        let n = self.u32()? as usize;
        // Each item takes at least one byte: a length beyond what is left is damage, not a reason
        // to reserve gigabytes.
        let mut items = Vec::with_capacity(n.min(self.bytes.len()));
        for _ in 0..n {
            items.push(get(self)?);
        }
        Ok(items)
    }

    fn strs(&mut self) -> Result<Vec<String>, Damaged> {
        self.list(Self::str)
    }

    fn date(&mut self) -> Result<NaiveDate, Damaged> {
        NaiveDate::from_num_days_from_ce_opt(self.u32()?.cast_signed()).ok_or(Damaged)
    }

    fn time(&mut self) -> Result<NaiveTime, Damaged> {
        let (secs, nanos) = (self.u32()?, self.u32()?);
        NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos).ok_or(Damaged)
    }

    /// Everything not read yet.
    pub fn rest(&mut self) -> &'b [u8] {
        std::mem::take(&mut self.bytes)
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

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
        other_titles,
        subtitle,
        date,
        start,
        end,
        end_date,
        kind,
        kind_as_stated,
        format,
        format_as_stated,
        languages,
        interpretation,
        room,
        venue,
        themes,
        organizers,
        people,
        summary,
        sources,
        complete,
        notes,
    } = s;
    w.str(id.as_str());
    w.str(title);
    w.strs(other_titles);
    w.opt_str(subtitle);
    w.opt(date, Writer::date);
    w.opt(start, Writer::time);
    w.opt(end, Writer::time);
    w.opt(end_date, Writer::date);
    w.opt_str(kind);
    w.opt_str(kind_as_stated);
    w.opt(format, |w, f| w.u32(format_code(f)));
    w.opt_str(format_as_stated);
    w.strs(languages);
    w.strs(interpretation);
    w.opt_str(room);
    w.opt_str(venue);
    w.strs(themes);
    w.strs(organizers);
    w.list(people, put_person);
    w.opt_str(summary);
    w.strs(sources);
    w.flag(*complete);
    w.opt_str(notes);
}

/// Read one session.
pub fn get_session(r: &mut Reader) -> Result<Session, Damaged> {
    Ok(Session {
        id: SessionId(r.str()?),
        title: r.str()?,
        other_titles: r.strs()?,
        subtitle: r.opt_str()?,
        date: r.opt(Reader::date)?,
        start: r.opt(Reader::time)?,
        end: r.opt(Reader::time)?,
        end_date: r.opt(Reader::date)?,
        kind: r.opt_str()?,
        kind_as_stated: r.opt_str()?,
        format: r.opt(|r| Format::ALL.get(r.u32()? as usize).copied().ok_or(Damaged))?,
        format_as_stated: r.opt_str()?,
        languages: r.strs()?,
        interpretation: r.strs()?,
        room: r.opt_str()?,
        venue: r.opt_str()?,
        themes: r.strs()?,
        organizers: r.strs()?,
        people: r.list(get_person)?,
        summary: r.opt_str()?,
        sources: r.strs()?,
        complete: r.flag()?,
        notes: r.opt_str()?,
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
        first_day,
        last_day,
        dates_as_stated,
        venue,
        mode,
        hosts,
        organizers,
        stated_session_count,
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
    w.date(first_day);
    w.date(last_day);
    w.strs(dates_as_stated);
    w.opt_str(venue);
    w.opt_str(mode);
    w.strs(hosts);
    w.strs(organizers);
    w.opt_str(stated_session_count);
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
    let (first_day, last_day) = (r.date()?, r.date()?);
    let mut p = Programme::new(id, title, timezone, first_day, last_day);
    (p.edition, p.ordinal, p.short_title, p.theme, p.theme_titles) =
        (edition, ordinal, short_title, theme, theme_titles);
    p.dates_as_stated = r.strs()?;
    p.venue = r.opt_str()?;
    p.mode = r.opt_str()?;
    p.hosts = r.strs()?;
    p.organizers = r.strs()?;
    p.stated_session_count = r.opt_str()?;
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
