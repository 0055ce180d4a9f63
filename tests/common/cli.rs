//! The real `whrcf` binary as a command for tests, the same for every test file: times in UTC,
//! English, tables 100 columns wide, colours as the terminal would have them, no programme cache, and
//! nothing read from or written to the user's own configuration, data or cache directories.
//! Included by the command-line tests through `#[path]`; a test that needs another directory or
//! the cache sets it again after this.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A folder of the system's temporary directory that no test writes to, but for the list of
/// recent programme files that `--programme FILE` notes (which no test reads there): the config
/// and data directory of a run that has no `home` of its own.
fn nowhere() -> PathBuf {
    std::env::temp_dir().join("whrcf-tests-no-home")
}

/// `whrcf`, as a standard command (to spawn it and hold its pipes), with `home` as its config and
/// data directory.
pub fn command_at(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_whrcf"));
    cmd.env("TZ", "UTC")
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR")
        // English, whatever the locale of the one running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("WHRCF_CACHE_DIR", "")
        .env("WHRCF_CONFIG_DIR", home)
        .env("WHRCF_DATA_DIR", home);
    cmd
}

/// `whrcf`, as a standard command, with no configuration or agenda of its own.
pub fn command() -> std::process::Command {
    command_at(&nowhere())
}

/// `whrcf` for `assert_cmd`, with `home` as its config and data directory (an agenda, a config).
pub fn whrcf_at(home: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(command_at(home))
}

/// `whrcf` for `assert_cmd`, with no configuration or agenda of its own.
pub fn whrcf() -> assert_cmd::Command {
    assert_cmd::Command::from_std(command())
}

/// `whrcf --edition EDITION` with `data` as its config and data directory.
pub fn whrcf_on(data: &Path, edition: &str) -> assert_cmd::Command {
    let mut cmd = whrcf_at(data);
    cmd.arg(format!("--edition={edition}"));
    cmd
}

/// The agenda of the 2021 edition kept in `data`, as `whrcf agenda list --format json` gives it.
pub fn agenda_json(data: &Path) -> Vec<serde_json::Value> {
    let out = whrcf_on(data, "2021").args(["agenda", "list", "--format", "json"]).output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}
