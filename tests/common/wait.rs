//! Waiting for a condition, never for a fixed time: a test that needs the app to have done
//! something waits until it can see that it has (the screen shows a text, the program wrote
//! again, the process exited or stopped), up to one long deadline. A passing
//! test waits only as long as the app takes; a failing one says what it waited for and shows the
//! screen (or whatever else the waiter names as its context).

#![allow(dead_code)]

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long a condition is waited for before the test fails. Long, because a machine running
/// many tests at once can be slow to draw; a passing test never comes near it.
pub const DEADLINE: Duration = Duration::from_secs(30);

/// How often a condition is looked at again when nothing announces a change (a process's exit,
/// a file on disk).
const RECHECK: Duration = Duration::from_millis(5);

/// Changes worth looking at a condition again for, announced by whoever makes them (the thread
/// that reads a program's output), so a waiter wakes at once rather than on a timer.
#[derive(Default)]
pub struct Changes {
    count: Mutex<u64>,
    changed: Condvar,
}

impl Changes {
    /// Something changed: every waiter looks at its condition again.
    pub fn announce(&self) {
        *self.count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.changed.notify_all();
    }

    /// The value `check` gives once it gives one, looked for at every change and at least every
    /// few milliseconds. After [`DEADLINE`], fails naming `what` was awaited, with `context()`.
    pub fn until<T>(&self, what: &str, mut check: impl FnMut() -> Option<T>, context: impl Fn() -> String) -> T {
        let start = Instant::now();
        loop {
            let seen = *self.count.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(found) = check() {
                return found;
            }
            let Some(left) = DEADLINE.checked_sub(start.elapsed()) else {
                panic!("timed out after {DEADLINE:?} waiting for {what}; {}", context());
            };
            let count = self.count.lock().unwrap_or_else(|e| e.into_inner());
            drop(self.changed.wait_timeout_while(count, left.min(RECHECK), |c| *c == seen));
        }
    }
}

/// [`Changes::until`] for a condition nothing announces: looked at every few milliseconds.
pub fn until<T>(what: &str, check: impl FnMut() -> Option<T>, context: impl Fn() -> String) -> T {
    Changes::default().until(what, check, context)
}
