//! A programme neutralised field by field for the terminal, in place: one-line fields as one line
//! (so a field can never forge a line of output), blocks with their line ends, ids kept or not.

use super::{is_clean, strip};
use crate::model::{Person, Programme, Session, Theme};

/// Clean `s` in place; nothing is allocated when it is already clean.
fn fix(s: &mut String, keep_newlines: bool) {
    if !is_clean(s.as_bytes(), keep_newlines) {
        *s = strip(s, keep_newlines);
    }
}

fn fix_line(s: &mut String) {
    fix(s, false);
}

fn lines(list: &mut [String]) {
    list.iter_mut().for_each(fix_line);
}

fn opt_line(s: &mut Option<String>) {
    if let Some(v) = s {
        fix(v, false);
    }
}

fn opt_block(s: &mut Option<String>) {
    if let Some(v) = s {
        fix(v, true);
    }
}

/// Whether [`programme`] also neutralises the ids (programme, sessions, themes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ids {
    /// Ids are keys (the agenda, filters, `show ID`): kept as the file gives them. For a copy
    /// that is drawn and also marked (the app), whose ids are shown through [`visible`] or not at all.
    Kept,
    /// For a copy that is only printed: ids are neutralised like every other text.
    Shown,
}

/// A copy of a programme to show: every string neutralised for the terminal, one-line fields as
/// one line (so a field can never forge a line of output), blocks with their line ends.
pub fn programme(p: &mut Programme, ids: Ids) {
    if ids == Ids::Shown {
        fix_line(&mut p.id);
        p.themes.iter_mut().for_each(|t| fix_line(&mut t.id));
        for s in &mut p.sessions {
            fix_line(&mut s.id.0);
            lines(&mut s.themes);
        }
    }
    fix_line(&mut p.title);
    opt_line(&mut p.short_title);
    opt_line(&mut p.theme);
    lines(&mut p.theme_titles);
    lines(&mut p.dates_as_stated);
    opt_line(&mut p.venue);
    opt_block(&mut p.mode);
    lines(&mut p.hosts);
    lines(&mut p.organizers);
    opt_line(&mut p.stated_session_count);
    p.figures.values_mut().for_each(fix_line);
    lines(&mut p.sources);
    p.themes.iter_mut().for_each(theme);
    p.sessions.iter_mut().for_each(session);
}

fn theme(t: &mut Theme) {
    fix_line(&mut t.name);
    opt_block(&mut t.description);
}

fn session(s: &mut Session) {
    fix_line(&mut s.title);
    opt_line(&mut s.subtitle);
    opt_line(&mut s.kind);
    lines(&mut s.languages);
    opt_line(&mut s.room);
    lines(&mut s.organizers);
    s.people.iter_mut().for_each(person);
    opt_block(&mut s.summary);
    lines(&mut s.sources);
    if let Some(extras) = s.extras.get_mut() {
        opt_line(&mut extras.time_conflict);
        lines(&mut extras.other_titles);
        opt_line(&mut extras.kind_as_stated);
        opt_line(&mut extras.format_as_stated);
        lines(&mut extras.interpretation);
        opt_line(&mut extras.venue);
        opt_line(&mut extras.place_as_stated);
        opt_block(&mut extras.notes);
    }
}

fn person(p: &mut Person) {
    fix_line(&mut p.name);
    opt_line(&mut p.role);
    opt_line(&mut p.affiliation);
    opt_line(&mut p.country);
    opt_line(&mut p.topic);
}
