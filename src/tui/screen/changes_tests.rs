//! The marks of what changed since the user last looked, the Changes screen, and a cancelled
//! session of the agenda: on the small programme against a later version of it.

use ratatui::layout::Rect;

use crate::diff::Kind;
use crate::model::Programme;
use crate::sample;
use crate::store::seen::SeenStore;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::changes::{self, Mark};
use crate::tui::data::Data;
use crate::tui::layout;
use crate::tui::mode::Mode;
use crate::tui::notice_log::Level;
use crate::tui::state::State;
use crate::tui::test_screen::{self as ts, selected_id};
use crate::tui::update::update;

/// The small programme as published later ([`sample::later`]), with a new session with a Korean
/// title.
fn later() -> Programme {
    sample::later(sample::session("welcome", "환영 리셉션 Welcome", 1, Some(((12, 0), (13, 0))), "Hall A", vec![]))
}

/// The later programme opened on `size` with its changes since the small one attached.
fn opened_later(size: (u16, u16)) -> (Data, State) {
    let d = ts::data(later());
    let mut s = ts::opened(&d, size);
    changes::attach(&mut s, &d, crate::diff::diff(&sample::programme(), &d.programme));
    (d, s)
}

fn index(d: &Data, id: &str) -> usize {
    d.programme.sessions.iter().position(|s| s.id.as_str() == id).unwrap()
}

/// A seen store and the small programme opened on `size` with the film in the agenda, looked at
/// once (so that version is the one seen).
fn film_in_the_agenda_and_seen(size: (u16, u16)) -> (tempfile::TempDir, SeenStore, State) {
    let dir = tempfile::tempdir().unwrap();
    let store = SeenStore::new(dir.path());
    let before = ts::sample();
    let mut s = ts::opened(&before, size);
    let film = index(&before, "film");
    s.agenda.add(&before.programme.sessions[film], s.now);
    changes::look(&mut s, &before, Some(&store));
    (dir, store, s)
}

/// The later version opened at 100x30 with the agenda of `before`, compared with what was seen.
fn the_later_version_looked_at(before: &State, store: &SeenStore) -> (crate::tui::data::Data, State) {
    let d = ts::data(later());
    let mut s = ts::opened(&d, (100, 30));
    s.agenda = before.agenda.clone();
    changes::look(&mut s, &d, Some(store));
    (d, s)
}

#[test]
fn each_changed_session_is_marked_and_the_header_counts_the_changes() {
    let (d, s) = opened_later((80, 24));
    let marks: Vec<(&str, Mark)> =
        d.programme.sessions.iter().enumerate().map(|(i, x)| (x.id.as_str(), s.changes.mark(i))).collect();
    assert_eq!(
        marks,
        [
            ("opening", Mark::None),
            ("housing", Mark::Moved),
            ("climate", Mark::None),
            ("youth", Mark::None),
            ("closing", Mark::Changed),
            ("welcome", Mark::New)
        ]
    );
    let screen = ts::render(&s, &d);
    assert!(screen.row(1).contains("± 4 changes"), "{}", screen.text());
    // The mark column follows the agenda's star; the times after it stay in one column.
    let (housing, welcome) = (screen.row_of("Housing as"), screen.row_of("환영 리셉션"));
    assert!(screen.row(housing).starts_with("│  » 13:00"), "{}", screen.row(housing));
    assert!(screen.row(welcome).starts_with("│  + 12:00"), "{}", screen.row(welcome));
    let time = |y| screen.column_in(y, ":00–");
    assert_eq!(time(welcome), time(screen.row_of(sample::OPENING_TITLE)));
    // The right border is where it is on every other row, after the Korean title.
    assert_eq!(screen.last_column_of(welcome, "│"), screen.last_column_of(housing, "│"));
}

#[test]
fn nothing_changed_keeps_the_list_as_it_was() {
    let d = ts::sample();
    let mut s = ts::opened(&d, (80, 24));
    changes::attach(&mut s, &d, Vec::new());
    let screen = ts::render(&s, &d);
    assert!(screen.row(screen.row_of(sample::OPENING_TITLE)).starts_with("│  09:00"), "{}", screen.text());
    assert!(!screen.row(1).contains('±'));
}

#[test]
fn the_changes_screen_groups_them_and_opens_a_session() {
    let (d, mut s) = opened_later((120, 40));
    update(&mut s, &d, Action::OpenChanges);
    assert_eq!(s.mode, Mode::Changes);
    let screen = ts::render(&s, &d);
    let text = screen.text();
    assert!(text.contains("Changes since you last looked · 4 changes"), "{text}");
    let rows: Vec<u16> = ["New · 1 session", "Moved · 1 session", "Changed · 1 session", "Cancelled · 1 session"]
        .iter()
        .map(|h| screen.row_of(h))
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "new, moved, changed, cancelled: {text}");
    let moved = screen.row(rows[1] + 1);
    assert!(
        moved.contains("Housing as a Human Right")
            && moved.contains("was Mon 2030-05-06 10:30–12:00, now Mon 2030-05-06 13:00–14:30"),
        "{moved}"
    );
    assert!(screen.row(rows[2] + 1).contains("new: PARK Seoyeon (speaker)"), "{text}");
    assert!(screen.row(rows[3] + 1).contains("cancelled: Tue 2030-05-07"), "{text}");
    // Enter on the move opens the session; Esc comes back to the Changes screen.
    update(&mut s, &d, Action::Down);
    assert_eq!(s.changes.list()[s.changes.cursor].kind, Kind::Moved);
    let screen = ts::render(&s, &d);
    assert!(screen.row_of("room was Hall A, now Room 201") > rows[3], "in the pane below: {}", screen.text());
    update(&mut s, &d, Action::Open);
    assert_eq!((s.mode, selected_id(&s, &d)), (Mode::Detail, "housing"));
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Changes);
    // A cancelled session has nothing to open.
    update(&mut s, &d, Action::Last);
    update(&mut s, &d, Action::Open);
    assert_eq!(s.mode, Mode::Changes);
    assert!(s.notice.as_deref().is_some_and(|n| n.starts_with("Cancelled")), "{:?}", s.notice);
    update(&mut s, &d, Action::Back);
    assert_eq!(s.mode, Mode::Browse);
}

#[test]
fn a_click_selects_a_change_and_never_a_heading() {
    let (d, mut s) = opened_later((120, 40));
    update(&mut s, &d, Action::OpenChanges);
    let screen = ts::render(&s, &d);
    let inner = layout::inside(layout::Areas::new(Rect::new(0, 0, 120, 40), Mode::Changes).detail);
    let line = |text: &str| usize::from(screen.row_of(text) - inner.y);
    update(&mut s, &d, Action::Click(Hit::Line(line("Closing Ceremony"))));
    assert_eq!(s.changes.list()[s.changes.cursor].id, "closing");
    update(&mut s, &d, Action::Click(Hit::Line(line("Moved · 1 session"))));
    assert_eq!(s.changes.list()[s.changes.cursor].id, "closing", "a heading is no change");
}

#[test]
fn marking_all_seen_records_this_version_and_clears_the_marks() {
    let dir = tempfile::tempdir().unwrap();
    let store = SeenStore::new(dir.path());
    store.save(&sample::programme()).unwrap();
    let d = ts::data(later());
    let mut s = ts::opened(&d, (80, 24));
    changes::look(&mut s, &d, Some(&store));
    assert_eq!(s.changes.len(), 4);
    update(&mut s, &d, Action::OpenChanges);
    assert_eq!(update(&mut s, &d, Action::MarkAllSeen), Some(Effect::MarkAllSeen));
    changes::mark_all_seen(&mut s, &d, Some(&store));
    assert!(s.changes.is_empty() && !s.changes.any_marked());
    assert_eq!(s.changes.mark(index(&d, "housing")), Mark::None);
    assert!(ts::render(&s, &d).text().contains("Nothing changed since you last marked this programme seen."));
    changes::look(&mut s, &d, Some(&store));
    assert!(s.changes.is_empty(), "the version shown is the one seen now");
}

#[test]
fn a_cancelled_session_of_the_agenda_is_announced_and_shown_cancelled() {
    let (_dir, store, s) = film_in_the_agenda_and_seen((100, 30));
    assert!(s.changes.is_empty() && s.notices.is_empty(), "the first look marks nothing");
    let (d, mut s) = the_later_version_looked_at(&s, &store);
    let notice = s.notice.clone().unwrap_or_default();
    assert!(
        notice.starts_with("Cancelled, in your agenda: Film Screening: Café des droits (was Tue 2030-05-07"),
        "{notice}"
    );
    let logged = s.notices.entries().next().map(|e| (e.level(), e.text()));
    assert_eq!(logged, Some((Level::Warning, notice.clone())), "logged as a warning");
    update(&mut s, &d, Action::OpenAgenda);
    let screen = ts::render(&s, &d);
    let row = screen.row(screen.row_of("Film Screening"));
    assert!(row.contains("cancelled"), "{}", screen.text());
    assert!(screen.text().contains("! was Tue 2030-05-07"), "where it was: {}", screen.text());
}

#[test]
fn the_changes_screen_at_80_and_120_columns() {
    for size in [(80, 24), (120, 40)] {
        let (d, mut s) = opened_later(size);
        update(&mut s, &d, Action::OpenChanges);
        update(&mut s, &d, Action::Down);
        insta::assert_snapshot!(format!("changes_{}x{}", size.0, size.1), ts::render(&s, &d).text());
    }
}

#[test]
fn with_times_shown_in_utc_the_changes_name_the_programme_zone_their_times_are_in() {
    let (_dir, store, s) = film_in_the_agenda_and_seen((120, 40));
    let d = ts::data(later());
    let zone = crate::time::zone_label(d.programme.timezone);
    let agenda = s.agenda.clone();
    let mut s = ts::opened(&d, (120, 40));
    s.agenda = agenda;
    s.zone = crate::time::ZoneChoice::Utc;
    changes::look(&mut s, &d, Some(&store));
    let notice = s.notice.clone().unwrap_or_default();
    assert!(notice.contains(&format!("({zone} time)")), "the cancellation names its zone: {notice}");
    update(&mut s, &d, Action::OpenAgenda);
    assert!(ts::render(&s, &d).text().contains(&format!("{zone} time")), "the agenda's 'was' line names it");
    update(&mut s, &d, Action::OpenChanges);
    assert!(ts::render(&s, &d).text().contains(&format!("{zone} time")), "the Changes screen names it");
}

#[test]
fn a_cancelled_agenda_session_stays_cancelled_with_where_it_was_after_marking_all_seen() {
    let (_dir, store, s) = film_in_the_agenda_and_seen((100, 30));
    let (d, mut s) = the_later_version_looked_at(&s, &store);
    let notice = s.notice.clone().unwrap_or_default();
    assert!(notice.contains("(was Tue 2030-05-07 in Room 201)"), "the notice says where it was: {notice}");
    changes::mark_all_seen(&mut s, &d, Some(&store));
    update(&mut s, &d, Action::OpenAgenda);
    let screen = ts::render(&s, &d);
    let row = screen.row(screen.row_of("Film Screening"));
    assert!(row.contains("cancelled"), "{}", screen.text());
    assert!(screen.text().contains("! was Tue 2030-05-07 in Room 201"), "where it was: {}", screen.text());
}
