//! The one presentation layer: the library returns facts (plan changes, clash details, store
//! notices, the parts of a session's detail), and this module words them for the app, the command
//! line and the Markdown export, in English or Korean (`language`). Every sentence is a keyed
//! entry of the catalogue (`wording/catalogue.rs`) with named arguments, and every count is a
//! plural-aware entry; their words are in one Fluent file per language and area
//! (`wording/locales/`), so a translation adds files, not code.

use std::fmt;

pub mod agenda;
mod bundle;
mod catalogue;
pub mod detail;
pub mod language;
pub mod library;
pub mod moves;
pub mod programme;
pub mod sheet;
pub mod web;
pub mod when;

pub use catalogue::*;

/// The role shown beside an entry's session: an organizer's, or a person's as published.
pub fn role(kind: crate::people::EntryKind, role: Option<&str>) -> &str {
    match (kind, role) {
        (crate::people::EntryKind::Organizer, _) => ROLE_ORGANIZER.text(),
        (_, Some(role)) => role,
        (_, None) => ROLE_NOT_PUBLISHED.text(),
    }
}

/// The `n`th edition in words: `15th`, in Korean `제15회`.
pub fn ordinal(n: u32) -> String {
    match language::current() {
        language::Language::Korean => format!("제{n}회"),
        language::Language::English => crate::load::ordinal_name(n),
    }
}

/// Why a file could not be read or written, or the terminal used: a missing file, a refused
/// permission, a full disk and the like in words, else what the system or the reader said.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let words = match e.kind() {
        ErrorKind::NotFound => NO_SUCH_FILE,
        ErrorKind::PermissionDenied => PERMISSION_DENIED,
        ErrorKind::StorageFull => DISK_FULL,
        ErrorKind::IsADirectory => IS_A_DIRECTORY,
        ErrorKind::NotADirectory => NOT_A_DIRECTORY,
        ErrorKind::ReadOnlyFilesystem => READ_ONLY_FILESYSTEM,
        _ => match e.raw_os_error() {
            Some(libc::ENXIO) => NO_SUCH_DEVICE,
            Some(libc::ENOTTY) => NO_TERMINAL,
            _ => return e.to_string(),
        },
    };
    words.text().to_owned()
}

/// A named argument of a message: `("room", &"Hall A")`.
pub type Arg<'a> = (&'a str, &'a dyn fmt::Display);

/// One user-facing sentence or label: a stable key of the Fluent files
/// (`wording/locales/<language>/*.ftl`), where `{ $name }` stands for a named argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
}

impl Message {
    /// The text of a message without arguments, in the language spoken.
    pub fn text(self) -> &'static str {
        bundle::text(self.key)
    }

    /// The text with each `{ $name }` replaced by its argument. Arguments are put in once and
    /// never read again, so a value that itself contains `{…}` stays as it is.
    pub fn say(self, args: &[Arg<'_>]) -> String {
        bundle::say(self.key, None, args)
    }
}

/// A count of things in the plural form its number takes: "1 clash", "2 clashes". `$n` is the
/// number, and each language's plural rule chooses the form (English has two, Korean one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub key: &'static str,
}

impl Count {
    /// `n` things in words.
    pub fn of(self, n: usize) -> String {
        self.say(n, &[])
    }

    /// `n` things in a sentence with other named arguments besides `$n`.
    pub fn say(self, n: usize, args: &[Arg<'_>]) -> String {
        bundle::say(self.key, Some(n), args)
    }
}

#[cfg(test)]
#[path = "wording_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "wording/locales_tests.rs"]
mod locales_tests;
