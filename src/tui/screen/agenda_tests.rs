//! `update()` tests of the agenda: marking, the agenda view, status and notes, on the small
//! programme built in code.

use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::derive::agenda_order;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, run, selected_id};
use crate::tui::update::update;

fn setup() -> (Data, State) {
    let d = ts::sample();
    let s = ts::opened(&d, (120, 40));
    (d, s)
}

#[test]
fn space_marks_and_unmarks_and_asks_to_save() {
    let (d, mut s) = setup();
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert!(s.agenda.is_marked("opening"));
    assert_eq!(s.notice.as_deref(), Some("★ Added to your agenda (1): Opening Plenary"));
    update(&mut s, &d, Action::Open);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda), "works in the detail view too");
    assert!(!s.agenda.is_marked("opening"));
    assert_eq!(s.notice.as_deref(), Some("Removed from your agenda (0): Opening Plenary"));
    update(&mut s, &d, Action::Back);
    update(&mut s, &d, Action::StartSearch);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), None, "typing a search does not mark");
}

#[test]
fn agenda_view_orders_edits_and_jumps() {
    let (d, mut s) = setup();
    // Marked out of time order: the closing (last day) before the housing session (first day).
    run(
        &mut s,
        &d,
        &[Action::ToggleMark, Action::GoDay(3), Action::ToggleMark, Action::GoDay(1), Action::Down, Action::ToggleMark],
    );
    update(&mut s, &d, Action::OpenAgenda);
    assert_eq!(s.mode, Mode::Agenda);
    assert_eq!(agenda_order(&s, &d), ["opening", "housing", "closing"]);
    update(&mut s, &d, Action::Down);
    assert_eq!(update(&mut s, &d, Action::CycleStatus), Some(Effect::SaveAgenda));
    assert_eq!(s.agenda.items["housing"].status.as_str(), "attended");
    update(&mut s, &d, Action::EditNote);
    assert_eq!(s.mode, Mode::Note);
    run(&mut s, &d, &ts::typed("ask Q").collect::<Vec<_>>());
    update(&mut s, &d, Action::DeleteChar);
    assert_eq!(update(&mut s, &d, Action::NoteAccept), Some(Effect::SaveAgenda));
    assert_eq!(s.agenda.items["housing"].note.as_deref(), Some("ask"));
    assert_eq!(s.mode, Mode::Agenda);
    update(&mut s, &d, Action::EditNote);
    update(&mut s, &d, Action::Input('x'));
    update(&mut s, &d, Action::Back);
    assert_eq!(s.agenda.items["housing"].note.as_deref(), Some("ask"), "Esc cancels");
    update(&mut s, &d, Action::Last);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!((s.tab, selected_id(&s, &d)), (2, "closing"), "Enter goes to the session's day");
    update(&mut s, &d, Action::OpenAgenda);
    update(&mut s, &d, Action::First);
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert_eq!(agenda_order(&s, &d), ["housing", "closing"]);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}
