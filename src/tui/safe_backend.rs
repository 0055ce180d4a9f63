//! The app's last line of defence: a backend that neutralises every cell on its way to the
//! terminal. Text from files is cleaned before layout (so widths are right); this wrapper makes
//! sure that nothing drawn, by any widget or direct buffer write, can carry an escape sequence,
//! a control character or an invisible bidi/zero-width control to the terminal. The one escape
//! it writes itself is an OSC 8 hyperlink around cells already drawn (`draw_links`), for an
//! address that passes `web_address::checked` unchanged.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

use crate::sanitize;

/// `B`, with every cell's symbol neutralised before it is drawn.
#[derive(Debug)]
pub struct SafeBackend<B: Backend> {
    inner: B,
    /// Accessible mode: lines and boxes are drawn as blanks, so that a screen reader reading the
    /// screen hears the text and not the frames around it.
    pub plain: bool,
}

impl<B: Backend> SafeBackend<B> {
    pub fn new(inner: B) -> Self {
        SafeBackend { inner, plain: false }
    }

    /// The wrapped backend.
    pub fn inner(&self) -> &B {
        &self.inner
    }
}

/// The cell as it may be drawn: `None` when it is safe as it is.
fn neutralised(cell: &Cell) -> Option<Cell> {
    let symbol = cell.symbol();
    if !symbol.chars().any(sanitize::is_unsafe) {
        return None;
    }
    let clean: String = symbol.chars().filter(|c| !sanitize::is_unsafe(*c)).collect();
    let mut safe = cell.clone();
    safe.set_symbol(if clean.is_empty() { " " } else { &clean });
    Some(safe)
}

/// Whether a character only draws a line or a box: box drawing (U+2500–U+257F), block elements
/// (U+2580–U+259F).
fn is_frame(c: char) -> bool {
    ('\u{2500}'..='\u{259f}').contains(&c)
}

/// The cell as accessible mode draws it: a blank for a piece of a line or a box.
fn plain(cell: &Cell) -> Option<Cell> {
    let mut chars = cell.symbol().chars();
    let c = chars.next()?;
    if !is_frame(c) || chars.next().is_some() {
        return None;
    }
    let mut blank = cell.clone();
    blank.set_symbol(" ");
    Some(blank)
}

impl<B: Backend> SafeBackend<B> {
    /// Draw each link's cells again (neutralised, as every cell), inside an OSC 8 hyperlink to
    /// its address. A link whose address is not a checked web address is drawn as plain cells.
    /// The escape is written in the cells' text, after layout, so it takes no width.
    pub fn draw_links(&mut self, links: &[crate::tui::links::Linked]) -> Result<(), B::Error> {
        let mut drawn: Vec<(u16, u16, Cell)> = Vec::new();
        for link in links {
            let safe = crate::web_address::checked(&link.url).filter(|u| *u == link.url);
            let last = link.cells.len().saturating_sub(1);
            for (n, (x, y, cell)) in link.cells.iter().enumerate() {
                let mut cell = neutralised(cell).unwrap_or_else(|| cell.clone());
                if let Some(url) = &safe {
                    let open = if n == 0 { format!("\u{1b}]8;;{url}\u{1b}\\") } else { String::new() };
                    let close = if n == last { "\u{1b}]8;;\u{1b}\\" } else { "" };
                    cell.set_symbol(&format!("{open}{}{close}", cell.symbol()));
                }
                drawn.push((*x, *y, cell));
            }
        }
        if drawn.is_empty() {
            return Ok(());
        }
        self.inner.draw(drawn.iter().map(|(x, y, cell)| (*x, *y, cell)))?;
        self.inner.flush()
    }
}

impl<B: Backend + std::io::Write> SafeBackend<B> {
    /// Ask the terminal to notify `text` (OSC 9 and OSC 777, then a bell), between frames: the
    /// text is neutralised and capped by `reminders::notification`, and takes no cell.
    pub fn notify(&mut self, text: &str) -> std::io::Result<()> {
        self.inner.write_all(crate::tui::reminders::notification(text).as_bytes())?;
        std::io::Write::flush(&mut self.inner)
    }
}

impl<B: Backend> Backend for SafeBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let content: Vec<(u16, u16, &Cell)> = content.collect();
        let plain_cells = self.plain;
        let fixed: Vec<Option<Cell>> = content
            .iter()
            .map(|(_, _, cell)| match neutralised(cell) {
                Some(safe) if plain_cells => plain(&safe).or(Some(safe)),
                Some(safe) => Some(safe),
                None if plain_cells => plain(cell),
                None => None,
            })
            .collect();
        self.inner.draw(content.iter().zip(&fixed).map(|(&(x, y, cell), safe)| (x, y, safe.as_ref().unwrap_or(cell))))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;

    use super::*;

    #[test]
    fn no_cell_reaches_the_terminal_with_a_control_in_it() {
        let mut backend = SafeBackend::new(TestBackend::new(6, 1));
        let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 6, 1));
        // Direct writes bypass ratatui's own filtering of control characters.
        buffer[(0, 0)].set_symbol("\u{1b}]52;c;SGk=\u{7}");
        buffer[(1, 0)].set_symbol("a\u{202e}");
        buffer[(2, 0)].set_symbol("광");
        buffer[(4, 0)].set_symbol("\u{9b}");
        let cells: Vec<(u16, u16, &Cell)> = (0..6).map(|x| (x, 0, &buffer[(x, 0)])).collect();
        backend.draw(cells.into_iter()).unwrap();
        let drawn = backend.inner().buffer();
        let symbols: Vec<&str> = (0..6).map(|x| drawn[(x, 0)].symbol()).collect();
        assert_eq!(symbols, ["]52;c;SGk=", "a", "광", " ", " ", " "]);
    }

    #[test]
    fn in_accessible_mode_lines_and_boxes_are_blanks_and_text_stays() {
        let mut backend = SafeBackend::new(TestBackend::new(8, 1));
        backend.plain = true;
        let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 8, 1));
        for (x, symbol) in ["┌", "─", "│", "█", "a", "★", "광"].iter().enumerate() {
            buffer[(u16::try_from(x).unwrap(), 0)].set_symbol(symbol);
        }
        let cells: Vec<(u16, u16, &Cell)> = (0..8).map(|x| (x, 0, &buffer[(x, 0)])).collect();
        backend.draw(cells.into_iter()).unwrap();
        let drawn = backend.inner().buffer();
        let symbols: Vec<&str> = (0..7).map(|x| drawn[(x, 0)].symbol()).collect();
        assert_eq!(symbols, [" ", " ", " ", " ", "a", "★", "광"]);
    }
}
