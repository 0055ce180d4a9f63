//! Which characters of a title a query matched, for underlining: a word's substring, else its
//! letters in order within one word, else the Hangul it types another way (initials, romanised,
//! 2-beolsik keys), else the word it is a typo of.

use fuzzy_matcher::FuzzyMatcher;

use super::typo::{self, Near};
use super::{SearchIndex, hangul};
use crate::text;

impl SearchIndex {
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
                    .filter(|(_, idx)| {
                        idx.last().zip(idx.first()).is_some_and(|(l, f)| {
                            l - f < 2 * n + 1 && !folded.chars().skip(*f).take(l - f).any(|c| c == ' ')
                        })
                    })
                    .map(|(_, idx)| idx),
            };
            // Hangul is found in the title's own characters; the rest is mapped back from `folded`.
            if let Some(found) = found {
                chars.extend(found.iter().filter_map(|i| map.get(*i)));
            } else if let Some(hangul) = hangul::title_span(title, word) {
                chars.extend(hangul);
            } else {
                chars.extend(typo_span(&folded, word).unwrap_or_default().iter().filter_map(|i| map.get(*i)));
            }
        }
        chars.sort_unstable();
        chars.dedup();
        chars
    }
}

/// The characters of the first word of `folded` that `word` is a typo of.
fn typo_span(folded: &str, word: &str) -> Option<Vec<usize>> {
    let query: Vec<char> = word.chars().collect();
    if query.len() < typo::MIN_TYPO_CHARS {
        return None;
    }
    let mut start = 0;
    for part in folded.split(|c: char| !c.is_alphanumeric()) {
        let n = part.chars().count();
        match typo::near(&query, part) {
            Some(Near::Whole) => return Some((start..start + n).collect()),
            Some(Near::Beginning) => return Some((start..start + query.len()).collect()),
            None => {}
        }
        start += n + 1;
    }
    None
}
