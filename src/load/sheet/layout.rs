//! Where a sheet's sessions are: its header row (found among the first rows, or given by the
//! mapping file), the column of each field (recognised from the headers, then overridden by the
//! mapping file), the title written above the headers, and a date its name may carry.

use super::Fault;
use super::grid::Grid;
use super::header::{self, Field};
use super::mapping::{Column, ColumnMapping};
use super::values::{self, DateGiven, Value};

/// How many rows are searched for the header row.
const HEADER_SEARCH_ROWS: usize = 50;

/// Where a sheet's sessions are.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The 1-based header row; sessions are in the rows below it (all rows when `None`).
    pub header_row: Option<u32>,
    pub columns: Vec<(Field, u32)>,
    /// The first text above the header row (a title row), for the programme's title.
    pub title_above: Option<String>,
    /// The date the sheet's name gives (`10월 7일`, `Day 1 (2021-10-07)`), and the name.
    pub named_date: Option<(DateGiven, String)>,
}

impl Layout {
    /// The column of `field`, when the sheet has one.
    pub fn column(&self, field: Field) -> Option<u32> {
        self.columns.iter().find(|(f, _)| *f == field).map(|(_, c)| *c)
    }
}

/// The layout of `grid`; the fault when it has no header row or no title column.
pub fn of(grid: &Grid, mapping: Option<&ColumnMapping>) -> Result<Layout, (Fault, Option<(u32, u32)>)> {
    let named_date = grid.name.as_deref().and_then(|name| Some((named_date(name)?, name.to_owned())));
    let texts: Vec<&str> = mapping
        .map(|m| {
            m.columns
                .iter()
                .filter_map(|(_, c)| if let Column::Header(h) = c { Some(h.as_str()) } else { None })
                .collect()
        })
        .unwrap_or_default();
    let header_row = match mapping.and_then(|m| m.header_row) {
        Some(0) => None,
        Some(n) => Some(n),
        None => grid
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .find(|row| {
                let named = texts.iter().all(|t| row.cells.iter().any(|(_, v)| same_header(v, t)));
                header::is_header(&header::columns_in(&row.cells)) || (!texts.is_empty() && named)
            })
            .map(|row| row.number),
    };
    if header_row.is_none() && !mapping.is_some_and(ColumnMapping::all_letters) {
        // A header the mapping file names that no row has is what to tell.
        let top = || grid.rows.iter().take(HEADER_SEARCH_ROWS).flat_map(|r| &r.cells);
        let missing = mapping.into_iter().flat_map(|m| &m.columns).find_map(|(field, column)| match column {
            Column::Header(text) if !top().any(|(_, v)| same_header(v, text)) => Some((*field, text.clone())),
            _ => None,
        });
        let fault = missing.map_or(Fault::NoHeader, |(field, header)| Fault::HeaderNotFound { field, header });
        return Err((fault, None));
    }
    let header = header_row.and_then(|n| grid.rows.iter().find(|r| r.number == n));
    let mut columns = header.map(|r| header::columns_in(&r.cells)).unwrap_or_default();
    for (field, column) in mapping.map(|m| m.columns.as_slice()).unwrap_or_default() {
        let col = match column {
            Column::Letter(col) => *col,
            Column::Header(text) => header
                .and_then(|r| r.cells.iter().find(|(_, v)| same_header(v, text)))
                .map(|(c, _)| *c)
                .ok_or_else(|| (Fault::HeaderNotFound { field: *field, header: text.clone() }, None))?,
        };
        columns.retain(|(f, c)| f != field && *c != col);
        columns.push((*field, col));
    }
    if !columns.iter().any(|(f, _)| *f == Field::Title) {
        return Err((Fault::NoTitleColumn, header_row.map(|n| (n, 0))));
    }
    let title_above = header_row.and_then(|n| {
        grid.rows.iter().take_while(|r| r.number < n).flat_map(|r| &r.cells).find_map(|(_, v)| match v {
            Value::Text(t) if !t.trim().is_empty() => Some(t.trim().to_owned()),
            _ => None,
        })
    });
    Ok(Layout { header_row, columns, title_above, named_date })
}

/// Whether a header cell is the header text a mapping file gives.
fn same_header(value: &Value, text: &str) -> bool {
    matches!(value, Value::Text(t) if t.trim() == text.trim() || (!header::fold(t).is_empty() && header::fold(t) == header::fold(text)))
}

/// The date in a sheet's name: the whole name, or the part in brackets (`Day 1 (2021-10-07)`).
fn named_date(name: &str) -> Option<DateGiven> {
    values::date_text(name).or_else(|| {
        let inner = name.split_once(['(', '（'])?.1;
        values::date_text(inner.trim_end_matches([')', '）']))
    })
}

#[cfg(test)]
mod tests {
    use super::super::grid::Row;
    use super::*;

    fn row(number: u32, cells: &[&str]) -> Row {
        Row::of_text(number, cells)
    }

    #[test]
    fn the_header_row_may_sit_below_a_title_row() {
        let grid = Grid {
            name: Some("10월 7일 (목)".into()),
            rows: vec![
                row(1, &["2021 세계인권도시포럼"]),
                row(3, &["", "세션명", "시간", "장소"]),
                row(4, &["", "개회식"]),
            ],
        };
        let layout = of(&grid, None).unwrap();
        assert_eq!(layout.header_row, Some(3));
        assert_eq!(layout.columns, [(Field::Title, 1), (Field::Time, 2), (Field::Room, 3)]);
        assert_eq!(layout.title_above.as_deref(), Some("2021 세계인권도시포럼"));
        assert_eq!(layout.named_date.map(|d| d.0), Some(DateGiven::NoYear { month: 10, day: 7 }));
        let bare = Grid { name: None, rows: vec![row(1, &["Opening", "13:00"])] };
        assert!(matches!(of(&bare, None), Err((Fault::NoHeader, None))));
    }
}
