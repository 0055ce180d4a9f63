//! Following a programme while the app runs: what it was opened from, a worker thread that
//! fetches and reads a newer version (`r`, or by itself once the offline copy is older than the
//! interval) or another programme (the switcher), and what the header says of it ("refreshing…",
//! "updated 2 min ago", "offline: copy from 3 days ago"). The network and the parsing never run
//! on the UI thread: the event loop only swaps in what the worker sends back, so a key is never
//! held up by a fetch.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use chrono::{DateTime, Utc};

use super::data::Data;
use super::keymap::Keymap;
use crate::diagnostic::Problem;
use crate::load::{self, LoadError, Source};
use crate::store::seen::{Look, SeenStore};
use crate::web::follow::{self, Refreshed};
use crate::web::{Address, Following, Limits, offline};

/// How the app opens a programme again: the owned form of [`load::Opening`], which a worker
/// thread can take along.
#[derive(Debug, Clone, Default)]
pub struct Reopening {
    /// How to read what a file leaves open (`--tz` for a schedule that names no zone, the
    /// `--column-map` of a spreadsheet): kept for the whole run.
    pub options: load::Options<'static>,
    /// Where large files are kept parsed; `None` parses every time.
    pub cache_dir: Option<PathBuf>,
    /// Where programmes on the web are kept; `None` keeps no offline copy.
    pub data_dir: Option<PathBuf>,
    /// How many minutes old an offline copy may grow before it is refreshed by itself (0: never).
    pub refresh_minutes: u32,
    /// Where the versions the user last saw are kept: a programme read is compared with its own.
    pub seen: Option<SeenStore>,
}

impl Reopening {
    fn open(&self, source: &Source) -> Result<load::Loaded, LoadError> {
        let mut how = load::Opening::new(self.options, self.cache_dir.as_deref());
        how.web = self.following();
        load::open(source, how)
    }

    fn following(&self) -> Following<'_> {
        Following { dir: self.data_dir.as_deref(), limits: Limits::default(), progress: None }
    }

    /// When the offline copy of the programme at `address` was fetched.
    pub fn copy_fetched_at(&self, address: &str) -> Option<DateTime<Utc>> {
        offline::read_meta(self.data_dir.as_deref()?, &Address::parse(address)?).map(|m| m.fetched_at)
    }
}

/// What the header says of a programme on the web.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Freshness {
    /// The programme's web address; `None` for a file or a bundled edition (then nothing is said).
    pub address: Option<String>,
    /// When the copy shown was fetched.
    pub copy_from: Option<DateTime<Utc>>,
    /// When the server last answered a refresh in this run (with a newer version or "not modified").
    pub checked: Option<DateTime<Utc>>,
    /// Why the last refresh failed, until one succeeds.
    pub failed: Option<String>,
    /// What the worker is doing.
    pub busy: Option<Busy>,
}

/// What the worker is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Busy {
    Refreshing,
    /// Opening another programme (what the user picked, as shown).
    Opening(String),
}

impl Freshness {
    /// The freshness of a programme opened from `source`.
    pub fn of(source: &Source, how: &Reopening) -> Freshness {
        match source {
            Source::Web(address) => Freshness {
                address: Some(address.clone()),
                copy_from: how.copy_fetched_at(address),
                ..Freshness::default()
            },
            _ => Freshness::default(),
        }
    }

    /// Whether the copy is older than `minutes` (0: never by itself) and the server was not asked
    /// in that time, at `now` (the real time, even when the app's clock is set with `--now`).
    pub fn due(&self, minutes: u32, now: DateTime<Utc>) -> bool {
        if minutes == 0 || self.address.is_none() || self.busy.is_some() {
            return false;
        }
        let last = self.checked.max(self.copy_from);
        last.is_none_or(|t| now.signed_duration_since(t) >= chrono::Duration::minutes(i64::from(minutes)))
    }
}

impl Freshness {
    /// What the header says at `now` (the real time): "refreshing…", "opening …", "updated 2 min ago", "copy from 3 days
    /// ago", "offline: copy from 3 days ago"; nothing for a programme not on the web.
    pub fn words(&self, now: DateTime<Utc>) -> Option<String> {
        use crate::wording::{self, when::ago};
        match &self.busy {
            Some(Busy::Refreshing) => return Some(wording::LIVE_REFRESHING.text().to_owned()),
            Some(Busy::Opening(what)) => return Some(wording::LIVE_OPENING.say(&[("what", what)])),
            None => {}
        }
        self.address.as_ref()?;
        let copy = self.copy_from.map(|at| ago(at, now));
        match (&self.failed, self.checked, copy) {
            (Some(_), _, Some(copy)) => Some(wording::LIVE_OFFLINE.say(&[("ago", &copy)])),
            (None, Some(checked), _) => Some(wording::LIVE_UPDATED_AGO.say(&[("ago", &ago(checked, now))])),
            (None, None, Some(copy)) => Some(wording::LIVE_COPY_FROM.say(&[("ago", &copy)])),
            _ => None,
        }
    }
}

/// A programme read off the UI thread, prepared for the app.
pub struct Prepared {
    pub data: Data,
    pub warnings: Vec<Problem>,
    /// The programme against the version the user last saw (none without a store).
    pub look: Option<Look>,
}

/// What the worker sends back.
pub enum Outcome {
    /// A refresh: a newer version, or the server's "not modified" (when the copy shown was fetched).
    Refreshed(Result<Option<Prepared>, String>),
    /// Another programme opened, or why it could not be.
    Opened { source: Source, result: Result<Prepared, String> },
    /// The programme shown against the version the user last saw.
    Looked(Look),
}

/// The worker thread of the one job running, if any.
#[derive(Default)]
pub struct Worker {
    running: Option<Receiver<Outcome>>,
}

/// Read a programme for the app, as `tui::run` does: neutralised once, then indexed, then
/// compared with the version last seen.
fn prepare(loaded: load::Loaded, keymap: Keymap, how: &Reopening, buffer: chrono::Duration) -> Prepared {
    let load::Loaded { mut programme, warnings } = loaded;
    crate::sanitize::programme(&mut programme, crate::sanitize::Ids::Kept);
    let mut data = Data::new(programme, keymap);
    data.buffer = buffer;
    let look = how.seen.as_ref().map(|seen| seen.look(&data.programme));
    Prepared { data, warnings, look }
}

impl Worker {
    /// Whether a job is running.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// Start refreshing the programme at `address`, whose version shown was fetched at `shown`
    /// (nothing when a job is running).
    pub fn refresh(&mut self, address: String, shown: Option<DateTime<Utc>>, how: Reopening, data: &Data) {
        let (keymap, buffer) = (data.keymap.clone(), data.buffer);
        self.start(move || {
            let result =
                follow::refresh_shown(&address, how.options, &how.following(), shown).map_err(|e| e.to_string());
            Outcome::Refreshed(result.map(|refreshed| match refreshed {
                Refreshed::NotModified { .. } => None,
                Refreshed::Updated { loaded, .. } => Some(prepare(*loaded, keymap, &how, buffer)),
            }))
        });
    }

    /// Start opening `source` (nothing when a job is running).
    pub fn open(&mut self, source: Source, how: Reopening, data: &Data) {
        let (keymap, buffer) = (data.keymap.clone(), data.buffer);
        self.start(move || {
            let result = how
                .open(&source)
                .map(|loaded| {
                    let mut prepared = prepare(loaded, keymap, &how, buffer);
                    prepared.data.moves_key = crate::store::moves::key(&prepared.data.programme.id, &source);
                    prepared
                })
                .map_err(|e| e.to_string());
            Outcome::Opened { source, result }
        });
    }

    /// Start comparing the programme shown with the version last seen (nothing when a job is
    /// running): at 100,000 sessions it takes a second, which the first frame does not wait for.
    pub fn look(&mut self, data: &std::sync::Arc<Data>, seen: SeenStore) {
        let data = std::sync::Arc::clone(data);
        self.start(move || Outcome::Looked(seen.look(&data.programme)));
    }

    fn start(&mut self, job: impl FnOnce() -> Outcome + Send + 'static) {
        if self.busy() {
            return;
        }
        let (send, receive) = mpsc::channel();
        std::thread::spawn(move || {
            yield_to_the_app();
            // The app may have quit meanwhile: then nobody listens, and that is fine.
            let _ = send.send(job());
        });
        self.running = Some(receive);
    }

    /// Wait for the running job to end (what it sent back is dropped): a comparison with the
    /// version last seen records the first version seen, which quitting must not cut short.
    pub fn finish(&mut self) {
        if let Some(running) = self.running.take() {
            let _ = running.recv();
        }
    }

    /// What the job sent back, once it is done.
    pub fn done(&mut self) -> Option<Outcome> {
        let running = self.running.as_ref()?;
        match running.try_recv() {
            Ok(outcome) => {
                self.running = None;
                Some(outcome)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                // The job panicked: said as a failure rather than waited for forever.
                self.running = None;
                Some(Outcome::Refreshed(Err(crate::wording::LIVE_JOB_FAILED.text().to_owned())))
            }
        }
    }
}

/// Lower this thread's priority below the app's, so that on a busy machine a key is drawn before
/// the worker's parsing goes on (Linux keeps a nice value per thread).
fn yield_to_the_app() {
    #[cfg(target_os = "linux")]
    // SAFETY: sets the nice value of the calling thread (its id from gettid) to a documented value;
    // a failure leaves the priority as it was, which is harmless.
    unsafe {
        let thread = libc::gettid();
        libc::setpriority(libc::PRIO_PROCESS, u32::try_from(thread).unwrap_or(0), 10);
    }
}

#[cfg(test)]
#[path = "live_tests.rs"]
mod tests;
