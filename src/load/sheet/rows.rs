//! The sessions of a sheet's rows. A date or room left blank continues the one above it (merged
//! cells read as blanks below their first cell); a row holding only a date starts that day. A row
//! whose title, date or time cannot be read is left out with a located problem naming it; an end
//! before its start is dropped with one.

use super::Fault;
use super::grid::{Grid, Row};
use super::header::Field;
use super::layout::Layout;
use super::people;
use super::values::{self, DateGiven, Minutes, Value};
use crate::load::event::{Credits, RawEvent, When};

/// A problem found in a row: the fault, where (1-based row, 0-based column), and the session's
/// title when the row has one.
pub type Found = (Fault, (u32, u32), Option<String>);

/// What is carried from row to row of a sheet.
struct Carried {
    /// The date, and how it was written.
    date: Option<(DateGiven, String)>,
    room: Option<String>,
}

/// The events of `grid`'s rows; `year` completes dates written without one.
pub fn events(
    grid: &Grid,
    layout: &Layout,
    year: Option<i32>,
    at: &dyn Fn(u32, u32) -> crate::diagnostic::Location,
    found: &mut Vec<Found>,
) -> Vec<RawEvent> {
    let mut carried = Carried { date: layout.named_date.clone(), room: None };
    let mut out = Vec::new();
    let first = layout.header_row.unwrap_or(0);
    for row in grid.rows.iter().filter(|r| r.number > first) {
        if let Some(event) = event(row, layout, year, &mut carried, at, found) {
            out.push(event);
        }
    }
    out
}

fn text(row: &Row, layout: &Layout, field: Field) -> Option<(u32, String)> {
    let col = layout.column(field)?;
    let shown = row.get(col)?.shown();
    (!shown.is_empty()).then_some((col, shown))
}

fn event(
    row: &Row,
    layout: &Layout,
    year: Option<i32>,
    carried: &mut Carried,
    at: &dyn Fn(u32, u32) -> crate::diagnostic::Location,
    found: &mut Vec<Found>,
) -> Option<RawEvent> {
    // A row of one date, wherever it stands (often across the table, in the first column), starts that day.
    if let [(_, value @ (Value::Text(_) | Value::Moment(_)))] = row.cells.as_slice()
        && let Some(date) = values::date(value)
    {
        carried.date = Some((date, value.quoted()));
        return None;
    }
    let cell = |field| layout.column(field).and_then(|c| row.get(c).map(|v| (c, v)));
    let title = text(row, layout, Field::Title).map(|(_, t)| t);
    let mut fault = |f: Fault, col: u32| found.push((f, (row.number, col), title.clone()));
    // The date first: a row without a title may still start a day or continue a merged cell.
    let date_cell = cell(Field::Date);
    if let Some((col, value)) = date_cell {
        match values::date(value) {
            Some(date) => carried.date = Some((date, value.quoted())),
            None if title.is_some() => {
                fault(Fault::NotADate { found: value.quoted() }, col);
                return None;
            }
            None => {}
        }
    }
    if let Some((_, room)) = text(row, layout, Field::Room) {
        carried.room = Some(room);
    }
    let Some(title) = title.clone() else {
        let mapped =
            layout.columns.iter().any(|(f, c)| !matches!(f, Field::Date | Field::Room) && row.get(*c).is_some());
        if mapped {
            fault(Fault::NoTitle, layout.column(Field::Title).unwrap_or(0));
        }
        return None;
    };
    let mut start: Option<(u32, Minutes)> = None;
    let mut end: Option<(u32, Minutes)> = None;
    for field in [Field::Time, Field::Start] {
        if let Some((col, value)) = cell(field).filter(|_| start.is_none()) {
            let written;
            let value = match values::moment_text(value) {
                Some(moment) => {
                    written = Value::Moment(moment);
                    &written
                }
                None => value,
            };
            match values::time_range(value) {
                Ok((s, e)) => {
                    start = Some((col, s));
                    end = e.map(|e| (col, e));
                }
                Err(()) => {
                    fault(Fault::NotATime { field, found: value.quoted() }, col);
                    return None;
                }
            }
            if let Value::Moment(m) = value
                && date_cell.is_none()
            {
                carried.date = Some((DateGiven::Full(m.date()), value.shown()));
            }
        }
    }
    if let Some((col, value)) = cell(Field::End) {
        match values::time(value) {
            Some(e) => end = Some((col, e)),
            None => {
                fault(Fault::NotATime { field: Field::End, found: value.quoted() }, col);
                return None;
            }
        }
    }
    let title_col = layout.column(Field::Title).unwrap_or(0);
    let date = match (carried.date.as_ref(), year) {
        (None, _) => None,
        (Some((DateGiven::Full(date), _)), _) => Some(*date),
        (Some((given, written)), Some(year)) => match given.in_year(year) {
            Some(date) => Some(date),
            None => {
                fault(Fault::NotADate { found: written.clone() }, date_cell.map_or(title_col, |(c, _)| c));
                return None;
            }
        },
        (Some((_, written)), None) => {
            fault(Fault::NoYear { found: written.clone() }, date_cell.map_or(title_col, |(c, _)| c));
            return None;
        }
    };
    if let (Some((_, s)), Some((col, e))) = (start, end)
        && e <= s
    {
        let clock = |m: Minutes| format!("{:02}:{:02}", m / 60, m % 60);
        fault(Fault::EndBeforeStart { start: clock(s), end: clock(e) }, col);
        end = None;
    }
    if start.is_some() && date.is_none() {
        fault(Fault::NoDate, title_col);
    }
    let when = |m: Option<(u32, Minutes)>| Some(When::Local(values::at(date?, m?.1)?, None));
    let speakers = text(row, layout, Field::Speakers).map_or_else(Vec::new, |(_, t)| people::people(&t, "speaker"));
    let moderators =
        text(row, layout, Field::Moderator).map_or_else(Vec::new, |(_, t)| people::people(&t, "moderator"));
    Some(RawEvent {
        at: at(row.number, title_col),
        title,
        start: when(start),
        end: when(end),
        room: carried.room.clone(),
        tracks: text(row, layout, Field::Theme).map(|(_, t)| t).into_iter().collect(),
        kind: text(row, layout, Field::Kind).map(|(_, t)| t),
        texts: text(row, layout, Field::Summary).map(|(_, t)| t).into_iter().collect(),
        credits: Some(Box::new(Credits {
            people: moderators.into_iter().chain(speakers).collect(),
            organizers: text(row, layout, Field::Organizer).map_or_else(Vec::new, |(_, t)| people::organizers(&t)),
        })),
        ..RawEvent::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;

    fn row(number: u32, cells: &[&str]) -> Row {
        Row::of_text(number, cells)
    }

    #[test]
    fn a_row_of_one_date_starts_its_day_and_a_time_without_a_date_is_said() {
        let layout = Layout {
            header_row: Some(1),
            columns: vec![(Field::Title, 0), (Field::Time, 1), (Field::Room, 2)],
            ..Layout::default()
        };
        let grid = Grid {
            name: None,
            rows: vec![
                row(2, &["Opening", "09:00~10:00", "Hall"]),
                row(3, &["2021년 10월 7일 (목)"]),
                row(4, &["Keynote", "10:00~11:00", ""]),
            ],
        };
        let mut found = Vec::new();
        let at =
            |r: u32, c: u32| Location { path: "f.csv".into(), line: Some(r as usize), column: Some(c as usize + 1) };
        let events = events(&grid, &layout, None, &at, &mut found);
        let starts: Vec<Option<When>> = events.iter().map(|e| e.start).collect();
        let ten = chrono::NaiveDate::from_ymd_opt(2021, 10, 7).unwrap().and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(starts, [None, Some(When::Local(ten, None))]);
        assert_eq!(events[1].room.as_deref(), Some("Hall"), "the room continues down its column");
        assert_eq!(found, [(Fault::NoDate, (2, 0), Some("Opening".to_owned()))]);
    }
}
