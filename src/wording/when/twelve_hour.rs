//! Times of day and time ranges on the 12-hour clock (`[display] clock = "12h"`): `9:30 AM`,
//! `9:30–9:55 AM`, `11:30 AM–1:00 PM`, `8:00 PM–?`; in Korean the half of the day comes first
//! (`오전 9:30–9:55`, `오전 11:30–오후 1:00`). The half is written once when both ends share it.
//! Day marks are placed as [`Range`] places them on the 24-hour clock: one in front when both
//! ends share it (`(+1d) 12:50–1:50 AM`), else after the time they mark (`11:00 PM–1:00 AM (+1d)`);
//! the narrow form of a start on another day keeps only the start (`12:50 AM(+1d)…`).

use chrono::{NaiveTime, Timelike};

use crate::time::{Mark, Range};

/// `AM`/`PM`, or `오전`/`오후` in Korean.
fn half(t: NaiveTime) -> &'static str {
    match (super::korean(), t.hour12().0) {
        (true, true) => "오후",
        (true, false) => "오전",
        (false, true) => "PM",
        (false, false) => "AM",
    }
}

/// `9:30`: the hour without a leading zero, without its half.
fn bare(t: NaiveTime) -> String {
    format!("{}:{:02}", t.hour12().1, t.minute())
}

/// `9:30 AM`, or `오전 9:30` in Korean.
pub fn time_of_day(t: NaiveTime) -> String {
    if super::korean() { format!("{} {}", half(t), bare(t)) } else { format!("{} {}", bare(t), half(t)) }
}

/// ` (+1d)` after a time on another day than the range's; nothing on its own day.
fn after(m: Mark) -> String {
    if m.days == 0 { String::new() } else { format!(" {}", super::day_mark(m.days)) }
}

/// The range with its day marks, the half of the day and a shared day mark written once.
pub fn wide(r: Range) -> String {
    let start = r.start();
    match r.end() {
        None => format!("{}{}–?", time_of_day(start.time), after(start)),
        Some(end) if end.days == start.days => {
            let front = if start.days == 0 { String::new() } else { format!("{} ", super::day_mark(start.days)) };
            let (s, e) = (start.time, end.time);
            let text = match (half(s) == half(e), super::korean()) {
                (true, true) => format!("{} {}–{}", half(s), bare(s), bare(e)),
                (true, false) => format!("{}–{} {}", bare(s), bare(e), half(e)),
                (false, _) => format!("{}–{}", time_of_day(s), time_of_day(e)),
            };
            format!("{front}{text}")
        }
        Some(end) => format!("{}{}–{}{}", time_of_day(start.time), after(start), time_of_day(end.time), after(end)),
    }
}

/// The range for a narrow column: an end's day mark left out, and a start on another day kept
/// with its mark and a `…` for the end that has no room (`9:30 PM(-1d)…`).
pub fn narrow(r: Range) -> String {
    let start = r.start();
    match (start.days, r.end()) {
        (0, end) => wide(Range::of_times(start.time, end.map(|e| e.time))),
        _ => super::range_start(r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::language::{Clock, Language, speaking};
    use chrono::{NaiveDate, TimeZone};

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// A range on 27 December 2019 from UTC instants on day `d` of that month.
    fn night(from: (u32, u32, u32), to: Option<(u32, u32, u32)>) -> Range {
        let at = |(d, h, m): (u32, u32, u32)| {
            chrono::Utc.from_utc_datetime(&NaiveDate::from_ymd_opt(2019, 12, d).unwrap().and_time(hm(h, m)))
        };
        let day = NaiveDate::from_ymd_opt(2019, 12, 27).unwrap();
        Range::of_instants(&at(from), to.map(at).as_ref(), Some(day))
    }

    #[test]
    fn english_names_the_half_of_the_day_once_when_both_ends_share_it() {
        speaking(Language::English, Clock::TwelveHour, || {
            assert_eq!(wide(Range::of_times(hm(9, 30), Some(hm(9, 55)))), "9:30–9:55 AM");
            assert_eq!(wide(Range::of_times(hm(11, 30), Some(hm(13, 0)))), "11:30 AM–1:00 PM");
            assert_eq!(wide(Range::of_times(hm(20, 0), None)), "8:00 PM–?");
            assert_eq!(wide(Range::of_times(hm(0, 5), Some(hm(12, 0)))), "12:05 AM–12:00 PM");
            assert_eq!(time_of_day(hm(12, 30)), "12:30 PM");
        });
    }

    #[test]
    fn korean_puts_the_half_of_the_day_first() {
        speaking(Language::Korean, Clock::TwelveHour, || {
            assert_eq!(wide(Range::of_times(hm(9, 30), Some(hm(9, 55)))), "오전 9:30–9:55");
            assert_eq!(wide(Range::of_times(hm(11, 30), Some(hm(13, 0)))), "오전 11:30–오후 1:00");
            assert_eq!(wide(Range::of_times(hm(20, 0), None)), "오후 8:00–?");
            assert_eq!(time_of_day(hm(0, 30)), "오전 12:30");
        });
    }

    #[test]
    fn day_marks_stand_where_the_24_hour_clock_puts_them() {
        let shared = night((28, 0, 50), Some((28, 1, 50)));
        let early = night((26, 21, 30), Some((27, 1, 0)));
        let late = night((27, 23, 0), Some((28, 1, 0)));
        let open = night((26, 21, 30), None);
        speaking(Language::English, Clock::TwelveHour, || {
            assert_eq!((wide(shared), narrow(shared)), ("(+1d) 12:50–1:50 AM".into(), "12:50 AM(+1d)…".into()));
            assert_eq!((wide(early), narrow(early)), ("9:30 PM (-1d)–1:00 AM".into(), "9:30 PM(-1d)…".into()));
            assert_eq!((wide(late), narrow(late)), ("11:00 PM–1:00 AM (+1d)".into(), "11:00 PM–1:00 AM".into()));
            assert_eq!((wide(open), narrow(open)), ("9:30 PM (-1d)–?".into(), "9:30 PM(-1d)…".into()));
        });
        speaking(Language::Korean, Clock::TwelveHour, || {
            assert_eq!((wide(shared), narrow(shared)), ("(+1일) 오전 12:50–1:50".into(), "오전 12:50(+1일)…".into()));
            assert_eq!(wide(late), "오후 11:00–오전 1:00 (+1일)");
            assert_eq!(narrow(Range::of_times(hm(9, 0), Some(hm(10, 0)))), "오전 9:00–10:00");
        });
    }

    #[test]
    fn korean_marks_another_day_in_its_own_words_on_the_24_hour_clock_too() {
        use crate::wording::when::{range, range_narrow, range_wide};
        let (shared, early, late) = (
            night((28, 0, 50), Some((28, 1, 50))),
            night((26, 21, 30), Some((27, 1, 0))),
            night((27, 23, 0), Some((28, 1, 0))),
        );
        speaking(Language::Korean, Clock::TwentyFourHour, || {
            assert_eq!(
                (range_wide(shared), range_narrow(shared)),
                ("(+1일) 00:50–01:50".into(), "00:50(+1일)…".into())
            );
            assert_eq!((range(early), range(late)), ("21:30 (-1일)–01:00".into(), "23:00–01:00 (+1일)".into()));
        });
        speaking(Language::English, Clock::TwentyFourHour, || {
            assert_eq!((range_wide(shared), range_narrow(shared)), ("(+1d) 00:50–01:50".into(), "00:50(+1d)…".into()));
            assert_eq!((range(early), range(late)), ("21:30 (-1d)–01:00".into(), "23:00–01:00 (+1d)".into()));
        });
    }
}
