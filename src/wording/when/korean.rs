//! Dates and times of day in Korean form: `2021년 10월 8일 금요일`, `10월 7일 (목)`, `14:00`, or
//! `오후 2:00` on a 12-hour clock. Days and months are numbers, so only the weekdays are named.

use chrono::{DateTime, Datelike, NaiveDate, Timelike};
use chrono_tz::Tz;

use crate::wording::language::Clock;

/// The weekday of `d` in one letter: `금`.
fn weekday(d: NaiveDate) -> &'static str {
    ["월", "화", "수", "목", "금", "토", "일"][d.weekday().num_days_from_monday() as usize]
}

/// `10월 8일`
fn month_day(d: NaiveDate) -> String {
    format!("{}월 {}일", d.month(), d.day())
}

/// `2021년 10월 8일 금요일`
pub fn long(d: NaiveDate) -> String {
    format!("{}년 {} {}요일", d.year(), month_day(d), weekday(d))
}

/// `2021. 10. 8. (금)`: the short form Korean writes a full date in.
pub fn short(d: NaiveDate) -> String {
    format!("{} ({})", date(d), weekday(d))
}

/// `2021. 10. 8.`
pub fn date(d: NaiveDate) -> String {
    format!("{}. {}. {}.", d.year(), d.month(), d.day())
}

/// `10. 10.` after `2021. 10. 6.`; `2020. 1. 2.` after a date of another year.
pub fn date_after(first: NaiveDate, last: NaiveDate) -> String {
    if first.year() == last.year() { format!("{}. {}.", last.month(), last.day()) } else { date(last) }
}

/// `10월 8일 (금)`
pub fn brief(d: NaiveDate) -> String {
    format!("{} ({})", month_day(d), weekday(d))
}

/// `8일(금)`: a day tab.
pub fn weekday_day(d: NaiveDate) -> String {
    format!("{}일({})", d.day(), weekday(d))
}

/// `2021년 10월 8일 (금)`
pub fn brief_with_year(d: NaiveDate) -> String {
    format!("{}년 {}", d.year(), brief(d))
}

/// `2021년 10월 6일 – 10월 10일`, `2021년 10월 6일`, `2019년 12월 30일 – 2020년 1월 2일`.
pub fn days(first: NaiveDate, last: NaiveDate) -> String {
    let with_year = |d: NaiveDate| format!("{}년 {}", d.year(), month_day(d));
    if first == last {
        with_year(last)
    } else if first.year() == last.year() {
        format!("{} – {}", with_year(first), month_day(last))
    } else {
        format!("{} – {}", with_year(first), with_year(last))
    }
}

/// `14:00`, or `오후 2:00` on a 12-hour clock (`오전 12:30` just after midnight).
pub fn time_of_day(t: &DateTime<Tz>, clock: Clock) -> String {
    match clock {
        Clock::TwentyFourHour => t.format("%H:%M").to_string(),
        Clock::TwelveHour => {
            let (pm, hour) = t.hour12();
            format!("{} {hour}:{:02}", if pm { "오후" } else { "오전" }, t.minute())
        }
    }
}

/// `10월 7일 (목) 14:00 KST`: the time now, in a header.
pub fn moment(t: &DateTime<Tz>, clock: Clock) -> String {
    format!("{} {} {}", brief(t.date_naive()), time_of_day(t, clock), t.format("%Z"))
}

/// `목요일 14:00 KST`: when something starts this week (often inside brackets already).
pub fn weekday_time(t: &DateTime<Tz>, clock: Clock) -> String {
    format!("{}요일 {} {}", weekday(t.date_naive()), time_of_day(t, clock), t.format("%Z"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    #[test]
    fn each_form_reads_as_korean_writes_it() {
        let d = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        assert_eq!([long(d), short(d), brief(d)], ["2021년 10월 7일 목요일", "2021. 10. 7. (목)", "10월 7일 (목)"]);
        assert_eq!([weekday_day(d), brief_with_year(d)], ["7일(목)", "2021년 10월 7일 (목)"]);
        let sunday = NaiveDate::from_ymd_opt(2021, 10, 10).unwrap();
        assert_eq!(days(d, sunday), "2021년 10월 7일 – 10월 10일");
        assert_eq!(weekday_day(sunday), "10일(일)");
        assert_eq!(date(sunday), "2021. 10. 10.");
        assert_eq!(days(d, d), "2021년 10월 7일");
        let new_year = NaiveDate::from_ymd_opt(2019, 12, 30).unwrap();
        assert_eq!(days(new_year, d), "2019년 12월 30일 – 2021년 10월 7일");
    }

    #[test]
    fn times_are_24_hour_unless_the_clock_is_12_hour() {
        let d = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        let at = |h, m| crate::time::instant(chrono_tz::Asia::Seoul, d, NaiveTime::from_hms_opt(h, m, 0).unwrap());
        assert_eq!(moment(&at(13, 0), Clock::TwentyFourHour), "10월 7일 (목) 13:00 KST");
        assert_eq!(moment(&at(13, 0), Clock::TwelveHour), "10월 7일 (목) 오후 1:00 KST");
        assert_eq!(time_of_day(&at(0, 30), Clock::TwelveHour), "오전 12:30");
        assert_eq!(time_of_day(&at(12, 5), Clock::TwelveHour), "오후 12:05");
        assert_eq!(weekday_time(&at(9, 0), Clock::TwelveHour), "목요일 오전 9:00 KST");
        assert_eq!(weekday_time(&at(9, 0), Clock::TwentyFourHour), "목요일 09:00 KST");
    }
}
