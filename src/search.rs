//! Fuzzy search over a programme: the one wrapper around `fuzzy-matcher`. Texts are folded
//! once (case, accents) into an index; a cheap in-order character test skips sessions that
//! cannot match before the scorer runs. Short fields match fuzzily; the long summary only
//! when it contains every word of the query, so scattered letters in prose do not match.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

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
    fn weight(self) -> i64 {
        match self {
            Field::Title => 30,
            Field::OtherTitle | Field::Person => 20,
            Field::Subtitle | Field::Organizer => 10,
            Field::Room => 5,
            Field::Summary => 0,
        }
    }
}

struct Entry {
    field: Field,
    folded: String,
    map: Vec<usize>,
}

/// A search hit: the session's index in the programme, its score and the matched title characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub session: usize,
    pub score: i64,
    pub field: Field,
    /// Character indices of the main title that matched (empty when another field matched).
    pub title_chars: Vec<usize>,
}

/// The folded texts of every session, built once per programme.
pub struct SearchIndex {
    sessions: Vec<(String, Vec<Entry>)>,
    matcher: SkimMatcherV2,
}

impl SearchIndex {
    /// Index every searchable text of `programme`.
    pub fn new(programme: &Programme) -> Self {
        let sessions = programme
            .sessions
            .iter()
            .map(|s| {
                let mut entries = Vec::new();
                let mut push = |field, t: &str| {
                    let (folded, map) = text::fold(t);
                    entries.push(Entry { field, folded, map });
                };
                push(Field::Title, &s.title);
                s.other_titles
                    .iter()
                    .for_each(|t| push(Field::OtherTitle, t));
                s.subtitle.iter().for_each(|t| push(Field::Subtitle, t));
                s.people.iter().for_each(|p| push(Field::Person, &p.name));
                s.organizers.iter().for_each(|o| push(Field::Organizer, o));
                s.place().iter().for_each(|r| push(Field::Room, r));
                s.summary.iter().for_each(|t| push(Field::Summary, t));
                let all: String = entries
                    .iter()
                    .map(|e| e.folded.as_str())
                    .collect::<Vec<_>>()
                    .join("\u{1f}");
                (all, entries)
            })
            .collect();
        SearchIndex {
            sessions,
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }

    /// The best hit of session `index` for `query`, if it matches.
    pub fn score(&self, index: usize, query: &str) -> Option<Hit> {
        let (folded_query, _) = text::fold(query.trim());
        self.score_folded(index, &folded_query)
    }

    fn score_folded(&self, index: usize, query: &str) -> Option<Hit> {
        let (all, entries) = self.sessions.get(index)?;
        let mut hit = Hit {
            session: index,
            score: 0,
            field: Field::Title,
            title_chars: Vec::new(),
        };
        let mut best_field_score = i64::MIN;
        for word in query.split_whitespace() {
            if !is_subsequence(word, all) {
                return None;
            }
            let (score, entry, indices) = self.best_entry(word, entries)?;
            hit.score += score;
            if score > best_field_score {
                best_field_score = score;
                hit.field = entry.field;
            }
            if entry.field == Field::Title {
                hit.title_chars
                    .extend(indices.iter().filter_map(|i| entry.map.get(*i).copied()));
            }
        }
        hit.title_chars.sort_unstable();
        hit.title_chars.dedup();
        Some(hit)
    }

    /// The best-scoring field for one query word. A fuzzy match must be compact (its letters
    /// spread over at most about twice the word's length); the summary must contain the word.
    fn best_entry<'e>(
        &self,
        word: &str,
        entries: &'e [Entry],
    ) -> Option<(i64, &'e Entry, Vec<usize>)> {
        let len = word.chars().count();
        let mut best: Option<(i64, &Entry, Vec<usize>)> = None;
        for e in entries {
            let found = if e.field == Field::Summary {
                e.folded.contains(word).then(|| (len as i64, Vec::new()))
            } else if is_subsequence(word, &e.folded) {
                self.matcher
                    .fuzzy_indices(&e.folded, word)
                    .filter(|(_, idx)| {
                        idx.last()
                            .zip(idx.first())
                            .is_some_and(|(l, f)| l - f < 2 * len + 1)
                    })
                    .map(|(score, idx)| (score + e.field.weight(), idx))
            } else {
                None
            };
            if let Some((score, idx)) = found {
                if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                    best = Some((score, e, idx));
                }
            }
        }
        best
    }

    /// Every matching session among `candidates`, best first (ties keep candidate order).
    pub fn search(&self, query: &str, candidates: impl Iterator<Item = usize>) -> Vec<Hit> {
        let (folded, _) = text::fold(query.trim());
        let mut hits: Vec<Hit> = candidates
            .filter_map(|i| self.score_folded(i, &folded))
            .collect();
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits
    }
}

/// Whether the characters of `needle` appear in `hay` in order.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|n| hay.any(|h| h == n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn index_of(p: &Programme, id: &str) -> usize {
        p.sessions.iter().position(|s| s.id.as_str() == id).unwrap()
    }

    #[test]
    fn finds_apcad_first_with_highlights() {
        let p = load::bundled(2021).unwrap().programme;
        let idx = SearchIndex::new(&p);
        let hits = idx.search("apcad", 0..p.sessions.len());
        assert_eq!(hits[0].session, index_of(&p, "2021-unesco-apcad"));
        assert_eq!(hits[0].title_chars, vec![7, 8, 9, 10, 11]);
    }

    #[test]
    fn korean_accents_and_people_match() {
        let p = load::bundled(2021).unwrap().programme;
        let idx = SearchIndex::new(&p);
        let refugees = index_of(&p, "2021-refugees");
        assert!(
            idx.search("난민", 0..p.sessions.len())
                .iter()
                .any(|h| h.session == refugees)
        );
        let charter = index_of(&p, "2021-charter-agenda-asia");
        assert!(idx.score(charter, "ASIATICA").is_some());
        let food = idx
            .score(index_of(&p, "2021-right-to-food"), "robert")
            .is_none();
        assert!(food);
        let paper = idx
            .score(index_of(&p, "2021-paper-presentation"), "grotjohn")
            .unwrap();
        assert_eq!(paper.field, Field::Person);
    }
}
