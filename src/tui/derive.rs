//! What each screen shows, derived from the state and the programme in one place: the list's
//! rows and the day counts (kept in the state by `refresh`, searching within the last matches
//! while a query grows), the agenda's entries in order, the people the query selects, the
//! programmes the switcher's filter selects, and the
//! grid of a day (`derive/grid.rs`). Update and render both read these; neither computes its own.

pub mod grid;

use crate::archive::Archive;
use crate::people::Entry;
use crate::plan::{self, Plan};

use super::data::Data;
use super::mode::Mode;
use super::state::State;

impl State {
    /// The sessions that pass the filters and the query: in time order without a query, best
    /// first with one. While typing, a query that extends the last one searches only its matches
    /// and the sessions a typo may add ([`crate::search::SearchIndex::widening`]).
    fn matching(&mut self, data: &Data) -> Vec<usize> {
        let query = self.query.trim().to_owned();
        let filtered = || -> Vec<usize> {
            if self.filter.is_empty() {
                return data.chronological.clone();
            }
            let filter = data.facets.compile(&self.filter);
            data.chronological.iter().copied().filter(|&i| data.facets.matches(&filter, i)).collect()
        };
        if query.is_empty() {
            self.browse.search_cache = None;
            return filtered();
        }
        let cached = self.browse.search_cache.take().filter(|(_, filter, _)| *filter == self.filter);
        let candidates: Vec<usize> =
            match cached.and_then(|(last, _, m)| Some((m, data.index.widening(&last, &query)?))) {
                // Within the last matches, and the sessions a typo in the growing word may add.
                Some((matches, widening)) if widening.is_empty() => matches,
                Some((mut matches, widening)) => {
                    let filter = data.facets.compile(&self.filter);
                    matches.extend(widening.into_iter().filter(|&i| data.facets.matches(&filter, i)));
                    matches
                }
                None => filtered(),
            };
        let mut hits = data.index.search(&query, candidates.into_iter());
        hits.sort_by_key(|h| (std::cmp::Reverse(h.score), data.rank[h.session]));
        let matches: Vec<usize> = hits.into_iter().map(|h| h.session).collect();
        self.browse.search_cache = Some((query, self.filter.clone(), matches.clone()));
        matches
    }

    /// Recompute the rows and day counts after a change of day, filter or query, keeping the
    /// selected session selected when it is still shown.
    pub fn refresh(&mut self, data: &Data) {
        let keep = self.current();
        let matching = self.matching(data);
        let query = self.query.trim();
        // One pass: each match counted on its day's tab (days are few, sessions many).
        let mut counts = vec![0; self.tabs.len()];
        let mut last: Option<(crate::filter::Day, Option<usize>)> = None;
        for &i in &matching {
            let day = data.day_of[i];
            let tab = match last {
                Some((d, tab)) if d == day => tab,
                _ => self.tabs.iter().position(|t| *t == day),
            };
            last = Some((day, tab));
            if let Some(tab) = tab {
                counts[tab] += 1;
            }
        }
        self.tab_counts = counts;
        let ranked = self.mode == Mode::Search && !query.is_empty();
        let day = self.day();
        self.browse.rows = if self.searching_all_days() {
            matching
        } else {
            let mut rows: Vec<usize> = matching.into_iter().filter(|&i| Some(data.day_of[i]) == day).collect();
            if !ranked {
                rows.sort_by_key(|&i| data.rank[i]);
            }
            rows
        };
        let height = usize::from(super::layout::list_height(self)).max(1);
        let b = &mut self.browse;
        b.selected = if ranked { 0 } else { keep.and_then(|k| b.rows.iter().position(|&r| r == k)).unwrap_or(0) };
        // In sight, whether rows came or went above it (hidden sessions shown again).
        b.offset = b.offset.min(b.selected).max((b.selected + 1).saturating_sub(height));
        if self.current() != keep {
            self.detail.scroll = 0;
        }
    }
}

/// The agenda against the programme, in the display zone.
pub fn plan_of<'a>(state: &'a State, data: &'a Data) -> Plan<'a> {
    plan::plan(&data.programme, &state.agenda, data.buffer, state.zone.resolve(data.programme.timezone))
}

/// The session ids of the agenda screen's rows, in display order.
pub fn agenda_order(state: &State, data: &Data) -> Vec<String> {
    let plan = plan_of(state, data);
    plan.ids().map(str::to_owned).collect()
}

/// The people index the people screen shows: this edition's, or (widened) every edition's with
/// the archive its session indices refer to.
pub fn people_index<'d>(state: &State, data: &'d Data) -> (&'d [Entry], Option<&'d Archive>) {
    match data.archive().filter(|_| state.people.all_editions) {
        Some((archive, people)) => (people, Some(archive)),
        None => (data.people(), None),
    }
}

/// The switcher's entries its filter selects (positions in `state.switcher.entries`), best first.
pub fn switcher_shown(state: &State) -> Vec<usize> {
    crate::library::matching(&state.switcher.entries, &state.switcher.query)
}

/// The people index entries the query selects.
pub fn people_shown<'d>(state: &State, data: &'d Data) -> Vec<&'d Entry> {
    let (index, _) = people_index(state, data);
    let query = crate::people::NameQuery::new(&state.people.query);
    index.iter().filter(|e| query.finds(e)).collect()
}
