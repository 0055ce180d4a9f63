//! End-to-end tests of the terminal app: the real binary in a pseudo-terminal, driven by keys,
//! checked by what the screen shows, and checked to restore the terminal on every way out. Tests
//! of the app's workings run on the small programme built in code ([`whrcf::sample`]); those of
//! what the bundled programmes show run on them.

mod common;

use common::Pty;

const NOW: &str = "--now=2021-10-07T14:00:00+09:00";
/// The edition these tests browse: `NOW` is a moment of its forum.
const EDITION: &str = "--edition=2021";

#[test]
fn browse_filter_search_open_and_quit() {
    let mut t = Pty::spawn(&[EDITION, NOW], 100, 30);
    t.wait_for("Thu 07 (5)");
    t.wait_for("UNESCO APCAD Meeting");
    // Change day.
    t.send("l");
    t.wait_for("Fri 2021-10-08 · 12 sessions");
    // Filter by an organizer: the filter panel, the organizers group, the first organizer.
    t.send("f");
    t.wait_for("Filters");
    t.send("l");
    t.send(" ");
    t.wait_for("organizer: ASEAN Youth Forum (AYF)");
    t.send("\u{1b}");
    t.wait_for("Undated (1)");
    t.wait_for("Fri 2021-10-08 · 0 sessions");
    t.send("x");
    t.wait_for("Filters and search cleared");
    // Search.
    t.send("/apcad");
    t.wait_for("2 matches, best first");
    t.wait_for("UNESCO APCAD Meeting");
    // Keep as filter, then open the detail.
    t.send("\r");
    t.wait_for("Thu 2021-10-07 · 1 session ─");
    t.send("\r");
    t.wait_for("Session · Esc back");
    t.wait_for("opening remarks");
    t.wait_for("SHIN Gyonggu");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut t = Pty::spawn_sample(&[], 80, 24);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    t.send("\u{3}");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn sigterm_sigint_sigquit_and_sighup_restore_the_terminal() {
    for (signal, number) in [("TERM", 15), ("INT", 2), ("QUIT", 3), ("HUP", 1)] {
        let mut t = Pty::spawn_sample(&[], 80, 24);
        t.wait_for(whrcf::sample::OPENING_TITLE);
        t.signal(signal);
        let code = t.wait_exit();
        t.assert_restored();
        assert_eq!(code, 128 + number, "SIG{signal}: restored, then exit 128 + the signal");
    }
}

#[test]
fn resize_redraws_and_too_small_recovers() {
    let mut t = Pty::spawn_sample(&[], 120, 40);
    t.wait_for(whrcf::sample::OPENING_TITLE);
    t.resize(40, 10);
    t.wait_for("Terminal too small");
    t.resize(80, 24);
    t.wait_for("Mon 06 (3)");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn other_editions_and_help() {
    let mut t = Pty::spawn(&["--edition", "2019", NOW], 120, 40);
    t.wait_for("WHRCF 2019");
    t.send("2");
    t.wait_for("Tue 2019-10-01 · 12 sessions");
    t.send("?");
    t.wait_for("fuzzy search");
    t.send("q");
    t.wait_for("Tue 2019-10-01");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn marks_survive_a_restart_and_the_agenda_shows_the_clash() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap().to_owned();
    let agenda = format!("--agenda={dir}/agenda.toml");
    let args = [agenda.as_str()];
    let mut t = Pty::spawn_sample(&args, 100, 30);
    t.wait_for("Mon 2030-05-06 · 3 sessions");
    // The overlapping pair, the second and third sessions of the day.
    t.send("gj ");
    t.wait_for("Added to your agenda (1)");
    t.send("j");
    t.send("a");
    t.wait_for("Added to your agenda (2)");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();

    let mut again = Pty::spawn_sample(&args, 100, 30);
    again.wait_for("★ 2 in my agenda");
    again.wait_for("★10:30–12:00");
    again.wait_for("★11:00–12:30");
    again.send("A");
    again.wait_for("My agenda · 2 marked");
    again.wait_for("⚠ overlaps: Climate Justice in Cities, 11:00–12:30");
    again.wait_for("⚠ overlaps: Housing as a Human Right, 10:30–12:00");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn grid_clash_panel_and_people_index() {
    let mut t = Pty::spawn(&["--edition", "2019", "--now=2019-10-01T12:00:00+09:00"], 100, 30);
    t.wait_for("Tue 2019-10-01 · 12 sessions");
    t.send("t");
    t.wait_for("Timeline Tue 2019-10-01");
    t.wait_for("Rooms 209~210");
    t.send("\r");
    t.wait_for("Session · Esc back");
    t.send("\u{1b}");
    t.wait_gone("Session · Esc back");
    t.wait_for("Timeline Tue 2019-10-01");
    t.send("\u{1b}");
    t.wait_for("Tue 2019-10-01 · 12 sessions");
    t.send("c");
    t.wait_for("Clashes · 1 clash found · 1 session without an end");
    t.wait_for("Shams ASADI is in \"Migrants\" and in");
    t.send("\r");
    t.wait_for("Migrants");
    t.send("p");
    t.wait_for("people · WHRCF 2019");
    t.send("asadi");
    t.wait_for("City of Vienna");
    t.send("\t");
    t.wait_for("1 person · every edition");
    t.wait_for("2019 Tue 01 Oct");
    t.send("\u{3}");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
}

#[test]
fn an_agenda_path_that_is_a_fifo_keeps_marks_in_memory_with_a_notice() {
    let data = tempfile::tempdir().unwrap();
    let fifo = data.path().join("agenda.fifo");
    let c_path = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(fifo.as_os_str())).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let agenda = format!("--agenda={}", fifo.display());
    let mut t = Pty::spawn_sample(&[agenda.as_str()], 200, 30);
    t.wait_for("not a regular file");
    t.wait_for(whrcf::sample::OPENING_TITLE);
    t.send(" ");
    t.wait_for("Agenda not saved, marks kept in memory: ");
    t.wait_for("★ 1 in my agenda");
    // Quitting would lose the mark: asked first, and a second quit quits.
    t.send("q");
    t.wait_for("Agenda not saved: q again quits and loses the changes");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
    t.assert_restored();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&std::fs::symlink_metadata(&fifo).unwrap().file_type()));
}

/// A left button press at 0-based (x, y), as an SGR mouse report.
fn click(x: u16, y: u16) -> String {
    format!("\u{1b}[<0;{};{}M\u{1b}[<0;{};{}m", x + 1, y + 1, x + 1, y + 1)
}

#[test]
fn clicks_land_on_what_the_last_frame_drew() {
    let mut t = Pty::spawn(&[EDITION, NOW], 100, 30);
    t.wait_for("Thu 07 (5)");
    // The third tab (" Fri 08 (12) " from column 27), on the tabs row.
    t.send(&click(30, 2));
    t.wait_for("Fri 2021-10-08 · 12 sessions");
    // The list (its border on row 3), its second row: Children & Youth, shown in the detail pane.
    t.send(&click(10, 5));
    t.wait_for("재난시대, 교육의 전환을 위한 모색");
    // Wider, the list and the detail stand side by side: the fourth row is Plenary Session 3.
    t.resize(120, 40);
    t.wait_for("┐┌ Details");
    t.send(&click(10, 7));
    t.wait_for("인권도시의 역할");
    t.send("q");
    assert_eq!(t.wait_exit(), 0);
}
