//! Putting a programme in place of the one shown, while the app runs. A newer version of the same
//! programme (a refresh) keeps the screen where it was: the day, the filters, the search, the
//! selected session (found again by its id), the agenda, the what-if moves (found again by their
//! sessions' ids; one whose session is gone or changed is reported). Another programme (the switcher) starts
//! afresh on its own agenda, hidden choices and moves, read from the same stores, so each programme keeps
//! its own; the display settings and the notices about the settings and keys go along.

use std::sync::Arc;

use super::app::Stores;
use super::data::Data;
use super::hiding;
use super::live::Prepared;
use super::mode::Mode;
use super::navigate;
use super::state::State;
use crate::filter::Day;

/// The state of the app on `data`, carrying over from `old` what does not depend on the
/// programme: settings, notices, the terminal's size.
fn restarted(old: &State, data: &Data) -> State {
    let mut state = State::new(data, old.zone, old.clock, old.size);
    state.now = old.now;
    state.notices = old.notices.clone();
    state.theme = old.theme;
    state.hyperlinks = old.hyperlinks;
    state.accessible = old.accessible;
    state.reminders.lead_minutes = old.reminders.lead_minutes;
    state.reminders.notify = old.reminders.notify;
    state.live = old.live.clone();
    state.switcher.entries = old.switcher.entries.clone();
    state
}

/// Whether a screen can stay open over a newer version: those whose cursor is not a position in
/// something the new version may have reordered.
fn stays_open(mode: Mode) -> bool {
    matches!(mode, Mode::Browse | Mode::Detail | Mode::Search | Mode::Agenda | Mode::Notices | Mode::Note)
}

/// A newer version of the programme shown, read by a refresh.
pub fn newer_version(state: &mut State, data: &mut Arc<Data>, prepared: Prepared) {
    let Prepared { data: new, warnings, .. } = prepared;
    let selected = state.current().map(|i| data.programme.sessions[i].id.clone());
    let day: Option<Day> = state.day();
    let mut next = restarted(state, &new);
    next.notices.replace_file(warnings);
    next.filter = state.filter.clone();
    next.hidden = state.hidden.clone();
    next.show_hidden = state.show_hidden;
    next.query = state.query.clone();
    next.agenda = state.agenda.clone();
    next.agenda_unsaved = state.agenda_unsaved.clone();
    next.reminders.announced = state.reminders.announced.clone();
    next.browse.focus = state.browse.focus;
    next.browse.scope = state.browse.scope;
    next.note = state.note.clone();
    next.agenda_view.removed = state.agenda_view.removed.clone();
    next.notices_view = state.notices_view.clone();
    next.detail.opened_from = state.detail.opened_from;
    next.tab = day.and_then(|d| next.tabs.iter().position(|t| *t == d)).unwrap_or(next.tab);
    let (mode, behind_help) = (state.mode, state.behind_help);
    next.mode = if stays_open(mode) { mode } else { Mode::Browse };
    next.behind_help = if stays_open(behind_help) { behind_help } else { Mode::Browse };
    if mode == Mode::Help {
        next.mode = Mode::Help;
    }
    hiding::apply(&mut next, &new);
    for (level, text) in super::moves_reapplied(&mut next, &new, &state.moves.moves()) {
        next.report(level, text);
    }
    let found = selected.and_then(|id| new.programme.sessions.iter().position(|s| s.id == id));
    match found {
        Some(session) if next.browse.rows.contains(&session) => {
            let row = next.browse.rows.iter().position(|&r| r == session).unwrap_or(0);
            navigate::move_to(&mut next, row);
        }
        // Gone from the programme: the detail of a session that is no more closes.
        _ if next.mode == Mode::Detail => next.mode = Mode::Browse,
        _ => {}
    }
    *state = next;
    replace(data, new);
}

/// Another programme, picked in the switcher: its own agenda and hidden choices.
pub fn other_programme(state: &mut State, data: &mut Arc<Data>, prepared: Prepared, stores: Stores<'_>) {
    let Prepared { data: new, warnings, .. } = prepared;
    let mut next = restarted(state, &new);
    // What was said of the programme before is not said of this one.
    next.notices.forget_programme();
    next.notices.replace_file(warnings);
    let id = &new.programme.id;
    if let Some(store) = stores.agenda {
        let read = store.load();
        next.agenda = read.file.programmes.get(id).cloned().unwrap_or_default();
        if let Some(notice) = read.notice {
            next.report(super::agenda_level(&notice), crate::wording::agenda::notice(&notice));
        }
    }
    if let Some(store) = stores.hidden {
        let (hidden, notice) = store.load(id);
        next.hidden = hidden;
        if let Some(notice) = notice {
            next.report(super::agenda_level(&notice), crate::wording::agenda::hidden_notice(&notice));
        }
    }
    for (level, text) in super::stored_moves_reapplied(&mut next, &new, stores.moves) {
        next.report(level, text);
    }
    hiding::apply(&mut next, &new);
    *state = next;
    replace(data, new);
}

/// Show `new` from now on; its clash check and people index are built beside the app, as at start.
fn replace(data: &mut Arc<Data>, new: Data) {
    *data = Arc::new(new);
    prepare_beside(data);
}

/// Build the clash check and the people index of `data` on another thread: opening those screens
/// later costs nothing (a key pressed before they are ready waits for them). Not waited for.
pub fn prepare_beside(data: &Arc<Data>) {
    let beside = Arc::clone(data);
    std::thread::spawn(move || {
        beside.clashes();
        beside.people();
    });
}
