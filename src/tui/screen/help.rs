//! The help overlay, drawn over the browse screen: every mode's keys as bound (generated from
//! the keymap), the mouse, and what the markers mean.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::centered;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the help.
pub const HINTS: &[(Action, &str)] = &[(Action::Down, "scroll"), (Action::Back, "close")];

/// Keys of the help.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    match action {
        Action::Down | Action::ScrollDown => state.help.scroll = state.help.scroll.saturating_add(1),
        Action::Up | Action::ScrollUp => state.help.scroll = state.help.scroll.saturating_sub(1),
        Action::Back => state.mode = state.behind_help,
        _ => {}
    }
    None
}

/// The help, centred over the screen.
pub fn render(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let t = state.theme;
    let area = centered(frame.area(), 84, frame.area().height.saturating_sub(2));
    frame.render_widget(Clear, area);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(key_hint::title([
        Some(wording::TITLE_HELP.text().to_owned()),
        KeyHints::new(&data.keymap, Mode::Help).key(Action::Back, wording::HINT_CLOSE),
    ]));
    let mut lines = Vec::new();
    for (mode, name, rows) in data.keymap.table() {
        lines.push(Line::from(Span::styled(name, t.label())));
        for (action, keys) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<24}", keys.join(" ")), t.key()),
                Span::raw(action.describe_in(mode)),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled("Mouse: click a day tab or a row; the wheel scrolls.", t.dim())));
    lines.push(Line::from(Span::styled(
        "Markers: ▶ on now · ★ in my agenda · ◌ incomplete record · [ ] planned [x] attended [-] skipped",
        t.dim(),
    )));
    let max = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_sub(1);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((state.help.scroll.min(max), 0)), area);
}
