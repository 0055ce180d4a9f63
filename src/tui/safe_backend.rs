//! The app's last line of defence: a backend that neutralises every cell on its way to the
//! terminal. Text from files is cleaned before layout (so widths are right); this wrapper makes
//! sure that nothing drawn, by any widget or direct buffer write, can carry an escape sequence,
//! a control character or an invisible bidi/zero-width control to the terminal.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

use crate::sanitize;

/// `B`, with every cell's symbol neutralised before it is drawn.
#[derive(Debug)]
pub struct SafeBackend<B: Backend> {
    inner: B,
}

impl<B: Backend> SafeBackend<B> {
    pub fn new(inner: B) -> Self {
        SafeBackend { inner }
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

impl<B: Backend> Backend for SafeBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let content: Vec<(u16, u16, &Cell)> = content.collect();
        let fixed: Vec<Option<Cell>> = content.iter().map(|(_, _, cell)| neutralised(cell)).collect();
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
}
