//! The columns of one day's table in `whrcf list`: how wide the time, title, kind and room are,
//! and whether the id (always whole) fits beside the title or goes on a line of its own.

/// The fewest columns a title is given: below this the id moves to its own line.
pub const TITLE_MIN: usize = 12;
/// The title keeps at least this much before a room is shown beside it.
const TITLE_BEFORE_ROOM: usize = 24;
/// What a title is given when there is space: a room narrows (to [`ROOM_MIN`]) to leave it
/// this much, and a kind is shown only beside this much.
const TITLE_WANTED: usize = 36;
/// A room narrower than this says too little to be worth its column.
const ROOM_MIN: usize = 8;
/// Indent of an id on its own line.
pub const ID_INDENT: usize = 4;

/// The widest value of each column among the rows of a table (0: empty on every row).
#[derive(Debug, Clone, Copy, Default)]
pub struct Widest {
    pub time: usize,
    pub title: usize,
    pub kind: usize,
    pub room: usize,
    pub id: usize,
}

/// The width of each column (0: not shown) and where the id goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub time: usize,
    pub title: usize,
    pub kind: usize,
    pub room: usize,
    /// The id follows the row on a line of its own, indented.
    pub id_below: bool,
}

impl Layout {
    /// The columns for `widest` in `width` terminal columns. The room matters more than the
    /// kind, and a title is always shown: the id moves below rather than crowd it out.
    pub fn fit(widest: Widest, width: usize) -> Layout {
        let time = widest.time;
        let beside_time = width.saturating_sub(2 + time + 2);
        let id_below = beside_time.saturating_sub(2 + widest.id) < TITLE_MIN;
        let mut rest = if id_below { beside_time } else { beside_time - (2 + widest.id) };
        let room = if widest.room > 0 && rest >= TITLE_BEFORE_ROOM + 2 + ROOM_MIN.min(widest.room) {
            rest.saturating_sub(TITLE_WANTED + 2).clamp(ROOM_MIN, 22).min(widest.room)
        } else {
            0
        };
        if room > 0 {
            rest -= room + 2;
        }
        let kind = widest.kind.min(12);
        let kind = if kind > 0 && rest >= kind + 2 + TITLE_WANTED { kind } else { 0 };
        if kind > 0 {
            rest -= kind + 2;
        }
        // The ids sit at the right edge when beside; below, the title needs no more than it has.
        let title = if id_below { rest.min(widest.title.max(1)) } else { rest };
        Layout { time, title, kind, room, id_below }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CCC: Widest = Widest { time: 15, title: 60, kind: 12, room: 10, id: 36 };

    #[test]
    fn a_narrow_terminal_keeps_a_title_and_moves_the_id_below() {
        for width in [40, 60] {
            let l = Layout::fit(CCC, width);
            assert!(l.id_below && l.title >= TITLE_MIN, "{width}: {l:?}");
            assert!(2 + l.time + 2 + l.title <= width, "{width}: {l:?}");
        }
    }

    #[test]
    fn the_room_comes_before_the_kind() {
        let long = Widest { time: 21, room: 22, ..CCC };
        let l = Layout::fit(long, 100);
        assert!(l.room >= ROOM_MIN && !l.id_below, "{l:?}");
        let l = Layout::fit(long, 120);
        assert!(l.room > 0 && l.kind == 0, "{l:?}");
    }

    #[test]
    fn an_empty_column_takes_no_room() {
        let l = Layout::fit(Widest { kind: 0, room: 0, ..CCC }, 200);
        assert_eq!((l.kind, l.room), (0, 0));
    }
}
