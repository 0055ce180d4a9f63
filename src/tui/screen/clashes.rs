//! The clash screen: every clash of the programme (rooms and people booked twice, sessions
//! outside the programme's days), one a line, then under a heading the sessions without an end
//! (warnings, counted apart); the selected entry's sentence whole in a pane below; Enter goes to
//! its first session.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::clash::{Clash, Kind};
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::glyph::spoken;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::{jump, move_cursor};
use crate::tui::screen::detail::wrap::wrap;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the clash panel.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::Open, wording::FOOTER_GO_TO_SESSION),
    (Action::Back, wording::FOOTER_BACK),
];

/// Keys of the clash panel.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let found = data.clashes();
    match action {
        Action::Open => match found.get(state.clashes.cursor) {
            Some(c) => jump(state, data, c.sessions[0]),
            None => state.notice = Some(crate::wording::NOTICE_NO_CLASH.text().into()),
        },
        Action::Back | Action::OpenClashes => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            let (list, _, _) = split(Areas::last_reported(state).detail, state, data);
            let rows = Rows::of(found);
            let height = usize::from(layout::inside(list).height);
            let shown = window(rows.row_of(state.clashes.cursor), rows.len, height);
            if let Some(at) = (line < shown.len()).then(|| rows.entry_at(shown.start + line)).flatten() {
                state.clashes.cursor = at;
            }
        }
        other => move_cursor(&mut state.clashes.cursor, found.len(), other),
    }
    None
}

/// The rows of the list: the clashes, then a heading, then the sessions without an end (the
/// warnings, which `found` lists last).
struct Rows {
    /// The row of the heading (the first warning's index), if there are warnings.
    heading: Option<usize>,
    len: usize,
}

impl Rows {
    fn of(found: &[Clash]) -> Self {
        let heading = found.iter().position(Clash::is_warning);
        Rows { heading, len: found.len() + usize::from(heading.is_some()) }
    }

    /// The row entry `i` is drawn on.
    fn row_of(&self, i: usize) -> usize {
        i + usize::from(self.heading.is_some_and(|h| i >= h))
    }

    /// The entry drawn on row `row`; none on the heading.
    fn entry_at(&self, row: usize) -> Option<usize> {
        match self.heading {
            Some(h) if row == h => None,
            Some(h) if row > h => Some(row - 1),
            _ => Some(row),
        }
    }
}

/// When a clash is: the conference day of its sessions (a clash at 00:50 after Friday's
/// programme is Friday's, marked +1d) and its times in the zone shown.
fn when(p: &crate::model::Programme, c: &Clash, zone: chrono_tz::Tz) -> String {
    match (c.start, c.end) {
        (Some(a), b) => {
            let (a, b) = (a.with_timezone(&zone), b.map(|b| b.with_timezone(&zone)));
            let day = c.sessions.first().and_then(|&i| p.day_of(&p.sessions[i])).unwrap_or(a.date_naive());
            let range = wording::when::range_wide(crate::time::Range::of_instants(&a, b.as_ref(), Some(day)));
            format!("{} {range}", wording::when::weekday_day(day))
        }
        _ => wording::NO_TIME.text().to_owned(),
    }
}

/// The list's box and, below it, the box of the selected entry in full, in `area`: as high as
/// its sentence takes wrapped (the list keeps a few rows); and that sentence's lines.
fn split(area: Rect, state: &State, data: &Data) -> (Rect, Rect, Vec<Line<'static>>) {
    let Some(c) = data.clashes().get(state.clashes.cursor) else {
        return (area, Rect::new(area.x, area.bottom(), area.width, 0), Vec::new());
    };
    let sentence = Line::from(format!(" {}", wording::programme::clash(&data.programme, c)));
    let lines = wrap(vec![sentence], usize::from(area.width.saturating_sub(2)), Style::new());
    let wanted = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    let height = wanted.min(area.height.saturating_sub(LIST_HEIGHT_MIN));
    let [list, full] = Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
    (list, full, lines)
}

/// The fewest rows the list keeps, borders included, above the selected entry in full.
const LIST_HEIGHT_MIN: u16 = 5;

fn glyph(state: &State, c: &Clash) -> &'static str {
    crate::tui::glyph::kind_words(state, kind(c))
}

/// A clash's kind, its symbol and name.
fn kind(c: &Clash) -> &'static str {
    if c.is_warning() {
        return crate::wording::CLASH_KIND_NO_END.text();
    }
    match c.kind {
        Kind::Room => crate::wording::CLASH_KIND_ROOM,
        Kind::Person => crate::wording::CLASH_KIND_PERSON,
        Kind::PossiblePerson => crate::wording::CLASH_KIND_SAME_PERSON,
        Kind::Organizer => crate::wording::CLASH_KIND_ORGANIZER,
        Kind::Dates => crate::wording::CLASH_KIND_DATES,
        Kind::Length => crate::wording::CLASH_KIND_LENGTH,
        Kind::Buffer => crate::wording::CLASH_KIND_BUFFER,
    }
    .text()
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
    let title = key_hint::title(
        [Some(count), keys.key(Action::Open, wording::HINT_GO_TO_FIRST), keys.key(Action::Back, wording::HINT_BACK)],
        area.width,
    );
    let (list, full, sentence) = split(area, state, data);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    if found.is_empty() {
        let msg = format!(" {}", crate::wording::CLASHES_NONE.text());
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width);
    let rows = Rows::of(found);
    let cursor = state.clashes.cursor;
    // The type column is as wide as the widest type found (`▣ room`, not `▣ room` and ten blanks).
    let type_w = found.iter().map(|c| text::width(glyph(state, c))).max().unwrap_or(0);
    let (p, zone) = (&data.programme, state.zone.resolve(data.programme.timezone));
    let shown = window(rows.row_of(cursor), rows.len, usize::from(inner.height));
    // As wide as the widest time on screen (a night clash's +1d marks), found for these rows only.
    let when_w = shown
        .clone()
        .filter_map(|row| rows.entry_at(row))
        .map(|i| text::width(&spoken(state, &when(p, &found[i], zone))))
        .max()
        .unwrap_or(0)
        .clamp(12, 30);
    let lines: Vec<Line> = shown
        .map(|row| {
            let Some(i) = rows.entry_at(row) else {
                let sessions = wording::NO_END.of(found.len() - rows.heading.unwrap_or_default());
                let heading = wording::CLASHES_NOT_CHECKED.say(&[("sessions", &sessions)]);
                return Line::from(Span::styled(text::truncate(&format!(" {heading}"), width), t.label()));
            };
            let c = &found[i];
            let style = if i == cursor { t.selected() } else { Style::new() };
            let head = format!(
                " {} {} ",
                text::fit(&spoken(state, &when(p, c, zone)), when_w),
                text::fit(glyph(state, c), type_w)
            );
            let rest = width.saturating_sub(text::width(&head));
            Line::from(vec![
                Span::styled(head, style.patch(t.notice())),
                Span::styled(text::fit(&wording::programme::clash(&data.programme, c), rest), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some(c) = found.get(cursor) {
        let title =
            key_hint::title([Some(format!("{} · {}", spoken(state, &when(p, c, zone)), glyph(state, c)))], full.width);
        let block = Block::default().borders(Borders::ALL).border_style(t.border(false)).title(title);
        frame.render_widget(Paragraph::new(sentence).block(block), full);
    }
}

#[cfg(test)]
#[path = "clashes_tests.rs"]
mod tests;
