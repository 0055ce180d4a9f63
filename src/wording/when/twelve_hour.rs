//! A session's time range on the 12-hour clock (`[display] clock = "12h"`): `1:00–3:00 PM KST`,
//! `11:00 AM–1:00 PM KST`, `8:00 PM–? KST`; in Korean the half of the day comes first
//! (`오후 1:00–3:00 KST`, `오전 11:00–오후 1:00 KST`). A range on another day than its
//! conference day keeps its `(+1d)` mark in front, as on the 24-hour clock.

use chrono::{DateTime, NaiveDate, Timelike};
use chrono_tz::Tz;

/// `start`–`end` (when published) in `zone`'s abbreviation `abbreviation`, on conference day `day`.
pub fn range(start: &DateTime<Tz>, end: Option<&DateTime<Tz>>, day: NaiveDate, abbreviation: &str) -> String {
    let korean = super::korean();
    let half = |t: &DateTime<Tz>| {
        let (pm, _) = t.hour12();
        match (korean, pm) {
            (true, true) => "오후",
            (true, false) => "오전",
            (false, true) => "PM",
            (false, false) => "AM",
        }
    };
    let clock = |t: &DateTime<Tz>| format!("{}:{:02}", t.hour12().1, t.minute());
    let with_half = |t: &DateTime<Tz>| {
        if korean { format!("{} {}", half(t), clock(t)) } else { format!("{} {}", clock(t), half(t)) }
    };
    let days = (start.date_naive() - day).num_days();
    let mark = if days == 0 { String::new() } else { format!("({days:+}d) ") };
    let text = match end {
        None => format!("{}–?", with_half(start)),
        Some(end) if half(end) == half(start) && end.date_naive() == start.date_naive() => {
            if korean {
                format!("{} {}–{}", half(start), clock(start), clock(end))
            } else {
                format!("{}–{} {}", clock(start), clock(end), half(end))
            }
        }
        Some(end) => {
            let end_days = (end.date_naive() - day).num_days();
            let end_mark = if end_days == days { String::new() } else { format!(" ({end_days:+}d)") };
            format!("{}–{}{end_mark}", with_half(start), with_half(end))
        }
    };
    format!("{mark}{text} {abbreviation}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::language::{Clock, Language, speaking};
    use chrono::NaiveTime;

    fn at(h: u32, m: u32) -> DateTime<Tz> {
        let d = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        crate::time::instant(chrono_tz::Asia::Seoul, d, NaiveTime::from_hms_opt(h, m, 0).unwrap())
    }

    #[test]
    fn a_range_names_its_half_of_the_day_once_when_both_ends_share_it() {
        let day = NaiveDate::from_ymd_opt(2021, 10, 7).unwrap();
        speaking(Language::English, Clock::TwelveHour, || {
            assert_eq!(range(&at(13, 0), Some(&at(15, 0)), day, "KST"), "1:00–3:00 PM KST");
            assert_eq!(range(&at(11, 0), Some(&at(13, 30)), day, "KST"), "11:00 AM–1:30 PM KST");
            assert_eq!(range(&at(20, 0), None, day, "KST"), "8:00 PM–? KST");
        });
        speaking(Language::Korean, Clock::TwelveHour, || {
            assert_eq!(range(&at(13, 0), Some(&at(15, 0)), day, "KST"), "오후 1:00–3:00 KST");
            assert_eq!(range(&at(11, 0), Some(&at(13, 30)), day, "KST"), "오전 11:00–오후 1:30 KST");
        });
    }
}
