//! The plan read top to bottom, walked here once for every view: a heading at each new day,
//! free time, each entry with the overlaps and tight room changes under it (a day's untimed
//! sessions after its timed ones), then the sections of undated and removed sessions. The app, `whrcf agenda list` and the Markdown export draw these
//! lines each in their own way, but none of them walks the plan itself.

use std::iter::Peekable;
use std::vec::IntoIter;

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
    /// Free time from the end of the entry above it to the next entry that takes time.
    Free(Duration),
    /// A marked session (its note and changes belong to it).
    Entry(&'p Entry<'a>, Standing<'p, 'a>),
    Overlap(&'p Overlap<'a>),
    Tight(&'p Tight<'a>),
    /// The heading of the untimed or removed sessions.
    Section(Section),
}

impl<'a> Plan<'a> {
    /// The lines of the plan, in order. A session with a published day but no time is listed
    /// under its day (after the day's timed sessions); only those without a day go to the
    /// untimed section.
    pub fn lines(&self) -> Vec<Line<'_, 'a>> {
        let mut out = Vec::with_capacity(self.timed.len() * 2 + self.untimed.len() + self.gone.len() + 4);
        let (dated, undated): (Vec<&Entry<'a>>, Vec<&Entry<'a>>) =
            self.untimed.iter().partition(|e| e.session.and_then(|s| s.date).is_some());
        let mut dated: Vec<(NaiveDate, &Entry<'a>)> =
            dated.into_iter().filter_map(|e| Some((e.session?.date?, e))).collect();
        dated.sort_by_key(|(d, _)| *d);
        let mut dated = dated.into_iter().peekable();
        let mut day = None;
        for r in &self.timed {
            let date = r.day;
            if day != Some(date) {
                untimed_before(&mut out, &mut dated, &mut day, Some(date));
            }
            if day != Some(date) {
                day = Some(date);
                out.push(Line::Day(date));
            }
            out.push(Line::Entry(&r.entry, Standing::Timed(r)));
            out.extend(r.overlaps.iter().map(Line::Overlap));
            out.extend(r.tight.iter().map(Line::Tight));
            out.extend(r.free_after.map(Line::Free));
        }
        untimed_before(&mut out, &mut dated, &mut day, None);
        if !undated.is_empty() {
            out.push(Line::Section(Section::Untimed));
            out.extend(undated.into_iter().map(|e| Line::Entry(e, Standing::Untimed)));
        }
        if !self.gone.is_empty() {
            out.push(Line::Section(Section::Gone));
            out.extend(self.gone.iter().map(|e| Line::Entry(e, Standing::Gone)));
        }
        out
    }

    /// The ids of the entries, in the order the lines show them.
    pub fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.lines().into_iter().filter_map(|l| match l {
            Line::Entry(e, _) => Some(e.id),
            _ => None,
        })
    }
}

/// The untimed sessions of days before `until` (all that are left when `None`), each day's
/// under its heading.
fn untimed_before<'p, 'a>(
    out: &mut Vec<Line<'p, 'a>>,
    dated: &mut Peekable<IntoIter<(NaiveDate, &'p Entry<'a>)>>,
    day: &mut Option<NaiveDate>,
    until: Option<NaiveDate>,
) {
    while let Some((d, e)) = dated.next_if(|(d, _)| until.is_none_or(|u| *d < u)) {
        if *day != Some(d) {
            *day = Some(d);
            out.push(Line::Day(d));
        }
        out.push(Line::Entry(e, Standing::Untimed));
    }
}
