//! What the importer tests share: a real schedule of `tests/fixtures/schedules` by name, opened
//! as a user would open it, and the options that give a file without a zone Brussels's.

#![allow(dead_code)]

use std::path::PathBuf;

use whrcf::load::{self, Loaded, Options};

#[path = "fixtures.rs"]
mod fixtures;

/// The path of the real schedule `name`.
pub fn fixture(name: &str) -> PathBuf {
    fixtures::schedule(name)
}

/// The real schedule `name`, opened.
pub fn open(name: &str) -> Loaded {
    load::from_path(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Options for a file that names no zone: Brussels's (FOSDEM's).
pub fn brussels() -> Options<'static> {
    Options { fallback_zone: Some(chrono_tz::Europe::Brussels), ..Default::default() }
}
