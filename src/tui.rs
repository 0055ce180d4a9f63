//! The terminal app: a thin layer of event -> keymap -> Action -> update -> render over the library.

mod action;
mod app;
mod keymap;
mod state;
mod terminal;
mod theme;
mod update;
mod view;

use std::process::ExitCode;

use whrcf::config;
use whrcf::time::{Clock, ZoneChoice};

use crate::cli::{self, Cli};
use keymap::Keymap;
use state::{Data, State};

/// The key bindings: defaults patched by the user's keys.toml; problems become a notice.
fn load_keymap() -> (Keymap, Vec<String>) {
    let path = config::keymap_file();
    let text = path.as_ref().and_then(|p| std::fs::read_to_string(p).ok());
    let shown = path.map(|p| p.display().to_string()).unwrap_or_default();
    Keymap::load(text.as_deref().map(|t| (t, shown.as_str())))
}

/// Open the app on the programme the options name.
pub fn run(args: &Cli) -> ExitCode {
    let ctx = match cli::open(args) {
        Ok(ctx) => ctx,
        Err(message) => {
            eprintln!("whrcf: {message}");
            return ExitCode::from(cli::EXIT_ERROR);
        }
    };
    let (keymap, problems) = load_keymap();
    let data = Data::new(ctx.loaded.programme, keymap);
    let clock = args.now.map_or(Clock::System, Clock::Fixed);
    let zone = args.tz.unwrap_or(ZoneChoice::Forum);
    terminal::install_panic_hook();
    if let Err(e) = terminal::install_signal_handlers() {
        eprintln!("whrcf: cannot watch signals: {e}");
    }
    let mut tui = match terminal::enter() {
        Ok(t) => t,
        Err(e) => {
            terminal::restore();
            eprintln!(
                "whrcf: cannot open the terminal app: {e} (use a subcommand such as `whrcf list` without a terminal)"
            );
            return ExitCode::from(cli::EXIT_ERROR);
        }
    };
    let size = tui.size().map(|s| (s.width, s.height)).unwrap_or((80, 24));
    let mut state = State::new(&data, zone, clock, size);
    if let Some(problem) = problems.first() {
        state.notice = Some(format!("Key bindings: {problem}"));
    }
    let result = app::run(&mut tui, &mut state, &data);
    terminal::restore();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whrcf: terminal error: {e}");
            ExitCode::from(cli::EXIT_ERROR)
        }
    }
}
