//! How the events of a foreign schedule become a programme: the time rules, identity (guid, else
//! acronym + id, else a stable hash; duplicates kept apart with a warning), track -> theme,
//! room -> room, type -> kind, persons -> people, links -> sources, and the conference's days.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::{Conference, When};
use crate::diagnostic::{Location, Problem};
use crate::load::event_list::EventList;
use crate::model::{Person, Programme, Session, SessionId, Theme};
use crate::time;

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// A stable 64-bit FNV-1a hash, as hex.
fn stable_hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.join("\u{1f}").bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The instant `when` names, in `tz`; `Err` with the date when it falls outside the years
/// 1 to 9999, which RFC 3339 and iCalendar cannot write.
fn instant(when: When, tz: Tz) -> Result<DateTime<Tz>, NaiveDate> {
    let t = match when {
        When::Zoned(t) => t.with_timezone(&tz),
        When::Local(ndt, zone) => time::instant(zone.unwrap_or(tz), ndt.date(), ndt.time()).with_timezone(&tz),
    };
    if in_calendar(t.date_naive()) { Ok(t) } else { Err(t.date_naive()) }
}

/// Whether a date can be written as RFC 3339 and iCalendar (years 1 to 9999).
fn in_calendar(date: NaiveDate) -> bool {
    (1..=9999).contains(&date.year())
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(trimmed).filter(|s| !s.is_empty())
}

/// `s` without surrounding white space, reallocated only when there was some.
fn trimmed(s: String) -> String {
    if s.trim().len() == s.len() { s } else { s.trim().to_owned() }
}

/// The trimmed text of an optional field, when there is any.
fn text_of(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The programme of a foreign schedule; `fallback` is the zone given with `--tz`.
pub fn build(
    path: &str,
    conf: Conference,
    events: EventList,
    fallback: Option<Tz>,
    warnings: &mut Vec<Problem>,
) -> Result<Programme, String> {
    let file = Location { path: path.to_owned(), ..Location::default() };
    let stem = std::path::Path::new(path).file_stem().map_or("schedule".into(), |s| s.to_string_lossy().into_owned());
    let named =
        conf.time_zone.as_deref().map(str::trim).filter(|z| !z.is_empty()).and_then(|z| match time::parse_zone(z) {
            Ok(tz) => Some(tz),
            Err(e) => {
                warnings.push(Problem::warning(conf.time_zone_at.clone().unwrap_or_else(|| file.clone()), None, e));
                None
            }
        });
    let evidence = crate::load::zone::Evidence::of(&conf, events.iter());
    let (tz, zone_found) = crate::load::zone::infer(named, fallback, &evidence, &file, warnings);
    let day_change = conf.day_change.or_else(|| time::change_from_day_ends(&conf.day_ends, tz));
    let prefix = conf.acronym.clone().map(|a| slug(&a)).filter(|a| !a.is_empty());
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut raw_ids: HashMap<String, usize> = HashMap::new();
    let mut themes: BTreeMap<String, String> = BTreeMap::new();
    warnings.extend(events.unlisted_empty());
    let mut sessions = Vec::with_capacity(events.len());
    for e in events.into_chunks().flatten() {
        let title = trimmed(e.title);
        let base = text_of(&e.guid)
            .map(str::to_owned)
            .or_else(|| text_of(&e.id).map(|id| prefix.as_ref().map_or(id.to_owned(), |p| format!("{p}-{id}"))))
            .unwrap_or_else(|| {
                let start = e.start.map(|w| format!("{w:?}")).unwrap_or_default();
                stable_hash(&[&title, &start, e.room.as_deref().unwrap_or("")])
            });
        if let (Some(raw_id), Some(_)) = (text_of(&e.id), text_of(&e.guid)) {
            let seen = raw_ids.entry(raw_id.to_owned()).or_insert(0);
            *seen += 1;
            if *seen > 1 {
                warnings.push(Problem::warning(
                    e.at.clone(),
                    None,
                    crate::wording::LOAD_DUPLICATE_EVENT_ID.say(&[("id", &raw_id), ("title", &title)]),
                ));
            }
        }
        let n = used.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 {
            base
        } else {
            let said =
                if e.guid.is_some() { crate::wording::LOAD_DUPLICATE_GUID } else { crate::wording::LOAD_DUPLICATE_ID };
            let new = format!("{base}~{n}");
            let message = said.say(&[("base", &base), ("title", &title), ("new", &new)]);
            warnings.push(Problem::warning(e.at.clone(), Some(&new), message));
            new
        };
        let start = match e.start.map(|w| instant(w, tz)) {
            Some(Err(found)) => {
                let message = crate::wording::LOAD_START_OUT_OF_RANGE.say(&[("title", &title), ("found", &found)]);
                warnings.push(Problem::error(e.at.clone(), Some(&id), message));
                continue;
            }
            start => start.and_then(Result::ok),
        };
        let mut end = match (e.end, e.duration, start) {
            (Some(w), _, _) => instant(w, tz).ok(),
            (None, Some(d), Some(s)) => s.checked_add_signed(d).filter(|x| in_calendar(x.date_naive())),
            _ => None,
        };
        if end.is_none() && (e.end.is_some() || (e.duration.is_some() && start.is_some())) {
            warnings.push(Problem::warning(
                e.at.clone(),
                Some(&id),
                crate::wording::LOAD_END_OUT_OF_RANGE.say(&[("title", &title)]),
            ));
        }
        if let (Some(s), Some(x)) = (start, end)
            && x <= s
        {
            warnings.push(Problem::warning(
                e.at.clone(),
                Some(&id),
                crate::wording::LOAD_NO_POSITIVE_DURATION.say(&[("title", &title)]),
            ));
            end = None;
        }
        let themes_of: Vec<String> = e
            .tracks
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| {
                let id = slug(t);
                themes.entry(id.clone()).or_insert_with(|| t.to_owned());
                id
            })
            .filter(|t| !t.is_empty())
            .collect();
        let mut sources: Vec<String> = Vec::new();
        for link in e.links.into_iter().map(trimmed).filter(|l| !l.is_empty()) {
            if !sources.contains(&link) {
                sources.push(link);
            }
        }
        let mut texts = distinct_texts(e.texts.into_iter().map(trimmed).filter(|t| !t.is_empty()).collect());
        let summary = if texts.len() == 1 { texts.pop() } else { Some(texts.join("\n\n")).filter(|t| !t.is_empty()) };
        let credits = e.credits.map(|c| *c).unwrap_or_default();
        let mut session = Session {
            id: SessionId(id),
            title: if title.is_empty() { "(no title)".to_owned() } else { title },
            subtitle: nonempty(e.subtitle),
            date: start.map(|s| s.date_naive()),
            start: start.map(|s| s.time()),
            end: end.map(|x| x.time()),
            end_date: match (start, end) {
                (Some(s), Some(x)) if x.date_naive() != s.date_naive() => Some(x.date_naive()),
                _ => None,
            },
            kind: nonempty(e.kind).map(|k| k.to_lowercase()),
            languages: nonempty(e.language).into_iter().collect(),
            room: nonempty(e.room),
            themes: themes_of,
            people: e
                .persons
                .into_iter()
                .map(trimmed)
                .filter(|p| !p.is_empty())
                .map(|name| Person {
                    name,
                    role: Some("speaker".into()),
                    affiliation: None,
                    country: None,
                    topic: None,
                })
                .chain(credits.people.into_iter().filter(|p| !p.name.trim().is_empty()))
                .collect(),
            organizers: credits.organizers.into_iter().map(trimmed).filter(|o| !o.is_empty()).collect(),
            summary,
            sources,
            ..Session::default()
        };
        session.shrink_to_fit();
        sessions.push(session);
    }
    if sessions.is_empty() {
        let said = if warnings.is_empty() {
            crate::wording::LOAD_NO_EVENTS
        } else {
            crate::wording::LOAD_NO_EVENTS_ALL_SKIPPED
        };
        return Err(said.text().to_owned());
    }
    let (conf_start, conf_end) = (conf.start.filter(|d| in_calendar(*d)), conf.end.filter(|d| in_calendar(*d)));
    let today = Utc::now().with_timezone(&tz).date_naive();
    let title = nonempty(conf.title.clone()).or_else(|| conf.acronym.clone()).unwrap_or_else(|| stem.clone());
    let id = prefix.clone().or_else(|| Some(slug(&title)).filter(|s| !s.is_empty())).unwrap_or_else(|| slug(&stem));
    let mut programme = Programme::new(id, title.clone(), tz, today, today);
    programme.short_title = conf.acronym.clone().filter(|a| *a != title);
    programme.day_change = day_change.filter(|t| *t != NaiveTime::MIN);
    programme.zone_found = zone_found;
    programme.sources = conf.url.into_iter().collect();
    programme.themes = themes.into_iter().map(|(id, name)| Theme { id, name, description: None }).collect();
    programme.sessions = sessions;
    // The conference's days are those its sessions start on (a session running past midnight or
    // after the day's change makes no day of its own) and those it lists; a schedule that lists
    // none bounds them by its start and end (DebConf's `<end>` is the calendar date its last day
    // runs into, the tail of a day, not one).
    let listed: Vec<NaiveDate> =
        conf.listed_days.iter().map(|(date, start)| programme.day_starting(*date, *start)).collect();
    let (conf_start, conf_end) = if listed.is_empty() { (conf_start, conf_end) } else { (None, None) };
    let days = || programme.sessions.iter().filter_map(|s| programme.day_of(s)).chain(listed.iter().copied());
    let (first, last) = (days().chain(conf_start).min(), days().chain(conf_end).max());
    (programme.first_day, programme.last_day) = (first.unwrap_or(today), last.unwrap_or(today));
    Ok(programme)
}

/// The texts that each say something the others do not: one equal to another or contained in
/// one (whitespace aside) is dropped, as when a frab description repeats the abstract.
fn distinct_texts(texts: Vec<String>) -> Vec<String> {
    let flat: Vec<String> = texts.iter().map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let repeated = |i: usize| {
        flat.iter().enumerate().any(|(j, other)| j != i && other.contains(&flat[i]) && (other != &flat[i] || j < i))
    };
    let keep: Vec<bool> = (0..texts.len()).map(|i| !repeated(i)).collect();
    texts.into_iter().zip(keep).filter_map(|(t, keep)| keep.then_some(t)).collect()
}
