//! The grid's model against the clash check, on every real schedule kept as a fixture and on
//! back-to-back sessions built in code.

use std::collections::BTreeSet;

use super::{Model, model};
use crate::clash::{self, Checks};
use crate::tui::data::Data;
use crate::tui::test_screen as ts;

// The one door to the fixtures, also included by the cache's tests: each test module keeps its own.
#[allow(clippy::duplicate_mod)]
#[path = "../../../tests/common/fixtures.rs"]
mod fixtures;

/// The pairs of sessions the grid draws as booked in one room at once: flagged blocks of one
/// room's lanes that share a row.
fn drawn_overlaps(m: &Model) -> BTreeSet<(usize, usize)> {
    let room = |col: usize| m.columns[col].trim_start_matches("⚠ ").to_owned();
    let flagged: Vec<_> = m.blocks.iter().filter(|b| b.overlap).collect();
    let mut pairs = BTreeSet::new();
    for (k, a) in flagged.iter().enumerate() {
        for b in &flagged[k + 1..] {
            if room(a.col) == room(b.col) && a.top < b.bottom && b.top < a.bottom {
                pairs.insert((a.session.min(b.session), a.session.max(b.session)));
            }
        }
    }
    pairs
}

/// Every day's drawn overlaps of `d`, and the flagged blocks without a partner drawn.
fn every_day(d: &Data) -> (BTreeSet<(usize, usize)>, Vec<usize>) {
    let mut s = ts::opened(d, (120, 40));
    let (mut pairs, mut alone) = (BTreeSet::new(), Vec::new());
    for tab in 0..s.tabs.len() {
        s.tab = tab;
        let m = model(&s, d);
        let drawn = drawn_overlaps(&m);
        let partnered: BTreeSet<usize> = drawn.iter().flat_map(|&(a, b)| [a, b]).collect();
        alone.extend(m.blocks.iter().filter(|b| b.overlap && !partnered.contains(&b.session)).map(|b| b.session));
        pairs.extend(drawn);
    }
    (pairs, alone)
}

fn room_clashes(d: &Data) -> BTreeSet<(usize, usize)> {
    let rooms = Checks { rooms: true, people: false, organizers: false, dates: false, buffer: None };
    let found = clash::find(&d.programme, &rooms);
    found.iter().map(|c| (c.sessions[0].min(c.sessions[1]), c.sessions[0].max(c.sessions[1]))).collect()
}

#[test]
fn the_grid_flags_exactly_the_room_clashes_of_every_fixture_schedule() {
    let mut checked = 0;
    for name in fixtures::schedule_names() {
        let Ok(loaded) = crate::load::from_path(&fixtures::schedule(&name)) else { continue };
        let d = ts::data(loaded.programme);
        let (drawn, alone) = every_day(&d);
        assert_eq!(drawn, room_clashes(&d), "{name}: the grid's overlap marks against `clashes --only room`");
        assert!(alone.is_empty(), "{name}: flagged with no clash drawn beside it: {alone:?}");
        checked += 1;
    }
    assert!(checked >= 10, "the fixtures load ({checked})");
}

#[test]
fn rooms_that_share_the_first_bytes_of_a_character_keep_their_names() {
    // "나" and "다" start with the same byte in UTF-8: the first day's rooms share 4 bytes.
    let mut p = crate::sample::programme();
    for s in p.sessions.iter_mut().filter(|s| ["opening", "housing", "climate"].contains(&s.id.as_str())) {
        s.room = Some(if s.id.as_str() == "climate" { "가다 Hall" } else { "가나 Hall" }.into());
    }
    let d = ts::data(p);
    let s = ts::opened(&d, (120, 40));
    assert_eq!(model(&s, &d).columns, ["가나 Hall", "가다 Hall"]);
}

#[test]
fn a_room_named_in_brackets_is_a_room_and_can_clash() {
    let mut p = crate::sample::programme();
    for s in p.sessions.iter_mut().filter(|s| crate::sample::OVERLAPPING.contains(&s.id.as_str())) {
        s.room = Some("(Annex) Hall".into());
    }
    let d = ts::data(p);
    let s = ts::opened(&d, (120, 40));
    let m = model(&s, &d);
    assert_eq!(m.columns, ["⚠ (Annex) Hall", "⚠ (Annex) Hall", "Hall A"]);
    assert_eq!(m.places, 2);
    assert_eq!(drawn_overlaps(&m), room_clashes(&d));
}
