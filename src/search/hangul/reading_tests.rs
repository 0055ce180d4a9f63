//! The readings of a query word matched against Hangul text, syllable by syllable.

use super::*;

/// Units of `text` as the index keeps them: syllables, anything else a break.
fn units(text: &str) -> Vec<u16> {
    text.chars().map(|c| jamo::syllable(c).unwrap_or(u16::MAX)).collect()
}

/// The matches of `query` in `text`, as the text they cover.
fn found(query: &str, text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let Some(reading) = Reading::of(query) else { return Vec::new() };
    reading.matches(&units(text)).map(|r| chars[r].iter().collect()).collect()
}

#[test]
fn initial_consonants_find_consecutive_syllables() {
    assert_eq!(found("ㄴㅁ", "동아시아 난민 보호"), ["난민"]);
    assert_eq!(found("ㄱㅈ", "광주광역시"), ["광주"]);
    assert_eq!(found("광ㅈ", "광주 광역"), ["광주"], "a whole syllable then an initial");
    assert_eq!(found("ㅇㄱ", "인 권"), Vec::<String>::new(), "not across a space");
    assert_eq!(found("ㄸ", "또"), ["또"], "a doubled initial");
    assert_eq!(found("ㄱ", "까"), Vec::<String>::new(), "ㄱ is not ㄲ");
    assert_eq!(Reading::of("광주"), None, "syllables alone are matched as typed");
}

#[test]
fn romanisations_and_their_variants_find_the_syllables() {
    assert_eq!(found("gwangju", "광주광역시"), ["광주"]);
    assert_eq!(found("kwangju", "광주"), ["광주"], "McCune–Reischauer");
    assert_eq!(found("nanmin", "난민: 동아시아"), ["난민"]);
    assert_eq!(found("ingwon", "인권도시"), ["인권"]);
    assert_eq!(found("inkwon", "인권도시"), ["인권"]);
    assert_eq!(found("hangugeo", "한국어"), ["한국어"], "a final carried over to the vowel");
    assert_eq!(found("seoul", "서울"), ["서울"]);
    assert_eq!(found("chungbuk", "충북"), ["충북"]);
    assert_eq!(found("sungho", "성호"), ["성호"], "ㅓ written u");
}

#[test]
fn every_key_typed_towards_a_romanisation_or_keys_still_matches() {
    for query in ["gwangju", "kwangju", "rhkdwn"] {
        for end in 1..=query.len() {
            let typed = &query[..end];
            let hits = found(typed, "광주");
            assert!(hits.len() == 1 && hits[0].starts_with('광'), "{typed}: {hits:?}");
        }
        assert_eq!(found(query, "광주"), ["광주"]);
    }
}

#[test]
fn keys_of_a_two_set_keyboard_in_latin_mode_find_the_syllables() {
    assert_eq!(found("rhkdwn", "광주광역시"), ["광주"]);
    assert_eq!(found("dlsrnjs", "인권도시"), ["인권"]);
    assert_eq!(found("sksals", "난민"), ["난민"]);
    assert_eq!(found("dks", "아나"), ["아나"], "안 so far, or 아 and the ㄴ of 나");
    assert_eq!(found("rt", "갔"), Vec::<String>::new(), "a vowel comes between");
}

#[test]
fn english_words_are_no_korean() {
    let text = "재난과 인권: 새로운 사회 계약 난민 광주광역시 한국인권도시협의회 유엔인권최고대표사무소";
    for word in ["rights", "city", "food", "human", "peace", "women", "cities", "climate", "education"] {
        assert_eq!(found(word, text), Vec::<String>::new(), "{word}");
    }
    assert_eq!(Reading::of("café"), None);
    assert_eq!(Reading::of("2021"), None);
}
