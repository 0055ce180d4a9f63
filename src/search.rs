//! Fuzzy search over a programme. Every session's texts are folded once (case, accents) into one
//! corpus. Each query word must match some field of a session: as a substring (found for all
//! sessions at once by one SIMD scan of the corpus), or fuzzily in a short field — its letters in
//! order within a window of about twice its length. Substring matches rank above fuzzy ones,
//! titles above people above organizers above rooms above summaries. `fuzzy-matcher` gives the
//! characters to highlight.

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use crate::model::Programme;
use crate::text;

/// Which part of a session matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    OtherTitle,
    Subtitle,
    Person,
    Organizer,
    Room,
    Summary,
}

impl Field {
    fn weight(self) -> i32 {
        match self {
            Field::Title => 30,
            Field::OtherTitle | Field::Person => 20,
            Field::Subtitle | Field::Organizer => 10,
            Field::Room => 5,
            Field::Summary => 0,
        }
    }
}

const ENTRY_SEP: u8 = 0x1f;
const DOC_SEP: u8 = 0x1e;
const NONE: i32 = i32::MIN;
/// Programmes with at least this many sessions are searched on every core.
const PARALLEL_FROM: usize = 20_000;

/// A search hit: the session's index in the programme, its score and the field that matched best.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub session: usize,
    pub score: i32,
    pub field: Field,
}

/// The folded texts of every session, built once per programme.
pub struct SearchIndex {
    corpus: Vec<u8>,
    /// Start of each session's text in `corpus`, plus the end.
    doc_start: Vec<usize>,
    /// Start of each session's summary (its last entry), or its end when it has none.
    summary_start: Vec<usize>,
    /// Each entry's start and field, sessions' entries consecutive; `doc_entries[i]..doc_entries[i+1]`.
    entries: Vec<(usize, Field)>,
    doc_entries: Vec<usize>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    /// Index every searchable text of `programme`.
    pub fn new(programme: &Programme) -> Self {
        let n = programme.sessions.len();
        let mut index = SearchIndex {
            corpus: Vec::new(),
            doc_start: Vec::with_capacity(n + 1),
            summary_start: Vec::with_capacity(n),
            entries: Vec::new(),
            doc_entries: Vec::with_capacity(n + 1),
            matcher: SkimMatcherV2::default().ignore_case(),
        };
        for s in &programme.sessions {
            index.doc_start.push(index.corpus.len());
            index.doc_entries.push(index.entries.len());
            let push = |index: &mut SearchIndex, field, t: &str| {
                index.entries.push((index.corpus.len(), field));
                index.corpus.extend_from_slice(text::fold(t).0.as_bytes());
                index.corpus.push(ENTRY_SEP);
            };
            push(&mut index, Field::Title, &s.title);
            s.extras.other_titles.iter().for_each(|t| push(&mut index, Field::OtherTitle, t));
            s.subtitle.iter().for_each(|t| push(&mut index, Field::Subtitle, t));
            s.people.iter().for_each(|p| push(&mut index, Field::Person, &p.name));
            s.organizers.iter().for_each(|o| push(&mut index, Field::Organizer, o));
            s.place().iter().for_each(|r| push(&mut index, Field::Room, r));
            index.summary_start.push(index.corpus.len());
            s.summary.iter().for_each(|t| push(&mut index, Field::Summary, t));
            index.corpus.push(DOC_SEP);
        }
        index.doc_start.push(index.corpus.len());
        index.doc_entries.push(index.entries.len());
        index
    }

    fn field_at(&self, doc: usize, pos: usize) -> Field {
        let entries = &self.entries[self.doc_entries[doc]..self.doc_entries[doc + 1]];
        let i = entries.partition_point(|(start, _)| *start <= pos);
        entries[i.saturating_sub(1)].1
    }

    /// Best score per session (from `docs`) of one word within `range` of the corpus.
    fn scan_word(
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

    /// Hits among the sessions `docs` (a contiguous range) for which `candidate` is true.
    fn search_range(&self, query: &str, docs: Range<usize>, candidate: &[bool]) -> Vec<Hit> {
        let folded = text::fold(query).0;
        let words: Vec<&str> = folded.split_whitespace().collect();
        let range = self.doc_start[docs.start]..self.doc_start[docs.end];
        let n = docs.len();
        let mut total = vec![0i32; n];
        let mut best = vec![(NONE, Field::Title); n];
        let mut alive = candidate.to_vec();
        for word in &words {
            let mut scores = vec![NONE; n];
            let mut fields = vec![Field::Title; n];
            self.scan_word(word.as_bytes(), range.clone(), docs.clone(), &alive, &mut scores, &mut fields);
            for i in 0..n {
                if scores[i] == NONE {
                    alive[i] = false;
                } else {
                    total[i] += scores[i];
                    if scores[i] > best[i].0 {
                        best[i] = (scores[i], fields[i]);
                    }
                }
            }
        }
        (0..n)
            .filter(|&i| alive[i])
            .map(|i| Hit { session: docs.start + i, score: total[i], field: best[i].1 })
            .collect()
    }

    /// The hit of session `index` for `query`, if it matches.
    pub fn score(&self, index: usize, query: &str) -> Option<Hit> {
        if index + 1 >= self.doc_start.len() {
            return None;
        }
        self.search_range(query, index..index + 1, &[true]).pop()
    }

    /// Every matching session among `candidates`, best first (ties keep session order).
    pub fn search(&self, query: &str, candidates: impl Iterator<Item = usize>) -> Vec<Hit> {
        let n = self.doc_start.len() - 1;
        let mut candidate = vec![false; n];
        for i in candidates.filter(|i| *i < n) {
            candidate[i] = true;
        }
        let threads =
            if n < PARALLEL_FROM { 1 } else { std::thread::available_parallelism().map_or(1, |p| p.get().min(4)) };
        let mut hits = if threads == 1 {
            self.search_range(query, 0..n, &candidate)
        } else {
            let chunk = n.div_ceil(threads);
            std::thread::scope(|scope| {
                let parts: Vec<_> = (0..n)
                    .step_by(chunk)
                    .map(|start| {
                        let docs = start..(start + chunk).min(n);
                        let candidate = &candidate[docs.clone()];
                        scope.spawn(move || self.search_range(query, docs, candidate))
                    })
                    .collect();
                parts.into_iter().flat_map(|p| p.join().unwrap_or_default()).collect()
            })
        };
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits
    }

    /// Character indices of `title` that `query` matches, for highlighting.
    pub fn title_highlights(&self, title: &str, query: &str) -> Vec<usize> {
        let (folded, map) = text::fold(title);
        let mut chars: Vec<usize> = Vec::new();
        for word in text::fold(query).0.split_whitespace() {
            let n = word.chars().count();
            let found = match folded.find(word) {
                Some(pos) => {
                    let start = folded[..pos].chars().count();
                    Some((start..start + n).collect::<Vec<_>>())
                }
                None => self
                    .matcher
                    .fuzzy_indices(&folded, word)
                    .filter(|(_, idx)| idx.last().zip(idx.first()).is_some_and(|(l, f)| l - f < 2 * n + 1))
                    .map(|(_, idx)| idx),
            };
            chars.extend(found.unwrap_or_default().iter().filter_map(|i| map.get(*i).copied()));
        }
        chars.sort_unstable();
        chars.dedup();
        chars
    }
}

/// If `rest` appears in order within the first `window` bytes of `hay` without crossing a field,
/// the number of bytes skipped over.
fn compact_span(hay: &[u8], rest: &[u8], window: usize) -> Option<usize> {
    let mut want = rest.iter();
    let mut next = want.next();
    let mut skipped = 0;
    for &b in hay.iter().take(window) {
        let Some(&w) = next else { break };
        if b == ENTRY_SEP || b == DOC_SEP {
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

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
