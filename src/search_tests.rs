//! Search tests on the bundled programme and on synthetic programmes, including one large enough
//! to be searched on every core.

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
    assert_eq!(hits[0].field, Field::Title);
    let title = &p.sessions[hits[0].session].title;
    assert_eq!(idx.title_highlights(title, "apcad"), vec![7, 8, 9, 10, 11]);
    assert_eq!(idx.title_highlights(title, "UNSCO mtg"), vec![0, 1, 3, 4, 5, 13, 16, 19]);
}

#[test]
fn korean_accents_people_and_word_order() {
    let p = load::bundled(2021).unwrap().programme;
    let idx = SearchIndex::new(&p);
    let refugees = index_of(&p, "2021-refugees");
    assert!(idx.search("난민", 0..p.sessions.len()).iter().any(|h| h.session == refugees));
    assert!(idx.score(index_of(&p, "2021-charter-agenda-asia"), "ASIATICA").is_some());
    assert!(idx.score(index_of(&p, "2021-right-to-food"), "robert").is_none());
    let paper = index_of(&p, "2021-paper-presentation");
    assert_eq!(idx.score(paper, "grotjohn").unwrap().field, Field::Person);
    assert!(idx.score(paper, "seonghoon kim").is_some());
    assert!(idx.score(paper, "kim zzzz").is_none(), "every word must match");
}

#[test]
fn scattered_letters_do_not_match_but_close_ones_do() {
    let p = load::bundled(2021).unwrap().programme;
    let idx = SearchIndex::new(&p);
    let food: Vec<usize> = idx.search("food", 0..p.sessions.len()).iter().map(|h| h.session).collect();
    assert_eq!(food, vec![index_of(&p, "2021-right-to-food")]);
    let apcad = index_of(&p, "2021-unesco-apcad");
    assert!(idx.score(apcad, "apcd").is_some(), "a letter left out still matches");
    assert!(idx.score(apcad, "apcd").unwrap().score < idx.score(apcad, "apcad").unwrap().score);
}

#[test]
fn bulk_search_equals_one_by_one_on_a_synthetic_programme() {
    let p = crate::synthetic::programme(2_000, 3);
    let idx = SearchIndex::new(&p);
    for q in ["clim", "kim min", "인권 도시", "zur", "o", "room 10"] {
        let bulk: Vec<(usize, i32)> = {
            let mut h: Vec<(usize, i32)> =
                idx.search(q, 0..p.sessions.len()).iter().map(|h| (h.session, h.score)).collect();
            h.sort_unstable();
            h
        };
        let single: Vec<(usize, i32)> =
            (0..p.sessions.len()).filter_map(|i| idx.score(i, q).map(|h| (i, h.score))).collect();
        assert_eq!(bulk, single, "query {q}");
        let even: Vec<usize> = idx.search(q, (0..p.sessions.len()).step_by(2)).iter().map(|h| h.session).collect();
        assert!(even.iter().all(|i| i % 2 == 0));
    }
}

/// The one-thread search of the sessions marked in `candidate`, ranked as `search` ranks: what a
/// programme below [`PARALLEL_FROM`] gets.
fn one_thread(idx: &SearchIndex, query: &str, candidate: &[bool]) -> Vec<Hit> {
    let mut hits = idx.search_range(query, 0..candidate.len(), candidate);
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}

#[test]
fn a_programme_searched_on_every_core_gives_the_one_thread_result() {
    // Big enough for the threads (on a machine with one core, the one-thread path is compared
    // with itself); an odd size, so the chunks are uneven and the last is short.
    let p = crate::synthetic::programme(PARALLEL_FROM + 1_001, 11);
    let n = p.sessions.len();
    assert!(n >= PARALLEL_FROM);
    let idx = SearchIndex::new(&p);
    for q in ["kim min", "인권 도시"] {
        let all = idx.search(q, 0..n);
        assert!(!all.is_empty(), "query {q}");
        assert_eq!(all, one_thread(&idx, q, &vec![true; n]), "query {q}");
    }
    // Candidates cut into the same uneven chunks.
    let thirds: Vec<bool> = (0..n).map(|i| i % 3 == 1).collect();
    assert_eq!(idx.search("kim min", (1..n).step_by(3)), one_thread(&idx, "kim min", &thirds));
}

/// A FOSDEM schedule from the fixtures (kept gzip-compressed).
fn fosdem(name: &str) -> Programme {
    use std::io::Read;
    let path = format!("{}/tests/fixtures/schedules/{name}.gz", env!("CARGO_MANIFEST_DIR"));
    let mut xml = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap()).read_to_end(&mut xml).unwrap();
    let zone = load::Options { fallback_zone: Some(chrono_tz::Europe::Brussels), ..Default::default() };
    load::from_bytes(&xml, name, zone).unwrap().programme
}

fn found(idx: &SearchIndex, p: &Programme, query: &str) -> Vec<usize> {
    idx.search(query, 0..p.sessions.len()).iter().map(|h| h.session).collect()
}

#[test]
fn a_typo_in_a_word_still_finds_what_it_means() {
    let p = load::bundled(2021).unwrap().programme;
    let idx = SearchIndex::new(&p);
    assert_eq!(found(&idx, &p, "rigth to food").first(), Some(&index_of(&p, "2021-right-to-food")), "transposed");
    assert!(found(&idx, &p, "ddiplomacy").contains(&index_of(&p, "2021-public-diplomacy")), "one letter too many");
    let p = load::bundled(2018).unwrap().programme;
    let idx = SearchIndex::new(&p);
    let exact = found(&idx, &p, "refugees");
    assert!(!exact.is_empty());
    let typo = found(&idx, &p, "refugess");
    assert!(exact.iter().all(|i| typo.contains(i)), "one letter wrong: {exact:?} {typo:?}");
    let p = fosdem("fosdem-2026.xml");
    let idx = SearchIndex::new(&p);
    for (typo, meant) in [("postgers", "postgres"), ("kubernets", "kubernetes")] {
        let hits = found(&idx, &p, typo);
        let titled = |i: &usize| text::fold(&p.sessions[*i].title).0.contains(meant);
        let wanted = (0..p.sessions.len()).filter(titled).count();
        assert!(wanted > 0 && hits.iter().filter(|i| titled(i)).count() == wanted, "{typo}");
    }
}

#[test]
fn a_longer_query_narrows_the_last_matches_only_where_no_typo_can_widen_them() {
    assert!(narrows("dd", "ddi"), "three letters match only as typed");
    assert!(!narrows("ddi", "ddip"), "a typo of a four-letter word may match what ddi did not");
    assert!(narrows("ddiplomacy", "ddiplomacy x") && narrows("kim", "kim"));
    assert!(!narrows("kim", "ki") && !narrows("kim", "lee"));
    let p = load::bundled(2021).unwrap().programme;
    let idx = SearchIndex::new(&p);
    assert_eq!(idx.widening("dd", "ddi"), Some(Vec::new()));
    assert_eq!(idx.widening("kim", "lee"), None);
    // Typed key by key, the last matches and the widening hold every match of the whole query.
    let diplomacy = index_of(&p, "2021-public-diplomacy");
    assert!(idx.widening("ddiplomac", "ddiplomacy").unwrap().contains(&diplomacy));
    let mut matches: Vec<usize> = (0..p.sessions.len()).collect();
    let query = "rigth to ffood";
    for end in 1..=query.len() {
        let (last, now) = (&query[..end - 1], &query[..end]);
        let mut candidates = matches.clone();
        candidates.extend(idx.widening(last, now).unwrap());
        matches = idx.search(now, candidates.into_iter()).iter().map(|h| h.session).collect();
        let mut whole: Vec<usize> = found(&idx, &p, now);
        let mut typed = matches.clone();
        whole.sort_unstable();
        typed.sort_unstable();
        assert_eq!(typed, whole, "after typing {now:?}");
    }
    assert_eq!(matches, [index_of(&p, "2021-right-to-food")]);
}

#[test]
fn typo_hits_rank_below_exact_ones() {
    let toml = r#"
id = "t"
title = "T"
timezone = "UTC"
first_day = "2030-01-01"
last_day = "2030-01-01"
[[sessions]]
id = "typo"
title = "Rigth of way"
[[sessions]]
id = "exact"
title = "Some talk"
summary = "A long text that mentions the right in passing."
"#;
    let p = load::from_toml(toml, "t.toml").unwrap().programme;
    let idx = SearchIndex::new(&p);
    assert_eq!(found(&idx, &p, "right"), vec![1, 0]);
    assert_eq!(found(&idx, &p, "right way"), vec![0], "every word must match");
    // In a summary only a long word is taken for a typo: "pasing" is "passing", "tezt" is no "text".
    assert_eq!(found(&idx, &p, "pasing"), vec![1]);
    assert!(found(&idx, &p, "tezt").is_empty());
}

#[test]
fn letters_of_a_word_are_not_gathered_from_the_next_word() {
    // "crypto" is not the "Crypt" of CryptPad plus an "o" from another word.
    let p = fosdem("fosdem-2020.xml");
    let idx = SearchIndex::new(&p);
    let hits = found(&idx, &p, "crypto");
    let titles: Vec<&str> = hits.iter().map(|&i| p.sessions[i].title.as_str()).collect();
    assert!(!titles.contains(&"Encrypt your collaboration with CryptPad"), "{titles:?}");
    let titled = (0..p.sessions.len()).filter(|&i| text::fold(&p.sessions[i].title).0.contains("crypto"));
    assert!(titled.clone().count() > 0 && titled.into_iter().all(|i| hits.contains(&i)), "{titles:?}");
}

#[test]
fn a_plural_typed_with_a_typo_finds_the_singular() {
    // The 2021 session on refugees has a Korean title and says "refugee" in its summary.
    let p = crate::load::bundled(2021).unwrap().programme;
    let index = SearchIndex::new(&p);
    let ids: Vec<&str> =
        index.search("refugess", 0..p.sessions.len()).into_iter().map(|h| p.sessions[h.session].id.as_str()).collect();
    assert!(ids.contains(&"2021-refugees"), "{ids:?}");
}
