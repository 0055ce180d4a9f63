//! The screens' own words in the catalogue: titles, notices after an action, the list's time
//! column, the clash panel's kinds and the people index. Gathered into the catalogue's
//! `MESSAGES` by the parent.

use super::super::Message;

messages! {
    SCREEN_MESSAGES:
    TITLE_DETAILS = "title-details";
    NOTHING_SELECTED = "nothing-selected";
    NO_SESSION_SELECTED = "no-session-selected";
    NO_SESSION_TO_OPEN = "no-session-to-open";
    NO_SESSION_HERE = "no-session-here";
    UNDATED = "undated";
    ROW_TIME_DISPUTED = "row-time-disputed";
    CLASH_KIND_NAME = "clash-kind-name";
    ROW_UNDATED = "row-undated";
    HELP_SECTION = "help-section";
    FORMAT_NAME = "format-name";
    FORMAT_BADGE = "format-badge";
    GRID_NO_ROOM = "grid-no-room";
    GRID_NO_KIND = "grid-no-kind";
    DIFF_KIND_HEADING = "diff-kind-heading";
    ROW_TIME_DISPUTED_SHORT = "row-time-disputed-short";
    ROW_TIME_NOT_PUBLISHED = "row-time-not-published";
    LIST_UNDATED = "list-undated";
    NOTICE_ADDED = "notice-added";
    NOTICE_REMOVED = "notice-removed";
    NOTICE_NO_LONGER = "notice-no-longer";
    NOTICE_STATUS = "notice-status";
    STATUS_PLANNED = "status-planned";
    STATUS_ATTENDED = "status-attended";
    STATUS_SKIPPED = "status-skipped";
    NOTICE_NOTE_SAVED = "notice-note-saved";
    NO_VALUES = "no-values";
    NOTICE_FILTERS_CLEARED = "notice-filters-cleared";
    NOTICE_NOW_SHOWING = "notice-now-showing";
    NOTICE_ON_NOW = "notice-on-now";
    NOTICE_NEXT = "notice-next";
    NOTICE_NOTHING_ON = "notice-nothing-on";
    NOTICE_OPENING = "notice-opening";
    NOTICE_NO_WEB_PAGE = "notice-no-web-page";
    NOTICE_CANNOT_OPEN = "notice-cannot-open";
    NOTICE_NO_CLASH = "notice-no-clash";
    CLASHES_NONE = "clashes-none";
    CLASH_KIND_NO_END = "clash-kind-no-end";
    CLASH_KIND_ROOM = "clash-kind-room";
    CLASH_KIND_PERSON = "clash-kind-person";
    CLASH_KIND_SAME_PERSON = "clash-kind-same-person";
    CLASH_KIND_ORGANIZER = "clash-kind-organizer";
    CLASH_KIND_DATES = "clash-kind-dates";
    CLASH_KIND_LENGTH = "clash-kind-length";
    CLASH_KIND_BUFFER = "clash-kind-buffer";
    PEOPLE_NOT_HERE = "people-not-here";
    PEOPLE_NO_ONE = "people-no-one";
    PEOPLE_PICK_ONE = "people-pick-one";
    PEOPLE_ONLY_BUNDLED = "people-only-bundled";
    PEOPLE_EVERY_EDITION = "people-every-edition";
    PEOPLE_OF = "people-of";
    PEOPLE_TITLE = "people-title";
    PEOPLE_SESSIONS = "people-sessions";
    PEOPLE_SESSIONS_PICK = "people-sessions-pick";
    PEOPLE_PROMPT = "people-prompt";
    NOTE_PROMPT = "note-prompt";
    // The filter panel's groups.
    FACET_THEMES = "facet-themes";
    FACET_ORGANIZERS = "facet-organizers";
    FACET_KINDS = "facet-kinds";
    FACET_FORMATS = "facet-formats";
    FACET_ROOMS = "facet-rooms";
    DETAIL_IN_AGENDA = "detail-in-agenda";
}
