//! The plan read top to bottom, walked here once for every view: a heading at each new day,
//! free time, each entry with the overlaps and tight room changes under it, then the sections of
//! untimed and removed sessions. The app, `whrcf agenda list` and the Markdown export draw these
//! lines each in their own way, but none of them walks the plan itself.

use chrono::{Duration, NaiveDate};

use super::{Entry, Overlap, Plan, Row, Tight};

/// Where an entry stands in the plan.
#[derive(Debug, Clone, Copy)]
pub enum Standing<'p, 'a> {
    /// It has a time: its row.
    Timed(&'p Row<'a>),
    /// Still in the programme, without a published time.
    Untimed,
    /// No longer in the programme.
    Gone,
}

/// A section after the timed entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Untimed,
    Gone,
}

/// One line of the plan.
#[derive(Debug, Clone, Copy)]
pub enum Line<'p, 'a> {
    /// The first timed entry of a day follows.
    Day(NaiveDate),
    /// Free time before the next entry.
    Free(Duration),
    /// A marked session (its note and changes belong to it).
    Entry(&'p Entry<'a>, Standing<'p, 'a>),
    Overlap(&'p Overlap<'a>),
    Tight(&'p Tight<'a>),
    /// The heading of the untimed or removed sessions.
    Section(Section),
}

impl<'a> Plan<'a> {
    /// The lines of the plan, in order.
    pub fn lines(&self) -> Vec<Line<'_, 'a>> {
        let mut out = Vec::with_capacity(self.timed.len() * 2 + self.untimed.len() + self.gone.len() + 2);
        let mut day = None;
        for r in &self.timed {
            if day != Some(r.start.date_naive()) {
                day = Some(r.start.date_naive());
                out.push(Line::Day(r.start.date_naive()));
            }
            if let Some(free) = r.free_before {
                out.push(Line::Free(free));
            }
            out.push(Line::Entry(&r.entry, Standing::Timed(r)));
            out.extend(r.overlaps.iter().map(Line::Overlap));
            out.extend(r.tight.iter().map(Line::Tight));
        }
        for (section, entries, standing) in
            [(Section::Untimed, &self.untimed, Standing::Untimed), (Section::Gone, &self.gone, Standing::Gone)]
        {
            if !entries.is_empty() {
                out.push(Line::Section(section));
                out.extend(entries.iter().map(|e| Line::Entry(e, standing)));
            }
        }
        out
    }

    /// The ids of the entries, in the order the lines show them.
    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.timed.iter().map(|r| &r.entry).chain(&self.untimed).chain(&self.gone).map(|e| e.id)
    }
}
