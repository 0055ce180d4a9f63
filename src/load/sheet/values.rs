//! What a spreadsheet cell holds, and the dates, times and time ranges organizers write in them:
//! Excel serials, `2021-10-07`, `2021.10.07`, `10월 7일`, `7 October 2021`, `13:00`, `오후 1시 30분`,
//! `1:30 PM`, and a range in one cell (`13:00~15:00`, `13:00 - 15:00`). Everything is checked:
//! an hour of 25 or a 31st of February is refused, never wrapped.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// A cell's value, as the file stores it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// A date, a time or both (an Excel date/time cell, or an ODS date).
    Moment(NaiveDateTime),
    /// A time of day without a date (an Excel time cell, a serial below 1).
    Clock(NaiveTime),
}

impl Value {
    /// The value as the organizer sees it, for messages and text fields.
    pub fn shown(&self) -> String {
        match self {
            Value::Text(t) => t.trim().to_owned(),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Value::Number(n) => n.to_string(),
            Value::Moment(m) if m.time() == NaiveTime::MIN => m.date().to_string(),
            Value::Moment(m) => m.format("%Y-%m-%d %H:%M").to_string(),
            Value::Clock(t) => t.format("%H:%M").to_string(),
        }
    }

    /// The value quoted in a message: at most [`QUOTED`] characters of it, then `…` (a cell can
    /// hold a whole document).
    pub fn quoted(&self) -> String {
        let shown = self.shown();
        match shown.char_indices().nth(QUOTED) {
            Some((cut, _)) => format!("{}…", &shown[..cut]),
            None => shown,
        }
    }

    /// Whether the cell shows nothing.
    pub fn is_blank(&self) -> bool {
        matches!(self, Value::Text(t) if t.trim().is_empty())
    }
}

/// How many characters of a cell a message quotes.
pub const QUOTED: usize = 60;

/// The moment of an Excel serial in the 1900 date system (a number in a date or time column
/// that carries no date format), when it is within Excel's calendar.
pub fn serial(value: f64) -> Option<Value> {
    if !(0.0..2_958_466.0).contains(&value) {
        return None;
    }
    let moment = calamine::ExcelDateTime::new(value, calamine::ExcelDateTimeType::DateTime, false);
    moment_of(&moment)
}

/// The value of a calamine date/time.
pub fn moment_of(moment: &calamine::ExcelDateTime) -> Option<Value> {
    let v = moment.as_f64();
    if !v.is_finite() || !(0.0..2_958_466.0).contains(&v) {
        return None;
    }
    let (y, mo, d, h, mi, s, _) = moment.to_ymd_hms_milli();
    let time = NaiveTime::from_hms_opt(h.into(), mi.into(), s.into())?;
    if v < 1.0 {
        return Some(Value::Clock(time));
    }
    let date = NaiveDate::from_ymd_opt(y.into(), mo.into(), d.into())?;
    Some(Value::Moment(date.and_time(time)))
}

/// A date as written: whole, or a month and day whose year comes from elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateGiven {
    Full(NaiveDate),
    NoYear { month: u32, day: u32 },
}

impl DateGiven {
    /// The date in `year`, when it exists then (a 29 February needs a leap year).
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            DateGiven::Full(d) => Some(d),
            DateGiven::NoYear { month, day } => NaiveDate::from_ymd_opt(year, month, day),
        }
    }
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The date a cell gives, or `None` when it is no date.
pub fn date(value: &Value) -> Option<DateGiven> {
    match value {
        Value::Moment(m) => Some(DateGiven::Full(m.date())),
        Value::Number(n) if *n >= 1.0 => match serial(*n)? {
            Value::Moment(m) => Some(DateGiven::Full(m.date())),
            _ => None,
        },
        Value::Text(t) => date_text(t),
        _ => None,
    }
}

/// A date written as text: `2021-10-07`, `2021.10.07.`, `2021/10/7`, `2021년 10월 7일`,
/// `10월 7일`, `10.7`, `7 October 2021`, `October 7, 2021`, `Oct 7`; a weekday in brackets or
/// after a comma (`(목)`, `Thu,`) and an ISO time after the date are let be.
pub fn date_text(text: &str) -> Option<DateGiven> {
    let t = text.trim();
    let t = t.split_once('T').filter(|(d, _)| d.len() == 10).map_or(t, |(d, _)| d);
    let t = match t.find(['(', '（']) {
        Some(i) if t.trim_end().ends_with([')', '）']) => t[..i].trim(),
        _ => t,
    };
    let lower = t.to_lowercase();
    let mut numbers: Vec<u32> = Vec::new();
    let mut month_word = None;
    for word in lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let digits = word.trim_end_matches(['년', '월', '일']);
        let digits = digits.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push(digits.parse().ok().filter(|_| digits.len() <= 4)?);
        } else if let Some(m) = MONTHS.iter().position(|m| word.starts_with(m)) {
            month_word = Some(m as u32 + 1);
        } else if !is_weekday(word) {
            return None;
        }
    }
    let full = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d).map(DateGiven::Full);
    let partial = |m: u32, d: u32| NaiveDate::from_ymd_opt(2000, m, d).map(|_| DateGiven::NoYear { month: m, day: d });
    match (month_word, numbers.as_slice()) {
        (None, [y, m, d]) if *y >= 1000 => full(*y, *m, *d),
        (None, [m, d]) if lower.contains('월') || lower.contains('.') || lower.contains('/') => partial(*m, *d),
        (Some(m), [d, y]) | (Some(m), [y, d]) if *y >= 1000 => full(*y, m, *d),
        (Some(m), [d]) => partial(m, *d),
        _ => None,
    }
}

fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 14] =
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "월", "화", "수", "목", "금", "토", "일"];
    DAYS.iter().any(|d| word.starts_with(d)) && word.chars().count() <= 9 || word.ends_with("요일")
}

/// A time of day as minutes after midnight, 0 to 1440 (24:00 ends a day).
pub type Minutes = u32;

/// The minutes of a cell's time of day, or `None` when it is none.
pub fn time(value: &Value) -> Option<Minutes> {
    match value {
        Value::Clock(t) => Some(t.hour() * 60 + t.minute()),
        Value::Moment(m) => Some(m.hour() * 60 + m.minute()),
        Value::Number(n) if (0.0..1.0).contains(n) => match serial(*n)? {
            Value::Clock(t) => Some(t.hour() * 60 + t.minute()),
            _ => None,
        },
        Value::Text(t) => time_text(t),
        Value::Number(_) => None,
    }
}

/// A time written as text: `13:00`, `9:30:00`, `13시`, `13시 30분`, `오후 1:30`, `1:30 PM`, `1 pm`.
pub fn time_text(text: &str) -> Option<Minutes> {
    let lower = text.trim().to_lowercase();
    let (afternoon, rest) = if let Some(r) = lower.strip_prefix("오후") {
        (Some(true), r)
    } else if let Some(r) = lower.strip_prefix("오전") {
        (Some(false), r)
    } else if let Some(r) = lower.strip_suffix("pm").or_else(|| lower.strip_suffix("p.m.")) {
        (Some(true), r)
    } else if let Some(r) = lower.strip_suffix("am").or_else(|| lower.strip_suffix("a.m.")) {
        (Some(false), r)
    } else {
        (None, lower.as_str())
    };
    let rest = rest.trim();
    let (hour, minute) = if let Some((h, m)) = rest.split_once('시') {
        let m = m.trim().trim_end_matches('분').trim();
        (h.trim(), if m.is_empty() { "0" } else { m })
    } else if let Some((h, m)) = rest.split_once(':') {
        // Seconds, when written, must be a number and are dropped.
        let (m, s) = m.split_once(':').unwrap_or((m, "0"));
        s.parse::<u32>().ok().filter(|s| *s < 60)?;
        (h, m)
    } else if afternoon.is_some() {
        (rest, "0")
    } else {
        return None;
    };
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (mut hour, minute) = (number(hour)?, number(minute)?);
    if minute >= 60 {
        return None;
    }
    match afternoon {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let minutes = hour * 60 + minute;
    (minutes <= 24 * 60).then_some(minutes)
}

/// A date and time written as text in one cell (`2021-10-07 09:00`, `2021-10-07T09:00:00`).
pub fn moment_text(value: &Value) -> Option<NaiveDateTime> {
    let Value::Text(text) = value else { return None };
    let (day, clock) = text.trim().rsplit_once([' ', 'T'])?;
    let DateGiven::Full(date) = date_text(day)? else { return None };
    at(date, time_text(clock)?)
}

/// A time range in one cell (`13:00~15:00`, `13:00 - 15:00`, `13:00–15:00`), or one time (`13:00`).
/// `Err(())` when the cell holds something else.
pub fn time_range(value: &Value) -> Result<(Minutes, Option<Minutes>), ()> {
    let Value::Text(text) = value else {
        return time(value).map(|t| (t, None)).ok_or(());
    };
    for separator in ['~', '〜', '～', '–', '—', '-'] {
        if let Some((a, b)) = text.split_once(separator) {
            return match (time_text(a), time_text(b)) {
                (Some(a), Some(b)) => Ok((a, Some(b))),
                _ => Err(()),
            };
        }
    }
    time_text(text).map(|t| (t, None)).ok_or(())
}

/// The moment `minutes` after the start of `date` (24:00 is the next day's midnight).
pub fn at(date: NaiveDate, minutes: Minutes) -> Option<NaiveDateTime> {
    date.and_time(NaiveTime::MIN).checked_add_signed(chrono::Duration::minutes(i64::from(minutes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<DateGiven> {
        Some(DateGiven::Full(NaiveDate::from_ymd_opt(y, m, d).unwrap()))
    }

    #[test]
    fn dates_in_the_ways_organizers_write_them() {
        for text in ["2021-10-07", "2021.10.07", "2021. 10. 7.", "2021/10/7", "2021년 10월 7일", "2021-10-07T00:00:00"]
        {
            assert_eq!(date_text(text), ymd(2021, 10, 7), "{text}");
        }
        assert_eq!(date_text("7 October 2021"), ymd(2021, 10, 7));
        assert_eq!(date_text("Thu, October 7, 2021"), ymd(2021, 10, 7));
        assert_eq!(date_text("10월 7일 (목)"), Some(DateGiven::NoYear { month: 10, day: 7 }));
        assert_eq!(date_text("Oct 7th"), Some(DateGiven::NoYear { month: 10, day: 7 }));
        assert_eq!(date_text("2021-02-30"), None);
        assert_eq!(date_text("someday"), None);
        assert_eq!(date_text("Room 101"), None);
        assert_eq!(date(&Value::Number(44476.0)), ymd(2021, 10, 7), "an Excel serial");
        let long = Value::Text("날".repeat(1000)).quoted();
        assert_eq!((long.chars().count(), long.ends_with('…')), (QUOTED + 1, true), "a message quotes a cell's start");
    }

    #[test]
    fn times_and_ranges_are_checked_not_wrapped() {
        assert_eq!(time_text("13:00"), Some(780));
        assert_eq!(time_text("9:30:00"), Some(570));
        assert_eq!(time_text("13시 30분"), Some(810));
        assert_eq!(time_text("오후 1시"), Some(780));
        assert_eq!(time_text("12:15 AM"), Some(15));
        assert_eq!(time_text("1:30 pm"), Some(810));
        assert_eq!(time_text("24:00"), Some(1440));
        assert_eq!(time_text("25:00"), None);
        assert_eq!(time_text("13:60"), None);
        assert_eq!(time_text("오후 13시"), None);
        let text = |t: &str| Value::Text(t.to_owned());
        for t in ["13:00~15:00", "13:00-15:00", "13:00 ~ 15:00", "13:00 – 15:00"] {
            assert_eq!(time_range(&text(t)), Ok((780, Some(900))), "{t}");
        }
        assert_eq!(time_range(&text("13:00~25:00")), Err(()));
        assert_eq!(time_range(&Value::Number(0.5)), Ok((720, None)), "a time serial");
        assert_eq!(
            moment_text(&text("2021-10-07 09:30")),
            NaiveDate::from_ymd_opt(2021, 10, 7).unwrap().and_hms_opt(9, 30, 0)
        );
    }
}
