//! `update()` tests of the people screen.

use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::derive::{people_index, people_shown};
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
fn people_index_finds_and_jumps() {
    let (d, mut s) = setup(2021, "2021-10-07T14:00:00+09:00");
    update(&mut s, &d, Action::OpenPeople);
    for c in "grotjohn".chars() {
        update(&mut s, &d, Action::Input(c));
    }
    let shown = people_shown(&s, &d);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].name, "Robert Grotjohn");
    update(&mut s, &d, Action::DeleteChar);
    assert_eq!(s.people.query, "grotjoh");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2021-paper-presentation");
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::Back);
    assert!(s.people.query.is_empty(), "Esc clears the query first");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn the_people_index_widens_to_every_edition_and_jumps_within_this_one() {
    let (d, mut s) = setup(2024, "2024-10-10T14:00:00+09:00");
    update(&mut s, &d, Action::OpenPeople);
    for c in "kjaerum".chars() {
        update(&mut s, &d, Action::Input(c));
    }
    let sessions = |s: &State| people_shown(s, &d)[0].sessions.len();
    assert_eq!(sessions(&s), 1, "this edition: the 2024 paper session");
    update(&mut s, &d, Action::PeopleScope);
    assert!(s.people.all_editions);
    assert_eq!(sessions(&s), 2, "every edition: 2024 and 2025");
    let (_, archive) = people_index(&s, &d);
    let labels: Vec<&str> =
        people_shown(&s, &d)[0].sessions.iter().map(|(i, _)| archive.unwrap().member_of(*i).label.as_str()).collect();
    assert_eq!(labels, ["WHRCF 2024", "WHRCF 2025"], "in time order, each session with its edition");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected(&s, &d), "2024-paper-session", "Enter goes to the session of this edition");
    // Someone of other editions only: Enter says where they are.
    update(&mut s, &d, Action::OpenPeople);
    s.people.query = "윤장현".into();
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::People);
    assert_eq!(s.notice.as_deref(), Some("Not in WHRCF 2024: first in WHRCF 2015 (whrcf --edition 2015)"));
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people.all_editions);
    assert!(people_shown(&s, &d).is_empty());
}

#[test]
fn only_a_bundled_edition_widens_the_people_index() {
    let mut p = load::bundled(2024).unwrap().programme;
    p.id = "my-forum".into();
    let d = Data::new(p, Keymap::load(None).0);
    let mut s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2024-10-10T14:00:00+09:00").unwrap()), (80, 24));
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people.all_editions);
    assert!(s.notice.as_deref().unwrap().starts_with("Only a bundled WHRCF edition"));
    assert!(d.record.is_some(), "a programme that states its total still shows how complete it is");
}
