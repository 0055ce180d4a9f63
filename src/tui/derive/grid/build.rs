//! Building a day's grid model: the timed sessions in order, the time axis of 15-minute marks
//! and every start and end, the room groups and their lanes, the rooms booked at once, and the
//! clashes recounted with the what-if moves.

use chrono::{DateTime, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use super::{Block, CLASH_MARK, ColumnsBy, Model, SLOT};
use crate::clash;
use crate::moves::Moved;
use crate::tui::data::Data;
use crate::tui::state::State;

/// How long after the day's last start the grid reaches at most (a longer session is cut there).
const REACH: i64 = 24 * 3600;

/// The most 15-minute marks a day's axis has (a week of them), whatever the file's times.
const MAX_MARKS: i64 = 7 * 24 * 4;

/// The length in bytes of the words all `names` start with (for "Kimdaejung Convention Center 214"
/// and "… 305+306", the venue), when there are several names.
fn common_prefix(names: &[&str]) -> usize {
    let Some(first) = names.first().filter(|_| names.len() > 1) else { return 0 };
    let mut len = first.len();
    for n in &names[1..] {
        len = first.bytes().zip(n.bytes()).take(len).take_while(|(a, b)| a == b).count();
    }
    // Names may share the first bytes of different characters ("가나", "가다").
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    let whole_word = names.iter().all(|n| matches!(n.as_bytes().get(len), Some(b' ' | b',')));
    if whole_word { len } else { first[..len].rfind(' ').map_or(0, |i| i + 1) }
}

/// A timed session: its start and, when the clash check knows one, its end (seconds since the
/// epoch, as the clash check counts them).
#[derive(Debug, Clone, Copy)]
struct Timed {
    session: usize,
    start: i64,
    end: Option<i64>,
}

/// The day's `sessions` with a start, in order of start. A day has few distinct times, so each
/// is converted to an instant once.
fn timed(view: &Moved<'_>, sessions: &[usize]) -> Vec<Timed> {
    let p = view.programme;
    let mut instants: FxHashMap<(NaiveDate, NaiveTime), i64> = FxHashMap::default();
    let mut instant = |date: NaiveDate, time: NaiveTime| {
        *instants.entry((date, time)).or_insert_with(|| crate::time::instant(p.timezone, date, time).timestamp())
    };
    let mut timed: Vec<Timed> = sessions
        .iter()
        .filter_map(|&i| {
            let s = view.session(i);
            if let Some(span) = clash::span(s, i, &mut instant) {
                return Some(Timed { session: i, start: span.start, end: Some(span.end) });
            }
            Some(Timed { session: i, start: instant(s.date?, s.start?), end: None })
        })
        .collect();
    timed.sort_by_key(|t| (t.start, t.end, t.session));
    timed
}

/// The time axis: 15-minute marks from the hour (in `zone`) of the first start, and every start
/// and end between them, in order.
fn boundaries(zone: Tz, timed: &[Timed]) -> Vec<i64> {
    let (Some(first), Some(last_start)) = (timed.iter().map(|t| t.start).min(), timed.iter().map(|t| t.start).max())
    else {
        return Vec::new();
    };
    let past_the_hour = DateTime::from_timestamp(first, 0)
        .map_or(0, |t| t.with_timezone(&zone).time().num_seconds_from_midnight() % 3600);
    let origin = first - i64::from(past_the_hour);
    let reach = last_start.saturating_add(REACH);
    let latest = timed.iter().map(|t| t.end.map_or(t.start + 1, |e| e.min(reach))).max().unwrap_or(first + 1);
    let marks = ((latest - origin + SLOT - 1) / SLOT).clamp(0, MAX_MARKS);
    let mut times: Vec<i64> = (0..=marks).map(|k| origin + k * SLOT).collect();
    times.extend(timed.iter().flat_map(|t| [Some(t.start), t.end.map(|e| e.min(reach))]).flatten());
    times.sort_unstable();
    times.dedup();
    times
}

/// Pairs of `members` (one room's, in order of start) booked at once: a sweep, as the clash
/// check's; sessions without an end are never in one, and sessions that only touch are not.
fn booked_at_once(members: &[Timed], out: &mut Vec<(usize, usize)>) {
    let mut active: Vec<(i64, usize)> = Vec::new();
    for m in members {
        let Some(end) = m.end else { continue };
        active.retain(|&(e, _)| e > m.start);
        out.extend(active.iter().map(|&(_, a)| (a.min(m.session), a.max(m.session))));
        active.push((end, m.session));
    }
}

/// The room and person clashes of the programme with the moves of `view`: the programme's own,
/// recounted where the moves touch.
fn clashes(data: &Data, view: &Moved<'_>) -> usize {
    let kinds = [clash::Kind::Room, clash::Kind::Person];
    let before = data.clashes().iter().filter(|c| kinds.contains(&c.kind)).count();
    match view.moved().next() {
        None => before,
        Some(_) => crate::moves::room_and_person_clashes(view, data.move_resources(), before),
    }
}

pub(super) fn make(state: &State, data: &Data, zone: Tz) -> Model {
    let p = &data.programme;
    let view = Moved::new(p, state.moves.placed());
    let clashes = clashes(data, &view);
    let Some(day) = state.day() else { return Model { clashes, ..Model::default() } };
    let day_of = |i: usize| if view.is_moved(i) { crate::filter::Day::of(p, view.session(i)) } else { data.day_of[i] };
    let sessions: Vec<usize> = data
        .chronological
        .iter()
        .copied()
        .filter(|&i| day_of(i) == day && state.filter.matches(view.session(i)))
        .collect();
    let timed = timed(&view, &sessions);
    let rooms = timed.iter().any(|t| view.session(t.session).place().is_some());
    let by = if rooms { ColumnsBy::Rooms } else { ColumnsBy::Kinds };
    let label_of = |i: usize| {
        let s = view.session(i);
        if rooms { s.place() } else { s.kind.as_deref() }
    };
    // Columns as the clash check groups rooms: whatever the case and spacing, named as first seen.
    let mut group_of: FxHashMap<Option<u64>, usize> = FxHashMap::default();
    // Each column's name, whether it names a room (or kind) at all, and its sessions.
    let mut groups: Vec<(&str, bool, Vec<Timed>)> = Vec::new();
    for t in &timed {
        let label = label_of(t.session);
        let g = *group_of.entry(label.map(clash::place_key)).or_insert_with(|| {
            let name =
                label.unwrap_or(if rooms { crate::wording::GRID_NO_ROOM } else { crate::wording::GRID_NO_KIND }.text());
            groups.push((name, label.is_some(), Vec::new()));
            groups.len() - 1
        });
        groups[g].2.push(*t);
    }
    groups.sort_by(|a, b| a.0.cmp(b.0));
    let times = boundaries(zone, &timed);
    let row = |t: i64| times.partition_point(|&b| b < t);
    let reach = times.last().copied().unwrap_or_default();
    let names: Vec<&str> = groups.iter().filter(|g| g.1).map(|g| g.0).collect();
    let shared = common_prefix(&names);
    let mut overlaps = Vec::new();
    let (mut columns, mut blocks, mut column_starts) = (Vec::new(), Vec::new(), Vec::new());
    let (mut place_of, mut places) = (Vec::new(), 0);
    for (name, named, members) in &groups {
        let from = overlaps.len();
        if rooms && *named {
            booked_at_once(members, &mut overlaps);
        }
        let clashing = !overlaps[from..].is_empty();
        let mut flagged: Vec<usize> = overlaps[from..].iter().flat_map(|&(a, b)| [a, b]).collect();
        flagged.sort_unstable();
        // Lanes side by side for blocks that share a row: each lane is a grid column.
        let mut lanes: Vec<Vec<Block>> = Vec::new();
        for m in members {
            let top = row(m.start);
            let bottom = m.end.map_or(top + 1, |e| row(e.min(reach))).max(top + 1);
            let overlap = flagged.binary_search(&m.session).is_ok();
            let block = Block { session: m.session, col: 0, top, bottom, overlap, moved: view.is_moved(m.session) };
            match lanes.iter_mut().find(|l| l.last().is_none_or(|b| b.bottom <= top)) {
                Some(lane) => lane.push(block),
                None => lanes.push(vec![block]),
            }
        }
        let rest = if *named { name.get(shared..).unwrap_or(name) } else { name };
        let rest = rest.trim_start_matches([',', ' ']).trim();
        let shown = if rest.is_empty() { name } else { rest };
        for lane in lanes {
            let col = columns.len();
            columns.push(if clashing { format!("{CLASH_MARK}{shown}") } else { (*shown).to_owned() });
            column_starts.push(blocks.len());
            place_of.push(named.then_some(places));
            blocks.extend(lane.into_iter().map(|b| Block { col, ..b }));
        }
        places += usize::from(*named);
    }
    column_starts.push(blocks.len());
    overlaps.sort_unstable();
    let row_times = times
        .iter()
        .map(|&t| DateTime::from_timestamp(t, 0).map(|t| t.with_timezone(&zone).time()).unwrap_or_default())
        .collect();
    let rows = times.len().saturating_sub(1);
    Model {
        zone,
        columns,
        by,
        places,
        place_of,
        rows,
        row_times,
        blocks,
        column_starts,
        overlaps,
        untimed: sessions.len() - timed.len(),
        clashes,
    }
}
