//! UI state only: the mode, the state every screen shares (day, filter, query, zone, notices,
//! agenda), and one sub-state per screen (`screen/`). The rows shown and the day counts are
//! derived in `derive` (`State::refresh`) so that rendering stays cheap.

use crate::agenda::Agenda;
use crate::filter::{Day, Facet, Filter, Hidden};
use crate::time::{Clock, ZoneChoice};
use chrono::{DateTime, Utc};

use super::data::Data;
use super::mode::Mode;
use super::notice_log::{Level, NoticeLog, Topic};
use super::theme::Theme;

/// Which pane of the browse screen has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// Where a search looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    AllDays,
    ThisDay,
}

/// The browse screen (and search, which types over it): the list and the selection in it.
#[derive(Debug, Clone)]
pub struct BrowseState {
    pub focus: Focus,
    pub scope: Scope,
    /// Session indices shown in the list, in display order.
    pub rows: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
    /// The last query, filter and matches: a longer query searches only those matches.
    pub(in crate::tui) search_cache: Option<(String, Filter, Vec<usize>)>,
}

/// The session detail, in the browse screen's pane or full-screen.
#[derive(Debug, Clone, Default)]
pub struct DetailState {
    pub scroll: u16,
    /// The screen the detail was opened from, where Esc goes back to (the browse list or the grid).
    pub opened_from: Mode,
}

/// The filter panel: the facet under the cursor and each facet's option cursor.
#[derive(Debug, Clone, Default)]
pub struct FiltersState {
    pub facet: usize,
    pub option_cursor: [usize; Facet::ALL.len()],
}

impl FiltersState {
    /// The facet the cursor is on.
    pub fn facet(&self) -> Facet {
        Facet::ALL[self.facet.min(Facet::ALL.len() - 1)]
    }
}

/// The help overlay.
#[derive(Debug, Clone, Default)]
pub struct HelpState {
    pub scroll: u16,
}

/// The agenda screen.
#[derive(Debug, Clone, Default)]
pub struct AgendaState {
    pub cursor: usize,
    /// The sessions removed from the agenda here, the last one last: what undo brings back.
    pub removed: Vec<String>,
}

/// The note being typed, and the session it is for.
#[derive(Debug, Clone, Default)]
pub struct NoteState {
    pub input: String,
    pub session: Option<String>,
}

/// Where the grid's cursor and view are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GridPos {
    /// Column (room) and 15-minute row of the cursor.
    pub col: usize,
    pub row: usize,
    /// First column and row shown.
    pub col_offset: usize,
    pub row_offset: usize,
}

/// The clash panel.
#[derive(Debug, Clone, Default)]
pub struct ClashesState {
    pub cursor: usize,
}

/// The people index.
#[derive(Debug, Clone, Default)]
pub struct PeopleState {
    pub query: String,
    pub cursor: usize,
    /// Whether the index spans every bundled edition.
    pub all_editions: bool,
    /// Picking one of the selected entry's sessions (Enter on someone with several): the
    /// session under the cursor, by its position in the entry's sessions.
    pub pick: Option<usize>,
}

/// The notices screen: the entry under the cursor and the screen to go back to.
#[derive(Debug, Clone)]
pub struct NoticesState {
    pub cursor: usize,
    pub behind: Mode,
}

/// The programme switcher: the library it offers, the filter typed and the entry under the cursor.
#[derive(Debug, Clone, Default)]
pub struct SwitcherState {
    /// The programmes offered, as the library has them (`wording::library` neutralises what is drawn).
    pub entries: Vec<crate::library::Entry>,
    pub query: String,
    pub cursor: usize,
}

/// Everything the screen shows that is not the programme itself.
#[derive(Debug, Clone)]
pub struct State {
    pub mode: Mode,
    /// The mode to return to when help closes.
    pub behind_help: Mode,
    pub tabs: Vec<Day>,
    pub tab: usize,
    pub tab_counts: Vec<usize>,
    pub filter: Filter,
    /// What the user chose not to see (kept between runs); `filter.hidden` is what is hidden
    /// now: these, or nothing while they are shown for a while (`show_hidden`).
    pub hidden: Hidden,
    pub show_hidden: bool,
    pub query: String,
    pub zone: ZoneChoice,
    pub clock: Clock,
    pub now: DateTime<Utc>,
    /// The footer's notice of the last action, until the next key.
    pub notice: Option<String>,
    /// Every problem of the programme file and the app's notices about the world around it.
    pub notices: NoticeLog,
    /// The agenda of this programme, as last saved or loaded.
    pub agenda: Agenda,
    /// Why the last save of the agenda failed, while its changes are only in memory.
    pub agenda_unsaved: Option<String>,
    /// Quit was asked for with the agenda unsaved: the next quit quits anyway.
    pub quit_asked: bool,
    /// The size the terminal last reported (a Resize event): what paging uses between frames.
    pub size: (u16, u16),
    pub theme: Theme,
    /// Whether web sources are drawn as terminal hyperlinks (OSC 8); config `[display] hyperlinks`.
    pub hyperlinks: bool,
    /// Agenda sessions due soon: config `[reminders]`, and those announced in this run.
    pub reminders: super::reminders::Reminders,
    /// The app for screen readers (`--accessible`): words for symbols, the cursor on the
    /// selected line, no lines or boxes (the backend draws them blank).
    pub accessible: bool,
    /// How fresh the programme is, when it is one on the web (the header says it).
    pub live: super::live::Freshness,
    pub browse: BrowseState,
    pub detail: DetailState,
    pub filters: FiltersState,
    pub help: HelpState,
    pub agenda_view: AgendaState,
    pub note: NoteState,
    pub grid: GridPos,
    /// The what-if moves made in the grid (never written to the programme file), with undo.
    pub moves: crate::moves::Edits,
    pub clashes: ClashesState,
    pub people: PeopleState,
    pub notices_view: NoticesState,
    /// What changed since the user last looked (`changes::look`), and the Changes screen's cursor.
    pub changes: super::changes::Changes,
    pub switcher: SwitcherState,
}

impl State {
    /// The opening state: the first day (or today, during the forum), no filters.
    pub fn new(data: &Data, zone: ZoneChoice, clock: Clock, size: (u16, u16)) -> Self {
        let p = &data.programme;
        let mut tabs: Vec<Day> = p.days().into_iter().map(Day::Date).collect();
        if p.has_undated() {
            tabs.push(Day::Undated);
        }
        let now = clock.now();
        let today = now.with_timezone(&p.timezone).date_naive();
        let tab = tabs.iter().position(|d| *d == Day::Date(today)).unwrap_or(0);
        let mut state = State {
            mode: Mode::Browse,
            behind_help: Mode::Browse,
            tab_counts: vec![0; tabs.len()],
            tabs,
            tab,
            filter: Filter::default(),
            hidden: Hidden::default(),
            show_hidden: false,
            query: String::new(),
            zone,
            clock,
            now,
            notice: None,
            notices: NoticeLog::default(),
            agenda: Agenda::default(),
            agenda_unsaved: None,
            quit_asked: false,
            size,
            theme: Theme::from_env(),
            hyperlinks: true,
            reminders: super::reminders::Reminders::default(),
            accessible: false,
            live: super::live::Freshness::default(),
            browse: BrowseState {
                focus: Focus::List,
                scope: Scope::AllDays,
                rows: Vec::new(),
                selected: 0,
                offset: 0,
                search_cache: None,
            },
            detail: DetailState::default(),
            filters: FiltersState::default(),
            help: HelpState::default(),
            agenda_view: AgendaState::default(),
            note: NoteState::default(),
            grid: GridPos::default(),
            moves: crate::moves::Edits::default(),
            clashes: ClashesState::default(),
            people: PeopleState::default(),
            notices_view: NoticesState { cursor: 0, behind: Mode::Browse },
            changes: Default::default(),
            switcher: SwitcherState::default(),
        };
        state.refresh(data);
        state
    }

    /// A notice about the programme shown or what was done with it (its agenda file, a refresh):
    /// shown in the footer now and kept in the notice log until another programme is opened.
    pub fn report(&mut self, level: Level, text: String) {
        self.report_on(level, text, Topic::Programme);
    }

    /// [`State::report`] a notice about `topic` (see [`Topic`]: how long it holds).
    pub fn report_on(&mut self, level: Level, text: String, topic: Topic) {
        self.notice = Some(text.clone());
        self.notices.push(level, text, topic);
    }

    /// The current day.
    pub fn day(&self) -> Option<Day> {
        self.tabs.get(self.tab).copied()
    }

    /// The selected session's index in the programme.
    pub fn current(&self) -> Option<usize> {
        self.browse.rows.get(self.browse.selected).copied()
    }

    /// Whether search results across all days are being shown (typing, all-days scope).
    pub fn searching_all_days(&self) -> bool {
        self.mode == Mode::Search && self.browse.scope == Scope::AllDays && !self.query.trim().is_empty()
    }
}
