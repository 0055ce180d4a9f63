//! One search keystroke in the app (update + render of a 120x40 frame) on the bundled programme
//! and on 1,000- and 100,000-session synthetic programmes. Targets: 1 ms, 2 ms, 16 ms (medians).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use whrcf::load;
use whrcf::model::Programme;
use whrcf::synthetic;
use whrcf::time::{Clock, ZoneChoice, parse_instant};
use whrcf::tui::action::Action;
use whrcf::tui::data::Data;
use whrcf::tui::keymap::Keymap;
use whrcf::tui::state::State;
use whrcf::tui::update::update;
use whrcf::tui::view;

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn keystroke(c: &mut Criterion, name: &str, programme: Programme, prefix: &str, key: char) {
    let data = Data::new(programme, Keymap::load(None).0);
    let clock = Clock::Fixed(parse_instant("2021-10-07T14:00:00+09:00").unwrap());
    let mut state = State::new(&data, ZoneChoice::Forum, clock, (120, 40));
    update(&mut state, &data, Action::StartSearch);
    for ch in prefix.chars() {
        update(&mut state, &data, Action::Input(ch));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function(&format!("search keystroke + 120x40 frame, {name}"), |b| {
        b.iter_batched_ref(
            || state.clone(),
            |s| {
                update(s, &data, Action::Input(key));
                terminal.draw(|f| view::draw(f, s, &data)).unwrap();
            },
            BatchSize::LargeInput,
        )
    });
}

fn first_frame(c: &mut Criterion) {
    let programme = load::default_bundled().unwrap().programme;
    let clock = Clock::Fixed(parse_instant("2021-10-07T14:00:00+09:00").unwrap());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("prepare + first 120x40 frame, bundled 2021", |b| {
        b.iter(|| {
            let data = Data::new(programme.clone(), Keymap::load(None).0);
            let state = State::new(&data, ZoneChoice::Forum, clock, (120, 40));
            terminal.draw(|f| view::draw(f, &state, &data)).unwrap();
        })
    });
}

fn render_frame(c: &mut Criterion) {
    for (name, p) in [
        ("bundled 2021", load::default_bundled().unwrap().programme),
        ("1k synthetic", synthetic::programme(1_000, 42)),
        ("100k synthetic", synthetic::programme(100_000, 42)),
    ] {
        let data = Data::new(p, Keymap::load(None).0);
        let clock = Clock::Fixed(parse_instant("2030-10-07T12:00:00+09:00").unwrap());
        let state = State::new(&data, ZoneChoice::Forum, clock, (120, 40));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        c.bench_function(&format!("render a 120x40 frame, {name}"), |b| {
            b.iter(|| {
                terminal.draw(|f| view::draw(f, &state, &data)).unwrap();
            })
        });
    }
}

fn benches(c: &mut Criterion) {
    render_frame(c);
    keystroke(c, "bundled 2021", load::default_bundled().unwrap().programme, "unesc", 'o');
    keystroke(c, "1k synthetic", synthetic::programme(1_000, 42), "clim", 'a');
    keystroke(c, "100k synthetic", synthetic::programme(100_000, 42), "clim", 'a');
    first_frame(c);
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(group);
