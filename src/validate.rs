//! Checks of a loaded programme: duplicate ids, impossible times, days outside the programme,
//! unknown themes, empty titles. Format-agnostic: a [`Locator`] says where a field was written.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::diagnostic::{Location, Problem};
use crate::model::Programme;
use crate::time;
use crate::wording;

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
            wording::CHECK_DAYS_REVERSED.say(&[("first", &programme.first_day), ("last", &programme.last_day)]),
        ));
    }
    let span = programme.last_day.signed_duration_since(programme.first_day).num_days();
    if span >= crate::model::MAX_DECLARED_DAYS {
        problems.push(Problem::warning(
            at.programme("last_day"),
            None,
            wording::CHECK_RANGE_TOO_LONG.say(&[
                ("first", &programme.first_day),
                ("last", &programme.last_day),
                ("days", &span.saturating_add(1)),
                ("max", &crate::model::MAX_DECLARED_DAYS),
            ]),
        ));
    }
    for (field, day) in [("first_day", programme.first_day), ("last_day", programme.last_day)] {
        if !plausible_year(day) {
            problems.push(Problem::warning(
                at.programme(field),
                None,
                wording::CHECK_IMPLAUSIBLE_YEAR.say(&[
                    ("field", &field),
                    ("day", &day),
                    ("from", PLAUSIBLE_YEARS.start()),
                    ("to", PLAUSIBLE_YEARS.end()),
                ]),
            ));
        }
    }
    if programme.id.trim().is_empty() {
        problems.push(Problem::error(at.programme("id"), None, wording::CHECK_EMPTY_PROGRAMME_ID.text()));
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
                wording::CHECK_THEME_DEFINED_TWICE.say(&[("id", id), ("count", count)]),
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
            problems.push(err("id", wording::CHECK_EMPTY_ID.text().into()));
        } else if let Some(first) = first_of.insert(s.id.as_str(), i) {
            let first_at = at.session(first, "id");
            problems.push(err("id", wording::CHECK_DUPLICATE_ID.say(&[("first", &first_at)])));
            first_of.insert(s.id.as_str(), first);
        } else if let Some(other) = looks_like(s.id.as_str(), &first_of, &shown_as)
            && programme.sessions[other].id != s.id
        {
            let (shown, first_at) = (crate::sanitize::line(s.id.as_str()), at.session(other, "id"));
            problems.push(Problem::warning(
                at.session(i, "id"),
                id,
                wording::CHECK_ID_LOOKS_LIKE.say(&[("shown", &shown), ("first", &first_at)]),
            ));
        } else if let Cow::Owned(shown) = shown_id(s.id.as_str()) {
            shown_as.insert(shown, i);
        }
        if s.title.trim().is_empty() {
            problems.push(err("title", wording::CHECK_EMPTY_TITLE.text().into()));
        }
        if s.date.is_none() && (s.start.is_some() || s.end.is_some()) {
            problems.push(err("start", wording::CHECK_TIME_WITHOUT_DATE.text().into()));
        }
        if s.start.is_some() && s.extras.time_conflict.is_some() {
            problems.push(err("time_conflict", wording::CHECK_START_WITH_CONFLICT.text().into()));
        }
        if s.start.is_none() && s.end.is_some() {
            problems.push(err("end", wording::CHECK_END_WITHOUT_START.text().into()));
        }
        if let (Some(date), Some(start)) = (s.date, s.start)
            && time::is_in_gap(programme.timezone, date, start)
        {
            let tz = programme.timezone.name();
            problems
                .push(err("start", wording::CHECK_DST_GAP.say(&[("date", &date), ("start", &start), ("zone", &tz)])));
        }
        if let (Some(start), Some(end)) = (s.start_at(programme.timezone), s.end_at(programme.timezone))
            && end <= start
        {
            let said = if s.end_date.is_none() {
                wording::CHECK_END_NOT_AFTER_START_MIDNIGHT
            } else {
                wording::CHECK_END_NOT_AFTER_START
            };
            let (start, end) = (start.format("%H:%M"), end.format("%H:%M"));
            problems.push(err("end", said.say(&[("start", &start), ("end", &end)])));
        }
        // A night session after the last day's programme is on that day (its conference day).
        if let Some(date) = s.date
            && programme.day_of(s).is_some_and(|day| day < programme.first_day || day > programme.last_day)
        {
            problems.push(err(
                "date",
                wording::CHECK_DATE_OUTSIDE_DAYS.say(&[
                    ("date", &date),
                    ("first", &programme.first_day),
                    ("last", &programme.last_day),
                ]),
            ));
        }
        for (t, theme) in s.themes.iter().enumerate() {
            if !theme_ids.contains_key(theme.as_str()) {
                let known: Vec<&str> = programme.themes.iter().map(|t| t.id.as_str()).collect();
                let message = if known.is_empty() {
                    wording::CHECK_UNKNOWN_THEME_NONE.say(&[("theme", theme)])
                } else {
                    wording::CHECK_UNKNOWN_THEME.say(&[("theme", theme), ("known", &known.join(", "))])
                };
                problems.push(err(&format!("themes.{t}"), message));
            }
        }
        if s.people.iter().any(|p| p.name.trim().is_empty()) {
            problems.push(err("people", wording::CHECK_PERSON_WITHOUT_NAME.text().into()));
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

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
