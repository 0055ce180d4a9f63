//! The help overlay, drawn over the browse screen: every mode's keys as bound (generated from
//! the keymap, each action described as it works on that screen), the mouse, and what the
//! markers mean. It opens at the section of the screen it was asked from and scrolls no further
//! than its last line.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::glyph;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout;
use crate::tui::mode::Mode;
use crate::tui::screen::detail::wrap::wrap;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the help.
pub const HINTS: &[(Action, wording::Message)] =
    &[(Action::Down, wording::FOOTER_SCROLL), (Action::Back, wording::FOOTER_CLOSE)];

/// Open the help over `state.mode`, at that screen's section.
pub fn open(state: &mut State, data: &Data) {
    state.behind_help = state.mode;
    state.mode = Mode::Help;
    let section = section_start(data, state.behind_help);
    state.help.scroll = section.min(last_scroll(state, data));
}

/// Keys of the help.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let last = last_scroll(state, data);
    let page = layout::help_area(layout::reported_screen(state)).height.saturating_sub(2).max(1);
    let scroll = &mut state.help.scroll;
    match action {
        Action::Down | Action::ScrollDown => *scroll = scroll.saturating_add(1).min(last),
        Action::Up | Action::ScrollUp => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll = scroll.saturating_add(page).min(last),
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        Action::First => *scroll = 0,
        Action::Last => *scroll = last,
        Action::Back => state.mode = state.behind_help,
        _ => {}
    }
    None
}

/// The furthest the help scrolls: its last line at the bottom of the box.
fn last_scroll(state: &State, data: &Data) -> u16 {
    let area = layout::help_area(layout::reported_screen(state));
    let shown = area.height.saturating_sub(2);
    u16::try_from(lines(data, state, area.width).len()).unwrap_or(u16::MAX).saturating_sub(shown)
}

/// The line where `mode`'s section starts.
fn section_start(data: &Data, mode: Mode) -> u16 {
    let mut at = 0usize;
    for (m, _, rows) in data.keymap.table() {
        if m == mode {
            break;
        }
        at += rows.len() + 2;
    }
    u16::try_from(at).unwrap_or(u16::MAX)
}

/// Every line of the help: one section per mode (its name, then each action with its keys), the
/// mouse and the markers; folded to fit a box `width` columns wide (its borders included).
fn lines(data: &Data, state: &State, width: u16) -> Vec<Line<'static>> {
    let t = state.theme;
    let mut lines = Vec::new();
    for (mode, name, rows) in data.keymap.table() {
        let heading = wording::HELP_SECTION.say(&[("mode", &name)]);
        lines.push(Line::from(Span::styled(heading, t.label())));
        for (action, keys) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<24}", keys.join(" ")), t.key()),
                Span::raw(action.describe_in(mode)),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled(wording::HELP_MOUSE.text(), t.dim())));
    if state.accessible {
        // The words accessible mode says instead of the markers and the status boxes.
        lines.push(Line::from(Span::styled(glyph::all_words(), t.dim())));
    } else {
        lines.push(Line::from(Span::styled(wording::HELP_MARKERS.text(), t.dim())));
        lines.push(Line::from(Span::styled(wording::CHANGES_LEGEND.text(), t.dim())));
    }
    wrap(lines, usize::from(width.saturating_sub(2)), t.label())
}

/// The help, centred over the screen.
pub fn render(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let t = state.theme;
    let area = layout::help_area(frame.area());
    frame.render_widget(Clear, area);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(key_hint::title(
        [
            Some(wording::TITLE_HELP.text().to_owned()),
            KeyHints::new(&data.keymap, Mode::Help).key(Action::Back, wording::HINT_CLOSE),
        ],
        area.width,
    ));
    let lines = lines(data, state, area.width);
    let last = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_sub(area.height.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines).block(block).scroll((state.help.scroll.min(last), 0)), area);
}

#[cfg(test)]
#[path = "help_tests.rs"]
mod tests;
