//! Events read from the open schedule formats, as the readers hand them over: what a schedule says
//! about the conference, each event's raw fields, and the frab time rules (durations, starts).
//! How they become a programme is in `programme`.

mod programme;

pub use programme::build;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use crate::diagnostic::Location;
use crate::time;

/// What a schedule says about the conference itself.
#[derive(Debug, Clone, Default)]
pub struct Conference {
    pub acronym: Option<String>,
    pub title: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub time_zone: Option<String>,
    /// Where the time zone is written, when the reader knows.
    pub time_zone_at: Option<Location>,
    pub url: Option<String>,
    /// Where it is held: hints to its zone when it names none.
    pub city: Option<String>,
    pub venue: Option<String>,
    /// When the publisher's conference day changes (frab `day_change`).
    pub day_change: Option<NaiveTime>,
    /// Each day's date and end, as the publisher bounds its days.
    pub day_ends: Vec<(NaiveDate, DateTime<FixedOffset>)>,
    /// Each day the publisher lists (frab `<day>`): its date and, when given, its start.
    pub listed_days: Vec<(NaiveDate, Option<DateTime<FixedOffset>>)>,
    /// A workbook's sheets in order, for saying its problems sheet by sheet.
    pub sheets: Vec<String>,
}

/// When something happens, as the file gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// An instant with its offset.
    Zoned(DateTime<FixedOffset>),
    /// A wall-clock time in a named zone, or in the programme's zone when `None`.
    Local(NaiveDateTime, Option<Tz>),
}

/// One event of a foreign schedule.
#[derive(Debug, Clone, Default)]
pub struct RawEvent {
    /// Where it was read, for warnings.
    pub at: Location,
    pub id: Option<String>,
    pub guid: Option<String>,
    pub start: Option<When>,
    pub end: Option<When>,
    pub duration: Option<Duration>,
    pub room: Option<String>,
    pub title: String,
    pub subtitle: Option<String>,
    pub tracks: Vec<String>,
    pub kind: Option<String>,
    pub language: Option<String>,
    /// Abstract, description: already plain text.
    pub texts: Vec<String>,
    pub persons: Vec<String>,
    /// People with roles and organizers, which only spreadsheets give: boxed, so that the other
    /// formats' events (a large schedule holds many at once) stay small.
    pub credits: Option<Box<Credits>>,
    pub links: Vec<String>,
}

/// People with the role the file gives them (a spreadsheet's `좌장: 홍길동`), and organizers.
#[derive(Debug, Clone, Default)]
pub struct Credits {
    pub people: Vec<crate::model::Person>,
    pub organizers: Vec<String>,
}

/// A frab/pentabarf duration: `H:MM`, `HH:MM`, `HH:MM:SS`, or pretalx's `D:HH:MM` (one-digit day).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let num = |s: &str| s.parse::<i64>().ok().filter(|n| *n >= 0);
    let bad = || crate::wording::LOAD_BAD_DURATION.say(&[("found", &text)]);
    let nums: Vec<i64> = parts.iter().map(|p| num(p)).collect::<Option<_>>().ok_or_else(bad)?;
    let seconds = match (nums.as_slice(), parts.first().map(|p| p.len())) {
        ([h, m], _) => sum_seconds(&[(*h, 3600), (*m, 60)]),
        ([d, h, m], Some(1)) => sum_seconds(&[(*d, 86_400), (*h, 3600), (*m, 60)]),
        ([h, m, s], _) => sum_seconds(&[(*h, 3600), (*m, 60), (*s, 1)]),
        _ => return Err(bad()),
    };
    seconds.filter(|s| *s <= MAX_DURATION_SECONDS).map(Duration::seconds).ok_or_else(|| {
        crate::wording::LOAD_DURATION_TOO_LONG.say(&[("found", &text), ("days", &(MAX_DURATION_SECONDS / 86_400))])
    })
}

/// The longest duration read from a file: a year. Longer ones are refused (their end is left out),
/// so no end computed from a file can leave the calendar.
pub const MAX_DURATION_SECONDS: i64 = 366 * 86_400;

/// The sum of `count * unit` seconds, or `None` when it overflows.
pub fn sum_seconds(parts: &[(i64, i64)]) -> Option<i64> {
    parts.iter().try_fold(0i64, |total, &(count, unit)| total.checked_add(count.checked_mul(unit)?))
}

/// The start of a frab event: the zoned `<date>` when present, else the day's date and `<start>`
/// (after midnight when `<start>` is before the conference's `day_change`).
pub fn frab_start(
    date: Option<&str>,
    day: Option<NaiveDate>,
    start: Option<&str>,
    day_change: Option<NaiveTime>,
) -> Result<Option<When>, String> {
    if let Some(date) = date.map(str::trim).filter(|d| !d.is_empty()) {
        return DateTime::parse_from_rfc3339(date)
            .map(|t| Some(When::Zoned(t)))
            .map_err(|_| crate::wording::LOAD_NOT_RFC3339.say(&[("found", &date)]));
    }
    let (Some(day), Some(start)) = (day, start.map(str::trim).filter(|s| !s.is_empty())) else {
        return Ok(None);
    };
    let t = time::parse_time(start)?;
    let day = if day_change.is_some_and(|c| t < c) { day.succ_opt().unwrap_or(day) } else { day };
    Ok(Some(When::Local(NaiveDateTime::new(day, t), None)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_every_shape() {
        assert_eq!(parse_duration("0:30").unwrap(), Duration::minutes(30));
        assert_eq!(parse_duration("12:59").unwrap(), Duration::minutes(12 * 60 + 59));
        assert_eq!(parse_duration("00:05:00").unwrap(), Duration::minutes(5));
        assert_eq!(parse_duration("1:02:30").unwrap(), Duration::days(1) + Duration::hours(2) + Duration::minutes(30));
        assert!(parse_duration("an hour").is_err());
        assert!(parse_duration("1:-5").is_err());
    }

    #[test]
    fn start_prefers_the_zoned_date_and_honours_day_change() {
        let day = NaiveDate::from_ymd_opt(2019, 12, 27);
        let zoned = frab_start(Some("2023-09-10T05:00:00+00:00"), day, Some("10:30"), None).unwrap().unwrap();
        assert_eq!(zoned, When::Zoned(DateTime::parse_from_rfc3339("2023-09-10T05:00:00+00:00").unwrap()));
        let change = NaiveTime::from_hms_opt(4, 0, 0);
        let late = frab_start(None, day, Some("01:30"), change).unwrap().unwrap();
        assert_eq!(late, When::Local("2019-12-28T01:30:00".parse().unwrap(), None));
        let early = frab_start(None, day, Some("11:00"), change).unwrap().unwrap();
        assert_eq!(early, When::Local("2019-12-27T11:00:00".parse().unwrap(), None));
        assert!(frab_start(Some("yesterday"), day, None, None).is_err());
    }
}
