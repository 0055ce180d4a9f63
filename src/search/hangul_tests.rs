//! Korean typed another way on the bundled 2021 programme: initial consonants, romanisations and
//! 2-beolsik keys find the sessions, below the direct matches, with the Hangul highlighted.

use crate::load;
use crate::model::Programme;
use crate::search::{SearchIndex, narrows};

use super::HangulTexts;

fn programme() -> Programme {
    load::bundled(2021).unwrap().programme
}

fn ids(p: &Programme, idx: &SearchIndex, query: &str) -> Vec<String> {
    idx.search(query, 0..p.sessions.len()).iter().map(|h| p.sessions[h.session].id.to_string()).collect()
}

/// The same index without the Hangul readings: what the search found before them.
fn without_readings(p: &Programme) -> SearchIndex {
    let mut idx = SearchIndex::new(p);
    idx.hangul = HangulTexts::default();
    idx
}

/// The highlighted characters of session `id`'s title for `query`, as text.
fn highlighted(p: &Programme, idx: &SearchIndex, id: &str, query: &str) -> String {
    let title = &p.sessions.iter().find(|s| s.id.as_str() == id).unwrap().title;
    let chars: Vec<char> = title.chars().collect();
    idx.title_highlights(title, query).into_iter().map(|i| chars[i]).collect()
}

#[test]
fn initial_consonants_find_the_sessions_and_highlight_their_syllables() {
    let p = programme();
    let idx = SearchIndex::new(&p);
    assert_eq!(ids(&p, &idx, "ㄴㅁ"), ["2021-refugees"]);
    assert_eq!(highlighted(&p, &idx, "2021-refugees", "ㄴㅁ"), "난민");
    assert!(ids(&p, &idx, "ㄱㅈ").contains(&"2021-plenary-1".to_owned()));
    assert_eq!(highlighted(&p, &idx, "2021-plenary-1", "ㄱㅈ"), "공정", "더 공정한");
    assert_eq!(highlighted(&p, &idx, "2021-plenary-1", "공ㅈ"), "공정", "a syllable, then an initial");
    assert_eq!(highlighted(&p, &idx, "2021-older-persons", "ㄴㅇ ㅇㄱ"), "노인인권", "each word its own syllables");
}

#[test]
fn romanised_queries_find_the_hangul_in_common_spellings() {
    let p = programme();
    let idx = SearchIndex::new(&p);
    assert_eq!(ids(&p, &idx, "nanmin"), ["2021-refugees"]);
    assert_eq!(highlighted(&p, &idx, "2021-refugees", "nanmin"), "난민");
    let rights = ids(&p, &idx, "ingwon");
    assert!(rights.contains(&"2021-older-persons".to_owned()) && rights.contains(&"2021-plenary-1".to_owned()));
    assert_eq!(ids(&p, &idx, "inkwon"), rights, "McCune–Reischauer's k");
    assert_eq!(highlighted(&p, &idx, "2021-older-persons", "inkwon"), "인권");
    assert_eq!(highlighted(&p, &idx, "2021-older-persons", "noin"), "노인", "the first of the two");
}

#[test]
fn keys_typed_on_a_korean_layout_in_latin_mode_find_the_hangul() {
    let p = programme();
    let idx = SearchIndex::new(&p);
    assert_eq!(ids(&p, &idx, "dlsrnjs"), ids(&p, &idx, "ingwon"), "인권");
    assert_eq!(highlighted(&p, &idx, "2021-older-persons", "dlsrnjs"), "인권");
    assert_eq!(ids(&p, &idx, "sksals"), ["2021-refugees"], "난민");
    // 광주 is only in an organizer's name (which also says "Gwangju").
    assert_eq!(ids(&p, &idx, "rhkdwn"), ["2021-children-youth"]);
}

#[test]
fn readings_rank_below_direct_matches_and_above_typos() {
    let p = programme();
    let (idx, plain) = (SearchIndex::new(&p), without_readings(&p));
    // "jeong": in Latin in some sessions (names), 정 (공정, 정책) in others, a typo ("jeon") in one.
    let id = |h: &crate::search::Hit| p.sessions[h.session].id.to_string();
    let before = plain.search("jeong", 0..p.sessions.len());
    let direct: Vec<String> = before.iter().filter(|h| h.score >= 0).map(id).collect();
    let typos: Vec<String> = before.iter().filter(|h| h.score < 0).map(id).collect();
    let all = ids(&p, &idx, "jeong");
    assert!(!direct.is_empty() && !typos.is_empty() && all.len() > before.len(), "{all:?}");
    assert_eq!(all[..direct.len()], direct[..], "the direct matches first, in their order");
    assert_eq!(all[all.len() - typos.len()..], typos[..], "the typos last");
    assert!(all[direct.len()..all.len() - typos.len()].contains(&"2021-plenary-1".to_owned()));
    assert_eq!(highlighted(&p, &idx, "2021-plenary-1", "jeong"), "정");
}

#[test]
fn english_words_find_no_korean() {
    let p = programme();
    let (idx, plain) = (SearchIndex::new(&p), without_readings(&p));
    for word in
        ["rights", "city", "human", "food", "peace", "women", "the", "for", "and", "with", "youth", "local", "forum"]
    {
        assert_eq!(ids(&p, &idx, word), ids(&p, &plain, word), "{word}");
    }
}

#[test]
fn typed_key_by_key_the_last_matches_hold_every_match() {
    let p = programme();
    let idx = SearchIndex::new(&p);
    for query in ["rhkdwn", "dlsrnjs", "gwangju", "inkwon", "ㄴㅁ", "광ㅈ"] {
        let mut matches: Vec<usize> = (0..p.sessions.len()).collect();
        let ends = query.char_indices().map(|(i, c)| i + c.len_utf8());
        let mut last = "";
        for end in ends {
            let now = &query[..end];
            let mut candidates = matches.clone();
            candidates.extend(idx.widening(last, now).unwrap());
            assert!(narrows(last, now) || now.chars().count() >= 4, "{now}");
            matches = idx.search(now, candidates.into_iter()).iter().map(|h| h.session).collect();
            let whole: Vec<usize> = idx.search(now, 0..p.sessions.len()).iter().map(|h| h.session).collect();
            assert_eq!(matches, whole, "after typing {now:?}");
            last = now;
        }
        assert!(!matches.is_empty(), "{query} finds something");
    }
}
