use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::tui::action::Action;
use crate::tui::app::Stores;
use crate::tui::mode::Mode;
use crate::tui::replace;
use crate::tui::test_screen::{self, opened, run, selected_id};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn on_the_web(copy_from: &str) -> Freshness {
    Freshness {
        address: Some("https://example.org/schedule.xml".into()),
        copy_from: Some(at(copy_from)),
        ..Freshness::default()
    }
}

#[test]
fn a_copy_older_than_the_interval_is_due_once_and_a_file_never() {
    let now = at("2026-11-30T12:00:00Z");
    let mut fresh = on_the_web("2026-11-30T11:30:00Z");
    assert!(!fresh.due(60, now), "30 minutes old, interval 60");
    assert!(fresh.due(30, now), "30 minutes old, interval 30");
    assert!(!fresh.due(0, now), "0: only when asked");
    fresh.checked = Some(at("2026-11-30T11:59:00Z"));
    assert!(!fresh.due(30, now), "the server was asked a minute ago");
    fresh.busy = Some(Busy::Refreshing);
    assert!(!fresh.due(1, now + Duration::hours(5)), "never twice at once");
    let file = Freshness::default();
    assert!(!file.due(1, now), "a file is not refreshed");
    assert_eq!(file.words(now), None, "nothing is said of a file");
}

#[test]
fn the_header_says_refreshing_updated_copy_and_offline() {
    let now = at("2026-11-30T12:00:00Z");
    let mut fresh = on_the_web("2026-11-27T11:00:00Z");
    assert_eq!(fresh.words(now).as_deref(), Some("copy from 3 days ago"));
    fresh.busy = Some(Busy::Refreshing);
    assert_eq!(fresh.words(now).as_deref(), Some("refreshing…"));
    fresh.busy = None;
    fresh.failed = Some("the host name was not found".into());
    assert_eq!(fresh.words(now).as_deref(), Some("offline: copy from 3 days ago"));
    fresh.failed = None;
    fresh.checked = Some(at("2026-11-30T11:58:00Z"));
    assert_eq!(fresh.words(now).as_deref(), Some("updated 2 min ago"));
    fresh.checked = Some(at("2026-11-30T09:00:00Z"));
    assert_eq!(fresh.words(now).as_deref(), Some("updated 3 hours ago"));
    fresh.checked = Some(now);
    assert_eq!(fresh.words(now).as_deref(), Some("updated just now"));
}

/// The small programme with `change` made to it, prepared as a refresh would.
fn newer(change: impl FnOnce(&mut crate::model::Programme)) -> Prepared {
    let mut programme = crate::sample::programme();
    change(&mut programme);
    Prepared { data: test_screen::data(programme), warnings: Vec::new(), look: None }
}

#[test]
fn a_newer_version_keeps_the_day_the_filter_the_search_and_the_selected_session() {
    let mut data = Arc::new(test_screen::sample());
    let mut state = opened(&data, (100, 30));
    run(&mut state, &data, &[Action::NextDay, Action::Down]);
    let (tab, chosen) = (state.tab, selected_id(&state, &data).to_owned());
    run(&mut state, &data, &[Action::Open]);
    assert_eq!(state.mode, Mode::Detail);
    // The new version adds a session before the chosen one and moves the chosen one: its index
    // and its row change, it is still the one selected.
    let prepared = newer(|p| {
        let mut first = p.sessions[0].clone();
        first.id = crate::model::SessionId("added".into());
        first.title = "An added session".into();
        p.sessions.insert(0, first);
        let s = p.sessions.iter_mut().find(|s| s.id.as_str() == chosen).unwrap();
        s.start = chrono::NaiveTime::from_hms_opt(8, 0, 0);
    });
    replace::newer_version(&mut state, &mut data, prepared);
    assert_eq!(data.programme.sessions[0].title, "An added session", "the newer version is shown");
    assert_eq!((state.tab, selected_id(&state, &data)), (tab, chosen.as_str()));
    assert_eq!(state.mode, Mode::Detail, "the session's detail stays open");
}

#[test]
fn a_newer_version_without_the_open_session_closes_its_detail() {
    let mut data = Arc::new(test_screen::sample());
    let mut state = opened(&data, (100, 30));
    run(&mut state, &data, &[Action::Open]);
    let gone = selected_id(&state, &data).to_owned();
    replace::newer_version(&mut state, &mut data, newer(|p| p.sessions.retain(|s| s.id.as_str() != gone)));
    assert_eq!(state.mode, Mode::Browse);
    assert_ne!(selected_id(&state, &data), gone);
}

#[test]
fn another_programme_brings_its_own_agenda_and_keeps_only_the_notices_about_the_settings() {
    let home = tempfile::tempdir().unwrap();
    let store = crate::store::Store::new(home.path().join("agenda.toml"));
    let mut data = Arc::new(test_screen::sample());
    let mut state = opened(&data, (100, 30));
    run(&mut state, &data, &[Action::ToggleMark]);
    let marked = selected_id(&state, &data).to_owned();
    crate::tui::app::save_agenda(&mut state, &data, Some(&store));
    use crate::tui::notice_log::{Level, Topic};
    state.report_on(Level::Warning, "kept across".into(), Topic::Setup);
    state.report(Level::Warning, "Cancelled, in your agenda: the sample's".into());
    state.report_on(Level::Warning, "the connection was refused".into(), Topic::FailedRefresh);
    let other = test_screen::bundled(2021);
    let stores = Stores { agenda: Some(&store), hidden: None, seen: None, moves: None };
    replace::other_programme(&mut state, &mut data, Prepared { data: other, warnings: Vec::new(), look: None }, stores);
    assert_eq!(data.programme.edition, Some(2021));
    assert!(state.agenda.is_empty(), "2021 has no marks of its own");
    assert_eq!(state.notices.newest_app_notice(), Some("kept across"));
    assert_eq!(state.notices.problems_summary(), "1 warning", "the sample's notices are not counted for 2021");
    let back = test_screen::sample();
    replace::other_programme(&mut state, &mut data, Prepared { data: back, warnings: Vec::new(), look: None }, stores);
    assert!(state.agenda.is_marked(&marked), "the sample's agenda is read back");
}
