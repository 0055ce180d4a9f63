//! Following a programme on the web: the first open fetches it and keeps an offline copy; later
//! opens start from the copy without the network; a refresh asks the server whether it changed
//! (a conditional request) and replaces the copy only with a body that reads as a programme. A
//! failed fetch leaves the copy as it was. What is fetched is read exactly as a file would be.

use chrono::{DateTime, Utc};

use super::fetch::{self, Failure, Fetched, Validators};
use super::{Address, Following, offline};
use crate::diagnostic::{Location, Problem};
use crate::load::{self, LoadError, Loaded};

/// Where an opened web programme came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Fetched now; `kept` says why the offline copy could not be written, if it could not.
    Fetched { bytes: u64, not_kept: Option<Failure> },
    /// Read from the offline copy fetched then.
    OfflineCopy { fetched_at: DateTime<Utc> },
}

/// What a refresh did.
#[derive(Debug, Clone)]
pub enum Refreshed {
    /// The server said the copy fetched then is current (304), or sent the same bytes again.
    NotModified { fetched_at: DateTime<Utc> },
    /// The copy was replaced by a newer programme (or written for the first time): the programme
    /// as read from it.
    Updated { loaded: Box<Loaded>, bytes: u64, first: bool },
}

/// `raw` as an address, or the failure naming it (neutralised).
fn address(raw: &str) -> Result<Address, LoadError> {
    Address::parse(raw).ok_or_else(|| LoadError::Fetch {
        address: crate::sanitize::visible(raw).into_owned(),
        failure: if has_control(raw) { Failure::ControlInAddress } else { Failure::BadAddress },
    })
}

/// Whether `raw` holds a control character or an invisible one that could change what a
/// terminal shows.
pub fn has_control(raw: &str) -> bool {
    raw.chars().any(|c| c.is_control() || crate::sanitize::is_unsafe(c))
}

/// The failure of a body that did not read as a programme: a web page, text in no format whrcf
/// reads, or the first problem found.
fn unreadable_body(e: &LoadError, content_type: Option<&str>) -> Option<Failure> {
    if is_html(content_type) {
        return Some(Failure::WebPage);
    }
    matches!(e, LoadError::NoFormat { .. }).then(|| Failure::NoFormat { content_type: content_type.map(str::to_owned) })
}

/// Open the programme at `raw`: from the offline copy when there is a usable one, else fetched
/// (and kept).
pub fn open(raw: &str, options: load::Options, how: &Following) -> Result<(Loaded, Origin), LoadError> {
    let address = address(raw)?;
    if let Some(dir) = how.dir
        && let Ok(Some(copy)) = offline::read(dir, &address)
    {
        let fetched_at = copy.meta.fetched_at;
        let loaded = load::from_file_bytes(copy.body, address.as_str(), options)?;
        return Ok((loaded, Origin::OfflineCopy { fetched_at }));
    }
    let failed = |failure| LoadError::Fetch { address: address.to_string(), failure };
    let (bytes, validators, content_type) = match fetch::get(&address, None, &how.limits, how.progress) {
        Ok(Fetched::Body { bytes, validators, content_type }) => (bytes, validators, content_type),
        Ok(Fetched::NotModified) => return Err(failed(Failure::Status(304))),
        Err(failure) => return Err(failed(failure)),
    };
    if looks_like_web_page(&bytes) {
        return Err(failed(Failure::WebPage));
    }
    let mut loaded = load::from_bytes(&bytes, address.as_str(), options)
        .map_err(|e| unreadable_body(&e, content_type.as_deref()).map_or(e, failed))?;
    let not_kept = how.dir.and_then(|dir| keep(dir, &address, &validators, &bytes).err());
    if let Some(failure) = &not_kept {
        let location = Location { path: address.to_string(), ..Location::default() };
        loaded.warnings.push(Problem::warning(location, None, crate::wording::web::what(failure)));
    }
    Ok((loaded, Origin::Fetched { bytes: bytes.len() as u64, not_kept }))
}

/// Ask the server whether the programme at `raw` changed since the offline copy in `how.dir` was
/// fetched, and replace the copy when it did. On any failure the copy stays as it was.
pub fn refresh(raw: &str, options: load::Options, how: &Following) -> Result<Refreshed, LoadError> {
    refresh_shown(raw, options, how, None)
}

/// [`refresh`] for an app showing the version fetched at `shown`: when the server has nothing
/// newer than the offline copy but the copy is newer than what is shown (another instance kept
/// it), the copy is the newer version.
pub fn refresh_shown(
    raw: &str,
    options: load::Options,
    how: &Following,
    shown: Option<DateTime<Utc>>,
) -> Result<Refreshed, LoadError> {
    let address = address(raw)?;
    let failed = |failure| LoadError::Fetch { address: address.to_string(), failure };
    let dir =
        how.dir.ok_or_else(|| failed(Failure::CannotKeep(crate::wording::WEB_NO_DATA_DIRECTORY.text().into())))?;
    let copy = offline::read(dir, &address).ok().flatten();
    let validators =
        copy.as_ref().map(|c| &c.meta.validators).filter(|v| v.etag.is_some() || v.last_modified.is_some());
    let (bytes, validators, content_type) = match fetch::get(&address, validators, &how.limits, how.progress) {
        Ok(Fetched::Body { bytes, validators, content_type }) => (bytes, validators, content_type),
        Ok(Fetched::NotModified) => {
            return match copy {
                Some(copy) => not_modified(copy, &address, options, shown),
                None => Err(failed(Failure::Status(304))),
            };
        }
        Err(failure) => return Err(failed(failure)),
    };
    let first = copy.is_none();
    if let Some(copy) = copy.filter(|c| c.body == bytes) {
        // The same bytes under new validators (the file was touched on the server): the copy keeps
        // them, so that the next refresh is answered 304 instead of downloading it all again.
        // They were fetched when the copy was: its time stays, so that it still tells whether an app
        // shows them.
        if copy.meta.validators != validators {
            offline::write(dir, &address, &validators, copy.meta.fetched_at, &bytes)
                .map_err(|e| failed(Failure::CannotKeep(e.to_string())))?;
        }
        return not_modified(copy, &address, options, shown);
    }
    if looks_like_web_page(&bytes) {
        return Err(failed(Failure::WebPage));
    }
    let loaded = load::from_bytes(&bytes, address.as_str(), options).map_err(|e| {
        failed(
            unreadable_body(&e, content_type.as_deref())
                .unwrap_or_else(|| Failure::NotProgramme(e.problems().into_iter().next().unwrap_or_default())),
        )
    })?;
    if let Some(failure) = keep(dir, &address, &validators, &bytes).err() {
        return Err(failed(failure));
    }
    Ok(Refreshed::Updated { loaded: Box::new(loaded), bytes: bytes.len() as u64, first })
}

/// The server has nothing newer than `copy`: "not modified", unless the app shows a version
/// fetched before the copy was, when the copy is read as the newer version.
fn not_modified(
    copy: offline::Copy,
    address: &Address,
    options: load::Options,
    shown: Option<DateTime<Utc>>,
) -> Result<Refreshed, LoadError> {
    let fetched_at = copy.meta.fetched_at;
    if shown.is_none_or(|shown| fetched_at <= shown) {
        return Ok(Refreshed::NotModified { fetched_at });
    }
    let bytes = copy.body.len() as u64;
    let loaded = load::from_file_bytes(copy.body, address.as_str(), options)?;
    Ok(Refreshed::Updated { loaded: Box::new(loaded), bytes, first: false })
}

/// Write the offline copy.
fn keep(dir: &std::path::Path, address: &Address, validators: &Validators, bytes: &[u8]) -> Result<(), Failure> {
    offline::write(dir, address, validators, Utc::now(), bytes)
        .map(drop)
        .map_err(|e| Failure::CannotKeep(e.to_string()))
}

/// Whether a media type is a web page's.
fn is_html(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("text/html"))
}

/// Whether a body begins as a web page does (`<!DOCTYPE html>`, `<html>`), past a byte-order
/// mark, white space and an XML declaration or comments.
pub fn looks_like_web_page(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?xml").or_else(|| rest.strip_prefix("<!--")) {
            let close = if rest.starts_with("<?") { "?>" } else { "-->" };
            match after.find(close) {
                Some(i) => rest = after[i + close.len()..].trim_start(),
                None => return false,
            }
        } else {
            return rest.starts_with("<!doctype html") || rest.starts_with("<html");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_page_is_told_from_a_schedule() {
        assert!(looks_like_web_page(b"\xef\xbb\xbf  <!DOCTYPE html>\n<html><form>Sign in</form>"));
        assert!(looks_like_web_page(b"<?xml version=\"1.0\"?>\n<!-- x -->\n<html xmlns=\"x\">"));
        assert!(!looks_like_web_page(b"<?xml version=\"1.0\"?>\n<schedule><conference/>"));
        assert!(!looks_like_web_page(b"{\"schedule\": {}}"));
        assert!(!looks_like_web_page(b"BEGIN:VCALENDAR\r\n"));
    }

    #[test]
    fn a_refresh_without_a_data_directory_says_so_in_korean() {
        use crate::wording::language::{Clock, Language, speaking};
        let how = Following::default();
        let said = speaking(Language::Korean, Clock::TwentyFourHour, || {
            refresh("https://example.org/schedule.xml", load::Options::default(), &how).unwrap_err().to_string()
        });
        assert!(said.contains("오프라인 사본을 저장하지 못했습니다: 데이터 디렉터리가 없습니다"), "{said}");
    }
}
