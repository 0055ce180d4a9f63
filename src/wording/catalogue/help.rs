//! The help's words in the catalogue: what each bindable action does, and what some do on one
//! screen where it differs. Gathered into the catalogue's `MESSAGES` by the parent; the README's
//! key table is generated from the English.

use super::super::Message;

messages! {
HELP_MESSAGES:
HELP_DOWN = "help-down";
HELP_UP = "help-up";
HELP_PAGE_DOWN = "help-page-down";
HELP_PAGE_UP = "help-page-up";
HELP_FIRST = "help-first";
HELP_LAST = "help-last";
HELP_NEXT_DAY = "help-next-day";
HELP_PREV_DAY = "help-prev-day";
HELP_DAY_N = "help-day-n";
HELP_TOGGLE_FOCUS = "help-toggle-focus";
HELP_OPEN = "help-open";
HELP_BACK = "help-back";
HELP_FILTERS = "help-filters";
HELP_CLEAR_FILTERS = "help-clear-filters";
HELP_NEXT_FACET = "help-next-facet";
HELP_PREV_FACET = "help-prev-facet";
HELP_TOGGLE_OPTION = "help-toggle-option";
HELP_EXCLUDE_OPTION = "help-exclude-option";
HELP_HIDE = "help-hide";
HELP_SHOW_HIDDEN = "help-show-hidden";
HELP_OPEN_LINK = "help-open-link";
HELP_SEARCH = "help-search";
HELP_SEARCH_SCOPE = "help-search-scope";
HELP_SEARCH_ACCEPT = "help-search-accept";
HELP_DELETE_CHAR = "help-delete-char";
HELP_TOGGLE_MARK = "help-toggle-mark";
HELP_AGENDA = "help-agenda";
HELP_CYCLE_STATUS = "help-cycle-status";
HELP_EDIT_NOTE = "help-edit-note";
HELP_NOTE_ACCEPT = "help-note-accept";
HELP_UNDO = "help-undo";
HELP_GRID = "help-grid";
HELP_CLASHES = "help-clashes";
HELP_PEOPLE = "help-people";
HELP_PEOPLE_SCOPE = "help-people-scope";
HELP_NOTICES = "help-notices";
HELP_LEFT = "help-left";
HELP_RIGHT = "help-right";
HELP_CYCLE_ZONE = "help-cycle-zone";
HELP_NOW_NEXT = "help-now-next";
HELP_HELP = "help-help";
HELP_SUSPEND = "help-suspend";
HELP_QUIT = "help-quit";
// What an action does on one screen, where it differs.
HELP_DETAIL_NEXT_DAY = "help-detail-next-day";
HELP_DETAIL_PREV_DAY = "help-detail-prev-day";
HELP_DETAIL_HELP_DOWN = "help-detail-help-down";
HELP_DETAIL_HELP_UP = "help-detail-help-up";
HELP_DETAIL_HELP_FIRST = "help-detail-help-first";
HELP_DETAIL_HELP_LAST = "help-detail-help-last";
HELP_DETAIL_BACK = "help-detail-back";
HELP_HELP_BACK = "help-help-back";
HELP_BROWSE_SEARCH_DOWN = "help-browse-search-down";
HELP_BROWSE_SEARCH_UP = "help-browse-search-up";
HELP_SEARCH_BACK = "help-search-back";
HELP_FILTERS_DOWN = "help-filters-down";
HELP_FILTERS_UP = "help-filters-up";
HELP_FILTERS_BACK = "help-filters-back";
HELP_AGENDA_DOWN = "help-agenda-down";
HELP_AGENDA_UP = "help-agenda-up";
HELP_AGENDA_TOGGLE_MARK = "help-agenda-toggle-mark";
HELP_AGENDA_OPEN = "help-agenda-open";
HELP_NOTE_BACK = "help-note-back";
HELP_GRID_DOWN = "help-grid-down";
HELP_GRID_UP = "help-grid-up";
HELP_GRID_OPEN = "help-grid-open";
HELP_CLASHES_DOWN = "help-clashes-down";
HELP_CLASHES_UP = "help-clashes-up";
HELP_CLASHES_FIRST = "help-clashes-first";
HELP_CLASHES_LAST = "help-clashes-last";
HELP_CLASHES_OPEN = "help-clashes-open";
HELP_PEOPLE_DOWN = "help-people-down";
HELP_PEOPLE_UP = "help-people-up";
HELP_PEOPLE_OPEN = "help-people-open";
HELP_PEOPLE_BACK = "help-people-back";
HELP_NOTICES_DOWN = "help-notices-down";
HELP_NOTICES_UP = "help-notices-up";
HELP_NOTICES_FIRST = "help-notices-first";
HELP_NOTICES_LAST = "help-notices-last";
HELP_NOTICES_BACK = "help-notices-back";
HELP_AGENDA_GRID_CLASHES_BACK = "help-agenda-grid-clashes-back";}
