//! What-if moves said for people: each move as one line ("move 'Migrants' from Rooms 209~210
//! 13:00 to Room 307 15:30", the day named when it changes), why a move was not applied, and
//! what was wrong with the file of moves. Titles and rooms come from files: neutralised here.

use crate::moves::{Move, Skipped, Slot};
use crate::store::Notice;

/// Where and when `slot` is: its room and start, with the day when `with_day`.
pub fn place(slot: &Slot, with_day: bool) -> String {
    let room = slot.room.as_deref().map_or_else(|| super::MOVE_NO_ROOM.text().to_owned(), crate::sanitize::line);
    let time = super::when::time_of_day(slot.start);
    if with_day {
        super::MOVE_PLACE_DAY_TIME.say(&[("room", &room), ("day", &super::when::short(slot.date)), ("time", &time)])
    } else {
        super::MOVE_PLACE_TIME.say(&[("room", &room), ("time", &time)])
    }
}

/// One move as a line of the readable list.
pub fn line(mv: &Move) -> String {
    let with_day = mv.from.date != mv.to.date;
    let title = crate::sanitize::line(&mv.title);
    let (from, to) = (place(&mv.from, with_day), place(&mv.to, with_day));
    super::MOVE_LINE.say(&[("title", &title), ("from", &from), ("to", &to)])
}

/// Why a move was not applied.
pub fn skipped(s: &Skipped) -> String {
    let mv = s.mv();
    let (title, id) = (crate::sanitize::line(&mv.title), crate::sanitize::line(mv.session.as_str()));
    match s {
        Skipped::Gone { .. } => super::MOVE_GONE.say(&[("title", &title), ("id", &id)]),
        Skipped::Changed { .. } => {
            super::MOVE_CHANGED.say(&[("title", &title), ("id", &id), ("from", &place(&mv.from, true))])
        }
        Skipped::Twice { .. } => super::MOVE_TWICE.say(&[("title", &title), ("id", &id)]),
        Skipped::AlreadyThere { .. } => {
            super::MOVE_ALREADY_THERE.say(&[("title", &title), ("id", &id), ("to", &place(&mv.to, true))])
        }
    }
}

/// What the user should be told about the file of moves.
pub fn notice(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            super::AGENDA_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => {
            super::MOVES_SET_ASIDE.say(&[("aside", &aside.display()), ("problem", problem)])
        }
        Notice::NotSetAside { path, problem, reason } => {
            let args: [super::Arg<'_>; 3] = [("path", &path.display()), ("problem", problem), ("reason", reason)];
            super::MOVES_NOT_SET_ASIDE.say(&args)
        }
    }
}
