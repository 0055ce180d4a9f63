//! Every bundled edition at once ("where has this city or person appeared over the years?"), and
//! how complete each edition's record is.
//!
//! The archive is one programme holding the sessions of every bundled edition, newest edition
//! first. Session ids are unique across editions (each starts with its year) and every edition is
//! in the forum's zone, so filters, search and the people index work on it unchanged; each session
//! still knows its edition.

use std::ops::Range;

use crate::load::{self, BUNDLED, LoadError};
use crate::model::{Programme, Theme};

/// One edition inside the archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The year of the edition.
    pub edition: Option<i32>,
    pub ordinal: Option<u32>,
    /// The edition's own programme id (`whrcf-2023`), the key of its agenda.
    pub id: String,
    /// Its short label (`WHRCF 2023`).
    pub label: String,
    /// Its sessions' indices in the archive's programme.
    pub sessions: Range<usize>,
}

/// Every bundled edition in one programme.
#[derive(Debug, Clone)]
pub struct Archive {
    pub programme: Programme,
    /// The editions, newest first, in the order of their sessions.
    pub members: Vec<Member>,
}

impl Archive {
    /// The archive of every bundled edition.
    pub fn bundled() -> Result<Archive, LoadError> {
        let editions = BUNDLED.iter().map(|b| load::bundled(b.edition).map(|l| l.programme));
        Ok(Archive::of(editions.collect::<Result<Vec<_>, _>>()?))
    }

    /// The archive of `editions` (newest first; all in the zone of the first).
    fn of(editions: Vec<Programme>) -> Archive {
        let newest = &editions[0];
        let oldest = &editions[editions.len() - 1];
        let span = format!("{}–{}", oldest.edition.unwrap_or_default(), newest.edition.unwrap_or_default());
        let mut programme = Programme::new(
            "whrcf-all".into(),
            format!("World Human Rights Cities Forum, every bundled edition ({span})"),
            newest.timezone,
            editions.iter().map(|p| p.first_day).min().unwrap_or(newest.first_day),
            editions.iter().map(|p| p.last_day).max().unwrap_or(newest.last_day),
        );
        programme.short_title = Some(format!("WHRCF {span}"));
        let mut members = Vec::with_capacity(editions.len());
        for p in editions {
            let start = programme.sessions.len();
            for theme in &p.themes {
                if programme.theme(&theme.id).is_none() {
                    programme.themes.push(Theme { description: None, ..theme.clone() });
                }
            }
            let label = p.label().to_owned();
            programme.sessions.extend(p.sessions);
            let sessions = start..programme.sessions.len();
            members.push(Member { edition: p.edition, ordinal: p.ordinal, id: p.id, label, sessions });
        }
        Archive { programme, members }
    }

    /// The edition that session `index` of the archive belongs to.
    pub fn member_of(&self, index: usize) -> &Member {
        let at = self.members.partition_point(|m| m.sessions.end <= index);
        &self.members[at.min(self.members.len() - 1)]
    }
}

/// Whether `p` is one of the bundled editions (by its year and id).
pub fn is_bundled_edition(p: &Programme) -> bool {
    p.edition.is_some_and(|year| BUNDLED.iter().any(|b| b.edition == year) && p.id == format!("whrcf-{year}"))
}

/// How complete a programme's record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completeness {
    /// Sessions found.
    pub found: usize,
    /// The organisers' count, when they give one number.
    pub stated: Option<u32>,
    /// Sessions with a published date, and with a published start.
    pub dated: usize,
    pub timed: usize,
}

impl Completeness {
    /// The record of `p`, counted.
    pub fn of(p: &Programme) -> Completeness {
        Completeness {
            found: p.sessions.len(),
            stated: p.stated_session_total,
            dated: p.sessions.iter().filter(|s| s.date.is_some()).count(),
            timed: p.sessions.iter().filter(|s| s.start.is_some()).count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_edition_in_one_programme_newest_first() {
        let archive = Archive::bundled().unwrap();
        let years: Vec<i32> = archive.members.iter().filter_map(|m| m.edition).collect();
        assert_eq!(years, (2012..=2025).rev().collect::<Vec<_>>());
        let total: usize = BUNDLED.iter().map(|b| load::bundled(b.edition).unwrap().programme.sessions.len()).sum();
        assert_eq!(archive.programme.sessions.len(), total);
        for (i, s) in archive.programme.sessions.iter().enumerate() {
            let m = archive.member_of(i);
            assert!(s.id.as_str().starts_with(&format!("{}-", m.edition.unwrap())), "{} in {}", s.id, m.id);
        }
        assert_eq!(archive.programme.first_day.to_string(), "2012-05-15");
        assert_eq!(archive.programme.last_day.to_string(), "2025-05-17");
        assert!(archive.programme.theme("housing").is_some(), "themes of every edition");
        let mut ids: Vec<&str> = archive.programme.sessions.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), total, "ids are unique across editions");
    }

    #[test]
    fn completeness_is_counted_from_the_data() {
        let p = load::bundled(2023).unwrap().programme;
        let c = Completeness::of(&p);
        assert_eq!((c.found, c.stated, c.dated, c.timed), (18, Some(32), 11, 10));
    }
}
