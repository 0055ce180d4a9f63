//! The whole path of a fuzzed programme file: load, then every output a person or a script sees:
//! diagnostics as printed, each session's JSON, the agenda's JSON, Markdown and iCalendar exports
//! with every session marked, the TOML import, and the app's first frame. Nothing panics, no
//! terminal output holds a control, and JSON gives back exactly the text it was given.

use chrono::{TimeZone, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use whrcf::agenda::Agenda;
use whrcf::load::{self, LoadError, Loaded};
use whrcf::sanitize::{self, is_unsafe};
use whrcf::time::{Clock, ZoneChoice};
use whrcf::tui::keymap::Keymap;
use whrcf::tui::data::Data;
use whrcf::tui::state::State;

fn assert_safe(text: &str, what: &str) {
    let bad = text.chars().find(|&c| is_unsafe(c) && c != '\n');
    assert!(bad.is_none(), "{what}: {bad:?} in {text:?}");
}

pub fn check(loaded: Result<Loaded, LoadError>) {
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(e) => return e.problems().iter().for_each(|p| assert_safe(&sanitize::block(p), "error")),
    };
    for w in &loaded.warnings {
        assert_safe(&sanitize::block(&w.to_string()), "warning");
    }
    let p = &loaded.programme;
    let now = Utc.with_ymd_and_hms(2024, 5, 1, 8, 0, 0).unwrap();
    let mut agenda = Agenda::default();
    for s in &p.sessions {
        let json = whrcf::export::session_json(p, s, chrono_tz::UTC);
        let text = whrcf::safe_json::to_string_pretty(&json).expect("JSON writes");
        assert_safe(&text, "session JSON");
        let back: serde_json::Value = serde_json::from_str(&text).expect("our JSON parses");
        assert_eq!(back, json, "JSON gives back what it was given");
        agenda.add(s, now);
    }
    let buffer = chrono::Duration::minutes(10);
    let json = whrcf::safe_json::to_string_pretty(&whrcf::export::json(p, &agenda, chrono_tz::UTC, buffer)).unwrap();
    assert_safe(&json, "agenda JSON");
    assert_safe(&whrcf::export::markdown(p, &agenda, chrono_tz::UTC, buffer, now), "Markdown");
    let (ics, _) = whrcf::export::ics(p, &agenda, now);
    assert_safe(&ics.replace("\r\n", "\n"), "iCalendar");
    let _ = load::to_toml(p);
    let mut shown = p.clone();
    sanitize::programme(&mut shown, sanitize::Ids::Kept);
    let data = Data::new(shown, Keymap::load(None).0);
    let state = State::new(&data, ZoneChoice::Forum, Clock::Fixed(now), (100, 30));
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|f| whrcf::tui::view::draw(f, &state, &data)).unwrap();
    let frame = terminal.backend().buffer();
    for cell in frame.content() {
        assert_safe(cell.symbol(), "the app's frame");
    }
}
