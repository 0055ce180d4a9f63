//! The people index: everyone in a programme with their sessions and roles, and the organizers
//! with theirs. Names are merged as the clash check merges them (case, spacing, word order).

use std::collections::HashMap;

use crate::clash::strict_key;
use crate::model::{CutOff, PersonField, Programme};
use crate::search::WordReading;
use crate::text;

/// Whether an entry is a person or an organizing body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Person,
    Organizer,
}

/// One person or organizer and their sessions (index, role), in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: EntryKind,
    /// Extra information: affiliation and country of a person, as first published.
    pub about: Option<String>,
    /// Each session and the person's role in it as published (`None` for an organizer: the
    /// entry's kind says what it is; `wording::role` words both).
    pub sessions: Vec<(usize, Option<String>)>,
    /// Whether the stored copy cut the name off (in a session that names it): views show the gap.
    pub cut_off: bool,
    folded: String,
}

impl Entry {
    /// Whether `query` finds this entry ([`NameQuery`]).
    pub fn matches(&self, query: &str) -> bool {
        NameQuery::new(query).finds(self)
    }
}

/// A query of the people index, read once for every entry: each word (folded) must be in the
/// name, or match its Hangul read as Korean typed another way, as the session search reads it
/// (initial consonants: `ㅇㅌㄱ` finds 이탁건; a romanisation; 2-beolsik keys).
#[derive(Debug, Clone)]
pub struct NameQuery {
    words: Vec<(String, Option<WordReading>)>,
}

impl NameQuery {
    pub fn new(query: &str) -> Self {
        let words = text::fold_text(query).split_whitespace().map(|w| (w.to_owned(), WordReading::of(w))).collect();
        NameQuery { words }
    }

    /// Whether every word finds `entry`'s name.
    pub fn finds(&self, entry: &Entry) -> bool {
        self.words.iter().all(|(word, reading)| {
            entry.folded.contains(word.as_str()) || reading.as_ref().is_some_and(|r| r.found_in(&entry.folded))
        })
    }
}

/// `entries` with only their sessions held in a room (or venue) whose name contains every word
/// of `room` (case and accents do not matter); an entry left with none is dropped.
pub fn in_room(p: &Programme, entries: Vec<Entry>, room: &str) -> Vec<Entry> {
    let words = room_words(room);
    let held = |i: usize| p.sessions[i].place().is_some_and(|place| place_matches(place, &words));
    entries
        .into_iter()
        .filter_map(|mut e| {
            e.sessions.retain(|(i, _)| held(*i));
            (!e.sessions.is_empty()).then_some(e)
        })
        .collect()
}

/// The rooms (or venues) of `p` whose name contains all the words of `room`, each once, sorted.
pub fn rooms_matching<'p>(p: &'p Programme, room: &str) -> Vec<&'p str> {
    let words = room_words(room);
    let mut rooms: Vec<&str> =
        p.sessions.iter().filter_map(|s| s.place()).filter(|r| place_matches(r, &words)).collect();
    rooms.sort_unstable();
    rooms.dedup();
    rooms
}

fn room_words(room: &str) -> Vec<String> {
    text::fold_text(room).split_whitespace().map(str::to_owned).collect()
}

fn place_matches(place: &str, words: &[String]) -> bool {
    let place = text::fold_text(place);
    words.iter().all(|w| place.contains(w.as_str()))
}

/// Everyone in `p`, people first then organizers, each sorted by name.
pub fn index(p: &Programme, chronological: &[usize]) -> Vec<Entry> {
    let mut people: HashMap<String, Entry> = HashMap::new();
    let mut organizers: HashMap<String, Entry> = HashMap::new();
    for &i in chronological {
        let s = &p.sessions[i];
        for (k, person) in s.people.iter().enumerate() {
            let about =
                [person.affiliation.as_deref(), person.country.as_deref()].into_iter().flatten().collect::<Vec<_>>();
            let entry = people.entry(strict_key(&person.name)).or_insert_with(|| Entry {
                name: person.name.clone(),
                kind: EntryKind::Person,
                about: (!about.is_empty()).then(|| about.join(", ")),
                sessions: Vec::new(),
                cut_off: false,
                folded: text::fold_text(&person.name),
            });
            entry.sessions.push((i, person.role.clone()));
            entry.cut_off |= s.is_cut_off(CutOff::Person(k, PersonField::Name));
        }
        for (k, org) in s.organizers.iter().enumerate() {
            let entry = organizers.entry(org.trim().to_lowercase()).or_insert_with(|| Entry {
                name: org.clone(),
                kind: EntryKind::Organizer,
                about: None,
                sessions: Vec::new(),
                cut_off: false,
                folded: text::fold_text(org),
            });
            entry.sessions.push((i, None));
            entry.cut_off |= s.is_cut_off(CutOff::Organizer(k));
        }
    }
    let sorted = |map: HashMap<String, Entry>| {
        let mut v: Vec<Entry> = map.into_values().collect();
        v.sort_by(|a, b| a.folded.cmp(&b.folded));
        v
    };
    let mut out = sorted(people);
    out.extend(sorted(organizers));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{filter, load};

    #[test]
    fn a_name_the_stored_copy_cut_off_is_known_as_cut_off() {
        let p = load::bundled(2021).unwrap().programme;
        let idx = index(&p, &filter::chronological(&p));
        let cut = |name: &str| idx.iter().find(|e| e.name == name).map(|e| e.cut_off);
        assert_eq!(cut("Gwangju International Cen"), Some(true), "the gap is known, so views can show it");
        assert_eq!(cut("Gwangju Metropolitan City"), Some(false));
    }

    #[test]
    fn people_and_organizers_with_their_sessions() {
        let p = load::bundled(2019).unwrap().programme;
        let idx = index(&p, &filter::chronological(&p));
        let shams = idx.iter().find(|e| e.kind == EntryKind::Person && e.matches("asadi")).unwrap();
        let ids: Vec<&str> = shams.sessions.iter().map(|(i, _)| p.sessions[*i].id.as_str()).collect();
        assert_eq!(ids, ["2019-migrants", "2019-right-to-housing"], "one person, two spellings of case");
        assert_eq!(shams.sessions[1].1.as_deref(), Some("presentation"));
        assert!(idx.iter().any(|e| e.kind == EntryKind::Organizer && e.matches("network cities")));
        let first_org = idx.iter().position(|e| e.kind == EntryKind::Organizer).unwrap();
        assert!(idx[..first_org].iter().all(|e| e.kind == EntryKind::Person));
    }

    #[test]
    fn a_room_keeps_the_sessions_held_there() {
        let p = crate::sample::programme();
        let idx = in_room(&p, index(&p, &filter::chronological(&p)), "room 201");
        let kim = idx.iter().find(|e| e.matches("kim minji")).unwrap();
        let ids: Vec<&str> = kim.sessions.iter().map(|(i, _)| p.sessions[*i].id.as_str()).collect();
        assert_eq!(ids, ["climate"], "only the session in Room 201");
        assert!(!idx.iter().any(|e| e.matches("lee jun")), "no session there: left out");
    }

    #[test]
    fn a_korean_name_is_found_by_its_initials_or_a_romanisation() {
        let p = load::bundled(2021).unwrap().programme;
        let idx = index(&p, &filter::chronological(&p));
        let found = |query: &str| -> Vec<&str> {
            let query = NameQuery::new(query);
            idx.iter().filter(|e| query.finds(e)).map(|e| e.name.as_str()).collect()
        };
        assert!(found("ㅇㅌㄱ").iter().any(|n| n.contains("이탁건")), "{:?}", found("ㅇㅌㄱ"));
        assert!(found("itakgeon").iter().any(|n| n.contains("이탁건")), "{:?}", found("itakgeon"));
        assert!(found("ㅇㅌㄱ").iter().all(|n| n.contains("이탁건")), "no one else: {:?}", found("ㅇㅌㄱ"));
        assert_eq!(found("ㅇㅌㄱ ㅂㅎㅅ"), found("ㅇㅌㄱ"), "a word each: 이탁건 변호사");
        assert!(found("ㅇㅌㄱ zzz").is_empty(), "every word must match");
    }
}
