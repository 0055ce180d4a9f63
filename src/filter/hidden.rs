//! What the user chose not to see: whole rooms, themes (tracks), organizers, kinds or formats,
//! and single sessions by id. Kept with the filter (so the list, the day counts, the grid and
//! the options all leave them out) and saved between runs by `store::hidden`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Facet, facet_values};
use crate::model::Session;

/// The values and sessions hidden. A session is hidden when it holds a hidden value of any
/// facet (a theme among several is enough) or when its id is hidden.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hidden {
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub rooms: BTreeSet<String>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub themes: BTreeSet<String>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub organizers: BTreeSet<String>,
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub kinds: BTreeSet<String>,
    /// Formats by their name (`online`, `on-site`, …).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub formats: BTreeSet<String>,
    /// Single sessions, by id.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub sessions: BTreeSet<String>,
}

impl Hidden {
    /// Whether nothing is hidden.
    pub fn is_empty(&self) -> bool {
        *self == Hidden::default()
    }

    /// How many choices: each hidden value and each hidden session.
    pub fn choices(&self) -> usize {
        Facet::ALL.iter().map(|f| self.values(*f).len()).sum::<usize>() + self.sessions.len()
    }

    /// The hidden values of `facet`.
    pub fn values(&self, facet: Facet) -> &BTreeSet<String> {
        match facet {
            Facet::Theme => &self.themes,
            Facet::Organizer => &self.organizers,
            Facet::Kind => &self.kinds,
            Facet::Format => &self.formats,
            Facet::Room => &self.rooms,
        }
    }

    fn values_mut(&mut self, facet: Facet) -> &mut BTreeSet<String> {
        match facet {
            Facet::Theme => &mut self.themes,
            Facet::Organizer => &mut self.organizers,
            Facet::Kind => &mut self.kinds,
            Facet::Format => &mut self.formats,
            Facet::Room => &mut self.rooms,
        }
    }

    /// Whether `value` of `facet` is hidden.
    pub fn is_hidden(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).contains(value)
    }

    /// Hide `value` of `facet`, or show it again; returns whether it is now hidden.
    pub fn toggle(&mut self, facet: Facet, value: &str) -> bool {
        flip(self.values_mut(facet), value)
    }

    /// Hide the session `id`, or show it again; returns whether it is now hidden.
    pub fn toggle_session(&mut self, id: &str) -> bool {
        flip(&mut self.sessions, id)
    }

    /// Whether `s` holds a hidden value of `facet`.
    pub fn hides_by(&self, facet: Facet, s: &Session) -> bool {
        let hidden = self.values(facet);
        !hidden.is_empty() && facet_values(facet, s).any(|v| hidden.contains(v))
    }

    /// Whether `s` is hidden.
    pub fn hides(&self, s: &Session) -> bool {
        self.sessions.contains(s.id.as_str()) || Facet::ALL.iter().any(|f| self.hides_by(*f, s))
    }
}

/// Insert `value` if absent, else remove it; whether it is in `set` after.
fn flip(set: &mut BTreeSet<String>, value: &str) -> bool {
    if set.remove(value) {
        return false;
    }
    set.insert(value.to_owned());
    true
}
