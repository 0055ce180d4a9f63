//! Shared fixtures and screen readers for the app's tests (compiled for tests only).
//!
//! Fixtures: the small programme built in code ([`sample`], [`crate::sample`]) or a variation of
//! it ([`data`]), a state opened on it with a fixed clock and colours on ([`state_at`],
//! [`opened`]), and a run of actions ([`run`]). The bundled editions ([`bundled`]) are for the
//! tests about a real edition.
//!
//! Readers: a drawn frame ([`Screen`]) read as text a row or a region at a time, with where a
//! text starts, where a row's right border is, and which rows are drawn selected, so that a test
//! asserts on the part of the screen its feature draws instead of on a whole-screen snapshot.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;

use super::action::Action;
use super::data::Data;
use super::keymap::Keymap;
use super::state::State;
use super::theme::Theme;
use super::update::update;
use super::view::draw;
use crate::model::Programme;
use crate::time::{Clock, ZoneChoice, parse_instant};

/// `programme` prepared for the app, with the default keys.
pub fn data(programme: Programme) -> Data {
    Data::new(programme, Keymap::load(None).0)
}

/// The small programme built in code, prepared for the app.
pub fn sample() -> Data {
    data(crate::sample::programme())
}

/// The small programme with every session's summary forty lines long: longer than any detail
/// pane, for the tests that scroll it.
pub fn long_detail() -> Data {
    let mut programme = crate::sample::programme();
    for session in &mut programme.sessions {
        let line = format!("About {}.", session.title);
        session.summary = Some(vec![line; 40].join("\n"));
    }
    data(programme)
}

/// A bundled edition, for the tests about a real edition.
pub fn bundled(edition: i32) -> Data {
    data(crate::load::bundled(edition).unwrap_or_else(|e| panic!("bundled {edition}: {e}")).programme)
}

/// The opening state at the fixed moment `now` (RFC 3339) on a screen of `size`, in the forum's
/// zone, with colours on (whatever `NO_COLOR` says) so that styles can be checked.
pub fn state_at(data: &Data, now: &str, size: (u16, u16)) -> State {
    let now = parse_instant(now).unwrap_or_else(|e| panic!("{now}: {e}"));
    let mut state = State::new(data, ZoneChoice::Forum, Clock::Fixed(now), size);
    state.theme = Theme::new(true);
    state
}

/// The opening state of the small programme on a screen of `size`: its first day, at
/// [`crate::sample::NOW`] (between the opening and the overlapping pair).
pub fn opened(data: &Data, size: (u16, u16)) -> State {
    state_at(data, crate::sample::NOW, size)
}

/// Apply `actions` in order.
pub fn run(state: &mut State, data: &Data, actions: &[Action]) {
    for a in actions {
        update(state, data, *a);
    }
}

/// The actions of typing `text` (into a search, the people index or a note).
pub fn typed(text: &str) -> impl Iterator<Item = Action> + '_ {
    text.chars().map(Action::Input)
}

/// The id of the selected session.
pub fn selected_id<'a>(state: &State, data: &'a Data) -> &'a str {
    state.current().map_or("(none)", |i| data.programme.sessions[i].id.as_str())
}

/// A frame drawn on a test terminal.
pub struct Screen {
    pub buffer: Buffer,
}

/// Draw `state` on a terminal of the size it last heard of.
pub fn render(state: &State, data: &Data) -> Screen {
    render_on(state, data, state.size)
}

/// Draw `state` on a terminal of `real` size, whatever size the state last heard of.
pub fn render_on(state: &State, data: &Data, real: (u16, u16)) -> Screen {
    let mut terminal = Terminal::new(TestBackend::new(real.0, real.1)).unwrap_or_else(|e| panic!("{e}"));
    terminal.draw(|f| draw(f, state, data)).unwrap_or_else(|e| panic!("{e}"));
    Screen { buffer: terminal.backend().buffer().clone() }
}

impl Screen {
    /// The cells of row `y` from column `x` for `width` columns, each with its column; the
    /// second cell of a wide character is skipped.
    fn cells(&self, x: u16, y: u16, width: u16) -> Vec<(u16, &str)> {
        let mut out = Vec::new();
        let mut skip = 0;
        for col in x..(x + width).min(self.buffer.area.width) {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = self.buffer[(col, y)].symbol();
            skip = crate::text::width(sym).saturating_sub(1);
            out.push((col, sym));
        }
        out
    }

    /// The columns `x..x + width` of row `y` as text, trailing spaces cut.
    fn span(&self, x: u16, y: u16, width: u16) -> String {
        self.cells(x, y, width).into_iter().map(|(_, s)| s).collect::<String>().trim_end().to_owned()
    }

    /// Row `y` as text, trailing spaces cut.
    pub fn row(&self, y: u16) -> String {
        self.span(0, y, self.buffer.area.width)
    }

    /// The rows of `area` as text, each cut to the area's columns and of its trailing spaces.
    pub fn region(&self, area: Rect) -> Vec<String> {
        (area.y..area.bottom()).map(|y| self.span(area.x, y, area.width)).collect()
    }

    /// The whole screen as text, one line per row.
    pub fn text(&self) -> String {
        self.region(self.buffer.area).join("\n")
    }

    /// The column where `needle` starts in row `y`, if it is there.
    pub fn column_in(&self, y: u16, needle: &str) -> Option<u16> {
        let cells = self.cells(0, y, self.buffer.area.width);
        let mut line = String::new();
        let mut starts = Vec::new();
        for (x, sym) in &cells {
            starts.push((line.len(), *x));
            line.push_str(sym);
        }
        let at = line.find(needle)?;
        starts.iter().find(|(byte, _)| *byte == at).map(|(_, x)| *x)
    }

    /// Where `needle` first starts, top to bottom; the screen is shown if it is nowhere.
    pub fn find(&self, needle: &str) -> Position {
        (0..self.buffer.area.height)
            .find_map(|y| self.column_in(y, needle).map(|x| Position::new(x, y)))
            .unwrap_or_else(|| panic!("{needle:?} is not on the screen:\n{}", self.text()))
    }

    /// The row where `needle` first is (see [`Screen::find`]).
    pub fn row_of(&self, needle: &str) -> u16 {
        self.find(needle).y
    }

    /// The last column of row `y` drawn with `symbol` (a border, say).
    pub fn last_column_of(&self, y: u16, symbol: &str) -> Option<u16> {
        self.cells(0, y, self.buffer.area.width).into_iter().rev().find(|(_, s)| *s == symbol).map(|(x, _)| x)
    }

    /// Whether the cell at `at` is drawn in the selection's style.
    pub fn is_selected(&self, at: Position) -> bool {
        self.buffer[(at.x, at.y)].bg == Theme::new(true).selected().bg.unwrap_or_default()
    }

    /// Whether the cell at `at` is underlined (a search match).
    pub fn is_underlined(&self, at: Position) -> bool {
        self.buffer[(at.x, at.y)].modifier.contains(Modifier::UNDERLINED)
    }

    /// The rows of `area` drawn selected (their first cell in the area is), as text.
    pub fn selected_rows(&self, area: Rect) -> Vec<String> {
        (area.y..area.bottom())
            .filter(|y| self.is_selected(Position::new(area.x, *y)))
            .map(|y| self.span(area.x, y, area.width))
            .collect()
    }
}

impl std::fmt::Debug for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\n{}", self.text())
    }
}
