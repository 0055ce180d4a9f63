//! The detail of one session, composed once for the app's detail pane and `whrcf show`: its
//! titles, the labelled fields in order (day, time, kind, format, room, languages,
//! interpretation, themes, organizers), people by role, summary, notes and sources. Each value
//! says whether the stored copy cut it off; what is not published is an empty field, and facts
//! such as "sources disagree on the time" or "as stated" are worded here, once. The app styles
//! the result and the command line prints it; neither decides what a detail contains.

use std::borrow::Cow;

use chrono_tz::Tz;

use super::{Message, when};
use crate::model::{CutOff, Person, PersonField, Programme, Session};

/// Columns a field's label takes before its value, in every view.
pub const LABEL_WIDTH: usize = 11;

/// A value from the programme and, when the stored copy cut it off, which value that was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value<'a> {
    pub text: Cow<'a, str>,
    pub cut: Option<CutOff>,
}

impl<'a> Value<'a> {
    fn of(s: &Session, text: impl Into<Cow<'a, str>>, value: CutOff) -> Self {
        Value { text: text.into(), cut: s.is_cut_off(value).then_some(value) }
    }

    fn whole(text: impl Into<Cow<'a, str>>) -> Self {
        Value { text: text.into(), cut: None }
    }
}

/// Something said under a field besides its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remark<'a> {
    /// No time is published because the sources disagree: what each says.
    SourcesDisagree(&'a str),
    /// The time in the display zone, when that is not the forum's.
    InZone(String),
    /// A start is published but no end.
    EndNotPublished,
}

/// One labelled line: no values means not published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    pub label: Message,
    pub values: Vec<Value<'a>>,
    /// Put between values.
    pub separator: &'static str,
    pub remarks: Vec<Remark<'a>>,
}

/// The people of one role, in the order the record gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleGroup<'a> {
    /// The role as published, or the words for a role not published.
    pub role: &'a str,
    /// The stored copy cut off the role of someone in the group.
    pub role_cut: bool,
    pub people: Vec<(&'a Person, Vec<PersonField>)>,
}

/// Everything the detail of a session shows, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail<'a> {
    pub title: Value<'a>,
    pub other_titles: Vec<Value<'a>>,
    pub subtitle: Option<Value<'a>>,
    pub fields: Vec<Field<'a>>,
    /// Empty when no people are published.
    pub people: Vec<RoleGroup<'a>>,
    pub summary: Option<&'a str>,
    /// Some value of the session was cut off in the stored copy.
    pub cut_off: bool,
    /// The record is incomplete (said only where the programme tracks completeness).
    pub incomplete: bool,
    /// Whether what is not published is said ("Kind  not published"): where the programme tracks
    /// completeness, a gap in a record is news; in an imported schedule it is only noise, and
    /// the fields it leaves empty are left out (but the day and time, which say where a session
    /// is).
    pub says_missing: bool,
    pub notes: Option<&'a str>,
    pub sources: &'a [String],
}

fn field<'a>(label: Message, values: Vec<Value<'a>>) -> Field<'a> {
    Field { label, values, separator: ", ", remarks: Vec::new() }
}

/// A value and, when the file stated it otherwise, the stated form: `online ("ZOOM seminar")`.
fn as_stated(value: Option<&str>, stated: Option<&str>) -> Vec<Value<'static>> {
    let text = match (value, stated) {
        (Some(v), Some(s)) => super::AS_STATED.say(&[("value", &v), ("stated", &s)]),
        (Some(v), None) => v.to_owned(),
        (None, Some(s)) => s.to_owned(),
        (None, None) => return Vec::new(),
    };
    vec![Value::whole(text)]
}

fn time_field<'a>(p: &Programme, s: &'a Session, zone: Tz) -> Field<'a> {
    let mut time = field(super::LABEL_TIME, Vec::new());
    if s.start.is_some() {
        time.values.push(Value::whole(super::when::format_range(p, s, p.timezone)));
        if zone != p.timezone {
            let range = super::when::format_range(p, s, zone);
            // A zone whose abbreviation is its name (UTC) is said once.
            let said = if range.ends_with(&format!(" {}", zone.name())) {
                range
            } else {
                super::IN_ZONE.say(&[("range", &range), ("zone", &zone.name())])
            };
            time.remarks.push(Remark::InZone(said));
        }
        if s.end.is_none() {
            time.remarks.push(Remark::EndNotPublished);
        }
    } else if let Some(conflict) = &s.extras.time_conflict {
        time.remarks.push(Remark::SourcesDisagree(conflict));
    }
    time
}

fn people(s: &Session) -> Vec<RoleGroup<'_>> {
    s.people_by_role()
        .into_iter()
        .map(|(role, people)| RoleGroup {
            role: role.unwrap_or(super::ROLE_NOT_PUBLISHED.text()),
            role_cut: people.iter().any(|x| s.person_cut_off(x).contains(&PersonField::Role)),
            people: people.into_iter().map(|x| (x, s.person_cut_off(x))).collect(),
        })
        .collect()
}

/// The detail of `s` with times also in `zone`; `tracks_completeness` says whether the
/// programme records which sessions are complete (our TOML does, imports do not).
pub fn compose<'a>(p: &'a Programme, s: &'a Session, zone: Tz, tracks_completeness: bool) -> Detail<'a> {
    let room_cut = if s.room.is_some() { CutOff::Room } else { CutOff::Venue };
    let room = match s.extras.place_as_stated.as_deref() {
        Some(stated) => as_stated(s.place(), Some(stated)).into_iter().next(),
        None => s.place().map(|r| Value { text: r.into(), cut: s.place_cut_off().then_some(room_cut) }),
    };
    let themes = s.themes.iter().map(|id| Value::whole(p.theme(id).map_or(id.as_str(), |t| t.name.as_str())));
    let organizers = s.organizers.iter().enumerate().map(|(i, o)| Value::of(s, o.as_str(), CutOff::Organizer(i)));
    let format = s.format.map(|f| super::FORMAT_NAME.say(&[("format", &f.as_str())]));
    let mut fields = vec![
        field(super::LABEL_DAY, p.day_of(s).map(|d| Value::whole(when::long(d))).into_iter().collect()),
        time_field(p, s, zone),
        field(super::LABEL_KIND, as_stated(s.kind.as_deref(), s.extras.kind_as_stated.as_deref())),
        field(super::LABEL_FORMAT, as_stated(format.as_deref(), s.extras.format_as_stated.as_deref())),
        field(super::LABEL_ROOM, room.into_iter().collect()),
    ];
    for (label, list) in
        [(super::LABEL_LANGUAGES, &s.languages), (super::LABEL_INTERPRETATION, &s.extras.interpretation)]
    {
        if !list.is_empty() {
            fields.push(field(label, list.iter().map(|v| Value::whole(v.as_str())).collect()));
        }
    }
    fields.push(Field { separator: " · ", ..field(super::LABEL_THEMES, themes.collect()) });
    fields.push(Field { separator: "; ", ..field(super::LABEL_ORGANIZERS, organizers.collect()) });
    if !tracks_completeness {
        let placing = [super::LABEL_DAY, super::LABEL_TIME];
        fields.retain(|f| !f.values.is_empty() || !f.remarks.is_empty() || placing.contains(&f.label));
    }
    Detail {
        title: Value::of(s, s.title.as_str(), CutOff::Title),
        other_titles: s
            .extras
            .other_titles
            .iter()
            .enumerate()
            .map(|(i, t)| Value::of(s, t.as_str(), CutOff::OtherTitle(i)))
            .collect(),
        subtitle: s.subtitle.as_deref().map(|t| Value::of(s, t, CutOff::Subtitle)),
        fields,
        people: people(s),
        summary: s.summary.as_deref(),
        cut_off: !s.extras.cut_off.is_empty(),
        incomplete: tracks_completeness && !s.complete,
        says_missing: tracks_completeness,
        notes: s.extras.notes.as_deref(),
        sources: &s.sources,
    }
}

/// One part of a person's line: its text (with the punctuation before it), whether it is the
/// name (the rest is said more quietly), and whether the stored copy cut it off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonPart<'a> {
    pub text: Cow<'a, str>,
    pub name: bool,
    pub cut: bool,
}

/// A person as one line, in parts: `name — affiliation, country · topic`.
pub fn person_parts<'a>(person: &'a Person, cut: &[PersonField]) -> Vec<PersonPart<'a>> {
    let mut parts =
        vec![PersonPart { text: person.name.as_str().into(), name: true, cut: cut.contains(&PersonField::Name) }];
    let about = [(&person.affiliation, PersonField::Affiliation), (&person.country, PersonField::Country)];
    for (n, (value, field)) in about.iter().filter_map(|(v, f)| v.as_deref().map(|v| (v, *f))).enumerate() {
        let text = format!("{}{value}", if n == 0 { " — " } else { ", " });
        parts.push(PersonPart { text: text.into(), name: false, cut: cut.contains(&field) });
    }
    if let Some(topic) = &person.topic {
        parts.push(PersonPart {
            text: format!(" · {topic}").into(),
            name: false,
            cut: cut.contains(&PersonField::Topic),
        });
    }
    parts
}

/// What a cut-off value is, in words: `title`, `organizer 'Gwangju International Cen'`.
pub fn cut_off_noun(value: CutOff, text: &str) -> String {
    let noun = match value {
        CutOff::Organizer(_) => return super::CUT_OFF_ORGANIZER.say(&[("name", &text)]),
        CutOff::Title | CutOff::OtherTitle(_) => super::CUT_OFF_TITLE,
        CutOff::Subtitle => super::CUT_OFF_SUBTITLE,
        CutOff::Room => super::CUT_OFF_ROOM,
        CutOff::Venue => super::CUT_OFF_VENUE,
        CutOff::Person(_, PersonField::Name) => super::CUT_OFF_NAME,
        CutOff::Person(_, PersonField::Role) => super::CUT_OFF_ROLE,
        CutOff::Person(_, PersonField::Affiliation) => super::CUT_OFF_AFFILIATION,
        CutOff::Person(_, PersonField::Country) => super::CUT_OFF_COUNTRY,
        CutOff::Person(_, PersonField::Topic) => super::CUT_OFF_TOPIC,
    };
    noun.text().to_owned()
}

/// The fields of a person's entry the stored copy cut off, in words: `affiliation and country`.
pub fn cut_off_fields(fields: &[PersonField]) -> String {
    let mut nouns = fields.iter().map(|&f| cut_off_noun(CutOff::Person(0, f), ""));
    let first = nouns.next().unwrap_or_default();
    nouns.fold(first, |first, then| super::CUT_OFF_AND.say(&[("first", &first), ("then", &then)]))
}

/// The line said under a value the stored copy cut off: `(title cut off in the stored copy)`.
pub fn cut_off_line(what: &str) -> String {
    super::CUT_OFF_VALUE.say(&[("what", &what)])
}

#[cfg(test)]
#[path = "detail_tests.rs"]
mod tests;
