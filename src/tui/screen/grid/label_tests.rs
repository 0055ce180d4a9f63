//! How the grid's blocks fold their titles, on real titles kept as fixtures.

// The one door to the fixtures, also included by other test modules: each keeps its own.
#[allow(clippy::duplicate_mod)]
#[path = "../../../../tests/common/fixtures.rs"]
mod fixtures;

#[test]
fn block_titles_fold_by_words_and_a_split_word_is_marked() {
    // 36C3's "Hygienebelehrung" is longer than a column: split with a hyphen, never mid-word elsewhere.
    let lines = super::folded("Hygienebelehrung für alle", 12, 4);
    assert_eq!(lines, ["Hygienebele-", "hrung für", "alle"]);
    let lines = super::folded("Code of conduct considerations & Incidents", 13, 2);
    assert_eq!(lines, ["Code of", "conduct considerations & Incidents"], "the rest whole, for the cell to cut");
    // Every title of FOSDEM 2020 and 36C3: a line ends at a word's end, or in a hyphen in a
    // word wider than the line; nothing is lost.
    for name in ["fosdem-2020.xml", "36c3-everything.xml"] {
        let loaded = crate::load::from_path(&fixtures::schedule(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        for s in &loaded.programme.sessions {
            let title = s.title.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>();
            for width in [9, 13, 14, 20] {
                let lines = super::folded(&s.title, width, 99);
                let (mut words, mut split) = (title.iter().peekable(), String::new());
                for line in &lines {
                    assert!(crate::text::width(line) <= width, "{line:?} wider than {width}: {lines:?}");
                    for piece in line.split(' ') {
                        let next = words.peek().copied().copied().unwrap_or_default();
                        if format!("{split}{piece}") == next {
                            words.next();
                            split.clear();
                            continue;
                        }
                        split.push_str(piece.strip_suffix('-').unwrap_or("\u{0}"));
                        let long = crate::text::width(next) > width && next.starts_with(&split);
                        assert!(long, "{name} at {width}: {piece:?} is no word of {next:?} in {lines:?}");
                    }
                }
                assert_eq!(words.next(), None, "{lines:?}");
            }
        }
    }
}
