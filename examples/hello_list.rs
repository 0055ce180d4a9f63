//! The floor for the first frame: a bare ratatui app that draws a bordered list of 30 lines and a
//! footer, then waits for a key. `scripts/first_frame.py` times it beside whrcf in the same run.

use std::io;

use crossterm::event::{self, Event};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::{Block, Borders, List, Paragraph};

fn main() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let items: Vec<String> = (1..=30).map(|n| format!("Session {n}: hello, world")).collect();
    terminal.draw(|frame| {
        let [list, footer] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(frame.area());
        frame.render_widget(
            List::new(items.clone()).block(Block::default().borders(Borders::ALL).title(" Hello ")),
            list,
        );
        frame.render_widget(Paragraph::new(" q quit"), footer);
    })?;
    while !matches!(event::read()?, Event::Key(_)) {}
    disable_raw_mode()?;
    execute!(io::stdout(), LeaveAlternateScreen)
}
