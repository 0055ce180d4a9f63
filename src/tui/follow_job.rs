//! The event loop's side of the worker (`live`): start a refresh (`r`, or by itself when the
//! offline copy has grown older than the interval) or the opening of another programme, and
//! take in what the worker sends back — a newer version, "not modified", another programme, or
//! why it failed — saying each in the footer and the notice log.

use std::sync::Arc;

use super::app::Stores;
use super::data::Data;
use super::live::{Busy, Freshness, Outcome, Reopening, Worker};
use super::notice_log::{Level, Topic};
use super::state::State;
use super::{changes, replace};
use crate::load::Source;
use crate::wording;

/// The programme shown, where it came from, and the worker that opens it again.
pub struct Followed {
    pub source: Source,
    pub how: Reopening,
    pub worker: Worker,
    /// The comparison with the version last seen, beside the worker (a refresh need not wait for it).
    pub looker: Worker,
    /// Whether the running refresh was asked for (`r`): then "not modified" is said too.
    asked: bool,
    /// The comparison to start once the first frame is drawn (see [`Followed::after_first_frame`]).
    look_after_first_frame: Option<crate::store::seen::SeenStore>,
    first_frame_drawn: bool,
}

impl Followed {
    /// Following the programme opened from `source`.
    pub fn new(source: Source, how: Reopening) -> Self {
        Followed {
            source,
            how,
            worker: Worker::default(),
            looker: Worker::default(),
            asked: false,
            look_after_first_frame: None,
            first_frame_drawn: false,
        }
    }

    /// Compare the programme with the version last seen in `seen` once the first frame is drawn.
    pub fn look_after_first_frame(&mut self, seen: crate::store::seen::SeenStore) {
        self.look_after_first_frame = Some(seen);
    }

    /// Start what waits for the first frame: the comparison with the version last seen, and the
    /// clash check and people index of `data`. Before the first frame they would take the cores
    /// the frame needs (a quarter of a millisecond of the bundled programme's 6 ms).
    pub fn after_first_frame(&mut self, data: &Arc<Data>) {
        if std::mem::replace(&mut self.first_frame_drawn, true) {
            return;
        }
        replace::prepare_beside(data);
        if let Some(seen) = self.look_after_first_frame.take() {
            self.looker.look(data, seen);
        }
    }

    /// Whether anything runs beside the app.
    pub fn busy(&self) -> bool {
        self.worker.busy() || self.looker.busy()
    }

    /// Refresh the programme, as the user asked (`r`): a file or bundled edition cannot be.
    pub fn ask_refresh(&mut self, state: &mut State, data: &Data) {
        let Source::Web(address) = &self.source else {
            state.report(Level::Info, wording::LIVE_NOT_ON_THE_WEB.text().to_owned());
            return;
        };
        if self.worker.busy() {
            state.report(Level::Info, wording::LIVE_ALREADY_BUSY.text().to_owned());
            return;
        }
        self.asked = true;
        let address = address.clone();
        self.start_refresh(state, data, address);
    }

    /// Refresh by itself when the offline copy is older than the interval.
    pub fn refresh_when_due(&mut self, state: &mut State, data: &Data) {
        if let Source::Web(address) = &self.source
            && !self.worker.busy()
            && state.live.due(self.how.refresh_minutes, chrono::Utc::now())
        {
            self.asked = false;
            let address = address.clone();
            self.start_refresh(state, data, address);
        }
    }

    fn start_refresh(&mut self, state: &mut State, data: &Data, address: String) {
        state.live.busy = Some(Busy::Refreshing);
        self.worker.refresh(address, state.live.copy_from, self.how.clone(), data);
    }

    /// Open `source` in place of the programme shown (the switcher).
    pub fn open(&mut self, state: &mut State, data: &Data, source: Source) {
        if self.worker.busy() {
            state.report(Level::Info, wording::LIVE_ALREADY_BUSY.text().to_owned());
            return;
        }
        state.live.busy = Some(Busy::Opening(shown(&source)));
        self.worker.open(source, self.how.clone(), data);
    }

    /// Take in what the worker finished, if it did; whether the screen changed.
    pub fn take_done(&mut self, state: &mut State, data: &mut Arc<Data>, stores: Stores<'_>) -> bool {
        if let Some(Outcome::Looked(look)) = self.looker.done() {
            changes::taken(state, data, look);
        }
        let Some(outcome) = self.worker.done() else { return false };
        state.live.busy = None;
        match outcome {
            Outcome::Refreshed(Ok(newer)) => {
                state.live.checked = Some(chrono::Utc::now());
                state.live.failed = None;
                state.notices.forget_failed_refreshes();
                match newer {
                    Some(mut prepared) => {
                        let sessions = wording::SESSIONS.of(prepared.data.programme.sessions.len());
                        state.live.copy_from = state.live.checked;
                        let look = prepared.look.take();
                        replace::newer_version(state, data, prepared);
                        state.report(Level::Info, wording::LIVE_UPDATED.say(&[("sessions", &sessions)]));
                        if let Some(look) = look {
                            changes::taken(state, data, look);
                        }
                    }
                    None if self.asked => state.report(Level::Info, wording::LIVE_NOT_MODIFIED.text().to_owned()),
                    None => {}
                }
            }
            Outcome::Refreshed(Err(reason)) => {
                let copy = state.live.copy_from.map(|at| wording::web::copy_kept(&reason, at));
                state.live.failed = Some(reason.clone());
                // A refresh of its own that fails says so once; the header keeps saying "offline".
                let level = if self.asked { Level::Warning } else { Level::Info };
                state.report_on(level, copy.unwrap_or(reason), Topic::FailedRefresh);
            }
            Outcome::Opened { source, result: Ok(mut prepared) } => {
                let title = crate::sanitize::line(&prepared.data.programme.title);
                let look = prepared.look.take();
                replace::other_programme(state, data, prepared, stores);
                state.live = Freshness::of(&source, &self.how);
                self.source = source;
                state.report(Level::Info, wording::LIVE_OPENED.say(&[("title", &title)]));
                if let Some(look) = look {
                    changes::taken(state, data, look);
                }
            }
            Outcome::Looked(look) => changes::taken(state, data, look),
            Outcome::Opened { source, result: Err(reason) } => {
                let what = shown(&source);
                state.report(Level::Error, wording::LIVE_CANNOT_OPEN.say(&[("source", &what), ("reason", &reason)]));
            }
        }
        self.asked = false;
        self.switcher_entry_fetched(state);
        true
    }

    /// The switcher's entry of the programme shown says when its offline copy was fetched, which
    /// a refresh or an open may have just done.
    fn switcher_entry_fetched(&self, state: &mut State) {
        let Source::Web(address) = &self.source else { return };
        let fetched_at = self.how.copy_fetched_at(address);
        for entry in state.switcher.entries.iter_mut().filter(|e| e.source == self.source) {
            entry.fetched_at = fetched_at;
        }
    }
}

/// A source as the user would name it, neutralised.
fn shown(source: &Source) -> String {
    match source {
        Source::Bundled(year) => wording::LIVE_EDITION.say(&[("year", year)]),
        Source::Newest => wording::LIVE_NEWEST_EDITION.text().to_owned(),
        Source::File(path) => crate::sanitize::line(&path.display().to_string()),
        Source::Web(address) => crate::sanitize::line(address),
    }
}
