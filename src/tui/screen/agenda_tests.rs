//! `update()` tests of the agenda: marking, the agenda view, status and notes.

use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::derive::agenda_order;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::update::update;

fn setup() -> (Data, State) {
    let d = Data::new(load::bundled(2021).unwrap().programme, Keymap::load(None).0);
    let s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2021-10-06T09:00:00+09:00").unwrap()), (120, 40));
    (d, s)
}

#[test]
fn space_marks_and_unmarks_and_asks_to_save() {
    let (d, mut s) = setup();
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert!(s.agenda.is_marked("2021-paper-presentation"));
    assert!(s.notice.as_deref().unwrap().starts_with("★ Added to your agenda (1)"));
    update(&mut s, &d, Action::Open);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda), "works in the detail view too");
    assert!(!s.agenda.is_marked("2021-paper-presentation"));
    update(&mut s, &d, Action::Back);
    update(&mut s, &d, Action::StartSearch);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), None, "typing a search does not mark");
}

#[test]
fn agenda_view_orders_edits_and_jumps() {
    let (d, mut s) = setup();
    for a in
        [Action::ToggleMark, Action::Down, Action::ToggleMark, Action::GoDay(4), Action::ToggleMark, Action::OpenAgenda]
    {
        update(&mut s, &d, a);
    }
    assert_eq!(s.mode, Mode::Agenda);
    assert_eq!(agenda_order(&s, &d), ["2021-paper-presentation", "2021-public-diplomacy", "2021-right-to-food"]);
    update(&mut s, &d, Action::Down);
    assert_eq!(update(&mut s, &d, Action::CycleStatus), Some(Effect::SaveAgenda));
    assert_eq!(s.agenda.items["2021-public-diplomacy"].status.as_str(), "attended");
    update(&mut s, &d, Action::EditNote);
    assert_eq!(s.mode, Mode::Note);
    for c in "ask Q".chars() {
        update(&mut s, &d, Action::Input(c));
    }
    update(&mut s, &d, Action::DeleteChar);
    assert_eq!(update(&mut s, &d, Action::NoteAccept), Some(Effect::SaveAgenda));
    assert_eq!(s.agenda.items["2021-public-diplomacy"].note.as_deref(), Some("ask"));
    assert_eq!(s.mode, Mode::Agenda);
    update(&mut s, &d, Action::EditNote);
    update(&mut s, &d, Action::Input('x'));
    update(&mut s, &d, Action::Back);
    assert_eq!(s.agenda.items["2021-public-diplomacy"].note.as_deref(), Some("ask"), "Esc cancels");
    update(&mut s, &d, Action::Last);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(d.programme.sessions[s.current().unwrap()].id.as_str(), "2021-right-to-food");
    update(&mut s, &d, Action::OpenAgenda);
    update(&mut s, &d, Action::First);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert_eq!(s.agenda.len(), 2);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}
