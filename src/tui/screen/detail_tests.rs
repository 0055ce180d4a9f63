//! Detail tests: how far it scrolls.

use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::layout::Areas;
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, run};

#[test]
fn the_detail_scrolls_no_further_than_its_last_line() {
    let d = ts::long_detail();
    let mut s = ts::opened(&d, (80, 24));
    run(&mut s, &d, &[Action::Open, Action::Last]);
    let end = s.detail.scroll;
    assert!(end > 0, "the session is longer than the screen");
    run(&mut s, &d, &[Action::Down, Action::PageDown]);
    assert_eq!(s.detail.scroll, end, "no scrolling past the end");
    run(&mut s, &d, &[Action::Up]);
    assert_eq!(s.detail.scroll, end - 1, "one key back up moves the detail");
    run(&mut s, &d, &[Action::Last]);
    let screen = ts::render(&s, &d);
    let body = Areas::new(Rect::new(0, 0, 80, 24), Mode::Detail).detail;
    assert!(
        !screen.row(body.bottom() - 2).trim_matches(['│', ' ']).is_empty(),
        "the last line at the bottom: {screen:?}"
    );
}

#[test]
fn korean_found_typed_another_way_is_underlined_in_the_detail() {
    let mut p = crate::sample::programme();
    let youth = p.sessions.iter().position(|s| s.id.as_str() == "youth").expect("the youth session");
    p.sessions[youth].organizers = vec!["광주 인권사무소".into()];
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::StartSearch]);
    run(&mut s, &d, &ts::typed("rhkdwn").collect::<Vec<_>>());
    assert_eq!(ts::selected_id(&s, &d), "youth", "found by its organizer, typed on 2-beolsik keys");
    let screen = ts::render(&s, &d);
    let at = screen.find("광주 인권사무소");
    assert!(screen.is_underlined(at), "광 underlined: {}", screen.text());
    assert!(!screen.is_underlined(ratatui::layout::Position::new(at.x + 5, at.y)), "인권 is not what matched");
}

#[test]
fn accessible_mode_says_an_incomplete_record_without_its_symbol() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    let mut session = d.programme.sessions[0].clone();
    session.complete = false;
    let text = |s: &crate::tui::state::State| {
        super::lines(&d.programme, &session, s, true).iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    };
    assert!(text(&s).contains('◌'), "a symbol normally");
    s.accessible = true;
    let said = text(&s);
    assert!(!said.contains('◌') && said.contains(crate::wording::INCOMPLETE.text()), "{said}");
}
