//! Everything the user can ask of the app, and the work `update` hands back to the event loop.
//! Keys map to actions (`keymap`), mouse clicks are resolved to actions against the last layout
//! (`layout`); `update` carries them out. The names are the ones used in the key bindings file.

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
pub const BINDABLE: &[(Action, &str, &str)] = &[
    (Action::Down, "down", "next session / option / line"),
    (Action::Up, "up", "previous session / option / line"),
    (Action::PageDown, "page-down", "one page down"),
    (Action::PageUp, "page-up", "one page up"),
    (Action::First, "first", "first session"),
    (Action::Last, "last", "last session"),
    (Action::NextDay, "next-day", "next day"),
    (Action::PrevDay, "prev-day", "previous day"),
    (Action::GoDay(1), "day-1", "go to day N (1 = first)"),
    (Action::GoDay(2), "day-2", "go to day N (1 = first)"),
    (Action::GoDay(3), "day-3", "go to day N (1 = first)"),
    (Action::GoDay(4), "day-4", "go to day N (1 = first)"),
    (Action::GoDay(5), "day-5", "go to day N (1 = first)"),
    (Action::GoDay(6), "day-6", "go to day N (1 = first)"),
    (Action::GoDay(7), "day-7", "go to day N (1 = first)"),
    (Action::GoDay(8), "day-8", "go to day N (1 = first)"),
    (Action::GoDay(9), "day-9", "go to day N (1 = first)"),
    (Action::ToggleFocus, "toggle-focus", "move focus between list and details"),
    (Action::Open, "open", "open the session full-screen"),
    (Action::Back, "back", "go back / close / clear the search"),
    (Action::OpenFilters, "filters", "open the filter panel"),
    (Action::ClearFilters, "clear-filters", "clear every filter and the search"),
    (Action::NextFacet, "next-facet", "next filter group"),
    (Action::PrevFacet, "prev-facet", "previous filter group"),
    (Action::ToggleOption, "toggle-option", "select / unselect the option"),
    (Action::ExcludeOption, "exclude-option", "hide the option's sessions / show them again"),
    (Action::HideSession, "hide", "hide the session / show it again"),
    (Action::ShowHidden, "show-hidden", "show the hidden sessions / hide them again"),
    (Action::OpenLink, "open-link", "open the session's page in the browser"),
    (Action::Refresh, "refresh", "fetch a newer version of a programme on the web"),
    (Action::StartSearch, "search", "fuzzy search"),
    (Action::SearchScope, "search-scope", "search all days / this day only"),
    (Action::SearchAccept, "search-accept", "keep the query as a filter"),
    (Action::DeleteChar, "delete-char", "delete a character"),
    (Action::ToggleMark, "toggle-mark", "add to / remove from my agenda"),
    (Action::OpenAgenda, "agenda", "my agenda: all marked sessions, clashes, free time"),
    (Action::CycleStatus, "cycle-status", "status: planned / attended / skipped"),
    (Action::EditNote, "edit-note", "write a note on the session"),
    (Action::NoteAccept, "note-accept", "keep the note"),
    (Action::Undo, "undo", "bring back the session last removed from my agenda"),
    (Action::OpenGrid, "grid", "timeline grid: rooms side by side"),
    (Action::OpenClashes, "clashes", "clash panel: rooms and people booked twice"),
    (Action::OpenPeople, "people", "people and organizers index"),
    (Action::PeopleScope, "people-scope", "people index: this edition / every edition"),
    (Action::OpenNotices, "notices", "notices: problems in the file, agenda and settings"),
    (Action::Left, "left", "grid: previous room column"),
    (Action::Right, "right", "grid: next room column"),
    (Action::MoveEarlier, "move-earlier", "grid: move the session 15 min earlier"),
    (Action::MoveLater, "move-later", "grid: move the session 15 min later"),
    (Action::MovePrevRoom, "move-prev-room", "grid: move the session to the previous room"),
    (Action::MoveNextRoom, "move-next-room", "grid: move the session to the next room"),
    (Action::MovePrevDay, "move-prev-day", "grid: move the session to the previous day"),
    (Action::MoveNextDay, "move-next-day", "grid: move the session to the next day"),
    (Action::Redo, "redo", "grid: redo the move undone last"),
    (Action::CycleZone, "cycle-zone", "times in forum / local / UTC zone"),
    (Action::NowNext, "now-next", "jump to what is on now or next"),
    (Action::Help, "help", "show or hide this help"),
    (Action::Suspend, "suspend", "suspend to the shell (fg to return)"),
    (Action::Quit, "quit", "quit"),
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
        BINDABLE.iter().find(|(a, _, _)| *a == self).map_or("", |(_, _, d)| *d)
    }

    /// What the action does in `mode`, for the help and the README: where a screen gives an
    /// action its own meaning (in a session, → moves to the next session, not the next day).
    pub fn describe_in(self, mode: crate::tui::mode::Mode) -> &'static str {
        use crate::tui::mode::Mode;
        match (mode, self) {
            (Mode::Detail, Action::NextDay) => "next session of the list",
            (Mode::Detail, Action::PrevDay) => "previous session of the list",
            (Mode::Detail | Mode::Help, Action::Down) => "scroll down a line",
            (Mode::Detail | Mode::Help, Action::Up) => "scroll up a line",
            (Mode::Detail | Mode::Help, Action::First) => "scroll to the top",
            (Mode::Detail | Mode::Help, Action::Last) => "scroll to the end",
            (Mode::Detail, Action::Back) => "back to where the session was opened",
            (Mode::Help, Action::Back) => "close the help",
            (Mode::Browse | Mode::Search, Action::Down) => "next session",
            (Mode::Browse | Mode::Search, Action::Up) => "previous session",
            (Mode::Search, Action::Back) => "clear the search",
            (Mode::Filters, Action::Down) => "next option",
            (Mode::Filters, Action::Up) => "previous option",
            (Mode::Filters, Action::Back) => "close the filter panel",
            (Mode::Agenda, Action::Down) => "next session of my agenda",
            (Mode::Agenda, Action::Up) => "previous session of my agenda",
            (Mode::Agenda, Action::ToggleMark) => "remove from my agenda",
            (Mode::Agenda, Action::Open) => "show the session in the programme list",
            (Mode::Note, Action::Back) => "leave the note as it was",
            (Mode::Grid, Action::Down) => "later in the day",
            (Mode::Grid, Action::Up) => "earlier in the day",
            (Mode::Grid, Action::Open) => "open the session under the cursor",
            (Mode::Grid, Action::Undo) => "undo the last move",
            (Mode::Clashes, Action::Down) => "next clash",
            (Mode::Clashes, Action::Up) => "previous clash",
            (Mode::Clashes, Action::First) => "first clash",
            (Mode::Clashes, Action::Last) => "last clash",
            (Mode::Clashes, Action::Open) => "show the clash's first session in the list",
            (Mode::People, Action::Down) => "next person",
            (Mode::People, Action::Up) => "previous person",
            (Mode::People, Action::Open) => "show the person's session in the list (several: pick one)",
            (Mode::People, Action::Back) => "clear the query / back to the list",
            (Mode::Notices, Action::Down) => "next notice",
            (Mode::Notices, Action::Up) => "previous notice",
            (Mode::Notices, Action::First) => "first notice",
            (Mode::Notices, Action::Last) => "last notice",
            (Mode::Notices, Action::Back) => "back to the screen it was opened from",
            (Mode::Agenda | Mode::Grid | Mode::Clashes, Action::Back) => "back to the list",
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
