//! Checks of a loaded programme: duplicate ids, impossible times, days outside the programme,
//! unknown themes, empty titles. Format-agnostic: a [`Locator`] says where a field was written.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::diagnostic::{Location, Problem};
use crate::model::Programme;
use crate::time;

/// Where a session's field stands in its source file.
pub trait Locator {
    /// The location of `field` of the session at `index` (`themes.2` for an array item).
    fn session(&self, index: usize, field: &str) -> Location;
    /// The file itself.
    fn file(&self) -> Location;
    /// Where one of the programme's own fields (`first_day`) is written; the file when unknown.
    fn programme(&self, _field: &str) -> Location {
        self.file()
    }
}

/// A locator that knows only the file's name (for formats read without spans).
pub struct FileLocator(pub String);

impl Locator for FileLocator {
    fn session(&self, _index: usize, _field: &str) -> Location {
        self.file()
    }

    fn file(&self) -> Location {
        Location { path: self.0.clone(), ..Location::default() }
    }
}

/// Years a real programme falls in; dates outside are reported as warnings.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

fn plausible_year(day: chrono::NaiveDate) -> bool {
    PLAUSIBLE_YEARS.contains(&chrono::Datelike::year(&day))
}

/// Every problem of `programme`, in file order.
pub fn check(programme: &Programme, at: &dyn Locator) -> Vec<Problem> {
    let mut problems = Vec::new();
    if programme.first_day > programme.last_day {
        problems.push(Problem::error(
            at.programme("last_day"),
            None,
            format!(
                "first_day {} is after last_day {}: expected first_day <= last_day",
                programme.first_day, programme.last_day
            ),
        ));
    }
    let span = programme.last_day.signed_duration_since(programme.first_day).num_days();
    if span >= crate::model::MAX_DECLARED_DAYS {
        problems.push(Problem::warning(
            at.programme("last_day"),
            None,
            format!(
                "first_day {} to last_day {} is {} days: expected a range of at most {} days (only days with sessions are shown)",
                programme.first_day,
                programme.last_day,
                span.saturating_add(1),
                crate::model::MAX_DECLARED_DAYS
            ),
        ));
    }
    for (field, day) in [("first_day", programme.first_day), ("last_day", programme.last_day)] {
        if !plausible_year(day) {
            problems.push(Problem::warning(
                at.programme(field),
                None,
                format!(
                    "{field} {day} is in an implausible year: expected a year from {} to {}",
                    PLAUSIBLE_YEARS.start(),
                    PLAUSIBLE_YEARS.end()
                ),
            ));
        }
    }
    if programme.id.trim().is_empty() {
        problems.push(Problem::error(
            at.programme("id"),
            None,
            "empty programme id: expected a short id such as `whrcf-2021`",
        ));
    }
    let mut theme_ids: HashMap<&str, usize> = HashMap::new();
    for theme in &programme.themes {
        *theme_ids.entry(theme.id.as_str()).or_default() += 1;
    }
    for (id, count) in &theme_ids {
        if *count > 1 {
            problems.push(Problem::error(
                at.programme("themes"),
                None,
                format!("theme id `{id}` is defined {count} times"),
            ));
        }
    }
    let mut first_of: HashMap<&str, usize> = HashMap::with_capacity(programme.sessions.len());
    // Ids that differ only in what a terminal does not show would look like one id. An id shows
    // as itself unless it holds something a terminal does not show: only those are kept here, by
    // their shown form (a second map of every id cost 4 MB at 100k sessions).
    let mut shown_as: HashMap<String, usize> = HashMap::new();
    for (i, s) in programme.sessions.iter().enumerate() {
        let id = Some(s.id.as_str());
        let err = |field: &str, message: String| Problem::error(at.session(i, field), id, message);
        if s.id.as_str().trim().is_empty() {
            problems.push(err("id", "empty id: expected a unique, stable id".into()));
        } else if let Some(first) = first_of.insert(s.id.as_str(), i) {
            let first_at = at.session(first, "id");
            problems.push(err("id", format!("duplicate id: already used by the session at {first_at}")));
            first_of.insert(s.id.as_str(), first);
        } else if let Some(other) = looks_like(s.id.as_str(), &first_of, &shown_as)
            && programme.sessions[other].id != s.id
        {
            let (shown, first_at) = (crate::sanitize::line(s.id.as_str()), at.session(other, "id"));
            problems.push(Problem::warning(
                at.session(i, "id"),
                id,
                format!("id looks like `{shown}` of the session at {first_at}: they differ only in characters a terminal does not show"),
            ));
        } else if let Cow::Owned(shown) = shown_id(s.id.as_str()) {
            shown_as.insert(shown, i);
        }
        if s.title.trim().is_empty() {
            problems.push(err("title", "empty title: expected the session's published title".into()));
        }
        if s.date.is_none() && (s.start.is_some() || s.end.is_some()) {
            problems.push(err("start", "a start or end time without a date: expected `date` too".into()));
        }
        if s.start.is_some() && s.extras.time_conflict.is_some() {
            let message = "a published start with `time_conflict`: expected no start while the sources disagree";
            problems.push(err("time_conflict", message.into()));
        }
        if s.start.is_none() && s.end.is_some() {
            problems.push(err("end", "an end without a start: expected `start` too".into()));
        }
        if let (Some(date), Some(start)) = (s.date, s.start)
            && time::is_in_gap(programme.timezone, date, start)
        {
            let tz = programme.timezone.name();
            problems.push(err("start", format!("{date} {start} does not exist in {tz} (daylight-saving gap)")));
        }
        if let (Some(start), Some(end)) = (s.start_at(programme.timezone), s.end_at(programme.timezone))
            && end <= start
        {
            let found = format!("start {}, end {}", start.format("%H:%M"), end.format("%H:%M"));
            let hint = if s.end_date.is_none() { "; set `end_date` for a session past midnight" } else { "" };
            problems.push(err("end", format!("end is not after start ({found}): expected a later end{hint}")));
        }
        // A night session after the last day's programme is on that day (its conference day).
        if let Some(date) = s.date
            && programme.day_of(s).is_some_and(|day| day < programme.first_day || day > programme.last_day)
        {
            problems.push(err(
                "date",
                format!(
                    "date {date} is outside the programme's days: expected {} to {}",
                    programme.first_day, programme.last_day
                ),
            ));
        }
        for (t, theme) in s.themes.iter().enumerate() {
            if !theme_ids.contains_key(theme.as_str()) {
                let known: Vec<&str> = programme.themes.iter().map(|t| t.id.as_str()).collect();
                let expected = if known.is_empty() {
                    "no [[themes]] are defined".to_owned()
                } else {
                    format!("expected one of: {}", known.join(", "))
                };
                problems.push(err(&format!("themes.{t}"), format!("unknown theme `{theme}`: {expected}")));
            }
        }
        if s.people.iter().any(|p| p.name.trim().is_empty()) {
            problems.push(err("people", "a person without a name: expected `name`".into()));
        }
    }
    problems
}

/// The first session whose id a terminal shows as it shows `id`: an id shown as this one (kept
/// in `shown_as`), else, for an id that does not show as itself, the id it shows as.
fn looks_like(id: &str, first_of: &HashMap<&str, usize>, shown_as: &HashMap<String, usize>) -> Option<usize> {
    match shown_id(id) {
        Cow::Borrowed(plain) => shown_as.get(plain).copied(),
        Cow::Owned(shown) => shown_as.get(&shown).or_else(|| first_of.get(shown.as_str())).copied(),
    }
}

/// An id as a terminal shows it: itself (borrowed) unless it holds characters a terminal does not show.
fn shown_id(id: &str) -> Cow<'_, str> {
    if id.chars().any(crate::sanitize::is_unsafe) { Cow::Owned(crate::sanitize::line(id)) } else { Cow::Borrowed(id) }
}
