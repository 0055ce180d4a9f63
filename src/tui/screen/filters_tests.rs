//! Filter panel tests: its frame over the body, options no session would pass.

use ratatui::layout::Rect;

use crate::filter::Facet;
use crate::tui::action::Action;
use crate::tui::test_screen::{self as ts, render, run};

#[test]
fn the_panel_at_80x24_has_one_bottom_border_not_two() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    run(&mut s, &d, &[Action::OpenFilters]);
    let screen = render(&s, &d);
    let bottoms = (0..24).filter(|&y| screen.row(y).starts_with('└')).count();
    assert_eq!(bottoms, 1, "{}", screen.text());
}

#[test]
fn an_option_no_session_would_pass_goes_last_and_is_not_selected() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    s.filter.toggle(Facet::Theme, "climate");
    s.refresh(&d);
    let mut zero = None;
    for (n, facet) in Facet::ALL.iter().enumerate() {
        let options = d.options(&s.filter, *facet);
        let counts: Vec<usize> = options.iter().map(|(_, c)| *c).collect();
        let first_zero = counts.iter().position(|c| *c == 0).unwrap_or(counts.len());
        assert!(counts[first_zero..].iter().all(|c| *c == 0), "{facet:?}: zeros last, {counts:?}");
        if first_zero < counts.len() && zero.is_none() {
            zero = Some((n, first_zero));
        }
    }
    let (facet, option) = zero.expect("one option passes no session under the theme filter");
    s.filters.facet = facet;
    s.filters.option_cursor[facet] = option;
    let before = s.filter.clone();
    let rows = s.browse.rows.len();
    run(&mut s, &d, &[Action::OpenFilters, Action::ToggleOption]);
    assert_eq!(s.filter, before, "not selected");
    assert_eq!(s.browse.rows.len(), rows);
    assert!(s.notice.as_deref().is_some_and(|n| n.contains("No session would pass")), "{:?}", s.notice);
    let screen = render(&s, &d);
    let (_, _, options) = crate::tui::layout::filter_panel(Rect::new(0, 0, 120, 40), false);
    let row = options.y + u16::try_from(option).unwrap();
    assert!(screen.row(row).contains(" 0 │"), "its 0 is shown: {}", screen.row(row));
}

#[test]
fn in_accessible_mode_the_cursor_and_a_word_follow_the_option_not_the_group() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (100, 30));
    s.accessible = true;
    run(&mut s, &d, &[Action::OpenFilters, Action::Down]);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap_or_else(|e| panic!("{e}"));
    terminal.draw(|f| crate::tui::view::draw(f, &s, &d)).unwrap_or_else(|e| panic!("{e}"));
    let at = terminal.get_cursor_position().unwrap_or_else(|e| panic!("{e}"));
    let (_, _, options) = crate::tui::layout::filter_panel(Rect::new(0, 0, 100, 30), true);
    assert_eq!(at.y, options.y + 1, "on the second option, where j moved");
    assert!(at.x >= options.x, "in the options, not on the group line");
    let screen = render(&s, &d);
    let word = crate::wording::MARK_CURRENT.text();
    assert!(screen.row(options.y + 1).contains(&format!("[{word}]")), "{}", screen.row(options.y + 1));
    assert!(!screen.row(options.y).contains(&format!("[{word}]")), "only the option under the cursor");
    assert!(!screen.text().contains('▸'), "the group in brackets, not marked by a symbol: {}", screen.text());
}
