//! The programme the app shows and what is derived from it once: the search index, time order,
//! the key bindings, and the analyses built lazily (clashes, people, every edition) or kept from
//! the last call (a facet's counted options).

use crate::archive::{Archive, Completeness, is_bundled_edition};
use crate::filter::{self, Day, Facet, FacetIndex, Filter};
use crate::model::Programme;
use crate::search::SearchIndex;

use super::keymap::Keymap;
use super::last_made::LastMade;

/// The programme and what is derived from it once.
pub struct Data {
    pub programme: Programme,
    pub index: SearchIndex,
    /// Session indices in time order.
    pub chronological: Vec<usize>,
    /// For each session, its position in `chronological`.
    pub rank: Vec<usize>,
    /// For each session, its conference day.
    pub day_of: Vec<Day>,
    /// Each session's facet values, for filtering and counting options.
    pub facets: FacetIndex,
    /// Whether the list's kind column shows the track ([`Programme::kind_column_shows_tracks`]).
    pub kind_shows_tracks: bool,
    pub keymap: Keymap,
    /// What the what-if moves of the programme are kept under (`store::moves::key`).
    pub moves_key: String,
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
    last_options: LastMade<(Filter, Facet), Vec<(String, usize)>>,
    archive: std::sync::OnceLock<Option<(Archive, Vec<crate::people::Entry>)>>,
    /// How many sessions the hidden choices last counted hide.
    pub hidden_count: LastMade<crate::filter::Hidden, usize>,
    /// The timeline grid last made, and the what-if moves it was made with.
    pub grid: LastMade<(Option<Day>, Filter, chrono_tz::Tz, Vec<crate::moves::Placed>), super::derive::grid::Model>,
    /// Which sessions use each room and person, for recounting clashes after a move: built the
    /// first time a session is moved.
    move_resources: std::sync::OnceLock<crate::moves::Resources>,
    /// The widest value of each column of the list, found once (a pass over every session).
    list_widest: std::sync::OnceLock<super::screen::browse::columns::Widest>,
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
        let day_of = programme.sessions.iter().map(|s| Day::of(&programme, s)).collect();
        let facets = FacetIndex::new(&programme);
        let kind_shows_tracks = programme.kind_column_shows_tracks();
        let tracks_completeness = programme.tracks_completeness();
        let record = (programme.stated_session_total.is_some() || is_bundled_edition(&programme))
            .then(|| Completeness::of(&programme));
        let moves_key = programme.id.clone();
        Data {
            moves_key,
            programme,
            index,
            chronological,
            rank,
            day_of,
            facets,
            kind_shows_tracks,
            keymap,
            buffer: chrono::Duration::minutes(10),
            tracks_completeness,
            record,
            clashes: Default::default(),
            people: Default::default(),
            facet_values: Default::default(),
            last_options: Default::default(),
            archive: Default::default(),
            hidden_count: Default::default(),
            grid: Default::default(),
            move_resources: Default::default(),
            list_widest: Default::default(),
        }
    }
}

/// A facet's options with how many sessions each would give, shared between update and render.
pub type Options = std::sync::Arc<Vec<(String, usize)>>;

impl Data {
    /// The options of `facet` under `filter`, with their counts, those with none last: counted
    /// once per change of filter or facet, not once per call.
    pub fn options(&self, filter: &Filter, facet: Facet) -> Options {
        self.last_options.get((filter.clone(), facet), || {
            let slot = Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0);
            let values = self.facet_values[slot].get_or_init(|| filter::values(&self.programme, facet)).clone();
            let mut counted = self.facets.counted(filter, facet, values);
            // An option no session would pass goes last, where it cannot be taken for one to pick.
            counted.sort_by_key(|(_, n)| *n == 0);
            counted
        })
    }

    /// Every clash of the programme, then the warnings (a start without an end), each in time
    /// order: computed the first time it is asked for.
    pub fn clashes(&self) -> &[crate::clash::Clash] {
        self.clashes.get_or_init(|| {
            let mut found = crate::clash::find(&self.programme, &crate::clash::Checks::default());
            found.sort_by_key(crate::clash::Clash::is_warning);
            found
        })
    }

    /// Which sessions use each room and person, built the first time it is asked for.
    pub fn move_resources(&self) -> &crate::moves::Resources {
        self.move_resources.get_or_init(|| crate::moves::Resources::of(&self.programme))
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

impl Data {
    /// The widest kind (or track), format badge and room of the programme's sessions.
    pub fn list_widest(&self) -> &super::screen::browse::columns::Widest {
        self.list_widest
            .get_or_init(|| super::screen::browse::columns::Widest::of(&self.programme, self.kind_shows_tracks))
    }
}
