//! The app drawn on a test terminal (`test_screen`), mostly from the small programme built in
//! code. Whole-screen snapshots (insta) only where the whole layout is the point: the browse
//! screen at 80x24 (list over details) and 120x40 (side by side), the full-screen detail, the
//! help and the too-small notice. The other screens are checked region by region: their title,
//! the selected row, a count, where a column or a border falls with Korean text in it. Then no
//! size down to 1x1 panics, and the frame, not a size heard of earlier, decides the layout.

use ratatui::layout::{Position, Rect};

use crate::sample;
use crate::tui::action::Action;
use crate::tui::layout::Areas;
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, Screen};

/// The small programme opened on `size`, after `actions`.
fn screen(size: (u16, u16), actions: &[Action]) -> Screen {
    let d = ts::sample();
    let mut s = ts::opened(&d, size);
    ts::run(&mut s, &d, actions);
    ts::render(&s, &d)
}

fn search(query: &str) -> Vec<Action> {
    std::iter::once(Action::StartSearch).chain(ts::typed(query)).collect()
}

/// The body of a full-screen screen (agenda, grid, clashes, people) on a screen of `size`.
fn body(size: (u16, u16)) -> Rect {
    Areas::new(Rect::new(0, 0, size.0, size.1), Mode::Agenda).detail
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

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
        assert!(s.row(best.y).contains("Mon 06  11:00–12:30"), "{s:?}");
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
fn agenda_view() {
    // The overlapping pair, a session of Tuesday with a Korean title, and one without a time.
    let marks = [
        Action::Down,
        Action::ToggleMark,
        Action::Down,
        Action::ToggleMark,
        Action::GoDay(2),
        Action::ToggleMark,
        Action::Down,
        Action::ToggleMark,
        Action::OpenAgenda,
    ];
    for size in SIZES {
        let s = screen(size, &marks);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ My agenda · 4 marked"), "{s:?}");
        assert!(s.row(1).contains("★ 4 in my agenda"), "{s:?}");
        let monday = s.row_of("Monday 06 May 2030");
        let housing = s.row_of("[ ] 10:30–12:00  Housing as a Human Right  Hall A");
        assert_eq!(housing, monday + 1, "{s:?}");
        assert_eq!(s.row_of("⚠ overlaps: Climate Justice in Cities, 11:00–12:30"), housing + 1, "{s:?}");
        let climate = s.row_of("[ ] 11:00–12:30  Climate Justice in Cities  Room 201");
        assert_eq!(s.row_of("⚠ overlaps: Housing as a Human Right, 10:30–12:00"), climate + 1, "{s:?}");
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        assert_eq!(s.selected_rows(inner), [" [ ] 10:30–12:00  Housing as a Human Right  Hall A"], "{s:?}");
        let youth = s.row_of("[ ] 14:00–15:30  Youth Forum: 청년 인권  Online");
        assert_eq!(youth, s.row_of("Tuesday 07 May 2030") + 1, "under its day: {s:?}");
        // Dated but untimed: under its day, after the day's timed sessions.
        assert_eq!(s.row_of("[ ] no time      Film Screening: Café des droits"), youth + 1, "{s:?}");
        assert!(!s.text().contains("Day and time not published"), "{s:?}");
    }
}

#[test]
fn agenda_cursor_is_the_selected_row() {
    let s = screen((80, 24), &[Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda, Action::Down]);
    let area = body((80, 24));
    let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
    assert_eq!(s.selected_rows(inner), [" [ ] 10:30–12:00  Housing as a Human Right  Hall A"], "{s:?}");
}

#[test]
fn timeline_grid() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenGrid]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ Timeline Mon 2030-05-06 · 2 rooms · times Asia/Seoul"), "{s:?}");
        // Rooms across, each block under its room and beside its start time in the gutter.
        let hall = s.find("Hall A");
        let room = s.find("Room 201");
        assert_eq!((hall.y, room.y), (area.y + 1, area.y + 1));
        let opening = s.find("│Opening Plenary");
        let climate = s.find("│Climate Justice in Cities");
        assert_eq!((opening.x, climate.x), (hall.x, room.x), "{s:?}");
        let gutter = |time: &str| (area.y..area.bottom()).find(|y| s.row(*y).starts_with(&format!("│{time}")));
        assert_eq!(gutter("09:00"), Some(opening.y), "{s:?}");
        assert_eq!(gutter("11:00"), Some(climate.y), "{s:?}");
        let housing = s.row_of("│Housing as a Human Right");
        assert_eq!(gutter("10:00").map(|y| y + 2), Some(housing), "10:30 is two 15-minute rows on: {s:?}");
        assert_eq!(s.column_in(opening.y + 1, "│09:00–10:00"), Some(opening.x), "its time under its title");
        // It opens on the selected session, drawn selected.
        assert!(s.is_selected(Position::new(opening.x + 1, opening.y)), "{s:?}");
        assert!(!s.is_selected(Position::new(climate.x + 1, climate.y)));
        assert!(s.row(area.bottom() - 3).contains(" 09:00–10:00 Opening Plenary · Hall A"), "{s:?}");
        assert!(s.row(area.bottom() - 2).contains("rooms 1–2 of 2"), "{s:?}");
    }
}

#[test]
fn timeline_grid_of_a_day_with_an_untimed_session() {
    let s = screen((120, 40), &[Action::GoDay(2), Action::OpenGrid]);
    assert!(s.row(3).contains("Timeline Tue 2030-05-07") && s.row(3).contains("1 without a time not shown"), "{s:?}");
    let youth = s.find("│Youth Forum: 청년 인권");
    assert_eq!(youth.x, s.find("Online").x, "{s:?}");
    assert_eq!(s.last_column_of(youth.y, "│"), Some(119), "the border after Korean text");
}

#[test]
fn timeline_grid_flags_overlaps_in_one_room() {
    let mut p = sample::programme();
    let climate = p.sessions.iter_mut().find(|s| s.id.0 == "climate").expect("in the sample");
    climate.room = Some("Hall A".into());
    let d = ts::data(p);
    let mut state = ts::opened(&d, (120, 40));
    ts::run(&mut state, &d, &[Action::OpenGrid]);
    let s = ts::render(&state, &d);
    let header = s.row_of("⚠ Hall A");
    let lane = s.last_column_of(header, "⚠");
    let climate = s.find("║⚠ Climate Justice in Cities");
    assert_eq!(Some(climate.x), lane, "the overlapping session in its own lane: {s:?}");
    assert_eq!(s.column_in(climate.y + 2, "║overlaps in this room"), Some(climate.x), "{s:?}");
    assert_eq!(s.column_in(s.row_of("║⚠ Housing"), "║⚠ Housing"), Some(s.find("⚠ Hall A").x));
}

#[test]
fn clash_panel() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenClashes]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ Clashes · 1 clash found"), "{s:?}");
        let inner = Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2);
        let rows = s.selected_rows(inner);
        assert_eq!(rows.len(), 1, "{s:?}");
        assert!(rows[0].starts_with(" Mon 06 11:00–12:00 ◉ person"), "the overlap of the pair: {s:?}");
        assert!(rows[0].contains("KIM Minji is in \"Housing as a Hu"), "{s:?}");
    }
}

#[test]
fn people_index() {
    for size in SIZES {
        let s = screen(size, &[Action::OpenPeople]);
        let area = body(size);
        assert!(s.row(area.y).starts_with("┌ People · SAMPLE 2030 · 6 "), "{s:?}");
        // Names with accents and organizers (◇) keep the count column.
        let ana = s.row_of(" Ana García");
        let office = s.row_of("◇Gwangju Human Rights Office");
        assert_eq!(s.column_in(ana, "2│"), s.column_in(office, "1│"), "{s:?}");
        assert!(s.is_selected(s.find(" Ana García")));
        let typed = {
            let mut actions = vec![Action::OpenPeople];
            actions.extend(ts::typed("lee"));
            screen(size, &actions)
        };
        assert!(typed.row(area.y).starts_with("┌ People · SAMPLE 2030 · 1 "), "{typed:?}");
        assert!(typed.row(size.1 - 1).starts_with(" find: lee▏"), "{typed:?}");
        // The selected person's sessions beside, in time order, with the role and the room.
        let pane = typed.find("┌ Sessions").x;
        assert_eq!(typed.find("광주인권사무소, Korea").x, pane + 1, "{typed:?}");
        let housing = typed.row_of("Mon 06 May 10:30–12:00 KST speaker");
        assert_eq!(typed.row_of("  Housing as a Human Right · Hall A"), housing + 1, "{typed:?}");
        assert!(typed.row_of("Wed 08 May 16:00–17:00 KST speaker") > housing);
    }
}

#[test]
fn people_index_of_every_edition() {
    // The bundled editions are the point: the index spans them.
    let d = ts::bundled(2019);
    let mut state = ts::state_at(&d, "2019-10-01T12:00:00+09:00", (80, 24));
    ts::run(&mut state, &d, &[Action::OpenPeople, Action::PeopleScope]);
    ts::run(&mut state, &d, &ts::typed("asadi").collect::<Vec<_>>());
    let s = ts::render(&state, &d);
    assert!(s.row(3).starts_with("┌ People · every edition · 1 "), "{s:?}");
    let pane = s.find("┌ Sessions").x;
    let first = s.find("2019 Tue 01 Oct");
    let second = s.find("2021 Thu 07 Oct");
    assert_eq!((first.x, second.x), (pane + 1, pane + 1), "{s:?}");
    assert!(first.y < second.y, "in time order: {s:?}");
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
