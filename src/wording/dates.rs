//! Dates in words, each form named once: the long form of a day heading, the short form of a
//! table row. Weekday and month names are English here and nowhere else in the library.

use chrono::NaiveDate;

/// `Friday 08 October 2021`: a day heading, a session's day.
pub fn long(d: NaiveDate) -> String {
    d.format("%A %d %B %Y").to_string()
}

/// `Fri 2021-10-08`: a day in a table or a one-line change.
pub fn short(d: NaiveDate) -> String {
    d.format("%a %Y-%m-%d").to_string()
}

/// `Fri 08 Oct`: a day in a sentence about the agenda.
pub fn brief(d: NaiveDate) -> String {
    d.format("%a %d %b").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_reads_as_named() {
        let d = NaiveDate::from_ymd_opt(2021, 10, 8).unwrap();
        assert_eq!([long(d), short(d), brief(d)], ["Friday 08 October 2021", "Fri 2021-10-08", "Fri 08 Oct"]);
    }
}
