//! Programmes followed on the web: a schedule's address (`--programme https://…/schedule.xml`),
//! fetched over HTTP (`fetch`), kept as an offline copy in the data directory (`offline`), opened
//! from that copy and refreshed by a conditional request (`follow`). The library returns facts
//! ([`Failure`], [`follow::Refreshed`]); `wording::web` words them. The address itself is hostile
//! text: it is checked once here and only its checked form is ever printed.

pub mod fetch;
pub mod follow;
pub mod offline;
mod redirect;

use std::path::Path;

pub use fetch::{Failure, Limits, Progress};

/// A checked `http` or `https` address: printable ASCII (anything else percent-encoded), no
/// white space or control character, so it can be shown and logged as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Address(String);

impl Address {
    /// `raw` as an address, or `None` when it is not a usable `http`/`https` address. A space
    /// typed in the path (a file name with spaces) is sent as `%20`, as a browser does, and any
    /// other character outside printable ASCII percent-encoded; a space in the host is no address.
    pub fn parse(raw: &str) -> Option<Address> {
        let raw = raw.trim();
        let host = raw.find("://")? + 3;
        let path = raw[host..].find(['/', '?', '#']).map_or(raw.len(), |i| host + i);
        let encoded = format!("{}{}", &raw[..path], raw[path..].replace(' ', "%20"));
        crate::web_address::checked(&encoded).map(Address)
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the address is `https`.
    pub fn is_https(&self) -> bool {
        self.0.starts_with("https://")
    }
}

impl std::fmt::Display for Address {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether what the user typed where a path goes names a web address (`scheme://…`) rather than
/// a file: a scheme of letters, digits, `+`, `-`, `.` before `://`.
pub fn looks_like_address(raw: &str) -> bool {
    raw.split_once("://").is_some_and(|(scheme, _)| {
        scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Who is told how a fetch of an address progresses.
pub type Tell<'a> = &'a dyn Fn(&Address, Progress);

/// How a web programme is opened: where its offline copy is kept (`None`: nowhere, every open
/// fetches), the client's limits, and who is told how a fetch progresses.
#[derive(Clone, Copy, Default)]
pub struct Following<'a> {
    pub dir: Option<&'a Path>,
    pub limits: Limits,
    pub progress: Option<Tell<'a>>,
}

impl std::fmt::Debug for Following<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Following")
            .field("dir", &self.dir)
            .field("limits", &self.limits)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_are_taken_and_shown_neutralised() {
        assert!(Address::parse("https://example.org/schedule.xml").unwrap().is_https());
        assert!(!Address::parse("http://example.org/s.json").unwrap().is_https());
        assert_eq!(Address::parse("ftp://example.org/s.xml"), None);
        assert_eq!(Address::parse("file:///etc/passwd"), None);
        assert_eq!(Address::parse("https://ex.org/\x1b]0;pwned\x07"), None, "a control character is refused");
        assert_eq!(Address::parse("https://ex.org/행사").unwrap().as_str(), "https://ex.org/%ED%96%89%EC%82%AC");
        assert!(looks_like_address("HTTPS://x.org/a"));
        assert!(looks_like_address("ftp://x.org/a"));
        assert!(!looks_like_address("schedules/a://b.xml"));
        assert!(!looks_like_address("tests/fixtures/schedules/debconf23.xml"));
    }
}
