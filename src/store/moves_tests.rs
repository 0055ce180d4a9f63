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

#[test]
fn two_files_of_the_same_name_in_two_folders_keep_their_own_moves() {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["a", "b"] {
        fs::create_dir(dir.path().join(folder)).unwrap();
        fs::write(dir.path().join(folder).join("prog.csv"), "title\n").unwrap();
    }
    let (a, b) = (Source::File(dir.path().join("a/prog.csv")), Source::File(dir.path().join("b/prog.csv")));
    let (key_a, key_b) = (key("prog", &a), key("prog", &b));
    assert_ne!(key_a, key_b, "same id from the same file name, different files");
    let again = Source::File(dir.path().join("b/../a/prog.csv"));
    assert_eq!(key("prog", &again), key_a, "the same file however it is named");
    let store = MovesStore::new(dir.path().join("moves.toml"));
    store.save(&key_a, &[a_move("migrants", "Migrants")]).unwrap();
    assert_eq!(store.load(&key_b).0, Vec::new(), "b does not see a's move");
    store.save(&key_b, &[]).unwrap();
    assert_eq!(store.load(&key_a).0.len(), 1, "clearing b's moves leaves a's");
    assert_eq!(key("whrcf-2019", &Source::Bundled(2019)), "whrcf-2019", "a bundled edition keeps its id as key");
}
