//! Each importer on a real schedule, with throughput (target: over 100 MB/s), plus the TOML
//! loader on an imported programme.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whrcf::load::{self, Options};

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/schedules").join(name)).unwrap()
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = importers
}
criterion_main!(benches);
