//! What a query word may be as Korean typed another way, and where it matches a run of syllables:
//! initial consonants (`ㄴㅁ`, or mixed with whole syllables: `광ㅈ`), a romanisation (`gwangju`,
//! `inkwon`), or the keys of a 2-beolsik keyboard left in Latin mode (`rhkdwn`). The text's
//! syllables are read as the query would write them, rather than the query composed into
//! syllables: a match begins at a syllable and may stop inside the last one, so each key typed
//! towards `gwangju` or `rhkdwn` still finds 광주 (`rhk` is 과 so far) and a longer query never
//! matches where a shorter one did not (what lets a growing query search only the last matches).

use std::ops::Range;

use super::jamo::{
    self, FINAL_KEYS, FINAL_ROMAN, INITIAL_KEYS, INITIAL_ROMAN, INITIALS, MEDIAL_KEYS, MEDIAL_ROMAN, MEDIALS,
};

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
    /// Whether a match may begin at a syllable of this initial and medial (indexed as pairs are in
    /// [`jamo`]), so that most syllables are passed over at a glance.
    begins: [bool; INITIALS * MEDIALS],
    /// A text's signature (the [`jamo::pair_bit`]s of its syllables) meets each of these where
    /// the query may match.
    needs: Vec<u64>,
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
        let mut begins = [false; INITIALS * MEDIALS];
        if !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase()) {
            let typed = word.as_bytes();
            for (pair, begin) in begins.iter_mut().enumerate() {
                let (i, m) = (pair / MEDIALS, pair % MEDIALS);
                *begin = begins_with(typed, INITIAL_KEYS[i], MEDIAL_KEYS[m])
                    || INITIAL_ROMAN[i].iter().any(|a| MEDIAL_ROMAN[m].iter().any(|b| begins_with(typed, a, b)));
            }
            let signature = signature(&begins);
            return Some(Reading { query: Query::Latin(typed.to_vec()), begins, needs: vec![signature] });
        }
        let letter =
            |c| jamo::initial_of_jamo(c).map(Letter::Initial).or_else(|| jamo::syllable(c).map(Letter::Syllable));
        let letters: Vec<Letter> = word.chars().map(letter).collect::<Option<_>>()?;
        if !letters.iter().any(|l| matches!(l, Letter::Initial(_))) {
            return None;
        }
        // Where each letter may stand: the first is where a match begins.
        let pairs = |letter: &Letter| {
            let mut at = [false; INITIALS * MEDIALS];
            match *letter {
                Letter::Initial(i) => at[i * MEDIALS..(i + 1) * MEDIALS].fill(true),
                Letter::Syllable(s) => at[jamo::parts(s).0 * MEDIALS + jamo::parts(s).1] = true,
            }
            at
        };
        let needs = letters.iter().map(|l| signature(&pairs(l))).collect();
        Some(Reading { begins: pairs(&letters[0]), query: Query::Initials(letters), needs })
    }

    /// Whether a match may be found in a text of signature `signature` (its syllables'
    /// [`jamo::pair_bit`]s).
    pub fn may_match(&self, signature: u64) -> bool {
        self.needs.iter().all(|needed| signature & needed != 0)
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
        let may_begin = |s: u16| {
            let (initial, medial, _) = jamo::parts(s);
            self.begins[initial * MEDIALS + medial]
        };
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

/// The signature of the pairs marked in `pairs`.
fn signature(pairs: &[bool]) -> u64 {
    let marked = pairs.iter().enumerate().filter(|(_, marked)| **marked);
    marked.fold(0, |signature, (pair, _)| signature | jamo::pair_bit(pair / MEDIALS, pair % MEDIALS))
}

/// Whether `typed` and the spelling `first` then `then` begin alike (either may be the longer).
fn begins_with(typed: &[u8], first: &str, then: &str) -> bool {
    let (first, then) = (first.as_bytes(), then.as_bytes());
    match typed.strip_prefix(first) {
        Some(rest) => rest.starts_with(then) || then.starts_with(rest),
        None => first.starts_with(typed),
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
