//! The words of spreadsheet import: what is wrong with a row or a sheet (`load::sheet::Fault`),
//! and the mapping file's problems. Gathered into the catalogue's `MESSAGES` by the parent.

use super::super::Message;

messages! {
    SHEET_MESSAGES:
    SHEET_NO_TITLE = "sheet-no-title";
    SHEET_NOT_A_TIME = "sheet-not-a-time";
    SHEET_NOT_A_DATE = "sheet-not-a-date";
    SHEET_NO_YEAR = "sheet-no-year";
    SHEET_END_BEFORE_START = "sheet-end-before-start";
    SHEET_NO_DATE = "sheet-no-date";
    SHEET_READ_AS = "sheet-read-as";
    SHEET_NO_HEADER = "sheet-no-header";
    SHEET_NO_TITLE_COLUMN = "sheet-no-title-column";
    SHEET_HEADER_NOT_FOUND = "sheet-header-not-found";
    SHEET_SKIPPED = "sheet-skipped";
    SHEET_NOT_WORKBOOK = "sheet-not-workbook";
    SHEET_TOO_MANY_CELLS = "sheet-too-many-cells";
    SHEET_NO_SESSIONS = "sheet-no-sessions";
    FIELD_TITLE = "field-title";
    FIELD_DATE = "field-date";
    FIELD_START = "field-start";
    FIELD_END = "field-end";
    FIELD_TIME = "field-time";
    FIELD_ROOM = "field-room";
    FIELD_SPEAKERS = "field-speakers";
    FIELD_MODERATOR = "field-moderator";
    FIELD_ORGANIZER = "field-organizer";
    FIELD_THEME = "field-theme";
    FIELD_KIND = "field-kind";
    FIELD_SUMMARY = "field-summary";
    COLUMNS_UNKNOWN_FIELD = "columns-unknown-field";
    COLUMNS_NOT_A_COLUMN = "columns-not-a-column";
    COLUMNS_BAD_YEAR = "columns-bad-year";
    COLUMNS_NOT_TOML = "columns-not-toml";
}
