//! A real headless browser (Debian's `chromium`) for tests of the pages whrcf writes: the page as
//! the browser built it (`--dump-dom`) with what it logged to its console, a screenshot, a PDF
//! print. Each run has its own profile and home in a temporary folder, so runs at once never
//! share a browser and nothing is written outside it. A missing browser fails the test with what
//! to install, unless `WHRCF_SKIP_BROWSER=1`; `WHRCF_BROWSER` names another binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The names the browser's binary goes by, tried in this order on `PATH`.
const NAMES: &[&str] = &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/// A browser that has not finished by then is stuck (a page of FOSDEM 2020 prints in seconds).
const STUCK_AFTER: Duration = Duration::from_secs(300);

pub struct Browser {
    binary: PathBuf,
}

/// The browser, or `None` when it is missing and `WHRCF_SKIP_BROWSER=1` says to skip.
pub fn browser() -> Option<Browser> {
    let named = std::env::var_os("WHRCF_BROWSER").map(PathBuf::from);
    let on_path = || {
        let path = std::env::var_os("PATH").unwrap_or_default();
        NAMES.iter().flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name))).find(|p| p.is_file())
    };
    match named.or_else(on_path) {
        Some(binary) => Some(Browser { binary }),
        None if std::env::var("WHRCF_SKIP_BROWSER").as_deref() == Ok("1") => {
            eprintln!("no chromium found: browser test skipped (WHRCF_SKIP_BROWSER=1)");
            None
        }
        None => panic!(
            "this test renders whrcf's HTML in a real browser, and no chromium was found on PATH \
             (looked for {}): install it (`apt-get install --no-install-recommends chromium`, as .ci/run does), \
             name it with WHRCF_BROWSER=/path/to/chromium, or set WHRCF_SKIP_BROWSER=1 to skip",
            NAMES.join(", ")
        ),
    }
}

/// What the browser made of a page.
pub struct Run {
    pub stdout: String,
    /// The lines it logged from the page's console (errors, refused loads, script output).
    pub console: Vec<String>,
}

impl Browser {
    /// Load `page` headless with `args` (`--dump-dom`, `--screenshot=…`, …) and wait for the end.
    pub fn run(&self, page: &Path, args: &[String]) -> Run {
        let scratch = tempfile::tempdir().unwrap();
        let (out, err) = (scratch.path().join("stdout"), scratch.path().join("stderr"));
        let mut child = Command::new(&self.binary)
            .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            .args(["--no-first-run", "--no-default-browser-check", "--disable-extensions"])
            .args(["--enable-logging=stderr", "--v=0"])
            .arg(format!("--user-data-dir={}", scratch.path().join("profile").display()))
            .args(args)
            .arg(format!("file://{}", page.canonicalize().unwrap().display()))
            .env("HOME", scratch.path())
            .env("XDG_CONFIG_HOME", scratch.path().join("config"))
            .env("XDG_CACHE_HOME", scratch.path().join("cache"))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&err).unwrap())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.binary.display()));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > STUCK_AFTER {
                let _ = child.kill();
                panic!("{} did not finish loading {}", self.binary.display(), page.display());
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let stderr = std::fs::read_to_string(&err).unwrap_or_default();
        assert!(status.success(), "{} failed ({status}): {stderr}", self.binary.display());
        Run {
            stdout: std::fs::read_to_string(&out).unwrap(),
            console: stderr.lines().filter(|l| l.contains(":CONSOLE")).map(str::to_owned).collect(),
        }
    }

    /// The page's DOM as the browser built it, and its console lines.
    pub fn dom(&self, page: &Path) -> Run {
        self.run(page, &["--dump-dom".to_owned()])
    }
}

/// A folder for what the browser tests make (screenshots, PDFs), kept under the target directory
/// for a person to look at: `target/test-output/NAME`.
pub fn output_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).parent().unwrap().join("test-output").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The start tags of an HTML serialization (`<img src=x>`), each without its `<` and `>`: text is
/// serialized with `<` escaped, so every `<` followed by a letter opens an element.
pub fn start_tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .filter(|(i, _)| html[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|(i, _)| &html[i + 1..i + 1 + html[i + 1..].find('>').unwrap_or(html.len() - i - 1)])
        .collect()
}

/// The number of pages of a PDF (its `/Type /Page` objects).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page").filter(|(i, _)| !text[i + 11..].starts_with('s')).count()
}
