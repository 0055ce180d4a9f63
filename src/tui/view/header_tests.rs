//! The header and day tabs at 80 columns: what is cut ends in `…`.

use crate::tui::action::Action;
use crate::tui::test_screen as ts;

#[test]
fn text_cut_at_80_columns_ends_with_an_ellipsis() {
    let long = "a search far too long for the header line of an eighty column terminal";
    // Five or six day tabs leave no room for the whole search tab hint.
    for edition in [2019, 2021] {
        let d = ts::bundled(edition);
        let mut state = ts::opened(&d, (80, 24));
        ts::run(&mut state, &d, &std::iter::once(Action::StartSearch).chain(ts::typed(long)).collect::<Vec<_>>());
        let s = ts::render(&state, &d);
        assert!(s.row(1).trim_end().ends_with('…'), "the header's search text: {s:?}");
        assert!(s.row(2).trim_end().ends_with('…'), "the search tab hint: {s:?}");
    }
}
