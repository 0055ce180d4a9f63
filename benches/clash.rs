//! Clash detection (all checks, and with a travel buffer) on the bundled programme and on
//! 1,000- and 100,000-session synthetic programmes. Target at 100k: under 100 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use whrcf::clash::{self, Checks};
use whrcf::{load, synthetic};

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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = clashes
}
criterion_main!(benches);
