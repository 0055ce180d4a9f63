//! The Fluent bundles of each language, from the `.ftl` files embedded in the binary
//! (`wording/locales/<code>/*.ftl`): a file is parsed the first time one of its messages is asked
//! for, then kept for the whole run. A message without arguments is formatted the first time it is asked for and kept, so
//! `text` is then a table lookup; `say` formats its pattern with the arguments. A message a
//! translation lacks is said in English, whose bundle is built only when that happens (the first
//! frame pays for one language, not two).

use std::borrow::Cow;
use std::sync::{Mutex, OnceLock, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use rustc_hash::FxHashMap;

use super::Arg;
use super::language::{self, Language};

/// The `.ftl` files of each language, by area (the same names in every language).
pub(super) const SOURCES: [(Language, &[(&str, &str)]); 2] = [
    (
        Language::English,
        &[
            ("counts", include_str!("locales/en/counts.ftl")),
            ("shared", include_str!("locales/en/shared.ftl")),
            ("app", include_str!("locales/en/app.ftl")),
            ("help", include_str!("locales/en/help.ftl")),
            ("screens", include_str!("locales/en/screens.ftl")),
            ("cli", include_str!("locales/en/cli.ftl")),
            ("problems", include_str!("locales/en/problems.ftl")),
        ],
    ),
    (
        Language::Korean,
        &[
            ("counts", include_str!("locales/ko/counts.ftl")),
            ("shared", include_str!("locales/ko/shared.ftl")),
            ("app", include_str!("locales/ko/app.ftl")),
            ("help", include_str!("locales/ko/help.ftl")),
            ("screens", include_str!("locales/ko/screens.ftl")),
            ("cli", include_str!("locales/ko/cli.ftl")),
            ("problems", include_str!("locales/ko/problems.ftl")),
        ],
    ),
];

/// One language's messages: a Fluent bundle per `.ftl` file, each parsed the first time one of its
/// messages is asked for (the app's first frame needs four of the seven files), and the messages
/// without arguments formatted so far. No message refers to another or to a term (a test checks),
/// so a file's bundle stands on its own.
pub(super) struct Bundle {
    language: Language,
    files: &'static [(&'static str, &'static str)],
    /// Which file holds each message: read from the lines that begin a message, without parsing
    /// (a test checks it against the parser's entries).
    file_of: FxHashMap<&'static str, usize>,
    parsed: Box<[OnceLock<FluentBundle<FluentResource>>]>,
    /// Each text is formatted once and kept for the run (at most one per message of the catalogue).
    plain: Mutex<FxHashMap<&'static str, &'static str>>,
}

impl Bundle {
    /// The messages of `language` in its `.ftl` files (`(area, text)`).
    fn build(language: Language, files: &'static [(&'static str, &'static str)]) -> Bundle {
        let mut file_of = FxHashMap::default();
        for (i, (_, text)) in files.iter().enumerate() {
            for id in message_ids(text) {
                // An id written twice keeps its first (a test checks none is).
                file_of.entry(id).or_insert(i);
            }
        }
        let parsed = files.iter().map(|_| OnceLock::new()).collect();
        Bundle { language, files, file_of, parsed, plain: Mutex::default() }
    }

    /// The Fluent bundle of the file that holds `key`, parsed on first use.
    fn fluent_of(&self, key: &str) -> Option<&FluentBundle<FluentResource>> {
        let i = *self.file_of.get(key)?;
        Some(self.parsed[i].get_or_init(|| {
            let id = self.language.code().parse().unwrap_or_default();
            let mut fluent = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks would reach the terminal as invisible characters of width 0.
            fluent.set_use_isolating(false);
            // A file that does not parse keeps the entries that do (a test checks they all parse).
            let text = self.files[i].1;
            let _ =
                fluent.add_resource(FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial));
            fluent
        }))
    }

    /// The text of the message `key` without arguments, or `None` when this language has no such
    /// message.
    fn text(&self, key: &'static str) -> Option<&'static str> {
        let mut plain = self.plain.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(text) = plain.get(key) {
            return Some(text);
        }
        let fluent = self.fluent_of(key)?;
        let pattern = fluent.get_message(key)?.value()?;
        let text: &'static str = fluent.format_pattern(pattern, None, &mut Vec::new()).into_owned().leak();
        plain.insert(key, text);
        Some(text)
    }

    /// The bundle of `language`, built on first use.
    pub(super) fn of(language: Language) -> &'static Bundle {
        static ENGLISH: OnceLock<Bundle> = OnceLock::new();
        static KOREAN: OnceLock<Bundle> = OnceLock::new();
        let cell = match language {
            Language::English => &ENGLISH,
            Language::Korean => &KOREAN,
        };
        let files = SOURCES.iter().find(|(l, _)| *l == language).map_or(&[][..], |(_, files)| *files);
        cell.get_or_init(|| Bundle::build(language, files))
    }

    /// The message `key` with `args` (and `n`, a count that chooses the plural form), or `None`
    /// when this language has no such message.
    pub(super) fn say(&self, key: &str, n: Option<usize>, args: &[Arg<'_>]) -> Option<String> {
        let fluent = self.fluent_of(key)?;
        let pattern = fluent.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len() + 1);
        if let Some(n) = n {
            fluent_args.set("n", n);
        }
        for (name, value) in args {
            fluent_args.set(Cow::Borrowed(*name), value.to_string());
        }
        Some(fluent.format_pattern(pattern, Some(&fluent_args), &mut Vec::new()).into_owned())
    }
}

/// The ids of the messages of a `.ftl` file: a message begins a line with its identifier
/// (`[a-zA-Z][a-zA-Z0-9_-]*`), where a comment begins with `#`, a term with `-`, and the lines
/// that go on a message or give its attributes with a blank.
pub(super) fn message_ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic())).map(|line| {
        let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(line.len());
        &line[..end]
    })
}

/// The languages to look a message up in: the one spoken, then English (built only if asked).
fn speaking() -> impl Iterator<Item = &'static Bundle> {
    let spoken = language::current();
    let fallback = (spoken != Language::English).then_some(Language::English);
    std::iter::once(spoken).chain(fallback).map(Bundle::of)
}

/// The text of the message `key` without arguments, in the language spoken.
pub(super) fn text(key: &'static str) -> &'static str {
    text_in(speaking(), key)
}

/// The message `key` with its arguments (and its count `n`), in the language spoken.
pub(super) fn say(key: &'static str, n: Option<usize>, args: &[Arg<'_>]) -> String {
    say_in(speaking(), key, n, args)
}

/// The text of `key` in the first of `bundles` that has it (the key itself if none has).
fn text_in<'b>(mut bundles: impl Iterator<Item = &'b Bundle>, key: &'static str) -> &'static str {
    bundles.find_map(|b| b.text(key)).unwrap_or(key)
}

/// `key` with `args` in the first of `bundles` that has it.
fn say_in<'b>(mut bundles: impl Iterator<Item = &'b Bundle>, key: &str, n: Option<usize>, args: &[Arg<'_>]) -> String {
    bundles.find_map(|b| b.say(key, n, args)).unwrap_or_else(|| key.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::{NOTICES_TITLE_EMPTY, SESSIONS, TITLE_FILTERS};

    #[test]
    fn a_message_a_translation_lacks_is_said_in_english() {
        let partial = Bundle::build(Language::Korean, &[("app", "title-filters = 필터\n")]);
        let english = Bundle::of(Language::English);
        let chain = || [&partial, english].into_iter();
        assert_eq!(text_in(chain(), TITLE_FILTERS.key), "필터");
        assert_eq!(text_in(chain(), NOTICES_TITLE_EMPTY.key), "Notices", "missing in Korean");
        assert_eq!(say_in(chain(), SESSIONS.key, Some(2), &[]), "2 sessions", "a count too");
        assert_eq!(text_in(chain(), "no-such-key"), "no-such-key", "a key nobody has names itself");
    }

    #[test]
    fn bundles_are_built_once_and_a_plain_message_is_never_formatted_again() {
        for language in Language::ALL {
            assert!(std::ptr::eq(Bundle::of(language), Bundle::of(language)), "{language:?}");
        }
        let first = text_in(std::iter::once(Bundle::of(Language::Korean)), TITLE_FILTERS.key);
        let again = text_in(std::iter::once(Bundle::of(Language::Korean)), TITLE_FILTERS.key);
        assert!(std::ptr::eq(first, again), "the same text, not a new string");
    }

    #[test]
    fn counts_take_each_language_s_plural_form() {
        let (en, ko) = (Bundle::of(Language::English), Bundle::of(Language::Korean));
        let count = |b: &Bundle, n| b.say(SESSIONS.key, Some(n), &[]).unwrap();
        assert_eq!([count(en, 1), count(en, 2), count(en, 0)], ["1 session", "2 sessions", "0 sessions"]);
        assert_eq!([count(ko, 1), count(ko, 2)], ["세션 1개", "세션 2개"], "one form in Korean");
    }
}
