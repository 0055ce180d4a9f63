//! The terminal app: a thin layer of event -> keymap (or a click against the last layout) ->
//! Action -> update -> render over the terminal-free library. It is the only module that uses
//! ratatui and crossterm; it lives in the library crate (not the binary) so that benches and tests
//! can drive `update` and render.

pub mod action;
mod app;
pub mod changes;
pub mod data;
pub mod derive;
mod follow_job;
mod glyph;
mod hiding;
mod key_hint;
pub mod keymap;
mod last_made;
pub mod layout;
pub mod links;
pub mod live;
pub mod mode;
mod navigate;
pub mod notice_log;
mod reminders;
mod replace;
pub mod safe_backend;
mod screen;
pub mod state;
mod terminal;
pub mod theme;
pub mod update;
pub mod view;

#[cfg(test)]
mod test_screen;

use std::io;

use crate::config;
use crate::model::Programme;
use crate::store::Store;
use crate::store::hidden::HiddenStore;
use crate::store::moves::MovesStore;
use crate::store::seen::SeenStore;
use crate::time::{Clock, ZoneChoice};
use data::Data;
use keymap::Keymap;
use notice_log::{Level, NoticeLog};
use state::State;

/// The key bindings: defaults patched by the user's keys.toml; its problems, worded for the notice log.
fn load_keymap() -> (Keymap, Vec<String>) {
    let path = config::keymap_file();
    let (text, unusable) = match path.as_deref().map(crate::untrusted_file::read_optional_text) {
        Some(Ok(text)) => (text, None),
        Some(Err(problem)) => (None, Some(crate::wording::NOTICE_KEYS_UNUSABLE.say(&[("problem", &problem)]))),
        None => (None, None),
    };
    let shown = path.map(|p| p.display().to_string()).unwrap_or_default();
    let (keymap, problems) = Keymap::load(text.as_deref().map(|t| (t, shown.as_str())));
    let worded = problems.into_iter().map(|p| crate::wording::NOTICE_KEYS_PROBLEM.say(&[("problem", &p)]));
    (keymap, unusable.into_iter().chain(worded).collect())
}

/// How serious a notice about the agenda file is: an agenda that could not be read or kept is
/// an error, one set aside (a new one started) a warning.
fn agenda_level(notice: &crate::store::Notice) -> Level {
    match notice {
        crate::store::Notice::SetAside { .. } => Level::Warning,
        crate::store::Notice::Unreadable { .. } | crate::store::Notice::NotSetAside { .. } => Level::Error,
    }
}

/// The what-if moves `moves` reapplied to the grid of `data` (found again by their sessions'
/// ids): what the notices say about them ("3 moves applied", each move that no longer applies).
fn moves_reapplied(state: &mut State, data: &Data, moves: &[crate::moves::Move]) -> Vec<(Level, String)> {
    let (placed, skipped) = crate::moves::resolve(&data.programme, moves);
    let mut notices = Vec::new();
    if !placed.is_empty() {
        notices.push((Level::Info, crate::wording::MOVES_APPLIED.of(placed.len())));
    }
    // A move the programme already has (one the moves were exported into) is news, not a problem.
    let level = |s: &crate::moves::Skipped| {
        if matches!(s, crate::moves::Skipped::AlreadyThere { .. }) { Level::Info } else { Level::Warning }
    };
    notices.extend(skipped.iter().map(|s| (level(s), crate::wording::moves::skipped(s))));
    state.moves = crate::moves::Edits::new(placed);
    notices
}

/// The what-if moves kept for the programme of `data`, reapplied, with what was wrong with the
/// file of moves.
fn stored_moves_reapplied(state: &mut State, data: &Data, store: Option<&MovesStore>) -> Vec<(Level, String)> {
    let Some((moves, notice)) = store.map(|s| s.load(&data.moves_key)) else { return Vec::new() };
    let file = notice.iter().map(|n| (agenda_level(n), crate::wording::moves::notice(n)));
    file.collect::<Vec<_>>().into_iter().chain(moves_reapplied(state, data, &moves)).collect()
}

/// How the app is opened.
pub struct Options {
    /// The problems found reading the programme file, in file order: the notice log lists them.
    pub problems: Vec<crate::diagnostic::Problem>,
    /// Warnings found before the app started (reading the settings): logged as warnings, the
    /// first shown in the footer as the app opens.
    pub notices: Vec<String>,
    /// Information before the app started (which offline copy is shown): logged as information.
    pub info: Vec<String>,
    /// The programmes the switcher offers.
    pub library: Vec<crate::library::Entry>,
    pub zone: ZoneChoice,
    pub clock: Clock,
    /// Where the agenda is kept; `None` keeps marks in memory only.
    pub store: Option<Store>,
    /// Minimum time to change rooms between agenda sessions.
    pub buffer: chrono::Duration,
    /// Where what the user hides is kept; `None` keeps it for this run only.
    pub hidden: Option<HiddenStore>,
    /// Where the versions of programmes the user last saw are kept; `None` marks no changes.
    pub seen: Option<SeenStore>,
    /// Where the what-if moves are kept; `None` keeps them for this run only.
    pub moves: Option<MovesStore>,
    /// Whether web sources are drawn as terminal hyperlinks.
    pub hyperlinks: bool,
    /// How many minutes ahead agenda sessions are announced (0: never), and whether the
    /// terminal is asked for a notification too.
    pub reminder_minutes: u32,
    pub notify: bool,
    /// The app for screen readers: no lines or boxes, words for symbols, the cursor on the
    /// selected line.
    pub accessible: bool,
    /// What the programme was opened from, and how to open it again (a refresh, another
    /// programme): the app follows a programme on the web.
    pub source: crate::load::Source,
    pub reopening: live::Reopening,
}

/// Run the app on `programme` until the user quits; the terminal is restored on every way out.
pub fn run(mut programme: Programme, options: Options) -> io::Result<()> {
    // The app's copy of the programme is neutralised once, before any layout: what is drawn is
    // what is measured (the backend neutralises every cell again on its way out).
    crate::sanitize::programme(&mut programme, crate::sanitize::Ids::Kept);
    let (keymap, keymap_problems) = load_keymap();
    let mut data = Data::new(programme, keymap);
    data.moves_key = crate::store::moves::key(&data.programme.id, &options.source);
    data.buffer = options.buffer;
    let (zone, clock) = (options.zone, options.clock);
    let read = options.store.as_ref().map(Store::load).unwrap_or_default();
    terminal::install_panic_hook();
    terminal::install_signal_handlers()?;
    let mut tui = match terminal::enter() {
        Ok(t) => t,
        Err(e) => {
            terminal::restore();
            return Err(e);
        }
    };
    let size = tui.size().map(|s| (s.width, s.height)).unwrap_or((80, 24));
    let mut state = State::new(&data, zone, clock, size);
    state.agenda = read.file.programmes.get(&data.programme.id).cloned().unwrap_or_default();
    state.hyperlinks = options.hyperlinks;
    state.switcher.entries = options.library;
    state.reminders.lead_minutes = options.reminder_minutes;
    state.reminders.notify = options.notify;
    state.accessible = options.accessible;
    tui.backend_mut().plain = options.accessible;
    let (hidden, hidden_notice) = options.hidden.as_ref().map(|h| h.load(&data.programme.id)).unwrap_or_default();
    state.hidden = hidden;
    hiding::apply(&mut state, &data);
    // Nothing is printed before the app takes the screen: every problem goes into the notice
    // log, the first of the app's own in the footer (the log lists the newest first).
    state.notices = NoticeLog::of_file(options.problems);
    let agenda_notice = read.notice.as_ref().map(|n| (agenda_level(n), crate::wording::agenda::notice(n)));
    let hidden_notice = hidden_notice.map(|n| (agenda_level(&n), crate::wording::agenda::hidden_notice(&n)));
    // The settings' and the keys' problems hold whatever programme is shown; the others are
    // about this one.
    let setup: Vec<String> = options.notices.into_iter().chain(keymap_problems).collect();
    let moves_notices = stored_moves_reapplied(&mut state, &data, options.moves.as_ref());
    for text in options.info.into_iter().rev() {
        state.report(Level::Info, text);
    }
    for text in setup.into_iter().rev() {
        state.report_on(Level::Warning, text, notice_log::Topic::Setup);
    }
    let app_notices: Vec<(Level, String)> =
        agenda_notice.into_iter().chain(hidden_notice).chain(moves_notices).collect();
    for (level, text) in app_notices.into_iter().rev() {
        state.report(level, text);
    }
    let mut data = std::sync::Arc::new(data);
    state.live = live::Freshness::of(&options.source, &options.reopening);
    let mut followed = follow_job::Followed::new(options.source, options.reopening);
    // What changed since the user last looked (a cancelled session of the agenda is announced),
    // and the clash panel and the people index (at 100,000 sessions they take a few hundred
    // milliseconds), found beside the app once the first frame is drawn. The threads are not
    // waited for: quitting at once ends the process at once.
    if let Some(seen) = &options.seen {
        followed.look_after_first_frame(seen.clone());
    }
    let stores = app::Stores {
        agenda: options.store.as_ref(),
        hidden: options.hidden.as_ref(),
        seen: options.seen.as_ref(),
        moves: options.moves.as_ref(),
    };
    let result = app::run(&mut tui, &mut state, &mut data, stores, &mut followed);
    terminal::restore();
    result
}
