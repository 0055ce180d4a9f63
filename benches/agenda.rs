//! Toggling a mark and saving the agenda (lock, read, merge, atomic write with fsync) with
//! 1,000 items in it. Target: under 5 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use whrcf::agenda::AgendaFile;
use whrcf::store::Store;
use whrcf::synthetic;

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn toggle_and_save(c: &mut Criterion) {
    let p = synthetic::programme(1_001, 42);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("agenda.toml"));
    let mut file = AgendaFile::default();
    let now = chrono::Utc::now();
    let agenda = file.programmes.entry(p.id.clone()).or_default();
    for s in &p.sessions[..1_000] {
        agenda.add(s, now);
    }
    store.save(&file).unwrap();
    let extra = &p.sessions[1_000];
    c.bench_function("toggle a mark + save, 1,000 items", |b| {
        b.iter(|| {
            let agenda = file.programmes.get_mut(&p.id).unwrap();
            agenda.toggle(extra, chrono::Utc::now());
            file = store.save(&file).unwrap().0;
        })
    });
}

criterion_group!(benches, toggle_and_save);
criterion_main!(benches);
