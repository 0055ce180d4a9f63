//! Conference days: the day a session belongs to is the publisher's, not the calendar's. A
//! schedule whose days run past midnight (11:00 to 04:00) lists a 00:50 session under the day
//! before, as every Fahrplan app shows it; the time the day changes comes from the publisher's
//! `day_change` or the ends of its days.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;

use crate::model::{Programme, Session};

impl Programme {
    /// The conference day `session` belongs to: its date, or the day before when it starts before
    /// the programme's day change.
    pub fn day_of(&self, session: &Session) -> Option<NaiveDate> {
        let date = session.date?;
        match (self.day_change, session.start) {
            (Some(change), Some(start)) if start < change => Some(date.pred_opt().unwrap_or(date)),
            _ => Some(date),
        }
    }

    /// The conference day of a day the publisher lists under `date`, starting at `start` when
    /// given: the day its start falls on (DebConf dates a day starting 03:00 IST on the 10th as
    /// the 9th, the UTC date), else `date`.
    pub fn day_starting(&self, date: NaiveDate, start: Option<DateTime<FixedOffset>>) -> NaiveDate {
        let Some(start) = start.map(|s| s.with_timezone(&self.timezone).naive_local()) else { return date };
        let session = Session { date: Some(start.date()), start: Some(start.time()), ..Session::default() };
        self.day_of(&session).unwrap_or(date)
    }
}

/// The time the conference day changes, from the ends of the publisher's days (each with its
/// date): the minute after the end of a day that ends on a later date, the most common one when
/// they differ. `None` when every day ends on its own date (the day changes at midnight).
pub fn change_from_day_ends(ends: &[(NaiveDate, DateTime<FixedOffset>)], zone: Tz) -> Option<NaiveTime> {
    let mut seen: HashMap<NaiveTime, usize> = HashMap::new();
    for (date, end) in ends {
        let end = end.with_timezone(&zone);
        if end.date_naive() <= *date {
            continue;
        }
        // A day's end is its last minute (`03:59`, `21:29:59`, and 36C3 lists a session at 04:00
        // under the day that ends at `04:00`): the next day starts the minute after.
        let minute = end.time().num_seconds_from_midnight() / 60;
        let next =
            NaiveTime::from_num_seconds_from_midnight_opt((minute + 1) % (24 * 60) * 60, 0).unwrap_or(NaiveTime::MIN);
        *seen.entry(next).or_insert(0) += 1;
    }
    seen.into_iter()
        .max_by_key(|(t, n)| (*n, std::cmp::Reverse(*t)))
        .map(|(t, _)| t)
        // A day that ends just before midnight changes at midnight, which is no change at all.
        .filter(|t| *t != NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_night_session_belongs_to_the_day_before_the_change() {
        let fri = NaiveDate::from_ymd_opt(2019, 12, 27).unwrap();
        let sat = fri.succ_opt().unwrap();
        let mut p = Programme::new("c".into(), "C".into(), chrono_tz::Europe::Berlin, fri, sat);
        let night = Session { date: Some(sat), start: Some(hm(0, 50)), ..Session::default() };
        let morning = Session { date: Some(sat), start: Some(hm(11, 0)), ..Session::default() };
        assert_eq!(p.day_of(&night), Some(sat));
        p.day_change = Some(hm(4, 0));
        assert_eq!((p.day_of(&night), p.day_of(&morning)), (Some(fri), Some(sat)));
    }

    #[test]
    fn the_change_is_the_minute_after_a_day_ends() {
        let d = NaiveDate::from_ymd_opt(2023, 9, 9).unwrap();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let kolkata = [(d, at("2023-09-10T21:29:59+00:00"))];
        assert_eq!(change_from_day_ends(&kolkata, chrono_tz::Asia::Kolkata), Some(hm(3, 0)));
        let congress = [(d, at("2023-09-10T04:00:00+02:00")), (d, at("2023-09-09T19:00:00+02:00"))];
        assert_eq!(change_from_day_ends(&congress, chrono_tz::Europe::Berlin), Some(hm(4, 1)));
        let same_day = [(d, at("2023-09-09T23:59:59+02:00"))];
        assert_eq!(change_from_day_ends(&same_day, chrono_tz::Europe::Berlin), None);
    }
}
