//! Clash detection (all checks, and with a travel buffer) on the bundled programme and on
//! 1,000- and 100,000-session synthetic programmes. Target at 100k: under 100 ms. And the
//! grid's live recount of room and person clashes after what-if moves, at 100k: the index it
//! needs (built once) and the recount after each key.

use criterion::{Criterion, criterion_group, criterion_main};
use whrcf::clash::{self, Checks};
use whrcf::{load, moves, synthetic};

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn clashes(c: &mut Criterion) {
    let cases = [
        ("bundled 2019", load::bundled(2019).unwrap().programme),
        ("1k synthetic", synthetic::programme(1_000, 42)),
        ("100k synthetic", synthetic::programme(100_000, 42)),
    ];
    for (name, p) in &cases {
        c.bench_function(&format!("clashes, all checks, {name}"), |b| b.iter(|| clash::find(p, &Checks::default())));
    }
    let big = &cases[2].1;
    let with_buffer = Checks { buffer: Some(chrono::Duration::minutes(10)), ..Checks::default() };
    c.bench_function("clashes, all checks + 10 min buffer, 100k synthetic", |b| {
        b.iter(|| clash::find(big, &with_buffer))
    });
}

fn recount_after_moves(c: &mut Criterion) {
    let p = synthetic::programme(100_000, 42);
    let before = clash::find(&p, &Checks::default()).len();
    c.bench_function("move resources index, 100k synthetic", |b| b.iter(|| moves::Resources::of(&p)));
    let res = moves::Resources::of(&p);
    for count in [1, 20] {
        let mut edits = moves::Edits::default();
        let timed = (0..p.sessions.len()).step_by(4_001).filter(|&i| moves::Slot::of(&p.sessions[i]).is_some());
        for i in timed.take(count) {
            edits.step(&p, i, &moves::Step::Later { seconds: 900 }).expect("a timed session");
        }
        assert_eq!(edits.placed().len(), count);
        c.bench_function(&format!("recount after {count} moves, 100k synthetic"), |b| {
            b.iter(|| moves::room_and_person_clashes(&moves::Moved::new(&p, edits.placed()), &res, before))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = clashes, recount_after_moves
}
criterion_main!(benches);
