//! What-if moves in the grid: the keys that move the session under the cursor a row earlier or
//! later, to the next or previous room, to the next or previous day, and undo and redo them. The
//! programme file is never changed; the moves are saved apart (`Effect::SaveMoves`) and the
//! cursor follows the session it moved.

use crate::filter::Day;
use crate::moves::{Moved, Step, edits::Refused};
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::derive::grid::{self, SLOT};
use crate::tui::mode::Mode;
use crate::tui::navigate::go_tab;
use crate::tui::state::State;
use crate::wording;

/// Whether `action` is one of the grid's moves (or their undo and redo).
pub fn handles(action: Action) -> bool {
    matches!(
        action,
        Action::MoveEarlier
            | Action::MoveLater
            | Action::MovePrevRoom
            | Action::MoveNextRoom
            | Action::MovePrevDay
            | Action::MoveNextDay
            | Action::Undo
            | Action::Redo
    )
}

/// Carry out a move, an undo or a redo.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let key = |a| data.keymap.key_for(Mode::Grid, a).unwrap_or_default();
    let session = match action {
        Action::Undo | Action::Redo => {
            let done = if action == Action::Undo { state.moves.undo() } else { state.moves.redo() };
            let Some(session) = done else {
                let none = if action == Action::Undo {
                    wording::NOTICE_NOTHING_TO_UNDO
                } else {
                    wording::NOTICE_NOTHING_TO_REDO
                };
                state.notice = Some(none.text().to_owned());
                return None;
            };
            state.notice = Some(match action {
                Action::Undo => wording::NOTICE_MOVE_UNDONE.say(&[("key", &key(Action::Redo))]),
                _ => wording::NOTICE_MOVE_REDONE.text().to_owned(),
            });
            session
        }
        _ => {
            let model = grid::model(state, data);
            let Some(session) = model.at(state.grid.col, state.grid.row).map(|b| b.session) else {
                state.notice = Some(wording::GRID_NO_SESSION_HERE.text().to_owned());
                return None;
            };
            let Some(step) = step(state, data, session, action) else {
                state.notice = Some(wording::NOTICE_MOVE_NO_FURTHER.text().to_owned());
                return None;
            };
            match state.moves.step(&data.programme, session, &step) {
                Ok(to) => {
                    let title = crate::sanitize::line(&data.programme.sessions[session].title);
                    let to = wording::moves::place(&to, matches!(step, Step::Days { .. }));
                    let args: [wording::Arg<'_>; 3] = [("title", &title), ("to", &to), ("key", &key(Action::Undo))];
                    state.notice = Some(wording::NOTICE_MOVED.say(&args));
                }
                Err(Refused::NoSlot) => state.notice = Some(wording::NOTICE_MOVE_NO_SLOT.text().to_owned()),
                Err(Refused::OutOfRange) => state.notice = Some(wording::NOTICE_MOVE_OUT_OF_RANGE.text().to_owned()),
            }
            Some(session)
        }
    };
    if let Some(session) = session {
        follow(state, data, session);
    }
    Some(Effect::SaveMoves)
}

/// The step `action` asks of `session`: none when there is no room or day further that way
/// (a time that would leave the programme's days included).
fn step(state: &State, data: &Data, session: usize, action: Action) -> Option<Step> {
    match action {
        Action::MoveLater | Action::MoveEarlier => {
            let step = Step::Later { seconds: if action == Action::MoveLater { SLOT } else { -SLOT } };
            // A step past midnight of the first or last day would take it off the programme.
            let next = state.moves.slot(&data.programme, session).and_then(|now| now.stepped(&step));
            match next {
                Some(next) if !state.tabs.contains(&Day::Date(next.date)) => None,
                _ => Some(step),
            }
        }
        Action::MoveNextRoom | Action::MovePrevRoom => {
            let rooms = data.move_resources().room_names();
            let view = Moved::new(&data.programme, state.moves.placed());
            let here = view.session(session).place().map(crate::clash::place_key);
            let at = rooms.iter().position(|r| Some(crate::clash::place_key(r)) == here);
            let next = match (action, at) {
                (Action::MoveNextRoom, Some(k)) => k.checked_add(1),
                (Action::MoveNextRoom, None) => Some(0),
                (_, Some(k)) => k.checked_sub(1),
                (_, None) => rooms.len().checked_sub(1),
            };
            Some(Step::Room { room: Some(rooms.get(next?)?.clone()) })
        }
        _ => {
            let Some(Day::Date(today)) = state.day() else { return None };
            let tabs = &state.tabs;
            let date = |tab: &Day| if let Day::Date(d) = tab { Some(*d) } else { None };
            let to = match action {
                Action::MoveNextDay => tabs.get(state.tab + 1..)?.iter().find_map(date),
                _ => tabs.get(..state.tab)?.iter().rev().find_map(date),
            }?;
            Some(Step::Days { days: to.signed_duration_since(today).num_days() })
        }
    }
}

/// Show the day `session` is on now and put the cursor on it.
fn follow(state: &mut State, data: &Data, session: usize) {
    let view = Moved::new(&data.programme, state.moves.placed());
    let day = Day::of(&data.programme, view.session(session));
    if let Some(tab) = state.tabs.iter().position(|d| *d == day) {
        go_tab(state, data, tab);
    }
    super::keep_on(state, data, Some(session));
}

#[cfg(test)]
#[path = "moving_tests.rs"]
mod tests;
