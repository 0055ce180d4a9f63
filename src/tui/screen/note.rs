//! The note screen: typing a note for an agenda entry, over the agenda screen; the text being
//! typed is shown in the footer. Enter keeps it (and asks to save), Esc drops it.

use chrono::Utc;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::agenda;
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::wording;

/// The longest note, in characters.
const MAX_CHARS: usize = 500;

/// The footer's key hints while typing a note.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::NoteAccept, wording::FOOTER_KEEP_THE_NOTE),
    (Action::Back, wording::FOOTER_CANCEL),
    (Action::Help, wording::FOOTER_HELP),
];

/// Keys while typing a note.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    let note = &mut state.note;
    match action {
        Action::Input(c) if note.input.chars().count() < MAX_CHARS => note.input.push(c),
        Action::DeleteChar => {
            note.input.pop();
        }
        Action::NoteAccept => {
            state.mode = Mode::Agenda;
            let id = note.session.take()?;
            let text = std::mem::take(&mut note.input);
            state.agenda.set_note(&id, Some(text), Utc::now());
            state.notice = Some(wording::NOTICE_NOTE_SAVED.text().into());
            return Some(Effect::SaveAgenda);
        }
        Action::Back => {
            state.mode = Mode::Agenda;
            note.session = None;
            note.input.clear();
        }
        _ => {}
    }
    None
}

/// The agenda the note is for.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    agenda::render(frame, area, state, data);
}
