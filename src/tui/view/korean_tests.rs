//! The app in Korean at 80x24: the main screen, a session, the help, the agenda, the timeline
//! and the filters drawn on a test terminal with every word from the Korean catalogue. Hangul is
//! two columns wide, so each is a snapshot and checks that what must stay on screen does.

use super::tests::screen;
use crate::tui::action::Action;
use crate::tui::test_screen::Screen;
use crate::wording::language::{Clock, Language, speaking};

/// The small programme in Korean on an 80x24 terminal after `actions`.
fn korean(actions: &[Action]) -> Screen {
    speaking(Language::Korean, Clock::TwentyFourHour, || screen((80, 24), actions))
}

/// The last row: the footer.
fn footer(s: &Screen) -> String {
    s.row(23)
}

#[test]
fn main_screen_in_korean() {
    let s = korean(&[]);
    let text = s.text();
    assert!(s.row(1).contains("프로그램 시간: KST (Asia/Seoul)"), "the zone in the header: {text}");
    assert!(text.contains("6일(월) (3)"), "a day tab: {text}");
    assert!(footer(&s).contains("? 도움말") && footer(&s).contains("q 종료"), "help and quit stay: {text}");
    assert!(!text.contains("search") && !text.contains("help"), "no English word left: {text}");
    insta::assert_snapshot!("korean_main_80x24", text);
}

#[test]
fn detail_in_korean() {
    let text = korean(&[Action::Down, Action::Down, Action::Open]).text();
    assert!(text.contains("날짜") && text.contains("2030년 5월 6일 월요일"), "{text}");
    assert!(text.contains("장소") && text.contains("11:00–12:30 KST"), "{text}");
    insta::assert_snapshot!("korean_detail_80x24", text);
}

#[test]
fn the_detail_s_values_in_korean_start_in_one_column() {
    let s = korean(&[Action::Down, Action::Down, Action::Open]);
    let date = s.find("2030년 5월 6일 월요일");
    let time = s.find("11:00–12:30 KST");
    let label = s.find("날짜");
    assert_eq!(date.x, time.x, "{s:?}");
    assert_eq!(date.x - label.x, 11, "the value after the label's 11 columns: {s:?}");
}

#[test]
fn help_in_korean() {
    let text = korean(&[Action::Help]).text();
    assert!(text.contains("도움말 · 키 (keys.toml에서 변경)") && text.contains("퍼지 검색"), "{text}");
    insta::assert_snapshot!("korean_help_80x24", text);
}

#[test]
fn agenda_in_korean() {
    let marks = [Action::Down, Action::ToggleMark, Action::Down, Action::ToggleMark, Action::OpenAgenda];
    let s = korean(&marks);
    let text = s.text();
    assert!(text.contains("내 일정 · 2개 표시") && text.contains("★ 내 일정 2"), "{text}");
    insta::assert_snapshot!("korean_agenda_80x24", text);
}

#[test]
fn timeline_and_filters_in_korean() {
    let grid = korean(&[Action::OpenGrid]).text();
    assert!(grid.contains("타임라인 2030. 5. 6. (월) · 장소 2곳"), "{grid}");
    insta::assert_snapshot!("korean_grid_80x24", grid);
    let filters = korean(&[Action::OpenFilters]).text();
    assert!(filters.contains("필터"), "{filters}");
    insta::assert_snapshot!("korean_filters_80x24", filters);
}

#[test]
fn clashes_and_people_in_korean() {
    let clashes = korean(&[Action::OpenClashes]);
    let text = clashes.text();
    assert!(clashes.row(3).starts_with("┌ 충돌 목록 · 충돌"), "the title names the panel once: {text}");
    assert!(!text.contains(" room ") && !text.contains("person"), "the kinds in Korean: {text}");
    let people = korean(&[Action::OpenPeople]);
    let text = people.text();
    assert!(people.row(3).starts_with("┌ 사람 6명 · SAMPLE 2030"), "{text}");
    assert!(footer(&people).starts_with(" 찾기: "), "the query's prompt: {text}");
}

#[test]
fn a_12_hour_clock_writes_the_header_s_time_in_korean_form() {
    let s = speaking(Language::Korean, Clock::TwelveHour, || screen((80, 24), &[]));
    assert!(s.row(0).ends_with("5월 6일 (월) 오전 10:15 KST"), "{s:?}");
    assert!(s.text().contains("오전 9:00–10:00 "), "and the list's rows: {s:?}");
}

#[test]
fn every_message_the_main_screens_show_in_korean_is_found_not_the_english_fallback() {
    // Each screen's footer: every hint a key is shown for is worded in Korean.
    for action in [Action::OpenGrid, Action::OpenAgenda, Action::OpenPeople, Action::OpenNotices, Action::Help] {
        let s = korean(&[action]);
        let words: Vec<String> = footer(&s).split_whitespace().map(str::to_owned).collect();
        let english = words.iter().filter(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_lowercase())).count();
        assert_eq!(english, 0, "{action:?}: {}", footer(&s));
    }
}

#[test]
fn undated_tabs_formats_help_sections_and_the_grid_s_columns_are_korean() {
    use crate::tui::test_screen as ts;
    let d = ts::bundled(2025);
    let mut s = ts::opened(&d, (80, 24));
    let tabs = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).text());
    assert!(tabs.contains("날짜 미공개 (9)") && !tabs.contains("Undated"), "{tabs}");
    ts::run(&mut s, &d, &[Action::StartSearch]);
    ts::run(&mut s, &d, &ts::typed("국제인권연수").collect::<Vec<_>>());
    let search = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).text());
    assert!(search.contains("│  미공개   시간 미공개") && !search.contains("undated"), "{search}");
    let detail = korean(&[Action::Down, Action::Down, Action::Open]).text();
    assert!(detail.contains("형식       현장") && !detail.contains("on-site"), "{detail}");
    let help = korean(&[Action::Help]).text();
    assert!(help.contains("│목록") && !help.contains("│browse"), "{help}");
}

#[test]
fn the_agenda_s_titles_line_up_after_a_korean_no_time_and_a_status_is_a_korean_word() {
    use crate::tui::test_screen as ts;
    let mut p = crate::sample::programme();
    p.sessions.push(crate::sample::session("untimed", "Untimed Talk", 1, None, "Hall A", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    let now = chrono::Utc::now();
    for id in ["opening", "untimed"] {
        s.agenda.add(d.programme.session(id).unwrap(), now);
    }
    ts::run(&mut s, &d, &[Action::OpenAgenda]);
    let agenda = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d));
    let timed = agenda.find(crate::sample::OPENING_TITLE);
    let untimed = agenda.find("Untimed Talk");
    assert_eq!(timed.x, untimed.x, "{agenda:?}");
    ts::run(&mut s, &d, &[Action::Back, Action::Open]);
    let detail = speaking(Language::Korean, Clock::TwentyFourHour, || ts::render(&s, &d).text());
    assert!(detail.contains("내 일정 · 예정") && !detail.contains("planned"), "{detail}");
}
