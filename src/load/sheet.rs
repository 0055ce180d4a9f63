//! Programmes from spreadsheets: CSV and TSV files and .xlsx, .xls and .ods workbooks, one
//! session a row. The header row is recognised by its words in English or Korean (or given by a
//! mapping file, `--column-map`); every sheet with one is read (one a day is common, its name may
//! carry the date). Each problem is located at its cell (`file.csv:14:3`, `file.xlsx: Sheet1!C14`)
//! and names the row's session; the problems are facts ([`Fault`]), worded by `wording::sheet`.

mod declared;
mod grid;
mod header;
mod layout;
mod mapping;
mod people;
mod rows;
mod values;

pub use grid::{MAX_CELLS, binary_at};
pub use header::Field;
pub use mapping::ColumnMapping;

/// What a `.csv` or `.tsv` file is expected to be, for a message about one that is not text.
pub const TEXT_FORMAT: &str = "a spreadsheet as CSV or TSV text";

use super::event::Conference;
use super::event_list::EventList;
use crate::diagnostic::{Location, Problem};

/// What is wrong in a spreadsheet, or with one of its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// A row with a time, room or people but no title: it is left out.
    NoTitle,
    /// A time (or range) that is no time of day, such as `25:00`: the row is left out.
    NotATime { field: Field, found: String },
    /// A date that is none, such as `2021-13-45` or `someday`: the row is left out.
    NotADate { found: String },
    /// A date without a year (`10월 7일`) where no year is found elsewhere: the row is left out.
    NoYear { found: String },
    /// An end at or before the start: the end is dropped.
    EndBeforeStart { start: String, end: String },
    /// A time but no date anywhere: the session is imported without one.
    NoDate,
    /// The text was not UTF-8 and was read in this encoding.
    ReadAs { encoding: &'static str },
    /// No row names a title and another field.
    NoHeader,
    /// The header row names no title column.
    NoTitleColumn,
    /// The mapping file names a header the sheet does not have.
    HeaderNotFound { field: Field, header: String },
    /// A sheet without sessions is skipped (another sheet has them).
    SheetSkipped { why: Box<Fault> },
    /// The file could not be read as a workbook.
    NotWorkbook { why: String },
    /// The file holds more cells than are read.
    TooManyCells { max: usize },
    /// No sheet holds a session.
    NoSessions,
}

/// How a spreadsheet's bytes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// CSV or TSV text.
    Text,
    /// An .xlsx or .ods (ZIP) or .xls (OLE compound file) workbook.
    Workbook,
}

/// Whether a file is a spreadsheet: a workbook by its first bytes; CSV or TSV text by its
/// name (`.csv`, `.tsv`) or by a header row among its first lines.
pub fn kind(bytes: &[u8], path: &str) -> Option<Kind> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(Kind::Workbook);
    }
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        return Some(Kind::Text);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let header = |line: &str| {
        let cells: Vec<(u32, values::Value)> = line
            .split([',', '\t', ';'])
            .map(|c| (0, values::Value::Text(c.trim_matches(['"', ' ']).to_owned())))
            .collect();
        header::is_header(&header::columns_in(&cells))
    };
    head.lines().take(20).any(header).then_some(Kind::Text)
}

/// Read a spreadsheet's sessions; problems with rows go into `warnings`, a file that holds no
/// session is the error.
pub fn read(
    bytes: &[u8],
    kind: Kind,
    path: &str,
    mapping: Option<&ColumnMapping>,
    warnings: &mut Vec<Problem>,
) -> Result<(Conference, EventList), String> {
    let file = Location { path: path.to_owned(), ..Location::default() };
    let say = |fault: &Fault| crate::wording::sheet::fault(fault);
    let unreadable = |e: grid::Unreadable| {
        let fault = match e {
            grid::Unreadable::Workbook(why) => Fault::NotWorkbook { why },
            grid::Unreadable::TooManyCells => Fault::TooManyCells { max: MAX_CELLS },
        };
        format!("{file}: {}", say(&fault))
    };
    let grids = match kind {
        Kind::Workbook => grid::workbook(bytes).map_err(unreadable)?,
        Kind::Text => {
            let (text, encoding) = grid::decode_text(bytes);
            if let Some(encoding) = encoding {
                warnings.push(Problem::warning(file.clone(), None, say(&Fault::ReadAs { encoding })));
            }
            vec![grid::csv(&text, grid::separator(&text)).map_err(unreadable)?]
        }
    };
    let locate = |grid: &grid::Grid, row: u32, col: u32| match &grid.name {
        None => Location { path: path.to_owned(), line: Some(row as usize), column: Some(col as usize + 1) },
        Some(sheet) => {
            Location { path: format!("{path}: {sheet}!{}{row}", header::letters(col)), ..Location::default() }
        }
    };
    let mut layouts = Vec::new();
    let mut first_fault = None;
    for grid in &grids {
        match layout::of(grid, mapping) {
            Ok(layout) => layouts.push((grid, layout)),
            Err((fault, cell)) => {
                let at = cell.map_or_else(|| sheet_location(path, grid), |(r, c)| locate(grid, r, c));
                first_fault.get_or_insert((fault.clone(), at.clone()));
                if grids.len() > 1 {
                    warnings.push(Problem::warning(at, None, say(&Fault::SheetSkipped { why: Box::new(fault) })));
                }
            }
        }
    }
    if layouts.is_empty() {
        let (fault, at) = first_fault.unwrap_or((Fault::NoSessions, file));
        return Err(format!("{at}: {}", say(&fault)));
    }
    let year = mapping.and_then(|m| m.year).or_else(|| year_of(&layouts));
    let mut events = EventList::default();
    for (grid, layout) in &layouts {
        let mut found = Vec::new();
        let at = |row, col| locate(grid, row, col);
        for event in rows::events(grid, layout, year, &at, &mut found) {
            events.push(event, warnings);
        }
        for (fault, (row, col), title) in found {
            let problem = if matches!(fault, Fault::NoDate) { Problem::warning } else { Problem::error };
            warnings.push(problem(locate(grid, row, col), title.as_deref(), say(&fault)));
        }
    }
    if events.is_empty() && warnings.is_empty() {
        return Err(format!("{file}: {}", say(&Fault::NoSessions)));
    }
    let conference = Conference {
        title: layouts.iter().find_map(|(_, l)| l.title_above.clone()),
        time_zone: mapping.and_then(|m| m.zone).map(|z| z.name().to_owned()),
        time_zone_at: mapping.map(|m| Location { path: m.path.clone(), ..Location::default() }),
        sheets: grids.iter().filter_map(|g| g.name.clone()).collect(),
        ..Conference::default()
    };
    Ok((conference, events))
}

/// Where a problem at `at` is in a workbook of `sheets` (file `path`), for saying problems sheet by
/// sheet and row by row: what concerns the whole file first, then each sheet's own, then its cells.
pub fn order_in_workbook(at: &str, path: &str, sheets: &[String]) -> (usize, u32, u32) {
    let Some(rest) = at.strip_prefix(path).and_then(|r| r.strip_prefix(": ")) else { return (0, 0, 0) };
    let found = sheets
        .iter()
        .enumerate()
        .filter(|(_, name)| {
            rest == name.as_str() || rest.strip_prefix(name.as_str()).is_some_and(|r| r.starts_with('!'))
        })
        .max_by_key(|(_, name)| name.len());
    let Some((k, name)) = found else { return (sheets.len() + 1, 0, 0) };
    let cell = rest[name.len()..].trim_start_matches('!');
    let split = cell.find(|c: char| c.is_ascii_digit()).unwrap_or(cell.len());
    let (letters, row) = cell.split_at(split);
    let row = row.parse().unwrap_or(0);
    (k + 1, row, header::column_of(letters).map_or(0, |c| c + 1))
}

fn sheet_location(path: &str, grid: &grid::Grid) -> Location {
    let path = grid.name.as_ref().map_or_else(|| path.to_owned(), |sheet| format!("{path}: {sheet}"));
    Location { path, ..Location::default() }
}

/// The year of dates written without one: the one year of the dates the sheets write whole,
/// else the one year their titles and names mention (`2021 세계인권도시포럼`).
fn year_of(layouts: &[(&grid::Grid, layout::Layout)]) -> Option<i32> {
    use chrono::Datelike;
    let mut written = std::collections::BTreeSet::new();
    let mut mentioned = std::collections::BTreeSet::new();
    for (grid, layout) in layouts {
        if let Some((values::DateGiven::Full(d), _)) = &layout.named_date {
            written.insert(d.year());
        }
        if let Some(col) = layout.column(Field::Date) {
            for value in grid.rows.iter().filter_map(|r| r.get(col)) {
                if let Some(values::DateGiven::Full(d)) = values::date(value) {
                    written.insert(d.year());
                }
            }
        }
        let texts = layout.title_above.iter().chain(grid.name.as_ref());
        for word in texts.flat_map(|t| t.split(|c: char| !c.is_ascii_digit())) {
            if word.len() == 4
                && let Ok(year @ 1900..=2100) = word.parse::<i32>()
            {
                mentioned.insert(year);
            }
        }
    }
    let one = |set: std::collections::BTreeSet<i32>| if set.len() == 1 { set.into_iter().next() } else { None };
    if written.is_empty() { one(mentioned) } else { one(written) }
}
