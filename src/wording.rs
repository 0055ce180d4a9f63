//! The one presentation layer: the library returns facts (plan changes, clash details, store
//! notices, the parts of a session's detail), and this module words them in English for the app,
//! the command line and the Markdown export. Every sentence is a keyed entry of the catalogue
//! (`wording/catalogue.rs`) with named arguments, and every count is a plural-aware entry, so a
//! translation replaces the catalogue, not the code that uses it.

use std::fmt::{self, Write as _};

pub mod agenda;
mod catalogue;
pub mod detail;
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

/// A named argument of a message: `("room", &"Hall A")`.
pub type Arg<'a> = (&'a str, &'a dyn fmt::Display);

/// One user-facing sentence or label: a stable key (for a translation file) and its English text,
/// where `{name}` stands for a named argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub english: &'static str,
}

impl Message {
    /// The text of a message without arguments.
    pub fn text(self) -> &'static str {
        self.english
    }

    /// The text with each `{name}` replaced by its argument. Arguments are put in once and never
    /// read again, so a value that itself contains `{…}` stays as it is.
    pub fn say(self, args: &[Arg<'_>]) -> String {
        fill(self.english, args)
    }
}

/// A count of things in the plural form its number takes: "1 clash", "2 clashes". `{n}` is the
/// number. English has two forms; a translation brings its own plural rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub key: &'static str,
    pub one: &'static str,
    pub other: &'static str,
}

impl Count {
    /// `n` things in words.
    pub fn of(self, n: usize) -> String {
        self.say(n, &[])
    }

    /// `n` things in a sentence with other named arguments besides `{n}`.
    pub fn say(self, n: usize, args: &[Arg<'_>]) -> String {
        let mut all: Vec<Arg<'_>> = vec![("n", &n)];
        all.extend_from_slice(args);
        fill(if n == 1 { self.one } else { self.other }, &all)
    }
}

fn fill(pattern: &str, args: &[Arg<'_>]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            rest = &rest[open..];
            break;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The names of the arguments a pattern asks for, in order (for checks over the catalogue).
#[cfg(test)]
fn arguments(pattern: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        names.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    names
}

#[cfg(test)]
#[path = "wording_tests.rs"]
mod tests;
