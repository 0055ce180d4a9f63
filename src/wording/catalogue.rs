//! The catalogue of user-facing text: every message and every count by its key in the Fluent
//! files (`wording/locales/<language>/*.ftl`), which hold the words. A new message is a line here
//! and its entry in the English and the Korean file; `locales_tests` fails when one is missing.

use super::{Count, Message};

macro_rules! messages {
    ($list:ident: $($name:ident = $key:literal;)*) => {
        $(pub const $name: Message = Message { key: $key };)*
        /// Every message of this part of the catalogue.
        pub const $list: &[Message] = &[$($name),*];
    };
    ($($old:tt)*) => {
        compile_error!("a catalogue entry is `NAME = \"key\";`: its words go in wording/locales/en/*.ftl and ko/*.ftl");
    };
}

macro_rules! counts {
    ($($name:ident = $key:literal;)*) => {
        $(pub const $name: Count = Count { key: $key };)*
        /// Every count, for checks over the whole catalogue.
        pub const COUNTS: &[Count] = &[$($name),*];
    };
    ($($old:tt)*) => {
        compile_error!("a catalogue entry is `NAME = \"key\";`: its words go in wording/locales/en/*.ftl and ko/*.ftl");
    };
}

counts! {
    SESSIONS = "count-sessions";
    MARKED_SESSIONS = "count-marked-sessions";
    EVENTS = "count-events";
    CALENDAR_LEFT_OUT_UNTIMED = "count-calendar-left-out-untimed";
    PROBLEMS = "count-problems";
    THEMES = "count-themes";
    EDITIONS = "count-editions";
    ORGANIZERS = "count-organizers";
    PEOPLE = "count-people";
    CLASHES = "count-clashes";
    NO_END = "count-no-end";
    CHANGES = "count-changes";
    MORE_PROBLEMS = "count-more-problems";
    ERRORS = "count-errors";
    WARNINGS = "count-warnings";
    NOTICES = "count-notices";
    MATCHES_BEST_FIRST = "count-matches-best-first";
    MATCHES_THIS_DAY = "count-matches-this-day";
    MORE_LOAD_WARNINGS = "count-more-load-warnings";
    AGENDA_IMPORT_LEFT_OUT = "agenda-import-left-out";
    ROOMS = "count-rooms";
    DAY_TABS = "count-day-tabs";
    KINDS = "count-kinds";
    UNTIMED_NOT_SHOWN = "count-untimed-not-shown";
    MINUTES_AGO = "count-minutes-ago";
    HOURS_AGO = "count-hours-ago";
    DAYS_AGO = "count-days-ago";
    MOVES = "count-moves";
    MOVES_APPLIED = "count-moves-applied";
    GRID_CLASHES = "count-grid-clashes";
    MORE_EMPTY_EVENTS = "count-more-empty-events";
}

// Declared after the macros, which they use.
mod app;
mod cli;
mod help;
mod library;
mod print;
mod problems;
mod screens;
mod sheet;
mod web;

pub use app::*;
pub use cli::*;
pub use help::*;
pub use library::*;
pub use print::*;
pub use problems::*;
pub use screens::*;
pub use sheet::*;
pub use web::*;

/// The messages of the app, its screens, the command line, the help, the programme library,
/// the printable programme, spreadsheet import, a programme's problems, a programme followed on
/// the web and the settings' mistakes, as one array.
const WEB_AND_SETTINGS: [Message; WEB_MESSAGES.len() + SETTINGS_MESSAGES.len()] =
    joined(WEB_MESSAGES, SETTINGS_MESSAGES);
const PROBLEMS_AND_WEB: [Message; PROBLEM_MESSAGES.len() + WEB_AND_SETTINGS.len()] =
    joined(PROBLEM_MESSAGES, &WEB_AND_SETTINGS);
const SHEET_AND_PROBLEMS: [Message; SHEET_MESSAGES.len() + PROBLEMS_AND_WEB.len()] =
    joined(SHEET_MESSAGES, &PROBLEMS_AND_WEB);
const PRINT_AND_SHEET: [Message; PRINT_MESSAGES.len() + SHEET_AND_PROBLEMS.len()] =
    joined(PRINT_MESSAGES, &SHEET_AND_PROBLEMS);
const LIBRARY_AND_PRINT: [Message; LIBRARY_MESSAGES.len() + PRINT_AND_SHEET.len()] =
    joined(LIBRARY_MESSAGES, &PRINT_AND_SHEET);
const HELP_AND_MORE: [Message; HELP_MESSAGES.len() + LIBRARY_AND_PRINT.len()] =
    joined(HELP_MESSAGES, &LIBRARY_AND_PRINT);
const CLI_AND_HELP: [Message; CLI_MESSAGES.len() + HELP_AND_MORE.len()] = joined(CLI_MESSAGES, &HELP_AND_MORE);
const SCREENS_AND_HELP: [Message; SCREEN_MESSAGES.len() + CLI_AND_HELP.len()] = joined(SCREEN_MESSAGES, &CLI_AND_HELP);
const APP_AND_HELP: [Message; APP_MESSAGES.len() + SCREENS_AND_HELP.len()] = joined(APP_MESSAGES, &SCREENS_AND_HELP);

/// Every message, for checks over the whole catalogue.
pub const MESSAGES: &[Message] =
    &joined::<{ SHARED_MESSAGES.len() + APP_AND_HELP.len() }>(SHARED_MESSAGES, &APP_AND_HELP);

/// The messages of `first` then those of `second`, as one array of their `N` messages.
const fn joined<const N: usize>(first: &[Message], second: &[Message]) -> [Message; N] {
    let mut all = [Message { key: "" }; N];
    let mut i = 0;
    while i < N {
        all[i] = if i < first.len() { first[i] } else { second[i - first.len()] };
        i += 1;
    }
    all
}

messages! {
    SHARED_MESSAGES:
    // The detail of one session (the app's detail pane and `whrcf show`).
    LABEL_DAY = "detail-day";
    LABEL_TIME = "detail-time";
    LABEL_KIND = "detail-kind";
    LABEL_FORMAT = "detail-format";
    LABEL_ROOM = "detail-room";
    LABEL_LANGUAGES = "detail-languages";
    LABEL_INTERPRETATION = "detail-interpretation";
    LABEL_THEMES = "detail-themes";
    LABEL_ORGANIZERS = "detail-organizers";
    LABEL_PEOPLE = "detail-people";
    LABEL_NOTES = "detail-notes";
    LABEL_SOURCES = "detail-sources";
    LABEL_ID = "detail-id";
    LABEL_EDITION = "detail-edition";
    NOT_PUBLISHED = "detail-not-published";
    DATE_NOT_PUBLISHED = "date-not-published";
    TIME_NOT_PUBLISHED = "time-not-published";
    TIME_DISPUTED = "time-disputed";
    NOT_PUBLISHED_DISPUTED = "detail-not-published-disputed";
    END_NOT_PUBLISHED = "detail-end-not-published";
    ROLE_NOT_PUBLISHED = "role-not-published";
    ROLE_ORGANIZER = "role-organizer";
    AS_STATED = "detail-as-stated";
    IN_ZONE = "detail-in-zone";
    CUT_OFF_LEGEND = "detail-cut-off-legend";
    CUT_OFF_VALUE = "detail-cut-off-value";
    CUT_OFF_ORGANIZER = "detail-cut-off-organizer";
    INCOMPLETE = "detail-incomplete";
    EDITION_ORDINAL = "detail-edition-ordinal";
    PROBLEMS_NOT_LISTED = "problems-not-listed";
    // The agenda plan.
    DURATION_MINUTES = "duration-minutes";
    DURATION_HOURS = "duration-hours";
    DURATION_HOURS_MINUTES = "duration-hours-minutes";
    DURATION_DAYS = "duration-days";
    NO_DATE = "plan-no-date";
    NO_TIME = "plan-no-time";
    NO_ROOM = "plan-no-room";
    CHANGE_DAY = "change-day";
    CHANGE_TIME = "change-time";
    CHANGE_ROOM = "change-room";
    CHANGE_TITLE = "change-title";
    OVERLAP = "plan-overlap";
    TIGHT = "plan-tight";
    PLAN_FREE = "plan-free";
    PLAN_OVERLAPS = "plan-overlaps";
    PLAN_TIGHT_CHANGE = "plan-tight-change";
    PLAN_CHANGED = "plan-changed";
    TIMES_IN_ZONE = "times-in-zone";
    AGENDA_WAS = "agenda-was";
    PLAN_NOTE = "plan-note";
    PLAN_REMOVED = "plan-removed";
    SECTION_UNTIMED = "plan-section-untimed";
    SECTION_GONE = "plan-section-gone";
    // The agenda from the command line.
    AGENDA_HEADING = "agenda-heading";
    AGENDA_EMPTY_HINT = "agenda-empty-hint";
    AGENDA_ADDED = "agenda-added";
    AGENDA_ALREADY_MARKED = "agenda-already-marked";
    AGENDA_REMOVED = "agenda-removed";
    AGENDA_CLEARED = "agenda-cleared";
    AGENDA_NOTE_SAVED = "agenda-note-saved";
    ICS_VERSIONS_NOT_SAVED = "ics-versions-not-saved";
    AGENDA_MERGED = "agenda-merged";
    AGENDA_UNKNOWN = "agenda-unknown";
    NEXT_NOW = "next-now";
    NEXT_NOW_UNTIL = "next-now-until";
    NEXT_PLACE = "next-place";
    NEXT_LATER = "next-later";
    // Checks from the command line.
    FOUND_IN = "found-in";
    CLASHES_UNTIMED = "clashes-untimed";
    NO_CLASHES = "no-clashes";
    CLASHES_NOT_CHECKED = "clashes-not-checked";
    VALIDATE_OK = "validate-ok";
    VALIDATE_SKIPPED = "validate-skipped";
    // Exports of the agenda.
    MY_AGENDA = "my-agenda";
    MARKDOWN_LEGEND = "markdown-legend";
    NOTHING_MARKED = "nothing-marked";
    ICS_END_NOT_PUBLISHED = "ics-end-not-published";
    ICS_SKIPPED = "ics-skipped";
    ICS_LISTED = "ics-listed";
    ICS_MY_NOTE = "ics-my-note";
    ICS_SOURCE = "ics-source";
    LEFT_OUT_GONE = "left-out-gone";
    LEFT_OUT_UNTIMED = "left-out-untimed";
    // Which zone times are shown in (`wording::when::zone_shown`).
    ZONE_FORUM = "zone-forum";
    ZONE_FORUM_GIVEN = "zone-forum-given";
    ZONE_FORUM_PLACE = "zone-forum-place";
    ZONE_FORUM_OFFSETS = "zone-forum-offsets";
    ZONE_FORUM_UNKNOWN = "zone-forum-unknown";
    ZONE_LOCAL = "zone-local";
    ZONE_NAMED = "zone-named";
    // A programme's header.
    FOUND_OF_TOTAL = "found-of-total";
    FOUND_NO_TOTAL = "found-no-total";
    COMPLETENESS = "completeness";
    FILTER_THEME = "filter-theme";
    FILTER_ORGANIZER = "filter-organizer";
    FILTER_KIND = "filter-kind";
    FILTER_FORMAT = "filter-format";
    FILTER_ROOM = "filter-room";
    // Programme versions compared (`whrcf diff`).
    DIFF_WHEN = "diff-when";
    DIFF_AT = "diff-at";
    DIFF_ID = "diff-id";
    DIFF_PEOPLE_GONE = "diff-people-gone";
    DIFF_PEOPLE_NEW = "diff-people-new";
    PERSON_WITH_ROLE = "person-with-role";
    NO_ROLE = "no-role";
    // The agenda file.
    AGENDA_UNREADABLE = "agenda-unreadable";
    AGENDA_SET_ASIDE = "agenda-set-aside";
    AGENDA_NOT_SET_ASIDE = "agenda-not-set-aside";
    // Clashes of a programme.
    CLASH_ROOM = "clash-room";
    CLASH_PERSON = "clash-person";
    CLASH_ROLE = "clash-role";
    CLASH_MAYBE_PERSON = "clash-maybe-person";
    // Said after each of two equal titles in a clash, to tell the sessions apart.
    CLASH_WHICH = "clash-which";
    CLASH_ORGANIZER = "clash-organizer";
    CLASH_OUTSIDE_DAYS = "clash-outside-days";
    CLASH_ENDS_BEFORE_START = "clash-ends-before-start";
    CLASH_NO_END = "clash-no-end";
    CLASH_BUFFER = "clash-buffer";
    UNKNOWN_COLUMN = "unknown-column";
    UNKNOWN_COLUMN_MEANT = "unknown-column-meant";
    OUTPUT_NOT_WRITTEN = "output-not-written";
    MAN_EXIT_SUCCESS = "man-exit-success";
    MAN_EXIT_FOUND = "man-exit-found";
    MAN_EXIT_ERROR = "man-exit-error";
    MOVE_LINE = "move-line";
    MOVE_PLACE_TIME = "move-place-time";
    MOVE_PLACE_DAY_TIME = "move-place-day-time";
    MOVE_NO_ROOM = "move-no-room";
    MOVE_GONE = "move-gone";
    MOVE_CHANGED = "move-changed";
    MOVE_TWICE = "move-twice";
    MOVE_ALREADY_THERE = "move-already-there";
    MOVES_NONE = "moves-none";
    MOVES_CLEARED = "moves-cleared";
    MOVES_SET_ASIDE = "moves-set-aside";
    MOVES_NOT_SET_ASIDE = "moves-not-set-aside";
    CUT_OFF_TITLE = "detail-cut-off-title";
    CUT_OFF_SUBTITLE = "detail-cut-off-subtitle";
    CUT_OFF_ROOM = "detail-cut-off-room";
    CUT_OFF_VENUE = "detail-cut-off-venue";
    CUT_OFF_NAME = "detail-cut-off-name";
    CUT_OFF_ROLE = "detail-cut-off-role";
    CUT_OFF_AFFILIATION = "detail-cut-off-affiliation";
    CUT_OFF_COUNTRY = "detail-cut-off-country";
    CUT_OFF_TOPIC = "detail-cut-off-topic";
    CUT_OFF_AND = "detail-cut-off-and";
    LANGUAGE_UNKNOWN = "language-unknown";
    CLOCK_UNKNOWN = "clock-unknown";
    EDITION_UNKNOWN = "edition-unknown";
    EDITION_NOT_BUNDLED = "edition-not-bundled";
    EDITIONS_OR_ALL = "editions-or-all";
    INSTANT_EXPECTED = "instant-expected";
    DISK_FULL = "io-disk-full";
    IS_A_DIRECTORY = "io-is-a-directory";
    NOT_A_DIRECTORY = "io-not-a-directory";
    READ_ONLY_FILESYSTEM = "io-read-only-filesystem";
    NO_SUCH_DEVICE = "io-no-such-device";
    NO_TERMINAL = "io-no-terminal";
    AGENDA_CANNOT_SAVE = "agenda-cannot-save";
    CLI_WARNING = "cli-warning";
    FILE_PROBLEM_AT = "file-problem-at";
    FILE_NOT_UTF8 = "file-not-utf8";
    FILE_VERSION_UNKNOWN = "file-version-unknown";
    NO_COLUMN_NAMED = "no-column-named";
    DAY_MARK = "day-mark";
}
