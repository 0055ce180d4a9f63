//! Times as the app shows them: the header says which zone (forum, local or UTC) and its
//! abbreviation on the programme's days, the list marks a time the display zone moves to another
//! day, and a night session is listed on the conference day it follows.

use crate::filter::Day;
use crate::model::Programme;
use crate::sample;
use crate::time::ZoneChoice;
use crate::tui::action::Action;
use crate::tui::test_screen as ts;

/// The small programme with one more session, `day` and `time` as [`sample::session`] takes them.
fn with_session(day: u32, time: ((u32, u32), (u32, u32))) -> Programme {
    let mut p = sample::programme();
    p.sessions.push(sample::session("late", "Late Session", day, Some(time), "Hall A", Vec::new()));
    p
}

#[test]
fn the_header_names_the_zone_shown_with_its_abbreviation_on_the_programmes_days() {
    // A May programme in Berlin (CEST), opened in January (CET today).
    let mut p = sample::programme();
    p.timezone = chrono_tz::Europe::Berlin;
    let d = ts::data(p);
    let mut state = ts::state_at(&d, "2030-01-15T12:00:00Z", (120, 40));
    let s = ts::render(&state, &d);
    assert!(s.row(1).contains("· forum time: CEST (Europe/Berlin)"), "{:?}", s.row(1));
    state.zone = ZoneChoice::Utc;
    let s = ts::render(&state, &d);
    assert!(s.row(1).ends_with("2030 · UTC"), "{:?}", s.row(1));
    // A zone the file did not state says how it was found.
    let mut p = sample::programme();
    (p.timezone, p.zone_found) = (chrono_tz::Europe::Berlin, Some(crate::time::ZoneFound::Place));
    let d = ts::data(p);
    let s = ts::render(&ts::state_at(&d, "2030-01-15T12:00:00Z", (120, 40)), &d);
    assert!(s.row(1).contains("forum time: CEST (Europe/Berlin), guessed from the file's place"), "{:?}", s.row(1));
}

#[test]
fn a_session_the_display_zone_moves_past_midnight_is_marked_in_the_list() {
    // 23:00 in Seoul is 02:00 the next day in Auckland (NZST, UTC+12).
    let d = ts::data(with_session(1, ((23, 0), (23, 45))));
    for (size, shown) in [((80, 24), "02:00(+1d)…"), ((200, 50), "(+1d) 02:00–02:45")] {
        let mut state = ts::opened(&d, size);
        state.zone = ZoneChoice::Named(chrono_tz::Pacific::Auckland);
        let s = ts::render(&state, &d);
        let row = s.row_of("Late Session");
        assert!(s.row(row).contains(shown), "{size:?}: {:?}", s.row(row));
    }
}

#[test]
fn a_night_session_is_listed_on_the_day_it_follows_without_a_day_of_its_own() {
    // 00:50 on the fourth day, after the third day's programme, with days that change at 04:00.
    let mut p = with_session(4, ((0, 50), (1, 50)));
    p.day_change = chrono::NaiveTime::from_hms_opt(4, 0, 0);
    let d = ts::data(p);
    let mut state = ts::opened(&d, (120, 40));
    assert_eq!(state.tabs.len(), 3, "no stray day tab: {:?}", state.tabs);
    ts::run(&mut state, &d, &[Action::GoDay(3)]);
    assert_eq!(state.day(), Some(Day::Date(chrono::NaiveDate::from_ymd_opt(2030, 5, 8).unwrap())));
    let s = ts::render(&state, &d);
    let row = s.row_of("Late Session");
    assert!(s.row(row).contains("│  00:50(+1d)… Late Session"), "{:?}", s.row(row));
}
