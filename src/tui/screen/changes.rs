//! The Changes screen: what changed since the user last looked, grouped under headings (new,
//! moved, changed, cancelled), one change a line with what changed (old → new time or room,
//! people); the selected change in full in a pane below. Enter opens the session (a cancelled one
//! has none), the mark-all-seen key records this version as seen and clears the marks.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::diff::{Change, Kind};
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::changes::Mark;
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::{move_cursor, select_session};
use crate::tui::screen::detail::wrap::wrap;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the Changes screen.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::Open, wording::FOOTER_OPEN),
    (Action::MarkAllSeen, wording::FOOTER_MARK_ALL_SEEN),
    (Action::Back, wording::FOOTER_BACK),
];

/// The fewest rows the list keeps, borders included, above the selected change in full.
const LIST_HEIGHT_MIN: u16 = 5;

/// Open the Changes screen from the current one, on its first change.
pub fn open(state: &mut State) {
    state.changes.behind = state.mode;
    state.changes.cursor = 0;
    state.mode = Mode::Changes;
}

/// Keys of the Changes screen.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    match action {
        Action::Open => open_session(state, data),
        Action::MarkAllSeen => return Some(Effect::MarkAllSeen),
        Action::Back | Action::OpenChanges => state.mode = state.changes.behind,
        Action::Click(Hit::Line(line)) => {
            let (list, _, _) = split(Areas::last_reported(state).detail, state, data);
            let c = &state.changes;
            let shown = window(c.row_of(c.cursor), c.rows(), usize::from(layout::inside(list).height));
            if let Some(Ok(at)) = (line < shown.len()).then(|| c.at_row(shown.start + line)).flatten() {
                state.changes.cursor = at;
            }
        }
        other => {
            let len = state.changes.len();
            move_cursor(&mut state.changes.cursor, len, other);
        }
    }
    None
}

/// The session of the change under the cursor, full-screen; Esc comes back here.
fn open_session(state: &mut State, data: &Data) {
    let Some(change) = state.changes.list().get(state.changes.cursor) else { return };
    if change.kind == Kind::Removed {
        state.notice = Some(wording::NOTICE_CANCELLED_NO_OPEN.text().to_owned());
        return;
    }
    let p = &data.programme;
    let Some(i) = p.sessions.iter().position(|s| s.id.as_str() == change.id) else { return };
    // A filter or search that leaves it out gives way, so it can be shown.
    if !state.filter.matches(&p.sessions[i]) || !state.query.is_empty() {
        state.filter = state.filter.cleared();
        state.query.clear();
    }
    select_session(state, data, i);
    state.mode = Mode::Detail;
    state.detail.opened_from = Mode::Changes;
}

/// The glyph of a change, as the list marks its session (a cancelled one has an `×`).
fn glyph(kind: Kind) -> &'static str {
    match kind {
        Kind::Added => Mark::New.glyph(),
        Kind::Moved => Mark::Moved.glyph(),
        Kind::Changed => Mark::Changed.glyph(),
        Kind::Removed => "×",
    }
}

fn heading(kind: Kind, n: usize) -> String {
    let message = match kind {
        Kind::Added => wording::CHANGES_GROUP_NEW,
        Kind::Moved => wording::CHANGES_GROUP_MOVED,
        Kind::Changed => wording::CHANGES_GROUP_CHANGED,
        Kind::Removed => wording::CHANGES_GROUP_CANCELLED,
    };
    message.say(&[("sessions", &wording::SESSIONS.of(n))])
}

/// The list's box and, below it, the box of the selected change in full, in `area`; and the
/// lines of that change.
fn split(area: Rect, state: &State, data: &Data) -> (Rect, Rect, Vec<Line<'static>>) {
    let Some(c) = state.changes.list().get(state.changes.cursor) else {
        return (area, Rect::new(area.x, area.bottom(), area.width, 0), Vec::new());
    };
    let zone = other_zone(state, data);
    let said: Vec<Line> = c
        .details
        .iter()
        .map(|d| Line::from(format!(" {}", wording::programme::difference_in(d, zone.as_deref()))))
        .collect();
    let lines = wrap(said, usize::from(area.width.saturating_sub(2)), Style::new());
    let wanted = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    let height = wanted.min(area.height.saturating_sub(LIST_HEIGHT_MIN));
    let [list, full] = Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
    (list, full, lines)
}

/// The programme's zone, named after its times when they are shown in another zone.
pub fn other_zone(state: &State, data: &Data) -> Option<String> {
    let forum = data.programme.timezone;
    wording::programme::other_zone(forum, state.zone.resolve(forum))
}

/// One change as a line of `width` columns: its glyph, its title in `title_w` columns, and what
/// changed.
fn entry_line(
    c: &Change,
    width: usize,
    title_w: usize,
    style: Style,
    state: &State,
    zone: Option<&str>,
) -> Line<'static> {
    let t = state.theme;
    let head = format!("  {} ", glyph(c.kind));
    let rest = width.saturating_sub(text::width(&head));
    let details = if c.kind == Kind::Removed {
        format!("{}: {}", wording::CHANGE_CANCELLED.text(), wording::programme::change_details_in(c, zone))
    } else {
        wording::programme::change_details_in(c, zone)
    };
    let details_w = rest.saturating_sub(title_w + 2);
    Line::from(vec![
        Span::styled(head, style.patch(t.notice())),
        Span::styled(format!("{}  ", text::fit(&crate::sanitize::line(&c.title), title_w)), style),
        Span::styled(text::fit(&details, details_w), style.patch(t.dim())),
    ])
}

/// The changes in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let changes = &state.changes;
    let keys = KeyHints::new(&data.keymap, Mode::Changes);
    let count = wording::TITLE_CHANGES.say(&[("changes", &wording::CHANGES.of(changes.len()))]);
    let title = key_hint::title(
        [
            Some(count),
            keys.key(Action::MarkAllSeen, wording::HINT_MARK_ALL_SEEN),
            keys.key(Action::Open, wording::HINT_OPEN),
            keys.key(Action::Back, wording::HINT_BACK),
        ],
        area.width,
    );
    let (list, full, said) = split(area, state, data);
    let zone = other_zone(state, data);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    if changes.is_empty() {
        let msg = format!(" {}", wording::CHANGES_NONE.text());
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width);
    let shown = window(changes.row_of(changes.cursor), changes.rows(), usize::from(inner.height));
    // The titles' column is as wide as the widest title on screen, up to half the line.
    let title_w = shown
        .clone()
        .filter_map(|row| changes.at_row(row)?.ok())
        .map(|i| text::width(&crate::sanitize::line(&changes.list()[i].title)))
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(4) / 2);
    let lines: Vec<Line> = shown
        .filter_map(|row| changes.at_row(row))
        .map(|row| match row {
            Err((kind, n)) => {
                Line::from(Span::styled(text::truncate(&format!(" {}", heading(kind, n)), width), t.label()))
            }
            Ok(i) => {
                let style = if i == changes.cursor { t.selected() } else { Style::new() };
                entry_line(&changes.list()[i], width, title_w, style, state, zone.as_deref())
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some(c) = changes.list().get(changes.cursor) {
        let title =
            key_hint::title([Some(format!("{} {}", glyph(c.kind), crate::sanitize::line(&c.title)))], full.width);
        let block = Block::default().borders(Borders::ALL).border_style(t.border(false)).title(title);
        frame.render_widget(Paragraph::new(said).block(block), full);
    }
}

#[cfg(test)]
#[path = "changes_tests.rs"]
mod tests;
