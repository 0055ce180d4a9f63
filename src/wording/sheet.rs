//! Spreadsheet import in words: each `load::sheet::Fault` as the sentence the app and the command
//! line show after the cell it is located at.

use crate::load::sheet::{Fault, Field};

/// The name of a field in a sentence.
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Title => super::FIELD_TITLE,
        Field::Date => super::FIELD_DATE,
        Field::Start => super::FIELD_START,
        Field::End => super::FIELD_END,
        Field::Time => super::FIELD_TIME,
        Field::Room => super::FIELD_ROOM,
        Field::Speakers => super::FIELD_SPEAKERS,
        Field::Moderator => super::FIELD_MODERATOR,
        Field::Organizer => super::FIELD_ORGANIZER,
        Field::Theme => super::FIELD_THEME,
        Field::Kind => super::FIELD_KIND,
        Field::Summary => super::FIELD_SUMMARY,
    }
    .text()
}

/// What is wrong, in words.
pub fn fault(f: &Fault) -> String {
    match f {
        Fault::NoTitle => super::SHEET_NO_TITLE.text().to_owned(),
        Fault::NotATime { field: f, found } => super::SHEET_NOT_A_TIME.say(&[("field", &field(*f)), ("found", found)]),
        Fault::NotADate { found } => super::SHEET_NOT_A_DATE.say(&[("found", found)]),
        Fault::NoYear { found } => super::SHEET_NO_YEAR.say(&[("found", found)]),
        Fault::EndBeforeStart { start, end } => super::SHEET_END_BEFORE_START.say(&[("start", start), ("end", end)]),
        Fault::NoDate => super::SHEET_NO_DATE.text().to_owned(),
        Fault::ReadAs { encoding } => super::SHEET_READ_AS.say(&[("encoding", encoding)]),
        Fault::NoHeader => super::SHEET_NO_HEADER.text().to_owned(),
        Fault::NoTitleColumn => super::SHEET_NO_TITLE_COLUMN.text().to_owned(),
        Fault::HeaderNotFound { field: f, header } => {
            super::SHEET_HEADER_NOT_FOUND.say(&[("field", &f.key()), ("header", header)])
        }
        Fault::SheetSkipped { why } => super::SHEET_SKIPPED.say(&[("why", &fault(why))]),
        Fault::NotWorkbook { why } => super::SHEET_NOT_WORKBOOK.say(&[("why", why)]),
        Fault::TooManyCells { max } => super::SHEET_TOO_MANY_CELLS.say(&[("max", max)]),
        Fault::NoSessions => super::SHEET_NO_SESSIONS.text().to_owned(),
    }
}
