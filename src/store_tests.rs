//! Store tests: atomic writes, merging with the file on disk, corrupt and unwritable files.

use super::*;
use crate::agenda::Agenda;
use crate::load;
use chrono::TimeZone;

/// The 2021 sessions `ids` marked at 09:`minute` (also used by the tests of `disk`).
pub(super) fn file_with(ids: &[&str], minute: u32) -> AgendaFile {
    let p = load::bundled(2021).unwrap().programme;
    let mut agenda = Agenda::default();
    for id in ids {
        agenda.add(p.session(id).unwrap(), Utc.with_ymd_and_hms(2026, 11, 22, 9, minute, 0).unwrap());
    }
    let mut f = AgendaFile::default();
    f.programmes.insert(p.id.clone(), agenda);
    f
}

#[test]
fn save_then_load_round_trips_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("sub/agenda.toml"));
    assert!(store.load().file.programmes.is_empty(), "a missing file is an empty agenda");
    let local = file_with(&["2021-refugees", "2021-peace"], 0);
    let (merged, notice) = store.save(&local).unwrap();
    assert!(notice.is_none());
    assert_eq!(merged, local);
    assert_eq!(store.load().file, local);
    let names: Vec<String> = fs::read_dir(dir.path().join("sub"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp-")), "{names:?}");
}

#[test]
fn save_merges_with_what_another_process_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("agenda.toml"));
    store.save(&file_with(&["2021-refugees"], 0)).unwrap();
    let (merged, _) = store.save(&file_with(&["2021-peace"], 1)).unwrap();
    let agenda = &merged.programmes["whrcf-2021"];
    assert!(agenda.is_marked("2021-refugees") && agenda.is_marked("2021-peace"));
    assert_eq!(store.load().file, merged);
}

#[test]
fn a_corrupt_file_is_kept_aside_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.toml");
    fs::write(&path, b"version = 1\n[programmes.x.items.y]\nstatus = \"maybe\"\n").unwrap();
    let store = Store::new(&path);
    let read = store.load();
    let Some(Notice::SetAside { aside, problem }) = read.notice else { panic!("the user is told") };
    assert!(
        aside.to_string_lossy().contains("agenda.toml.corrupt-") && problem.contains("maybe"),
        "{aside:?} {problem}"
    );
    assert!(!path.exists(), "moved aside");
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(fs::read_to_string(&aside[0]).unwrap().contains("maybe"), "its content is kept");
    // Corrupt again, found while saving: kept aside too, and the save goes on.
    fs::write(&path, b"\xff\xfe binary").unwrap();
    let (merged, notice) = store.save(&file_with(&["2021-peace"], 0)).unwrap();
    assert!(matches!(notice, Some(Notice::SetAside { problem, .. }) if problem.contains("not UTF-8")));
    assert!(merged.programmes["whrcf-2021"].is_marked("2021-peace"));
    let aside = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains(".corrupt-"))
        .count();
    assert_eq!(aside, 2);
}

#[test]
fn an_unwritable_place_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, b"").unwrap();
    let store = Store::new(blocker.join("agenda.toml"));
    let err = store.save(&file_with(&["2021-peace"], 0)).unwrap_err().to_string();
    assert!(err.starts_with("cannot save the agenda to"), "{err}");
}

#[test]
fn a_read_only_directory_gives_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o555)).unwrap();
    if fs::write(ro.join("probe"), b"").is_ok() {
        // Running as root: permissions do not apply; the unwritable-path test covers the error path.
        return;
    }
    let err = Store::new(ro.join("agenda.toml")).save(&file_with(&["2021-peace"], 0)).unwrap_err();
    assert!(err.to_string().contains("Permission denied"), "{err}");
}

#[test]
fn render_round_trips_tricky_text() {
    let mut f = file_with(&["2021-refugees", "2021-peace"], 0);
    let agenda = f.programmes.get_mut("whrcf-2021").unwrap();
    agenda.set_note("2021-peace", Some("say \"hi\" \\ then\nnext line\ttab 🌏 \u{7}".into()), Utc::now());
    agenda.remove("2021-refugees", Utc::now());
    let at = Utc::now();
    agenda.items.get_mut("2021-peace").unwrap().exported =
        Some(crate::agenda::Exported { sequence: 3, fingerprint: "00ff\"x".into(), at });
    f.programmes.insert("id with \"quotes\".x".into(), f.programmes["whrcf-2021"].clone());
    let text = render(&f);
    assert_eq!(parse(text.as_bytes()).unwrap(), f, "{text}");
}

#[test]
fn a_file_changed_by_another_process_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("agenda.toml");
    let one = Store::new(&path);
    let two = Store::new(&path);
    one.save(&file_with(&["2021-refugees"], 0)).unwrap();
    two.save(&file_with(&["2021-peace"], 1)).unwrap();
    // `one` has a cached copy of its own write; the file on disk is now another one.
    let (merged, _) = one.save(&file_with(&["2021-sdgs"], 2)).unwrap();
    let a = &merged.programmes["whrcf-2021"];
    assert!(a.is_marked("2021-refugees") && a.is_marked("2021-peace") && a.is_marked("2021-sdgs"));
}

#[test]
fn fuzz_finding_unknown_keys_are_corruption_not_silent_loss() {
    // Found by the agenda_file fuzz target: `itkms` for `items` parsed as an empty agenda.
    let typo = "version = 1\n\n[programmes.\"whrcf-2021\".itkms.\"2021-refugees\"]\nstatus = \"planned\"\n";
    let err = parse(typo.as_bytes()).unwrap_err();
    assert!(err.problem.contains("unknown field `itkms`"), "{err}");
    // A programme with no entries survives a write and a read.
    let mut f = AgendaFile::default();
    f.programmes.insert("whrcf-2021".into(), Agenda::default());
    assert_eq!(parse(render(&f).as_bytes()).unwrap(), f);
}
