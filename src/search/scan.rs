//! The scans behind a search: for one query word, every session's best match as a substring
//! (one SIMD pass over the corpus, skipping the rest of a session once nothing can beat its
//! score), its letters in order within one word, as Korean typed another way, or with a typo.

use std::ops::Range;

use memchr::memmem::Finder;

use super::typo::{self, Near};
use super::{DOC_SEP, ENTRY_SEP, Field, SearchIndex, TYPO_PENALTY};

impl SearchIndex {
    fn field_at(&self, doc: usize, pos: usize) -> Field {
        let entries = &self.entries[self.doc_entries[doc]..self.doc_entries[doc + 1]];
        let i = entries.partition_point(|(start, _)| *start <= pos);
        entries[i.saturating_sub(1)].1
    }

    /// Best score per session (from `docs`) of one word within `range` of the corpus.
    pub(super) fn scan_word(
        &self,
        word: &[u8],
        range: Range<usize>,
        docs: Range<usize>,
        candidate: &[bool],
        scores: &mut [i32],
        fields: &mut [Field],
    ) {
        let base = docs.start;
        let hay = &self.corpus[range.clone()];
        let len = i32::try_from(word.len()).unwrap_or(i32::MAX / 64);
        // The best a match can score anywhere, and in the summary (the last entry): once a
        // session has it, the rest of its text cannot raise its score and is passed over.
        let (best, best_in_summary) = (20 * len + 20 + Field::Title.weight(), 20 * len + 20 + Field::Summary.weight());
        let finder = Finder::new(word);
        let (mut from, mut d) = (0, base);
        while let Some(found) = hay.get(from..).and_then(|h| finder.find(h)) {
            let pos = range.start + from + found;
            from += found + word.len().max(1);
            while self.doc_start[d + 1] <= pos {
                d += 1;
            }
            let slot = d - base;
            let next_doc = self.doc_start[d + 1] - range.start;
            if !candidate[slot] {
                from = from.max(next_doc);
                continue;
            }
            let at_word_start = pos == 0 || matches!(self.corpus[pos - 1], b' ' | ENTRY_SEP | DOC_SEP);
            let field = self.field_at(d, pos);
            let score = 20 * len + if at_word_start { 20 } else { 0 } + field.weight();
            if score > scores[slot] {
                scores[slot] = score;
                fields[slot] = field;
            }
            if scores[slot] >= best || (pos >= self.summary_start[d] && scores[slot] >= best_in_summary) {
                from = from.max(next_doc);
            }
        }
        self.scan_fuzzy(word, range.clone(), docs.clone(), candidate, scores, fields);
        if let Ok(word) = std::str::from_utf8(word) {
            self.scan_hangul(word, docs.clone(), candidate, scores, fields);
        }
        self.scan_typos(word, docs, candidate, scores, fields);
    }

    /// Sessions (from `docs`) that hold the letters of `word` in order within one word of a
    /// short field, and have no better match.
    fn scan_fuzzy(
        &self,
        word: &[u8],
        range: Range<usize>,
        docs: Range<usize>,
        candidate: &[bool],
        scores: &mut [i32],
        fields: &mut [Field],
    ) {
        let base = docs.start;
        let hay = &self.corpus[range.clone()];
        let len = i32::try_from(word.len()).unwrap_or(i32::MAX / 64);
        // A one-letter word matches fuzzily only where it matches exactly: nothing more to find.
        let Some((&first, rest)) = word.split_first().filter(|(_, rest)| !rest.is_empty()) else {
            return;
        };
        let window = 2 * word.len() + 1;
        let (mut from, mut d) = (0, base);
        while let Some(found) = hay.get(from..).and_then(|h| memchr::memchr(first, h)) {
            let pos = range.start + from + found;
            from += found + 1;
            while self.doc_start[d + 1] <= pos {
                d += 1;
            }
            let slot = d - base;
            // Fuzzy matches are not looked for in summaries: past its start, on to the next session.
            if !candidate[slot] || scores[slot] >= 20 * len || pos >= self.summary_start[d] {
                from = from.max(self.doc_start[d + 1] - range.start);
                continue;
            }
            if let Some(span) = compact_span(&self.corpus[pos + 1..], rest, window - 1) {
                let field = self.field_at(d, pos);
                let score = 10 * len - 2 * i32::try_from(span).unwrap_or(0) + field.weight();
                if score > scores[slot] {
                    scores[slot] = score;
                    fields[slot] = field;
                }
            }
        }
    }

    /// Sessions (from `docs`) holding a word that `word` is a typo of, and no better match.
    fn scan_typos(
        &self,
        word: &[u8],
        docs: Range<usize>,
        candidate: &[bool],
        scores: &mut [i32],
        fields: &mut [Field],
    ) {
        let Ok(word) = std::str::from_utf8(word) else { return };
        let chars = word.chars().count();
        if chars < typo::MIN_TYPO_CHARS {
            return; // without waiting for the words
        }
        let len = i32::try_from(chars).unwrap_or(i32::MAX / 64);
        // A long summary holds many words one letter from a short one ("good" of "food"): there,
        // only a whole word of six letters or more is taken for a typo.
        let in_summary = |how| how == Near::Whole && chars >= typo::MIN_SUMMARY_TYPO_CHARS;
        let words = self.words();
        for (near, how) in words.near(word) {
            for &(session, field) in words.sessions_of(near, docs.clone()) {
                let slot = session as usize - docs.start;
                if !candidate[slot] || (field == Field::Summary && !in_summary(how)) {
                    continue;
                }
                let score = 10 * len + field.weight() - TYPO_PENALTY;
                if score > scores[slot] {
                    scores[slot] = score;
                    fields[slot] = field;
                }
            }
        }
    }
}

/// If `rest` appears in order within the first `window` bytes of `hay` without crossing a word,
/// the number of bytes skipped over.
fn compact_span(hay: &[u8], rest: &[u8], window: usize) -> Option<usize> {
    let mut want = rest.iter();
    let mut next = want.next();
    let mut skipped = 0;
    for &b in hay.iter().take(window) {
        let Some(&w) = next else { break };
        if b == ENTRY_SEP || b == DOC_SEP || b == b' ' {
            return None;
        }
        if b == w {
            next = want.next();
        } else {
            skipped += 1;
        }
    }
    next.is_none().then_some(skipped)
}
