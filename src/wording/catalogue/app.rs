//! The app's own words in the catalogue: the timeline grid, the notice log, hiding sessions, and
//! the screens' titles and key hints. Same keys and texts as the rest of the catalogue, gathered
//! into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    APP_MESSAGES:
    GRID_TITLE = "grid-title";
    GRID_OVERLAPS = "grid-overlaps";
    GRID_NO_SESSIONS = "grid-no-sessions";
    GRID_NO_TIMED_SESSIONS = "grid-no-timed-sessions";
    GRID_ROOM_SHOWN = "grid-room-shown";
    GRID_ROOMS_SHOWN = "grid-rooms-shown";
    GRID_KIND_SHOWN = "grid-kind-shown";
    GRID_KINDS_SHOWN = "grid-kinds-shown";
    // The app's notice log.
    LEVEL_ERROR = "level-error";
    LEVEL_WARNING = "level-warning";
    LEVEL_INFO = "level-info";
    NOTICE_IN_SESSION = "notice-in-session";
    NO_DAY_N = "no-day-n";
    FILTER_OPTION_EMPTY = "filter-option-empty";
    FILTER_DAY_EMPTY = "filter-day-empty";
    NOTICE_CUT = "notice-cut";
    NOTICES_TO_READ = "notices-to-read";
    NOTICES_TITLE_EMPTY = "notices-title-empty";
    NOTICES_TITLE = "notices-title";
    NOTICES_NONE = "notices-none";
    NOTICE_TITLE = "notice-title";
    NOTICE_NO_DATA_DIRECTORY = "notice-no-data-directory";
    NOTICE_AGENDA_NOT_SAVED = "notice-agenda-not-saved";
    ASK_QUIT_UNSAVED = "ask-quit-unsaved";
    AGENDA_REMOVED_UNDO = "agenda-removed-undo";
    AGENDA_RESTORED = "agenda-restored";
    NOTHING_TO_UNDO = "nothing-to-undo";
    NOTICE_KEYS_UNUSABLE = "notice-keys-unusable";
    NOTICE_KEYS_PROBLEM = "notice-keys-problem";
    // What the user hides.
    HIDDEN_COUNT = "hidden-count";
    HIDDEN_COUNT_SHOWN = "hidden-count-shown";
    NOTICE_HIDDEN = "notice-hidden";
    NOTICE_SHOWN_AGAIN = "notice-shown-again";
    NOTICE_HIDDEN_SHOWN = "notice-hidden-shown";
    NOTICE_HIDDEN_HIDDEN = "notice-hidden-hidden";
    NOTICE_NOTHING_HIDDEN = "notice-nothing-hidden";
    NOTICE_HIDDEN_NOT_SAVED = "notice-hidden-not-saved";
    HIDDEN_SET_ASIDE = "hidden-set-aside";
    HIDDEN_NOT_SET_ASIDE = "hidden-not-set-aside";
    HINT_HIDE = "hint-hide";
    // The app's titles and key hints: `{key}` is the key bound to the action, as the user's
    // keymap has it; `{keys}` the keys of two actions that go together (`←→`).
    TITLE_SESSION = "title-session";
    TITLE_FILTERS = "title-filters";
    TITLE_HELP = "title-help";
    HELP_MOUSE = "help-mouse";
    TITLE_AGENDA = "title-agenda";
    AGENDA_LEGEND = "agenda-legend";
    TITLE_CLASHES = "title-clashes";
    HINT_BACK = "hint-back";
    HINT_CLOSE = "hint-close";
    HINT_OPEN = "hint-open";
    HINT_GO_TO = "hint-go-to";
    HINT_GO_TO_FIRST = "hint-go-to-first";
    HINT_STATUS = "hint-status";
    HINT_NOTE = "hint-note";
    HINT_REMOVE = "hint-remove";
    HINT_SELECT = "hint-select";
    HINT_CLEAR_ALL = "hint-clear-all";
    HINT_GROUP = "hint-group";
    HINT_ROOMS = "hint-rooms";
    HINT_TIME = "hint-time";
    HINT_CHANGE_DAY = "hint-change-day";
    NO_SESSION_THIS_DAY = "no-session-this-day";
    NO_SESSION_MATCHES = "no-session-matches";
    NO_SESSION_SHOWN_ALL_HIDDEN = "no-session-shown-all-hidden";
    HINT_SHOW_HIDDEN = "hint-show-hidden";
    HINT_CLEAR_FILTERS = "hint-clear-filters";
    HINT_CLEAR_SEARCH = "hint-clear-search";
    HINT_ADD_TO_AGENDA = "hint-add-to-agenda";
    HINT_THIS_DAY_ONLY = "hint-this-day-only";
    SEARCH_PROMPT = "search-prompt";
    SEARCHING_ALL_DAYS = "searching-all-days";
    GRID_NO_TIMED = "grid-no-timed";
    TOO_SMALL_ENLARGE = "too-small-enlarge";
    TOO_SMALL_QUIT = "too-small-quit";
    REMINDER = "reminder";
    REMINDER_IN_ROOM = "reminder-in-room";
    REMINDER_MORE = "reminder-more";
    // The header, the too-small notice and the help's markers.
    HEADER_IN_AGENDA = "header-in-agenda";
    HEADER_SEARCH = "header-search";
    HEADER_THIS_DAY = "header-this-day";
    TOO_SMALL = "too-small";
    TOO_SMALL_NEEDS = "too-small-needs";
    HELP_MARKERS = "help-markers";
    // The footer's key hints: what the key shown before each does.
    FOOTER_MOVE = "footer-move";
    FOOTER_DAY = "footer-day";
    FOOTER_OPEN = "footer-open";
    FOOTER_SEARCH = "footer-search";
    FOOTER_FILTERS = "footer-filters";
    FOOTER_AGENDA = "footer-agenda";
    FOOTER_GRID = "footer-grid";
    FOOTER_CLASHES = "footer-clashes";
    FOOTER_PEOPLE = "footer-people";
    FOOTER_NOW = "footer-now";
    FOOTER_CLEAR = "footer-clear";
    FOOTER_ZONE = "footer-zone";
    FOOTER_HELP = "footer-help";
    FOOTER_QUIT = "footer-quit";
    FOOTER_ALL_DAYS_THIS_DAY = "footer-all-days-this-day";
    FOOTER_KEEP_AS_FILTER = "footer-keep-as-filter";
    FOOTER_SCROLL = "footer-scroll";
    FOOTER_NEXT_SESSION = "footer-next-session";
    FOOTER_BACK = "footer-back";
    FOOTER_GROUP = "footer-group";
    FOOTER_SELECT = "footer-select";
    FOOTER_HIDE = "footer-hide";
    FOOTER_CLEAR_ALL = "footer-clear-all";
    FOOTER_CLOSE = "footer-close";
    FOOTER_GO_TO = "footer-go-to";
    FOOTER_STATUS = "footer-status";
    FOOTER_NOTE = "footer-note";
    FOOTER_REMOVE = "footer-remove";
    FOOTER_UNDO = "footer-undo";
    FOOTER_KEEP_THE_NOTE = "footer-keep-the-note";
    FOOTER_CANCEL = "footer-cancel";
    FOOTER_TIME = "footer-time";
    FOOTER_ROOM = "footer-room";
    FOOTER_MARK = "footer-mark";
    FOOTER_GO_TO_SESSION = "footer-go-to-session";
    FOOTER_SESSION_PICK_ONE = "footer-session-pick-one";
    FOOTER_ALL_EDITIONS = "footer-all-editions";
    FOOTER_CLEAR_BACK = "footer-clear-back";
    FOOTER_LAST = "footer-last";
}
