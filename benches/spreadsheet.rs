//! Spreadsheet import: a generated 10,000-row .xlsx (Korean headers, a time range and people
//! with roles in every row), read into a programme (target: under 1 s).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whrcf::load::{self, Options};

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/common/sheets.rs"]
mod sheets;

fn xlsx(c: &mut Criterion) {
    let bytes = sheets::large_xlsx(10_000);
    let loaded = load::from_bytes(&bytes, "large.xlsx", Options::default()).unwrap();
    assert_eq!(loaded.programme.sessions.len(), 10_000);
    let mut group = c.benchmark_group("import spreadsheet");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("10k rows .xlsx", |b| {
        b.iter(|| load::from_bytes(&bytes, "large.xlsx", Options::default()).unwrap())
    });
    group.finish();
}

criterion_group!(benches, xlsx);
criterion_main!(benches);
