//! `whrcf list --columns time,title,room`: the rows of one day's table with the columns asked
//! for, in the order asked. Each column is as wide as its widest value (a list of names at most
//! [`LIST_WIDEST`]); the title takes what is left. When the line would be wider than the
//! terminal, the title gives way first (to [`TITLE_MIN`]), then the widest text columns; the
//! day, the time and the id are always whole, the id on a line of its own when it does not fit beside
//! them (as in the default table); what still does not fit is cut at the terminal's edge. A
//! value not published is `-`.

use whrcf::model::{Programme, Session};
use whrcf::text;

use super::layout::{ID_INDENT, TITLE_MIN};

/// A column `--columns` can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Day,
    Time,
    Title,
    Kind,
    Format,
    Room,
    Themes,
    Organizers,
    People,
    Id,
}

impl Column {
    /// Every column, in the order `--help` names them.
    pub const ALL: [Column; 10] = [
        Column::Day,
        Column::Time,
        Column::Title,
        Column::Kind,
        Column::Format,
        Column::Room,
        Column::Themes,
        Column::Organizers,
        Column::People,
        Column::Id,
    ];

    /// The name `--columns` takes.
    pub fn name(self) -> &'static str {
        match self {
            Column::Day => "day",
            Column::Time => "time",
            Column::Title => "title",
            Column::Kind => "kind",
            Column::Format => "format",
            Column::Room => "room",
            Column::Themes => "themes",
            Column::Organizers => "organizers",
            Column::People => "people",
            Column::Id => "id",
        }
    }

    /// The narrowest a column becomes when the line is too wide: the day, the time and the id
    /// never give way (a cut date says nothing; other commands take the id), the title keeps
    /// [`TITLE_MIN`].
    fn narrowest(self) -> Option<usize> {
        match self {
            Column::Day | Column::Time | Column::Id => None,
            Column::Title => Some(TITLE_MIN),
            _ => Some(COLUMN_MIN),
        }
    }
}

/// The widest a list of names (themes, organizers, people) or a room is drawn.
const LIST_WIDEST: usize = 30;
/// The narrowest a text column other than the title becomes.
const COLUMN_MIN: usize = 6;

/// Parse one name of `--columns`: an unknown one is refused naming the one probably meant and
/// every column there is.
pub fn parse(name: &str) -> Result<Column, String> {
    let typed = name.trim();
    if let Some(column) = Column::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(typed)) {
        return Ok(column);
    }
    let names = Column::ALL.map(Column::name);
    if typed.is_empty() {
        return Err(whrcf::wording::NO_COLUMN_NAMED.say(&[("columns", &names.join(", "))]));
    }
    let meant = whrcf::spelling::nearest(typed, names)
        .map(|near| whrcf::wording::UNKNOWN_COLUMN_MEANT.say(&[("column", &near)]))
        .unwrap_or_default();
    let args: [whrcf::wording::Arg<'_>; 3] =
        [("column", &whrcf::sanitize::line(typed)), ("meant", &meant), ("columns", &names.join(", "))];
    Err(whrcf::wording::UNKNOWN_COLUMN.say(&args))
}

/// The parser of `--columns` for clap: [`parse`], with the column names offered to shell
/// completion (`whrcf list --columns <Tab>`).
#[derive(Debug, Clone, Copy)]
pub struct ColumnParser;

impl clap::builder::TypedValueParser for ColumnParser {
    type Value = Column;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Column, clap::Error> {
        // clap's own wrapping of a parse function's error: "invalid value 'x' for '--columns …'".
        let parse: fn(&str) -> Result<Column, String> = parse;
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(Column::ALL.into_iter().map(|c| clap::builder::PossibleValue::new(c.name()))))
    }
}

/// The value of `column` for a row, whole (the title without its cut-off mark, added later).
fn cell(p: &Programme, s: &Session, time: &str, column: Column, tracks: bool) -> String {
    let or_dash = |v: Option<&str>| v.unwrap_or("-").to_owned();
    let list = |v: &[String]| if v.is_empty() { "-".to_owned() } else { v.join(", ") };
    match column {
        Column::Day => p.day_of(s).map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string()),
        Column::Time => time.to_owned(),
        Column::Title => super::marked_title(s, usize::MAX),
        Column::Kind => or_dash(super::kind_cell(p, s, tracks)),
        Column::Format => or_dash(s.format.map(|f| f.as_str())),
        Column::Room => or_dash(s.place()),
        Column::Themes => list(&s.themes),
        Column::Organizers => list(&s.organizers),
        Column::People => {
            let names: Vec<String> = s.people.iter().map(|person| person.name.clone()).collect();
            list(&names)
        }
        Column::Id => s.id.as_str().to_owned(),
    }
}

/// The table of `--columns`: every row's cells, and the columns' widths, sized once for the
/// whole listing so that each day's rows line up with the others'.
pub struct Table<'a> {
    columns: &'a [Column],
    cells: Vec<Vec<String>>,
    widths: Vec<usize>,
    /// Where the id column is, when it goes on a line of its own below each row.
    id_below: Option<usize>,
    width: usize,
}

impl<'a> Table<'a> {
    /// The table of `rows` (sessions with their time cells) in lines of at most `width` columns
    /// (unless the time and id alone are wider). A column is at least as wide as its heading.
    pub fn new(p: &Programme, rows: &[(&Session, String)], columns: &'a [Column], width: usize) -> Self {
        let tracks = p.kind_column_shows_tracks();
        let cells: Vec<Vec<String>> =
            rows.iter().map(|(s, time)| columns.iter().map(|&c| cell(p, s, time, c, tracks)).collect()).collect();
        let mut widths: Vec<usize> = (0..columns.len())
            .map(|k| {
                let widest = cells.iter().map(|row| text::width(&row[k])).max().unwrap_or(0);
                let widest = match columns[k] {
                    Column::Themes | Column::Organizers | Column::People | Column::Room => widest.min(LIST_WIDEST),
                    _ => widest,
                };
                widest.max(text::width(&heading(columns[k])))
            })
            .collect();
        let id = columns.iter().position(|&c| c == Column::Id);
        let mut narrowed = widths.clone();
        let id_below = (!narrow(columns, &mut narrowed, width)).then_some(id).flatten();
        if let Some(k) = id_below {
            // Laid out again without the id, which then has a line of its own.
            widths[k] = 0;
            let mut beside: Vec<Column> = columns.to_vec();
            beside.remove(k);
            let mut others: Vec<usize> = widths.iter().enumerate().filter(|&(j, _)| j != k).map(|(_, &w)| w).collect();
            narrow(&beside, &mut others, width);
            for (j, w) in (0..columns.len()).filter(|&j| j != k).zip(others) {
                widths[j] = w;
            }
        } else {
            widths = narrowed;
        }
        Table { columns, cells, widths, id_below, width }
    }

    /// The row naming the columns (`time  title  room`), laid out as the rows are.
    pub fn header(&self) -> String {
        let names: Vec<String> = self.columns.iter().map(|&c| heading(c)).collect();
        let mut out = self.line(&names, |_, name, w| text::truncate(name, w));
        if let Some(k) = self.id_below {
            out.push_str(&self.below(&names[k]));
        }
        out
    }

    /// The lines of rows `range` (of those the table was made with), `sessions` being theirs.
    pub fn rows(&self, range: std::ops::Range<usize>, sessions: &[(&Session, String)]) -> String {
        let mut out = String::new();
        for ((s, _), row) in sessions.iter().zip(&self.cells[range]) {
            out.push_str(&self.line(row, |column, value, w| match column {
                Column::Title => super::marked_title(s, w),
                // A long room name keeps its end, which tells rooms apart ("…Rooms 209~210").
                Column::Room => text::tail(value, w),
                Column::Day | Column::Time | Column::Id => value.to_owned(),
                _ => text::truncate(value, w),
            }));
            if self.id_below.is_some() {
                out.push_str(&self.below(s.id.as_str()));
            }
        }
        out
    }

    /// One line of `values`, each shown by `show` in its column's width, indented as the
    /// default table is; the id left out when it goes below.
    fn line(&self, values: &[String], show: impl Fn(Column, &str, usize) -> String) -> String {
        let last = (0..self.columns.len()).rev().find(|&k| self.id_below != Some(k)).unwrap_or(0);
        let mut line = String::from(" ");
        for (k, (value, &w)) in values.iter().zip(&self.widths).enumerate() {
            if self.id_below == Some(k) {
                continue;
            }
            line.push(' ');
            let value = show(self.columns[k], value, w);
            line.push_str(&if k == last { value } else { text::fit(&value, w) });
            line.push(' ');
        }
        // Columns that cannot give way further are cut at the terminal's edge (the id is below).
        format!("{}\n", text::truncate(line.trim_end(), self.width))
    }

    /// The id (or its heading) on a line of its own, indented.
    fn below(&self, id: &str) -> String {
        let indent = ID_INDENT.min(self.width.saturating_sub(text::width(id)));
        format!("{}{id}\n", " ".repeat(indent))
    }
}

/// The heading of `column` in the language spoken.
fn heading(column: Column) -> String {
    let headings = whrcf::wording::LIST_COLUMN_HEADINGS.text();
    let k = Column::ALL.iter().position(|&c| c == column).unwrap_or_default();
    headings.split('|').nth(k).unwrap_or(column.name()).to_owned()
}

/// The first column `columns` names more than once.
pub fn repeated(columns: &[Column]) -> Option<Column> {
    columns.iter().enumerate().find(|&(k, c)| columns[..k].contains(c)).map(|(_, &c)| c)
}

/// Narrow the columns until the line fits `width`: the title first, then the widest of the
/// others that can give way, a column at a time. False when even then it does not fit.
fn narrow(columns: &[Column], widths: &mut [usize], width: usize) -> bool {
    let line = |widths: &[usize]| 2 + widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    let mut over = line(widths).saturating_sub(width);
    if let Some(k) = columns.iter().position(|&c| c == Column::Title) {
        let give = over.min(widths[k].saturating_sub(TITLE_MIN));
        widths[k] -= give;
        over -= give;
    }
    while over > 0 {
        let widest = (0..columns.len())
            .filter(|&k| columns[k] != Column::Title && columns[k].narrowest().is_some_and(|min| widths[k] > min))
            .max_by_key(|&k| widths[k]);
        let Some(k) = widest else { return false };
        widths[k] -= 1;
        over -= 1;
    }
    true
}

#[cfg(test)]
#[path = "columns_tests.rs"]
mod tests;
