//! A time range as people read it: `10:00–12:00`, `20:00–?` when the end is not published, and a
//! `(+1d)` mark on a time that falls on another day than the one the range belongs to. This is
//! the one place `HH:MM–HH:MM` is written; the app, the command line and the exports all use it,
//! through `wording::when`, which writes the same parts ([`Range::start`], [`Range::end`]) on the
//! 12-hour clock when that is chosen, and which says how a day mark reads (a [`DayMark`]:
//! `(+1d)`, `(+1일)` in Korean).

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Timelike};

/// A clock time and how many days it lies after (or before) the range's own day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub time: NaiveTime,
    /// `1` for `(+1d)`, `-1` for `(-1d)`, `0` on the range's own day.
    pub days: i64,
}

/// How a day mark reads for a number of days other than 0 (`(+1d)`): the wording layer's words
/// (`wording::when::day_mark`), as this module says no words of its own.
pub type DayMark = fn(i64) -> String;

impl Mark {
    /// `HH:MM`, then its day mark when it lies on another day (`01:00 (+1d)`).
    fn written(self, day_mark: DayMark) -> String {
        let clock = format!("{:02}:{:02}", self.time.hour(), self.time.minute());
        match self.days {
            0 => clock,
            n => format!("{clock} {}", day_mark(n)),
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

impl Range {
    /// The start and its day mark, for a writer on another clock (`wording::when`).
    pub fn start(self) -> Mark {
        self.start
    }

    /// The end and its day mark, when published.
    pub fn end(self) -> Option<Mark> {
        self.end
    }
}

impl Range {
    /// The range with each time's day mark after it: `10:00–12:00`, `20:00–?`,
    /// `23:00–01:00 (+1d)`.
    pub fn written(self, day_mark: DayMark) -> String {
        match self.end {
            Some(end) => format!("{}–{}", self.start.written(day_mark), end.written(day_mark)),
            None => format!("{}–?", self.start.written(day_mark)),
        }
    }

    /// The range with the zone abbreviation of each end: `10:00–12:00 CEST` (day marks as
    /// [`Range::wide`] writes them), and `02:30 CEST–02:30 CET` when the clocks change between them.
    pub fn zoned(self, start: &str, end: &str, day_mark: DayMark) -> String {
        match self.end {
            Some(mark) if start != end => {
                format!("{} {start}–{} {end}", self.start.written(day_mark), mark.written(day_mark))
            }
            _ => format!("{} {start}", self.wide(day_mark)),
        }
    }

    /// The range in at most 11 columns, for a narrow list: `10:00–12:00`, or, when the start lies
    /// on another day, the start with its day mark and a `…` for the end that has no room
    /// (`21:30(-1d)…`): an end is never dropped without a mark.
    pub fn narrow(self, day_mark: DayMark) -> String {
        match self.start.days {
            0 => Range { end: self.end.map(|m| Mark { days: 0, ..m }), ..self }.written(day_mark),
            n => format!("{:02}:{:02}{}…", self.start.time.hour(), self.start.time.minute(), day_mark(n)),
        }
    }

    /// The range in at most 17 columns: one day mark for both times when they share it
    /// (`(+1d) 00:50–01:50`), else as [`Range::written`] writes it.
    pub fn wide(self, day_mark: DayMark) -> String {
        match self.end {
            Some(end) if end.days == self.start.days && end.days != 0 => {
                let bare = |m: Mark| Mark { days: 0, ..m }.written(day_mark);
                format!("{} {}–{}", day_mark(end.days), bare(self.start), bare(end))
            }
            _ => self.written(day_mark),
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

    /// A day mark as English writes it.
    fn d(days: i64) -> String {
        format!("({days:+}d)")
    }

    #[test]
    fn times_read_as_a_range_or_an_open_end() {
        assert_eq!(Range::of_times(hm(9, 5), Some(hm(10, 30))).written(d), "09:05–10:30");
        assert_eq!(Range::of_times(hm(20, 0), None).written(d), "20:00–?");
    }

    #[test]
    fn a_time_on_another_day_is_marked_only_against_a_day() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        let seoul: Tz = "Asia/Seoul".parse().unwrap();
        let day = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        let start = seoul.from_local_datetime(&day.and_time(hm(6, 0))).unwrap().with_timezone(&berlin);
        let end = seoul.from_local_datetime(&day.and_time(hm(8, 0))).unwrap().with_timezone(&berlin);
        assert_eq!(Range::of_instants(&start, Some(&end), Some(day)).written(d), "23:00 (-1d)–01:00");
        assert_eq!(Range::of_instants(&start, Some(&end), None).written(d), "23:00–01:00");
    }

    #[test]
    fn narrow_and_wide_forms_keep_the_day_mark_of_a_start_on_another_day_and_mark_a_dropped_end() {
        let day = NaiveDate::from_ymd_opt(2019, 12, 27).unwrap();
        let utc = |d: u32, h: u32, m: u32| {
            chrono::Utc.from_utc_datetime(&NaiveDate::from_ymd_opt(2019, 12, d).unwrap().and_time(hm(h, m)))
        };
        let night = Range::of_instants(&utc(28, 0, 50), Some(&utc(28, 1, 50)), Some(day));
        assert_eq!((night.narrow(d), night.wide(d)), ("00:50(+1d)…".to_owned(), "(+1d) 00:50–01:50".to_owned()));
        // DebConf's 03:00 IST breakfast read in New York: the end does not fit, and says so.
        let early = Range::of_instants(&utc(26, 21, 30), Some(&utc(27, 1, 0)), Some(day));
        assert_eq!((early.narrow(d), early.wide(d)), ("21:30(-1d)…".to_owned(), "21:30 (-1d)–01:00".to_owned()));
        let open = Range::of_instants(&utc(26, 21, 30), None, Some(day));
        assert_eq!(open.narrow(d), "21:30(-1d)…");
        let late = Range::of_instants(&utc(27, 23, 0), Some(&utc(28, 1, 0)), Some(day));
        assert_eq!((late.narrow(d), late.wide(d)), ("23:00–01:00".to_owned(), "23:00–01:00 (+1d)".to_owned()));
        let plain = Range::of_times(hm(10, 0), Some(hm(12, 0)));
        assert_eq!(plain.zoned("CEST", "CEST", d), "10:00–12:00 CEST");
        assert_eq!(plain.zoned("CEST", "CET", d), "10:00 CEST–12:00 CET");
    }
}
