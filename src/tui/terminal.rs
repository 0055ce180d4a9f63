//! Entering and leaving the terminal app's screen mode, and making sure the terminal is
//! restored on every exit path: normal quit, panic, SIGINT, SIGTERM, SIGQUIT, SIGHUP, and suspend
//! (Ctrl-Z).

use std::io::{self, Stdout, Write};

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::safe_backend::SafeBackend;

pub type Tui = Terminal<SafeBackend<CrosstermBackend<Stdout>>>;

/// Raw mode, alternate screen, mouse reporting.
pub fn enter() -> io::Result<Tui> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, cursor::Hide)?;
    Terminal::new(SafeBackend::new(CrosstermBackend::new(io::stdout())))
}

/// Undo `enter`; safe to call more than once.
pub fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = io::stdout().flush();
}

/// Restore the terminal before a panic message is printed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// On SIGINT, SIGTERM, SIGQUIT or SIGHUP: restore the terminal and exit with 128 + the signal.
/// Standard output stays locked from the restore to the exit, so that a frame being drawn at that
/// moment cannot hide the cursor or switch to the alternate screen again afterwards.
pub fn install_signal_handlers() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGQUIT, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _drawing_waits = io::stdout().lock();
            restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

/// Give the terminal back to the shell until `fg`, then take it again and redraw everything.
pub fn suspend(tui: &mut Tui) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, cursor::Hide, Clear(ClearType::All))?;
    // A blank frame makes the next one redraw every cell (`Terminal::clear` would ask the
    // terminal for the cursor position, which not every terminal answers).
    tui.draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))?;
    Ok(())
}
