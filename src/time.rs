//! Time zones and instants: the forum's zone, the display zone, DST-correct conversion,
//! and the clock (injectable, so `--now` and tests see a fixed time).

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::Session;

mod day;
mod place;
mod range;
mod zone_name;
pub use day::change_from_day_ends;
pub use place::{city_in, domain_of};
pub use range::{DayMark, Mark, Range};
pub use zone_name::{ZoneFound, fixed_zone, same_zone, zone_label};

/// Which zone times are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneChoice {
    /// The programme's own zone.
    Forum,
    /// The user's zone (`TZ`, else the system's).
    Local,
    /// Coordinated Universal Time.
    Utc,
    /// A named IANA zone.
    Named(Tz),
}

impl ZoneChoice {
    /// The concrete zone for a programme whose zone is `forum`.
    pub fn resolve(self, forum: Tz) -> Tz {
        match self {
            ZoneChoice::Forum => forum,
            ZoneChoice::Local => local_zone(),
            ZoneChoice::Utc => Tz::UTC,
            ZoneChoice::Named(tz) => tz,
        }
    }

    /// The next choice in the cycle forum -> local -> UTC -> forum.
    pub fn cycle(self) -> ZoneChoice {
        match self {
            ZoneChoice::Forum => ZoneChoice::Local,
            ZoneChoice::Local => ZoneChoice::Utc,
            ZoneChoice::Utc | ZoneChoice::Named(_) => ZoneChoice::Forum,
        }
    }

    /// The next step of the cycle forum -> local -> UTC for a programme in `forum`, each step a
    /// different zone: the local zone when it is the forum's, and UTC when it is the forum's or
    /// the local one, are no steps of their own.
    pub fn next(self, forum: Tz) -> ZoneChoice {
        self.next_with(forum, local_zone())
    }

    fn next_with(self, forum: Tz, local: Tz) -> ZoneChoice {
        let zone = |c: ZoneChoice| if c == ZoneChoice::Local { local } else { c.resolve(forum) };
        let mut steps: Vec<ZoneChoice> = Vec::with_capacity(3);
        for choice in [ZoneChoice::Forum, ZoneChoice::Local, ZoneChoice::Utc] {
            if !steps.iter().any(|s| same_zone(zone(*s), zone(choice))) {
                steps.push(choice);
            }
        }
        match steps.iter().position(|s| same_zone(zone(*s), zone(self))) {
            Some(i) => steps[(i + 1) % steps.len()],
            None => ZoneChoice::Forum,
        }
    }
}

impl FromStr for ZoneChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "" | "forum" => Ok(ZoneChoice::Forum),
            "local" => Ok(ZoneChoice::Local),
            "UTC" | "utc" | "Z" => Ok(ZoneChoice::Utc),
            name => parse_zone(name).map(ZoneChoice::Named),
        }
    }
}

impl fmt::Display for ZoneChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZoneChoice::Forum => f.write_str("forum"),
            ZoneChoice::Local => f.write_str("local"),
            ZoneChoice::Utc => f.write_str("UTC"),
            ZoneChoice::Named(tz) => f.write_str(tz.name()),
        }
    }
}

/// An IANA zone by name, with a clear message when it is unknown.
pub fn parse_zone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>().map_err(|_| crate::wording::LOAD_UNKNOWN_ZONE.say(&[("name", &name)]))
}

/// The user's zone: `TZ` if it names an IANA zone, else the system's, else UTC.
pub fn local_zone() -> Tz {
    std::env::var("TZ")
        .ok()
        .map(|v| v.trim_start_matches(':').to_owned())
        .and_then(|v| v.parse().ok())
        .or_else(|| iana_time_zone::get_timezone().ok().and_then(|v| v.parse().ok()))
        .unwrap_or(Tz::UTC)
}

/// A date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| not_a_date(&format!("`{text}`")))
}

/// What is wrong with a date that is not one: `found` says what was found instead (`` `x` ``,
/// ``integer `5` ``).
pub fn not_a_date(found: &str) -> String {
    crate::wording::LOAD_NOT_A_DATE.say(&[("found", &found)])
}

/// What is wrong with a time of day that is not one: `found` says what was found instead.
pub fn not_a_time(found: &str) -> String {
    crate::wording::LOAD_NOT_A_TIME.say(&[("found", &found)])
}

/// A wall-clock time written `HH:MM` or `HH:MM:SS`.
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let t = text.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .map_err(|_| not_a_time(&format!("`{text}`")))
}

/// The instant of a wall-clock time in `tz`. In a DST gap the time is moved forward
/// past the gap; in an overlap the earlier instant is taken.
pub fn instant(tz: Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Tz> {
    let naive = NaiveDateTime::new(date, time);
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(early, _) => early,
        LocalResult::None => {
            let later = naive.checked_add_signed(chrono::Duration::hours(1)).unwrap_or(naive);
            tz.from_local_datetime(&later).earliest().unwrap_or_else(|| tz.from_utc_datetime(&naive))
        }
    }
}

/// Whether a wall-clock time falls in a DST gap of `tz` (it never happens there).
pub fn is_in_gap(tz: Tz, date: NaiveDate, time: NaiveTime) -> bool {
    matches!(tz.from_local_datetime(&NaiveDateTime::new(date, time)), LocalResult::None)
}

impl Session {
    /// When the session starts, if its date and start are published.
    pub fn start_at(&self, tz: Tz) -> Option<DateTime<Tz>> {
        Some(instant(tz, self.date?, self.start?))
    }

    /// When the session ends, if its date and end are published.
    pub fn end_at(&self, tz: Tz) -> Option<DateTime<Tz>> {
        let date = self.end_date.or(self.date)?;
        Some(instant(tz, date, self.end?))
    }
}

/// The current time: the real clock, or a fixed instant (`--now`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// Now, as an instant.
    pub fn now(self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => t,
        }
    }
}

/// An RFC 3339 instant such as `2021-10-07T14:00:00+09:00`.
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::<FixedOffset>::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| crate::wording::INSTANT_EXPECTED.say(&[("text", &text)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_and_rejects_bad_ones() {
        assert_eq!(parse_time("09:30").unwrap(), NaiveTime::from_hms_opt(9, 30, 0).unwrap());
        assert_eq!(parse_time("23:59:59").unwrap(), NaiveTime::from_hms_opt(23, 59, 59).unwrap());
        assert!(parse_time("25:00").is_err());
        assert!(parse_time("9h").is_err());
        assert!(parse_date("2021-02-30").is_err());
    }

    #[test]
    fn converts_across_dst() {
        let seoul: Tz = "Asia/Seoul".parse().unwrap();
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2021, 10, 6).unwrap();
        let t = instant(seoul, d, NaiveTime::from_hms_opt(13, 0, 0).unwrap());
        // October: Berlin is on CEST (UTC+2), seven hours behind Seoul.
        assert_eq!(t.with_timezone(&berlin).format("%H:%M %Z").to_string(), "06:00 CEST");
        let nov = instant(seoul, NaiveDate::from_ymd_opt(2021, 11, 6).unwrap(), t.time());
        assert_eq!(nov.with_timezone(&berlin).format("%H:%M %Z").to_string(), "05:00 CET");
    }

    #[test]
    fn gap_times_move_forward_and_are_detected() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let d = NaiveDate::from_ymd_opt(2021, 3, 28).unwrap();
        let t = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        assert!(is_in_gap(berlin, d, t));
        assert_eq!(instant(berlin, d, t).format("%H:%M").to_string(), "03:30");
    }

    #[test]
    fn zone_choice_parses_and_cycles() {
        assert_eq!("local".parse::<ZoneChoice>().unwrap(), ZoneChoice::Local);
        assert_eq!("UTC".parse::<ZoneChoice>().unwrap(), ZoneChoice::Utc);
        assert!("Mars/Olympus".parse::<ZoneChoice>().is_err());
        assert_eq!(ZoneChoice::Forum.cycle().cycle().cycle(), ZoneChoice::Forum);
    }

    #[test]
    fn each_step_of_the_zone_cycle_is_another_zone() {
        use ZoneChoice::{Forum, Local, Utc};
        let cycle = |forum: Tz, local: Tz| {
            let mut steps = vec![Forum];
            for _ in 0..3 {
                steps.push(steps[steps.len() - 1].next_with(forum, local));
            }
            steps
        };
        let (seoul, berlin) = (chrono_tz::Asia::Seoul, chrono_tz::Europe::Berlin);
        assert_eq!(cycle(seoul, berlin), [Forum, Local, Utc, Forum]);
        assert_eq!(cycle(chrono_tz::Etc::UTC, seoul), [Forum, Local, Forum, Local], "UTC is the forum's zone");
        assert_eq!(cycle(berlin, berlin), [Forum, Utc, Forum, Utc], "the local zone is the forum's");
        assert_eq!(cycle(seoul, Tz::UTC), [Forum, Local, Forum, Local], "the local zone is UTC");
        assert_eq!(cycle(Tz::UTC, chrono_tz::Etc::UTC), [Forum; 4], "one zone: no other step");
        assert_eq!(Utc.next_with(berlin, berlin), Forum);
    }
}
