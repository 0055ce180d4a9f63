//! Terminal torture: the real binary in a pseudo-terminal through resize storms, thousands of
//! random keys, suspend and resume, and a programme full of escape sequences. The app runs on the
//! small programme built in code ([`whrcf::sample`]) except where the bundled one is the point.

mod common;

use common::Pty;

#[test]
fn resize_storm_from_1x1_to_300x100() {
    let mut t = Pty::spawn_sample(&[], 100, 30);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    let sizes =
        [(1, 1), (300, 100), (2, 50), (80, 1), (59, 15), (60, 16), (200, 3), (1, 100), (120, 40), (33, 7), (300, 100)];
    for _ in 0..5 {
        for (w, h) in sizes {
            // Each size differs from the one before, so the app draws again for each: the next
            // comes as soon as it has begun to.
            let mark = t.raw_len();
            t.resize(w, h);
            t.wait_output_since(mark);
        }
    }
    t.resize(100, 30);
    t.wait_for("Mon 06 (3)");
    assert!(t.child.try_wait().unwrap().is_none(), "still running after the storm");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn a_key_typed_during_a_resize_is_never_held_back() {
    let mut t = Pty::spawn_sample(&[], 100, 30);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    t.send("/");
    let query = "qwxzqwxzqwxzqwxzqwxzqwxz";
    for end in 1..=query.len() {
        // The app is busy redrawing after one resize when the next resize signal and a key
        // arrive together: both must be handled, and at once.
        let mark = t.raw_len();
        t.resize(200, 60);
        t.wait_output_since(mark);
        t.resize(100 + (end % 2) as u16, 30);
        t.send(&query[end - 1..end]);
        t.wait_for(&format!("search: \"{}\"", &query[..end]));
    }
    t.send("\u{3}");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn thousands_of_random_keys_do_not_crash_it() {
    let keys: [&str; 40] = [
        "j",
        "k",
        "h",
        "l",
        "g",
        "G",
        "[",
        "]",
        "1",
        "3",
        "6",
        "9",
        "\t",
        "\r",
        "\u{1b}",
        "/",
        "f",
        " ",
        "a",
        "A",
        "s",
        "e",
        "t",
        "c",
        "p",
        "z",
        "n",
        "?",
        "x",
        "\u{1b}[A",
        "\u{1b}[B",
        "\u{1b}[C",
        "\u{1b}[D",
        "\u{1b}[5~",
        "\u{1b}[6~",
        "\u{7f}",
        "u",
        "한",
        "é",
        "\u{1b}[Z",
    ];
    // Marks are saved to the agenda in the harness's own data directory.
    let mut t = Pty::spawn_sample(&[], 90, 28);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    let mut seed: u64 = 0x5eed_1234;
    let mut batch = String::new();
    for i in 0..3000 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        batch.push_str(keys[(seed >> 33) as usize % keys.len()]);
        if i % 50 == 49 {
            // A batch at a time, each after the app has drawn for the one before.
            let mark = t.raw_len();
            t.send(&batch);
            t.wait_output_since(mark);
            batch.clear();
            assert!(t.child.try_wait().unwrap().is_none(), "crashed after {i} keys; screen:\n{}", t.screen());
            if std::env::var_os("TORTURE_TRACE").is_some() {
                eprintln!("--- after {i} keys:\n{}", t.screen().lines().take(3).collect::<Vec<_>>().join("\n"));
            }
        }
    }
    // Ctrl-C, read after every key before it, quits from any mode: a crash on any key would have
    // ended the app with another code.
    t.send("\u{3}");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn ctrl_z_suspends_and_continue_redraws() {
    let mut t = Pty::spawn_sample(&[], 90, 28);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    let before = t.raw_len();
    t.send("\u{1a}");
    // Left the alternate screen. Here the app leads its own session, an orphaned process group,
    // so the kernel discards the stop it raises and it comes straight back; SIGCONT, what a
    // shell's `fg` sends, must then do no harm.
    t.wait_raw_since(before, "\u{1b}[?1049l");
    t.signal("CONT");
    // Entered the alternate screen again and redrew.
    t.wait_raw_since(before, "\u{1b}[?1049h");
    t.wait_for(whrcf::sample::OPENING_TITLE);
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn escape_sequences_in_a_programme_never_reach_the_terminal() {
    const NOW: &str = "--now=2021-10-07T14:00:00+09:00";
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/whrcf-2021.toml"))
        .unwrap()
        .replace(
            "title = \"UNESCO APCAD Meeting\"",
            "title = \"UNESCO \\u001b]52;c;cm0gLXJmIH4=\\u0007APCAD \\u001b[2J\\u001b[31mMeeting\\u0007\\u009b6n\"",
        )
        .replace("name = \"SHIN Gyonggu\"", "name = \"SHIN \\u001bP+q\\u001b\\\\Gyonggu\\u202e\"");
    let path = dir.path().join("evil.toml");
    std::fs::write(&path, text).unwrap();
    let programme = format!("--programme={}", path.display());
    let mut t = Pty::spawn(&[NOW, programme.as_str()], 120, 40);
    t.wait_for("UNESCO APCAD Meeting");
    t.wait_for("SHIN Gyonggu");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    let raw = t.raw();
    let text = String::from_utf8_lossy(&raw);
    assert!(!text.contains("\u{1b}]52"), "OSC 52 (clipboard) reached the terminal");
    assert!(!raw.contains(&0x07), "BEL reached the terminal");
    assert!(!text.contains("\u{1b}[2J\u{1b}[31mMeeting"), "a CSI sequence from the file reached the terminal");
    assert!(!text.contains("\u{1b}P+q"), "a DCS sequence reached the terminal");
    assert!(!text.contains('\u{202e}'), "a bidi override reached the terminal");
}

#[test]
fn the_grid_survives_shrinking_while_a_resize_is_still_queued() {
    let mut t = Pty::spawn_sample(&[], 200, 60);
    t.wait_for("Mon 2030-05-06 · 3 sessions");
    t.send("t");
    t.wait_for("Timeline Mon 2030-05-06");
    for round in 0..400u64 {
        // The app reads the first Resize and, if the second one comes just after, draws the
        // grid while the terminal is already smaller than the size it last heard of. The pause
        // between them is the stimulus, not a wait: it sweeps that window from 0 to 3 ms.
        t.resize(200, 60);
        std::thread::sleep(std::time::Duration::from_micros(50 * (round % 60)));
        let mark = t.raw_len();
        t.resize(70, 20);
        if round % 10 == 0 {
            t.send(if round % 20 == 0 { "j" } else { "l" });
        }
        t.wait_output_since(mark);
        assert!(t.child.try_wait().unwrap().is_none(), "crashed in round {round}; screen:\n{}", t.screen());
    }
    t.resize(100, 30);
    t.wait_for("Timeline ");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}
