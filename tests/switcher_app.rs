//! The programme switcher in the real app: `P` lists the library (bundled editions, added
//! programmes, recent files), typing narrows it, Enter opens the chosen programme in place of the
//! one shown, and `P` again finds the others still there.

mod common;
#[path = "common/fixtures.rs"]
mod fixtures;

use common::Pty;

#[test]
fn p_lists_the_library_and_enter_opens_the_programme_chosen() {
    let home = tempfile::tempdir().unwrap();
    let sample = home.path().join("sample.toml");
    std::fs::write(&sample, whrcf::sample::toml()).unwrap();
    let demo = fixtures::schedule("democon.json");
    let added = format!("version = 1\n[programmes]\ndemo = {:?}\n", demo.to_str().unwrap());
    std::fs::write(home.path().join("programmes.toml"), added).unwrap();
    let dir = home.path().to_str().unwrap();
    let env = [("WHRCF_CONFIG_DIR", dir), ("WHRCF_DATA_DIR", dir), ("WHRCF_CACHE_DIR", "")];
    let programme = format!("--programme={}", sample.display());
    let mut t = Pty::spawn_env(&[programme.as_str(), "--now=2030-05-06T10:15:00+09:00"], &env, 100, 30);
    t.wait_for("SAMPLE 2030");
    t.send("P");
    t.wait_for("Programmes · 16 of 16");
    t.wait_for("sample.toml");
    t.send("demo");
    t.wait_for("Programmes · 1 of 16");
    t.send("\r");
    t.wait_for("DemoCon");
    t.wait_gone("SAMPLE 2030");
    // The library is still there: back to the first programme, from the recent files.
    t.send("P");
    t.wait_for("Programmes · 16 of 16");
    t.send("sample");
    t.send("\r");
    t.wait_for("SAMPLE 2030");
    t.send("q");
    t.wait_exit();
}
