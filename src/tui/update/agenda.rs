//! Agenda actions: marking, the agenda view's cursor, status and notes. Every change asks the
//! event loop to save (`Effect::SaveAgenda`).

use chrono::Utc;

use super::{Effect, select_session};
use crate::tui::action::Action;
use crate::tui::state::{Data, Focus, Mode, State};
use crate::tui::view;

/// Mark or unmark the selected session of the list or detail view.
pub fn toggle_current(state: &mut State, data: &Data) -> Option<Effect> {
    let Some(i) = state.current() else {
        state.notice = Some("No session selected".into());
        return None;
    };
    let s = &data.programme.sessions[i];
    let marked = state.agenda.toggle(s, Utc::now());
    let n = state.agenda.len();
    state.notice = Some(if marked {
        format!("★ Added to your agenda ({n}): {}", s.title)
    } else {
        format!("Removed from your agenda ({n}): {}", s.title)
    });
    Some(Effect::SaveAgenda)
}

/// Keys of the agenda view.
pub fn agenda(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let ids = view::agenda_order(state, data);
    let last = ids.len().saturating_sub(1);
    let current = ids.get(state.agenda_cursor.min(last)).cloned();
    match action {
        Action::Down | Action::ScrollDown => state.agenda_cursor = (state.agenda_cursor + 1).min(last),
        Action::Up | Action::ScrollUp => state.agenda_cursor = state.agenda_cursor.saturating_sub(1),
        Action::PageDown => state.agenda_cursor = (state.agenda_cursor + 10).min(last),
        Action::PageUp => state.agenda_cursor = state.agenda_cursor.saturating_sub(10),
        Action::First => state.agenda_cursor = 0,
        Action::Last => state.agenda_cursor = last,
        Action::Back | Action::OpenAgenda => state.mode = Mode::Browse,
        Action::Open => {
            match current.as_deref().and_then(|id| data.programme.sessions.iter().position(|s| s.id.as_str() == id)) {
                Some(i) => {
                    state.filter = Default::default();
                    state.query.clear();
                    state.mode = Mode::Browse;
                    state.focus = Focus::List;
                    select_session(state, data, i);
                }
                None => state.notice = Some("This session is no longer in the programme".into()),
            }
        }
        Action::CycleStatus => {
            let id = current?;
            let status = state.agenda.items.get(&id)?.status.cycle();
            state.agenda.set_status(&id, status, Utc::now(), data.programme.session(&id));
            state.notice = Some(format!("Status: {}", status.as_str()));
            return Some(Effect::SaveAgenda);
        }
        Action::EditNote => {
            let id = current?;
            state.note_input = state.agenda.items.get(&id).and_then(|i| i.note.clone()).unwrap_or_default();
            state.note_for = Some(id);
            state.mode = Mode::Note;
        }
        Action::ToggleMark => {
            let id = current?;
            state.agenda.remove(&id, Utc::now());
            state.agenda_cursor = state.agenda_cursor.min(last.saturating_sub(1));
            state.notice = Some(format!("Removed from your agenda ({})", state.agenda.len()));
            return Some(Effect::SaveAgenda);
        }
        _ => {}
    }
    None
}

/// Keys while typing a note.
pub fn note(state: &mut State, action: Action) -> Option<Effect> {
    match action {
        Action::NoteInput(c) if state.note_input.chars().count() < 500 => state.note_input.push(c),
        Action::NoteBackspace => {
            state.note_input.pop();
        }
        Action::NoteAccept => {
            state.mode = Mode::Agenda;
            let id = state.note_for.take()?;
            let note = std::mem::take(&mut state.note_input);
            state.agenda.set_note(&id, Some(note), Utc::now());
            state.notice = Some("Note saved".into());
            return Some(Effect::SaveAgenda);
        }
        Action::Back => {
            state.mode = Mode::Agenda;
            state.note_for = None;
            state.note_input.clear();
        }
        _ => {}
    }
    None
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
