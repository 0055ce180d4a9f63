//! Criterion benches of the library on the bundled programme: load + validate, filter, search.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use whrcf::filter::{self, Facet, Filter};
use whrcf::load;
use whrcf::search::SearchIndex;

fn load_bundled(c: &mut Criterion) {
    let text = load::BUNDLED[0].text;
    c.bench_function("load+validate bundled 2021", |b| {
        b.iter(|| load::from_toml(black_box(text), "whrcf-2021.toml").unwrap())
    });
}

fn filter_and_search(c: &mut Criterion) {
    let p = load::default_bundled().unwrap().programme;
    let mut f = Filter::default();
    f.toggle(Facet::Theme, "covid-19");
    c.bench_function("filter + chronological order, bundled 2021", |b| {
        b.iter(|| filter::chronological(&p).into_iter().filter(|&i| f.matches(&p.sessions[i])).count())
    });
    c.bench_function("facet option counts (organizers), bundled 2021", |b| {
        b.iter(|| filter::options(&p, &f, Facet::Organizer))
    });
    let index = SearchIndex::new(&p);
    c.bench_function("search keystroke 'unesco ap', bundled 2021", |b| {
        b.iter(|| index.search(black_box("unesco ap"), 0..p.sessions.len()))
    });
    c.bench_function("search index build, bundled 2021", |b| b.iter(|| SearchIndex::new(&p)));
}

criterion_group!(benches, load_bundled, filter_and_search);
criterion_main!(benches);
