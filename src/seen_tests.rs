//! The snapshot of what the user saw: it reads back as written, says what `diff` says of two
//! programmes, and the store records a programme the first time and after "mark all seen".

use super::*;
use crate::diff::Kind;
use crate::sample;
use crate::store::Notice;
use crate::store::seen::SeenStore;

/// The sample programme as published later ([`sample::later`]), with a new session.
fn changed() -> Programme {
    sample::later(sample::session("new", "A new session 새 세션", 3, Some(((9, 0), (10, 0))), "Hall A", Vec::new()))
}

#[test]
fn a_snapshot_reads_back_every_fact_it_keeps() {
    let p = sample::programme();
    let read = Snapshot::parse(&render(&p)).unwrap();
    assert_eq!(read.programme, "sample-forum");
    assert_eq!(read.sessions.len(), p.sessions.len());
    let opening = &read.sessions[0];
    assert_eq!((opening.id.as_str(), opening.title.as_str()), ("opening", sample::OPENING_TITLE));
    assert_eq!(
        (opening.date, opening.start, opening.end),
        (p.sessions[0].date, p.sessions[0].start, p.sessions[0].end)
    );
    assert_eq!(opening.place.as_deref(), Some("Hall A"));
    assert_eq!(opening.people[0], ("KIM Minji".to_owned(), Some("moderator".to_owned())));
    let film = read.sessions.iter().find(|s| s.id == "film").unwrap();
    assert_eq!((film.start, film.people.len()), (None, 0), "what is not published stays unpublished");
    assert!(read.changes(&p).is_empty(), "a programme against its own snapshot: nothing changed");
}

#[test]
fn a_snapshot_says_what_diff_says_of_the_two_programmes() {
    let (old, new) = (sample::programme(), changed());
    let said = Snapshot::parse(&render(&old)).unwrap().changes(&new);
    assert_eq!(said, crate::diff::diff(&old, &new));
    let kinds: Vec<(Kind, &str)> = said.iter().map(|c| (c.kind, c.id.as_str())).collect();
    assert_eq!(
        kinds,
        [(Kind::Moved, "housing"), (Kind::Changed, "closing"), (Kind::Added, "new"), (Kind::Removed, "film")]
    );
}

#[test]
fn a_damaged_or_foreign_snapshot_is_refused() {
    assert!(Snapshot::parse(b"{\"version\":1,\"programme\":\"x\",\"sessions\":[{\"i\":\"a\"").is_err());
    let other = String::from_utf8(render(&sample::programme())).unwrap().replace("\"version\":1", "\"version\":9");
    assert!(Snapshot::parse(other.as_bytes()).unwrap_err().contains("version 9"));
}

#[test]
fn the_first_look_records_the_programme_and_marks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = SeenStore::new(dir.path().join("seen"));
    let look = store.look(&sample::programme());
    assert!(look.changes.is_empty() && look.notice.is_none());
    assert!(store.path("sample-forum").is_file(), "the version seen is recorded");
    let look = store.look(&changed());
    assert_eq!(look.changes.len(), 4, "the next look says what changed since the first");
    let again = store.look(&changed());
    assert_eq!(again.changes, look.changes, "looking is not seeing: the marks stay until all are marked seen");
}

#[test]
fn marking_all_seen_records_the_version_shown() {
    let dir = tempfile::tempdir().unwrap();
    let store = SeenStore::new(dir.path().join("seen"));
    store.look(&sample::programme());
    store.save(&changed()).unwrap();
    assert!(store.look(&changed()).changes.is_empty());
    let mut other = sample::programme();
    other.id = "another".into();
    assert!(store.load("another").unwrap().is_none(), "each programme has its own version seen");
    assert!(store.look(&other).changes.is_empty());
}

#[test]
fn a_corrupt_file_is_set_aside_reported_and_started_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = SeenStore::new(dir.path());
    let path = store.path("sample-forum");
    std::fs::write(&path, "not json").unwrap();
    let look = store.look(&changed());
    assert!(look.changes.is_empty());
    assert!(matches!(look.notice, Some(Notice::SetAside { .. })), "{:?}", look.notice);
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"));
    assert_eq!(aside.count(), 1, "the corrupt file is kept beside");
    assert!(store.load("sample-forum").unwrap().is_some(), "this version is recorded in its place");
}
