//! `update()` tests of the clash screen.

use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::update::update;

fn setup(edition: i32, now: &str) -> (Data, State) {
    let d = Data::new(load::bundled(edition).unwrap().programme, Keymap::load(None).0);
    let s = State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant(now).unwrap()), (120, 40));
    (d, s)
}

fn selected<'a>(s: &State, d: &'a Data) -> &'a str {
    d.programme.sessions[s.current().unwrap()].id.as_str()
}

#[test]
fn clash_panel_lists_and_jumps() {
    let (d, mut s) = setup(2019, "2019-10-01T12:00:00+09:00");
    update(&mut s, &d, Action::OpenClashes);
    assert_eq!(s.mode, Mode::Clashes);
    assert_eq!(s.notice.as_deref(), Some("2 clashes in WHRCF 2019"));
    update(&mut s, &d, Action::Down);
    update(&mut s, &d, Action::Down);
    assert_eq!(s.clashes.cursor, 1);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2019-migrants");
    update(&mut s, &d, Action::OpenClashes);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}
