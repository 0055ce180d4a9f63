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

/// A session's web page: its first source that is a web address.
pub fn page(s: &Session) -> Option<String> {
    s.sources.iter().find_map(|source| checked(source))
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
