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
    for hint in ["A agenda", "t grid", "c clashes", "p people", "? help", "q quit"] {
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
