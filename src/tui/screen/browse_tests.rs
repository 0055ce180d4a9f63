//! The browse list's columns: the room is shown at 80 columns, a long room name keeps its end, a
//! programme where one kind is on nearly every session (FOSDEM) shows the track instead, and a
//! search's results are sized to what they show.

use crate::sample;
use crate::tui::action::Action;
use crate::tui::test_screen::{self as ts, Screen};

fn drawn(programme: crate::model::Programme, size: (u16, u16)) -> Screen {
    let d = ts::data(programme);
    let s = ts::opened(&d, size);
    ts::render(&s, &d)
}

#[test]
fn the_room_is_shown_at_80_columns() {
    let s = drawn(sample::programme(), (80, 24));
    assert!(s.row(s.row_of("Opening Plenary")).contains("Hall A"), "{s:?}");
    assert!(s.row(s.row_of("Climate Justice in Cities")).contains("Room 201"), "{s:?}");
}

#[test]
fn a_long_room_name_keeps_its_distinguishing_end() {
    let mut p = sample::programme();
    p.sessions[0].room = Some("Kimdaejung Convention Center Rooms 209~210".into());
    for size in [(80, 24), (120, 40)] {
        let s = drawn(p.clone(), size);
        let row = s.row(s.row_of("Opening Plenary"));
        assert!(row.contains("…Rooms 209~210"), "{size:?}: {row}");
        assert!(!row.contains("Kimdaejung"), "the venue's name gives way: {row}");
    }
}

#[test]
fn a_kind_most_sessions_share_gives_way_to_the_track() {
    let mut p = sample::programme();
    p.sessions.iter_mut().for_each(|s| {
        s.kind = Some("devroom".into());
        s.themes = vec!["cities".into()];
    });
    let s = drawn(p, (80, 24));
    let housing = s.row(s.row_of("Housing as a Human Right"));
    assert!(!housing.contains("devroom"), "{s:?}");
    assert!(housing.contains("Human Rig") && housing.contains("Hall A"), "the track and the room: {housing}");
}

#[test]
fn a_typo_typed_key_by_key_finds_what_it_means() {
    // "dd" matches nothing that "ddiplomacy" does: the search must not stay within its matches.
    let d = ts::bundled(2021);
    let mut s = ts::opened(&d, (80, 24));
    ts::run(&mut s, &d, &std::iter::once(Action::StartSearch).chain(ts::typed("ddiplomacy")).collect::<Vec<_>>());
    let screen = ts::render(&s, &d);
    assert!(screen.text().contains("Human Rights Cities and Public Diplomacy"), "{screen:?}");
}

#[test]
fn a_wide_terminal_shows_a_long_kind_whole() {
    let mut p = sample::programme();
    p.sessions[0].kind = Some("talk 45 minutes + 10 min Q&A".into());
    let s = drawn(p, (200, 50));
    let row = s.row(s.row_of("Opening Plenary"));
    assert!(row.contains("talk 45 minutes + 10 mi"), "the kind grows: {row}");
}

#[test]
fn a_kind_column_empty_on_every_session_gives_its_width_to_the_title() {
    let mut p = sample::programme();
    p.sessions.iter_mut().for_each(|s| s.kind = None);
    p.sessions[0].title = "OpenCelium - Der generische OpenSource API-Hub".into();
    let s = drawn(p, (80, 24));
    let row = s.row(s.row_of("OpenCelium"));
    assert!(row.contains("OpenCelium - Der generische OpenSource API-Hub"), "the title whole: {row}");
}

#[test]
fn accessible_mode_shows_the_list_or_the_detail_over_the_whole_body_never_side_by_side() {
    use crate::tui::layout::Areas;
    let d = ts::sample();
    let mut s = ts::opened(&d, (120, 40));
    let screen = ratatui::layout::Rect::new(0, 0, 120, 40);
    assert!(Areas::of(screen, s.mode, &s).detail.width < 120, "side by side normally");
    s.accessible = true;
    let a = Areas::of(screen, s.mode, &s);
    assert_eq!((a.list.width, a.detail.height), (120, 0), "the list alone");
    let text = ts::render(&s, &d).text();
    assert!(text.contains("Housing") && text.contains("Climate"), "{text}");
    ts::run(&mut s, &d, &[Action::ToggleFocus]);
    let a = Areas::of(screen, s.mode, &s);
    assert_eq!((a.detail.width, a.list.height), (120, 0), "the detail alone");
    assert_eq!(
        crate::tui::layout::click(&s, screen, 5, a.detail.y + 2),
        Action::Click(crate::tui::action::Hit::Detail)
    );
}

/// The bundled `edition` at `size` with `query` typed in the search (of every day).
fn searched(edition: i32, size: (u16, u16), query: &str) -> Screen {
    let d = ts::bundled(edition);
    let mut s = ts::opened(&d, size);
    ts::run(&mut s, &d, &std::iter::once(Action::StartSearch).chain(ts::typed(query)).collect::<Vec<_>>());
    assert!(s.searching_all_days());
    ts::render(&s, &d)
}

#[test]
fn a_search_of_every_day_says_two_digit_days_whole_in_korean() {
    use crate::wording::language::{Clock, Language, speaking};
    // 2019's "Human Rights Dark Tour" is on Monday 30 September.
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        for size in [(80, 24), (200, 50)] {
            let screen = searched(2019, size, "dark");
            let row = screen.row(screen.row_of("Human Rights Dark Tour"));
            assert!(row.contains("30일(월) "), "{size:?}: {row}");
        }
    });
}

#[test]
fn search_results_give_the_title_the_room_their_other_columns_do_not_need() {
    // 2021 at 100 columns: the ombudsman workshop's title whole, beside its times.
    let screen = searched(2021, (100, 30), "ombudsman");
    let row = screen.row(screen.row_of("Local Governments Ombudsman"));
    assert!(row.contains("Local Governments Ombudsman Workshop"), "{row}");
}

#[test]
fn a_search_emptied_again_titles_the_list_with_the_day_not_stale_matches() {
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (80, 24));
    let day = s.browse.rows.len();
    ts::run(&mut s, &d, &[Action::StartSearch]);
    ts::run(&mut s, &d, &ts::typed("local").collect::<Vec<_>>());
    ts::run(&mut s, &d, &[Action::SearchScope, Action::SearchScope, Action::SearchScope]);
    let title = |s: &crate::tui::state::State| ts::render(s, &d).text().lines().nth(3).unwrap_or_default().to_owned();
    assert!(title(&s).contains("matches this day"), "searching this day: {}", ts::render(&s, &d).text());
    ts::run(&mut s, &d, &[Action::DeleteChar; 5]);
    assert!(s.query.is_empty() && s.browse.rows.len() == day, "the day's sessions again");
    let title = title(&s);
    assert!(!title.contains("match") && title.contains(&format!("{} sessions", s.browse.rows.len())), "{title}");
}
