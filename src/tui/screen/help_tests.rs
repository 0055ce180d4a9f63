//! Help tests: where it opens, how far it scrolls, and that each screen's keys say what they do
//! there.

use crate::tui::action::Action;
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, render, run};

#[test]
fn help_opens_at_the_section_of_the_screen_it_was_asked_from() {
    let d = ts::sample();
    for (open, section) in [(vec![], "browse"), (vec![Action::Open], "detail"), (vec![Action::OpenClashes], "clashes")]
    {
        let mut s = ts::opened(&d, (120, 40));
        run(&mut s, &d, &open);
        run(&mut s, &d, &[Action::Help]);
        let screen = render(&s, &d);
        let help = crate::tui::layout::help_area(ratatui::layout::Rect::new(0, 0, 120, 40));
        // The section's name is the first line inside the box.
        let inner = ratatui::layout::Rect::new(help.x + 1, help.y + 1, help.width - 2, 1);
        assert_eq!(screen.region(inner), [section]);
    }
}

#[test]
fn in_the_session_view_the_help_says_what_its_keys_do_there() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::Open, Action::Help]);
    let text = render(&s, &d).text();
    let detail = &text[text.find("detail").unwrap()..text.find("search").unwrap()];
    assert!(detail.contains("next session of the list"), "{detail}");
    assert!(detail.contains("scroll to the top"), "{detail}");
    assert!(!detail.contains("next day"), "{detail}");
    assert!(!detail.contains("first session"), "{detail}");
}

#[test]
fn help_scrolls_no_further_than_its_last_line() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::Help, Action::Last]);
    let end = s.help.scroll;
    assert!(render(&s, &d).text().contains("Markers:"));
    run(&mut s, &d, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(s.help.scroll, end, "no scrolling past the end");
    run(&mut s, &d, &[Action::Up]);
    assert_eq!(s.help.scroll, end - 1, "one key back up moves the help");
    assert_eq!(s.mode, Mode::Help);
}

#[test]
fn help_is_drawn_over_the_screen_it_was_opened_from() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (200, 50));
    run(&mut s, &d, &[Action::OpenClashes, Action::Help]);
    let text = render(&s, &d).text();
    assert!(text.contains("┌ Clashes · 1 clash found"), "the clash panel stays behind the help: {text}");
    assert!(!text.contains("┌ Details"), "{text}");
}

#[test]
fn the_help_last_lines_wrap_at_80_columns() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    run(&mut s, &d, &[Action::Help, Action::Last]);
    let text = render(&s, &d).text();
    for end in ["the wheel scrolls what is under it.", "[-] skipped"] {
        assert!(text.contains(end), "`{end}` shown whole:\n{text}");
    }
    run(&mut s, &d, &[Action::Down]);
    assert!(render(&s, &d).text().contains("[-] skipped"), "the last line stays in sight");
}

#[test]
fn f1_opens_the_help_from_every_mode_that_takes_text_where_question_marks_are_typed() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let d = ts::sample();
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    for (open, mode) in [
        (vec![Action::StartSearch], Mode::Search),
        (vec![Action::OpenPeople], Mode::People),
        (vec![Action::ToggleMark, Action::OpenAgenda, Action::EditNote], Mode::Note),
    ] {
        let mut s = ts::opened(&d, (80, 24));
        run(&mut s, &d, &open);
        assert_eq!(s.mode, mode);
        assert_eq!(d.keymap.action(mode, key(KeyCode::Char('?'))), Some(Action::Input('?')), "{mode:?}");
        let footer = render(&s, &d).row(23);
        assert!(footer.contains("F1 help"), "{mode:?}: {footer:?}");
        let help = d.keymap.action(mode, key(KeyCode::F(1))).expect("F1 is bound");
        run(&mut s, &d, &[help]);
        assert_eq!(s.mode, Mode::Help, "{mode:?}");
        let close = d.keymap.action(Mode::Help, key(KeyCode::F(1))).expect("F1 closes it");
        run(&mut s, &d, &[close]);
        assert_eq!(s.mode, mode, "back to typing");
    }
}

#[test]
fn in_korean_the_grid_s_moves_in_time_say_which_way_without_doubt() {
    use crate::wording::language::{Clock, Language, speaking};
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    run(&mut s, &d, &[Action::OpenGrid, Action::Help]);
    let text = speaking(Language::Korean, Clock::TwentyFourHour, || {
        let mut text = String::new();
        for _ in 0..20 {
            text.push_str(&render(&s, &d).text());
            run(&mut s, &d, &[Action::PageDown]);
        }
        text
    });
    // "15분 앞으로" can be read as later: earlier is 앞당기기, later 늦추기.
    assert!(text.contains("세션을 15분 앞당기기") && text.contains("세션을 15분 늦추기"), "{text}");
}
