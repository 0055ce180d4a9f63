//! Recounting the room and person clashes after moves without checking the whole programme
//! again: only the rooms and people of the moved sessions can gain or lose a clash, so their
//! groups are counted with and without the moves (by the clash check's own grouping and sweep)
//! and the difference applied to the programme's count. An index of which sessions use each
//! room and person, built once per programme, finds those groups.

use rustc_hash::{FxHashMap, FxHashSet};

use super::Moved;
use crate::clash::{self, Span};
use crate::model::Session;

/// Which sessions use each room and each person (by the clash check's keys), and every room.
#[derive(Debug, Default)]
pub struct Resources {
    rooms: FxHashMap<u64, Vec<u32>>,
    people: FxHashMap<u64, Vec<u32>>,
    room_names: Vec<String>,
}

impl Resources {
    /// The index of `p`.
    pub fn of(p: &crate::model::Programme) -> Self {
        let mut res = Resources::default();
        let mut named: FxHashMap<u64, &str> = FxHashMap::default();
        for (i, s) in p.sessions.iter().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            if let Some(place) = s.place() {
                let key = clash::place_key(place);
                res.rooms.entry(key).or_default().push(i);
                named.entry(key).or_insert(place);
            }
            for person in &s.people {
                res.people.entry(clash::person_key(&person.name)).or_default().push(i);
            }
        }
        res.room_names = named.into_values().map(str::to_owned).collect();
        res.room_names.sort();
        res
    }

    /// Every room of the programme, one name per room, in the order the grid shows them.
    pub fn room_names(&self) -> &[String] {
        &self.room_names
    }
}

/// The room and person clashes of `moved`, from `before`, how many the programme has without
/// the moves.
pub fn room_and_person_clashes(moved: &Moved<'_>, res: &Resources, before: usize) -> usize {
    let p = moved.programme;
    let changed: FxHashSet<usize> = moved.moved().collect();
    if changed.is_empty() {
        return before;
    }
    let mut involved: FxHashSet<usize> = changed.clone();
    let mut add = |list: Option<&Vec<u32>>| involved.extend(list.into_iter().flatten().map(|&i| i as usize));
    for &i in &changed {
        for s in [&p.sessions[i], moved.session(i)] {
            add(s.place().and_then(|r| res.rooms.get(&clash::place_key(r))));
            for person in &s.people {
                add(res.people.get(&clash::person_key(&person.name)));
            }
        }
    }
    let mut involved: Vec<usize> = involved.into_iter().collect();
    involved.sort_unstable();
    let was = involving(p.timezone, &involved, &changed, |i| &p.sessions[i]);
    let now = involving(p.timezone, &involved, &changed, |i| moved.session(i));
    before.saturating_sub(was).saturating_add(now)
}

/// The room and person clashes among `sessions` (as `get` gives them) that involve one of
/// `changed`: `sessions` holds every member of each group one of them is in.
fn involving<'a>(
    tz: chrono_tz::Tz,
    sessions: &[usize],
    changed: &FxHashSet<usize>,
    get: impl Fn(usize) -> &'a Session,
) -> usize {
    let mut instant = |date, time| crate::time::instant(tz, date, time).timestamp();
    let spans: Vec<(Span, &Session)> =
        sessions.iter().filter_map(|&i| Some((clash::span(get(i), i, &mut instant)?, get(i)))).collect();
    let mut count = 0;
    let mut tally = |groups: clash::Groups<'_>| {
        for (_, members) in groups.iter() {
            clash::pairs(members, |a, b| {
                count += usize::from(changed.contains(&a.span.session) || changed.contains(&b.span.session));
            });
        }
    };
    let rooms = spans.iter().filter_map(|(span, s)| Some((s.place()?, *span, None)));
    tally(clash::group_by(rooms, spans.len(), clash::place_key));
    let people = spans.iter().flat_map(|(span, s)| s.people.iter().map(move |x| (x.name.as_str(), *span, None)));
    tally(clash::group_by(people, spans.len(), clash::person_key));
    count
}
