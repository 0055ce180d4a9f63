//! What the user hides, in the app: the hide key on a session, the key that shows the hidden
//! sessions for a while (and hides them again), an option hidden in the filter panel, and how
//! many sessions are hidden. `state.hidden` holds the choices (saved between runs, an
//! `Effect::SaveHidden` away); `state.filter.hidden` is what the list leaves out now.

use crate::filter::{Facet, Hidden};
use crate::tui::action::Effect;
use crate::tui::data::Data;
use crate::tui::navigate;
use crate::tui::state::State;
use crate::wording;

/// Make the filter hide what is chosen (or nothing, while hidden sessions are shown) and
/// recompute the rows, keeping the selection at the same place in the list.
pub fn apply(state: &mut State, data: &Data) {
    let (row, keep) = (state.browse.selected, state.current());
    state.filter.hidden = if state.show_hidden { Hidden::default() } else { state.hidden.clone() };
    state.refresh(data);
    if state.current() != keep && !state.browse.rows.is_empty() {
        navigate::move_to(state, row.min(state.browse.rows.len() - 1));
    }
}

/// The hide key on the selected session: hide it, or show it again when it is hidden.
pub fn hide_current(state: &mut State, data: &Data) -> Option<Effect> {
    let session = state.current()?;
    let s = &data.programme.sessions[session];
    let now_hidden = state.hidden.toggle_session(s.id.as_str());
    let message = if now_hidden { wording::NOTICE_HIDDEN } else { wording::NOTICE_SHOWN_AGAIN };
    let title = s.title.clone();
    apply(state, data);
    state.notice = Some(message.say(&[("title", &title)]));
    Some(Effect::SaveHidden)
}

/// Hide the sessions of `value` of `facet`, or show them again.
pub fn exclude(state: &mut State, data: &Data, facet: Facet, value: &str) -> Option<Effect> {
    state.hidden.toggle(facet, value);
    // An option hidden is not also selected: selecting it would show nothing.
    if state.hidden.is_hidden(facet, value) && state.filter.is_selected(facet, value) {
        state.filter.toggle(facet, value);
    }
    apply(state, data);
    Some(Effect::SaveHidden)
}

/// Show the hidden sessions for a while, or hide them again.
pub fn toggle_shown(state: &mut State, data: &Data) {
    if state.hidden.is_empty() {
        state.show_hidden = false;
        state.notice = Some(wording::NOTICE_NOTHING_HIDDEN.text().to_owned());
        return;
    }
    state.show_hidden = !state.show_hidden;
    apply(state, data);
    let n = count(state, data);
    state.notice = Some(if state.show_hidden {
        wording::NOTICE_HIDDEN_SHOWN.say(&[("n", &n)])
    } else {
        wording::NOTICE_HIDDEN_HIDDEN.say(&[("sessions", &wording::SESSIONS.of(n))])
    });
}

/// Before going to `session` (from the agenda, the people index, now/next): when it is hidden,
/// the hidden sessions are shown, so that it can be.
pub fn reveal(state: &mut State, data: &Data, session: usize) {
    if !state.show_hidden && state.hidden.hides(&data.programme.sessions[session]) {
        state.show_hidden = true;
        state.filter.hidden = Hidden::default();
    }
}

/// How many sessions of the programme the choices hide.
pub fn count(state: &State, data: &Data) -> usize {
    *data
        .hidden_count
        .get(state.hidden.clone(), || data.programme.sessions.iter().filter(|s| state.hidden.hides(s)).count())
}

/// The header's "hidden: N", when anything is hidden.
pub fn indicator(state: &State, data: &Data) -> Option<String> {
    if state.hidden.is_empty() {
        return None;
    }
    let message = if state.show_hidden { wording::HIDDEN_COUNT_SHOWN } else { wording::HIDDEN_COUNT };
    Some(message.say(&[("n", &count(state, data))]))
}

#[cfg(test)]
#[path = "hiding_tests.rs"]
mod tests;
