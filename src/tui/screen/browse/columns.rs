//! What the browse list's columns hold across the whole programme (or a search's results), so
//! each is no wider than its widest value and one empty on every session is left out.

use super::format_badge;
use crate::model::{Programme, Session};
use crate::text;

/// The widest kind (or track), format badge and room of a programme's sessions (0: none has one).
pub struct Widest {
    pub kind: usize,
    pub format: usize,
    pub room: usize,
}

impl Widest {
    pub fn of(p: &Programme, kind_shows_tracks: bool) -> Widest {
        Widest::of_sessions(p, &p.sessions, kind_shows_tracks)
    }

    /// The widest of `sessions` only (a search's results).
    pub fn of_sessions<'a>(
        p: &Programme,
        sessions: impl IntoIterator<Item = &'a Session>,
        kind_shows_tracks: bool,
    ) -> Widest {
        let mut w = Widest { kind: 0, format: 0, room: 0 };
        for s in sessions {
            w.kind = w.kind.max(p.kind_or_track(s, kind_shows_tracks).map_or(0, text::width));
            w.format = w.format.max(text::width(&format_badge(s)));
            w.room = w.room.max(s.place().map_or(0, text::width));
        }
        w
    }
}
