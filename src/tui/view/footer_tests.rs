//! Footer tests: which hints fit, and a long notice cut between words and kept in the log.

use crate::tui::action::Action;
use crate::tui::test_screen::{self as ts, render, run};

/// The footer row of the small programme's browse screen at `size`, after `actions`.
fn footer(size: (u16, u16), notice: Option<&str>) -> (String, crate::tui::state::State) {
    let d = ts::sample();
    let mut s = ts::opened(&d, size);
    s.notice = notice.map(str::to_owned);
    run(&mut s, &d, &[Action::Tick]);
    (render(&s, &d).row(size.1 - 1), s)
}

#[test]
fn the_footer_names_the_agenda_grid_clash_and_people_keys_when_there_is_room() {
    let (wide, _) = footer((200, 50), None);
    for hint in ["A agenda", "t timeline", "c clashes", "p people", "? help", "q quit"] {
        assert!(wide.contains(hint), "`{hint}` in {wide:?}");
    }
    let (narrow, _) = footer((80, 24), None);
    assert!(narrow.ends_with("? help q quit"), "the help's key stays: {narrow:?}");
    assert!(narrow.contains("↓ move"), "{narrow:?}");
    assert!(crate::text::width(&narrow) <= 80);
}

#[test]
fn a_long_notice_is_cut_between_words_never_in_a_path_and_kept_whole_in_the_log() {
    let path = "/home/someone/.local/share/whrcf/a-rather-long-directory-name/agenda.toml";
    let notice = format!("The agenda could not be saved to {path}: permission denied (os error 13)");
    let (row, s) = footer((80, 24), Some(&notice));
    assert!(!row.contains("/home") || row.contains(path), "no path cut in the middle: {row:?}");
    assert!(row.contains("The agenda could not be saved to"), "{row:?}");
    assert!(row.contains("(!: read it all)"), "{row:?}");
    assert_eq!(s.notices.newest_app_notice(), Some(notice.as_str()), "the log keeps it whole");
    let (short, s) = footer((80, 24), Some("Status: planned"));
    assert!(short.contains("Status: planned") && !short.contains("read it all"), "{short:?}");
    assert!(s.notices.is_empty(), "a notice shown whole is not logged");
}

#[test]
fn confirmations_are_only_shown_and_the_header_counts_problems_alone() {
    let mut p = crate::sample::programme();
    p.sessions[0].title = "An opening plenary with a fairly long title".into();
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    for action in [Action::ToggleMark, Action::HideSession, Action::ShowHidden, Action::ShowHidden] {
        run(&mut s, &d, &[action]);
        let notice = s.notice.clone().expect("a confirmation in the footer");
        assert!(render(&s, &d).row(23).contains(&notice), "shown whole: {notice:?}");
    }
    assert!(s.notices.is_empty(), "nothing logged: {:?}", s.notices.summary());
    // The people index's hint, beside the query being typed.
    run(&mut s, &d, &[Action::OpenPeople]);
    let (_, s2) = footer_in(&d, &mut s, "2 sessions: pick one, Enter to open it");
    assert!(s2.notices.is_empty(), "{:?}", s2.notices.summary());
    // One too long for the footer is kept whole as information, never counted in the header.
    run(&mut s, &d, &[Action::Back, Action::Back]);
    let long = "Marked: ".to_owned() + &"a very long title ".repeat(6);
    let (_, s3) = footer_in(&d, &mut s, &long);
    assert_eq!(s3.notices.newest_app_notice(), Some(long.as_str()));
    assert!(!render(&s3, &d).row(0).contains("to read"), "{:?}", render(&s3, &d).row(0));
}

/// `notice` in the footer of `state` (its row, and the state after).
fn footer_in(
    d: &crate::tui::data::Data,
    state: &mut crate::tui::state::State,
    notice: &str,
) -> (String, crate::tui::state::State) {
    state.notice = Some(notice.to_owned());
    run(state, d, &[Action::Tick]);
    (render(state, d).row(state.size.1 - 1), state.clone())
}

#[test]
fn a_notice_that_fits_the_footers_real_width_is_not_cut() {
    let url = format!("https://video.fosdem.org/2020/{}.webm", "x".repeat(80 - 8 - 35));
    let notice = format!("Opening {url}");
    assert_eq!(crate::text::width(&notice), 80);
    let (row, s) = footer((80, 24), Some(&notice));
    assert_eq!(row, notice, "whole, on the whole width");
    assert!(s.notices.is_empty());
    let (row, s) = footer((79, 24), Some(&notice));
    assert!(row.starts_with(" Opening … (!: read it all)"), "{row:?}");
    assert_eq!(s.notices.newest_app_notice(), Some(notice.as_str()));
}
