//! The printable programme: the whole programme day by day, each day's sessions in time order
//! with their time in the chosen zone, place, people by role, organizers and themes. Built once
//! here as neutral parts (every text from the file neutralised to one line), then written as a
//! self-contained HTML page ([`html`]) or as Markdown ([`markdown`]).

mod html;
mod markdown;

use chrono::NaiveDate;

pub use html::html;
pub use markdown::markdown;

use crate::filter::{Day, chronological};
use crate::model::{Programme, Session};
use crate::sanitize::line;
use crate::time::ZoneChoice;
use crate::wording;

/// The programme as it is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printable {
    pub title: String,
    /// The forum's theme, when it has one.
    pub theme: Option<String>,
    /// The programme's days: `01 Feb – 02 Feb 2020`.
    pub dates: String,
    /// Its venue, when it states one.
    pub venue: Option<String>,
    /// Who organizes the programme, each named apart (a page marks a Korean name as Korean).
    pub organizers: Vec<String>,
    /// Which zone the times are in: `Times: forum time: CET (Europe/Brussels)`.
    pub zone: String,
    pub days: Vec<PrintedDay>,
}

/// One day (or the sessions without a date) and its sessions in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedDay {
    /// `None`: the sessions whose date is not published.
    pub date: Option<NaiveDate>,
    pub heading: String,
    pub sessions: Vec<PrintedSession>,
}

impl PrintedDay {
    /// The day's anchor in the page: `day-2020-02-01`, or `day-undated`.
    pub fn anchor(&self) -> String {
        self.date.map_or_else(|| "day-undated".to_owned(), |d| format!("day-{}", d.format("%Y-%m-%d")))
    }
}

/// One session: its texts, and its facts as labelled lines (room, people by role, organizers, themes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedSession {
    pub time: String,
    pub title: String,
    /// Its titles in other languages (a Korean title beside the English one).
    pub other_titles: Vec<String>,
    pub subtitle: Option<String>,
    /// `(label, value)`: `("Room", "Janson")`, `("speaker", "Jane Doe (ULB), …")`.
    pub facts: Vec<(String, String)>,
    /// The session's web page (http or https only, checked).
    pub page: Option<String>,
}

/// The whole programme to print, its times in the zone `choice` names.
pub fn printable(p: &Programme, choice: ZoneChoice) -> Printable {
    let zone = choice.resolve(p.timezone);
    let days = p.days();
    let zone_shown = wording::when::zone_shown(choice, zone, days.iter().copied(), p.zone_found);
    let mut printed: Vec<PrintedDay> = days
        .iter()
        .map(|&d| PrintedDay { date: Some(d), heading: wording::when::long(d), sessions: Vec::new() })
        .collect();
    let mut undated =
        PrintedDay { date: None, heading: wording::PRINT_UNDATED.text().to_owned(), sessions: Vec::new() };
    for i in chronological(p) {
        let s = &p.sessions[i];
        let session = printed_session(p, s, zone);
        match Day::of(p, s) {
            Day::Date(d) => match printed.iter_mut().find(|x| x.date == Some(d)) {
                Some(day) => day.sessions.push(session),
                None => undated.sessions.push(session),
            },
            Day::Undated => undated.sessions.push(session),
        }
    }
    if !undated.sessions.is_empty() {
        printed.push(undated);
    }
    Printable {
        title: line(&p.title),
        theme: p.theme.as_deref().map(line),
        dates: wording::when::days(p.first_day, p.last_day),
        venue: p.venue.as_deref().map(line),
        organizers: p.organizers.iter().map(|o| line(o)).collect(),
        zone: wording::PRINT_TIMES.say(&[("zone", &zone_shown)]),
        days: printed,
    }
}

impl Printable {
    /// The programme's days, and its venue when it states one: `01 Feb – 02 Feb 2020 · ULB`.
    pub fn when_and_where(&self) -> String {
        match &self.venue {
            Some(venue) => format!("{} · {venue}", self.dates),
            None => self.dates.clone(),
        }
    }

    /// Who organizes the programme, said: `Organizers: Gwangju Metropolitan City, …`; with
    /// `names` left out, what goes before them.
    pub fn organizers_said(&self, names: bool) -> Option<String> {
        let listed = if names { self.organizers.join(", ") } else { String::new() };
        let label = wording::LABEL_ORGANIZERS.text();
        (!self.organizers.is_empty()).then(|| wording::ICS_LISTED.say(&[("label", &label), ("names", &listed)]))
    }
}

fn printed_session(p: &Programme, s: &Session, zone: chrono_tz::Tz) -> PrintedSession {
    let mut facts = Vec::new();
    let mut fact = |label: &str, value: String| facts.push((label.to_owned(), value));
    if let Some(place) = s.place() {
        fact(wording::LABEL_ROOM.text(), line(place));
    }
    if let Some(kind) = &s.kind {
        fact(wording::LABEL_KIND.text(), line(kind));
    }
    for (role, people) in s.people_by_role() {
        let names: Vec<String> = people
            .iter()
            .map(|x| match &x.affiliation {
                Some(a) => format!("{} ({})", line(&x.name), line(a)),
                None => line(&x.name),
            })
            .collect();
        fact(&line(role.unwrap_or(wording::ROLE_NOT_PUBLISHED.text())), names.join(", "));
    }
    if !s.organizers.is_empty() {
        fact(wording::LABEL_ORGANIZERS.text(), s.organizers.iter().map(|o| line(o)).collect::<Vec<_>>().join(", "));
    }
    let themes: Vec<String> =
        s.themes.iter().map(|t| line(p.theme(t).map_or(t.as_str(), |x| x.name.as_str()))).collect();
    if !themes.is_empty() {
        fact(wording::LABEL_THEMES.text(), themes.join(", "));
    }
    PrintedSession {
        time: line(&wording::when::format_range(p, s, zone)),
        title: line(&s.title),
        other_titles: s.extras.other_titles.iter().map(|t| line(t)).collect(),
        subtitle: s.subtitle.as_deref().map(line),
        facts,
        page: crate::web_address::page(s),
    }
}

/// Whether `text` is written mostly in Hangul (so a page marks it `lang="ko"`): at least half of
/// its letters are Hangul syllables or jamo.
pub fn mostly_korean(text: &str) -> bool {
    let korean = |c: char| matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3131}'..='\u{318e}');
    let (hangul, letters) = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0usize, 0usize), |(h, l), c| (h + usize::from(korean(c)), l + 1));
    hangul > 0 && hangul * 2 >= letters
}

#[cfg(test)]
mod tests;
