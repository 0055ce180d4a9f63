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

#[test]
fn a_removal_in_the_agenda_can_be_undone_with_its_status_and_note() {
    let (d, mut s) = setup();
    run(&mut s, &d, &[Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda, Action::Down]);
    update(&mut s, &d, Action::CycleStatus);
    s.agenda.set_note("housing", Some("ask about rent".into()), chrono::Utc::now());
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    assert!(!s.agenda.is_marked("housing"));
    let notice = s.notice.clone().unwrap();
    assert!(notice.contains("Housing as a Human Right") && notice.ends_with("u undo"), "{notice}");
    assert_eq!(update(&mut s, &d, Action::Undo), Some(Effect::SaveAgenda));
    let item = &s.agenda.items["housing"];
    assert!(s.agenda.is_marked("housing"));
    assert_eq!((item.status.as_str(), item.note.as_deref()), ("attended", Some("ask about rent")));
    assert_eq!(agenda_order(&s, &d)[s.agenda_view.cursor], "housing", "the cursor is back on it");
    assert_eq!(update(&mut s, &d, Action::Undo), None);
    assert_eq!(s.notice.as_deref(), Some("Nothing removed to bring back"));
}

#[test]
fn an_agenda_that_could_not_be_saved_says_where_and_why_in_korean() {
    use crate::wording::language::{Clock, Language, speaking};
    let (d, mut s) = setup();
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-directory");
    std::fs::write(&blocker, "").unwrap();
    let store = crate::store::Store::new(blocker.join("agenda.toml"));
    update(&mut s, &d, Action::ToggleMark);
    speaking(Language::Korean, Clock::TwentyFourHour, || crate::tui::app::save_agenda(&mut s, &d, Some(&store)));
    let notice = s.notice.clone().unwrap();
    assert!(notice.starts_with("일정 저장 실패, 표시는 메모리에 남음: "), "{notice}");
    assert!(notice.ends_with("agenda.toml: 경로 중간이 디렉터리가 아님"), "{notice}");
    let unsaved = s.agenda_unsaved.clone().unwrap();
    assert!(unsaved.contains("에 일정을 저장할 수 없음: ") && !unsaved.contains("cannot"), "{unsaved}");
}

#[test]
fn quitting_with_an_agenda_that_could_not_be_saved_asks_first() {
    let (d, mut s) = setup();
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-directory");
    std::fs::write(&blocker, "").unwrap();
    let store = crate::store::Store::new(blocker.join("agenda.toml"));
    assert_eq!(update(&mut s, &d, Action::ToggleMark), Some(Effect::SaveAgenda));
    crate::tui::app::save_agenda(&mut s, &d, Some(&store));
    assert!(s.agenda_unsaved.is_some());
    assert_eq!(update(&mut s, &d, Action::Quit), None, "the first quit asks");
    let notice = s.notice.clone().unwrap();
    assert!(notice.contains("not saved") && notice.contains("again quits"), "{notice}");
    update(&mut s, &d, Action::Down);
    assert_eq!(update(&mut s, &d, Action::Quit), None, "another key in between: it asks again");
    assert_eq!(update(&mut s, &d, Action::Quit), Some(Effect::Quit), "asked twice: it quits");
    let saved = tempfile::tempdir().unwrap();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::ToggleMark);
    crate::tui::app::save_agenda(&mut s, &d, Some(&crate::store::Store::new(saved.path().join("agenda.toml"))));
    assert_eq!(update(&mut s, &d, Action::Quit), Some(Effect::Quit), "saved: no question");
}

#[test]
fn the_agenda_says_what_its_status_boxes_mean_when_there_is_room() {
    let d = ts::sample();
    for (size, legend) in [((80, 24), true), ((40, 24), false)] {
        let mut s = ts::opened(&d, size);
        run(&mut s, &d, &[Action::ToggleMark, Action::OpenAgenda]);
        let screen = ts::render(&s, &d);
        let bottom = screen.text().lines().filter(|l| l.contains("[ ] planned · [x] attended · [-] skipped")).count();
        assert_eq!(bottom, usize::from(legend), "{size:?}: {}", screen.text());
    }
}
