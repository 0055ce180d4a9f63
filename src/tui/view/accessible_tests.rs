//! Accessible mode as a screen reader hears it: no label said twice, statuses and markers in
//! words, one pane a line in the filter panel, as many day tabs as fit, the room of a grid block
//! named in words.

use ratatui::layout::Rect;

use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::layout::{self, Areas};
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, run};
use crate::wording::language::{Clock, Language, speaking};

/// The sample open in accessible mode at `size`, after `actions`.
fn accessible(d: &Data, size: (u16, u16), actions: &[Action]) -> State {
    let mut s = ts::opened(d, size);
    s.accessible = true;
    run(&mut s, d, actions);
    s
}

/// The overlapping pair (Housing, Climate) marked, the second attended.
const MARK_THE_PAIR: [Action; 4] = [Action::Down, Action::ToggleMark, Action::Down, Action::ToggleMark];

#[test]
fn the_agenda_count_the_status_and_an_overlap_are_each_said_once() {
    let d = ts::sample();
    let mut s = accessible(&d, (120, 40), &MARK_THE_PAIR);
    run(&mut s, &d, &[Action::OpenAgenda, Action::Down, Action::CycleStatus]);
    let text = ts::render(&s, &d).text();
    assert!(text.contains(" · 2 in my agenda") && !text.contains("in agenda: "), "{text}");
    assert!(
        text.contains(" planned  10:30–12:00  Housing") && text.contains(" attended 11:00–12:30  Climate"),
        "{text}"
    );
    assert!(!text.contains("[ ]") && !text.contains("[x]"), "no status boxes: {text}");
    assert!(text.contains("       overlaps: Climate Justice") && !text.contains("clash: overlaps"), "{text}");
    // The session view says the status in words of the language spoken, once.
    run(&mut s, &d, &[Action::Back, Action::Open]);
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        let text = ts::render(&s, &d).text();
        assert!(text.contains("내 일정 · 참석") && !text.contains("내 일정: 내 일정"), "{text}");
        assert!(!text.contains("attended"), "{text}");
        assert!(text.contains(" · 내 일정 2") && !text.contains("내 일정: 내 일정 2"), "{text}");
    });
}

#[test]
fn the_help_lists_the_words_said_for_the_markers_not_the_symbols() {
    let d = ts::sample();
    let s = accessible(&d, (120, 40), &[Action::Help, Action::Last]);
    let text = ts::render(&s, &d).text();
    assert!(text.contains("Markers (said in words): on now · in agenda · hidden"), "{text}");
    assert!(text.contains("planned · attended · skipped"), "{text}");
    for symbol in ["▶", "★", "⊘", "◌", "[x]"] {
        assert!(!text.contains(symbol), "{symbol} in {text}");
    }
}

#[test]
fn the_filter_panel_says_the_groups_on_a_line_of_their_own() {
    let d = ts::bundled(2019);
    let s = accessible(&d, (80, 24), &[Action::OpenFilters, Action::NextFacet]);
    let screen = ts::render(&s, &d);
    let (_, groups, options) = layout::filter_panel(Rect::new(0, 0, 80, 24), true);
    let line = screen.row(groups.y);
    assert!(line.contains(" Themes  [Organizers]  Kinds "), "the current group in brackets: {line}");
    for y in options.y..options.bottom() {
        let row = screen.row(y);
        let facets = crate::filter::Facet::ALL.map(|f| f.label());
        assert!(!facets.iter().any(|f| row.contains(&format!("│  {f}"))), "a group beside an option: {row}");
    }
    assert!(screen.row(options.y).contains("[ ]"), "the options under the groups: {}", screen.text());
    // A click on a group's name picks it.
    let mut s = s;
    let x = groups.x + layout::facet_strip(&s)[2].0 + 1;
    let click = layout::click(&s, Rect::new(0, 0, 80, 24), x, groups.y);
    run(&mut s, &d, &[click]);
    assert_eq!(s.filters.facet, 2, "Kinds");
}

#[test]
fn the_day_tabs_show_as_many_days_as_fit_at_80_columns() {
    // 2019 in Korean: five tabs, all of which fit in 80 columns.
    let d = ts::bundled(2019);
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        let s = accessible(&d, (80, 24), &[]);
        let tabs = Areas::new(Rect::new(0, 0, 80, 24), s.mode).tabs;
        let row = ts::render(&s, &d).row(tabs.y);
        let strip = layout::tab_strip(&s, tabs.width);
        assert_eq!(strip.shown.len(), 5, "{row}");
        assert!(row.contains("날짜 미공개 (7)") && !row.contains("더 있음"), "{row}");
    });
}

#[test]
fn a_grid_block_names_its_room_in_words() {
    let d = ts::sample();
    let s = accessible(&d, (120, 40), &[Action::OpenGrid]);
    let screen = ts::render(&s, &d);
    let climate = screen.find("Climate Justice in Cities");
    assert_eq!(screen.column_in(climate.y + 2, "Room 201"), Some(climate.x), "after its times: {}", screen.text());
}

#[test]
fn a_grid_block_without_a_room_says_so_and_a_long_room_keeps_its_end() {
    // 2019's Tuesday at 200x50: "Social Economy" has no room, "Migrants" is in Kimdaejung
    // Convention Center Rooms 209~210.
    let d = ts::bundled(2019);
    let s = accessible(&d, (200, 50), &[Action::GoDay(2), Action::OpenGrid]);
    let screen = ts::render(&s, &d);
    let social = screen.find("Social Economy");
    let under = screen.row(social.y + 2);
    assert!(under.contains("(no room)") && !under.contains("thematic"), "{}", screen.text());
    let migrants = screen.find("Migrants");
    let room: String = under.chars().skip(usize::from(migrants.x)).take_while(|c| *c != '│').collect();
    assert!(room.ends_with("Rooms 209~210;"), "{room:?} in\n{}", screen.text());
}

#[test]
fn a_notice_and_the_grid_s_line_under_it_say_their_markers_once() {
    let mut p = crate::sample::programme();
    let climate = p.sessions.iter_mut().find(|s| s.id.0 == "climate").expect("in the sample");
    climate.room = Some("Hall A".into());
    let d = ts::data(p);
    let mut s = accessible(&d, (120, 40), &[Action::ToggleMark]);
    let text = ts::render(&s, &d).text();
    assert!(
        text.contains(" Added to your agenda (1): Opening Plenary") && !text.contains("in agenda: Added"),
        "{text}"
    );
    // The overlapping Housing (10:30) under the cursor, six 15-minute rows after the opening.
    run(&mut s, &d, &[Action::OpenGrid]);
    run(&mut s, &d, &[Action::Down; 6]);
    let screen = ts::render(&s, &d);
    let text = screen.text();
    let opening = screen.find("in agenda: Opening Plenary");
    assert_eq!(screen.row(opening.y).chars().nth(usize::from(opening.x) - 1), Some('│'), "after the edge: {text}");
    assert!(text.contains("Housing as a Human Right · Hall A · overlaps in this room"), "{text}");
    assert!(!text.contains("clash: overlaps"), "{text}");
}

#[test]
fn a_wide_list_says_the_rooms_whole() {
    // 2019 at 200x50, one pane: the list over the whole width gives the rooms their names whole.
    let d = ts::bundled(2019);
    let s = accessible(&d, (200, 50), &[Action::GoDay(1)]);
    let text = ts::render(&s, &d).text();
    for room in ["Kimdaejung Convention Center Rooms 211", "Kimdaejung Convention Center Rooms 212+213"] {
        assert!(text.contains(room), "{room} in\n{text}");
    }
}
