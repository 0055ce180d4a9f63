//! The app on the 12-hour clock (`[display] clock = "12h"`) in English and Korean: the list, the
//! agenda, the timeline and the clashes write every time of day as `9:00–10:00 AM` /
//! `오전 9:00–10:00`, a time the display zone moves to another day keeps its mark, and each
//! column of times is as wide as its widest time, so the titles after it start in one column.

use crate::model::Programme;
use crate::sample;
use crate::time::ZoneChoice;
use crate::tui::action::Action;
use crate::tui::test_screen::{self as ts, Screen};
use crate::wording::language::{Clock, Language, speaking};

/// The small programme with an evening session on its first day.
fn with_evening() -> Programme {
    let mut p = sample::programme();
    p.sessions.push(sample::session("late", "Late Session", 1, Some(((21, 0), (22, 30))), "Hall A", Vec::new()));
    p
}

/// The programme on a screen of `size` after `actions`, on the 12-hour clock in `language`,
/// its times in `zone`.
fn twelve(language: Language, p: Programme, zone: ZoneChoice, size: (u16, u16), actions: &[Action]) -> Screen {
    speaking(language, Clock::TwelveHour, || {
        let d = ts::data(p);
        let mut state = ts::opened(&d, size);
        state.zone = zone;
        ts::run(&mut state, &d, actions);
        ts::render(&state, &d)
    })
}

/// The columns `titles` start in, each on the first row that holds `title` and `after` it.
fn columns_of(s: &Screen, titles: &[(&str, &str)]) -> Vec<u16> {
    titles.iter().map(|(title, after)| s.column_in(s.row_of(&format!("{title}{after}")), title).unwrap()).collect()
}

fn one_column(columns: &[u16]) -> bool {
    columns.windows(2).all(|w| w[0] == w[1])
}

const FIRST_DAY: [&str; 4] =
    ["Opening Plenary", "Housing as a Human Right", "Climate Justice in Cities", "Late Session"];

#[test]
fn the_list_writes_12_hour_times_in_a_column_as_wide_as_its_widest() {
    let english = ["│  9:00–10:00 AM ", "│  10:30 AM–12:00 PM ", "│  11:00 AM–12:30 PM ", "│  9:00–10:30 PM "];
    let korean =
        ["│  오전 9:00–10:00 ", "│  오전 10:30–오후 12:00 ", "│  오전 11:00–오후 12:30 ", "│  오후 9:00–10:30 "];
    for (language, times, name) in
        [(Language::English, english, "list_12h_en"), (Language::Korean, korean, "list_12h_ko")]
    {
        let s = twelve(language, with_evening(), ZoneChoice::Forum, (80, 24), &[]);
        let text = s.text();
        for (time, title) in times.iter().zip(FIRST_DAY) {
            assert!(s.row(s.row_of(title)).starts_with(time), "{time}{title}: {text}");
        }
        let titles: Vec<(&str, &str)> = FIRST_DAY.iter().map(|t| (*t, "")).collect();
        assert!(one_column(&columns_of(&s, &titles)), "{text}");
        // The title keeps room at 80 columns: the longest of the day is whole.
        assert!(text.contains("Climate Justice in Cities "), "{text}");
        insta::assert_snapshot!(format!("{name}_80x24"), text);
    }
}

#[test]
fn a_time_on_another_day_keeps_its_mark_on_the_12_hour_clock_in_a_narrow_and_a_wide_list() {
    // 23:00 in Seoul is 02:00 the next day in Auckland (NZST, UTC+12).
    let mut p = sample::programme();
    p.sessions.push(sample::session("late", "Late Session", 1, Some(((23, 0), (23, 45))), "Hall A", Vec::new()));
    let auckland = ZoneChoice::Named(chrono_tz::Pacific::Auckland);
    for (language, size, shown) in [
        (Language::English, (80, 24), "│  2:00 AM(+1d)… "),
        (Language::English, (200, 50), "│  (+1d) 2:00–2:45 AM "),
        (Language::Korean, (80, 24), "│  오전 2:00(+1일)… "),
        (Language::Korean, (200, 50), "│  (+1일) 오전 2:00–2:45 "),
    ] {
        let s = twelve(language, p.clone(), auckland, size, &[]);
        let row = s.row_of("Late Session");
        assert!(s.row(row).starts_with(shown), "{size:?}: {:?}", s.row(row));
        let titles: Vec<(&str, &str)> = FIRST_DAY.iter().map(|t| (*t, "")).collect();
        assert!(one_column(&columns_of(&s, &titles)), "{s:?}");
    }
}

#[test]
fn the_agenda_writes_12_hour_times_and_its_titles_start_in_one_column() {
    let marks =
        [Action::ToggleMark, Action::Down, Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda];
    for (language, name, opening) in
        [(Language::English, "agenda_12h_en", "9:00–10:00 AM"), (Language::Korean, "agenda_12h_ko", "오전 9:00–10:00")]
    {
        let s = twelve(language, sample::programme(), ZoneChoice::Forum, (80, 24), &marks);
        let text = s.text();
        assert!(text.contains(&format!("{opening}  ")), "{text}");
        let entries = [("Opening Plenary", "  Hall A"), ("Housing as", " a Human Right  Hall A")];
        let mut columns = columns_of(&s, &entries);
        columns.extend(columns_of(&s, &[("Climate Justice in Cities", "  Room 201")]));
        assert!(one_column(&columns), "{columns:?}: {text}");
        insta::assert_snapshot!(format!("{name}_80x24"), text);
    }
}

#[test]
fn the_timeline_s_gutter_and_blocks_are_on_the_12_hour_clock() {
    for (language, name, gutter, block) in [
        (Language::English, "grid_12h_en", "│9:00 AM  │Opening Plenary", "│10:30 AM–12:00 PM"),
        (Language::Korean, "grid_12h_ko", "│오전 9:00  │Opening Plenary", "│오전 10:30–오후 12:00"),
    ] {
        let s = twelve(language, sample::programme(), ZoneChoice::Forum, (80, 24), &[Action::OpenGrid]);
        let text = s.text();
        assert!(text.contains(gutter) && text.contains(block), "{text}");
        assert!(!text.contains("09:00") && !text.contains("10:30–12:00"), "no 24-hour time left: {text}");
        insta::assert_snapshot!(format!("{name}_80x24"), text);
    }
}

#[test]
fn the_clashes_are_on_the_12_hour_clock() {
    let s = twelve(Language::English, sample::programme(), ZoneChoice::Forum, (80, 24), &[Action::OpenClashes]);
    let text = s.text();
    assert!(text.contains("Mon 06 11:00 AM–12:00 PM"), "{text}");
    let s = twelve(Language::Korean, sample::programme(), ZoneChoice::Forum, (80, 24), &[Action::OpenClashes]);
    assert!(s.text().contains("6일(월) 오전 11:00–오후 12:00"), "{s:?}");
}

/// The English 12-hour timeline at 80x24 of the sample programme with four more talks at
/// `times`, each in a room of its own (blocks of 17 columns).
fn timeline_of_four_talks(times: ((u32, u32), (u32, u32))) -> String {
    let mut p = sample::programme();
    for room in ["R1", "R2", "R3", "R4"] {
        p.sessions.push(sample::session(room, &format!("Talk in {room}"), 1, Some(times), room, Vec::new()));
    }
    twelve(Language::English, p, ZoneChoice::Forum, (80, 24), &[Action::OpenGrid]).text()
}

#[test]
fn a_timeline_block_too_narrow_for_its_12_hour_range_shows_its_start() {
    // Four rooms at 80 columns: blocks of 17 columns, too few for `11:30 AM–12:30 PM`.
    let text = timeline_of_four_talks(((11, 30), (12, 30)));
    assert!(text.contains("│11:30 AM…") && !text.contains("12:3…"), "{text}");
}

#[test]
fn a_five_minute_block_in_a_narrow_column_says_its_start_with_its_half_of_the_day() {
    // One row high and too narrow for `9:35–9:40 AM` and a few letters of its title: the start
    // alone, which on the English 12-hour clock must still say AM (the range says it once, last).
    let text = timeline_of_four_talks(((9, 35), (9, 40)));
    assert!(text.contains("│9:35 AM Talk in") && !text.contains("│9:35 Talk"), "{text}");
}
