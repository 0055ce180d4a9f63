//! The notices screen: every entry of the notice log, one a line with its level and location
//! (the app's own notices newest first, then the problems of the programme file in file order),
//! and the entry under the cursor in full below. Everything drawn from the file is neutralised.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::text;
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::key_hint;
use crate::tui::layout::window;
use crate::tui::mode::Mode;
use crate::tui::navigate::move_cursor;
use crate::tui::notice_log::{Entry, Level};
use crate::tui::state::State;
use crate::tui::theme::Theme;
use crate::wording;

/// The footer's key hints of the notices screen.
pub const HINTS: &[(Action, wording::Message)] =
    &[(Action::Down, wording::FOOTER_MOVE), (Action::Last, wording::FOOTER_LAST), (Action::Back, wording::FOOTER_BACK)];

/// Rows the list keeps at least, with its border, however long the selected entry is.
const LIST_HEIGHT_MIN: u16 = 5;

/// Open the notices screen from the current one, on its first entry.
pub fn open(state: &mut State) {
    state.notices_view = crate::tui::state::NoticesState { cursor: 0, behind: state.mode };
    state.mode = Mode::Notices;
}

/// Keys of the notices screen.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    match action {
        Action::Back | Action::OpenNotices => state.mode = state.notices_view.behind,
        other => move_cursor(&mut state.notices_view.cursor, state.notices.len(), other),
    }
    None
}

fn level_style(theme: Theme, level: Level) -> Style {
    match level {
        Level::Error | Level::Warning => theme.notice(),
        Level::Info => theme.label(),
    }
}

/// The level and location of an entry, as the head of its line.
fn head(entry: Entry<'_>) -> String {
    match entry.location() {
        Some(location) => format!(" {:<8}{location} ", entry.level().name()),
        None => format!(" {:<8}", entry.level().name()),
    }
}

/// A location without the folders of its file: `schedule.json:12:3` for `/tmp/x/schedule.json:12:3`.
fn brief_location(location: &str) -> &str {
    let file_end = location.find(':').unwrap_or(location.len());
    location[..file_end].rfind('/').map_or(location, |slash| &location[slash + 1..])
}

/// Every notice in `area`, the selected one in full below.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, _data: &Data) {
    let t = state.theme;
    let log = &state.notices;
    if log.is_empty() {
        let title = key_hint::title([Some(wording::NOTICES_TITLE_EMPTY.text().to_owned())], area.width);
        let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
        let none = Span::styled(format!(" {}", wording::NOTICES_NONE.text()), t.missing());
        frame.render_widget(Paragraph::new(none).block(block).wrap(Wrap { trim: true }), area);
        return;
    }
    let cursor = state.notices_view.cursor.min(log.len() - 1);
    // The selected entry in full below the list: as many rows as its text takes wrapped, so a
    // long message (a key bindings mistake lists every action) is read to its end.
    // Folded by words, each line of it going on under where it starts.
    let pane_width = usize::from(area.width.saturating_sub(2)).max(1);
    let full_lines: Vec<Line> = log
        .entries()
        .nth(cursor)
        .map(|e| {
            let lines = vec![
                Line::from(Span::styled(head(e), level_style(t, e.level()))),
                Line::from(format!(" {}", e.text())),
            ];
            super::detail::wrap::wrap(lines, pane_width, t.label())
        })
        .unwrap_or_default();
    let full_height =
        u16::try_from(full_lines.len() + 2).unwrap_or(u16::MAX).min(area.height.saturating_sub(LIST_HEIGHT_MIN));
    let [list_area, full_area] =
        Layout::vertical([Constraint::Min(LIST_HEIGHT_MIN), Constraint::Length(full_height)]).areas(area);
    let title = key_hint::title([Some(wording::NOTICES_TITLE.say(&[("counts", &log.summary())]))], list_area.width);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    let width = usize::from(inner.width);
    let rows = window(cursor, log.len(), usize::from(inner.height));
    let lines: Vec<Line> = log
        .entries()
        .enumerate()
        .skip(rows.start)
        .take(rows.len())
        .map(|(i, entry)| {
            let selected = if i == cursor { t.selected() } else { Style::new() };
            // What was found first, where after it (the file's name, not its folders): rows of
            // one file read apart at 80 columns; the pane below has the whole location.
            let level = format!(" {:<8}", entry.level().name());
            let rest = width.saturating_sub(text::width(&level));
            let place = entry.location().map(|l| format!("  {}", brief_location(&l))).unwrap_or_default();
            Line::from(vec![
                Span::styled(level, selected.patch(level_style(t, entry.level()))),
                Span::styled(text::fit(&format!("{}{place}", entry.text()), rest), selected),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let full = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border(false))
        .title(key_hint::title([Some(wording::NOTICE_TITLE.text().to_owned())], full_area.width));
    frame.render_widget(Paragraph::new(full_lines).block(full), full_area);
}

#[cfg(test)]
#[path = "notices_tests.rs"]
mod tests;
