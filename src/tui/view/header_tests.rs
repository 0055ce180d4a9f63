//! The header and day tabs: separators only between tabs, a strip too narrow for every day
//! scrolls to keep the selected one in sight (a click still lands on the tab drawn under it), and
//! what is cut at 80 columns ends in `…`.

use ratatui::layout::Rect;

use crate::sample;
use crate::tui::action::{Action, Hit};
use crate::tui::data::Data;
use crate::tui::layout::{self, Areas};
use crate::tui::test_screen as ts;

/// The small programme with a session on each of twelve days: more tabs than 80 columns hold.
fn twelve_days() -> Data {
    let mut p = sample::programme();
    for day in 4..=12 {
        p.sessions.push(sample::session(
            &format!("day-{day}"),
            "Talk",
            day,
            Some(((10, 0), (11, 0))),
            "Hall A",
            vec![],
        ));
    }
    ts::data(p)
}

#[test]
fn the_tabs_have_separators_between_them_and_none_after_the_last() {
    let d = ts::sample();
    let s = ts::opened(&d, (120, 40));
    let screen = ts::render(&s, &d);
    let tabs = screen.row(Areas::new(Rect::new(0, 0, 120, 40), s.mode).tabs.y);
    assert_eq!(tabs.trim_end(), "  Mon 06 (3) │ Tue 07 (2) │ Wed 08 (1)");
}

#[test]
fn the_tab_strip_scrolls_to_keep_the_selected_day_in_sight() {
    let d = twelve_days();
    let mut s = ts::opened(&d, (80, 24));
    let tabs_y = Areas::new(Rect::new(0, 0, 80, 24), s.mode).tabs.y;
    let row = |s: &crate::tui::state::State| ts::render(s, &d).row(tabs_y);
    let first = row(&s);
    assert!(first.starts_with("  Mon 06 (3) │") && first.trim_end().ends_with('›'), "more days after: {first}");
    ts::run(&mut s, &d, &[Action::GoDay(12)]);
    let last = row(&s);
    assert!(last.starts_with('‹') && last.trim_end().ends_with("Fri 17 (1)"), "the last day in sight: {last}");
    assert!(!last.contains("Mon 06"), "{last}");
    // A click lands on the tab drawn under it, not on the one that would be there unscrolled.
    let (tab, start, _) = layout::tab_strip(&s, 80).shown.last().copied().expect("a tab shown");
    assert_eq!((tab, ts::render(&s, &d).column_in(tabs_y, "Fri 17")), (11, Some(start + 1)));
    ts::run(&mut s, &d, &[Action::GoDay(1)]);
    assert_eq!(layout::click(&s, Rect::new(0, 0, 80, 24), 3, tabs_y), Action::Click(Hit::Tab(0)));
    ts::run(&mut s, &d, &[Action::GoDay(12)]);
    assert_eq!(layout::click(&s, Rect::new(0, 0, 80, 24), start + 1, tabs_y), Action::Click(Hit::Tab(11)));
}

#[test]
fn text_cut_at_80_columns_ends_with_an_ellipsis() {
    let long = "a search far too long for the header line of an eighty column terminal";
    // Five or six day tabs give way to the whole search tab hint.
    for edition in [2019, 2021] {
        let d = ts::bundled(edition);
        let mut state = ts::opened(&d, (80, 24));
        ts::run(&mut state, &d, &std::iter::once(Action::StartSearch).chain(ts::typed(long)).collect::<Vec<_>>());
        let s = ts::render(&state, &d);
        assert!(s.row(1).trim_end().ends_with('…'), "the header's search text: {s:?}");
        assert!(s.row(2).trim_end().ends_with("(Tab: this day only)"), "the search tab hint: {s:?}");
    }
}

#[test]
fn at_80_columns_the_agenda_and_hidden_counts_stay_in_sight_before_the_zones_full_name() {
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (80, 24));
    ts::run(
        &mut s,
        &d,
        &[
            Action::ToggleMark,
            Action::Down,
            Action::HideSession,
            Action::OpenFilters,
            Action::ToggleOption,
            Action::Back,
        ],
    );
    let row = ts::render(&s, &d).row(1);
    assert!(row.contains("★ 1 in my agenda") && row.contains("hidden: 1"), "{row}");
    assert!(row.contains("forum time: KST"), "the zone stays, shortened: {row}");
    let wide = ts::opened(&d, (200, 50));
    assert!(ts::render(&wide, &d).row(1).contains("forum time: KST (Asia/Seoul)"), "in full where it fits");
}

#[test]
fn accessible_mode_says_the_hidden_days_in_words_and_a_click_still_lands_on_its_tab() {
    let d = twelve_days();
    let mut s = ts::opened(&d, (80, 24));
    s.accessible = true;
    let tabs_y = Areas::new(Rect::new(0, 0, 80, 24), s.mode).tabs.y;
    let row = |s: &crate::tui::state::State| ts::render(s, &d).row(tabs_y);
    let first = row(&s);
    assert!(first.trim_end().ends_with("[later days not shown]") && !first.contains('›'), "{first}");
    ts::run(&mut s, &d, &[Action::GoDay(12)]);
    let last = row(&s);
    assert!(last.contains("[Fri 17 (1)] [earlier days not shown]") && !last.contains('‹'), "{last}");
    let (tab, start, _) = layout::tab_strip(&s, 80).shown.last().copied().expect("a tab shown");
    assert_eq!((tab, ts::render(&s, &d).column_in(tabs_y, "Fri 17")), (11, Some(start + 1)));
}

#[test]
fn accessible_mode_keeps_the_days_brackets_while_searching_every_day() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    s.accessible = true;
    ts::run(&mut s, &d, &[Action::StartSearch]);
    ts::run(&mut s, &d, &ts::typed("housing").collect::<Vec<_>>());
    assert!(s.searching_all_days());
    let tabs = ts::render(&s, &d).row(Areas::new(Rect::new(0, 0, 120, 40), s.mode).tabs.y);
    assert!(tabs.contains("[Mon 06 ("), "{tabs}");
}

#[test]
fn a_search_of_every_day_in_korean_keeps_its_key_in_sight_beside_many_tabs() {
    use crate::wording::language::{Clock, Language, speaking};
    let d = twelve_days();
    let mut s = ts::opened(&d, (80, 24));
    ts::run(&mut s, &d, &[Action::StartSearch]);
    ts::run(&mut s, &d, &ts::typed("talk").collect::<Vec<_>>());
    assert!(s.searching_all_days());
    let tabs_y = Areas::new(Rect::new(0, 0, 80, 24), s.mode).tabs.y;
    let row = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).row(tabs_y));
    assert!(row.ends_with("전체 날짜 검색 (Tab: 이날만)"), "{row}");
    assert!(row.contains('›'), "the tabs give way, marked as scrolled: {row}");
}

#[test]
fn after_tab_the_search_says_it_looks_at_this_day_only_and_how_to_look_at_all() {
    use crate::wording::language::{Clock, Language, speaking};
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    ts::run(&mut s, &d, &[Action::StartSearch]);
    ts::run(&mut s, &d, &ts::typed("housing").collect::<Vec<_>>());
    let tabs_y = Areas::new(Rect::new(0, 0, 80, 24), s.mode).tabs.y;
    let row = |s: &crate::tui::state::State| {
        speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(s, &d).row(tabs_y))
    };
    assert!(row(&s).ends_with("전체 날짜 검색 (Tab: 이날만)"), "{}", row(&s));
    ts::run(&mut s, &d, &[Action::SearchScope]);
    assert!(row(&s).ends_with("이날만 검색 (Tab: 전체 날짜)"), "{}", row(&s));
    ts::run(&mut s, &d, &[Action::SearchScope]);
    assert!(row(&s).ends_with("전체 날짜 검색 (Tab: 이날만)"), "back to every day: {}", row(&s));
}
