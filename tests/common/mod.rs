//! A pseudo-terminal harness for end-to-end tests: runs the real `whrcf` binary in a pty,
//! feeds it keys, and parses what it draws with `vt100`, as a person would see it.
//!
//! A test never waits a fixed time: it waits until it can see that the app has done what it
//! needs (the screen shows or no longer shows a text, the app wrote again, it exited), up to one
//! long deadline. A passing test waits only as long as the app takes; a failing one says what it
//! waited for and shows the screen.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap_or(std::num::NonZeroU16::MIN)
}

/// How long a condition is waited for before the test fails. Long, because a machine running
/// many tests at once can be slow to draw; a passing test never comes near it.
const DEADLINE: Duration = Duration::from_secs(30);

/// How often a condition is looked at again when nothing announces a change (a process's exit).
const RECHECK: Duration = Duration::from_millis(5);

/// Changes worth looking at a condition again for, announced by the thread that reads the
/// program's output, so a waiter wakes at once rather than on a timer.
#[derive(Default)]
struct Changes {
    count: Mutex<u64>,
    changed: Condvar,
}

impl Changes {
    /// Something changed: every waiter looks at its condition again.
    fn announce(&self) {
        *self.count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.changed.notify_all();
    }

    /// The value `check` gives once it gives one, looked for at every change and at least every
    /// few milliseconds. After [`DEADLINE`], fails naming `what` was awaited, with `context()`.
    fn until<T>(&self, what: &str, mut check: impl FnMut() -> Option<T>, context: impl Fn() -> String) -> T {
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

/// The real binary running in a pseudo-terminal, and what it has drawn.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// Announced by the reader at each piece of output and at its end.
    output: Arc<Changes>,
    /// Whether the program's side of the terminal is closed: it exited, all it wrote is read.
    ended: Arc<AtomicBool>,
    _home: tempfile::TempDir,
}

impl Pty {
    /// Start `whrcf ARGS` in a `cols`x`rows` terminal with an empty config and data directory.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Pty {
        Pty::spawn_in(tempfile::tempdir().unwrap(), args, &[], cols, rows)
    }

    /// [`Pty::spawn`] with these environment variables set too (they override the harness's).
    pub fn spawn_env(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        Pty::spawn_in(tempfile::tempdir().unwrap(), args, env, cols, rows)
    }

    /// Start `whrcf ARGS` on the small programme built in code ([`whrcf::sample`]), written to
    /// `programme.toml` in its empty config and data directory, at [`whrcf::sample::NOW`] (the
    /// first day, between the opening and the overlapping pair).
    pub fn spawn_sample(args: &[&str], cols: u16, rows: u16) -> Pty {
        let home = tempfile::tempdir().unwrap();
        let path = home.path().join("programme.toml");
        std::fs::write(&path, whrcf::sample::toml()).unwrap();
        let programme = format!("--programme={}", path.display());
        let now = format!("--now={}", whrcf::sample::NOW);
        let args: Vec<&str> = [programme.as_str(), now.as_str()].into_iter().chain(args.iter().copied()).collect();
        Pty::spawn_in(home, &args, &[], cols, rows)
    }

    fn spawn_in(home: tempfile::TempDir, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let pair =
            native_pty_system().openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_whrcf"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("TZ", "UTC");
        cmd.env("WHRCF_CONFIG_DIR", home.path());
        cmd.env("WHRCF_DATA_DIR", home.path());
        cmd.env("WHRCF_CACHE_DIR", home.path());
        for (name, value) in env {
            cmd.env(name, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn whrcf");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nonzero(rows), nonzero(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (output, ended) = (Arc::new(Changes::default()), Arc::new(AtomicBool::new(false)));
        let (p, r, o, e) = (parser.clone(), raw.clone(), output.clone(), ended.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // The read fails (EIO) or ends once the program has exited and closed the terminal.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                o.announce();
            }
            e.store(true, Ordering::SeqCst);
            o.announce();
        });
        Pty { child, master: pair.master, writer, parser, raw, output, ended, _home: home }
    }

    /// The screen's text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Where the terminal's cursor is (row, column), when it is shown.
    pub fn cursor(&self) -> Option<(u16, u16)> {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        (!screen.hide_cursor()).then(|| screen.cursor_position())
    }

    /// Everything the program wrote.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// How many bytes the program has written so far: a mark for [`Pty::wait_output_since`].
    pub fn raw_len(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    /// Wait until `check` gives a value; fails at once if the program ends first.
    fn until<T>(&self, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
        self.output.until(
            what,
            || {
                let found = check();
                assert!(
                    found.is_some() || !self.ended.load(Ordering::SeqCst),
                    "whrcf ended while waiting for {what}; screen:\n{}",
                    self.screen()
                );
                found
            },
            || format!("screen:\n{}", self.screen()),
        )
    }

    /// Wait until the screen contains `text`.
    pub fn wait_for(&self, text: &str) {
        self.until(&format!("{text:?} on the screen"), || self.screen().contains(text).then_some(()));
    }

    /// Wait until the screen passes `check` (`what` says what is awaited, if it never does).
    pub fn wait_screen(&self, what: &str, check: impl Fn(&str) -> bool) {
        self.until(what, || check(&self.screen()).then_some(()));
    }

    /// Wait until the screen no longer contains `text`.
    pub fn wait_gone(&self, text: &str) {
        self.until(&format!("{text:?} to leave the screen"), || (!self.screen().contains(text)).then_some(()));
    }

    /// Wait until the program has written more than the first `mark` bytes: it drew again. Every
    /// frame writes (at least its cursor), so a program that handles an event always does.
    pub fn wait_output_since(&self, mark: usize) {
        self.until(&format!("output after byte {mark}"), || (self.raw_len() > mark).then_some(()));
    }

    /// Wait until what the program wrote after the first `mark` bytes contains `text`.
    pub fn wait_raw_since(&self, mark: usize, text: &str) {
        let what = format!("{text:?} written after byte {mark}");
        self.until(&what, || String::from_utf8_lossy(&self.raw.lock().unwrap()[mark..]).contains(text).then_some(()));
    }

    /// Type bytes (keys) into the terminal. Keys are handled in order however they are read, so
    /// only a key whose bytes could join the next one's (Esc) needs a wait for its effect after it.
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Resize the terminal.
    pub fn resize(&self, cols: u16, rows: u16) {
        // The screen is resized first and held while the terminal is: whatever the app draws for
        // the new size is read at the new size (resizing the screen after let a fast redraw be
        // read at the old width, wrapped).
        let mut parser = self.parser.lock().unwrap();
        parser.screen_mut().set_size(nonzero(rows), nonzero(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    }

    /// Wait for the program to exit and everything it wrote to be read; its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let Pty { child, output, ended, parser, .. } = self;
        let screen = || format!("screen:\n{}", parser.lock().unwrap().screen().contents());
        let status = output.until("whrcf to exit", || child.try_wait().unwrap(), screen);
        output.until("the end of whrcf's output", || ended.load(Ordering::SeqCst).then_some(()), screen);
        status.exit_code()
    }

    /// Whether the terminal is back to normal: main screen, cursor shown, no mouse reporting.
    pub fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse reporting still on");
        let raw = self.raw.lock().unwrap();
        let text = String::from_utf8_lossy(&raw);
        let entered = text.rfind("\u{1b}[?1049h").expect("entered the alternate screen");
        let left = text.rfind("\u{1b}[?1049l").expect("left the alternate screen");
        assert!(left > entered);
    }

    /// Send a signal to the program.
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid").to_string();
        let ok = std::process::Command::new("kill").args([&format!("-{name}"), &pid]).status().unwrap();
        assert!(ok.success());
    }
}

impl Drop for Pty {
    /// A test that failed midway leaves no program behind (killing sends SIGHUP first, on which
    /// the app restores the terminal and exits).
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
        }
    }
}
