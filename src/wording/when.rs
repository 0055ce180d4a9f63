//! Dates and times in words, each form named once: the long day of a heading, the short day of a
//! table row, a session's time range in a zone with the zone's abbreviation, or why no time is
//! shown. Weekday and month names are English here and nowhere else in the library; in Korean
//! each form is `when/korean.rs`'s. Times of day follow the clock chosen (`[display] clock`).

mod korean;
mod twelve_hour;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::language::{self, Clock, Language};
use crate::model::{Programme, Session};
use crate::time::{Range, ZoneChoice, ZoneFound};

fn korean() -> bool {
    language::current() == Language::Korean
}

/// `Friday 08 October 2021`: a day heading, a session's day.
pub fn long(d: NaiveDate) -> String {
    if korean() {
        return korean::long(d);
    }
    d.format("%A %d %B %Y").to_string()
}

/// `Fri 2021-10-08`: a day in a table or a one-line change.
pub fn short(d: NaiveDate) -> String {
    if korean() {
        return korean::short(d);
    }
    d.format("%a %Y-%m-%d").to_string()
}

/// `2021-10-08`: a date without its weekday, in a row beside others (Korean `2021. 10. 8.`).
pub fn date(d: NaiveDate) -> String {
    if korean() {
        return korean::date(d);
    }
    d.format("%Y-%m-%d").to_string()
}

/// `10-10`: the last day of a span after its first, without the year (Korean `10. 10.`, with the
/// year when it is another).
pub fn date_after(first: NaiveDate, last: NaiveDate) -> String {
    if korean() {
        return korean::date_after(first, last);
    }
    last.format("%m-%d").to_string()
}

/// `Fri 08 Oct`: a day in a sentence about the agenda.
pub fn brief(d: NaiveDate) -> String {
    if korean() {
        return korean::brief(d);
    }
    d.format("%a %d %b").to_string()
}

/// `Fri 08`: a day tab, a row's day.
pub fn weekday_day(d: NaiveDate) -> String {
    if korean() {
        return korean::weekday_day(d);
    }
    d.format("%a %d").to_string()
}

/// `2021 Fri 08 Oct`: a day among several editions.
pub fn brief_with_year(d: NaiveDate) -> String {
    if korean() {
        return korean::brief_with_year(d);
    }
    d.format("%Y %a %d %b").to_string()
}

/// `06 Oct – 10 Oct 2021`: a programme's days (one day: `06 Oct 2021`; across a new year both
/// years are named: `30 Dec 2019 – 02 Jan 2020`).
pub fn days(first: NaiveDate, last: NaiveDate) -> String {
    if korean() {
        return korean::days(first, last);
    }
    if first == last {
        last.format("%d %b %Y").to_string()
    } else if first.year() == last.year() {
        format!("{} – {}", first.format("%d %b"), last.format("%d %b %Y"))
    } else {
        format!("{} – {}", first.format("%d %b %Y"), last.format("%d %b %Y"))
    }
}

/// `Thu 07 Oct 14:00 KST`: the time now, in a header.
pub fn moment(t: &DateTime<Tz>) -> String {
    match (korean(), language::clock()) {
        (true, clock) => korean::moment(t, clock),
        (false, Clock::TwentyFourHour) => t.format("%a %d %b %H:%M %Z").to_string(),
        (false, Clock::TwelveHour) => t.format("%a %d %b %-I:%M %p %Z").to_string(),
    }
}

/// How long ago `then` was, at `now`: "just now", "5 min ago", "3 hours ago", "2 days ago".
pub fn ago(then: DateTime<chrono::Utc>, now: DateTime<chrono::Utc>) -> String {
    let minutes = now.signed_duration_since(then).num_minutes().max(0);
    let n = |v: i64| usize::try_from(v).unwrap_or(usize::MAX);
    match minutes {
        0 => super::AGE_JUST_NOW.text().to_owned(),
        1..60 => super::MINUTES_AGO.of(n(minutes)),
        60..1440 => super::HOURS_AGO.of(n(minutes / 60)),
        _ => super::DAYS_AGO.of(n(minutes / 1440)),
    }
}

/// `Thu 14:00 KST`: when something starts this week.
pub fn weekday_time(t: &DateTime<Tz>) -> String {
    match (korean(), language::clock()) {
        (true, clock) => korean::weekday_time(t, clock),
        (false, Clock::TwentyFourHour) => t.format("%a %H:%M %Z").to_string(),
        (false, Clock::TwelveHour) => t.format("%a %-I:%M %p %Z").to_string(),
    }
}

/// What is shown for a session without a published time: `time not published`, and why when the
/// sources disagree on it.
fn unpublished(session: &Session) -> &'static str {
    let words = if session.extras.time_conflict.is_some() { super::TIME_DISPUTED } else { super::TIME_NOT_PUBLISHED };
    words.text()
}

/// A time range for display: `10:00–16:00 KST` (`10:00 AM–4:00 PM KST` on the 12-hour clock),
/// `20:00–? KST` (end not published) or
/// `time not published`. A `(+1d)` marks a day other than the session's conference day (a
/// night session after Friday's programme is `(+1d) 00:50–02:50` on Friday).
pub fn format_range(programme: &Programme, session: &Session, zone: Tz) -> String {
    let forum = programme.timezone;
    let Some(start) = session.start_at(forum) else {
        return unpublished(session).to_owned();
    };
    let start = start.with_timezone(&zone);
    let end = session.end_at(forum).map(|e| e.with_timezone(&zone));
    let day = programme.day_of(session).unwrap_or(start.date_naive());
    let (start_zone, end_zone) = (abbreviation(&start), end.as_ref().map_or(abbreviation(&start), abbreviation));
    let range = Range::of_instants(&start, end.as_ref(), Some(day));
    // On the 12-hour clock unless the clocks change within the range (then each end names its zone).
    if language::clock() == Clock::TwelveHour && start_zone == end_zone {
        return format!("{} {start_zone}", twelve_hour::wide(range));
    }
    range.zoned(&start_zone, &end_zone, day_mark)
}

/// A day mark: `(+1d)` for a time the next day, `(-1d)` the day before; `(+1일)` in Korean.
pub fn day_mark(days: i64) -> String {
    super::DAY_MARK.say(&[("days", &format!("{days:+}"))])
}

/// A time of day: `14:00`, or `2:00 PM` (`오후 2:00`) on the 12-hour clock.
pub fn time_of_day(t: NaiveTime) -> String {
    match language::clock() {
        Clock::TwentyFourHour => t.format("%H:%M").to_string(),
        Clock::TwelveHour => twelve_hour::time_of_day(t),
    }
}

/// A range as [`Range`] writes it (`10:00–12:00`, `20:00–?`, `23:00–01:00 (+1d)`), or on the
/// 12-hour clock `10:00 AM–12:00 PM`, `8:00 PM–?`, `11:00 PM–1:00 AM (+1d)`.
pub fn range(r: Range) -> String {
    match language::clock() {
        Clock::TwentyFourHour => r.written(day_mark),
        Clock::TwelveHour => twelve_hour::wide(r),
    }
}

/// A range for a time column: [`Range::wide`] (`(+1d) 00:50–01:50`), or on the 12-hour clock
/// `(+1d) 12:50–1:50 AM`.
pub fn range_wide(r: Range) -> String {
    match language::clock() {
        Clock::TwentyFourHour => r.wide(day_mark),
        Clock::TwelveHour => twelve_hour::wide(r),
    }
}

/// A range's start alone, for a cell too narrow for its end: `23:30…`, `11:30 PM…`, with the
/// start's day mark when it has one (`12:50 AM(+1d)…`).
pub fn range_start(r: Range) -> String {
    let start = r.start();
    let mark = if start.days == 0 { String::new() } else { day_mark(start.days) };
    format!("{}{mark}…", time_of_day(start.time))
}

/// A range for a narrow time column: [`Range::narrow`] (`00:50(+1d)…`), or on the 12-hour clock
/// `12:50 AM(+1d)…`, `9:30–9:55 AM`.
pub fn range_narrow(r: Range) -> String {
    match language::clock() {
        Clock::TwentyFourHour => r.narrow(day_mark),
        Clock::TwelveHour => twelve_hour::narrow(r),
    }
}

/// A zone's abbreviation at `t` (`CEST`), or its offset where it has none (`+01`).
fn abbreviation(t: &DateTime<Tz>) -> String {
    t.format("%Z").to_string()
}

/// Which zone times are shown in, for a header: `forum time: CET (Europe/Berlin)`,
/// `local time: KST (Asia/Seoul)`, `UTC`, `forum time: UTC+01:00` (a fixed zone). The
/// abbreviations are those in use on `days` (`CEST/CET` when the clocks change), not today's.
/// A forum zone the file did not state says how it was found (`found`).
pub fn zone_shown(
    choice: ZoneChoice,
    zone: Tz,
    days: impl Iterator<Item = NaiveDate>,
    found: Option<ZoneFound>,
) -> String {
    let mut abbreviations: Vec<String> = Vec::new();
    for day in days {
        let noon = crate::time::instant(zone, day, chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
        let a = abbreviation(&noon);
        if a.chars().any(char::is_alphabetic) && !abbreviations.contains(&a) {
            abbreviations.push(a);
        }
    }
    let label = crate::time::zone_label(zone);
    let named = match abbreviations.join("/") {
        a if a.is_empty() || a == label => label,
        a => format!("{a} ({label})"),
    };
    let words = match choice {
        ZoneChoice::Forum => match found {
            None => super::ZONE_FORUM,
            Some(ZoneFound::Given) => super::ZONE_FORUM_GIVEN,
            Some(ZoneFound::Place) => super::ZONE_FORUM_PLACE,
            Some(ZoneFound::Offsets) => super::ZONE_FORUM_OFFSETS,
            Some(ZoneFound::Unknown) => return super::ZONE_FORUM_UNKNOWN.text().to_owned(),
        },
        ZoneChoice::Local => super::ZONE_LOCAL,
        ZoneChoice::Utc => return "UTC".to_owned(),
        ZoneChoice::Named(_) => super::ZONE_NAMED,
    };
    words.say(&[("zone", &named)])
}

#[cfg(test)]
#[path = "when_tests.rs"]
mod tests;
