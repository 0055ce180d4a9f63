//! The app's own words in the catalogue: the timeline grid, the notice log, hiding sessions, and
//! the screens' titles and key hints. Same keys and texts as the rest of the catalogue, gathered
//! into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    APP_MESSAGES:
    GRID_TITLE = "grid-title" => "Timeline {day} · {columns} · times {zone}";
    GRID_OVERLAPS = "grid-overlaps" => "overlaps in this room";
    GRID_NO_SESSIONS = "grid-no-sessions" => "no sessions this day";
    GRID_NO_TIMED_SESSIONS = "grid-no-timed-sessions" => "no sessions with a time";
    GRID_ROOM_SHOWN = "grid-room-shown" => "room {first} of {n}";
    GRID_ROOMS_SHOWN = "grid-rooms-shown" => "rooms {first}–{last} of {n}";
    GRID_KIND_SHOWN = "grid-kind-shown" => "kind {first} of {n}";
    GRID_KINDS_SHOWN = "grid-kinds-shown" => "kinds {first}–{last} of {n}";
    // The app's notice log.
    LEVEL_ERROR = "level-error" => "error";
    LEVEL_WARNING = "level-warning" => "warning";
    LEVEL_INFO = "level-info" => "info";
    NOTICE_IN_SESSION = "notice-in-session" => "session `{session}`: {message}";
    NO_DAY_N = "no-day-n" => "No day {n}: this programme has {tabs}";
    FILTER_OPTION_EMPTY = "filter-option-empty" => "No session would pass “{option}” with the other filters: left unselected";
    FILTER_DAY_EMPTY = "filter-day-empty" => "No session of this day passes these filters: see the other days' tabs";
    NOTICE_CUT = "notice-cut" => " … ({key}: read it all)";
    NOTICES_TO_READ = "notices-to-read" => "{counts} — press {key} to read";
    NOTICES_TITLE_EMPTY = "notices-title-empty" => "Notices";
    NOTICES_TITLE = "notices-title" => "Notices · {counts}";
    NOTICES_NONE = "notices-none" => "Nothing to report: the programme file read cleanly.";
    NOTICE_TITLE = "notice-title" => "Notice";
    NOTICE_NO_DATA_DIRECTORY = "notice-no-data-directory" => "No data directory (set WHRCF_DATA_DIR): marks are kept in memory only";
    NOTICE_AGENDA_NOT_SAVED = "notice-agenda-not-saved" => "Agenda not saved, marks kept in memory: {reason}";
    ASK_QUIT_UNSAVED = "ask-quit-unsaved" => "Agenda not saved: {key} again quits and loses the changes ({reason})";
    AGENDA_REMOVED_UNDO = "agenda-removed-undo" => "Removed from your agenda ({marked}): {title} · {key} undo";
    AGENDA_RESTORED = "agenda-restored" => "Back in your agenda ({marked}): {title}";
    NOTHING_TO_UNDO = "nothing-to-undo" => "Nothing removed to bring back";
    NOTICE_KEYS_UNUSABLE = "notice-keys-unusable" => "Key bindings: {problem}; using the defaults";
    NOTICE_KEYS_PROBLEM = "notice-keys-problem" => "Key bindings: {problem}";
    // What the user hides.
    HIDDEN_COUNT = "hidden-count" => "hidden: {n}";
    HIDDEN_COUNT_SHOWN = "hidden-count-shown" => "hidden: {n} (shown)";
    NOTICE_HIDDEN = "notice-hidden" => "Hidden: {title}";
    NOTICE_SHOWN_AGAIN = "notice-shown-again" => "Shown again: {title}";
    NOTICE_HIDDEN_SHOWN = "notice-hidden-shown" => "Hidden sessions shown for now ({n}); they stay hidden next time";
    NOTICE_HIDDEN_HIDDEN = "notice-hidden-hidden" => "Hiding {sessions} again";
    NOTICE_NOTHING_HIDDEN = "notice-nothing-hidden" => "Nothing is hidden";
    NOTICE_HIDDEN_NOT_SAVED = "notice-hidden-not-saved" => "What is hidden was not saved (kept for this run): {reason}";
    HIDDEN_SET_ASIDE = "hidden-set-aside" => "The file of hidden sessions was corrupt: kept as {aside}, nothing is hidden ({problem})";
    HIDDEN_NOT_SET_ASIDE = "hidden-not-set-aside" => "The file of hidden sessions {path} is corrupt ({problem}) and could not be moved aside: {reason}";
    HINT_HIDE = "hint-hide" => "{key} hide";
    // The app's titles and key hints: `{key}` is the key bound to the action, as the user's
    // keymap has it; `{keys}` the keys of two actions that go together (`←→`).
    TITLE_SESSION = "title-session" => "Session";
    TITLE_FILTERS = "title-filters" => "Filters";
    TITLE_HELP = "title-help" => "Help · keys (rebind in keys.toml)";
    HELP_MOUSE = "help-mouse" => "Mouse: click a day tab, a row, a filter group or option, an entry of a list or a block of the grid; the wheel scrolls what is under it.";
    TITLE_AGENDA = "title-agenda" => "My agenda · {marked} marked";
    AGENDA_LEGEND = "agenda-legend" => "[ ] planned · [x] attended · [-] skipped";
    TITLE_CLASHES = "title-clashes" => "Clashes · {found} found";
    HINT_BACK = "hint-back" => "{key} back";
    HINT_CLOSE = "hint-close" => "{key} close";
    HINT_OPEN = "hint-open" => "{key} open";
    HINT_GO_TO = "hint-go-to" => "{key} go to";
    HINT_GO_TO_FIRST = "hint-go-to-first" => "{key} go to the first session";
    HINT_STATUS = "hint-status" => "{key} status";
    HINT_NOTE = "hint-note" => "{key} note";
    HINT_REMOVE = "hint-remove" => "{key} remove";
    HINT_SELECT = "hint-select" => "{key} select";
    HINT_CLEAR_ALL = "hint-clear-all" => "{key} clear all";
    HINT_GROUP = "hint-group" => "{keys} group";
    HINT_ROOMS = "hint-rooms" => "{keys} rooms";
    HINT_TIME = "hint-time" => "{keys} time";
    HINT_CHANGE_DAY = "hint-change-day" => "{first} and {second} change the day.";
    NO_SESSION_THIS_DAY = "no-session-this-day" => "No session on this day.";
    NO_SESSION_MATCHES = "no-session-matches" => "No session matches.";
    NO_SESSION_SHOWN_ALL_HIDDEN = "no-session-shown-all-hidden" => "Every session of this day is hidden.";
    HINT_SHOW_HIDDEN = "hint-show-hidden" => "Press {key} to show hidden sessions.";
    HINT_CLEAR_FILTERS = "hint-clear-filters" => "Press {key} to clear filters and search.";
    HINT_CLEAR_SEARCH = "hint-clear-search" => "{key} clears the search.";
    HINT_ADD_TO_AGENDA = "hint-add-to-agenda" => "Press {key} on a session to add it to your agenda.";
    HINT_THIS_DAY_ONLY = "hint-this-day-only" => "({key}: this day only)";
    SEARCH_PROMPT = "search-prompt" => "search:";
    SEARCHING_ALL_DAYS = "searching-all-days" => "searching all days";
    GRID_NO_SESSION_HERE = "grid-no-session-here" => "No session here: move onto a block";
    GRID_MOVED_FROM = "grid-moved-from" => "moved from {from}";
    NOTICE_MOVED = "notice-moved" => "Moved '{title}' to {to} ({key} undoes)";
    NOTICE_MOVE_UNDONE = "notice-move-undone" => "Move undone ({key} redoes)";
    NOTICE_MOVE_REDONE = "notice-move-redone" => "Move redone";
    NOTICE_NOTHING_TO_UNDO = "notice-nothing-to-undo" => "No move to undo";
    NOTICE_NOTHING_TO_REDO = "notice-nothing-to-redo" => "No move to redo";
    NOTICE_MOVE_NO_SLOT = "notice-move-no-slot" => "Only a session with a date and a start can be moved";
    NOTICE_MOVE_OUT_OF_RANGE = "notice-move-out-of-range" => "That would move the session out of the calendar";
    NOTICE_MOVE_NO_FURTHER = "notice-move-no-further" => "No room or day further that way";
    NOTICE_MOVES_NOT_SAVED = "notice-moves-not-saved" => "The moves were not saved (kept for this run): {reason}";
    GRID_NO_TIMED = "grid-no-timed" => "No session with a published time on this day.";
    TOO_SMALL_ENLARGE = "too-small-enlarge" => "Enlarge the window.";
    TOO_SMALL_QUIT = "too-small-quit" => "Enlarge the window, or press {key} to quit.";
    REMINDER = "reminder" => "in {minutes} min: {title}";
    REMINDER_IN_ROOM = "reminder-in-room" => "in {minutes} min: {title} · {room}";
    REMINDER_MORE = "reminder-more" => "(+{n} more)";
    // Following a programme on the web while the app runs.
    LIVE_REFRESHING = "live-refreshing" => "refreshing…";
    LIVE_OPENING = "live-opening" => "opening {what}…";
    LIVE_UPDATED_AGO = "live-updated-ago" => "updated {ago}";
    LIVE_COPY_FROM = "live-copy-from" => "copy from {ago}";
    LIVE_OFFLINE = "live-offline" => "offline: copy from {ago}";
    LIVE_NOT_ON_THE_WEB = "live-not-on-the-web" => "Only a programme opened from the web can be refreshed; this one is a file or a bundled edition";
    LIVE_ALREADY_BUSY = "live-already-busy" => "Still fetching: the programme is swapped in when it is done";
    LIVE_UPDATED = "live-updated" => "Newer programme from the web: {sessions}";
    LIVE_NOT_MODIFIED = "live-not-modified" => "The server has no newer version: this is the latest programme";
    LIVE_OPENED = "live-opened" => "Opened {title}";
    LIVE_CANNOT_OPEN = "live-cannot-open" => "Cannot open {source}: {reason}";
    LIVE_EDITION = "live-edition" => "WHRCF {year}";
    LIVE_NEWEST_EDITION = "live-newest-edition" => "the newest WHRCF edition";
    LIVE_JOB_FAILED = "live-job-failed" => "the fetch stopped unexpectedly; the programme shown is kept";
    AGE_JUST_NOW = "age-just-now" => "just now";
}
