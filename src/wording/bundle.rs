//! The Fluent bundles: one per language, built from the `.ftl` files embedded in the binary
//! (`wording/locales/<code>/*.ftl`) the first time the language is spoken, then kept for the whole
//! run. A message without arguments is formatted once when its bundle is built, so `text` is a
//! table lookup; `say` formats its pattern with the arguments. A message a translation lacks is
//! said in English.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use rustc_hash::FxHashMap;

use super::language::{self, Language};
use super::{Arg, MESSAGES};

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
        ],
    ),
];

/// One language's messages: its Fluent bundle, and every message without arguments formatted.
pub(super) struct Bundle {
    fluent: FluentBundle<FluentResource>,
    plain: FxHashMap<&'static str, String>,
}

impl Bundle {
    fn build(language: Language) -> Bundle {
        let id = language.code().parse().unwrap_or_default();
        let mut fluent = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks would reach the terminal as invisible characters of width 0.
        fluent.set_use_isolating(false);
        let files = SOURCES.iter().find(|(l, _)| *l == language).map_or(&[][..], |(_, files)| *files);
        for (_, text) in files {
            // A file that does not parse keeps the entries that do (a test checks they all parse).
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
            // An id written twice keeps its first (a test checks none is).
            let _ = fluent.add_resource(resource);
        }
        let mut plain = FxHashMap::default();
        for key in MESSAGES.iter().map(|m| m.key) {
            if let Some(pattern) = fluent.get_message(key).and_then(|m| m.value()) {
                let text = fluent.format_pattern(pattern, None, &mut Vec::new()).into_owned();
                plain.insert(key, text);
            }
        }
        Bundle { fluent, plain }
    }

    /// The bundle of `language`, built on first use.
    pub(super) fn of(language: Language) -> &'static Bundle {
        static ENGLISH: OnceLock<Bundle> = OnceLock::new();
        static KOREAN: OnceLock<Bundle> = OnceLock::new();
        let cell = match language {
            Language::English => &ENGLISH,
            Language::Korean => &KOREAN,
        };
        cell.get_or_init(|| Bundle::build(language))
    }

    /// The message `key` with `args` (and `n`, a count that chooses the plural form), or `None`
    /// when this language has no such message.
    pub(super) fn say(&self, key: &str, n: Option<usize>, args: &[Arg<'_>]) -> Option<String> {
        let pattern = self.fluent.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len() + 1);
        if let Some(n) = n {
            fluent_args.set("n", n);
        }
        for (name, value) in args {
            fluent_args.set(Cow::Borrowed(*name), value.to_string());
        }
        Some(self.fluent.format_pattern(pattern, Some(&fluent_args), &mut Vec::new()).into_owned())
    }
}

/// The languages to look a message up in: the one spoken, then English.
fn speaking() -> impl Iterator<Item = &'static Bundle> {
    let spoken = language::current();
    std::iter::once(Bundle::of(spoken)).chain((spoken != Language::English).then(|| Bundle::of(Language::English)))
}

/// The text of the message `key` without arguments, in the language spoken.
pub(super) fn text(key: &'static str) -> &'static str {
    speaking().find_map(|b| b.plain.get(key)).map_or(key, String::as_str)
}

/// The message `key` with its arguments (and its count `n`), in the language spoken.
pub(super) fn say(key: &'static str, n: Option<usize>, args: &[Arg<'_>]) -> String {
    speaking().find_map(|b| b.say(key, n, args)).unwrap_or_else(|| key.to_owned())
}
