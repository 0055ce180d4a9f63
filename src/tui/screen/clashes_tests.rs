//! `update()` tests of the clash screen, on the small programme with a room booked twice.

use ratatui::layout::Rect;

use crate::sample;
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::mode::Mode;
use crate::tui::test_screen::{self as ts, selected_id};
use crate::tui::update::update;

#[test]
fn clash_panel_lists_and_jumps() {
    // A rehearsal in Hall A during the closing: a second clash after the pair's.
    let mut p = sample::programme();
    p.sessions.push(sample::session("rehearsal", "Rehearsal", 3, Some(((16, 30), (17, 30))), "Hall A", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenClashes);
    assert_eq!(s.mode, Mode::Clashes);
    assert_eq!(s.notice, None, "the title counts them; the footer keeps its key hints");
    assert!(ts::render(&s, &d).text().contains("Clashes · 2 clashes found"));
    update(&mut s, &d, Action::Down);
    update(&mut s, &d, Action::Down);
    assert_eq!(s.clashes.cursor, 1, "the cursor stays on the last clash");
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Browse);
    assert_eq!((s.tab, selected_id(&s, &d)), (2, "closing"), "the room clash's first session");
    update(&mut s, &d, Action::OpenClashes);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn a_session_without_an_end_is_listed_apart_and_never_counted_as_a_clash() {
    // 2019: one person booked twice, and an opening ceremony with a start but no end.
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenClashes);
    let screen = ts::render(&s, &d);
    assert!(screen.text().contains("Clashes · 1 clash found · 1 session without an end"), "{}", screen.text());
    let (person, no_end) = (screen.row_of("Shams ASADI"), screen.row_of("has a start but no end"));
    assert!(person < no_end, "the clash first, the warning after it");
    assert!(screen.row(no_end).contains("? no end"));
    let d = ts::bundled(2020);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenClashes);
    assert!(ts::render(&s, &d).text().contains("Clashes · no clashes found"));
}

#[test]
fn the_sessions_without_an_end_are_headed_apart_and_the_selected_sentence_is_shown_whole() {
    // 2019 at 80 columns: the person clash's sentence is longer than its row.
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (80, 24));
    update(&mut s, &d, Action::OpenClashes);
    let screen = ts::render(&s, &d);
    let (person, no_end) = (screen.row_of("◉ person"), screen.row_of("? no end"));
    let heading = screen.row_of("Not checked for clashes: 1 session without an end");
    assert!(person < heading && heading < no_end, "{}", screen.text());
    // Below the list, the selected clash's sentence whole, wrapped: its words in order.
    let sentence = crate::wording::programme::clash(&d.programme, &d.clashes()[0]);
    let below: Vec<String> = ((no_end + 1)..24).map(|y| screen.row(y).trim_matches('│').trim().to_owned()).collect();
    let words = |t: &str| t.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    let shown = words(&below.join(" "));
    let whole = words(&sentence);
    assert!(shown.windows(whole.len()).any(|w| w == whole.as_slice()), "{sentence:?} in\n{}", screen.text());
    // A click on the row without an end (under the heading) selects it; on the heading, nothing.
    let list = layout::inside(layout::Areas::last_reported(&s).detail);
    let click = |y: u16| layout::click(&s, Rect::new(0, 0, 80, 24), list.x + 2, y);
    let (on_heading, on_no_end) = (click(heading), click(no_end));
    update(&mut s, &d, on_heading);
    assert_eq!(s.clashes.cursor, 0);
    update(&mut s, &d, on_no_end);
    assert_eq!(s.clashes.cursor, 1);
    assert!(ts::render(&s, &d).text().contains("has a start but no end"));
}

#[test]
fn the_type_column_is_as_wide_as_its_widest_value() {
    // A person and a room clash: the column is `◉ person` wide, its sentence right after it.
    let mut p = sample::programme();
    p.sessions.push(sample::session("rehearsal", "Rehearsal", 3, Some(((16, 30), (17, 30))), "Hall A", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (80, 24));
    update(&mut s, &d, Action::OpenClashes);
    let screen = ts::render(&s, &d);
    let row = screen.row(screen.row_of("◉ person"));
    let after = row.split("◉ person").nth(1).unwrap_or_default();
    assert!(after.starts_with(" ") && !after.starts_with("  "), "{screen:?}");
}

#[test]
fn a_clash_after_midnight_is_on_the_conference_day_it_follows_in_the_zone_shown() {
    // Two night sessions in one room at 00:30 on Tuesday's date, after Monday's programme.
    let mut p = sample::programme();
    p.day_change = chrono::NaiveTime::from_hms_opt(4, 0, 0);
    p.sessions.push(sample::session("night-a", "Night A", 2, Some(((0, 30), (1, 30))), "Cellar", vec![]));
    p.sessions.push(sample::session("night-b", "Night B", 2, Some(((1, 0), (2, 0))), "Cellar", vec![]));
    let d = ts::data(p);
    let mut s = ts::opened(&d, (120, 40));
    update(&mut s, &d, Action::OpenClashes);
    let text = ts::render(&s, &d).text();
    assert!(text.contains("Mon 06 (+1d) 01:00–01:30"), "Monday's, marked: {text}");
    s.zone = crate::time::ZoneChoice::Utc;
    let text = ts::render(&s, &d).text();
    assert!(text.contains("Mon 06 16:00–16:30"), "in the zone shown (UTC: 16:00 on Monday): {text}");
}

#[test]
fn accessible_mode_says_a_missing_end_and_the_kinds_in_words() {
    let d = ts::bundled(2019);
    let mut s = ts::opened(&d, (120, 40));
    s.accessible = true;
    update(&mut s, &d, Action::OpenClashes);
    let text = ts::render(&s, &d).text();
    assert!(!text.contains("–?") && !text.contains("? no end") && !text.contains('◉'), "{text}");
    assert!(text.contains("end not published") && text.contains(" no end "), "{text}");
}
