//! The programme library in words, the same for `whrcf programmes` and the app's switcher: each
//! programme's cells (kind, name, where it comes from, when a web programme was fetched) and what
//! a programme is called in a sentence. Names and locations come from files: neutralised here.

use crate::library::{Entry, Kind};
use crate::load::{BUNDLED, Source};
use crate::sanitize::line;

/// An entry's cells: kind, name, file or address (a bundled edition's year and ordinal), and the
/// last fetch of a web programme (`not fetched yet` before the first).
pub fn cells(entry: &Entry) -> [String; 4] {
    let kind = match entry.kind {
        Kind::Bundled => super::LIBRARY_BUNDLED,
        Kind::Added => super::LIBRARY_ADDED,
        Kind::Recent => super::LIBRARY_RECENT,
    };
    let from = match (&entry.location, &entry.source) {
        (Some(location), _) => line(location),
        (None, Source::Bundled(year)) => {
            let ordinal = BUNDLED.iter().find(|b| b.edition == *year).map_or(0, |b| b.ordinal);
            super::LIBRARY_EDITION.say(&[("edition", year), ("ordinal", &super::ordinal(ordinal))])
        }
        (None, _) => String::new(),
    };
    let fetched = match entry.fetched_at {
        Some(at) => super::LIBRARY_FETCHED.say(&[("at", &at.format("%Y-%m-%d %H:%M UTC"))]),
        None if entry.is_web() => super::LIBRARY_NOT_FETCHED.text().to_owned(),
        None => String::new(),
    };
    [kind.text().to_owned(), line(&entry.name), from, fetched]
}

/// What a programme is called in a sentence: `WHRCF 2025`, an added name, a file's name.
pub fn called(entry: &Entry) -> String {
    match entry.source {
        Source::Bundled(year) => super::LIBRARY_BUNDLED_NAME.say(&[("edition", &year)]),
        _ => line(&entry.name),
    }
}
