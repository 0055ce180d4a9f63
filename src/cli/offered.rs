//! Value parsers that offer their values to shell completion: `whrcf --lang <Tab>` offers
//! `en ko` and `--edition <Tab>` the bundled years and `all`, not file names. What is typed is
//! still read by the option's own parse function (an ordinal, `13th`, and its messages).

use clap::builder::{PossibleValue, TypedValueParser};
use whrcf::load::{BUNDLED, EditionChoice};
use whrcf::wording::language::Language;

/// A parse function with the values completion offers.
#[derive(Clone)]
pub struct Offered<T> {
    parse: fn(&str) -> Result<T, String>,
    values: fn() -> Vec<&'static str>,
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Offered<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        self.parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new((self.values)().into_iter().map(PossibleValue::new)))
    }
}

/// `--lang`: en or ko.
pub fn languages() -> Offered<Language> {
    Offered { parse: |s| s.parse(), values: || vec!["en", "ko"] }
}

/// `--edition`: the bundled years, newest first, and `all` (ordinals are accepted, not offered).
pub fn editions() -> Offered<EditionChoice> {
    Offered {
        parse: |s| s.parse(),
        values: || {
            let years = BUNDLED.iter().map(|b| b.file.trim_start_matches("data/whrcf-").trim_end_matches(".toml"));
            years.chain(["all"]).collect()
        },
    }
}
