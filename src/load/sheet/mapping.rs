//! The mapping file (`--column-map mapping.toml`): which column holds which field, by letter (`"C"`)
//! or by header text (`"세션명"`), overriding what is recognised; and what the sheet leaves open:
//! the zone of its times, the year of dates written without one, the header row.
//!
//! ```toml
//! zone = "Asia/Seoul"
//! year = 2021
//! header_row = 3
//! [columns]
//! title = "B"
//! time = "시간"
//! ```

use chrono_tz::Tz;

use super::header::{self, Field};

/// Where a field is: a column letter, or the text of its header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    Letter(u32),
    Header(String),
}

/// A mapping file, read and checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ColumnMapping {
    /// Where the file was read, for messages.
    pub path: String,
    pub columns: Vec<(Field, Column)>,
    pub zone: Option<Tz>,
    pub year: Option<i32>,
    /// The 1-based row of the headers; 0 when the sheet has none (every column given by letter).
    pub header_row: Option<u32>,
    /// A hash of the file's text: a cached programme read with another mapping is not reused.
    pub fingerprint: u64,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    zone: Option<String>,
    year: Option<i32>,
    header_row: Option<u32>,
    #[serde(default)]
    columns: toml::Table,
}

impl ColumnMapping {
    /// The mapping in `text`, read from `path`; the error says what is wrong and where.
    pub fn parse(text: &str, path: &str) -> Result<ColumnMapping, String> {
        use crate::wording::{COLUMNS_BAD_YEAR, COLUMNS_NOT_A_COLUMN, COLUMNS_NOT_TOML, COLUMNS_UNKNOWN_FIELD};
        let file: File =
            toml::from_str(text).map_err(|e| COLUMNS_NOT_TOML.say(&[("file", &path), ("why", &e.message().trim())]))?;
        let mut columns = Vec::new();
        for (key, value) in &file.columns {
            let field = Field::ALL.into_iter().find(|f| f.key() == key).ok_or_else(|| {
                let keys = Field::ALL.iter().map(|f| f.key()).collect::<Vec<_>>().join(", ");
                COLUMNS_UNKNOWN_FIELD.say(&[("file", &path), ("key", key), ("keys", &keys)])
            })?;
            let toml::Value::String(name) = value else {
                return Err(COLUMNS_NOT_A_COLUMN.say(&[("file", &path), ("key", key)]));
            };
            let column = match header::column_of(name.trim()) {
                Some(col) => Column::Letter(col),
                None if name.trim().is_empty() => {
                    return Err(COLUMNS_NOT_A_COLUMN.say(&[("file", &path), ("key", key)]));
                }
                None => Column::Header(name.trim().to_owned()),
            };
            columns.push((field, column));
        }
        let zone = match file.zone.as_deref().map(str::trim) {
            Some(z) => {
                Some(crate::time::parse_zone(z).map_err(|e| COLUMNS_NOT_TOML.say(&[("file", &path), ("why", &e)]))?)
            }
            None => None,
        };
        if let Some(year) = file.year.filter(|y| !(1..=9999).contains(y)) {
            return Err(COLUMNS_BAD_YEAR.say(&[("file", &path), ("year", &year)]));
        }
        Ok(ColumnMapping {
            path: path.to_owned(),
            columns,
            zone,
            year: file.year,
            header_row: file.header_row,
            fingerprint: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
        })
    }

    /// Whether every field is given by letter (the sheet then needs no header row).
    pub fn all_letters(&self) -> bool {
        !self.columns.is_empty() && self.columns.iter().all(|(_, c)| matches!(c, Column::Letter(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_header_texts_and_what_the_sheet_leaves_open() {
        let text = "zone = \"Asia/Seoul\"\nyear = 2021\n[columns]\ntitle = \"B\"\nroom = \"회의실\"\n";
        let m = ColumnMapping::parse(text, "m.toml").unwrap();
        assert_eq!(m.columns, [(Field::Title, Column::Letter(1)), (Field::Room, Column::Header("회의실".into()))]);
        assert_eq!((m.zone, m.year), (Some(chrono_tz::Asia::Seoul), Some(2021)));
        let err = ColumnMapping::parse("[columns]\nspeaker = \"C\"\n", "m.toml").unwrap_err();
        assert!(err.starts_with("m.toml: unknown field `speaker` in [columns]: expected one of title, date"), "{err}");
        assert!(
            ColumnMapping::parse("zone = \"Mars/Base\"\n", "m.toml")
                .unwrap_err()
                .starts_with("m.toml: unknown time zone")
        );
    }
}
