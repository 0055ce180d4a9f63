//! A programme followed on the web, in words: why a fetch failed, what a refresh did, how far a
//! download has come. Every address and every detail a server or the system supplied is
//! neutralised here, so no message can carry a terminal escape.

use chrono::{DateTime, Utc};

use crate::sanitize::line;
use crate::web::fetch::Certificate;
use crate::web::follow::Refreshed;
use crate::web::{Failure, Progress};

/// `https://…: the server answered 404 Not Found`.
pub fn failure(address: &str, failure: &Failure) -> String {
    super::WEB_FAILED.say(&[("address", &line(address)), ("what", &what(failure))])
}

/// What went wrong, without the address.
pub fn what(failure: &Failure) -> String {
    let why = |text: &str| line(text);
    match failure {
        Failure::BadAddress => super::WEB_BAD_ADDRESS.text().to_owned(),
        Failure::ControlInAddress => super::WEB_ADDRESS_CONTROL.text().to_owned(),
        Failure::HostNotFound => super::WEB_HOST_NOT_FOUND.text().to_owned(),
        Failure::Refused => super::WEB_REFUSED.text().to_owned(),
        Failure::ConnectionFailed(e) => super::WEB_CONNECTION_FAILED.say(&[("why", &why(e))]),
        Failure::TimedOut => super::WEB_TIMED_OUT.text().to_owned(),
        Failure::Status(code) => super::WEB_STATUS.say(&[("status", &status(*code))]),
        Failure::WebPage => super::WEB_PAGE.text().to_owned(),
        Failure::Truncated { received } => super::WEB_TRUNCATED.say(&[("received", &size(*received))]),
        Failure::TooLarge { max_bytes } => super::WEB_TOO_LARGE.say(&[("max", &size(*max_bytes))]),
        Failure::Certificate(c) => super::WEB_CERTIFICATE.say(&[("why", &certificate(c))]),
        Failure::Tls(e) => super::WEB_TLS.say(&[("why", &why(e))]),
        Failure::TooManyRedirects => super::WEB_TOO_MANY_REDIRECTS.say(&[("max", &crate::web::fetch::MAX_REDIRECTS)]),
        Failure::InsecureRedirect => super::WEB_INSECURE_REDIRECT.text().to_owned(),
        Failure::BadRedirect => super::WEB_BAD_REDIRECT.text().to_owned(),
        Failure::NotProgramme(problem) => super::WEB_NOT_PROGRAMME.say(&[("problem", &why(problem))]),
        Failure::NoFormat { content_type } => {
            let sent = content_type.as_deref().map_or_else(|| super::WEB_NO_CONTENT_TYPE.text().to_owned(), line);
            super::WEB_NO_FORMAT.say(&[("formats", &crate::load::any_format()), ("content_type", &sent)])
        }
        Failure::CannotKeep(e) => super::WEB_CANNOT_KEEP.say(&[("why", &why(e))]),
        Failure::Protocol(e) => super::WEB_PROTOCOL.say(&[("why", &why(e))]),
    }
}

/// What is wrong with a certificate.
fn certificate(c: &Certificate) -> String {
    match c {
        Certificate::UnknownIssuer => super::WEB_CERT_UNKNOWN_ISSUER.text().to_owned(),
        Certificate::Expired => super::WEB_CERT_EXPIRED.text().to_owned(),
        Certificate::NotValidYet => super::WEB_CERT_NOT_VALID_YET.text().to_owned(),
        Certificate::OtherHost => super::WEB_CERT_OTHER_HOST.text().to_owned(),
        Certificate::Revoked => super::WEB_CERT_REVOKED.text().to_owned(),
        Certificate::Other(e) => line(e),
    }
}

/// A failed refresh, when an offline copy fetched at `fetched_at` stays in use.
pub fn copy_kept(failure_text: &str, fetched_at: DateTime<Utc>) -> String {
    super::WEB_COPY_KEPT.say(&[("failure", &failure_text), ("fetched_at", &moment(fetched_at))])
}

/// Which offline copy of `address` the app shows.
pub fn opened_copy(address: &str, fetched_at: DateTime<Utc>) -> String {
    super::WEB_OPENED_COPY.say(&[("address", &line(address)), ("fetched_at", &moment(fetched_at))])
}

/// The programme at `address`, fetched as the app opened (and kept as the offline copy).
pub fn opened_fetched(address: &str, fetched_at: DateTime<Utc>) -> String {
    super::WEB_OPENED_FETCHED.say(&[("address", &line(address)), ("fetched_at", &moment(fetched_at))])
}

/// Which offline copy of `address` a command read.
pub fn from_copy(address: &str, fetched_at: DateTime<Utc>) -> String {
    super::WEB_FROM_COPY.say(&[("address", &line(address)), ("fetched_at", &moment(fetched_at))])
}

/// What a refresh did.
pub fn refreshed(address: &str, outcome: &Refreshed) -> String {
    let address = line(address);
    match outcome {
        Refreshed::NotModified { fetched_at } => {
            super::WEB_NOT_MODIFIED.say(&[("address", &address), ("fetched_at", &moment(*fetched_at))])
        }
        Refreshed::Updated { loaded, bytes, first } => {
            let message = if *first { super::WEB_FIRST_FETCH } else { super::WEB_UPDATED };
            let sessions = super::SESSIONS.of(loaded.programme.sessions.len());
            message.say(&[("address", &address), ("sessions", &sessions), ("size", &size(*bytes))])
        }
    }
}

/// `fetching https://…: 1.2 MB at 640 KB/s`, `fetching https://…: 1.2 MB of 4.8 MB (25%) at
/// 640 KB/s` when the server announced the size (or `fetched …` once `done`).
pub fn progress(address: &str, p: &Progress, done: bool) -> String {
    let millis = p.elapsed.as_millis().max(1);
    let rate = u64::try_from(u128::from(p.received).saturating_mul(1000) / millis).unwrap_or(u64::MAX);
    let (address, received, rate) = (line(address), size(p.received), size(rate));
    match p.total.filter(|&total| !done && total > 0) {
        Some(total) => {
            let percent = u128::from(p.received.min(total)) * 100 / u128::from(total);
            super::WEB_FETCHING_OF.say(&[
                ("address", &address),
                ("received", &received),
                ("total", &size(total)),
                ("percent", &percent),
                ("rate", &rate),
            ])
        }
        None => {
            let message = if done { super::WEB_FETCHED } else { super::WEB_FETCHING };
            message.say(&[("address", &address), ("received", &received), ("rate", &rate)])
        }
    }
}

/// `404 Not Found`: the code with its standard reason.
fn status(code: u16) -> String {
    match ureq::http::StatusCode::from_u16(code).ok().and_then(|s| s.canonical_reason()) {
        Some(reason) => format!("{code} {reason}"),
        None => code.to_string(),
    }
}

/// `512 B`, `12.3 KB`, `4.5 MB`, `1.2 GB` (powers of 1024).
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 { format!("{bytes} B") } else { format!("{value:.1} {}", UNITS[unit]) }
}

/// A time of fetching: `2026-11-30 00:12 UTC`.
fn moment(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_name_the_address_and_never_carry_an_escape() {
        let text = failure("https://ex.org/s.xml", &Failure::Status(404));
        assert_eq!(text, "https://ex.org/s.xml: the server answered 404 Not Found");
        let hostile = failure("https://ex.org/\x1b[2J", &Failure::Tls("bad\x1b]0;x\x07".into()));
        assert!(!hostile.contains('\x1b') && !hostile.contains('\x07'), "{hostile:?}");
        assert_eq!(size(1536), "1.5 KB");
        assert_eq!(size(512), "512 B");
        let p = Progress { received: 2 << 20, total: None, elapsed: std::time::Duration::from_secs(2) };
        assert_eq!(progress("http://x.org/a", &p, true), "fetched http://x.org/a: 2.0 MB at 1.0 MB/s");
    }

    #[test]
    fn the_progress_line_shows_the_total_and_percentage_when_the_size_is_known() {
        let p = Progress { received: 1 << 20, total: Some(4 << 20), elapsed: std::time::Duration::from_secs(1) };
        assert_eq!(
            progress("http://x.org/a", &p, false),
            "fetching http://x.org/a: 1.0 MB of 4.0 MB (25%) at 1.0 MB/s"
        );
        assert_eq!(progress("http://x.org/a", &p, true), "fetched http://x.org/a: 1.0 MB at 1.0 MB/s");
        let unknown = Progress { total: None, ..p };
        assert_eq!(progress("http://x.org/a", &unknown, false), "fetching http://x.org/a: 1.0 MB at 1.0 MB/s");
    }

    #[test]
    fn a_file_in_no_format_names_the_formats_and_its_content_type() {
        let f = Failure::NoFormat { content_type: Some("text/markdown\x1b[2J".into()) };
        let text = failure("http://x.org/notes", &f);
        assert!(text.starts_with("http://x.org/notes: the server's file is not a programme in any format"), "{text}");
        assert!(text.contains("frab/Pentabarf XML") && text.contains("sent as text/markdown"), "{text}");
        assert!(!text.contains('\x1b'), "{text:?}");
        let control = failure(&crate::sanitize::visible("http://x.org/\x1b[2J"), &Failure::ControlInAddress);
        assert!(control.contains("contains control characters") && !control.contains('\x1b'), "{control:?}");
    }
}
