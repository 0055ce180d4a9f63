use std::fs;

use super::*;
use crate::model::SessionId;
use crate::moves::Slot;

fn a_move(id: &str, title: &str) -> Move {
    let slot = |start: &str, room: &str| Slot {
        date: "2019-10-01".parse().unwrap(),
        start: chrono::NaiveTime::parse_from_str(start, "%H:%M").unwrap(),
        end: None,
        end_date: None,
        room: Some(room.into()),
    };
    Move {
        session: SessionId(id.into()),
        title: title.into(),
        from: slot("13:00", "Room 209"),
        to: slot("15:30", "Room \"307\"\n"),
    }
}

#[test]
fn moves_survive_a_save_and_keep_other_programmes() {
    let dir = tempfile::tempdir().unwrap();
    let store = MovesStore::new(dir.path().join("moves.toml"));
    assert_eq!(store.load("a"), (Vec::new(), None), "no file: no moves");
    let a = vec![a_move("migrants", "Migrants"), a_move("x", "이주민 \u{1b}[31m")];
    let b = vec![a_move("y", "Housing")];
    store.save("a", &a).unwrap();
    store.save("b", &b).unwrap();
    assert_eq!(store.load("a").0, a);
    assert_eq!(store.load("b").0, b);
    store.save("b", &[]).unwrap();
    assert_eq!(store.load("a").0, a, "clearing b leaves a alone");
    let text = fs::read_to_string(store.path()).unwrap();
    assert!(!text.contains("\"b\"") && text.starts_with("# whrcf: what-if moves"), "{text}");
    assert!(!dir.path().read_dir().unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("tmp")));
}

#[test]
fn a_corrupt_file_is_set_aside_and_reported_and_the_next_save_starts_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("moves.toml");
    fs::write(&path, "version = 1\n[[programmes.a]]\nsession = 3\n").unwrap();
    let store = MovesStore::new(&path);
    let (moves, notice) = store.load("a");
    assert!(moves.is_empty());
    assert!(matches!(notice, Some(Notice::SetAside { .. })), "{notice:?}");
    assert!(!path.exists(), "moved aside");
    let aside = dir
        .path()
        .read_dir()
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("moves.toml.corrupt-"))
        .count();
    assert_eq!(aside, 1);
    store.save("a", &[a_move("m", "Migrants")]).unwrap();
    assert_eq!(store.load("a").0.len(), 1);
}
