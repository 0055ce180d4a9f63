//! Each session's facet values as small numbers, found once per programme, so that a filter is
//! checked and an option counted over compact arrays instead of every session's strings: what
//! keeps a filter change and a search key fast on a programme of a hundred thousand sessions.

use super::{Facet, Filter, facet_values, organizer_contains_folded};
use crate::model::Programme;
use crate::text;

const FACETS: usize = Facet::ALL.len();

/// One facet's distinct values, and each session's values as positions among them.
#[derive(Debug, Default)]
struct Column {
    /// Distinct values, sorted.
    values: Vec<String>,
    /// Session `i`'s values are `ids[starts[i]..starts[i + 1]]`.
    ids: Vec<u32>,
    starts: Vec<u32>,
}

impl Column {
    fn of(&self, session: usize) -> &[u32] {
        let (from, to) = (self.starts[session] as usize, self.starts[session + 1] as usize);
        &self.ids[from..to]
    }

    fn position(&self, value: &str) -> Option<usize> {
        self.values.binary_search_by(|v| v.as_str().cmp(value)).ok()
    }
}

/// The facet values of every session of a programme.
#[derive(Debug)]
pub struct FacetIndex {
    columns: [Column; FACETS],
    /// Each session's id and index, sorted by id: where a hidden session is found.
    ids: Vec<(Box<str>, u32)>,
}

/// A filter in the index's terms: for each facet it narrows, which values pass.
pub struct Compiled {
    allowed: [Option<Vec<bool>>; FACETS],
    /// For each facet with hidden values, which values hide a session.
    hidden: [Option<Vec<bool>>; FACETS],
    /// Sessions hidden one by one, by index (sorted).
    hidden_sessions: Vec<u32>,
    /// Organizers that contain one of the filter's organizer texts.
    organizer_text: Option<Vec<bool>>,
}

fn slot(facet: Facet) -> usize {
    Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0)
}

impl FacetIndex {
    /// Index the facet values of `programme`'s sessions.
    pub fn new(programme: &Programme) -> Self {
        let columns = Facet::ALL.map(|facet| {
            let mut values: Vec<&str> = programme.sessions.iter().flat_map(|s| facet_values(facet, s)).collect();
            values.sort_unstable();
            values.dedup();
            let mut column = Column { starts: Vec::with_capacity(programme.sessions.len() + 1), ..Column::default() };
            for s in &programme.sessions {
                column.starts.push(u32::try_from(column.ids.len()).unwrap_or(u32::MAX));
                let ids = facet_values(facet, s).filter_map(|v| values.binary_search(&v).ok());
                column.ids.extend(ids.map(|n| u32::try_from(n).unwrap_or(u32::MAX)));
            }
            column.starts.push(u32::try_from(column.ids.len()).unwrap_or(u32::MAX));
            column.values = values.into_iter().map(str::to_owned).collect();
            column
        });
        let mut ids: Vec<(Box<str>, u32)> = (programme.sessions.iter().enumerate())
            .map(|(i, s)| (Box::from(s.id.as_str()), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        ids.sort_unstable();
        FacetIndex { columns, ids }
    }

    /// `filter` in the index's terms.
    pub fn compile(&self, filter: &Filter) -> Compiled {
        let allowed = Facet::ALL.map(|facet| {
            let column = &self.columns[slot(facet)];
            (filter.selected_count(facet) > 0)
                .then(|| column.values.iter().map(|v| filter.is_selected(facet, v)).collect())
        });
        let organizer_text = (!filter.organizer_text.is_empty()).then(|| {
            let needles: Vec<String> = filter.organizer_text.iter().map(|t| text::fold(t).0).collect();
            let organizers = &self.columns[slot(Facet::Organizer)].values;
            organizers.iter().map(|o| needles.iter().any(|n| organizer_contains_folded(o, n))).collect()
        });
        let hidden = Facet::ALL.map(|facet| {
            let values = filter.hidden.values(facet);
            (!values.is_empty()).then(|| self.columns[slot(facet)].values.iter().map(|v| values.contains(v)).collect())
        });
        let mut hidden_sessions: Vec<u32> = (filter.hidden.sessions.iter())
            .flat_map(|id| {
                let from = self.ids.partition_point(|(i, _)| i.as_ref() < id.as_str());
                self.ids[from..].iter().take_while(move |(i, _)| i.as_ref() == id.as_str()).map(|(_, n)| *n)
            })
            .collect();
        hidden_sessions.sort_unstable();
        Compiled { allowed, hidden, hidden_sessions, organizer_text }
    }

    fn passes(&self, allowed: &[bool], facet: usize, session: usize) -> bool {
        self.columns[facet].of(session).iter().any(|&id| allowed[id as usize])
    }

    /// Whether session `session` passes every facet of `filter` but `skip`.
    fn matches_except(&self, filter: &Compiled, skip: Option<usize>, session: usize) -> bool {
        let organizer = slot(Facet::Organizer);
        let hidden_alone = u32::try_from(session).is_ok_and(|n| filter.hidden_sessions.binary_search(&n).is_ok());
        !hidden_alone
            && filter.allowed.iter().zip(&filter.hidden).enumerate().all(|(facet, (allowed, hidden))| {
                Some(facet) == skip
                    || (allowed.as_ref().is_none_or(|a| self.passes(a, facet, session))
                        && hidden.as_ref().is_none_or(|h| !self.passes(h, facet, session)))
            })
            && (skip == Some(organizer)
                || filter.organizer_text.as_ref().is_none_or(|a| self.passes(a, organizer, session)))
    }

    /// Whether session `session` passes `filter`.
    pub fn matches(&self, filter: &Compiled, session: usize) -> bool {
        self.matches_except(filter, None, session)
    }

    /// Each of `values` of `facet` with how many sessions it would give: the sessions that pass
    /// every other facet of `filter` and hold the value.
    pub fn counted(&self, filter: &Filter, facet: Facet, values: Vec<String>) -> Vec<(String, usize)> {
        let compiled = self.compile(filter);
        let column = &self.columns[slot(facet)];
        let mut counts = vec![0usize; column.values.len()];
        let sessions = column.starts.len().saturating_sub(1);
        for session in (0..sessions).filter(|&i| self.matches_except(&compiled, Some(slot(facet)), i)) {
            let ids = column.of(session);
            for (k, &id) in ids.iter().enumerate() {
                // A value listed twice by one session counts once.
                if !ids[..k].contains(&id) {
                    counts[id as usize] += 1;
                }
            }
        }
        values
            .into_iter()
            .map(|v| {
                let n = column.position(&v).map_or(0, |p| counts[p]);
                (v, n)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::values;

    /// What a facet's options count, straight from the sessions: the reference the index must give.
    fn counted_plainly(p: &Programme, filter: &Filter, facet: Facet) -> Vec<(String, usize)> {
        let passing: Vec<_> = p.sessions.iter().filter(|s| filter.matches_except(facet, s)).collect();
        let count = |v: &str| passing.iter().filter(|s| facet_values(facet, s).any(|x| x == v)).count();
        values(p, facet).into_iter().map(|v| (v.clone(), count(&v))).collect()
    }

    #[test]
    fn matches_and_counts_as_the_filter_says() {
        let p = crate::synthetic::programme(3000, 7);
        let index = FacetIndex::new(&p);
        let mut filters = vec![Filter::default()];
        let mut f = Filter::default();
        f.toggle(Facet::Theme, &p.themes[1].id);
        filters.push(f.clone());
        let organizer = p.sessions.iter().find_map(|s| s.organizers.first()).expect("an organizer").clone();
        f.toggle(Facet::Organizer, &organizer);
        filters.push(f.clone());
        f.organizer_text.push(organizer.chars().take(3).collect());
        filters.push(f.clone());
        let room = p.sessions.iter().find_map(|s| s.place()).expect("a room").to_owned();
        f.toggle(Facet::Room, &room);
        f.toggle(Facet::Format, "online");
        filters.push(f.clone());
        // Hidden values and sessions: a theme, a room and one session of the first room.
        let mut hiding = Filter::default();
        hiding.hidden.toggle(Facet::Theme, &p.themes[2].id);
        hiding.hidden.toggle(Facet::Room, &room);
        let elsewhere = p.sessions.iter().find(|s| s.place() != Some(room.as_str())).expect("another room");
        hiding.hidden.toggle_session(elsewhere.id.as_str());
        filters.push(hiding.clone());
        hiding.toggle(Facet::Theme, &p.themes[1].id);
        filters.push(hiding);
        f.hidden.toggle(Facet::Organizer, &organizer);
        filters.push(f);
        for filter in &filters {
            let compiled = index.compile(filter);
            for (i, s) in p.sessions.iter().enumerate() {
                assert_eq!(index.matches(&compiled, i), filter.matches(s), "session {i} under {filter:?}");
            }
            for facet in Facet::ALL {
                let counted = index.counted(filter, facet, values(&p, facet));
                assert_eq!(counted, counted_plainly(&p, filter, facet), "{facet:?} under {filter:?}");
            }
        }
        assert!(filters.iter().any(|f| p.sessions.iter().filter(|s| f.matches(s)).count() > 0));
    }
}
