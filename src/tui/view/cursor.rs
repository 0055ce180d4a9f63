//! Accessible mode's cursor: the terminal's own cursor is put at the start of the selected line
//! (the list's row, the option, the agenda entry, the grid's block), so that a screen reader,
//! which follows the cursor, reads what is selected. Found in the drawn frame by the selection's
//! style, so every screen that shows a selection is followed without each placing the cursor.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::tui::layout;
use crate::tui::mode::Mode;
use crate::tui::state::State;

/// Put the cursor on the first selected cell of the focused list (the filter panel's options,
/// not its group line), else of `body` (the rows between the tabs and the footer), else at the
/// body's first line.
pub fn place(frame: &mut Frame<'_>, state: &State, body: Rect) {
    let focused = focused_list(state, frame.area()).map(|area| area.intersection(body));
    let buffer = frame.buffer_mut();
    let find = |area: Rect| area.positions().find(|p| state.theme.is_selected(buffer[*p].style()));
    let selected = focused.and_then(find).or_else(|| find(body));
    let at = selected.unwrap_or(Position::new(body.x, body.y));
    frame.set_cursor_position(at);
}

/// The list that keys move in when another selection is also drawn (the filter panel's group).
fn focused_list(state: &State, screen: Rect) -> Option<Rect> {
    match state.mode {
        Mode::Filters => Some(layout::filter_panel(screen, state.accessible).2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::tui::action::Action;
    use crate::tui::test_screen::{opened, run, sample};

    #[test]
    fn the_cursor_follows_the_selected_row_in_accessible_mode_only() {
        let data = sample();
        let mut state = opened(&data, (100, 30));
        let cursor = |state: &crate::tui::state::State| {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap_or_else(|e| panic!("{e}"));
            terminal.draw(|f| crate::tui::view::draw(f, state, &data)).unwrap_or_else(|e| panic!("{e}"));
            let visible = terminal.backend().cursor_visible();
            terminal.get_cursor_position().ok().filter(|_| visible)
        };
        assert_eq!(cursor(&state), None, "hidden unless in accessible mode");
        state.accessible = true;
        let first = cursor(&state).expect("shown on the selected row");
        run(&mut state, &data, &[Action::Down]);
        let second = cursor(&state).expect("shown");
        assert_eq!((second.x, second.y), (first.x, first.y + 1), "one row down with the selection");
    }
}
