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

#[test]
fn a_timeline_laid_out_by_kind_names_every_column_and_its_keys_say_kinds_in_one_korean_word() {
    use crate::tui::action::Action;
    use crate::tui::test_screen as ts;
    use crate::wording::language::{Clock, Language, speaking};
    // 2021's second day has no rooms: a column of sessions without a kind beside two kinds.
    let d = ts::bundled(2021);
    let mut s = ts::opened(&d, (200, 50));
    let browse = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).text());
    assert!(browse.contains("t 타임라인") && !browse.contains("시간표"), "one word for the timeline: {browse}");
    ts::run(&mut s, &d, &[Action::GoDay(2), Action::OpenGrid]);
    let model = crate::tui::derive::grid::model(&s, &d);
    assert_eq!((model.columns.len(), model.places), (3, 2), "{:?}", model.columns);
    let text = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).text());
    assert!(
        text.contains("┌ 타임라인 ") && text.contains("· 유형 2개 + (유형 없음) ·"),
        "every column counted: {text}"
    );
    assert!(text.contains("←→ 유형") && !text.contains("→ 장소"), "the keys move between kinds: {text}");
    assert!(text.lines().last().unwrap_or_default().contains("→ 유형"), "the footer too: {text}");
}
