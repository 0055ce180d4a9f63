//! UI state only: mode, focus, current day, filters, query, cursor, zone, notices. The rows
//! shown and the day counts are derived here (in `refresh`) so that rendering stays cheap.

use crate::agenda::Agenda;
use crate::archive::{Archive, Completeness, is_bundled_edition};
use crate::filter::{self, Day, Facet, Filter};
use crate::model::Programme;
use crate::search::SearchIndex;
use crate::time::{Clock, ZoneChoice};
use chrono::{DateTime, Utc};

use super::keymap::Keymap;
use super::theme::Theme;

/// What the keys currently drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
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
    Help,
}

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

/// The programme and what is derived from it once.
pub struct Data {
    pub programme: Programme,
    pub index: SearchIndex,
    /// Session indices in time order.
    pub chronological: Vec<usize>,
    /// For each session, its position in `chronological`.
    pub rank: Vec<usize>,
    pub keymap: Keymap,
    /// Minimum time to change rooms between agenda sessions.
    pub buffer: chrono::Duration,
    /// Whether the programme says which records are complete (our TOML does; imports do not).
    pub tracks_completeness: bool,
    /// How complete the record is, for a bundled edition or a programme that states its total.
    pub record: Option<Completeness>,
    clashes: std::sync::OnceLock<Vec<crate::clash::Clash>>,
    people: std::sync::OnceLock<Vec<crate::people::Entry>>,
    /// Each facet's values, found once; the options last counted (the filter panel asks for the
    /// same ones in update and in render, key after key).
    facet_values: [std::sync::OnceLock<Vec<String>>; Facet::ALL.len()],
    last_options: std::sync::Mutex<Option<(Filter, Facet, Options)>>,
    archive: std::sync::OnceLock<Option<(Archive, Vec<crate::people::Entry>)>>,
    /// The timeline grid last made.
    pub grid: super::grid::ModelMemo,
}

impl Data {
    /// Prepare a programme for the app.
    pub fn new(programme: Programme, keymap: Keymap) -> Self {
        let index = SearchIndex::new(&programme);
        let chronological = filter::chronological(&programme);
        let mut rank = vec![0; chronological.len()];
        for (pos, &i) in chronological.iter().enumerate() {
            rank[i] = pos;
        }
        let tracks_completeness = programme.tracks_completeness();
        let record = (programme.stated_session_total.is_some() || is_bundled_edition(&programme))
            .then(|| Completeness::of(&programme));
        Data {
            programme,
            index,
            chronological,
            rank,
            keymap,
            buffer: chrono::Duration::minutes(10),
            tracks_completeness,
            record,
            clashes: Default::default(),
            people: Default::default(),
            facet_values: Default::default(),
            last_options: Default::default(),
            archive: Default::default(),
            grid: Default::default(),
        }
    }
}

/// A facet's options with how many sessions each would give, shared between update and render.
pub type Options = std::sync::Arc<Vec<(String, usize)>>;

impl Data {
    /// The options of `facet` under `filter`, with their counts: counted once per change of
    /// filter or facet, not once per call.
    pub fn options(&self, filter: &Filter, facet: Facet) -> Options {
        let mut last = self.last_options.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((f, x, options)) = last.as_ref()
            && f == filter
            && *x == facet
        {
            return std::sync::Arc::clone(options);
        }
        let slot = Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0);
        let values = self.facet_values[slot].get_or_init(|| filter::values(&self.programme, facet)).clone();
        let options = std::sync::Arc::new(filter::counted(&self.programme, filter, facet, values));
        *last = Some((filter.clone(), facet, std::sync::Arc::clone(&options)));
        options
    }

    /// Every clash of the programme, computed the first time it is asked for.
    pub fn clashes(&self) -> &[crate::clash::Clash] {
        self.clashes.get_or_init(|| crate::clash::find(&self.programme, &crate::clash::Checks::default()))
    }

    /// The people and organizers index, built the first time it is asked for.
    pub fn people(&self) -> &[crate::people::Entry] {
        self.people.get_or_init(|| crate::people::index(&self.programme, &self.chronological))
    }

    /// Every bundled edition and the people index across them, built the first time it is asked
    /// for; `None` when the programme is not a bundled edition.
    pub fn archive(&self) -> Option<&(Archive, Vec<crate::people::Entry>)> {
        self.archive
            .get_or_init(|| {
                let archive = is_bundled_edition(&self.programme).then(Archive::bundled)?.ok()?;
                let people = crate::people::index(&archive.programme, &filter::chronological(&archive.programme));
                Some((archive, people))
            })
            .as_ref()
    }
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

/// Everything the screen shows that is not the programme itself.
#[derive(Debug, Clone)]
pub struct State {
    pub mode: Mode,
    /// The mode to return to when help closes.
    pub behind_help: Mode,
    pub focus: Focus,
    pub tabs: Vec<Day>,
    pub tab: usize,
    pub tab_counts: Vec<usize>,
    pub filter: Filter,
    pub query: String,
    pub scope: Scope,
    /// Session indices shown in the list, in display order.
    pub rows: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
    /// The last query, filter and matches: a longer query searches only those matches.
    search_cache: Option<(String, Filter, Vec<usize>)>,
    pub detail_scroll: u16,
    pub help_scroll: u16,
    pub zone: ZoneChoice,
    pub clock: Clock,
    pub now: DateTime<Utc>,
    pub facet: usize,
    pub option_cursor: [usize; 5],
    pub notice: Option<String>,
    /// The agenda of this programme, as last saved or loaded.
    pub agenda: Agenda,
    pub agenda_cursor: usize,
    pub agenda_scroll: usize,
    /// The note being typed, and the session it is for.
    pub note_input: String,
    pub note_for: Option<String>,
    pub grid: GridPos,
    pub clash_cursor: usize,
    pub people_query: String,
    pub people_cursor: usize,
    /// Whether the people index spans every bundled edition.
    pub people_all_editions: bool,
    pub size: (u16, u16),
    pub theme: Theme,
    pub quit: bool,
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
            focus: Focus::List,
            tab_counts: vec![0; tabs.len()],
            tabs,
            tab,
            filter: Filter::default(),
            query: String::new(),
            scope: Scope::AllDays,
            rows: Vec::new(),
            selected: 0,
            offset: 0,
            search_cache: None,
            detail_scroll: 0,
            help_scroll: 0,
            zone,
            clock,
            now,
            facet: 0,
            option_cursor: [0; 5],
            notice: None,
            agenda: Agenda::default(),
            agenda_cursor: 0,
            agenda_scroll: 0,
            note_input: String::new(),
            note_for: None,
            grid: GridPos::default(),
            clash_cursor: 0,
            people_query: String::new(),
            people_cursor: 0,
            people_all_editions: false,
            size,
            theme: Theme::from_env(),
            quit: false,
        };
        state.refresh(data);
        state
    }

    /// The current day.
    pub fn day(&self) -> Option<Day> {
        self.tabs.get(self.tab).copied()
    }

    /// The selected session's index in the programme.
    pub fn current(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// Whether search results across all days are being shown (typing, all-days scope).
    pub fn searching_all_days(&self) -> bool {
        self.mode == Mode::Search && self.scope == Scope::AllDays && !self.query.trim().is_empty()
    }

    /// The facet the filter panel's cursor is on.
    pub fn facet(&self) -> Facet {
        Facet::ALL[self.facet.min(Facet::ALL.len() - 1)]
    }

    /// The sessions that pass the filters and the query: in time order without a query, best
    /// first with one. While typing, a query that extends the last one searches only its matches.
    fn matching(&mut self, data: &Data) -> Vec<usize> {
        let p = &data.programme;
        let query = self.query.trim().to_owned();
        if query.is_empty() {
            self.search_cache = None;
            return data.chronological.iter().copied().filter(|&i| self.filter.matches(&p.sessions[i])).collect();
        }
        let candidates: Vec<usize> = match self.search_cache.take() {
            Some((last, filter, matches)) if query.starts_with(&last) && filter == self.filter => matches,
            _ => data.chronological.iter().copied().filter(|&i| self.filter.matches(&p.sessions[i])).collect(),
        };
        let mut hits = data.index.search(&query, candidates.into_iter());
        hits.sort_by_key(|h| (std::cmp::Reverse(h.score), data.rank[h.session]));
        let matches: Vec<usize> = hits.into_iter().map(|h| h.session).collect();
        self.search_cache = Some((query, self.filter.clone(), matches.clone()));
        matches
    }

    /// Recompute the rows and day counts after a change of day, filter or query, keeping the
    /// selected session selected when it is still shown.
    pub fn refresh(&mut self, data: &Data) {
        let keep = self.current();
        let p = &data.programme;
        let matching = self.matching(data);
        let query = self.query.trim();
        self.tab_counts =
            self.tabs.iter().map(|d| matching.iter().filter(|&&i| d.holds(&p.sessions[i])).count()).collect();
        let ranked = self.mode == Mode::Search && !query.is_empty();
        let day = self.day();
        self.rows = if self.searching_all_days() {
            matching
        } else {
            let mut rows: Vec<usize> =
                matching.into_iter().filter(|&i| day.is_some_and(|d| d.holds(&p.sessions[i]))).collect();
            if !ranked {
                rows.sort_by_key(|&i| data.rank[i]);
            }
            rows
        };
        self.selected = if ranked { 0 } else { keep.and_then(|k| self.rows.iter().position(|&r| r == k)).unwrap_or(0) };
        self.offset = self.offset.min(self.selected);
        if self.current() != keep {
            self.detail_scroll = 0;
        }
    }
}
