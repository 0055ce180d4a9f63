//! What the keys currently drive: the app's modes, their names in the key bindings file, and
//! which of them take typed text.

/// What the keys currently drive.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Browse,
    /// One session full-screen.
    Detail,
    /// Typing a search query.
    Search,
    Filters,
    /// The personal agenda.
    Agenda,
    /// Typing a note for an agenda entry.
    Note,
    /// The timeline grid of one day.
    Grid,
    /// Every clash of the programme.
    Clashes,
    /// People and organizers.
    People,
    /// The problems of the programme file and the app's own notices.
    Notices,
    /// What changed since the user last looked.
    Changes,
    /// The programme library: choose another programme to open.
    Switcher,
    Help,
}

impl Mode {
    /// Every mode with its name in the bindings file, in the order of the help.
    pub const ALL: [(Mode, &'static str); 13] = [
        (Mode::Browse, "browse"),
        (Mode::Detail, "detail"),
        (Mode::Search, "search"),
        (Mode::Filters, "filters"),
        (Mode::Agenda, "agenda"),
        (Mode::Note, "note"),
        (Mode::Grid, "grid"),
        (Mode::Clashes, "clashes"),
        (Mode::People, "people"),
        (Mode::Notices, "notices"),
        (Mode::Changes, "changes"),
        (Mode::Switcher, "switcher"),
        (Mode::Help, "help"),
    ];

    /// Whether an unbound printable key types into the mode's text field (the search query, the
    /// note, the people query, the switcher's filter) rather than doing nothing.
    pub fn takes_text(self) -> bool {
        match self {
            Mode::Search | Mode::Note | Mode::People | Mode::Switcher => true,
            Mode::Browse
            | Mode::Detail
            | Mode::Filters
            | Mode::Agenda
            | Mode::Grid
            | Mode::Clashes
            | Mode::Notices
            | Mode::Changes
            | Mode::Help => false,
        }
    }
}
