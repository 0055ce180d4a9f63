//! Mouse tests: a click or the wheel resolved against the frame drawn, then carried out, on the
//! day tabs, the list, the footer, the filter panel, the agenda, the clash panel, the people
//! index and the detail pane.

use ratatui::layout::{Position, Rect};

use super::{click, wheel};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, render, run};
use crate::tui::update::update;

const SIZE: (u16, u16) = (120, 40);

/// Click where `needle` is drawn.
fn click_on(s: &mut State, d: &Data, needle: &str) {
    let at = render(s, d).find(needle);
    let action = click(s, Rect::new(0, 0, SIZE.0, SIZE.1), at.x, at.y);
    update(s, d, action);
}

/// Turn the wheel once at `at`.
fn wheel_at(s: &mut State, d: &Data, at: Position, down: bool) {
    let action = wheel(s, Rect::new(0, 0, SIZE.0, SIZE.1), at.x, at.y, down);
    update(s, d, action);
}

#[test]
fn a_click_picks_a_filter_group_and_selects_an_option() {
    let d = ts::sample();
    let mut s = ts::opened(&d, SIZE);
    run(&mut s, &d, &[Action::OpenFilters]);
    click_on(&mut s, &d, "Kinds");
    assert_eq!(s.filters.facet(), crate::filter::Facet::Kind);
    click_on(&mut s, &d, "[ ] special");
    assert!(s.filter.kinds.contains("special"), "{:?}", s.filter);
    assert!(render(&s, &d).text().contains("[x] special"));
    wheel_at(&mut s, &d, Position::new(60, 10), true);
    assert_eq!(s.filters.option_cursor[2], 1, "the wheel moves down the options");
}

#[test]
fn a_click_picks_an_agenda_entry() {
    let d = ts::sample();
    let mut s = ts::opened(&d, SIZE);
    run(&mut s, &d, &[Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda]);
    assert_eq!(s.agenda_view.cursor, 0);
    click_on(&mut s, &d, "Housing as a Human Right");
    assert_eq!(s.agenda_view.cursor, 1);
    click_on(&mut s, &d, "Opening Plenary");
    assert_eq!(s.agenda_view.cursor, 0);
    wheel_at(&mut s, &d, Position::new(30, 10), true);
    assert_eq!(s.agenda_view.cursor, 1, "the wheel moves down the agenda");
}

#[test]
fn a_click_picks_a_clash_and_a_person() {
    // Three more sessions in the housing session's room and time: clashes enough to pick from.
    let mut programme = crate::sample::programme();
    for n in 0..3 {
        let mut again = programme.sessions[1].clone();
        again.id = crate::model::SessionId(format!("housing-{n}"));
        again.title = format!("Housing, part {n}");
        programme.sessions.push(again);
    }
    let d = ts::data(programme);
    let mut s = ts::opened(&d, SIZE);
    run(&mut s, &d, &[Action::OpenClashes]);
    assert!(d.clashes().len() > 2);
    let list = super::inside(super::Areas::new(Rect::new(0, 0, SIZE.0, SIZE.1), Mode::Clashes).detail);
    let third = click(&s, Rect::new(0, 0, SIZE.0, SIZE.1), 10, list.y + 2);
    update(&mut s, &d, third);
    assert_eq!(s.clashes.cursor, 2, "the third line");
    let selected = render(&s, &d).selected_rows(list);
    assert_eq!(selected.len(), 1);
    assert!(render(&s, &d).row(list.y + 2).contains(&selected[0]), "drawn selected");
    let d = ts::sample();
    let mut s = ts::opened(&d, SIZE);
    run(&mut s, &d, &[Action::OpenPeople]);
    click_on(&mut s, &d, "LEE Jun");
    let shown = crate::tui::derive::people_shown(&s, &d);
    assert_eq!(shown[s.people.cursor].name, "LEE Jun");
    assert_eq!(s.mode, Mode::People);
}

#[test]
fn the_wheel_over_the_detail_pane_scrolls_the_detail_not_the_list() {
    let d = ts::long_detail();
    let mut s = ts::opened(&d, SIZE);
    let screen = render(&s, &d);
    let detail = screen.find("┌ Details");
    wheel_at(&mut s, &d, Position::new(detail.x + 5, detail.y + 5), true);
    assert_eq!((s.browse.selected, s.detail.scroll), (0, 1), "the detail scrolled");
    wheel_at(&mut s, &d, Position::new(5, 5), true);
    assert_eq!(s.browse.selected, 1, "over the list, the wheel moves the list");
}

#[test]
fn mouse_clicks_tabs_and_rows() {
    let d = ts::long_detail();
    let mut s = ts::opened(&d, (120, 40));
    let screen = Rect::new(0, 0, 120, 40);
    let click = |s: &State, x, y| click(s, screen, x, y);
    let tabs = super::Areas::new(screen, s.mode).tabs;
    let third = super::tab_strip(&s, tabs.width).shown[2];
    let action = click(&s, third.1 + 1, tabs.y);
    run(&mut s, &d, &[action]);
    assert_eq!(s.tab, 2);
    let first = super::tab_strip(&s, tabs.width).shown[0];
    let action = click(&s, first.2 - 1, tabs.y);
    run(&mut s, &d, &[action]);
    assert_eq!(s.tab, 0);
    let list = super::Areas::new(screen, s.mode).list;
    let action = click(&s, list.x + 3, list.y + 3);
    run(&mut s, &d, &[action]);
    assert_eq!(s.browse.selected, 2);
    assert_eq!(
        click(&s, list.x + 3, list.y + 4),
        Action::Click(crate::tui::action::Hit::Nothing),
        "below the last row"
    );
    let detail = super::Areas::new(screen, s.mode).detail;
    let action = click(&s, detail.x + 2, detail.y + 2);
    let wheel = wheel(&s, screen, detail.x + 2, detail.y + 2, true);
    run(&mut s, &d, &[action, wheel]);
    assert_eq!(s.browse.focus, crate::tui::state::Focus::Detail);
    assert_eq!(s.detail.scroll, 1);
}

#[test]
fn a_click_on_nothing_clears_the_notice_and_the_tab_row_answers_only_the_browse_screen() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    let screen = Rect::new(0, 0, 120, 40);
    let footer = super::Areas::new(screen, s.mode).footer;
    run(&mut s, &d, &[Action::GoDay(9)]);
    assert!(s.notice.is_some());
    let action = click(&s, screen, footer.x + 1, footer.y);
    assert_eq!(action, Action::Click(crate::tui::action::Hit::Nothing));
    run(&mut s, &d, &[action]);
    assert_eq!(s.notice, None);
    let tabs = super::Areas::new(screen, s.mode).tabs;
    assert_eq!(click(&s, screen, 3, tabs.y), Action::Click(crate::tui::action::Hit::Tab(0)));
    let small = Rect::new(0, 0, 50, 12);
    assert_eq!(
        click(&s, small, 3, tabs.y),
        Action::Click(crate::tui::action::Hit::Nothing),
        "nothing is drawn to click on"
    );
    run(&mut s, &d, &[Action::OpenAgenda]);
    assert_eq!(
        click(&s, screen, 3, tabs.y),
        Action::Click(crate::tui::action::Hit::Nothing),
        "the agenda has no tabs to click"
    );
}
