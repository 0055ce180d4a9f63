//! The app drawn on a test terminal (`test_screen`), mostly from the small programme built in
//! code. Whole-screen snapshots (insta) only where the whole layout is the point: the browse
//! screen at 80x24 (list over details) and 120x40 (side by side), the full-screen detail, the
//! help and the too-small notice. The other screens are checked region by region (the full-screen
//! ones in `view/full_screen_tests.rs`): their title, the selected row, a count, where a column or
//! a border falls with Korean text in it. Then no size down to 1x1 panics, and the frame, not a size heard of earlier, decides the layout.

use ratatui::layout::Position;

use crate::sample;
use crate::tui::action::Action;
use crate::tui::test_screen::{self as ts, Screen};

/// The small programme opened on `size`, after `actions`.
pub(super) fn screen(size: (u16, u16), actions: &[Action]) -> Screen {
    let d = ts::sample();
    let mut s = ts::opened(&d, size);
    ts::run(&mut s, &d, actions);
    ts::render(&s, &d)
}

fn search(query: &str) -> Vec<Action> {
    std::iter::once(Action::StartSearch).chain(ts::typed(query)).collect()
}

pub(super) const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn main_screen() {
    for size in SIZES {
        let text = screen(size, &[]).text();
        assert!(text.contains("Mon 06 (3)") && text.contains(sample::OPENING_TITLE), "{text}");
        insta::assert_snapshot!(format!("main_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn detail_view() {
    // The session with the most to show: another title in Korean, two themes, two roles.
    let text = screen((80, 24), &[Action::Down, Action::Down, Action::Open]).text();
    assert!(text.contains("panelist") && text.contains("11:00–12:30 KST"), "{text}");
    insta::assert_snapshot!("detail_80x24", text);
}

#[test]
fn help_overlay() {
    let text = screen((80, 24), &[Action::Help]).text();
    assert!(text.contains("fuzzy search"), "{text}");
    insta::assert_snapshot!("help_80x24", text);
}

#[test]
fn too_small_screen() {
    let text = screen((50, 12), &[]).text();
    assert!(text.contains("Terminal too small"), "{text}");
    insta::assert_snapshot!("too_small_50x12", text);
}

#[test]
fn the_browse_list_keeps_its_columns_after_a_korean_title() {
    // Tuesday: "Youth Forum: 청년 인권" (wide letters) above "Film Screening: Café des droits".
    let s = screen((120, 40), &[Action::GoDay(2)]);
    let youth = s.row_of("Youth Forum: 청년 인권");
    let film = s.row_of("Film Screening: Café des droits");
    assert_eq!(s.column_in(youth, "Youth"), s.column_in(film, "Film"), "{s:?}");
    assert_eq!(s.column_in(youth, "Online"), s.column_in(film, "Room 201"), "the room column: {s:?}");
    assert!(s.row(s.row_of("┌ Tue 2030-05-07")).contains("2 sessions"), "{s:?}");
}

#[test]
fn filters_open() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenFilters, Action::ToggleOption]);
        let title = s.find("┌ Filters");
        let right = s.last_column_of(title.y, "┐").expect("the panel's corner");
        let themes = s.row_of("▸ Themes (1)");
        assert!(s.is_selected(s.find("▸ Themes (1)")), "the facet under the cursor: {s:?}");
        // The ticked theme has a Korean name; its count sits in the same column as the next one's.
        let cities = s.row_of("[x] Human Rights Cities · 인권도시");
        let climate = s.row_of("[ ] Climate Justice");
        assert_eq!(themes, cities, "the facets beside their options");
        assert_eq!(s.column_in(cities, " 2 │"), s.column_in(climate, " 1 │"), "{s:?}");
        assert_eq!(s.last_column_of(cities, "│"), Some(right), "the border is intact: {s:?}");
        assert!(s.row(1).contains("▼ theme: cities"), "the header names the filter: {s:?}");
    }
}

#[test]
fn search_with_highlights() {
    for size in SIZES {
        let s = screen(size, &search("cit"));
        assert!(s.row(2).contains("searching all days"), "{s:?}");
        assert!(s.row(3).contains("2 matches, best first"), "{s:?}");
        // The best match first, selected, on its day; its matched letters underlined.
        let best = s.find("Climate Justice in Cities");
        assert!(s.row(best.y).contains("Mon 06 11:00–12:30"), "the day column as wide as its days: {s:?}");
        assert!(s.is_selected(best), "{s:?}");
        let cities = Position::new(s.column_in(best.y, "Cities").expect("drawn"), best.y);
        for dx in 0..3 {
            assert!(s.is_underlined(Position::new(cities.x + dx, cities.y)), "letter {dx} of Cities: {s:?}");
        }
        assert!(!s.is_underlined(Position::new(cities.x + 3, cities.y)), "only the typed letters");
        assert!(!s.is_underlined(Position::new(cities.x - 2, cities.y)));
        assert!(s.row(size.1 - 1).starts_with(" / cit▏"), "the query in the footer: {s:?}");
    }
}

#[test]
fn a_korean_match_underlines_its_wide_letters() {
    let s = screen((80, 24), &search("청년"));
    let at = s.find("청년 인권");
    assert!(s.is_selected(at), "{s:?}");
    for dx in [0, 2] {
        assert!(s.is_underlined(Position::new(at.x + dx, at.y)), "the letter at +{dx}: {s:?}");
    }
    assert!(!s.is_underlined(Position::new(at.x + 5, at.y)), "인권 was not typed");
}

#[test]
fn other_zone_shows_both_times() {
    // The forum's time first, the display zone's under it.
    let d = ts::sample();
    let mut state = ts::opened(&d, (120, 40));
    state.zone = crate::time::ZoneChoice::Utc;
    ts::run(&mut state, &d, &[Action::Open]);
    let s = ts::render(&state, &d);
    let time = s.find("Time       09:00–10:00 KST");
    assert_eq!(s.column_in(time.y + 1, "00:00–01:00 UTC"), Some(time.x + 11), "{s:?}");
    assert!(!s.row(time.y + 1).contains("(UTC)"), "UTC is said once: {s:?}");
    assert!(s.row(1).ends_with("2030 · UTC"), "{s:?}");
}

#[test]
fn every_size_down_to_1x1_draws_without_panic() {
    let d = ts::sample();
    for w in [1u16, 2, 5, 20, 59, 60, 61, 79, 109, 110, 200, 300] {
        for h in [1u16, 2, 3, 15, 16, 17, 24, 100] {
            for actions in [
                vec![],
                vec![Action::OpenFilters],
                vec![Action::Help],
                vec![Action::Open],
                search("청"),
                vec![Action::OpenGrid, Action::Right, Action::PageDown],
                vec![Action::OpenClashes],
                vec![Action::OpenPeople],
                vec![Action::ToggleMark, Action::OpenAgenda],
            ] {
                let mut s = ts::opened(&d, (w, h));
                ts::run(&mut s, &d, &actions);
                let _ = ts::render(&s, &d);
            }
        }
    }
}

#[test]
fn a_stale_size_from_a_queued_resize_never_decides_the_layout() {
    // A Resize event is applied, then the terminal shrinks (or grows) again before the frame is
    // drawn: the frame's real area must decide the layout, and nothing may be written outside it.
    let d = ts::sample();
    let pairs = [((200, 60), (80, 24)), ((160, 50), (60, 16)), ((120, 40), (40, 10)), ((40, 10), (100, 30))];
    for (believed, real) in pairs {
        for actions in [
            vec![Action::OpenGrid],
            vec![Action::OpenGrid, Action::ToggleMark],
            vec![],
            vec![Action::ToggleMark, Action::OpenAgenda],
            vec![Action::OpenFilters],
        ] {
            let state_at = |size| {
                let mut s = ts::opened(&d, size);
                ts::run(&mut s, &d, &actions);
                s
            };
            let drawn = ts::render_on(&state_at(believed), &d, real).text();
            let expected = ts::render(&state_at(real), &d).text();
            assert_eq!(drawn, expected, "state at {believed:?}, terminal {real:?}, {actions:?}");
        }
    }
}

#[test]
fn notices_screen() {
    use crate::diagnostic::{Location, Problem};
    use crate::tui::notice_log::{Level, NoticeLog};
    let d = ts::sample();
    let at = |line| Location { path: "forum.toml".into(), line: Some(line), column: Some(5) };
    for size in SIZES {
        let mut s = ts::opened(&d, size);
        s.notices = NoticeLog::of_file(vec![
            Problem::warning(at(12), Some("opening"), "unknown key `rooom` (ignored)"),
            Problem::error(at(40), None, "end 09:00 is before start 10:00"),
        ]);
        s.report(Level::Warning, "Key bindings: keys.toml: [browse] unknown key `hyper-x`".into());
        assert!(ts::render(&s, &d).row(0).contains("1 error · 2 warnings — press ! to read"), "the header counts them");
        ts::run(&mut s, &d, &[Action::OpenNotices]);
        let screen = ts::render(&s, &d);
        assert!(screen.row(3).starts_with("┌ Notices · 1 error · 2 warnings"), "{}", screen.text());
        // The app's own notice first, then the file's problems in file order, each with its level.
        let app = screen.row_of("warning Key bindings: keys.toml");
        let first = screen.row_of("warning session `opening`: unknown key `rooom` (ignored)  forum.toml:12:5");
        let second = screen.row_of("error   end 09:00 is before start 10:00  forum.toml:40:5");
        assert!(app < first && first < second, "{}", screen.text());
        assert!(screen.is_selected(screen.find("warning Key bindings")), "the newest is selected");
        assert!(screen.row_of("┌ Notice ─") > second, "the selected notice in full below the list");
    }
}

#[test]
fn no_match_names_the_way_out_from_where_the_user_is() {
    let typing = screen((80, 24), &search("zzzq"));
    assert!(typing.text().contains("No session matches. Esc clears the search."), "{typing:?}");
    assert!(!typing.text().contains("Press x"), "x would be typed into the query: {typing:?}");
    let mut actions = search("zzzq");
    actions.push(Action::SearchAccept);
    let browsing = screen((80, 24), &actions);
    assert!(browsing.text().contains("No session matches. Press x to clear filters and search."), "{browsing:?}");
}

#[test]
fn a_cut_off_organizer_option_shows_the_gap_and_one_room_is_one_option() {
    let d = ts::bundled(2021);
    let mut s = ts::opened(&d, (120, 80));
    ts::run(&mut s, &d, &[Action::OpenFilters, Action::NextFacet]);
    let screen = ts::render(&s, &d);
    let cut = screen.row(screen.row_of("Gwangju International Cen "));
    assert!(cut.contains("Gwangju International Cen […]"), "the gap beside the cut-off name: {screen:?}");
    assert!(screen.row(screen.row_of("Gwangju International Center")).contains("[ ] Gwangju International Center "));
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (120, 80));
    ts::run(&mut s, &d, &[Action::OpenFilters, Action::PrevFacet]);
    let rooms = ts::render(&s, &d);
    let grouped = rooms.row(rooms.row_of("[ ] Kimdaejung Convention Center Rooms 209~210 "));
    let option = grouped.split("209~210").nth(1).and_then(|rest| rest.split('│').next()).unwrap_or_default();
    assert_eq!(option.trim(), "2", "two sessions, one of them spelled in Korean: {rooms:?}");
    assert!(!rooms.text().contains("209+210 회의실"), "grouped with its English spelling: {rooms:?}");
}

#[test]
fn switcher_screen() {
    let added = std::collections::BTreeMap::from([("fosdem".to_owned(), "https://fosdem.example/s.xml".to_owned())]);
    for size in [(80, 24), (120, 40)] {
        let d = ts::sample();
        let mut s = ts::opened(&d, size);
        s.switcher.entries = crate::library::gather(&added, &[], None);
        ts::run(&mut s, &d, &[Action::OpenSwitcher]);
        let text = ts::render(&s, &d).text();
        assert!(text.contains("Programmes · 15 of 15") && text.contains("not fetched yet"), "{text}");
        insta::assert_snapshot!(format!("switcher_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn the_too_small_notice_folds_by_words_never_inside_a_korean_word() {
    use crate::wording::language::{Clock, Language, speaking};
    for (size, alone) in [((12, 6), vec!["터미널이", "너무", "작습니다"]), ((30, 10), vec![])] {
        let text = speaking(Language::Korean, Clock::TwentyFourHour, || screen(size, &[]).text());
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        for word in alone {
            assert!(lines.contains(&word), "{size:?}: {word} whole on its line: {lines:?}");
        }
        assert!(!lines.iter().any(|l| l.starts_with("필요")), "{size:?}: not left alone: {lines:?}");
        assert!(lines.iter().any(|l| l.contains("필요.")), "{size:?}: said: {lines:?}");
    }
}
