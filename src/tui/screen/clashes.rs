//! The clash screen: every clash of the programme (rooms and people booked twice, sessions
//! outside the programme's days), one a line, then the sessions without an end (warnings,
//! counted apart); Enter goes to its first session.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::clash::{Clash, Kind};
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::{jump, move_cursor};
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the clash panel.
pub const HINTS: &[(Action, &str)] = &[(Action::Down, "move"), (Action::Open, "go to session"), (Action::Back, "back")];

/// Keys of the clash panel.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let found = data.clashes();
    match action {
        Action::Open => match found.get(state.clashes.cursor) {
            Some(c) => jump(state, data, c.sessions[0]),
            None => state.notice = Some("No clash in this programme".into()),
        },
        Action::Back | Action::OpenClashes => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            let height = layout::inside(Areas::last_reported(state).detail).height;
            let at = window(state.clashes.cursor, found.len(), usize::from(height)).start + line;
            if at < found.len() {
                state.clashes.cursor = at;
            }
        }
        other => move_cursor(&mut state.clashes.cursor, found.len(), other),
    }
    None
}

fn glyph(c: &Clash) -> &'static str {
    if c.is_warning() {
        return "? no end";
    }
    match c.kind {
        Kind::Room => "▣ room",
        Kind::Person => "◉ person",
        Kind::PossiblePerson => "◌ same person?",
        Kind::Organizer => "◇ organizer",
        Kind::Dates => "✗ dates",
        Kind::Length => "✗ length",
        Kind::Buffer => "⇢ buffer",
    }
}

/// Every clash in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let found = data.clashes();
    let keys = KeyHints::new(&data.keymap, Mode::Clashes);
    let warnings = found.iter().filter(|c| c.is_warning()).count();
    let mut count =
        wording::TITLE_CLASHES.say(&[("found", &wording::programme::clashes_found(found.len() - warnings))]);
    if warnings > 0 {
        count = format!("{count} · {}", wording::NO_END.of(warnings));
    }
    let title = key_hint::title([
        Some(count),
        keys.key(Action::Open, wording::HINT_GO_TO_FIRST),
        keys.key(Action::Back, wording::HINT_BACK),
    ]);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if found.is_empty() {
        let msg = " No room or person is booked twice, and every session is within the programme's days.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = window(state.clashes.cursor, found.len(), usize::from(inner.height))
        .map(|i| {
            let c = &found[i];
            let when = match (c.start, c.end) {
                (Some(a), b) => {
                    format!(
                        "{} {}",
                        wording::when::weekday_day(a.date_naive()),
                        crate::time::Range::of_instants(&a, b.as_ref(), None)
                    )
                }
                _ => "no time".to_owned(),
            };
            let style = if i == state.clashes.cursor { t.selected() } else { Style::new() };
            let head = format!(" {} {:<16} ", text::fit(&when, 18), glyph(c));
            let rest = width.saturating_sub(text::width(&head));
            Line::from(vec![
                Span::styled(head, style.patch(t.notice())),
                Span::styled(text::fit(&wording::programme::clash(&data.programme, c), rest), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
#[path = "clashes_tests.rs"]
mod tests;
