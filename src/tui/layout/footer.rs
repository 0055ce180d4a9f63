//! The footer's room: the field being typed into (search query, people query, note) and what is
//! left beside it for a notice. The footer draws from these numbers and `update` reads them to
//! log only a notice the footer has to cut.

use crate::text;
use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::wording;

/// The field the mode types into, with its label: the search query's is the key that starts a
/// search (`/`), as bound.
pub fn text_field<'s>(state: &'s State, keymap: &Keymap) -> Option<(String, &'s str)> {
    match state.mode {
        Mode::Search => {
            let key = keymap.key_for(Mode::Browse, Action::StartSearch);
            let label = key.unwrap_or_else(|| wording::SEARCH_PROMPT.text().to_owned());
            Some((format!(" {label} "), &state.query))
        }
        Mode::People => Some((format!(" {} ", wording::PEOPLE_PROMPT.text()), &state.people.query)),
        Mode::Switcher => Some((format!(" {} ", wording::SWITCHER_PROMPT.text()), &state.switcher.query)),
        Mode::Note => Some((format!(" {} ", wording::NOTE_PROMPT.text()), &state.note.input)),
        Mode::Browse
        | Mode::Detail
        | Mode::Filters
        | Mode::Agenda
        | Mode::Grid
        | Mode::Clashes
        | Mode::Notices
        | Mode::Changes
        | Mode::Help => None,
    }
}

/// The typed text as the footer shows it after its label in `width` columns: its end, which
/// keeps what is being typed in sight, leaving room for a hint or two, then the cursor.
pub fn shown_text(label: &str, typed: &str, width: u16) -> String {
    let room = usize::from(width).saturating_sub(text::width(label) + 24).max(8);
    format!("{}▏ ", text::tail(typed, room))
}

/// The columns of a footer `width` wide that are left for a notice beside the field being typed.
pub fn notice_room(state: &State, keymap: &Keymap, width: u16) -> usize {
    let field = text_field(state, keymap)
        .map_or(0, |(label, typed)| text::width(&label) + text::width(&shown_text(&label, typed, width)));
    usize::from(width).saturating_sub(field)
}
