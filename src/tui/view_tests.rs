//! Whole-screen snapshots (TestBackend + insta) at 80x24 and 120x40 with a fixed clock, and
//! checks that no size down to 1x1 panics and that the frame, not a size heard of earlier, decides the layout.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use super::*;
use crate::load;
use crate::time::{Clock, ZoneChoice, parse_instant};
use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;
use crate::tui::update::update;

fn data() -> Data {
    Data::new(load::bundled(2021).unwrap().programme, Keymap::load(None).0)
}

fn render(state: &State, data: &Data) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(state.size.0, state.size.1)).unwrap();
    terminal.draw(|f| draw(f, state, data)).unwrap();
    terminal.backend().buffer().clone()
}

fn screen(size: (u16, u16), actions: &[Action]) -> (String, Buffer) {
    let d = data();
    let mut s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2021-10-07T14:00:00+09:00").unwrap()), size);
    s.theme = Theme::new(true);
    for a in actions {
        update(&mut s, &d, *a);
    }
    let buffer = render(&s, &d);
    let text = buffer_text(&buffer);
    (text, buffer)
}

/// The screen as text, one line per row; a wide character's second cell is skipped.
fn buffer_text(buffer: &Buffer) -> String {
    (0..buffer.area.height)
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..buffer.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let sym = buffer[(x, y)].symbol();
                skip = crate::text::width(sym).saturating_sub(1);
                line.push_str(sym);
            }
            line.trim_end().to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn search(query: &str) -> Vec<Action> {
    std::iter::once(Action::StartSearch).chain(query.chars().map(Action::Input)).collect()
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

#[test]
fn main_screen() {
    for size in SIZES {
        let (text, _) = screen(size, &[]);
        assert!(text.contains("Thu 07 (5)") && text.contains("UNESCO APCAD Meeting"));
        insta::assert_snapshot!(format!("main_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn filters_open() {
    for size in SIZES {
        let (text, _) = screen(size, &[Action::OpenFilters, Action::NextFacet, Action::ToggleOption]);
        assert!(text.contains("[x]"));
        insta::assert_snapshot!(format!("filters_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn search_with_highlights() {
    for size in SIZES {
        let (text, buffer) = screen(size, &search("apcad"));
        insta::assert_snapshot!(format!("search_{}x{}", size.0, size.1), text);
        // The matched letters of the title are underlined (not colour alone).
        let row = (0..buffer.area.height).find(|y| {
            (0..buffer.area.width).map(|x| buffer[(x, *y)].symbol()).collect::<String>().contains("UNESCO APCAD")
        });
        let y = row.expect("APCAD row drawn");
        let line: String = (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect();
        let start = line.find("APCAD").unwrap();
        let x = u16::try_from(line[..start].chars().count()).unwrap();
        for dx in 0..5 {
            assert!(buffer[(x + dx, y)].modifier.contains(Modifier::UNDERLINED), "letter {dx} highlighted");
        }
        assert!(!buffer[(x - 2, y)].modifier.contains(Modifier::UNDERLINED));
    }
}

#[test]
fn detail_view() {
    for size in SIZES {
        let (text, _) = screen(size, &[Action::GoDay(3), Action::Open]);
        assert!(text.contains("moderator") && text.contains("13:00–15:00 KST"));
        insta::assert_snapshot!(format!("detail_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn help_overlay() {
    for size in SIZES {
        let (text, _) = screen(size, &[Action::Help]);
        assert!(text.contains("fuzzy search"));
        insta::assert_snapshot!(format!("help_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn agenda_view() {
    for size in SIZES {
        let marks = [
            Action::GoDay(1),
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
            Action::GoDay(4),
            Action::ToggleMark,
            Action::OpenAgenda,
        ];
        let (text, _) = screen(size, &marks);
        assert!(text.contains("⚠ overlaps: Human Rights Cities and Public Diplomacy, 13:00–15:00"), "{text}");
        insta::assert_snapshot!(format!("agenda_{}x{}", size.0, size.1), text);
    }
}

const LARGE: [(u16, u16); 2] = [(80, 24), (160, 50)];

fn screen_2019(size: (u16, u16), actions: &[Action]) -> String {
    let d = Data::new(load::bundled(2019).unwrap().programme, Keymap::load(None).0);
    let mut s =
        State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2019-10-01T12:00:00+09:00").unwrap()), size);
    for a in actions {
        update(&mut s, &d, *a);
    }
    buffer_text(&render(&s, &d))
}

#[test]
fn timeline_grid() {
    for size in LARGE {
        let text = screen_2019(size, &[Action::OpenGrid]);
        assert!(text.contains("Timeline Tue 2019-10-01") && text.contains("Migrants"), "{text}");
        insta::assert_snapshot!(format!("grid_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn clash_panel() {
    for size in LARGE {
        let text = screen_2019(size, &[Action::OpenClashes]);
        assert!(text.contains("Shams ASADI"), "{text}");
        insta::assert_snapshot!(format!("clashes_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn people_index() {
    for size in LARGE {
        let mut actions = vec![Action::OpenPeople];
        actions.extend("asadi".chars().map(Action::Input));
        let text = screen_2019(size, &actions);
        assert!(text.contains("presentation"), "{text}");
        insta::assert_snapshot!(format!("people_{}x{}", size.0, size.1), text);
    }
}

#[test]
fn people_index_of_every_edition() {
    let mut actions = vec![Action::OpenPeople, Action::PeopleScope];
    actions.extend("asadi".chars().map(Action::Input));
    let text = screen_2019((80, 24), &actions);
    assert!(text.contains("People · every edition · 1"), "{text}");
    assert!(text.contains("2019 Tue 01 Oct") && text.contains("2021 Thu 07 Oct"), "{text}");
    insta::assert_snapshot!("people_every_edition_80x24", text);
}

#[test]
fn too_small_screen() {
    let (text, _) = screen((50, 12), &[]);
    assert!(text.contains("Terminal too small"));
    insta::assert_snapshot!("too_small_50x12", text);
}

#[test]
fn every_size_down_to_1x1_draws_without_panic() {
    let d = data();
    let now = Clock::Fixed(parse_instant("2021-10-07T14:00:00+09:00").unwrap());
    for w in [1u16, 2, 5, 20, 59, 60, 61, 79, 109, 110, 200, 300] {
        for h in [1u16, 2, 3, 15, 16, 17, 24, 100] {
            for actions in [
                vec![],
                vec![Action::OpenFilters],
                vec![Action::Help],
                vec![Action::Open],
                search("un"),
                vec![Action::OpenGrid, Action::Right, Action::PageDown],
                vec![Action::OpenClashes],
                vec![Action::OpenPeople],
                vec![Action::OpenAgenda],
            ] {
                let mut s = State::new(&d, ZoneChoice::Utc, now, (w, h));
                for a in &actions {
                    update(&mut s, &d, *a);
                }
                let _ = render(&s, &d);
            }
        }
    }
}

#[test]
fn other_zone_shows_both_times() {
    let (text, _) = screen((120, 40), &[Action::CycleZone, Action::CycleZone, Action::GoDay(3)]);
    assert!(text.contains("04:00–06:00 UTC (UTC)"), "{text}");
    assert!(text.contains("13:00–15:00 KST"));
}

/// Draw `state` on a terminal of `real` size, whatever size the state last heard of.
fn render_on(state: &State, data: &Data, real: (u16, u16)) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(real.0, real.1)).unwrap();
    terminal.draw(|f| draw(f, state, data)).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn a_stale_size_from_a_queued_resize_never_decides_the_layout() {
    // A Resize event is applied, then the terminal shrinks (or grows) again before the frame is
    // drawn: the frame's real area must decide the layout, and nothing may be written outside it.
    let d = Data::new(load::bundled(2019).unwrap().programme, Keymap::load(None).0);
    let now = Clock::Fixed(parse_instant("2019-10-01T12:00:00+09:00").unwrap());
    let pairs = [((200, 60), (80, 24)), ((160, 50), (60, 16)), ((120, 40), (40, 10)), ((40, 10), (100, 30))];
    for (believed, real) in pairs {
        for actions in [
            vec![Action::OpenGrid],
            vec![Action::OpenGrid, Action::ToggleMark],
            vec![],
            vec![Action::OpenAgenda],
            vec![Action::OpenFilters],
        ] {
            let state_at = |size| {
                let mut s = State::new(&d, ZoneChoice::Forum, now, size);
                for a in &actions {
                    update(&mut s, &d, *a);
                }
                s
            };
            let drawn = buffer_text(&render_on(&state_at(believed), &d, real));
            let expected = buffer_text(&render(&state_at(real), &d));
            assert_eq!(drawn, expected, "state at {believed:?}, terminal {real:?}, {actions:?}");
        }
    }
}

#[test]
fn notices_screen() {
    use crate::diagnostic::{Location, Problem};
    use crate::tui::notice_log::{Level, NoticeLog};
    let d = data();
    let at = |line| Location { path: "forum.toml".into(), line: Some(line), column: Some(5) };
    for size in SIZES {
        let mut s =
            State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant("2021-10-07T14:00:00+09:00").unwrap()), size);
        s.notices = NoticeLog::of_file(vec![
            Problem::warning(at(12), Some("opening"), "unknown key `rooom` (ignored)"),
            Problem::error(at(40), None, "end 09:00 is before start 10:00"),
        ]);
        s.report(Level::Warning, "Key bindings: keys.toml: [browse] unknown key `hyper-x`".into());
        update(&mut s, &d, Action::OpenNotices);
        let text = buffer_text(&render(&s, &d));
        assert!(text.contains("1 error · 2 warnings — press ! to read"), "{text}");
        insta::assert_snapshot!(format!("notices_{}x{}", size.0, size.1), text);
    }
}
