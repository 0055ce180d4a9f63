//! `update()` tests of hiding: a session hidden from the list and shown again, a room hidden in
//! the filter panel, the header's count, and going to a hidden session from elsewhere.

use crate::filter::Facet;
use crate::tui::action::{Action, Effect};
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, run, selected_id};
use crate::tui::update::update;

/// The ids of the list's rows.
fn rows(s: &crate::tui::state::State, d: &crate::tui::data::Data) -> Vec<String> {
    s.browse.rows.iter().map(|&i| d.programme.sessions[i].id.as_str().to_owned()).collect()
}

#[test]
fn the_hide_key_hides_the_selected_session_and_the_header_counts_it() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    assert_eq!(rows(&s, &d), ["opening", "housing", "climate"]);
    update(&mut s, &d, Action::Down);
    assert_eq!(update(&mut s, &d, Action::HideSession), Some(Effect::SaveHidden), "saved at once");
    assert_eq!(rows(&s, &d), ["opening", "climate"]);
    assert_eq!(selected_id(&s, &d), "climate", "the selection stays in place");
    assert_eq!(s.tab_counts, vec![2, 2, 1], "the day's count leaves it out");
    assert!(s.hidden.sessions.contains("housing"));
    assert!(ts::render(&s, &d).row(1).contains("hidden: 1"), "{:?}", ts::render(&s, &d));
    // Shown again for a while: every session, the count marked as shown; the hide key on the
    // hidden session then shows it for good.
    update(&mut s, &d, Action::ShowHidden);
    assert_eq!(rows(&s, &d), ["opening", "housing", "climate"]);
    assert!(ts::render(&s, &d).row(1).contains("hidden: 1 (shown)"));
    let screen = ts::render(&s, &d);
    let housing = screen.row(screen.row_of("Housing"));
    assert!(housing.contains("⊘"), "a hidden session shown for a while is marked: {housing}");
    assert!(!screen.row(screen.row_of("Opening")).contains("⊘"), "{screen:?}");
    assert!(s.hidden.sessions.contains("housing"), "showing forgets nothing");
    run(&mut s, &d, &[Action::Up]);
    assert_eq!(selected_id(&s, &d), "housing");
    assert_eq!(update(&mut s, &d, Action::HideSession), Some(Effect::SaveHidden));
    assert!(s.hidden.is_empty());
    assert!(!ts::render(&s, &d).row(1).contains("hidden:"), "nothing hidden, nothing said");
}

#[test]
fn an_option_is_hidden_in_the_filter_panel_and_kept_when_filters_are_cleared() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenFilters);
    while s.filters.facet() != Facet::Room {
        update(&mut s, &d, Action::NextFacet);
    }
    // Rooms in order: Hall A, Online, Room 201.
    assert_eq!(update(&mut s, &d, Action::ExcludeOption), Some(Effect::SaveHidden));
    assert!(s.hidden.is_hidden(Facet::Room, "Hall A"));
    assert_eq!(rows(&s, &d), ["climate"]);
    assert_eq!(s.tab_counts, vec![1, 2, 0]);
    let screen = ts::render(&s, &d);
    assert!(screen.row(screen.row_of("Hall A")).contains("[-] Hall A"), "{screen:?}");
    assert!(screen.row(1).contains("hidden: 3"));
    update(&mut s, &d, Action::Back);
    update(&mut s, &d, Action::ClearFilters);
    assert_eq!(rows(&s, &d), ["climate"], "clearing the filters does not show hidden sessions");
    // Hidden again in the panel: shown again.
    update(&mut s, &d, Action::OpenFilters);
    update(&mut s, &d, Action::ExcludeOption);
    assert!(s.hidden.is_empty());
    assert_eq!(rows(&s, &d), ["opening", "housing", "climate"]);
}

#[test]
fn going_to_a_hidden_session_shows_the_hidden_ones() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::HideSession);
    assert!(s.hidden.sessions.contains("opening"));
    update(&mut s, &d, Action::OpenPeople);
    run(&mut s, &d, &ts::typed("kim minji").collect::<Vec<_>>());
    run(&mut s, &d, &[Action::Open, Action::Open]);
    assert_eq!((s.mode, selected_id(&s, &d)), (Mode::Browse, "opening"));
    assert!(s.show_hidden && s.hidden.sessions.contains("opening"), "shown, not forgotten");
}

#[test]
fn hiding_the_hidden_sessions_again_says_how_many_in_plain_words() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::HideSession, Action::ShowHidden, Action::ShowHidden]);
    assert_eq!(s.notice.as_deref(), Some("Hiding 1 session again"));
    run(&mut s, &d, &[Action::ShowHidden, Action::Down, Action::Down, Action::HideSession, Action::ShowHidden]);
    assert_eq!(s.notice.as_deref(), Some("Hiding 2 sessions again"));
}

#[test]
fn the_selection_stays_in_sight_when_hidden_sessions_are_shown_above_it() {
    let d = ts::bundled(2021);
    let mut s = ts::opened(&d, (80, 24));
    let day = (0..s.tabs.len()).max_by_key(|&t| s.tab_counts[t]).unwrap();
    run(&mut s, &d, &[Action::GoDay(u8::try_from(day + 1).unwrap())]);
    let first: Vec<String> = rows(&s, &d).into_iter().take(6).collect();
    for id in &first {
        s.hidden.toggle_session(id);
    }
    crate::tui::hiding::apply(&mut s, &d);
    run(&mut s, &d, &[Action::Last]);
    let chosen = selected_id(&s, &d).to_owned();
    update(&mut s, &d, Action::ShowHidden);
    assert_eq!(selected_id(&s, &d), chosen, "the same session stays selected");
    let height = usize::from(crate::tui::layout::list_height(&s));
    let b = &s.browse;
    assert!(
        b.offset <= b.selected && b.selected < b.offset + height,
        "in sight: {} in {}+{height}",
        b.selected,
        b.offset
    );
}

#[test]
fn a_day_whose_sessions_are_all_hidden_names_the_show_key_not_the_clear_key() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::GoDay(3)]);
    assert_eq!(update(&mut s, &d, Action::HideSession), Some(Effect::SaveHidden));
    assert!(s.browse.rows.is_empty());
    let screen = ts::render(&s, &d).text();
    assert!(screen.contains("Every session of this day is hidden. Press U to show hidden sessions."), "{screen}");
    assert!(!screen.contains("to clear filters"), "x would not bring them back: {screen}");
}

#[test]
fn now_and_next_skip_what_is_hidden() {
    let d = ts::sample();
    // 10:15 on the first day: next is the housing session; hidden, the climate one after it.
    let mut s = ts::state_at(&d, "2030-05-06T10:15:00+09:00", (120, 40));
    s.hidden.toggle_session("housing");
    crate::tui::hiding::apply(&mut s, &d);
    run(&mut s, &d, &[Action::NowNext]);
    assert_eq!(selected_id(&s, &d), "climate", "{:?}", s.notice);
    assert!(!s.show_hidden, "the hidden session is not revealed");
}
