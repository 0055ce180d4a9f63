//! Each importer on a real schedule, with throughput (target: over 100 MB/s), the TOML loader
//! on an imported programme, and schedule.json at 1k and 100k synthetic sessions.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whrcf::load::{self, Options};
use whrcf::synthetic;

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/common/fixtures.rs"]
mod fixtures;

fn fixture(name: &str) -> Vec<u8> {
    fixtures::schedule_bytes(name)
}

fn importers(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    for name in ["fosdem-2020.xml", "36c3-everything.xml", "36c3-everything.json", "lca2020.ics"] {
        let bytes = fixture(name);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| b.iter(|| load::from_bytes(&bytes, name, Options::default()).unwrap()));
    }
    let toml =
        load::to_toml(&load::from_bytes(&fixture("fosdem-2020.xml"), "f", Options::default()).unwrap().programme)
            .unwrap();
    group.throughput(Throughput::Bytes(toml.len() as u64));
    group.bench_function("fosdem-2020 as our TOML", |b| b.iter(|| load::from_toml(&toml, "f.toml").unwrap()));
    group.finish();
}

/// The schedule.json importer on synthetic programmes of 1k and 100k sessions.
fn synthetic_json(c: &mut Criterion) {
    let mut group = c.benchmark_group("import schedule.json");
    group.sample_size(10);
    for (name, n) in [("1k synthetic", 1_000), ("100k synthetic", 100_000)] {
        let bytes = serde_json::to_vec(&synthetic::schedule_json(&synthetic::programme(n, 42))).unwrap();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| b.iter(|| load::from_bytes(&bytes, "s.json", Options::default()).unwrap()));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = importers, synthetic_json
}
criterion_main!(benches);
