//! A time range as people read it: `10:00–12:00`, `20:00–?` when the end is not published, and a
//! `(+1d)` mark on a time that falls on another day than the one the range belongs to. This is
//! the one place `HH:MM–HH:MM` is written; the app, the command line and the exports all use it.

use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Timelike};

/// A clock time and how many days it lies after (or before) the range's own day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    time: NaiveTime,
    days: i64,
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.time.hour(), self.time.minute())?;
        match self.days {
            0 => Ok(()),
            n => write!(f, " ({n:+}d)"),
        }
    }
}

/// A start and, if published, an end, as shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    start: Mark,
    end: Option<Mark>,
}

impl Range {
    /// Clock times as a file or an agenda states them, without day marks.
    pub fn of_times(start: NaiveTime, end: Option<NaiveTime>) -> Self {
        let mark = |time| Mark { time, days: 0 };
        Range { start: mark(start), end: end.map(mark) }
    }

    /// Instants read on their own clock. With `day`, a time on another day than `day` is marked
    /// (`23:00–01:00 (+1d)`); without it, no time is marked.
    pub fn of_instants<Z: TimeZone>(start: &DateTime<Z>, end: Option<&DateTime<Z>>, day: Option<NaiveDate>) -> Self {
        let mark = |t: &DateTime<Z>| {
            let days = day.map_or(0, |d| (t.date_naive() - d).num_days());
            Mark { time: t.time(), days }
        };
        Range { start: mark(start), end: end.map(mark) }
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.end {
            Some(end) => write!(f, "{}–{end}", self.start),
            None => write!(f, "{}–?", self.start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Tz;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn times_read_as_a_range_or_an_open_end() {
        assert_eq!(Range::of_times(hm(9, 5), Some(hm(10, 30))).to_string(), "09:05–10:30");
        assert_eq!(Range::of_times(hm(20, 0), None).to_string(), "20:00–?");
    }

    #[test]
    fn a_time_on_another_day_is_marked_only_against_a_day() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let seoul: Tz = "Asia/Seoul".parse().unwrap();
        let day = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        let start = seoul.from_local_datetime(&day.and_time(hm(6, 0))).unwrap().with_timezone(&berlin);
        let end = seoul.from_local_datetime(&day.and_time(hm(8, 0))).unwrap().with_timezone(&berlin);
        assert_eq!(Range::of_instants(&start, Some(&end), Some(day)).to_string(), "23:00 (-1d)–01:00");
        assert_eq!(Range::of_instants(&start, Some(&end), None).to_string(), "23:00–01:00");
    }
}
