//! The event loop: draw the state, wait for an event (or the next minute, for the clock),
//! turn it into an action through the keymap (a click: against the last frame's layout), update,
//! carry out the effect.

use std::io;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Timelike;
use crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};

use ratatui::layout::Rect;

use super::action::{Action, Effect};
use super::data::Data;
use super::follow_job::Followed;
use super::notice_log::Level;
use super::state::State;
use super::terminal::{self, Tui};
use super::update::update;
use super::view;
use super::{layout, links, reminders};
use crate::agenda::AgendaFile;
use crate::store::Store;
use crate::store::hidden::HiddenStore;
use crate::store::moves::MovesStore;
use crate::store::seen::SeenStore;
use crate::wording;

/// Time until the next minute starts, when the clock is the real one.
fn until_next_minute(state: &State) -> Duration {
    match state.clock {
        crate::time::Clock::System => {
            let now = chrono::Utc::now();
            Duration::from_millis(u64::from(60_000 - (now.second() * 1000 + now.timestamp_subsec_millis()).min(59_999)))
        }
        crate::time::Clock::Fixed(_) => Duration::from_secs(3600),
    }
}

/// The action an event stands for in the current mode; a click is resolved against the layout
/// of the last frame, of size `screen`.
pub fn action_for(state: &State, data: &Data, screen: Rect, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => data.keymap.action(state.mode, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(layout::click(state, screen, m.column, m.row)),
            MouseEventKind::ScrollDown => Some(layout::wheel(state, screen, m.column, m.row, true)),
            MouseEventKind::ScrollUp => Some(layout::wheel(state, screen, m.column, m.row, false)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

/// Save the agenda, merging with what is on disk; a failure is reported (footer and notice log)
/// and the marks stay in memory.
pub fn save_agenda(state: &mut State, data: &Data, store: Option<&Store>) {
    let Some(store) = store else {
        state.agenda_unsaved = Some(wording::NOTICE_NO_DATA_DIRECTORY.text().to_owned());
        state.report(Level::Warning, wording::NOTICE_NO_DATA_DIRECTORY.text().to_owned());
        return;
    };
    let mut file = AgendaFile::default();
    file.programmes.insert(data.programme.id.clone(), state.agenda.clone());
    match store.save(&file) {
        Ok((merged, notice)) => {
            state.agenda_unsaved = None;
            if let Some(agenda) = merged.programmes.get(&data.programme.id) {
                state.agenda = agenda.clone();
            }
            if let Some(notice) = notice {
                state.report(super::agenda_level(&notice), wording::agenda::notice(&notice));
            }
        }
        Err(e) => {
            let crate::store::StoreError::Write { path, source } = &e;
            state.agenda_unsaved =
                Some(wording::AGENDA_CANNOT_SAVE.say(&[("path", path), ("reason", &wording::io_reason(source))]));
            let reason = wording::agenda::not_saved(path, source);
            state.report(Level::Error, wording::NOTICE_AGENDA_NOT_SAVED.say(&[("reason", &reason)]));
        }
    }
}

/// Save what the user hides; a failure is reported and the choices stay for this run.
fn save_hidden(state: &mut State, data: &Data, store: Option<&HiddenStore>) {
    let Some(store) = store else { return };
    match store.save(&data.programme.id, &state.hidden) {
        Ok(None) => {}
        Ok(Some(notice)) => state.report(super::agenda_level(&notice), wording::agenda::hidden_notice(&notice)),
        Err(e) => {
            let reason = wording::agenda::not_saved(&e.path, &e.source);
            state.report(Level::Error, wording::NOTICE_HIDDEN_NOT_SAVED.say(&[("reason", &reason)]))
        }
    }
}

/// Save the what-if moves; a failure is reported and the moves stay for this run.
fn save_moves(state: &mut State, data: &Data, store: Option<&MovesStore>) {
    let Some(store) = store else { return };
    match store.save(&data.moves_key, &state.moves.moves()) {
        Ok(None) => {}
        Ok(Some(notice)) => state.report(super::agenda_level(&notice), wording::moves::notice(&notice)),
        Err(e) => {
            let reason = wording::agenda::not_saved(&e.path, &e.source);
            state.report(Level::Error, wording::NOTICE_MOVES_NOT_SAVED.say(&[("reason", &reason)]))
        }
    }
}

/// Where the app keeps what it is asked to keep.
#[derive(Clone, Copy)]
pub struct Stores<'a> {
    pub agenda: Option<&'a Store>,
    pub hidden: Option<&'a HiddenStore>,
    /// Where the versions of programmes the user last saw are kept.
    pub seen: Option<&'a SeenStore>,
    pub moves: Option<&'a MovesStore>,
}

/// How long a burst of waiting events may be applied before the screen is drawn again.
const BURST_BUDGET: Duration = Duration::from_millis(30);

/// How long to look for a further event of a burst. With crossterm's `use-dev-tty` source a zero
/// timeout never looks at all (crossterm issue #839); a sub-millisecond one polls the terminal
/// without blocking (the wait is rounded down to whole milliseconds) until it runs out.
const NEXT_IN_BURST: Duration = Duration::from_micros(100);

/// How often the loop looks at the worker while it runs: what it sends back is shown within this.
const WORKER_LOOK: Duration = Duration::from_millis(100);

/// Run until the user quits. Every event already waiting is applied before the next frame, so a
/// burst of keys (key repeat, a paste, a slow machine) costs one frame rather than one per key,
/// and the agenda is written once per burst. What the worker fetches and reads (a refresh, another
/// programme) is swapped in between bursts: the network never holds a key up.
pub fn run(
    tui: &mut Tui,
    state: &mut State,
    data: &mut Arc<Data>,
    stores: Stores<'_>,
    followed: &mut Followed,
) -> io::Result<()> {
    // Start listening (crossterm's event source, with its SIGWINCH handler) before the first
    // frame: a resize from then on is an event, and one before it is seen by the first draw,
    // which measures the terminal. Otherwise a resize in between is lost until a key is pressed.
    event::poll(NEXT_IN_BURST)?;
    followed.refresh_when_due(state, data);
    loop {
        let drawn = tui.draw(|frame| view::draw(frame, state, data))?;
        let (screen, links) = (drawn.area, links::found(drawn.buffer, state, data));
        tui.backend_mut().draw_links(&links)?;
        for text in reminders::announce(state, data) {
            tui.backend_mut().notify(&text)?;
        }
        followed.after_first_frame(data);
        let next_minute = until_next_minute(state);
        let wait = if followed.busy() { next_minute.min(WORKER_LOOK) } else { next_minute };
        if !event::poll(wait)? {
            if wait == next_minute {
                update(state, data, Action::Tick);
                followed.refresh_when_due(state, data);
            }
            followed.take_done(state, data, stores);
            continue;
        }
        let deadline = Instant::now() + BURST_BUDGET;
        let mut unsaved = false;
        let mut hidden_unsaved = false;
        let mut moves_unsaved = false;
        let mut suspend = false;
        let mut quit = false;
        loop {
            match action_for(state, data, screen, event::read()?).and_then(|action| update(state, data, action)) {
                Some(Effect::Quit) => quit = true,
                Some(Effect::Suspend) => suspend = true,
                Some(Effect::SaveAgenda) => unsaved = true,
                Some(Effect::SaveHidden) => hidden_unsaved = true,
                Some(Effect::MarkAllSeen) => super::changes::mark_all_seen(state, data, stores.seen),
                Some(Effect::SaveMoves) => moves_unsaved = true,
                Some(Effect::OpenLink(url)) => {
                    if let Err(reason) = links::launch(&url) {
                        state.report(
                            Level::Warning,
                            crate::wording::NOTICE_CANNOT_OPEN.say(&[("address", &url), ("reason", &reason)]),
                        );
                    }
                }
                Some(Effect::Refresh) => followed.ask_refresh(state, data),
                Some(Effect::Open(source)) => followed.open(state, data, source),
                None => {}
            }
            if quit || suspend || Instant::now() >= deadline || !event::poll(NEXT_IN_BURST)? {
                break;
            }
        }
        if unsaved {
            save_agenda(state, data, stores.agenda);
        }
        if hidden_unsaved {
            save_hidden(state, data, stores.hidden);
        }
        if moves_unsaved {
            save_moves(state, data, stores.moves);
        }
        if quit {
            followed.looker.finish();
            return Ok(());
        }
        if suspend {
            terminal::suspend(tui)?;
        }
        followed.take_done(state, data, stores);
    }
}
