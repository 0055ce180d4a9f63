//! What a query word may be as Korean typed another way, and where it matches a run of syllables:
//! initial consonants (`ㄴㅁ`, or mixed with whole syllables: `광ㅈ`), a romanisation (`gwangju`,
//! `inkwon`), or the keys of a 2-beolsik keyboard left in Latin mode (`rhkdwn`). The text's
//! syllables are read as the query would write them, rather than the query composed into
//! syllables: a match begins at a syllable and may stop inside the last one, so each key typed
//! towards `gwangju` or `rhkdwn` still finds 광주 (`rhk` is 과 so far) and a longer query never
//! matches where a shorter one did not (what lets a growing query search only the last matches).

use std::ops::Range;

use super::jamo::{self, FINAL_KEYS, FINAL_ROMAN, INITIAL_KEYS, INITIAL_ROMAN, MEDIAL_KEYS, MEDIAL_ROMAN};

/// One character of an initials query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Letter {
    /// A compatibility jamo (ㄱ–ㅎ): any syllable with this initial.
    Initial(usize),
    /// A whole syllable: itself.
    Syllable(u16),
}

/// A query word that may be Korean typed another way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::search) struct Reading {
    query: Query,
    /// The initials a match may begin with (bit `i` for initial `i`), so that most syllables are
    /// passed over at a glance.
    first: u32,
    /// The initials every match holds.
    needs: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Query {
    /// Initial consonants, at least one, with whole syllables between them or not.
    Initials(Vec<Letter>),
    /// Latin letters (folded to lower case): a romanisation, or 2-beolsik keys.
    Latin(Vec<u8>),
}

impl Reading {
    /// How the folded query word `word` may be read as Korean: `None` for any other word (digits,
    /// accents, a syllable-only word that the text holds as typed), which is then not tried.
    pub fn of(word: &str) -> Option<Reading> {
        if let Some(&key) = word.as_bytes().first().filter(|_| word.bytes().all(|b| b.is_ascii_lowercase())) {
            let spelled = |spellings: &[&str]| spellings.iter().any(|s| s.as_bytes().first() == Some(&key));
            let vowel = MEDIAL_ROMAN.iter().any(|spellings| spelled(spellings));
            let first = (0..INITIAL_KEYS.len())
                .filter(|&i| {
                    INITIAL_KEYS[i].as_bytes().first() == Some(&key)
                        || spelled(INITIAL_ROMAN[i])
                        || (vowel && INITIAL_ROMAN[i].contains(&""))
                })
                .fold(0, |mask, i| mask | 1 << i);
            return Some(Reading { query: Query::Latin(word.as_bytes().to_vec()), first, needs: 0 });
        }
        let letter =
            |c| jamo::initial_of_jamo(c).map(Letter::Initial).or_else(|| jamo::syllable(c).map(Letter::Syllable));
        let letters: Vec<Letter> = word.chars().map(letter).collect::<Option<_>>()?;
        let initial = |letter: &Letter| match *letter {
            Letter::Initial(initial) => 1 << initial,
            Letter::Syllable(s) => 1 << jamo::parts(s).0,
        };
        let (first, needs) = (initial(letters.first()?), letters.iter().fold(0, |all, l| all | initial(l)));
        let initials = letters.iter().any(|l| matches!(l, Letter::Initial(_)));
        initials.then_some(Reading { query: Query::Initials(letters), first, needs })
    }

    /// Whether a match may be found in text whose syllables have the initials `present`.
    pub fn may_match(&self, present: u32) -> bool {
        present & self.first != 0 && present & self.needs == self.needs
    }

    /// Characters in the query word.
    pub fn len(&self) -> usize {
        match &self.query {
            Query::Initials(letters) => letters.len(),
            Query::Latin(keys) => keys.len(),
        }
    }

    /// Every match in `units` (syllable offsets; anything else breaks a word): the syllables it
    /// covers, in order of their start.
    pub fn matches<'a>(&'a self, units: &'a [u16]) -> impl Iterator<Item = Range<usize>> + 'a {
        let may_begin = |s: u16| self.first & 1 << jamo::parts(s).0 != 0;
        (0..units.len())
            .filter(move |&start| syllable_at(units, start).is_some_and(may_begin))
            .filter_map(move |start| self.end_from(units, start).map(|end| start..end))
    }

    /// The end of the syllables matched from `start`, if the query matches there.
    fn end_from(&self, units: &[u16], start: usize) -> Option<usize> {
        match &self.query {
            Query::Initials(letters) => initials_from(units, start, letters),
            Query::Latin(typed) => {
                let (keys, roman) = (keys_from(units, start, typed), roman_from(units, start, 0, typed));
                keys.max(roman)
            }
        }
    }
}

/// The syllable at `i`, if there is one.
fn syllable_at(units: &[u16], i: usize) -> Option<u16> {
    units.get(i).copied().filter(|u| *u < jamo::SYLLABLES)
}

fn initials_from(units: &[u16], start: usize, letters: &[Letter]) -> Option<usize> {
    for (i, letter) in (start..).zip(letters) {
        let syllable = syllable_at(units, i)?;
        let fits = match *letter {
            Letter::Initial(initial) => jamo::parts(syllable).0 == initial,
            Letter::Syllable(s) => s == syllable,
        };
        if !fits {
            return None;
        }
    }
    Some(start + letters.len())
}

/// Keys typed on a 2-beolsik keyboard: the keys of the syllables from `start` begin with `typed`.
fn keys_from(units: &[u16], start: usize, typed: &[u8]) -> Option<usize> {
    let mut rest = typed;
    for i in start.. {
        let (initial, medial, last) = jamo::parts(syllable_at(units, i)?);
        for key in [INITIAL_KEYS[initial], MEDIAL_KEYS[medial], FINAL_KEYS[last]].iter().flat_map(|k| k.bytes()) {
            match rest.split_first() {
                None => return Some(i + 1),
                Some((&typed_key, tail)) if typed_key == key => rest = tail,
                Some(_) => return None,
            }
        }
        if rest.is_empty() {
            return Some(i + 1);
        }
    }
    None
}

/// A romanisation: some spelling of the syllables from `at` (from its initial, medial or final:
/// `part` 0, 1, 2) begins with `typed`, which may stop inside a spelling.
fn roman_from(units: &[u16], at: usize, part: u8, typed: &[u8]) -> Option<usize> {
    if typed.is_empty() {
        return Some(if part == 0 { at } else { at + 1 });
    }
    let (initial, medial, last) = jamo::parts(syllable_at(units, at)?);
    let (spellings, next) = match part {
        0 => (INITIAL_ROMAN[initial], (at, 1)),
        1 => (MEDIAL_ROMAN[medial], (at, 2)),
        _ => (FINAL_ROMAN[last], (at + 1, 0)),
    };
    spellings.iter().map(|s| s.as_bytes()).find_map(|spelling| match typed.strip_prefix(spelling) {
        Some(rest) => roman_from(units, next.0, next.1, rest),
        None => spelling.starts_with(typed).then_some(at + 1),
    })
}

#[cfg(test)]
#[path = "reading_tests.rs"]
mod tests;
