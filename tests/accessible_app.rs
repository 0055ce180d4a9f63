//! Accessible mode in the real app, in a pseudo-terminal: no line or box reaches the screen, the
//! day shown is said in brackets, and the terminal's cursor sits on the selected session's line
//! and follows it, so that a screen reader reads what is selected.

mod common;

use common::Pty;

/// Whether the line the cursor is on shows `text`.
fn on_line(t: &Pty, text: &str) -> bool {
    let screen = t.screen();
    t.cursor().is_some_and(|(row, _)| screen.lines().nth(usize::from(row)).is_some_and(|l| l.contains(text)))
}

/// Whether a line of the screen holds a piece of a line or box.
fn has_frames(screen: &str) -> bool {
    screen.chars().any(|c| ('\u{2500}'..='\u{259f}').contains(&c))
}

#[test]
fn accessible_mode_draws_no_boxes_and_puts_the_cursor_on_the_selected_line() {
    let mut t = Pty::spawn_sample(&["--accessible"], 80, 24);
    t.wait_for("Opening Plenary");
    let screen = t.screen();
    assert!(!has_frames(&screen), "no box drawing:\n{screen}");
    assert!(screen.contains("[Mon 06 (3)]"), "the day shown in brackets:\n{screen}");
    // The cursor's line is the selected session's (waited for: the cursor is written after the cells).
    t.wait_screen("the cursor on the selected session", |_| on_line(&t, "Opening Plenary"));
    let (row, _) = t.cursor().expect("the cursor is shown");
    t.send("j");
    t.wait_screen("the cursor a line lower, on the next session", |_| {
        on_line(&t, "Housing as a Human Right") && t.cursor().is_some_and(|(r, _)| r == row + 1)
    });
    // A marker is said in words before the title, not drawn as a symbol.
    t.send(" ");
    t.wait_for("[in agenda] Housing as a Human Right");
    assert!(!t.screen().contains('★'), "no star:\n{}", t.screen());
    t.send("q");
    t.wait_exit();
    t.assert_restored();
}

#[test]
fn without_it_the_cursor_stays_hidden_and_boxes_are_drawn() {
    let mut t = Pty::spawn_sample(&[], 80, 24);
    t.wait_for("Opening Plenary");
    assert!(has_frames(&t.screen()));
    assert_eq!(t.cursor(), None);
    t.send("q");
    t.wait_exit();
}
