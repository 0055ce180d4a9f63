//! Filters: which sessions to show. Values of one facet widen (theme A or theme B); different
//! facets narrow (theme A and organizer X). Counts per option ignore the option's own facet.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::{CutOff, Format, Programme, Session};
use crate::text;

mod facet_index;
mod hidden;

pub use facet_index::{Compiled, FacetIndex};
pub use hidden::Hidden;

/// The day a view is restricted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Day {
    Date(NaiveDate),
    /// Sessions without a published date.
    Undated,
}

impl Day {
    /// The conference day of `session` in `programme` (see [`Programme::day_of`]).
    pub fn of(programme: &Programme, session: &Session) -> Day {
        programme.day_of(session).map_or(Day::Undated, Day::Date)
    }

    /// Whether `session` of `programme` falls on this conference day.
    pub fn holds(self, programme: &Programme, session: &Session) -> bool {
        Day::of(programme, session) == self
    }
}

/// One facet of the filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Theme,
    Organizer,
    Kind,
    Format,
    Room,
}

impl Facet {
    /// Every facet, in panel order.
    pub const ALL: [Facet; 5] = [Facet::Theme, Facet::Organizer, Facet::Kind, Facet::Format, Facet::Room];

    /// Display name, in the language spoken.
    pub fn label(self) -> &'static str {
        use crate::wording;
        match self {
            Facet::Theme => wording::FACET_THEMES,
            Facet::Organizer => wording::FACET_ORGANIZERS,
            Facet::Kind => wording::FACET_KINDS,
            Facet::Format => wording::FACET_FORMATS,
            Facet::Room => wording::FACET_ROOMS,
        }
        .text()
    }
}

/// Active filters. Empty sets mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub themes: BTreeSet<String>,
    /// Exact organizer names.
    pub organizers: BTreeSet<String>,
    /// Organizer name parts (case- and accent-insensitive), from the command line.
    pub organizer_text: Vec<String>,
    pub kinds: BTreeSet<String>,
    pub formats: BTreeSet<Format>,
    pub rooms: BTreeSet<String>,
    /// What is hidden now: sessions holding these values, and these sessions, are left out.
    pub hidden: Hidden,
}

impl Filter {
    /// Whether no filter is set and nothing is hidden.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// This filter with every facet cleared, keeping what is hidden (hiding is not a filter the
    /// user means to clear in passing: it is kept between runs).
    pub fn cleared(&self) -> Filter {
        Filter { hidden: self.hidden.clone(), ..Filter::default() }
    }

    /// Whether `s` passes every facet and is not hidden.
    pub fn matches(&self, s: &Session) -> bool {
        !self.hidden.sessions.contains(s.id.as_str()) && Facet::ALL.iter().all(|f| self.facet_matches(*f, s))
    }

    /// Whether `s` passes every facet but `skip` (whose hidden values are passed over too) and
    /// is not hidden by id.
    pub fn matches_except(&self, skip: Facet, s: &Session) -> bool {
        !self.hidden.sessions.contains(s.id.as_str())
            && Facet::ALL.iter().filter(|f| **f != skip).all(|f| self.facet_matches(*f, s))
    }

    fn facet_matches(&self, facet: Facet, s: &Session) -> bool {
        !self.hidden.hides_by(facet, s) && self.facet_selects(facet, s)
    }

    fn facet_selects(&self, facet: Facet, s: &Session) -> bool {
        match facet {
            Facet::Theme => self.themes.is_empty() || s.themes.iter().any(|t| self.themes.contains(t)),
            Facet::Organizer => {
                let exact = self.organizers.is_empty() || s.organizers.iter().any(|o| self.organizers.contains(o));
                exact
                    && (self.organizer_text.is_empty() || self.organizer_text.iter().any(|t| organizer_contains(s, t)))
            }
            Facet::Kind => self.kinds.is_empty() || s.kind.as_ref().is_some_and(|k| self.kinds.contains(k)),
            Facet::Format => self.formats.is_empty() || s.format.is_some_and(|f| self.formats.contains(&f)),
            Facet::Room => self.rooms.is_empty() || s.place().is_some_and(|r| self.rooms.contains(r)),
        }
    }

    /// Whether `value` of `facet` is selected.
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Theme => self.themes.contains(value),
            Facet::Organizer => self.organizers.contains(value),
            Facet::Kind => self.kinds.contains(value),
            Facet::Format => self.formats.iter().any(|f| f.as_str() == value),
            Facet::Room => self.rooms.contains(value),
        }
    }

    /// How many values of `facet` are selected.
    pub fn selected_count(&self, facet: Facet) -> usize {
        match facet {
            Facet::Theme => self.themes.len(),
            Facet::Organizer => self.organizers.len(),
            Facet::Kind => self.kinds.len(),
            Facet::Format => self.formats.len(),
            Facet::Room => self.rooms.len(),
        }
    }

    /// Select or unselect `value` of `facet`.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        fn flip(set: &mut BTreeSet<String>, v: &str) {
            if !set.remove(v) {
                set.insert(v.to_owned());
            }
        }
        match facet {
            Facet::Theme => flip(&mut self.themes, value),
            Facet::Organizer => flip(&mut self.organizers, value),
            Facet::Kind => flip(&mut self.kinds, value),
            Facet::Room => flip(&mut self.rooms, value),
            Facet::Format => {
                if let Some(f) = Format::ALL.into_iter().find(|f| f.as_str() == value)
                    && !self.formats.remove(&f)
                {
                    self.formats.insert(f);
                }
            }
        }
    }
}

fn organizer_contains(s: &Session, needle: &str) -> bool {
    let needle = text::fold(needle).0;
    s.organizers.iter().any(|o| organizer_contains_folded(o, &needle))
}

/// Whether `organizer`, folded, contains `needle` (already folded).
fn organizer_contains_folded(organizer: &str, needle: &str) -> bool {
    text::fold(organizer).0.contains(needle)
}

/// Every value `facet` takes in the programme, in the order options are shown (a programme's
/// values do not change: a caller showing options again and again computes them once).
pub fn values(programme: &Programme, facet: Facet) -> Vec<String> {
    let mut values: Vec<String> = match facet {
        Facet::Theme => programme.themes.iter().map(|t| t.id.clone()).collect(),
        Facet::Format => Format::ALL.iter().map(|f| f.as_str().to_owned()).collect(),
        _ => {
            let set: BTreeSet<&str> = programme.sessions.iter().flat_map(|s| facet_values(facet, s)).collect();
            set.into_iter().map(str::to_owned).collect()
        }
    };
    values.retain(|v| !v.is_empty());
    values
}

/// The values of `facet` that the stored copy cut off in some session ("Gwangju International
/// Cen"): an option the views show with the gap beside it, not as a name of its own.
pub fn cut_off_values(programme: &Programme, facet: Facet) -> BTreeSet<&str> {
    let mut cut = BTreeSet::new();
    for s in programme.sessions.iter().filter(|s| !s.extras.cut_off.is_empty()) {
        match facet {
            Facet::Organizer => cut.extend(s.extras.cut_off.iter().filter_map(|c| match c {
                CutOff::Organizer(i) => s.organizers.get(*i).map(String::as_str),
                _ => None,
            })),
            Facet::Room => cut.extend(s.place().filter(|_| s.place_cut_off())),
            Facet::Theme | Facet::Kind | Facet::Format => {}
        }
    }
    cut
}

fn facet_values<'a>(facet: Facet, s: &'a Session) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match facet {
        Facet::Theme => Box::new(s.themes.iter().map(String::as_str)),
        Facet::Organizer => Box::new(s.organizers.iter().map(String::as_str)),
        Facet::Kind => Box::new(s.kind.as_deref().into_iter()),
        Facet::Format => Box::new(s.format.map(Format::as_str).into_iter()),
        Facet::Room => Box::new(s.place().into_iter()),
    }
}

/// Indices of the sessions in time order: dated sessions by day and start (untimed ones last in
/// their day), undated sessions at the end; ties keep file order.
pub fn chronological(programme: &Programme) -> Vec<usize> {
    let mut order: Vec<usize> = (0..programme.sessions.len()).collect();
    order.sort_by_key(|&i| {
        let s = &programme.sessions[i];
        (s.date.is_none(), s.date, s.start.is_none(), s.start, s.end)
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn same_facet_widens_and_facets_narrow() {
        let p = load::bundled(2021).unwrap().programme;
        let count = |f: &Filter| p.sessions.iter().filter(|s| f.matches(s)).count();
        let mut f = Filter::default();
        f.toggle(Facet::Theme, "climate");
        let climate = count(&f);
        f.toggle(Facet::Theme, "food");
        assert!(count(&f) >= climate);
        f.toggle(Facet::Kind, "thematic");
        assert!(count(&f) < climate);
        f.toggle(Facet::Kind, "thematic");
        f.organizer_text.push("rwi".into());
        assert!(p.sessions.iter().filter(|s| f.matches(s)).all(|s| s.organizers.iter().any(|o| o.contains("RWI"))));
    }

    #[test]
    fn a_cut_off_organizer_is_known_as_such() {
        let p = load::bundled(2021).unwrap().programme;
        let cut = cut_off_values(&p, Facet::Organizer);
        assert_eq!(cut.into_iter().collect::<Vec<_>>(), ["Gwangju International Cen"]);
        assert!(values(&p, Facet::Organizer).iter().any(|o| o == "Gwangju International Center"));
        assert!(cut_off_values(&p, Facet::Kind).is_empty());
    }

    #[test]
    fn spellings_of_one_room_are_one_option() {
        let p = load::bundled(2019).unwrap().programme;
        let rooms = values(&p, Facet::Room);
        assert!(rooms.iter().any(|r| r == "Kimdaejung Convention Center Rooms 209~210"), "{rooms:?}");
        assert!(!rooms.iter().any(|r| r.contains("209+210") || r.contains("212+213호")), "{rooms:?}");
        let grouped: Vec<&Session> =
            p.sessions.iter().filter(|s| s.place() == Some("Kimdaejung Convention Center Rooms 209~210")).collect();
        assert_eq!(grouped.len(), 2);
        assert!(grouped.iter().any(|s| s.extras.place_as_stated.as_deref() == Some("김대중컨벤션센터 209+210 회의실")));
    }

    #[test]
    fn option_counts_ignore_own_facet() {
        let p = load::bundled(2021).unwrap().programme;
        let mut f = Filter::default();
        f.toggle(Facet::Theme, "climate");
        let opts = FacetIndex::new(&p).counted(&f, Facet::Theme, values(&p, Facet::Theme));
        let food = opts.iter().find(|(v, _)| v == "food").unwrap().1;
        assert_eq!(food, p.sessions.iter().filter(|s| s.themes.iter().any(|t| t == "food")).count());
    }
}
