//! The programme model: a programme, its themes, its sessions and the people in them.
//!
//! Every fact a record may lack is an `Option` or an empty list; nothing here is guessed.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

mod cut_off;
mod extras;
mod kind_column;

pub use cut_off::{CUT_OFF_MARK, CutOff, PersonField};
pub use extras::{Extras, SessionExtras};

/// A session's stable, unique identifier within its programme.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub String);

impl SessionId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a session could be attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// In the room only.
    OnSite,
    /// Online only (video conference).
    Online,
    /// Streamed live.
    Livestream,
    /// On site and online.
    Hybrid,
}

impl Format {
    /// Every format, in display order.
    pub const ALL: [Format; 4] = [Format::OnSite, Format::Online, Format::Livestream, Format::Hybrid];

    /// The name used in files, JSON and the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::OnSite => "on-site",
            Format::Online => "online",
            Format::Livestream => "livestream",
            Format::Hybrid => "hybrid",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entry of a programme's theme vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    /// Short id used by sessions (`themes = ["covid-19"]`).
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// What the theme covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Someone taking part in a session, with the role the record gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Name exactly as published.
    pub name: String,
    /// Role exactly as published (moderator, speaker, discussant, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Organisation and position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Country as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Title of the person's contribution, when published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// One session of a programme. Times are wall-clock times in the programme's zone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    pub id: SessionId,
    pub title: String,
    pub subtitle: Option<String>,
    pub date: Option<NaiveDate>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// Set only when the session ends on a later day than it starts.
    pub end_date: Option<NaiveDate>,
    /// plenary, thematic, special, network, workshop, training, ceremony, pre-forum, side-event, ...
    pub kind: Option<String>,
    pub format: Option<Format>,
    pub languages: Vec<String>,
    pub room: Option<String>,
    /// Theme ids from the programme's vocabulary.
    pub themes: Vec<String>,
    pub organizers: Vec<String>,
    pub people: Vec<Person>,
    pub summary: Option<String>,
    pub sources: Vec<String>,
    /// The record lists everything about this session (people, time, ...).
    pub complete: bool,
    /// Other titles, a disputed time, kind and format as stated, interpretation, venue, values
    /// cut off, notes: what few sessions have, behind one pointer.
    pub extras: Extras,
}

impl Session {
    /// Give back the room its lists and texts grew into while being read (a list of two people
    /// collected from a filter holds room for four, a summary built from HTML room for twice its
    /// text): a large programme keeps a hundred thousand of them.
    pub fn shrink_to_fit(&mut self) {
        if let Some(summary) = self.summary.as_mut() {
            summary.shrink_to_fit();
        }
        self.languages.shrink_to_fit();
        self.themes.shrink_to_fit();
        self.organizers.shrink_to_fit();
        self.people.shrink_to_fit();
        self.sources.shrink_to_fit();
        if let Some(extras) = self.extras.get_mut() {
            extras.other_titles.shrink_to_fit();
            extras.interpretation.shrink_to_fit();
            extras.cut_off.shrink_to_fit();
        }
    }

    /// Where the session takes place: the room, else the venue.
    pub fn place(&self) -> Option<&str> {
        self.room.as_deref().or(self.extras.venue.as_deref())
    }

    /// People grouped by their role as published, in order of first appearance;
    /// people without a published role come last, under `None`.
    pub fn people_by_role(&self) -> Vec<(Option<&str>, Vec<&Person>)> {
        let mut groups: Vec<(Option<&str>, Vec<&Person>)> = Vec::new();
        let mut unknown = Vec::new();
        for p in &self.people {
            match p.role.as_deref() {
                Some(role) => match groups.iter_mut().find(|(r, _)| *r == Some(role)) {
                    Some((_, list)) => list.push(p),
                    None => groups.push((Some(role), vec![p])),
                },
                None => unknown.push(p),
            }
        }
        if !unknown.is_empty() {
            groups.push((None, unknown));
        }
        groups
    }

    /// All titles: the main one first.
    pub fn all_titles(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.title.as_str()).chain(self.extras.other_titles.iter().map(String::as_str))
    }
}

/// A whole programme: one edition of a forum or one imported conference.
#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    /// Stable id (`whrcf-2021`), also the key of the user's agenda.
    pub id: String,
    pub edition: Option<i32>,
    pub ordinal: Option<u32>,
    pub title: String,
    pub short_title: Option<String>,
    pub theme: Option<String>,
    pub theme_titles: Vec<String>,
    pub timezone: Tz,
    /// How `timezone` was found, when the file did not state it.
    pub zone_found: Option<crate::time::ZoneFound>,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// When the publisher's conference day changes, in the programme's zone: a session starting
    /// before it belongs to the day before (a 00:50 session after Friday's programme is Friday's).
    pub day_change: Option<NaiveTime>,
    pub dates_as_stated: Vec<String>,
    pub venue: Option<String>,
    pub mode: Option<String>,
    pub hosts: Vec<String>,
    pub organizers: Vec<String>,
    pub stated_session_count: Option<String>,
    /// The organisers' count of sessions as a number, when they give one.
    pub stated_session_total: Option<u32>,
    pub figures: BTreeMap<String, String>,
    pub sources: Vec<String>,
    pub themes: Vec<Theme>,
    pub sessions: Vec<Session>,
}

/// The longest declared range of days that is shown day by day (a conference of two months).
pub const MAX_DECLARED_DAYS: i64 = 60;

impl Programme {
    /// A programme with only its essentials; every other fact is absent or empty.
    pub fn new(id: String, title: String, timezone: Tz, first_day: NaiveDate, last_day: NaiveDate) -> Self {
        Programme {
            id,
            edition: None,
            ordinal: None,
            title,
            short_title: None,
            theme: None,
            theme_titles: Vec::new(),
            timezone,
            zone_found: None,
            first_day,
            last_day,
            day_change: None,
            dates_as_stated: Vec::new(),
            venue: None,
            mode: None,
            hosts: Vec::new(),
            organizers: Vec::new(),
            stated_session_count: None,
            stated_session_total: None,
            figures: BTreeMap::new(),
            sources: Vec::new(),
            themes: Vec::new(),
            sessions: Vec::new(),
        }
    }

    /// The short title when there is one, else the title.
    pub fn label(&self) -> &str {
        self.short_title.as_deref().unwrap_or(&self.title)
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id.as_str() == id)
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The days of the programme, first to last: every day of the declared range when it spans at
    /// most [`MAX_DECLARED_DAYS`], and every day a session is on. A file can declare any range, so
    /// a longer one gives only the days that have sessions: the list grows with the sessions,
    /// never with the range.
    pub fn days(&self) -> Vec<NaiveDate> {
        let span = self.last_day.signed_duration_since(self.first_day).num_days();
        let declared = (0..MAX_DECLARED_DAYS).contains(&span);
        let mut days: Vec<NaiveDate> = self.sessions.iter().filter_map(|s| self.day_of(s)).collect();
        if declared {
            days.extend(self.first_day.iter_days().take_while(|d| *d <= self.last_day));
        }
        days.sort_unstable();
        days.dedup();
        days
    }

    /// Whether the programme says which records are complete: our researched TOML marks them
    /// (`complete = true`); an imported schedule marks none, and calling all of its sessions
    /// "incomplete" would be noise.
    pub fn tracks_completeness(&self) -> bool {
        self.sessions.iter().any(|s| s.complete)
    }

    /// Whether some session has no published date.
    pub fn has_undated(&self) -> bool {
        self.sessions.iter().any(|s| s.date.is_none())
    }
}
