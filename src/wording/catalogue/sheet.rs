//! The words of spreadsheet import: what is wrong with a row or a sheet (`load::sheet::Fault`),
//! and the mapping file's problems. Gathered into the catalogue's `MESSAGES` by the parent.

use super::super::Message;

messages! {
    SHEET_MESSAGES:
    SHEET_NO_TITLE = "sheet-no-title" => "this row has no title: expected one in the title column; the row is left out";
    SHEET_NOT_A_TIME = "sheet-not-a-time" => "{field} `{found}` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out";
    SHEET_NOT_A_DATE = "sheet-not-a-date" => "date `{found}` is not a date: expected one such as 2021-10-07, 2021.10.07 or 10월 7일; the session is left out";
    SHEET_NO_YEAR = "sheet-no-year" => "date `{found}` has no year, and the sheet names no one year elsewhere: give it as `year = …` in a --columns file; the session is left out";
    SHEET_END_BEFORE_START = "sheet-end-before-start" => "the end {end} is not after the start {start}: the end is left out";
    SHEET_NO_DATE = "sheet-no-date" => "a time but no date (no date column, no date above, none in the sheet's name): the session is imported without its date and time";
    SHEET_READ_AS = "sheet-read-as" => "not UTF-8: read as {encoding}";
    SHEET_NO_HEADER = "sheet-no-header" => "no header row found in the first 50 rows: expected one naming a title (title, session, 세션명, 제목) and another field (date/날짜, time/시간, start/시작, room/장소, …), or a --columns file";
    SHEET_NO_TITLE_COLUMN = "sheet-no-title-column" => "the header row names no title column: expected title, session, 세션명 or 제목 (or `title = \"B\"` in a --columns file)";
    SHEET_HEADER_NOT_FOUND = "sheet-header-not-found" => "the --columns file gives {field} as the header \"{header}\", but the sheet has no such header";
    SHEET_SKIPPED = "sheet-skipped" => "sheet skipped: {why}";
    SHEET_NOT_WORKBOOK = "sheet-not-workbook" => "not a spreadsheet whrcf can read (.xlsx, .xls or .ods): {why}";
    SHEET_TOO_MANY_CELLS = "sheet-too-many-cells" => "more than {max} cells: a programme is far smaller, so the file is not read";
    SHEET_NO_SESSIONS = "sheet-no-sessions" => "no sessions found below the header row";
    FIELD_TITLE = "field-title" => "title";
    FIELD_DATE = "field-date" => "date";
    FIELD_START = "field-start" => "start time";
    FIELD_END = "field-end" => "end time";
    FIELD_TIME = "field-time" => "time";
    FIELD_ROOM = "field-room" => "room";
    FIELD_SPEAKERS = "field-speakers" => "speakers";
    FIELD_MODERATOR = "field-moderator" => "moderator";
    FIELD_ORGANIZER = "field-organizer" => "organizer";
    FIELD_THEME = "field-theme" => "theme";
    FIELD_KIND = "field-kind" => "kind";
    FIELD_SUMMARY = "field-summary" => "summary";
    COLUMNS_UNKNOWN_FIELD = "columns-unknown-field" => "{file}: unknown field `{key}` in [columns]: expected one of {keys}";
    COLUMNS_NOT_A_COLUMN = "columns-not-a-column" => "{file}: [columns] {key}: expected a column letter (\"C\") or a header text";
    COLUMNS_BAD_YEAR = "columns-bad-year" => "{file}: year {year}: expected a year from 1 to 9999";
    COLUMNS_NOT_TOML = "columns-not-toml" => "{file}: {why}";
}
