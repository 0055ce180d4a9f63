//! Reminders in the app: the banner at 80x24 (a Korean title cut with `…` in whole columns), one
//! notification per session only when asked for, and a notification text that cannot end its
//! sequence or carry a control.

use super::*;
use crate::sample;
use crate::tui::test_screen as ts;

/// The small programme with a long Korean-titled session at 10:20 on its first day (the app
/// opens at 10:15), marked.
fn due_soon(title: &str) -> (Data, State) {
    let mut p = sample::programme();
    p.sessions.push(sample::session("soon", title, 1, Some(((10, 20), (11, 0))), "Hall B", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    let n = d.programme.sessions.iter().position(|x| x.id.as_str() == "soon").unwrap();
    s.agenda.add(&d.programme.sessions[n], s.now);
    s.reminders.lead_minutes = 10;
    (d, s)
}

#[test]
fn the_banner_shows_the_session_due_with_its_room_cut_to_the_width() {
    let title = "인권도시 포럼: 모두를 위한 도시에서 주거권과 기후정의를 함께 이야기하는 긴 세션의 제목";
    let (d, mut s) = due_soon(title);
    let row = ts::render(&s, &d).row(1);
    assert!(row.starts_with(" in 5 min: 인권도시 포럼: 모두를"), "{row}");
    assert!(row.trim_end().ends_with("… · Hall B"), "the title cut, the room kept whole: {row}");
    assert!(crate::text::width(row.trim_end()) <= 80, "within the line: {row}");
    let (d2, s2) = due_soon("Short talk");
    let row = ts::render(&s2, &d2).row(1);
    assert_eq!(
        row.trim_end(),
        " in 5 min: Short talk · Hall B · ★ 1 in my agenda",
        "the agenda's count stays beside it"
    );
    s.reminders.lead_minutes = 0;
    assert!(!ts::render(&s, &d).row(1).contains("in 5 min"), "lead 0: no banner");
    s.reminders.lead_minutes = 10;
    s.now += chrono::Duration::minutes(5);
    assert!(!ts::render(&s, &d).row(1).contains("min:"), "gone once the session starts");
}

#[test]
fn a_session_is_notified_once_and_only_when_asked_for() {
    let (d, mut s) = due_soon("Short talk");
    assert!(announce(&mut s, &d).is_empty(), "notifications are off");
    let (d, mut s) = due_soon("Short talk");
    s.reminders.notify = true;
    assert_eq!(announce(&mut s, &d), ["in 5 min: Short talk · Hall B"]);
    assert!(announce(&mut s, &d).is_empty(), "once per run");
}

#[test]
fn the_notification_text_is_neutralised_and_capped() {
    let hostile = "Talk\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m\u{202e}; rm\u{1b}\\ ".to_owned() + &"x".repeat(300);
    let osc = notification(&hostile);
    let (start, end) = ("\u{1b}]9;", "\u{1b}\\\u{1b}]777;notify;whrcf;");
    assert!(osc.starts_with(start) && osc.ends_with("\u{1b}\\\u{7}"), "{osc:?}");
    let text = &osc[start.len()..osc.find(end).unwrap()];
    assert!(!text.chars().any(|c| c.is_control() || crate::sanitize::is_unsafe(c) || c == ';'), "{text:?}");
    assert!(text.starts_with("Talk"), "{text:?}");
    assert_eq!(text.chars().count(), 120);
    assert!(text.ends_with('…'));
    assert_eq!(osc.matches('\u{1b}').count(), 4, "only the sequences' own escapes: {osc:?}");
}

#[test]
fn sessions_due_at_once_are_counted_in_the_banner() {
    let (mut d, mut s) = due_soon("Short talk");
    let mut p = d.programme.clone();
    p.sessions.push(sample::session("also", "Also soon", 1, Some(((10, 20), (11, 0))), "Hall C", vec![]));
    d = ts::data(p);
    let n = d.programme.sessions.iter().position(|x| x.id.as_str() == "also").unwrap();
    s.agenda.add(&d.programme.sessions[n], s.now);
    let row = ts::render(&s, &d).row(1);
    assert!(row.contains("(+1 more)"), "{row}");
}
