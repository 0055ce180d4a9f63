//! The words of a programme's problems: what `validate` finds in a loaded programme, and what
//! the readers warn of or refuse while loading a file (TOML, frab XML, C3VOC JSON, iCalendar), in
//! the language spoken. Gathered into the catalogue's `MESSAGES` by the parent.

use super::super::Message;

messages! {
    PROBLEM_MESSAGES:
    // What `validate` finds (`validate::check`).
    CHECK_DAYS_REVERSED = "check-days-reversed";
    CHECK_RANGE_TOO_LONG = "check-range-too-long";
    CHECK_IMPLAUSIBLE_YEAR = "check-implausible-year";
    CHECK_EMPTY_PROGRAMME_ID = "check-empty-programme-id";
    CHECK_THEME_DEFINED_TWICE = "check-theme-defined-twice";
    CHECK_EMPTY_ID = "check-empty-id";
    CHECK_DUPLICATE_ID = "check-duplicate-id";
    CHECK_ID_LOOKS_LIKE = "check-id-looks-like";
    CHECK_EMPTY_TITLE = "check-empty-title";
    CHECK_TIME_WITHOUT_DATE = "check-time-without-date";
    CHECK_START_WITH_CONFLICT = "check-start-with-conflict";
    CHECK_END_WITHOUT_START = "check-end-without-start";
    CHECK_DST_GAP = "check-dst-gap";
    CHECK_END_NOT_AFTER_START = "check-end-not-after-start";
    CHECK_END_NOT_AFTER_START_MIDNIGHT = "check-end-not-after-start-midnight";
    CHECK_DATE_OUTSIDE_DAYS = "check-date-outside-days";
    CHECK_UNKNOWN_THEME = "check-unknown-theme";
    CHECK_UNKNOWN_THEME_NONE = "check-unknown-theme-none";
    CHECK_PERSON_WITHOUT_NAME = "check-person-without-name";
    // What the readers say while loading a file.
    LOAD_UNKNOWN_ZONE = "load-unknown-zone";
    LOAD_NOT_A_DATE = "load-not-a-date";
    LOAD_NOT_A_TIME = "load-not-a-time";
    LOAD_UNKNOWN_CUT_OFF = "load-unknown-cut-off";
    LOAD_CUT_OFF_FORMS = "load-cut-off-forms";
    LOAD_CUT_OFF_NOT_IN_SESSION = "load-cut-off-not-in-session";
    LOAD_PLACE_WITHOUT_ROOM = "load-place-without-room";
    LOAD_EMPTY_FILE = "load-empty-file";
    LOAD_TOML_SYNTAX = "load-toml-syntax";
    LOAD_SESSIONS_NOT_ARRAY = "load-sessions-not-array";
    LOAD_SESSION_NOT_TABLE = "load-session-not-table";
    LOAD_UNKNOWN_FIELD = "load-unknown-field";
    LOAD_UNKNOWN_FIELD_NEAR = "load-unknown-field-near";
    FIELDS_OF_PROGRAMME = "load-fields-of-programme";
    FIELDS_OF_THEME = "load-fields-of-theme";
    FIELDS_OF_SESSION = "load-fields-of-session";
    FIELDS_OF_PERSON = "load-fields-of-person";
    LOAD_START_OUT_OF_RANGE = "load-start-out-of-range";
    LOAD_END_OUT_OF_RANGE = "load-end-out-of-range";
    LOAD_NO_POSITIVE_DURATION = "load-no-positive-duration";
    LOAD_DUPLICATE_EVENT_ID = "load-duplicate-event-id";
    LOAD_DUPLICATE_GUID = "load-duplicate-guid";
    LOAD_DUPLICATE_ID = "load-duplicate-id";
    LOAD_NO_EVENTS = "load-no-events";
    LOAD_NO_EVENTS_ALL_SKIPPED = "load-no-events-all-skipped";
    LOAD_EVENT_SKIPPED = "load-event-skipped";
    LOAD_EVENT_SKIPPED_EMPTY = "load-event-skipped-empty";
    LOAD_BAD_DURATION = "load-bad-duration";
    LOAD_DURATION_TOO_LONG = "load-duration-too-long";
    LOAD_NOT_RFC3339 = "load-not-rfc3339";
    LOAD_ICAL_NOT_UTC_TIME = "load-ical-not-utc-time";
    LOAD_ICAL_NOT_LOCAL_TIME = "load-ical-not-local-time";
    LOAD_ICAL_NOT_DURATION = "load-ical-not-duration";
    LOAD_ICAL_RECURRING = "load-ical-recurring";
    LOAD_NOT_ICAL = "load-not-ical";
    LOAD_ICAL_ENDS_IN_EVENT = "load-ical-ends-in-event";
    LOAD_JSON_NOT_SCHEDULE = "load-json-not-schedule";
    LOAD_JSON_NOT_SCHEDULE_BECAUSE = "load-json-not-schedule-because";
    LOAD_JSON_INVALID = "load-json-invalid";
    LOAD_JSON_NO_CONFERENCE = "load-json-no-conference";
    LOAD_JSON_V2 = "load-json-v2";
    LOAD_JSON_NO_DAYS = "load-json-no-days";
    LOAD_JSON_ROOMS_IGNORED = "load-json-rooms-ignored";
    LOAD_JSON_DAY_WITHOUT_ROOMS = "load-json-day-without-rooms";
    LOAD_JSON_NOT_EVENT = "load-json-not-event";
    LOAD_JSON_ID_NOT_NUMBER = "load-json-id-not-number";
    LOAD_XML_NOT_WELL_FORMED = "load-xml-not-well-formed";
    LOAD_XML_BROKEN_AFTER = "load-xml-broken-after";
    LOAD_XML_NOT_SCHEDULE = "load-xml-not-schedule";
    LOAD_UNKNOWN_KIND = "load-unknown-kind";
    LOAD_KIND_HTML = "load-kind-html";
    LOAD_KIND_XML = "load-kind-xml";
    LOAD_KIND_JSON_ARRAY = "load-kind-json-array";
    LOAD_INVALID_UTF8 = "load-invalid-utf8";
    LOAD_UNKNOWN_EDITION = "load-unknown-edition";
    LOAD_ANY_FORMAT = "load-any-format";
    LOAD_ZONE_AS_WRITTEN_UTC = "load-zone-as-written-utc";
    LOAD_ZONE_AT_OFFSET = "load-zone-at-offset";
    LOAD_ZONE_WITH_OFFSETS = "load-zone-with-offsets";
    LOAD_ZONE_OTHER_OFFSETS = "load-zone-other-offsets";
    LOAD_ZONE_NOT_FOUND = "load-zone-not-found";
    LOAD_ZONE_NONE_UTC = "load-zone-none-utc";
    WEB_NO_DATA_DIRECTORY = "web-no-data-directory";
}
