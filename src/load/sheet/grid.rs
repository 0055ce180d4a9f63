//! A spreadsheet's sheets as sparse rows of cells: a CSV or TSV file (UTF-8, UTF-16 with a
//! byte-order mark, or the EUC-KR/CP949 a Korean Excel saves CSV in), or the sheets of an .xlsx,
//! .xls or .ods workbook. Only cells that hold something are kept, so memory follows what the
//! file holds, never the range a sheet declares: an .xlsx sheet is streamed cell by cell.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Sheets};

use super::values::{self, Value};

/// One row: its 1-based number and its non-blank cells, by 0-based column, left to right.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub number: u32,
    pub cells: Vec<(u32, Value)>,
}

impl Row {
    /// Row `number` holding `cells` as text, a blank one empty (for tests).
    #[cfg(test)]
    pub fn of_text(number: u32, cells: &[&str]) -> Row {
        let cells = cells.iter().enumerate().filter(|(_, t)| !t.is_empty());
        let cells = cells.map(|(c, t)| (u32::try_from(c).unwrap_or(u32::MAX), Value::Text((*t).to_owned())));
        Row { number, cells: cells.collect() }
    }

    /// The value in column `col`, when it holds one.
    pub fn get(&self, col: u32) -> Option<&Value> {
        self.cells.binary_search_by_key(&col, |(c, _)| *c).ok().map(|i| &self.cells[i].1)
    }
}

/// One sheet (a CSV file is one sheet without a name).
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub name: Option<String>,
    pub rows: Vec<Row>,
}

/// The most cells kept from one file: far beyond any programme (10,000 sessions of 20 columns
/// are 200,000), and a bound on what a crafted file can make us hold.
pub const MAX_CELLS: usize = 5_000_000;

/// Why a file's cells could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a workbook calamine can open (damaged, encrypted, another kind of ZIP).
    Workbook(String),
    /// More than [`MAX_CELLS`] cells.
    TooManyCells,
}

/// Collects cells into rows as they come (in row order, as files store them; any other order
/// is sorted once at the end).
#[derive(Default)]
struct Rows {
    rows: Vec<Row>,
    cells: usize,
    sorted: bool,
}

impl Rows {
    fn new() -> Self {
        Rows { sorted: true, ..Rows::default() }
    }

    fn push(&mut self, number: u32, col: u32, value: Value) -> Result<(), Unreadable> {
        if value.is_blank() {
            return Ok(());
        }
        self.cells += 1;
        if self.cells > MAX_CELLS {
            return Err(Unreadable::TooManyCells);
        }
        match self.rows.last_mut() {
            Some(row) if row.number == number => {
                self.sorted &= row.cells.last().is_none_or(|(c, _)| *c < col);
                row.cells.push((col, value));
            }
            last => {
                self.sorted &= last.is_none_or(|r| r.number < number);
                self.rows.push(Row { number, cells: vec![(col, value)] });
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Vec<Row> {
        if !self.sorted {
            self.rows.sort_by_key(|r| r.number);
            let mut merged: Vec<Row> = Vec::with_capacity(self.rows.len());
            for row in self.rows {
                match merged.last_mut() {
                    Some(last) if last.number == row.number => last.cells.extend(row.cells),
                    _ => merged.push(row),
                }
            }
            for row in &mut merged {
                row.cells.sort_by_key(|(c, _)| *c);
                row.cells.dedup_by_key(|(c, _)| *c);
            }
            self.rows = merged;
        }
        self.rows
    }
}

/// The text of a CSV file's bytes, and the encoding it was read in when not UTF-8.
pub fn decode_text(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = encoding.decode(bytes);
        let name = (encoding != encoding_rs::UTF_8).then(|| encoding.name());
        return (text.into_owned(), name);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), None),
        Err(_) => {
            let (text, _, _) = encoding_rs::EUC_KR.decode(bytes);
            (text.into_owned(), Some("EUC-KR (CP949)"))
        }
    }
}

/// Where a CSV file's bytes show binary data, if they do: a NUL byte, or bytes that are neither
/// UTF-8 nor EUC-KR (a file with a UTF-16 byte-order mark is text with NUL bytes).
pub fn binary_at(bytes: &[u8]) -> Option<usize> {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, _)) if encoding != encoding_rs::UTF_8 => return None,
        _ => {}
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Some(offset);
    }
    let Err(e) = std::str::from_utf8(bytes) else { return None };
    encoding_rs::EUC_KR.decode_without_bom_handling_and_without_replacement(bytes).is_none().then_some(e.valid_up_to())
}

/// The separator of a CSV text: the one of `,` `\t` `;` its first lines hold most of.
pub fn separator(text: &str) -> u8 {
    let mut end = text.len().min(8192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let count = |b: u8| memchr::memchr_iter(b, head.as_bytes()).count();
    [b',', b'\t', b';'].into_iter().max_by_key(|b| (count(*b), *b == b',')).unwrap_or(b',')
}

/// The one sheet of a CSV text.
pub fn csv(text: &str, separator: u8) -> Result<Grid, Unreadable> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(separator).from_reader(text.as_bytes());
    let mut rows = Rows::new();
    let mut record = csv::StringRecord::new();
    let mut line = 0u32;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            // Only invalid UTF-8 fails a record, and the text is already UTF-8.
            Err(_) => continue,
        }
        line = record.position().map_or(line.saturating_add(1), |p| u32::try_from(p.line()).unwrap_or(u32::MAX));
        for (col, field) in record.iter().enumerate() {
            let col = u32::try_from(col).map_err(|_| Unreadable::TooManyCells)?;
            rows.push(line, col, Value::Text(field.to_owned()))?;
        }
    }
    Ok(Grid { name: None, rows: rows.finish() })
}

/// Every worksheet of a workbook, in the workbook's order.
pub fn workbook(bytes: &[u8]) -> Result<Vec<Grid>, Unreadable> {
    super::declared::check_shared_strings(bytes).map_err(Unreadable::Workbook)?;
    let mut book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| Unreadable::Workbook(e.to_string()))?;
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut grids = Vec::new();
    let mut cells = 0usize;
    for name in names {
        let rows = match &mut book {
            Sheets::Xlsx(xlsx) => {
                let mut reader = xlsx.worksheet_cells_reader(&name).map_err(|e| Unreadable::Workbook(e.to_string()))?;
                let mut rows = Rows::new();
                rows.cells = cells;
                while let Some(cell) = reader.next_cell().map_err(|e| Unreadable::Workbook(e.to_string()))? {
                    let (row, col) = cell.get_position();
                    if let Some(value) = value_ref(cell.get_value()) {
                        rows.push(row.saturating_add(1), col, value)?;
                    }
                }
                cells = rows.cells;
                rows.finish()
            }
            other => {
                let range = other.worksheet_range(&name).map_err(|e| Unreadable::Workbook(e.to_string()))?;
                let mut rows = Rows::new();
                rows.cells = cells;
                for (row, col, data) in range.used_cells() {
                    if let Some(value) = value(data) {
                        let (row, col) =
                            (u32::try_from(row).unwrap_or(u32::MAX), u32::try_from(col).unwrap_or(u32::MAX));
                        let (row, col) = (
                            row.saturating_add(range.start().map_or(0, |s| s.0)),
                            col.saturating_add(range.start().map_or(0, |s| s.1)),
                        );
                        rows.push(row.saturating_add(1), col, value)?;
                    }
                }
                cells = rows.cells;
                rows.finish()
            }
        };
        grids.push(Grid { name: Some(name), rows });
    }
    Ok(grids)
}

fn value(data: &Data) -> Option<Value> {
    match data {
        Data::Int(n) => Some(Value::Number(*n as f64)),
        Data::Float(f) => Some(Value::Number(*f)),
        Data::String(s) | Data::DateTimeIso(s) => Some(Value::Text(s.clone())),
        Data::DurationIso(s) => Some(iso_duration(s)),
        Data::Bool(b) => Some(Value::Text(b.to_string())),
        Data::DateTime(d) => values::moment_of(d),
        Data::Error(_) | Data::Empty => None,
    }
}

fn value_ref(data: &DataRef<'_>) -> Option<Value> {
    match data {
        DataRef::Int(n) => Some(Value::Number(*n as f64)),
        DataRef::Float(f) => Some(Value::Number(*f)),
        DataRef::String(s) | DataRef::DateTimeIso(s) => Some(Value::Text(s.clone())),
        DataRef::SharedString(s) => Some(Value::Text((*s).to_owned())),
        DataRef::DurationIso(s) => Some(iso_duration(s)),
        DataRef::Bool(b) => Some(Value::Text(b.to_string())),
        DataRef::DateTime(d) => values::moment_of(d),
        DataRef::Error(_) | DataRef::Empty => None,
    }
}

/// An ODS time cell (`PT13H30M00S`) as the time it is, else its text.
fn iso_duration(text: &str) -> Value {
    let clock = text.strip_prefix("PT").and_then(|rest| {
        let (h, rest) = rest.split_once('H')?;
        let (m, _) = rest.split_once('M')?;
        chrono::NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
    });
    clock.map_or_else(|| Value::Text(text.to_owned()), Value::Clock)
}
