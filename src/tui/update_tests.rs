//! `update()` tests: action sequences on a state over the small programme built in code (or a
//! variation of it), with a fixed clock.

use super::*;
use crate::filter::Day;
use crate::sample;
use crate::time::ZoneChoice;
use crate::tui::layout;
use crate::tui::state::Focus;
use crate::tui::test_screen::{self as ts, run, selected_id};

/// The small programme opened at [`sample::NOW`] on a 120x40 screen.
fn state(data: &Data) -> State {
    ts::opened(data, (120, 40))
}

/// Day `n` of the small programme (1 = the first).
fn day(n: u32) -> Day {
    let (year, month, first) = sample::FIRST_DAY;
    Day::Date(chrono::NaiveDate::from_ymd_opt(year, month, first + n - 1).expect("a date"))
}

#[test]
fn opens_on_today_during_the_forum_and_on_the_first_day_otherwise() {
    let d = ts::sample();
    let s = state(&d);
    assert_eq!(s.tab, 0);
    assert_eq!(s.tab_counts, vec![3, 2, 1]);
    assert_eq!(ts::state_at(&d, "2030-05-07T12:00:00+09:00", (120, 40)).tab, 1);
    assert_eq!(ts::state_at(&d, "2030-05-08T23:59:00+09:00", (120, 40)).tab, 2);
    assert_eq!(ts::state_at(&d, "2026-01-01T00:00:00Z", (120, 40)).tab, 0);
}

#[test]
fn day_navigation_stays_in_bounds() {
    let d = ts::sample();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::NextDay, Action::NextDay]);
    assert_eq!(s.day(), Some(day(3)));
    run(&mut s, &d, &[Action::NextDay]);
    assert_eq!(s.tab, 2);
    run(&mut s, &d, &[Action::GoDay(2)]);
    assert_eq!(s.day(), Some(day(2)));
    assert_eq!(s.browse.rows.len(), 2, "the youth forum and the film without a time");
    run(&mut s, &d, &[Action::GoDay(1), Action::PrevDay]);
    assert_eq!(s.tab, 0);
    run(&mut s, &d, &[Action::GoDay(9)]);
    assert_eq!(s.tab, 0);
    assert_eq!(s.notice.as_deref(), Some("No day 9: this programme has 3 day tabs"));
    // One day: its count is worded as one.
    let mut programme = sample::programme();
    let all = programme.clone();
    programme.sessions.retain(|x| day(1).holds(&all, x));
    programme.last_day = programme.first_day;
    let d = ts::data(programme);
    let mut s = state(&d);
    run(&mut s, &d, &[Action::GoDay(2)]);
    assert_eq!(s.notice.as_deref(), Some("No day 2: this programme has 1 day tab"));
}

#[test]
fn row_movement_clamps_and_scrolls() {
    // The last day with eleven more talks: twelve rows, more than a small screen's page.
    let mut p = sample::programme();
    p.sessions.extend((0..11).map(|n| {
        sample::session(
            &format!("talk-{n}"),
            &format!("Talk {n}"),
            3,
            Some(((8 + n, 0), (8 + n, 30))),
            "Hall A",
            vec![],
        )
    }));
    let d = ts::data(p);
    let mut s = state(&d);
    run(&mut s, &d, &[Action::GoDay(3), Action::Down, Action::Down]);
    assert_eq!(s.browse.rows.len(), 12);
    assert_eq!(s.browse.selected, 2);
    run(&mut s, &d, &[Action::Last]);
    assert_eq!(s.browse.selected, 11);
    run(&mut s, &d, &[Action::Down, Action::ScrollDown]);
    assert_eq!(s.browse.selected, 11);
    run(&mut s, &d, &[Action::First, Action::Up]);
    assert_eq!(s.browse.selected, 0);
    run(&mut s, &d, &[Action::Resize(80, 16), Action::PageDown]);
    let page = usize::from(layout::list_height(&s));
    assert!(page < 11, "a page is less than the day");
    assert_eq!(s.browse.selected, page);
    assert!(s.browse.offset > 0 && s.browse.selected < s.browse.offset + page, "selection stays visible");
    run(&mut s, &d, &[Action::PageUp]);
    assert_eq!(s.browse.selected, 0);
    assert_eq!(s.browse.offset, 0);
}

#[test]
fn focus_detail_and_back() {
    let d = ts::long_detail();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::ToggleFocus, Action::Down, Action::Down]);
    assert_eq!(s.browse.focus, Focus::Detail);
    assert_eq!((s.browse.selected, s.detail.scroll), (0, 2));
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.browse.focus, Focus::List);
    run(&mut s, &d, &[Action::Open]);
    assert_eq!(s.mode, Mode::Detail);
    run(&mut s, &d, &[Action::PageDown, Action::NextDay]);
    assert_eq!(selected_id(&s, &d), "housing", "the day keys step to the next session");
    assert_eq!(s.detail.scroll, 0, "a new session starts at the top");
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn filters_toggle_count_and_clear() {
    let d = ts::sample();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::OpenFilters]);
    assert_eq!(s.mode, Mode::Filters);
    // Themes: the first option is "cities" (the housing and climate sessions).
    run(&mut s, &d, &[Action::ToggleOption]);
    assert!(s.filter.themes.contains("cities"));
    assert_eq!(s.tab_counts, vec![2, 0, 0]);
    // Kinds: the second option is "special" (the film); no session is both (facets combine with
    // and), so it is not selected rather than empty the list.
    run(&mut s, &d, &[Action::NextFacet, Action::NextFacet, Action::Down, Action::ToggleOption]);
    assert_eq!(s.filters.facet(), crate::filter::Facet::Kind);
    assert!(s.filter.kinds.is_empty());
    assert_eq!(s.tab_counts, vec![2, 0, 0]);
    run(&mut s, &d, &[Action::PrevFacet, Action::PrevFacet, Action::PrevFacet]);
    assert_eq!(s.filters.facet(), crate::filter::Facet::Room);
    run(&mut s, &d, &[Action::ClearFilters]);
    assert!(s.filter.is_empty());
    assert_eq!(s.tab_counts, vec![3, 2, 1]);
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn search_ranks_across_days_highlights_and_keeps_as_filter() {
    let d = ts::sample();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::GoDay(3), Action::StartSearch]);
    run(&mut s, &d, &ts::typed("housing").collect::<Vec<_>>());
    assert!(s.searching_all_days());
    assert_eq!(selected_id(&s, &d), "housing", "found on another day");
    assert_eq!(
        d.index.title_highlights(&d.programme.sessions[s.current().unwrap()].title, &s.query),
        vec![0, 1, 2, 3, 4, 5, 6]
    );
    run(&mut s, &d, &[Action::SearchScope]);
    assert!(s.browse.rows.is_empty(), "nothing on the last day matches");
    run(&mut s, &d, &[Action::SearchScope, Action::SearchAccept]);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!(s.tab, 0, "moved to the selected hit's day");
    assert_eq!(s.browse.rows.len(), 1);
    assert_eq!(s.tab_counts, vec![1, 0, 0]);
    run(&mut s, &d, &[Action::Back]);
    assert!(s.query.is_empty());
    assert_eq!(s.browse.rows.len(), 3);
}

#[test]
fn search_typing_and_backspace_and_korean() {
    let d = ts::sample();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::StartSearch, Action::Input('청'), Action::Input('년')]);
    assert_eq!(selected_id(&s, &d), "youth");
    run(&mut s, &d, &[Action::DeleteChar, Action::DeleteChar, Action::DeleteChar]);
    assert!(s.query.is_empty());
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn zone_cycles_and_now_next_jumps() {
    let d = ts::sample();
    let mut s = state(&d);
    // Forum, local (unless it is the forum's zone), UTC (unless it is one of those), forum again:
    // each step another zone, each said.
    let forum = d.programme.timezone;
    let mut shown = vec![s.zone.resolve(forum)];
    for _ in 0..3 {
        run(&mut s, &d, &[Action::CycleZone]);
        assert!(s.notice.as_deref().unwrap().starts_with("Now showing "), "{:?}", s.notice);
        if s.zone == ZoneChoice::Forum {
            break;
        }
        shown.push(s.zone.resolve(forum));
    }
    assert_eq!(s.zone, ZoneChoice::Forum);
    assert!(shown.len() >= 2, "{shown:?}");
    for (i, a) in shown.iter().enumerate() {
        assert!(shown[i + 1..].iter().all(|b| !crate::time::same_zone(*a, *b)), "{shown:?}");
    }
    // 10:15 on the first day, between the opening and the pair: the next one, from another day.
    run(&mut s, &d, &[Action::GoDay(3), Action::NowNext]);
    assert_eq!((s.tab, selected_id(&s, &d)), (0, "housing"));
    assert!(s.notice.as_deref().unwrap().starts_with("Next: Housing as a Human Right"), "{:?}", s.notice);
    let mut during = ts::state_at(&d, "2030-05-06T09:30:00+09:00", (120, 40));
    run(&mut during, &d, &[Action::Last, Action::NowNext]);
    assert_eq!(selected_id(&during, &d), "opening");
    assert!(during.notice.as_deref().unwrap().starts_with("On now"), "{:?}", during.notice);
    let mut over = ts::state_at(&d, "2031-01-01T00:00:00Z", (120, 40));
    run(&mut over, &d, &[Action::NowNext]);
    assert!(over.notice.as_deref().unwrap().contains("over"), "{:?}", over.notice);
}

#[test]
fn n_answers_on_every_screen_that_shows_sessions() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let d = ts::sample();
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
    for (open, shown_in) in [
        (Action::Open, Mode::Detail),
        (Action::OpenAgenda, Mode::Browse),
        (Action::OpenClashes, Mode::Browse),
        (Action::OpenNotices, Mode::Browse),
    ] {
        let mut s = state(&d);
        run(&mut s, &d, &[Action::GoDay(3), open]);
        let action = d.keymap.action(s.mode, n);
        assert_eq!(action, Some(Action::NowNext), "n in {:?}", s.mode);
        run(&mut s, &d, &[Action::NowNext]);
        assert_eq!((s.mode, selected_id(&s, &d)), (shown_in, "housing"));
        assert!(s.notice.as_deref().is_some_and(|n| n.starts_with("Next: Housing")), "{:?}", s.notice);
    }
}

#[test]
fn help_returns_to_the_mode_it_came_from() {
    let d = ts::sample();
    let mut s = state(&d);
    run(&mut s, &d, &[Action::OpenFilters, Action::Help]);
    assert_eq!(s.mode, Mode::Help);
    let at = s.help.scroll;
    run(&mut s, &d, &[Action::Down, Action::Down, Action::Up]);
    assert_eq!(s.help.scroll, at + 1);
    run(&mut s, &d, &[Action::Back]);
    assert_eq!(s.mode, Mode::Filters);
}

#[test]
fn effects_quit_and_suspend() {
    let d = ts::sample();
    let mut s = state(&d);
    assert_eq!(update(&mut s, &d, Action::Suspend), Some(Effect::Suspend));
    assert_eq!(update(&mut s, &d, Action::Quit), Some(Effect::Quit));
}

#[test]
fn tick_reads_the_clock() {
    let d = ts::sample();
    let mut s = state(&d);
    s.now = chrono::Utc::now();
    run(&mut s, &d, &[Action::Tick]);
    assert_eq!(s.now, crate::time::parse_instant(sample::NOW).unwrap());
}

#[test]
fn moving_between_sessions_in_the_detail_scrolls_the_list_as_the_list_would() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    ts::run(&mut s, &d, &[Action::Open, Action::NextDay, Action::Back]);
    assert_eq!(s.browse.selected, 1);
    assert_eq!(s.browse.offset, 0, "three sessions fit the list: none is scrolled out of sight");
}
