//! Words typed with a typo: one letter transposed, missing, extra or wrong (the optimal string
//! alignment distance of `strsim`). Every distinct word of a programme's folded texts is kept once
//! with the sessions it occurs in, so a query word is compared with each distinct word once, not
//! with every session's text.

use rustc_hash::FxHashMap;

use super::Field;

/// Query words shorter than this only match as typed (a wrong letter in "kim" is another name).
pub(super) const MIN_TYPO_CHARS: usize = 4;
/// Query words shorter than this match a summary only as typed.
pub(super) const MIN_SUMMARY_TYPO_CHARS: usize = 6;

/// How a word of the texts is near a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Near {
    /// The whole word is one edit away.
    Whole,
    /// Its beginning is one edit away ("postgers" of "postgresql"): only in short fields.
    Beginning,
}

/// The distinct words of every session and, for each, the sessions holding it.
#[derive(Debug, Default)]
pub(super) struct Words {
    words: Vec<Box<str>>,
    /// The sessions of word `w` are `sessions[starts[w]..starts[w + 1]]`, in session order, each
    /// with the best field it occurs in.
    starts: Vec<usize>,
    sessions: Vec<(u32, Field)>,
}

/// Collects [`Words`] a session at a time.
#[derive(Default)]
struct WordsBuilder {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
    /// (word, session, field) in session order.
    found: Vec<(u32, u32, Field)>,
    current: Vec<(u32, Field)>,
}

impl WordsBuilder {
    /// The words of one field of the session being added (`text` already folded).
    pub fn add(&mut self, text: &str, field: Field) {
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().nth(2).is_some()) {
            let id = match self.ids.get(word) {
                Some(id) => *id,
                None => {
                    let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
                    self.ids.insert(word.into(), id);
                    self.words.push(word.into());
                    id
                }
            };
            self.current.push((id, field));
        }
    }

    /// Ends session `session`: each of its words kept once, with its best field.
    pub fn end_session(&mut self, session: usize) {
        let session = u32::try_from(session).unwrap_or(u32::MAX);
        self.current.sort_unstable_by_key(|(id, field)| (*id, std::cmp::Reverse(field.weight())));
        self.current.dedup_by_key(|(id, _)| *id);
        self.found.extend(self.current.drain(..).map(|(id, field)| (id, session, field)));
    }

    pub fn finish(self) -> Words {
        let mut starts = vec![0usize; self.words.len() + 1];
        for (id, ..) in &self.found {
            starts[*id as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut sessions = vec![(0, Field::Title); self.found.len()];
        for (id, session, field) in self.found {
            sessions[next[id as usize]] = (session, field);
            next[id as usize] += 1;
        }
        Words { words: self.words, starts, sessions }
    }
}

impl Words {
    /// The distinct words of a search corpus: session `d`'s entries are
    /// `entries[doc_entries[d]..doc_entries[d + 1]]`, each a start in `corpus` and a field.
    pub fn of_corpus(corpus: &[u8], entries: &[(usize, Field)], doc_entries: &[usize]) -> Words {
        let mut builder = WordsBuilder::default();
        for (d, bounds) in doc_entries.windows(2).enumerate() {
            for &(start, field) in entries.get(bounds[0]..bounds[1]).unwrap_or_default() {
                let rest = corpus.get(start..).unwrap_or_default();
                let end = memchr::memchr(super::ENTRY_SEP, rest).unwrap_or(rest.len());
                if let Ok(text) = std::str::from_utf8(&rest[..end]) {
                    builder.add(text, field);
                }
            }
            builder.end_session(d);
        }
        builder.finish()
    }

    /// Every distinct word near `query` (folded), with how it is near.
    pub fn near(&self, query: &str) -> Vec<(usize, Near)> {
        let query: Vec<char> = query.chars().collect();
        if query.len() < MIN_TYPO_CHARS {
            return Vec::new();
        }
        // A plural typed with a typo ("refugess") is also tried as its singular ("refuges" is one
        // letter from "refugee").
        let singular = (query.len() > MIN_TYPO_CHARS && query.last() == Some(&'s')).then(|| &query[..query.len() - 1]);
        self.words
            .iter()
            .enumerate()
            .filter_map(|(i, w)| near(&query, w).or_else(|| singular.and_then(|q| near(q, w))).map(|n| (i, n)))
            .collect()
    }

    /// The sessions of word `word` within `sessions`, with their fields.
    pub fn sessions_of(&self, word: usize, sessions: std::ops::Range<usize>) -> &[(u32, Field)] {
        let all = &self.sessions[self.starts[word]..self.starts[word + 1]];
        let from = all.partition_point(|(s, _)| (*s as usize) < sessions.start);
        let to = all.partition_point(|(s, _)| (*s as usize) < sessions.end);
        &all[from..to]
    }
}

/// How `word` is one edit from `query` (as chars), if it is.
pub(super) fn near(query: &[char], word: &str) -> Option<Near> {
    let mut chars = word.chars();
    let (w0, w1) = (chars.next()?, chars.next()?);
    // One edit leaves one of the first two letters in place, or shifts it by one.
    let (q0, q1) = (query[0], query.get(1).copied()?);
    if !(w0 == q0 || w0 == q1 || w1 == q0 || w1 == q1) {
        return None;
    }
    let (q_len, w_len) = (query.len(), word.chars().count());
    if w_len + 1 < q_len {
        return None;
    }
    let typed: String = query.iter().collect();
    if w_len <= q_len + 1 && strsim::osa_distance(&typed, word) <= 1 {
        return Some(Near::Whole);
    }
    // From five letters on (a shorter word's beginning is too easily another word): a beginning
    // as long as the query, or one letter longer (a letter missing), whose last two
    // letters hold the query's last one: "crypto" is not the beginning of "cryptpad", "rigth" is
    // that of "rights".
    let last = query[q_len - 1];
    [q_len, q_len + 1]
        .into_iter()
        .filter(|&n| q_len >= 5 && n < w_len)
        .filter_map(|n| word.char_indices().nth(n).map(|(end, _)| &word[..end]))
        .any(|start| start.chars().rev().take(2).any(|c| c == last) && strsim::osa_distance(&typed, start) <= 1)
        .then_some(Near::Beginning)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near_str(query: &str, word: &str) -> Option<Near> {
        near(&query.chars().collect::<Vec<_>>(), word)
    }

    #[test]
    fn one_edit_of_a_whole_word_or_of_its_beginning() {
        assert_eq!(near_str("rigth", "right"), Some(Near::Whole), "transposed");
        assert_eq!(near_str("ddiplomacy", "diplomacy"), Some(Near::Whole), "extra");
        assert_eq!(near_str("kubernets", "kubernetes"), Some(Near::Whole), "missing");
        assert_eq!(near_str("refugess", "refugees"), Some(Near::Whole), "wrong");
        assert_eq!(near_str("efugees", "refugees"), Some(Near::Whole), "first letter missing");
        assert_eq!(near_str("postgers", "postgresql"), Some(Near::Beginning));
        assert_eq!(near_str("postgrs", "postgresql"), Some(Near::Beginning));
        assert_eq!(near_str("crypto", "cryptpad"), None);
        assert_eq!(near_str("rigth", "rights"), Some(Near::Beginning));
        assert_eq!(near_str("food", "good"), Some(Near::Whole));
        assert_eq!(near_str("food", "fodder"), None);
        assert_eq!(near_str("right", "fight"), Some(Near::Whole));
        assert_eq!(near_str("right", "xyght"), None, "two edits");
    }

    #[test]
    fn each_word_once_per_session_with_its_best_field() {
        let mut b = WordsBuilder::default();
        b.add("right to food", Field::Summary);
        b.add("right", Field::Title);
        b.end_session(0);
        b.add("food food", Field::Room);
        b.end_session(1);
        let words = b.finish();
        let right = words.words.iter().position(|w| &**w == "right").unwrap();
        let food = words.words.iter().position(|w| &**w == "food").unwrap();
        assert!(!words.words.iter().any(|w| &**w == "to"), "two letters are never a typo's target");
        assert_eq!(words.sessions_of(right, 0..2), [(0, Field::Title)]);
        assert_eq!(words.sessions_of(food, 0..2), [(0, Field::Summary), (1, Field::Room)]);
        assert_eq!(words.sessions_of(food, 1..2), [(1, Field::Room)]);
    }
}
