//! Rendering: the frame laid out on its real area (`layout`), the header, tabs and footer
//! (`view/`), and the body of the mode's screen (`screen/`), one arm per mode.

mod cursor;
mod footer;
mod header;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::data::Data;
use super::key_hint::KeyHints;
use super::layout::{self, Areas, MIN_HEIGHT, MIN_WIDTH};
use super::mode::Mode;
use super::screen::{agenda, browse, changes, clashes, detail, filters, grid, help, note, notices, people, switcher};
use super::state::State;
use crate::wording;

/// Draw the whole screen, laid out on the frame's real area.
pub fn draw(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small(frame, state, data);
        return;
    }
    let a = Areas::of(area, state.mode, state);
    header::header(frame, a.header, state, data);
    header::tabs(frame, a.tabs, state, data);
    footer::footer(frame, a.footer, state, data);
    if state.mode == Mode::Help {
        // The help is drawn over the screen it was opened from, as that screen was.
        let mut behind = state.clone();
        behind.mode = if state.behind_help == Mode::Help { Mode::Browse } else { state.behind_help };
        body(frame, &Areas::of(area, behind.mode, &behind), &behind, data);
        help::render(frame, state, data);
    } else {
        body(frame, &a, state, data);
    }
    if state.accessible {
        let top = a.tabs.bottom();
        cursor::place(frame, state, ratatui::layout::Rect::new(0, top, area.width, a.footer.y.saturating_sub(top)));
    }
}

/// The body of the mode's screen (no region reaches the header, tabs or footer rows), then any
/// overlay over it.
fn body(frame: &mut Frame<'_>, a: &Areas, state: &State, data: &Data) {
    match state.mode {
        Mode::Browse | Mode::Search | Mode::Help => browse_screen(frame, a, state, data),
        Mode::Filters => {
            browse_screen(frame, a, state, data);
            filters::render(frame, state, data);
        }
        Mode::Detail => detail::render(frame, a.detail, state, data),
        Mode::Agenda => agenda::render(frame, a.detail, state, data),
        Mode::Note => note::render(frame, a.detail, state, data),
        Mode::Grid => grid::render(frame, a.detail, state, data),
        Mode::Clashes => clashes::render(frame, a.detail, state, data),
        Mode::People => people::render(frame, a.detail, state, data),
        Mode::Notices => notices::render(frame, a.detail, state, data),
        Mode::Changes => changes::render(frame, a.detail, state, data),
        Mode::Switcher => switcher::render(frame, a.detail, state),
    }
}

/// The browse screen: the list beside the selected session's detail.
fn browse_screen(frame: &mut Frame<'_>, a: &Areas, state: &State, data: &Data) {
    browse::render(frame, a.list, state, data);
    detail::render(frame, a.detail, state, data);
}

/// The notice shown instead of the app on a screen too small for it, folded by words (a Korean
/// word is not broken in two unless it is wider than the screen).
fn too_small(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let area = frame.area();
    let needs = crate::wording::TOO_SMALL_NEEDS.say(&[
        ("size", &format_args!("{}x{}", area.width, area.height)),
        ("least", &format_args!("{MIN_WIDTH}x{MIN_HEIGHT}")),
    ]);
    let way_out = KeyHints::new(&data.keymap, state.mode)
        .key(Action::Quit, wording::TOO_SMALL_QUIT)
        .unwrap_or_else(|| wording::TOO_SMALL_ENLARGE.text().to_owned());
    let options =
        textwrap::Options::new(usize::from(area.width).max(1)).word_separator(textwrap::WordSeparator::AsciiSpace);
    let folded = |text: &str, style: Style| -> Vec<Line<'static>> {
        textwrap::wrap(text, &options).into_iter().map(|l| Line::from(Span::styled(l.into_owned(), style))).collect()
    };
    let mut msg = folded(crate::wording::TOO_SMALL.text(), state.theme.notice());
    msg.extend(folded(&needs, Style::new()));
    msg.extend(folded(&way_out, Style::new()));
    let height = u16::try_from(msg.len()).unwrap_or(u16::MAX).min(area.height);
    let box_area = layout::centered(area, area.width, height);
    frame.render_widget(Paragraph::new(msg).centered(), box_area);
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "view/full_screen_tests.rs"]
mod full_screen_tests;

#[cfg(test)]
#[path = "view/korean_tests.rs"]
mod korean_tests;

#[cfg(test)]
#[path = "view/accessible_tests.rs"]
mod accessible_tests;

#[cfg(test)]
#[path = "view/twelve_hour_tests.rs"]
mod twelve_hour_tests;
