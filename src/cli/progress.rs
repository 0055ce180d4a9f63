//! The progress line of a fetch on standard error: redrawn in place (at most ten times a second)
//! while a terminal shows it, then one final line with the size and rate. Its text comes from
//! `wording::web`, which neutralises the address.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::time::Duration;

use whrcf::web::{Address, Progress};

/// How often the line is redrawn.
const EVERY: Duration = Duration::from_millis(100);

/// What was last heard of a fetch, and when the line was last drawn.
#[derive(Default)]
pub struct ProgressLine {
    last: RefCell<Option<(String, Progress, Option<Duration>)>>,
}

impl ProgressLine {
    /// Hear of a fetch's progress; redraw the line when it is due.
    pub fn tell(&self, address: &Address, p: Progress) {
        let mut last = self.last.borrow_mut();
        let drawn = last.as_ref().and_then(|(_, _, drawn)| *drawn);
        let due = drawn.is_none_or(|at| p.elapsed >= at + EVERY);
        let terminal = std::io::stderr().is_terminal();
        if terminal && due {
            let text = whrcf::wording::web::progress(address.as_str(), &p, false);
            let _ = write!(std::io::stderr().lock(), "\r{text}\x1b[K");
        }
        let drawn = if terminal && due { Some(p.elapsed) } else { drawn };
        *last = Some((address.as_str().to_owned(), p, drawn));
    }

    /// End the line: the final size and rate of the fetch heard of, if any.
    pub fn finish(&self) {
        if let Some((address, p, drawn)) = self.last.borrow_mut().take() {
            let text = whrcf::wording::web::progress(&address, &p, true);
            let (start, clear) = if drawn.is_some() { ("\r", "\x1b[K") } else { ("", "") };
            let _ = writeln!(std::io::stderr().lock(), "{start}{text}{clear}");
        }
    }
}
