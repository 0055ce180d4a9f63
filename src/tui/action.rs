//! Everything the user can ask of the app, and the work `update` hands back to the event loop.
//! Keys map to actions (`keymap`), mouse clicks are resolved to actions against the last layout
//! (`layout`); `update` carries them out. The names are the ones used in the key bindings file.

use crate::wording;

/// One user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Suspend,
    NextDay,
    PrevDay,
    GoDay(u8),
    Down,
    Up,
    PageDown,
    PageUp,
    First,
    Last,
    ToggleFocus,
    Open,
    Back,
    OpenFilters,
    ClearFilters,
    NextFacet,
    PrevFacet,
    ToggleOption,
    StartSearch,
    SearchScope,
    SearchAccept,
    /// A typed character, for the field of the mode that takes text (query, note, people query).
    Input(char),
    /// Delete the last character of that field.
    DeleteChar,
    CycleZone,
    NowNext,
    Help,
    ToggleMark,
    OpenAgenda,
    CycleStatus,
    EditNote,
    NoteAccept,
    /// Bring back the session last removed from the agenda.
    Undo,
    OpenClashes,
    OpenPeople,
    /// The problems of the programme file and the app's own notices.
    OpenNotices,
    /// What changed since the user last looked.
    OpenChanges,
    /// Record the programme shown as seen: the marks of changes are cleared.
    MarkAllSeen,
    /// The programme switcher: the library of programmes, to open another.
    OpenSwitcher,
    /// The people index: this edition or every bundled edition.
    PeopleScope,
    OpenGrid,
    /// Hide the selected session (or, when hidden ones are shown, show it again).
    HideSession,
    /// In the filter panel: hide the sessions of the option (again: show them).
    ExcludeOption,
    /// Show the hidden sessions for a while, or hide them again.
    ShowHidden,
    /// Open the selected session's page in the browser.
    OpenLink,
    /// Ask the server of a programme on the web for a newer version.
    Refresh,
    Left,
    Right,
    /// In the grid: move the session under the cursor by one step (what-if; the file is never changed).
    MoveEarlier,
    MoveLater,
    MovePrevRoom,
    MoveNextRoom,
    MovePrevDay,
    MoveNextDay,
    /// In the grid: take the move undone last again.
    Redo,
    /// The minute changed: redraw the clock.
    Tick,
    Resize(u16, u16),
    /// A left click, resolved against the last frame's layout (`layout::click`).
    Click(Hit),
    ScrollDown,
    ScrollUp,
    /// The wheel over the browse screen's detail pane: it scrolls the detail, not the list.
    ScrollDetailDown,
    ScrollDetailUp,
}

/// What a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hit {
    /// A day tab (its index).
    Tab(usize),
    /// A row of the session list (its index in the rows).
    Row(usize),
    /// The detail pane.
    Detail,
    /// A group of the filter panel (its index in `Facet::ALL`).
    Facet(usize),
    /// A line of the list of the screen (filter options, agenda, clashes, people), counted from
    /// the first line shown.
    Line(usize),
    /// The body of the grid, at this screen cell (the grid finds the cell of its own there).
    Grid { x: u16, y: u16 },
    /// Nothing that answers a click.
    Nothing,
}

/// Actions that can be bound to keys, with their names and descriptions, in help order.
pub const BINDABLE: &[(Action, &str, wording::Message)] = &[
    (Action::Down, "down", wording::HELP_DOWN),
    (Action::Up, "up", wording::HELP_UP),
    (Action::PageDown, "page-down", wording::HELP_PAGE_DOWN),
    (Action::PageUp, "page-up", wording::HELP_PAGE_UP),
    (Action::First, "first", wording::HELP_FIRST),
    (Action::Last, "last", wording::HELP_LAST),
    (Action::NextDay, "next-day", wording::HELP_NEXT_DAY),
    (Action::PrevDay, "prev-day", wording::HELP_PREV_DAY),
    (Action::GoDay(1), "day-1", wording::HELP_DAY_N),
    (Action::GoDay(2), "day-2", wording::HELP_DAY_N),
    (Action::GoDay(3), "day-3", wording::HELP_DAY_N),
    (Action::GoDay(4), "day-4", wording::HELP_DAY_N),
    (Action::GoDay(5), "day-5", wording::HELP_DAY_N),
    (Action::GoDay(6), "day-6", wording::HELP_DAY_N),
    (Action::GoDay(7), "day-7", wording::HELP_DAY_N),
    (Action::GoDay(8), "day-8", wording::HELP_DAY_N),
    (Action::GoDay(9), "day-9", wording::HELP_DAY_N),
    (Action::ToggleFocus, "toggle-focus", wording::HELP_TOGGLE_FOCUS),
    (Action::Open, "open", wording::HELP_OPEN),
    (Action::Back, "back", wording::HELP_BACK),
    (Action::OpenFilters, "filters", wording::HELP_FILTERS),
    (Action::ClearFilters, "clear-filters", wording::HELP_CLEAR_FILTERS),
    (Action::NextFacet, "next-facet", wording::HELP_NEXT_FACET),
    (Action::PrevFacet, "prev-facet", wording::HELP_PREV_FACET),
    (Action::ToggleOption, "toggle-option", wording::HELP_TOGGLE_OPTION),
    (Action::ExcludeOption, "exclude-option", wording::HELP_EXCLUDE_OPTION),
    (Action::HideSession, "hide", wording::HELP_HIDE),
    (Action::ShowHidden, "show-hidden", wording::HELP_SHOW_HIDDEN),
    (Action::OpenLink, "open-link", wording::HELP_OPEN_LINK),
    (Action::Refresh, "refresh", wording::HELP_REFRESH),
    (Action::StartSearch, "search", wording::HELP_SEARCH),
    (Action::SearchScope, "search-scope", wording::HELP_SEARCH_SCOPE),
    (Action::SearchAccept, "search-accept", wording::HELP_SEARCH_ACCEPT),
    (Action::DeleteChar, "delete-char", wording::HELP_DELETE_CHAR),
    (Action::ToggleMark, "toggle-mark", wording::HELP_TOGGLE_MARK),
    (Action::OpenAgenda, "agenda", wording::HELP_AGENDA),
    (Action::CycleStatus, "cycle-status", wording::HELP_CYCLE_STATUS),
    (Action::EditNote, "edit-note", wording::HELP_EDIT_NOTE),
    (Action::NoteAccept, "note-accept", wording::HELP_NOTE_ACCEPT),
    (Action::Undo, "undo", wording::HELP_UNDO),
    (Action::OpenGrid, "grid", wording::HELP_GRID),
    (Action::OpenClashes, "clashes", wording::HELP_CLASHES),
    (Action::OpenPeople, "people", wording::HELP_PEOPLE),
    (Action::PeopleScope, "people-scope", wording::HELP_PEOPLE_SCOPE),
    (Action::OpenNotices, "notices", wording::HELP_NOTICES),
    (Action::OpenChanges, "changes", wording::HELP_CHANGES),
    (Action::MarkAllSeen, "mark-all-seen", wording::HELP_MARK_ALL_SEEN),
    (Action::OpenSwitcher, "switcher", wording::HELP_SWITCHER),
    (Action::Left, "left", wording::HELP_LEFT),
    (Action::Right, "right", wording::HELP_RIGHT),
    (Action::MoveEarlier, "move-earlier", wording::HELP_MOVE_EARLIER),
    (Action::MoveLater, "move-later", wording::HELP_MOVE_LATER),
    (Action::MovePrevRoom, "move-prev-room", wording::HELP_MOVE_PREV_ROOM),
    (Action::MoveNextRoom, "move-next-room", wording::HELP_MOVE_NEXT_ROOM),
    (Action::MovePrevDay, "move-prev-day", wording::HELP_MOVE_PREV_DAY),
    (Action::MoveNextDay, "move-next-day", wording::HELP_MOVE_NEXT_DAY),
    (Action::Redo, "redo", wording::HELP_REDO),
    (Action::CycleZone, "cycle-zone", wording::HELP_CYCLE_ZONE),
    (Action::NowNext, "now-next", wording::HELP_NOW_NEXT),
    (Action::Help, "help", wording::HELP_HELP),
    (Action::Suspend, "suspend", wording::HELP_SUSPEND),
    (Action::Quit, "quit", wording::HELP_QUIT),
];

/// Names older bindings files may still use, and the action each now stands for.
const FORMER_NAMES: &[(&str, Action)] =
    &[("search-backspace", Action::DeleteChar), ("note-backspace", Action::DeleteChar)];

impl Action {
    /// The action a bindings-file name stands for.
    pub fn from_name(name: &str) -> Option<Action> {
        let current = BINDABLE.iter().find(|(_, n, _)| *n == name).map(|(a, _, _)| *a);
        current.or_else(|| FORMER_NAMES.iter().find(|(n, _)| *n == name).map(|(_, a)| *a))
    }

    /// The action's name in the key bindings file.
    pub fn name(self) -> &'static str {
        BINDABLE.iter().find(|(a, _, _)| *a == self).map_or("", |(_, n, _)| *n)
    }

    /// What the action does, for the help.
    pub fn describe(self) -> &'static str {
        BINDABLE.iter().find(|(a, _, _)| *a == self).map_or("", |(_, _, d)| d.text())
    }

    /// What the action does in `mode`, for the help and the README: where a screen gives an
    /// action its own meaning (in a session, → moves to the next session, not the next day).
    pub fn describe_in(self, mode: crate::tui::mode::Mode) -> &'static str {
        use crate::tui::mode::Mode;
        match (mode, self) {
            (Mode::Detail, Action::NextDay) => wording::HELP_DETAIL_NEXT_DAY.text(),
            (Mode::Detail, Action::PrevDay) => wording::HELP_DETAIL_PREV_DAY.text(),
            (Mode::Detail | Mode::Help, Action::Down) => wording::HELP_DETAIL_HELP_DOWN.text(),
            (Mode::Detail | Mode::Help, Action::Up) => wording::HELP_DETAIL_HELP_UP.text(),
            (Mode::Detail | Mode::Help, Action::First) => wording::HELP_DETAIL_HELP_FIRST.text(),
            (Mode::Detail | Mode::Help, Action::Last) => wording::HELP_DETAIL_HELP_LAST.text(),
            (Mode::Detail, Action::Back) => wording::HELP_DETAIL_BACK.text(),
            (Mode::Help, Action::Back) => wording::HELP_HELP_BACK.text(),
            (Mode::Browse | Mode::Search, Action::Down) => wording::HELP_BROWSE_SEARCH_DOWN.text(),
            (Mode::Browse | Mode::Search, Action::Up) => wording::HELP_BROWSE_SEARCH_UP.text(),
            (Mode::Search, Action::Back) => wording::HELP_SEARCH_BACK.text(),
            (Mode::Filters, Action::Down) => wording::HELP_FILTERS_DOWN.text(),
            (Mode::Filters, Action::Up) => wording::HELP_FILTERS_UP.text(),
            (Mode::Filters, Action::Back) => wording::HELP_FILTERS_BACK.text(),
            (Mode::Agenda, Action::Down) => wording::HELP_AGENDA_DOWN.text(),
            (Mode::Agenda, Action::Up) => wording::HELP_AGENDA_UP.text(),
            (Mode::Agenda, Action::ToggleMark) => wording::HELP_AGENDA_TOGGLE_MARK.text(),
            (Mode::Agenda, Action::Open) => wording::HELP_AGENDA_OPEN.text(),
            (Mode::Note, Action::Back) => wording::HELP_NOTE_BACK.text(),
            (Mode::Grid, Action::Down) => wording::HELP_GRID_DOWN.text(),
            (Mode::Grid, Action::Up) => wording::HELP_GRID_UP.text(),
            (Mode::Grid, Action::Open) => wording::HELP_GRID_OPEN.text(),
            (Mode::Grid, Action::Undo) => wording::HELP_GRID_UNDO.text(),
            (Mode::Clashes, Action::Down) => wording::HELP_CLASHES_DOWN.text(),
            (Mode::Clashes, Action::Up) => wording::HELP_CLASHES_UP.text(),
            (Mode::Clashes, Action::First) => wording::HELP_CLASHES_FIRST.text(),
            (Mode::Clashes, Action::Last) => wording::HELP_CLASHES_LAST.text(),
            (Mode::Clashes, Action::Open) => wording::HELP_CLASHES_OPEN.text(),
            (Mode::People, Action::Down) => wording::HELP_PEOPLE_DOWN.text(),
            (Mode::People, Action::Up) => wording::HELP_PEOPLE_UP.text(),
            (Mode::People, Action::Open) => wording::HELP_PEOPLE_OPEN.text(),
            (Mode::People, Action::Back) => wording::HELP_PEOPLE_BACK.text(),
            (Mode::Notices, Action::Down) => wording::HELP_NOTICES_DOWN.text(),
            (Mode::Notices, Action::Up) => wording::HELP_NOTICES_UP.text(),
            (Mode::Notices, Action::First) => wording::HELP_NOTICES_FIRST.text(),
            (Mode::Notices, Action::Last) => wording::HELP_NOTICES_LAST.text(),
            (Mode::Notices, Action::Back) => wording::HELP_NOTICES_BACK.text(),
            (Mode::Changes, Action::Down) => wording::HELP_CHANGES_DOWN.text(),
            (Mode::Changes, Action::Up) => wording::HELP_CHANGES_UP.text(),
            (Mode::Changes, Action::First) => wording::HELP_CHANGES_FIRST.text(),
            (Mode::Changes, Action::Last) => wording::HELP_CHANGES_LAST.text(),
            (Mode::Changes, Action::Open) => wording::HELP_CHANGES_OPEN.text(),
            (Mode::Changes, Action::Back) => wording::HELP_NOTICES_BACK.text(),
            (Mode::Switcher, Action::Down) => wording::HELP_SWITCHER_DOWN.text(),
            (Mode::Switcher, Action::Up) => wording::HELP_SWITCHER_UP.text(),
            (Mode::Switcher, Action::Open) => wording::HELP_SWITCHER_OPEN.text(),
            (Mode::Switcher, Action::Back) => wording::HELP_SWITCHER_BACK.text(),
            (Mode::Agenda | Mode::Grid | Mode::Clashes, Action::Back) => wording::HELP_AGENDA_GRID_CLASHES_BACK.text(),
            _ => self.describe(),
        }
    }
}

/// Work for the event loop: what `update` cannot do without touching the outside world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    Suspend,
    /// Write `state.agenda` to disk (merging with what another instance wrote).
    SaveAgenda,
    /// Write `state.hidden` to disk.
    SaveHidden,
    /// Record the programme shown as the version seen, and clear the marks of changes.
    MarkAllSeen,
    /// Write the what-if moves (`state.moves`) to disk.
    SaveMoves,
    /// Open this web address (checked: http or https, nothing that could end a sequence) in
    /// the browser.
    OpenLink(String),
    /// Ask the programme's server for a newer version, off the UI thread.
    Refresh,
    /// Open another programme in place of this one, off the UI thread.
    Open(crate::load::Source),
}
