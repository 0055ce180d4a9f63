//! What-if moves end to end: in the real app in a pseudo-terminal, the person clash of Shams
//! ASADI in the bundled 2019 programme ("Migrants" and "Right to Housing", both 13:00–15:30 on
//! 1 October) is resolved by moving "Migrants" a day on, undone and redone, and the clash count
//! under the grid follows; the moves are reapplied on the next open, and `whrcf moves` lists,
//! exports (as text, and as our TOML that `whrcf validate` accepts) and clears them.

#[path = "common/cli.rs"]
mod cli;
mod common;

use std::path::Path;

use common::Pty;
use predicates::prelude::*;

const NOW: &str = "--now=2019-10-01T12:00:00+09:00";

/// The app on 2019, with `home` as its data directory.
fn app(home: &Path) -> Pty {
    let dir = home.to_str().unwrap();
    Pty::spawn_env(&["--edition", "2019", NOW], &[("WHRCF_DATA_DIR", dir)], 100, 30)
}

const MIGRANTS_MOVED: &str = "move 'Migrants' from Kimdaejung Convention Center Rooms 209~210 Tue 2019-10-01 13:00 \
                              to Kimdaejung Convention Center Rooms 209~210 Wed 2019-10-02 13:00\n";

#[test]
fn the_2019_person_clash_is_moved_away_live_undone_redone_kept_and_exported() {
    let home = tempfile::tempdir().unwrap();
    let mut t = app(home.path());
    t.wait_for("Tue 2019-10-01 · 12 sessions");
    t.send("t");
    t.wait_for("Timeline Tue 2019-10-01");
    // The grid opens on the selected session, the day's first: "Migrants".
    t.wait_for("13:00–15:30 Migrants ·");
    t.wait_for(" 1 clash (rooms, people) · rooms");
    t.send("}");
    t.wait_for("Timeline Wed 2019-10-02");
    t.wait_for(" 0 clashes (rooms, people) · 1 move");
    t.wait_for("» Migrants");
    t.send("u");
    t.wait_for("Timeline Tue 2019-10-01");
    t.wait_for(" 1 clash (rooms, people) · rooms");
    t.wait_for("Move undone (Ctrl-r redoes)");
    t.send("\u{12}");
    t.wait_for(" 0 clashes (rooms, people) · 1 move");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();

    let mut again = app(home.path());
    again.wait_for("1 move applied");
    again.send("t");
    again.wait_for(" 0 clashes (rooms, people) · 1 move");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);

    cli::whrcf_at(home.path()).args(["--edition", "2019", "moves"]).assert().success().stdout(MIGRANTS_MOVED);
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves", "export", "--format", "text"])
        .assert()
        .success()
        .stdout(MIGRANTS_MOVED);
    let moved = home.path().join("moved.toml");
    let out = moved.to_str().unwrap();
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves", "export", "--format", "toml", "-o", out])
        .assert()
        .success();
    cli::whrcf_at(home.path()).args(["validate", out]).assert().success();
    cli::whrcf_at(home.path())
        .args(["--programme", out, "clashes", "--only", "room,person"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no clashes found"));
    cli::whrcf_at(home.path())
        .args(["--programme", out, "show", "2019-migrants"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Wednesday 02 October 2019"));
}

/// A file of moves for the 2019 programme: "Migrants" a day on, and a session no programme has.
const MOVES_TOML: &str = r#"version = 1

[[programmes.whrcf-2019]]
session = "2019-migrants"
title = "Migrants"
from = { date = "2019-10-01", start = "13:00:00", end = "15:30:00", room = "Kimdaejung Convention Center Rooms 209~210" }
to = { date = "2019-10-02", start = "13:00:00", end = "15:30:00", room = "Kimdaejung Convention Center Rooms 209~210" }

[[programmes.whrcf-2019]]
session = "2019-gone"
title = "Gone \u001b[31m"
from = { date = "2019-10-01", start = "13:00:00" }
to = { date = "2019-10-01", start = "14:00:00" }
"#;

#[test]
fn moves_of_sessions_gone_are_reported_with_exit_1_and_clear_forgets_them() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("moves.toml"), MOVES_TOML).unwrap();
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves", "list"])
        .assert()
        .code(1)
        .stdout(MIGRANTS_MOVED)
        .stderr(predicate::str::contains("not applied: 'Gone ' (2019-gone) is no longer in the programme"));
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves", "clear"])
        .assert()
        .success()
        .stderr("Cleared 2 moves of WHRCF 2019\n");
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves"])
        .assert()
        .success()
        .stdout("")
        .stderr("No moves for WHRCF 2019\n");
}

#[test]
fn a_corrupt_file_of_moves_is_set_aside_and_reported_with_exit_2() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("moves.toml"), "version = 1\n[[programmes.whrcf-2019]]\nsession = 3\n").unwrap();
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("The file of moves was corrupt: kept as"));
    let aside = std::fs::read_dir(home.path()).unwrap().flatten();
    assert_eq!(aside.filter(|e| e.file_name().to_string_lossy().starts_with("moves.toml.corrupt-")).count(), 1);
}

#[test]
fn two_programme_files_of_the_same_name_in_two_folders_keep_their_own_moves() {
    let home = tempfile::tempdir().unwrap();
    let file = |folder: &str| {
        let dir = home.path().join(folder);
        std::fs::create_dir(&dir).unwrap();
        dir.join("prog.toml")
    };
    let (a, b) = (file("a"), file("b"));
    for f in [&a, &b] {
        let out = f.to_str().unwrap();
        cli::whrcf_at(home.path())
            .args(["--edition", "2019", "moves", "export", "--format", "toml", "-o", out])
            .assert()
            .success();
        assert!(f.exists(), "the 2019 programme written to {out}");
    }
    // The move "Migrants" a day on, made on a/prog.toml.
    let key_a = whrcf::store::moves::key("whrcf-2019", &whrcf::load::Source::File(a.clone()));
    let migrants = MOVES_TOML.split("\n\n[[programmes.whrcf-2019]]\nsession = \"2019-gone\"").next().unwrap();
    let moves = migrants.replace("[[programmes.whrcf-2019]]", &format!("[[programmes.{key_a:?}]]"));
    std::fs::write(home.path().join("moves.toml"), moves).unwrap();
    let whrcf_on = |f: &Path| {
        let mut c = cli::whrcf_at(home.path());
        c.args(["--programme", f.to_str().unwrap(), "moves"]);
        c
    };
    whrcf_on(&b).assert().success().stdout("");
    whrcf_on(&b).arg("clear").assert().success();
    whrcf_on(&a).assert().success().stdout(MIGRANTS_MOVED);
}

#[test]
fn a_programme_that_already_has_its_moves_says_so_with_exit_0_and_names_only_the_new_room() {
    let home = tempfile::tempdir().unwrap();
    let moved = home.path().join("moved.toml");
    let key = whrcf::store::moves::key("whrcf-2019", &whrcf::load::Source::File(moved.clone()));
    let only_migrants = MOVES_TOML.split("\n\n[[programmes.whrcf-2019]]\nsession = \"2019-gone\"").next().unwrap();
    let into_211 = only_migrants.replace(
        "to = { date = \"2019-10-02\", start = \"13:00:00\", end = \"15:30:00\", room = \"Kimdaejung Convention Center Rooms 209~210\" }",
        "to = { date = \"2019-10-01\", start = \"13:00:00\", end = \"15:30:00\", room = \"Kimdaejung Convention Center Rooms 211\" }",
    );
    // Made on 2019, exported with the move into Rooms 211.
    std::fs::write(home.path().join("moves.toml"), &into_211).unwrap();
    let out = moved.to_str().unwrap();
    cli::whrcf_at(home.path())
        .args(["--edition", "2019", "moves", "export", "--format", "toml", "-o", out])
        .assert()
        .success();
    let text = std::fs::read_to_string(&moved).unwrap();
    let migrants = text.split("id = \"2019-migrants\"").nth(1).unwrap().split("[[sessions]]").next().unwrap();
    assert!(migrants.contains("Rooms 211") && !migrants.contains("Rooms 209~210"), "{migrants}");
    // The same move kept for the exported file: already there.
    let again = into_211.replace("[[programmes.whrcf-2019]]", &format!("[[programmes.{key:?}]]"));
    std::fs::write(home.path().join("moves.toml"), again).unwrap();
    cli::whrcf_at(home.path())
        .args(["--programme", out, "moves"])
        .assert()
        .success()
        .stderr(predicate::str::contains("already applied: 'Migrants' (2019-migrants) is at"))
        .stderr(predicate::str::contains("whrcf:").not());
}
