//! Korean typed another way, as Korean apps find it: initial consonants (초성: `ㄴㅁ` finds 난민),
//! a romanisation (`gwangju`, `inkwon`) and the keys of a 2-beolsik keyboard left in Latin mode
//! (`rhkdwn` is 광주). The index keeps each session's Hangul once as syllable offsets (two bytes
//! a syllable, nothing for a session without Hangul), from which initials, keys and spellings are
//! read by arithmetic and tables ([`jamo`]); a word is tried this way ([`reading`]) only when it
//! could be such a query (Latin letters only, or jamo) and only for sessions it did not match
//! directly, and such a match ranks below every direct one.

mod jamo;
mod reading;

use std::ops::Range;

use reading::Reading;

use super::{Field, NONE, READING_PENALTY, SearchIndex};

/// Anything that is not a Hangul syllable, once between two syllables.
const BREAK: u16 = u16::MAX;
/// The start of a field's Hangul: this plus the field's place in [`FIELDS`].
const FIELD_MARK: u16 = 0xff00;
const FIELDS: [Field; 7] =
    [Field::Title, Field::OtherTitle, Field::Subtitle, Field::Person, Field::Organizer, Field::Room, Field::Summary];

/// The Hangul of every session: each field that has some, as its mark, then its syllables
/// (offsets from U+AC00) with one [`BREAK`] for whatever stands between two of them.
#[derive(Debug, Default)]
pub(super) struct HangulTexts {
    units: Vec<u16>,
    /// Session `d`'s units are `units[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    /// Each session's signature: the [`jamo::pair_bit`]s of its syllables' initials and medials,
    /// so that a query that needs others passes the session over without reading it.
    signatures: Vec<u64>,
    /// That of the session being added.
    adding: u64,
}

impl HangulTexts {
    /// Ready for the first session.
    pub fn new() -> Self {
        HangulTexts { starts: vec![0], ..Self::default() }
    }

    /// The Hangul of one field of the session being added (`folded`: its folded text).
    pub fn add(&mut self, field: Field, folded: &str) {
        if folded.is_ascii() {
            return;
        }
        let mut marked = false;
        for c in folded.chars() {
            match jamo::syllable(c) {
                Some(syllable) => {
                    if !marked {
                        let place = FIELDS.iter().position(|f| *f == field).unwrap_or_default();
                        self.units.push(FIELD_MARK + u16::try_from(place).unwrap_or_default());
                        marked = true;
                    }
                    self.units.push(syllable);
                    let (initial, medial, _) = jamo::parts(syllable);
                    self.adding |= jamo::pair_bit(initial, medial);
                }
                None if marked && self.units.last() != Some(&BREAK) => self.units.push(BREAK),
                None => {}
            }
        }
        if self.units.last() == Some(&BREAK) {
            self.units.pop();
        }
    }

    /// Ends a session. One that would end past 4 G units (a file far larger than any programme)
    /// keeps no Hangul.
    pub fn end_session(&mut self) {
        let end = self.starts.last().copied().unwrap_or_default();
        let len = u32::try_from(self.units.len()).unwrap_or(end);
        self.units.truncate(len as usize);
        self.starts.push(len);
        self.signatures.push(if len == end { 0 } else { self.adding });
        self.adding = 0;
    }

    /// Frees what was reserved and not used.
    pub fn shrink(&mut self) {
        self.units.shrink_to_fit();
        self.signatures.shrink_to_fit();
        self.starts.shrink_to_fit();
    }

    fn of(&self, session: usize) -> &[u16] {
        let bounds = self.starts.get(session).zip(self.starts.get(session + 1));
        bounds.and_then(|(from, to)| self.units.get(*from as usize..*to as usize)).unwrap_or_default()
    }
}

/// The best match of `reading` in `units`: the first at the start of a word, else the first.
fn best(reading: &Reading, units: &[u16]) -> Option<Range<usize>> {
    let mut first = None;
    for found in reading.matches(units) {
        if starts_word(units, &found) {
            return Some(found);
        }
        first.get_or_insert(found);
    }
    first
}

/// Whether the syllables `found` begin a word of `units`.
fn starts_word(units: &[u16], found: &Range<usize>) -> bool {
    found.start == 0 || units[found.start - 1] >= jamo::SYLLABLES
}

impl SearchIndex {
    /// Sessions (from `docs`) that `word` has not matched yet and whose Hangul it matches read as
    /// Korean typed another way; ranked below any direct match.
    pub(super) fn scan_hangul(
        &self,
        word: &str,
        docs: Range<usize>,
        candidate: &[bool],
        scores: &mut [i32],
        fields: &mut [Field],
    ) {
        let Some(reading) = Reading::of(word) else { return };
        let len = i32::try_from(reading.len()).unwrap_or(i32::MAX).min(40);
        for (slot, session) in docs.enumerate() {
            let signature = self.hangul.signatures.get(session).copied().unwrap_or_default();
            if !candidate[slot] || scores[slot] != NONE || !reading.may_match(signature) {
                continue;
            }
            let units = self.hangul.of(session);
            // Marks and breaks are no syllables: a match stays within one word of one field.
            for found in reading.matches(units) {
                let field = units[..found.start]
                    .iter()
                    .rev()
                    .find(|u| (FIELD_MARK..BREAK).contains(u))
                    .map_or(Field::Summary, |mark| FIELDS[usize::from(mark - FIELD_MARK).min(FIELDS.len() - 1)]);
                let bonus = if starts_word(units, &found) { 20 } else { 0 };
                let score = 10 * len + bonus + field.weight() - READING_PENALTY;
                if score > scores[slot] {
                    scores[slot] = score;
                    fields[slot] = field;
                }
            }
        }
    }
}

/// A folded query word read as Korean typed another way, to look for in a short text outside the
/// index (a name in the people index): read once, tried on each name.
#[derive(Debug, Clone)]
pub struct WordReading(Reading);

impl WordReading {
    /// How `word` (folded) may be read as Korean; `None` for a word that cannot ([`Reading::of`]).
    pub fn of(word: &str) -> Option<Self> {
        Reading::of(word).map(WordReading)
    }

    /// Whether it matches within a word of the Hangul of `text`.
    pub fn found_in(&self, text: &str) -> bool {
        if text.is_ascii() {
            return false;
        }
        let units: Vec<u16> = text.chars().map(|c| jamo::syllable(c).unwrap_or(BREAK)).collect();
        self.0.matches(&units).next().is_some()
    }
}

/// The characters of `title` that `word` (folded) matches read as Korean typed another way.
pub(super) fn title_span(title: &str, word: &str) -> Option<Range<usize>> {
    let reading = Reading::of(word)?;
    let units: Vec<u16> = title.chars().map(|c| jamo::syllable(c).unwrap_or(BREAK)).collect();
    best(&reading, &units)
}

#[cfg(test)]
#[path = "hangul_tests.rs"]
mod tests;
