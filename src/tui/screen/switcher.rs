//! The programme switcher: the library (bundled editions, added programmes, recent files and
//! addresses), narrowed by typing (fuzzy, as search is), one programme a line with its kind,
//! name, where it comes from and when a web programme's offline copy was fetched. Enter hands the
//! chosen programme's source to the event loop ([`Effect::Open`]), which opens it off the UI
//! thread; Esc clears the filter, then goes back.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::derive::switcher_shown;
use crate::tui::key_hint;
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::move_cursor;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the switcher.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::Open, wording::FOOTER_OPEN),
    (Action::Back, wording::FOOTER_CLEAR_BACK),
    (Action::Help, wording::FOOTER_HELP),
];

/// Open the switcher on the whole library, the cursor on the first programme.
pub fn open(state: &mut State) {
    state.switcher.query.clear();
    state.switcher.cursor = 0;
    state.mode = Mode::Switcher;
}

/// Keys of the switcher; typed text goes to its filter.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    let switcher = &mut state.switcher;
    match action {
        Action::Input(c) => {
            switcher.query.push(c);
            switcher.cursor = 0;
        }
        Action::DeleteChar => {
            switcher.query.pop();
            switcher.cursor = 0;
        }
        Action::Open => return choose(state),
        Action::Back if !switcher.query.is_empty() => {
            switcher.query.clear();
            switcher.cursor = 0;
        }
        Action::Back | Action::OpenSwitcher => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            let len = switcher_shown(state).len();
            let height = layout::inside(Areas::last_reported(state).detail).height;
            let at = window(state.switcher.cursor, len, usize::from(height)).start + line;
            if at < len {
                state.switcher.cursor = at;
            }
        }
        other => {
            let len = switcher_shown(state).len();
            move_cursor(&mut state.switcher.cursor, len, other);
        }
    }
    None
}

/// Enter: the programme under the cursor, to be opened by the event loop.
fn choose(state: &mut State) -> Option<Effect> {
    let shown = switcher_shown(state);
    let Some(entry) = shown.get(state.switcher.cursor).map(|&i| &state.switcher.entries[i]) else {
        state.notice = Some(wording::SWITCHER_NONE.text().to_owned());
        return None;
    };
    let source = entry.source.clone();
    state.notice = Some(wording::SWITCHER_OPENING.say(&[("name", &wording::library::called(entry))]));
    state.mode = Mode::Browse;
    Some(Effect::Open(source))
}

/// The library, narrowed by the filter, in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State) {
    let t = state.theme;
    let (entries, shown) = (&state.switcher.entries, switcher_shown(state));
    let counts = [("shown", &shown.len() as &dyn std::fmt::Display), ("total", &entries.len())];
    let title = key_hint::title([Some(wording::TITLE_SWITCHER.say(&counts))], area.width);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if shown.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {}", wording::SWITCHER_NONE.text()), t.missing())),
            inner,
        );
        return;
    }
    // Columns as wide as the library's widest cells (the same as the filter narrows it); where it
    // comes from gives way when the line is too long, cut from the front (a path's end says most).
    let all: Vec<[String; 4]> = entries.iter().map(wording::library::cells).collect();
    let widest = |c: usize| all.iter().map(|cells| text::width(&cells[c])).max().unwrap_or(0);
    let width = usize::from(inner.width);
    let (kind_w, name_w, fetched_w) = (widest(0), widest(1).min(width / 3), widest(3));
    let from_w = widest(2).min(width.saturating_sub(kind_w + name_w + fetched_w + 8));
    let lines: Vec<Line> = window(state.switcher.cursor, shown.len(), usize::from(inner.height))
        .map(|row| {
            let [kind, name, from, fetched] = &all[shown[row]];
            let style = if row == state.switcher.cursor { t.selected() } else { Style::new() };
            Line::from(vec![
                Span::styled(format!(" {}  ", text::fit(kind, kind_w)), style.patch(t.dim())),
                Span::styled(format!("{}  ", text::fit(name, name_w)), style.patch(t.title())),
                Span::styled(format!("{}  ", text::fit_tail(from, from_w)), style),
                Span::styled(text::fit(fetched, fetched_w), style.patch(t.dim())),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
#[path = "switcher_tests.rs"]
mod tests;
