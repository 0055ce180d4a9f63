//! Our frab XML import against Python's `xml.etree` parse of the same file, interleaved so
//! that the machine's noise hits both alike: each round times one whole import here and one
//! `ElementTree.parse` in a Python process kept running beside us (no interpreter start-up).
//! `cargo run --release --example xml_vs_etree -- FILE [ROUNDS]` prints both medians, min–max,
//! and the median of the per-round ratios.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Instant;

use whrcf::load::{self, Options};

/// The allocator the `whrcf` binary ships with, so the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Reads a line per round and answers with the milliseconds one `ET.parse` took.
const PYTHON: &str = r#"
import sys, time, xml.etree.ElementTree as ET
path = sys.argv[1]
for _ in sys.stdin:
    t = time.perf_counter(); ET.parse(path); ms = (time.perf_counter() - t) * 1000
    print(ms, flush=True)
"#;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn summary(name: &str, values: &mut [f64]) {
    let m = median(values);
    println!("{name}: median {m:.2} ms (min {:.2}, max {:.2})", values[0], values[values.len() - 1]);
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xml_vs_etree: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    const USAGE: &str = "usage: xml_vs_etree FILE [ROUNDS (1 or more, default 40)]";
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or(USAGE)?;
    let rounds: usize = match args.next() {
        None => 40,
        Some(r) => r.parse().ok().filter(|n| *n > 0).ok_or(USAGE)?,
    };
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut python = Command::new("python3")
        .args(["-c", PYTHON, &path])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start python3: {e}"))?;
    let mut to_python = python.stdin.take().ok_or("no stdin")?;
    let mut from_python = BufReader::new(python.stdout.take().ok_or("no stdout")?).lines();
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds + 3 {
        let t = Instant::now();
        let loaded = load::from_bytes(&bytes, &path, Options::default()).map_err(|e| e.to_string())?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        drop(loaded);
        writeln!(to_python, "go")?;
        let py: f64 = from_python.next().ok_or("python stopped")??.trim().parse()?;
        // The first rounds warm caches and the interpreter; they are not counted.
        if round >= 3 {
            ours.push(ms);
            theirs.push(py);
            ratios.push(py / ms);
        }
    }
    drop(to_python);
    python.wait()?;
    summary("whrcf frab XML import", &mut ours);
    summary("python xml.etree.parse", &mut theirs);
    let r = median(&mut ratios);
    println!(
        "ratio (etree / whrcf), median of {rounds} rounds: {r:.2}x (min {:.2}, max {:.2})",
        ratios[0],
        ratios[rounds - 1]
    );
    Ok(())
}
