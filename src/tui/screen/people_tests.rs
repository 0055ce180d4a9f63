//! `update()` tests of the people screen: finding and jumping on the small programme built in
//! code; the index of every edition on the bundled ones.

use crate::sample;
use crate::tui::action::Action;
use crate::tui::derive::{people_index, people_shown};
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, run, selected_id};
use crate::tui::update::update;

#[test]
fn people_index_finds_and_jumps() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed("seoyeon").collect::<Vec<_>>());
    let shown = people_shown(&s, &d);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].name, "PARK Seoyeon");
    update(&mut s, &d, Action::DeleteChar);
    assert_eq!(s.people.query, "seoyeo");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!((s.tab, selected_id(&s, &d)), (1, "youth"), "on the session's day");
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::Back);
    assert!(s.people.query.is_empty(), "Esc clears the query first");
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn the_people_index_widens_to_every_edition_and_jumps_within_this_one() {
    // The bundled editions are the point: the index spans them.
    let d = ts::bundled(2024);
    let mut s = ts::state_at(&d, "2024-10-10T14:00:00+09:00", (120, 40));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed("kjaerum").collect::<Vec<_>>());
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
    assert_eq!(s.people.pick, Some(0), "two sessions: picking starts on this edition's");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected_id(&s, &d), "2024-paper-session", "Enter goes to the session of this edition");
    // Someone of other editions only: Enter says where they are.
    update(&mut s, &d, Action::OpenPeople);
    s.people.query = "윤장현".into();
    let presses = people_shown(&s, &d)[0].sessions.len().min(2);
    run(&mut s, &d, &[Action::Open; 2][..presses]);
    assert_eq!(s.mode, Mode::People);
    assert_eq!(s.notice.as_deref(), Some("Not in WHRCF 2024: in WHRCF 2015 (whrcf --edition 2015)"));
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people.all_editions);
    assert!(people_shown(&s, &d).is_empty());
}

#[test]
fn only_a_bundled_edition_widens_the_people_index() {
    let mut p = sample::programme();
    p.stated_session_total = Some(8);
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    update(&mut s, &d, Action::OpenPeople);
    update(&mut s, &d, Action::PeopleScope);
    assert!(!s.people.all_editions);
    assert!(s.notice.as_deref().unwrap().starts_with("Only a bundled WHRCF edition"));
    assert!(d.record.is_some(), "a programme that states its total still shows how complete it is");
}

#[test]
fn enter_on_someone_with_several_sessions_picks_one() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed("kim minji").collect::<Vec<_>>());
    assert_eq!(people_shown(&s, &d)[0].sessions.len(), 3);
    update(&mut s, &d, Action::Open);
    assert_eq!((s.mode, s.people.pick), (Mode::People, Some(0)), "several sessions: pick one first");
    run(&mut s, &d, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(s.people.pick, Some(2), "the cursor stays on the person's sessions");
    update(&mut s, &d, Action::Back);
    assert_eq!((s.mode, s.people.pick), (Mode::People, None), "Esc stops picking");
    run(&mut s, &d, &[Action::Open, Action::Down]);
    let screen = ts::render(&s, &d);
    let at = screen.find("▸ ");
    assert!(screen.row(at.y + 1).contains("Housing as a Human Right"), "the picked session is marked:\n{screen:?}");
    assert!(screen.is_selected(screen.find("Housing as a Human Right")));
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(selected_id(&s, &d), "housing", "the second of KIM Minji's sessions");
}

#[test]
fn a_line_too_long_for_the_sessions_pane_wraps_under_its_text() {
    let mut p = sample::programme();
    let person = p.sessions[0].people.first_mut().expect("the opening has people");
    person.role = None;
    let name = person.name.clone();
    let d = ts::data(p);
    let mut s = ts::opened(&d, (60, 24));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed(&name).collect::<Vec<_>>());
    let screen = ts::render(&s, &d);
    let role = screen.find("role not published");
    let time = screen.find("09:00–10:00");
    assert_eq!(role.y, time.y + 1, "whole, below the time: {screen:?}");
    assert_eq!(role.x, time.x, "under the time, not at the pane's edge: {screen:?}");
    let wrapped_title = screen.find("Housing as a Human Right · Hall");
    assert_eq!(screen.column_in(wrapped_title.y + 1, "A"), Some(wrapped_title.x), "{screen:?}");
}

#[test]
fn accessible_mode_says_an_organizer_in_words() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenPeople);
    assert!(ts::render(&s, &d).text().contains("◇Sample City"), "a symbol normally");
    s.accessible = true;
    let text = ts::render(&s, &d).text();
    assert!(text.contains("[organizer] Sample City") && !text.contains('◇'), "{text}");
}

#[test]
fn accessible_mode_shows_the_index_or_the_sessions_never_both_on_a_line() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    s.accessible = true;
    update(&mut s, &d, Action::OpenPeople);
    let text = ts::render(&s, &d).text();
    assert!(text.contains("people · SAMPLE") && !text.contains("Sessions"), "the index alone: {text}");
    let several = people_shown(&s, &d).iter().position(|e| e.sessions.len() > 1).expect("someone in two sessions");
    s.people.cursor = several;
    update(&mut s, &d, Action::Open);
    assert!(s.people.pick.is_some());
    let text = ts::render(&s, &d).text();
    assert!(text.contains("Sessions · pick one") && !text.contains("people · SAMPLE"), "the sessions alone: {text}");
    assert!(text.contains("[current] ") && !text.contains('▸'), "the one picked said in words: {text}");
}

#[test]
fn a_slash_typed_first_in_the_people_index_is_the_search_key_not_part_of_a_name() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed("/seoyeon").collect::<Vec<_>>());
    assert_eq!(s.people.query, "seoyeon");
    assert_eq!(people_shown(&s, &d)[0].name, "PARK Seoyeon");
    // The count in the title says what it counts, in Korean too.
    let title = crate::wording::language::speaking(
        crate::wording::language::Language::Korean,
        crate::wording::language::Clock::TwentyFourHour,
        || ts::render(&s, &d).text(),
    );
    assert!(title.contains("사람 1명 · SAMPLE 2030"), "{title}");
}
