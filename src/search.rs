//! Fuzzy search over a programme. Every session's texts are folded once (case, accents) into one
//! corpus. Each query word must match some field of a session: as a substring (found for all
//! sessions at once by one SIMD scan of the corpus), fuzzily in a short field — its letters in
//! order within one word, in a window of about twice its length — or, from four letters on, with
//! a typo ([`typo`]: one letter transposed, missing, extra or wrong). Substring matches rank above
//! fuzzy ones, fuzzy ones above Korean typed another way ([`hangul`]: initial consonants, a
//! romanisation, 2-beolsik keys in Latin mode), those above typos; titles above people above
//! organizers above rooms above summaries. `fuzzy-matcher` gives the characters to highlight.

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;

use fuzzy_matcher::skim::SkimMatcherV2;

use crate::model::{Programme, Session};
use crate::text;

mod hangul;
mod highlight;
mod scan;
mod typo;

pub use hangul::WordReading;
use typo::Words;

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
/// Taken off a word matched with a typo, so that a session with fewer typos always ranks higher.
const TYPO_PENALTY: i32 = 1_000;
/// Taken off a word matched as Korean typed another way: below any direct match, above typos.
const READING_PENALTY: i32 = 500;
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
    corpus: Arc<Vec<u8>>,
    /// Start of each session's text in `corpus`, plus the end.
    doc_start: Vec<usize>,
    /// Start of each session's summary (its last entry), or its end when it has none.
    summary_start: Vec<usize>,
    /// Each entry's start and field, sessions' entries consecutive; `doc_entries[i]..doc_entries[i+1]`.
    entries: Arc<Vec<(usize, Field)>>,
    doc_entries: Arc<Vec<usize>>,
    /// Each session's Hangul, for queries typed as initials, romanised or on the wrong layout.
    hangul: hangul::HangulTexts,
    /// Every distinct word, for matches with a typo: gathered by the thread in `words_pending`.
    words: OnceLock<Words>,
    words_pending: Mutex<Option<JoinHandle<Words>>>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    /// Index every searchable text of `programme`. The distinct words (for typos) are gathered
    /// on another thread, so the app opens as fast as before; a query that needs them waits.
    pub fn new(programme: &Programme) -> Self {
        let index = Self::corpus(&programme.sessions);
        let (corpus, entries, doc_entries) =
            (Arc::clone(&index.corpus), Arc::clone(&index.entries), Arc::clone(&index.doc_entries));
        let gather = move || Words::of_corpus(&corpus, &entries, &doc_entries);
        match std::thread::Builder::new().name("search-words".into()).spawn(gather) {
            Ok(handle) => *index.words_pending.lock().unwrap_or_else(PoisonError::into_inner) = Some(handle),
            Err(_) => {
                let words = Words::of_corpus(&index.corpus, &index.entries, &index.doc_entries);
                let _ = index.words.set(words);
            }
        }
        index
    }

    /// The distinct words, once gathered.
    fn words(&self) -> &Words {
        self.words.get_or_init(|| {
            let pending = self.words_pending.lock().unwrap_or_else(PoisonError::into_inner).take();
            match pending.map(JoinHandle::join) {
                Some(Ok(words)) => words,
                _ => Words::of_corpus(&self.corpus, &self.entries, &self.doc_entries),
            }
        })
    }

    /// The folded corpus of `sessions`, without the distinct words.
    fn corpus(sessions: &[Session]) -> Self {
        let n = sessions.len();
        let (mut corpus, mut entries) = (Vec::new(), Vec::new());
        let mut doc_start = Vec::with_capacity(n + 1);
        let mut summary_start = Vec::with_capacity(n);
        let mut doc_entries = Vec::with_capacity(n + 1);
        let mut hangul = hangul::HangulTexts::new();
        for s in sessions {
            doc_start.push(corpus.len());
            doc_entries.push(entries.len());
            let mut summary = None;
            for (field, t) in texts(s) {
                if field == Field::Summary {
                    summary.get_or_insert(corpus.len());
                }
                entries.push((corpus.len(), field));
                let folded = text::fold_text(t);
                hangul.add(field, &folded);
                corpus.extend_from_slice(folded.as_bytes());
                corpus.push(ENTRY_SEP);
            }
            summary_start.push(summary.unwrap_or(corpus.len()));
            corpus.push(DOC_SEP);
            hangul.end_session();
        }
        hangul.shrink();
        doc_start.push(corpus.len());
        doc_entries.push(entries.len());
        SearchIndex {
            corpus: Arc::new(corpus),
            doc_start,
            summary_start,
            entries: Arc::new(entries),
            doc_entries: Arc::new(doc_entries),
            hangul,
            words: OnceLock::new(),
            words_pending: Mutex::new(None),
            matcher: SkimMatcherV2::default().ignore_case(),
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

    /// When `query` lengthens the last word of `last` into one that may be a typo: the sessions
    /// holding a word it may be a typo of, which a search for `query` may find and one for
    /// `last` did not (in session order). Searching these and the matches of `last` finds every
    /// match of `query`. `None` when `query` does not extend `last`.
    pub fn widening(&self, last: &str, query: &str) -> Option<Vec<usize>> {
        if !query.starts_with(last) {
            return None;
        }
        if narrows(last, query) {
            return Some(Vec::new());
        }
        let word = text::fold_text(query.split_whitespace().last().unwrap_or_default());
        let words = self.words();
        let n = self.doc_start.len() - 1;
        let mut sessions: Vec<usize> = words
            .near(&word)
            .into_iter()
            .flat_map(|(near, _)| words.sessions_of(near, 0..n).iter().map(|(s, _)| *s as usize))
            .collect();
        sessions.sort_unstable();
        sessions.dedup();
        Some(sessions)
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
}

/// Whether every session matching `query` also matches `last`, so that a search for `query` may
/// look among the matches of `last` only (what keeps typing fast): `query` adds words to `last`,
/// or lengthens its last word while that is too short to be taken for a typo ("dd" has no match
/// where "ddiplomacy" has one, a typo of "diplomacy"). Else [`SearchIndex::widening`] says
/// which sessions to look at besides.
pub fn narrows(last: &str, query: &str) -> bool {
    let Some(added) = query.strip_prefix(last) else { return false };
    if added.is_empty() || added.starts_with(char::is_whitespace) || last.ends_with(char::is_whitespace) {
        return true;
    }
    let word = query.split_whitespace().last().unwrap_or_default();
    text::fold_text(word).chars().count() < typo::MIN_TYPO_CHARS
}

/// Every searchable text of `s` with its field, the summary last.
fn texts(s: &Session) -> impl Iterator<Item = (Field, &str)> {
    std::iter::once((Field::Title, s.title.as_str()))
        .chain(s.extras.other_titles.iter().map(|t| (Field::OtherTitle, t.as_str())))
        .chain(s.subtitle.iter().map(|t| (Field::Subtitle, t.as_str())))
        .chain(s.people.iter().map(|p| (Field::Person, p.name.as_str())))
        .chain(s.organizers.iter().map(|o| (Field::Organizer, o.as_str())))
        .chain(s.place().map(|r| (Field::Room, r)))
        .chain(s.summary.iter().map(|t| (Field::Summary, t.as_str())))
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
