//! `update()` tests: action sequences on a state over the bundled 2021 programme, with a fixed clock.

use super::*;
use crate::filter::Day;
use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Hit;
use crate::tui::keymap::Keymap;
use crate::tui::layout::{self, Areas};
use crate::tui::state::Focus;
use ratatui::layout::Rect;

fn data() -> Data {
    Data::new(load::bundled(2021).unwrap().programme, Keymap::load(None).0)
}

fn state_at(data: &Data, now: &str) -> State {
    State::new(data, ZoneChoice::Forum, Clock::Fixed(parse_instant(now).unwrap()), (120, 40))
}

fn state(data: &Data) -> State {
    state_at(data, "2021-10-07T14:00:00+09:00")
}

fn selected_id<'a>(state: &State, data: &'a Data) -> &'a str {
    data.programme.sessions[state.current().unwrap()].id.as_str()
}

fn run(state: &mut State, data: &Data, actions: &[Action]) {
    for a in actions {
        update(state, data, *a);
    }
}

#[test]
fn opens_on_today_during_the_forum_and_on_the_first_day_otherwise() {
    let d = data();
    let s = state(&d);
    assert_eq!(s.tab, 1);
    assert_eq!(s.tab_counts, vec![3, 5, 12, 2, 1, 11]);
    assert_eq!(state_at(&d, "2026-01-01T00:00:00Z").tab, 0);
}

#[test]
fn day_navigation_stays_in_bounds() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::NextDay, Action::NextDay]);
    assert_eq!(s.day(), Some(Day::Date(chrono::NaiveDate::from_ymd_opt(2021, 10, 9).unwrap())));
    run(&mut s, &d, &[Action::GoDay(6)]);
    assert_eq!(s.day(), Some(Day::Undated));
    assert_eq!(s.browse.rows.len(), 11);
    run(&mut s, &d, &[Action::NextDay]);
    assert_eq!(s.tab, 5);
    run(&mut s, &d, &[Action::GoDay(1), Action::PrevDay]);
    assert_eq!(s.tab, 0);
    run(&mut s, &d, &[Action::GoDay(9)]);
    assert_eq!(s.tab, 0);
    assert!(s.notice.as_deref().unwrap().contains("No day 9"));
}

#[test]
fn row_movement_clamps_and_scrolls() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::GoDay(3), Action::Down, Action::Down]);
    assert_eq!(s.browse.selected, 2);
    run(&mut s, &d, &[Action::Last]);
    assert_eq!(s.browse.selected, 11);
    run(&mut s, &d, &[Action::Down, Action::ScrollDown]);
    assert_eq!(s.browse.selected, 11);
    run(&mut s, &d, &[Action::First, Action::Up]);
    assert_eq!(s.browse.selected, 0);
    run(&mut s, &d, &[Action::Resize(80, 16), Action::PageDown]);
    let page = usize::from(layout::list_height(&s));
    assert_eq!(s.browse.selected, page);
    assert!(s.browse.offset > 0 && s.browse.selected < s.browse.offset + page, "selection stays visible");
    run(&mut s, &d, &[Action::PageUp]);
    assert_eq!(s.browse.selected, 0);
    assert_eq!(s.browse.offset, 0);
}

#[test]
fn focus_detail_and_back() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::ToggleFocus, Action::Down, Action::Down]);
    assert_eq!(s.browse.focus, Focus::Detail);
    assert_eq!((s.browse.selected, s.detail.scroll), (0, 2));
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.browse.focus, Focus::List);
    run(&mut s, &d, &[Action::Open]);
    assert_eq!(s.mode, Mode::Detail);
    run(&mut s, &d, &[Action::PageDown, Action::NextDay]);
    assert_eq!(selected_id(&s, &d), "2021-ombudsman-workshop");
    assert_eq!(s.detail.scroll, 0, "a new session starts at the top");
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn filters_toggle_count_and_clear() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::OpenFilters]);
    assert_eq!(s.mode, Mode::Filters);
    // Themes: the first option is agenda i (social-contract).
    run(&mut s, &d, &[Action::ToggleOption]);
    assert!(s.filter.themes.contains("social-contract"));
    assert_eq!(s.tab_counts.iter().sum::<usize>(), 4);
    run(&mut s, &d, &[Action::NextFacet, Action::NextFacet, Action::Down, Action::ToggleOption]);
    assert_eq!(s.filters.facet(), crate::filter::Facet::Kind);
    assert_eq!(s.filter.kinds.len(), 1);
    run(&mut s, &d, &[Action::PrevFacet, Action::PrevFacet, Action::PrevFacet]);
    assert_eq!(s.filters.facet(), crate::filter::Facet::Room);
    run(&mut s, &d, &[Action::ClearFilters]);
    assert!(s.filter.is_empty());
    assert_eq!(s.tab_counts.iter().sum::<usize>(), 34);
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn search_ranks_across_days_highlights_and_keeps_as_filter() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::GoDay(1), Action::StartSearch]);
    for c in "apcad".chars() {
        update(&mut s, &d, Action::Input(c));
    }
    assert!(s.searching_all_days());
    assert_eq!(selected_id(&s, &d), "2021-unesco-apcad");
    assert_eq!(
        d.index.title_highlights(&d.programme.sessions[s.current().unwrap()].title, &s.query),
        vec![7, 8, 9, 10, 11]
    );
    run(&mut s, &d, &[Action::SearchScope]);
    assert!(s.browse.rows.is_empty(), "nothing on day 1 matches");
    run(&mut s, &d, &[Action::SearchScope, Action::SearchAccept]);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(s.tab, 1, "moved to the selected hit's day");
    assert_eq!(s.browse.rows.len(), 1);
    assert_eq!(s.tab_counts, vec![0, 1, 0, 0, 0, 1]);
    run(&mut s, &d, &[Action::Back]);
    assert!(s.query.is_empty());
    assert_eq!(s.browse.rows.len(), 5);
}

#[test]
fn search_typing_and_backspace_and_korean() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::StartSearch, Action::Input('난'), Action::Input('민')]);
    assert_eq!(selected_id(&s, &d), "2021-refugees");
    run(&mut s, &d, &[Action::DeleteChar, Action::DeleteChar, Action::DeleteChar]);
    assert!(s.query.is_empty());
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn zone_cycles_and_now_next_jumps() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::CycleZone]);
    assert_eq!(s.zone, ZoneChoice::Local);
    run(&mut s, &d, &[Action::CycleZone, Action::CycleZone]);
    assert_eq!(s.zone, ZoneChoice::Forum);
    run(&mut s, &d, &[Action::GoDay(5), Action::NowNext]);
    assert_eq!(selected_id(&s, &d), "2021-unesco-apcad");
    assert!(s.notice.as_deref().unwrap().starts_with("On now"));
    let mut early = state_at(&d, "2021-10-06T11:00:00+09:00");
    run(&mut early, &d, &[Action::NowNext]);
    assert_eq!(selected_id(&early, &d), "2021-paper-presentation");
    let mut later = state_at(&d, "2021-10-06T16:30:00+09:00");
    run(&mut later, &d, &[Action::NowNext]);
    assert!(later.notice.as_deref().unwrap().starts_with("Next: UNESCO APCAD"));
    let mut over = state_at(&d, "2030-01-01T00:00:00Z");
    run(&mut over, &d, &[Action::NowNext]);
    assert!(over.notice.as_deref().unwrap().contains("over"));
}

#[test]
fn help_returns_to_the_mode_it_came_from() {
    let d = data();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::OpenFilters, Action::Help]);
    assert_eq!(s.mode, Mode::Help);
    run(&mut s, &d, &[Action::Down, Action::Down, Action::Up]);
    assert_eq!(s.help.scroll, 1);
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Filters);
}

#[test]
fn effects_quit_and_suspend() {
    let d = data();
    let mut s = state(&d);
    assert_eq!(update(&mut s, &d, Action::Suspend), Some(Effect::Suspend));
    assert_eq!(update(&mut s, &d, Action::Quit), Some(Effect::Quit));
}

#[test]
fn mouse_clicks_tabs_and_rows() {
    let d = data();
    let mut s = state(&d);
    let screen = Rect::new(0, 0, 120, 40);
    let click = |s: &State, x, y| layout::click(s, screen, x, y);
    let tabs = Areas::new(screen, s.mode).tabs;
    let third = layout::tab_ranges(&s)[2];
    let action = click(&s, third.0 + 1, tabs.y);
    run(&mut s, &d, &[action]);
    assert_eq!(s.tab, 2);
    let list = Areas::new(screen, s.mode).list;
    let action = click(&s, list.x + 3, list.y + 4);
    run(&mut s, &d, &[action]);
    assert_eq!(s.browse.selected, 3);
    let detail = Areas::new(screen, s.mode).detail;
    let action = click(&s, detail.x + 2, detail.y + 2);
    run(&mut s, &d, &[action, Action::ScrollDown]);
    assert_eq!(s.browse.focus, Focus::Detail);
    assert_eq!(s.detail.scroll, 1);
}

#[test]
fn clicks_reach_only_the_browse_screen_and_a_click_on_nothing_still_clears_the_notice() {
    let d = data();
    let mut s = state(&d);
    let screen = Rect::new(0, 0, 120, 40);
    let footer = Areas::new(screen, s.mode).footer;
    run(&mut s, &d, &[Action::GoDay(9)]);
    assert!(s.notice.is_some());
    let action = layout::click(&s, screen, footer.x + 1, footer.y);
    assert_eq!(action, Action::Click(Hit::Nothing));
    run(&mut s, &d, &[action]);
    assert_eq!(s.notice, None);
    let tabs = Areas::new(screen, s.mode).tabs;
    assert_eq!(layout::click(&s, screen, 3, tabs.y), Action::Click(Hit::Tab(0)));
    let small = Rect::new(0, 0, 50, 12);
    assert_eq!(layout::click(&s, small, 3, tabs.y), Action::Click(Hit::Nothing), "nothing is drawn to click on");
    run(&mut s, &d, &[Action::OpenAgenda]);
    assert_eq!(layout::click(&s, screen, 3, tabs.y), Action::Click(Hit::Nothing), "the agenda takes no clicks");
}

#[test]
fn tick_reads_the_clock() {
    let d = data();
    let mut s = state(&d);
    s.now = chrono::Utc::now();
    run(&mut s, &d, &[Action::Tick]);
    assert_eq!(s.now, parse_instant("2021-10-07T14:00:00+09:00").unwrap());
}
