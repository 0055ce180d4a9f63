//! Reading programmes: the bundled editions and programme files in our TOML format, frab /
//! Pentabarf XML, C3VOC schedule.json or iCalendar (recognised from the content), or a
//! spreadsheet (`sheet`: a workbook by its first bytes, CSV by its name or header row), with
//! located errors and warnings. Text is kept as the file gives it: it is neutralised where it is printed
//! or drawn (`sanitize`), and JSON output escapes it (`safe_json`).

mod bundled;
mod c3voc_json;
pub mod cache;
mod event;
mod event_list;
mod fields;
mod frab_xml;
mod ical;
mod markup;
mod open;
mod raw;
mod readers;
mod safe_toml;
pub mod sheet;
mod toml_file;
mod write;
mod xml_text;
mod zone;

pub use open::{Opening, Source, open};
pub use write::to_toml;

use std::path::Path;

use thiserror::Error;

pub use bundled::{BUNDLED, Bundled, EditionChoice, Unrecorded, WITHOUT_PROGRAMME, ordinal_name};

use crate::diagnostic::{self, Problem};
use crate::model::Programme;
use crate::validate;

/// A programme that loaded, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub programme: Programme,
    pub warnings: Vec<Problem>,
}

/// The name of our own format, for messages.
pub const TOML_FORMAT: &str = "whrcf TOML";

/// Every format a programme file may be in, for a message about a file that is none of them
/// (in the language spoken).
pub fn any_format() -> &'static str {
    crate::wording::LOAD_ANY_FORMAT.text()
}

/// How to read files that leave something open.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The zone of local times in a file that names none (`--tz`).
    pub fallback_zone: Option<chrono_tz::Tz>,
    /// Which spreadsheet column holds which field, overriding what is recognised (`--column-map`).
    pub columns: Option<&'a sheet::ColumnMapping>,
}

/// Why a programme could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}", crate::wording::CANNOT_READ.say(&[("path", path), ("reason", &crate::wording::io_reason(source))]))]
    Read { path: String, source: std::io::Error },
    #[error("{}", crate::wording::LOAD_BINARY.say(&[("path", path), ("offset", offset), ("expected", expected)]))]
    Binary { path: String, offset: usize, expected: &'static str },
    #[error("{}", render(.problems))]
    Invalid { problems: Vec<Problem> },
    #[error("{}", crate::wording::LOAD_UNKNOWN_EDITION.say(&[("year", .0), ("editions", &bundled::valid_editions())]))]
    UnknownEdition(i32),
    #[error("{0}")]
    NotSchedule(String),
    /// Text that no reader recognises and that does not begin as TOML does (Markdown, prose).
    #[error("{}", crate::wording::LOAD_NO_FORMAT.say(&[("path", path), ("expected", &any_format())]))]
    NoFormat { path: String },
    #[error("{}", crate::wording::web::failure(address, failure))]
    Fetch { address: String, failure: crate::web::Failure },
}

fn render(problems: &[Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

impl LoadError {
    /// Every problem behind this error (one for read errors).
    pub fn problems(&self) -> Vec<String> {
        match self {
            LoadError::Invalid { problems } => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// Whether the file could not be read at all (as opposed to read and found invalid).
    pub fn is_unreadable(&self) -> bool {
        matches!(self, LoadError::Read { .. } | LoadError::Binary { .. })
    }
}

/// A programme from TOML text; `path` names it in messages.
pub fn from_toml(text: &str, path: &str) -> Result<Loaded, LoadError> {
    toml_file::parse(text, path)
        .map(|(programme, warnings)| Loaded {
            programme,
            warnings: diagnostic::capped(diagnostic::in_file_order(warnings)),
        })
        .map_err(|problems| LoadError::Invalid { problems: diagnostic::capped(diagnostic::in_file_order(problems)) })
}

/// A programme file in any supported format.
pub fn from_path(path: &Path) -> Result<Loaded, LoadError> {
    from_path_with(path, Options::default())
}

/// A programme file in any supported format, with options for what the file leaves open.
pub fn from_path_with(path: &Path, options: Options) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let bytes = crate::untrusted_file::read(path, crate::untrusted_file::MAX_PROGRAMME_BYTES)
        .map_err(|source| LoadError::Read { path: shown.clone(), source })?;
    from_file_bytes(bytes, &shown, options)
}

/// A programme from the bytes of a file; `path` names it in messages.
pub fn from_bytes(bytes: &[u8], path: &str, options: Options) -> Result<Loaded, LoadError> {
    match read(bytes, path, options)? {
        Read::Programme(loaded) => Ok(loaded),
        Read::Schedule(schedule) => build(schedule, path, options),
    }
}

/// A programme from the bytes of a file, which are freed as soon as a schedule's events are read,
/// before they become sessions (the file and the sessions made from it are never held at once).
pub fn from_file_bytes(bytes: Vec<u8>, path: &str, options: Options) -> Result<Loaded, LoadError> {
    let read = read(&bytes, path, options)?;
    drop(bytes);
    match read {
        Read::Programme(loaded) => Ok(loaded),
        Read::Schedule(schedule) => build(schedule, path, options),
    }
}

/// What a file's bytes hold: our own programme (already checked), or a schedule's events.
enum Read {
    Programme(Loaded),
    Schedule(Schedule),
}

/// A schedule's facts and events as read, with the warnings found reading them.
struct Schedule {
    conference: event::Conference,
    events: event_list::EventList,
    warnings: Vec<Problem>,
}

/// Read a file's bytes: our TOML into a programme, a schedule or a spreadsheet into its events.
fn read(bytes: &[u8], path: &str, options: Options) -> Result<Read, LoadError> {
    let kind = sheet::kind(bytes, path);
    if kind == Some(sheet::Kind::Workbook) {
        return read_sheet(bytes, sheet::Kind::Workbook, path, options);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let Some(reader) = readers::for_head(&head) else {
        if let Some(kind) = kind {
            // Binary bytes named `.csv` are not a spreadsheet without a header row: they are no text.
            if let Some(offset) = sheet::binary_at(bytes) {
                return Err(LoadError::Binary { path: path.to_owned(), offset, expected: sheet::TEXT_FORMAT });
            }
            return read_sheet(bytes, kind, path, options);
        }
        let toml_named = std::path::Path::new(path).extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if let Some(kind) = readers::unknown_kind(&head, toml_named || begins_as_toml(&head)) {
            let args: [crate::wording::Arg<'_>; 3] = [("path", &path), ("kind", &kind), ("toml", &TOML_FORMAT)];
            return Err(LoadError::NotSchedule(crate::wording::LOAD_UNKNOWN_KIND.say(&args)));
        }
        let text = decode(bytes, path)?;
        if !toml_named && !begins_as_toml(text) {
            return Err(LoadError::NoFormat { path: path.to_owned() });
        }
        return from_toml(text, path).map(Read::Programme);
    };
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(LoadError::Binary { path: path.to_owned(), offset, expected: reader.name });
    }
    let mut warnings = Vec::new();
    // A stray invalid byte in a schedule costs that character, not the file: it is replaced and reported.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(e) => {
            let at = diagnostic::LineIndex::new(path, std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or(""));
            warnings.push(Problem::warning(at.locate(e.valid_up_to()), None, crate::wording::LOAD_INVALID_UTF8.text()));
            String::from_utf8_lossy(bytes)
        }
    };
    let index = diagnostic::LineIndex::new(path, &text);
    let (conference, events) = (reader.read)(&text, &index, &mut warnings).map_err(LoadError::NotSchedule)?;
    Ok(Read::Schedule(Schedule { conference, events, warnings }))
}

/// A spreadsheet's sessions as a schedule's events.
fn read_sheet(bytes: &[u8], kind: sheet::Kind, path: &str, options: Options) -> Result<Read, LoadError> {
    let mut warnings = Vec::new();
    let (conference, events) =
        sheet::read(bytes, kind, path, options.columns, &mut warnings).map_err(LoadError::NotSchedule)?;
    Ok(Read::Schedule(Schedule { conference, events, warnings }))
}

/// The programme of a schedule's events, checked.
fn build(schedule: Schedule, path: &str, options: Options) -> Result<Loaded, LoadError> {
    let Schedule { conference, events, mut warnings } = schedule;
    let sheets = conference.sheets.clone();
    let programme = match event::build(path, conference, events, options.fallback_zone, &mut warnings) {
        Ok(programme) => programme,
        // Every event was skipped: the reasons are the error, each where it was found.
        Err(message) if warnings.is_empty() => return Err(LoadError::NotSchedule(format!("{path}: {message}"))),
        Err(message) => {
            let mut warnings = diagnostic::in_file_order(warnings);
            warnings.iter_mut().for_each(|w| w.severity = diagnostic::Severity::Error);
            warnings.push(Problem::error(
                diagnostic::Location { path: path.to_owned(), ..Default::default() },
                None,
                message,
            ));
            return Err(LoadError::Invalid { problems: diagnostic::capped(warnings) });
        }
    };
    // What is said of the file as a whole (the zone it is read in) comes before what is said of
    // its sheets and rows, which keep their order (a workbook's cells have no line to sort by).
    warnings.sort_by_key(|w| !(w.location.path == path && w.location.line.is_none()));
    if !sheets.is_empty() {
        warnings.sort_by_cached_key(|w| sheet::order_in_workbook(&w.location.path, path, &sheets));
    }
    let problems = validate::check(&programme, &validate::FileLocator(path.to_owned()));
    warnings.extend(problems.into_iter().map(|p| Problem { severity: diagnostic::Severity::Warning, ..p }));
    Ok(Loaded { programme, warnings: diagnostic::capped(diagnostic::in_file_order(warnings)) })
}

/// Bytes of a file no other reader recognised as UTF-8 text (of our TOML format), refusing
/// binary data (NUL bytes or invalid UTF-8): such a file may have been meant as any format.
pub fn decode<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let binary = |offset| LoadError::Binary { path: path.to_owned(), offset, expected: any_format() };
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(binary(offset));
    }
    std::str::from_utf8(bytes).map_err(|e| binary(e.valid_up_to()))
}

/// Whether text begins as a TOML document does: its first line that is not blank or a comment
/// is a table header (`[name]`, `[[name]]`) or a `key = value`. A document of comments only
/// counts (the TOML reader then says what it lacks).
fn begins_as_toml(text: &str) -> bool {
    let Some(first) = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')) else {
        return true;
    };
    let code = first.split(" #").next().unwrap_or(first).trim_end();
    let key_char = |c: char| c.is_alphanumeric() || "_-.\"' ".contains(c);
    if let Some(inner) = code.strip_prefix('[') {
        let inner = inner.strip_prefix('[').unwrap_or(inner);
        let inner = inner.strip_suffix("]]").or_else(|| inner.strip_suffix(']'));
        return inner.is_some_and(|name| !name.trim().is_empty() && name.chars().all(key_char));
    }
    code.split_once('=').is_some_and(|(key, _)| !key.trim().is_empty() && key.chars().all(key_char))
}

/// A bundled edition.
pub fn bundled(edition: i32) -> Result<Loaded, LoadError> {
    let b = bundled::find(edition).ok_or(LoadError::UnknownEdition(edition))?;
    from_toml(b.text, b.file)
}

/// The newest bundled edition.
pub fn default_bundled() -> Result<Loaded, LoadError> {
    bundled(bundled::newest().edition)
}

#[cfg(test)]
#[path = "load/load_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "load/korean_tests.rs"]
mod korean_tests;
