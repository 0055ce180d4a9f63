//! Criterion benches of the library: load + validate, filtering and one search, on the bundled
//! programme and on 1,000- and 100,000-session synthetic programmes.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use whrcf::filter::{self, Facet, Filter};
use whrcf::load;
use whrcf::model::Programme;
use whrcf::search::SearchIndex;
use whrcf::synthetic;

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn sizes() -> Vec<(&'static str, Programme)> {
    vec![
        ("bundled 2021", load::default_bundled().unwrap().programme),
        ("1k synthetic", synthetic::programme(1_000, 42)),
        ("100k synthetic", synthetic::programme(100_000, 42)),
    ]
}

fn load_and_validate(c: &mut Criterion) {
    let text = load::BUNDLED[0].text;
    c.bench_function("load+validate TOML, bundled 2021", |b| {
        b.iter(|| load::from_toml(black_box(text), "whrcf-2021.toml").unwrap())
    });
    for (name, n) in [("1k synthetic", 1_000), ("100k synthetic", 100_000)] {
        let text = load::to_toml(&synthetic::programme(n, 42)).unwrap();
        c.bench_function(&format!("load+validate TOML, {name} ({} MB)", text.len() / 1_000_000), |b| {
            b.iter(|| load::from_toml(black_box(&text), "s.toml").unwrap())
        });
    }
}

fn filter_and_search(c: &mut Criterion) {
    for (name, p) in sizes() {
        let mut f = Filter::default();
        let theme = p.themes[1].id.clone();
        f.toggle(Facet::Theme, &theme);
        let order = filter::chronological(&p);
        c.bench_function(&format!("filter (one theme) in time order, {name}"), |b| {
            b.iter(|| order.iter().filter(|&&i| f.matches(&p.sessions[i])).count())
        });
        let facets = filter::FacetIndex::new(&p);
        let organizers = filter::values(&p, Facet::Organizer);
        c.bench_function(&format!("facet option counts (organizers), {name}"), |b| {
            b.iter(|| facets.counted(&f, Facet::Organizer, organizers.clone()))
        });
        let index = SearchIndex::new(&p);
        c.bench_function(&format!("search 'climate kim' (whole query), {name}"), |b| {
            b.iter(|| index.search(black_box("climate kim"), 0..p.sessions.len()))
        });
        c.bench_function(&format!("search index build, {name}"), |b| b.iter(|| SearchIndex::new(&p)));
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = load_and_validate, filter_and_search
}
criterion_main!(benches);
