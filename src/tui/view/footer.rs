//! The footer: the text being typed (search query, note, people query) and then either the
//! notice of the last action or the mode's key hints, with the keys as bound.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::screen;
use crate::tui::state::State;

/// The footer's key hints for a mode: the first key bound to each hinted action, and its label.
fn hints(keymap: &Keymap, mode: Mode) -> Vec<(String, &'static str)> {
    let wanted = screen::hints(mode);
    wanted.iter().filter_map(|(a, label)| keymap.keys_for(mode, *a).into_iter().next().map(|k| (k, *label))).collect()
}

/// The field the mode types into, with its label: the search query's is the key that starts a
/// search (`/`), as bound.
fn text_field<'s>(state: &'s State, keymap: &Keymap) -> Option<(String, &'s str)> {
    match state.mode {
        Mode::Search => {
            let key = keymap.key_for(Mode::Browse, Action::StartSearch);
            let label = key.unwrap_or_else(|| crate::wording::SEARCH_PROMPT.text().to_owned());
            Some((format!(" {label} "), &state.query))
        }
        Mode::People => Some((" find: ".to_owned(), &state.people.query)),
        Mode::Note => Some((" note: ".to_owned(), &state.note.input)),
        Mode::Browse
        | Mode::Detail
        | Mode::Filters
        | Mode::Agenda
        | Mode::Grid
        | Mode::Clashes
        | Mode::Notices
        | Mode::Help => None,
    }
}

pub fn footer(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let mut spans = Vec::new();
    if let Some((label, text)) = text_field(state, &data.keymap) {
        // The field keeps what is being typed in sight, leaving room for a hint or two.
        let room = usize::from(area.width).saturating_sub(crate::text::width(&label) + 24).max(8);
        spans.push(Span::styled(label, t.key()));
        spans.push(Span::raw(format!("{}▏ ", crate::text::tail(text, room))));
    }
    if let Some(notice) = &state.notice {
        spans.push(Span::styled(format!(" {} ", crate::sanitize::line(notice)), t.notice()));
    } else {
        for (key, label) in hints(&data.keymap, state.mode) {
            spans.push(Span::styled(format!(" {key}"), t.key()));
            spans.push(Span::styled(format!(" {label}"), t.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
