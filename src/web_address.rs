//! Web addresses from a programme file, made safe to hand to a browser or to put in a terminal
//! hyperlink: only `http` and `https`, with a host; no white space, no control character (so no
//! ESC or BEL that could end an OSC 8 sequence and start another), no invisible bidi or
//! zero-width control; any other character outside printable ASCII is percent-encoded.

use crate::model::Session;
use crate::sanitize;

/// Longer than this is not an address anyone means (and no terminal keeps it).
const MAX_LEN: usize = 2048;

/// `raw` as a web address that is safe to open and to link, or `None` when it is not one.
pub fn checked(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let scheme_end = raw.find("://")?;
    let scheme = raw[..scheme_end].to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = &raw[scheme_end + 3..];
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if rest[..host_end].is_empty() || rest[..host_end].starts_with(':') {
        return None;
    }
    let mut out = format!("{scheme}://");
    for c in rest.chars() {
        if c.is_whitespace() || c.is_control() || sanitize::is_unsafe(c) {
            return None;
        }
        if c.is_ascii_graphic() && c != '\\' {
            out.push(c);
        } else {
            let mut bytes = [0u8; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    (out.len() <= MAX_LEN).then_some(out)
}

/// The endings of addresses that are a recording, slides or a download rather than a page.
const FILE_ENDINGS: &[&str] = &[
    "webm", "mp4", "m4v", "mkv", "mov", "avi", "ogv", "mp3", "m4a", "ogg", "oga", "opus", "flac", "wav", "pdf", "odp",
    "ppt", "pptx", "key", "doc", "docx", "odt", "zip", "gz", "tgz", "bz2", "xz", "7z", "tar", "torrent", "srt", "vtt",
    "png", "jpg", "jpeg", "gif", "svg",
];

/// Whether a checked address names a media file or an attachment (its path ends in one of
/// [`FILE_ENDINGS`], whatever the case), not a page.
pub fn is_file_download(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let Some((_, name)) = path.split_once('/').map(|(_, p)| p.rsplit_once('/').unwrap_or(("", p))) else {
        return false;
    };
    name.rsplit_once('.').is_some_and(|(_, ending)| FILE_ENDINGS.iter().any(|e| e.eq_ignore_ascii_case(ending)))
}

/// A session's web page: the loaders put the session's own page first among its sources (frab's
/// `<url>`, schedule.json's `url`, iCalendar's `URL`), then its other links; the first web
/// address that is not a recording or an attachment is its page. A session with nothing but
/// files has the first of them.
pub fn page(s: &Session) -> Option<String> {
    // A source may carry a note after its address ("https://… (weak source: …)"): the address is
    // its first word.
    let mut addresses = s.sources.iter().filter_map(|source| checked(source.split_whitespace().next()?));
    let first = addresses.next()?;
    if !is_file_download(&first) {
        return Some(first);
    }
    Some(addresses.find(|a| !is_file_download(a)).unwrap_or(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_addresses_pass() {
        assert_eq!(checked(" https://example.org/a?b=c#d ").as_deref(), Some("https://example.org/a?b=c#d"));
        assert_eq!(checked("HTTP://example.org").as_deref(), Some("http://example.org"));
        assert_eq!(checked("https://예시.kr/길").as_deref(), Some("https://%EC%98%88%EC%8B%9C.kr/%EA%B8%B8"));
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.org",
            "https://",
            "https:///path",
            "//example.org",
            "example.org",
            "https://example.org/\u{1b}]8;;https://evil.example\u{7}",
            "https://example.org/\u{7}",
            "https://example.org/\u{9c}",
            "https://example.org/a b",
            "https://example.org/\u{202e}gpj.exe",
        ] {
            assert_eq!(checked(bad), None, "{bad:?}");
        }
        assert_eq!(checked(&format!("https://example.org/{}", "a".repeat(MAX_LEN))), None);
    }

    #[test]
    fn recordings_and_attachments_are_not_pages() {
        for file in [
            "https://video.fosdem.org/2020/Janson/keynotes_welcome.webm",
            "https://example.org/a/slides.PDF?download=1",
            "http://example.org/talk.mp3#t=10",
            "https://example.org/files/archive.zip",
        ] {
            assert!(is_file_download(file), "{file}");
        }
        for page in [
            "https://fosdem.org/2020/schedule/event/keynotes_welcome/",
            "https://submission.fosdem.org/feedback/9025.php",
            "https://example.pdf",
            "https://example.org/event.mp4/",
            "https://example.org/?file=a.webm",
        ] {
            assert!(!is_file_download(page), "{page}");
        }
    }

    proptest::proptest! {
        #[test]
        fn whatever_passes_is_printable_ascii_and_http(tail in "\\PC*|[\\x00-\\x7f\\u{80}-\\u{9f}\\u{200b}-\\u{202e}]*") {
            for raw in [format!("https://h/{tail}"), format!("http://{tail}"), tail.clone()] {
                if let Some(url) = checked(&raw) {
                    proptest::prop_assert!(url.chars().all(|c| c.is_ascii_graphic()), "{url:?}");
                    proptest::prop_assert!(url.starts_with("https://") || url.starts_with("http://"));
                }
            }
        }
    }
}
