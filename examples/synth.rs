//! Write a deterministic synthetic programme (fixed seed) in our TOML format and as C3VOC
//! schedule.json, for benchmarks and stress tests:
//! `cargo run --release --example synth -- 100000 /tmp/synth-100k` writes
//! `/tmp/synth-100k.toml`, `/tmp/synth-100k.json` and `/tmp/synth-100k.lines` (title and people
//! of each session on one line, for `fzf --filter`).

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let stem = args.next().unwrap_or_else(|| format!("synth-{n}"));
    let p = whrcf::synthetic::programme(n, 42);
    let toml = whrcf::load::to_toml(&p).expect("serializable");
    std::fs::write(format!("{stem}.toml"), toml).expect("write TOML");
    let json = serde_json::to_string(&whrcf::synthetic::schedule_json(&p)).expect("serializable");
    std::fs::write(format!("{stem}.json"), json).expect("write JSON");
    // The same searchable text, one session a line, for comparing with `fzf --filter`.
    let lines: String = p
        .sessions
        .iter()
        .map(|s| {
            let people: Vec<&str> = s.people.iter().map(|x| x.name.as_str()).collect();
            format!("{} | {}\n", s.title, people.join(", "))
        })
        .collect();
    std::fs::write(format!("{stem}.lines"), lines).expect("write lines");
    eprintln!("wrote {stem}.toml, {stem}.json and {stem}.lines ({n} sessions)");
}
