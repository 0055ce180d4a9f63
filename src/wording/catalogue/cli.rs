//! The command line's own words in the catalogue: the list's and the editions' headings, and the
//! errors of `list`, `show`, `import` and the app's start. Gathered into the catalogue's
//! `MESSAGES` by the parent.

use super::super::Message;

messages! {
    CLI_MESSAGES:
    LIST_HEADING = "list-heading";
    LIST_ARCHIVE_HEADING = "list-archive-heading";
    LIST_CUT_OFF_LEGEND = "list-cut-off-legend";
    LIST_DAY_RANGE = "list-day-range";
    LIST_NO_DAY_N = "list-no-day-n";
    LIST_BAD_DAY = "list-bad-day";
    LIST_NOT_A_DAY = "list-not-a-day";
    LIST_UNKNOWN_THEME = "list-unknown-theme";
    LIST_UNKNOWN_KIND = "list-unknown-kind";
    EDITIONS_INTRO = "editions-intro";
    EDITIONS_FOUND_LEGEND = "editions-found-legend";
    EDITIONS_NO_PROGRAMME = "editions-no-programme";
    EDITIONS_HEADINGS = "editions-headings";
    CANNOT_READ = "cannot-read";
    NO_SUCH_FILE = "no-such-file";
    PERMISSION_DENIED = "permission-denied";
    FILE_NOT_REGULAR = "file-not-regular";
    FILE_NAMED_NOT_REGULAR = "file-named-not-regular";
    LOAD_NO_FORMAT = "load-no-format";
    LOAD_BINARY = "load-binary";
    PROBLEM_ERROR = "problem-error";
    PROBLEM_WARNING = "problem-warning";
    PROBLEM_SESSION = "problem-session";
    ONE_EDITION_ONLY = "one-edition-only";
    LOAD_ZONE_FROM_PLACE = "load-zone-from-place";
    LOAD_ZONE_BY_CITY = "load-zone-by-city";
    LOAD_ZONE_BY_DOMAIN = "load-zone-by-domain";
    LOAD_CUT_SHORT_INSIDE = "load-cut-short-inside";
    LOAD_CUT_SHORT_EVENT_LOST = "load-cut-short-event-lost";
    LOAD_CUT_SHORT_CALENDAR = "load-cut-short-calendar";
    EDITIONS_DAYS = "editions-days";
    EDITIONS_FOUND_OF = "editions-found-of";
    THEME_NOT_PUBLISHED = "theme-not-published";
    SHOW_UNKNOWN_ID = "show-unknown-id";
    SHOW_OTHER_EDITION = "show-other-edition";
    SHOW_SEE_LIST = "show-see-list";
    SHOW_DID_YOU_MEAN = "show-did-you-mean";
    CLI_CANNOT_WRITE = "cli-cannot-write";
    CLI_WROTE = "cli-wrote";
    CLI_CANNOT_RUN_APP = "cli-cannot-run-app";
    // `whrcf people` and `whrcf agenda`.
    PEOPLE_HEADING = "people-heading";
    PEOPLE_MATCHING = "people-matching";
    PEOPLE_IN_ROOMS = "people-in-rooms";
    PEOPLE_ACROSS = "people-across";
    ROOM_UNKNOWN_NONE = "room-unknown-none";
    ROOM_UNKNOWN_MEANT = "room-unknown-meant";
    ROOM_UNKNOWN = "room-unknown";
    ROOMS_MORE = "rooms-more";
    AGENDA_NO_DATA_DIRECTORY = "agenda-no-data-directory";
    // `whrcf agenda import`.
    IMPORT_HINT_EDITION = "import-hint-edition";
    IMPORT_HINT_PROGRAMME = "import-hint-programme";
    IMPORT_NOTHING_MARKED = "import-nothing-marked";
    IMPORT_OTHER_PROGRAMMES = "import-other-programmes";
    IMPORT_NOT_AN_AGENDA = "import-not-an-agenda";
    IMPORT_ITEM = "import-item";
    IMPORT_UNKNOWN_STATUS = "import-unknown-status";
    IMPORT_AGENDA_OF_OTHER = "import-agenda-of-other";
    IMPORT_NONE_IN_PROGRAMME = "import-none-in-programme";
    IMPORT_IDS_LOOK_LIKE = "import-ids-look-like";
    IMPORT_GIVE_PROGRAMME = "import-give-programme";
    LIST_COLUMN_HEADINGS = "list-column-headings";
    LIST_COLUMN_TWICE = "list-column-twice";
    ONE_EDITION_APP = "one-edition-app";
}
