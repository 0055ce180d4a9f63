//! Text content of XML leaf elements, read straight from the source. A frab description holds
//! escaped HTML (`&lt;p&gt;…`), which an XML reader hands over as thousands of small text and
//! entity events; taking the text up to the end tag whole and decoding it here in one pass
//! costs a fraction of that. Entity references other than the predefined and numeric ones are
//! never expanded: they stay as written.

/// The length of the text at the start of `rest` when it runs straight to an end tag (`</`);
/// `None` when other markup (a child element, a comment, a CDATA section) comes first or the
/// input ends, so that the caller reads it event by event instead.
pub fn leaf_len(rest: &[u8]) -> Option<usize> {
    let lt = memchr::memchr(b'<', rest)?;
    (rest.get(lt + 1) == Some(&b'/')).then_some(lt)
}

/// The length of the white space (space, tab, line ends) at the start of `rest`.
pub fn blank_len(rest: &[u8]) -> usize {
    rest.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')).count()
}

/// `raw` XML text appended to `out`: the predefined entities and character references decoded
/// (any other reference, and a lone `&`, kept as written), and line ends (`\r\n`, `\r`) read
/// as `\n`, as XML 1.0 requires.
pub fn unescape_into(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(cr) = memchr::memchr(b'\r', rest.as_bytes()) {
        decode_references(out, &rest[..cr], reference);
        out.push('\n');
        let after = &rest[cr + 1..];
        rest = after.strip_prefix('\n').unwrap_or(after);
    }
    decode_references(out, rest, reference);
}

/// `s` appended to `out` with each reference `&name;` that `resolve` knows replaced by its
/// character; any other, and a lone `&`, kept as written.
pub fn decode_references(out: &mut String, s: &str, resolve: impl Fn(&str) -> Option<char>) {
    let mut rest = s;
    while let Some(amp) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.bytes().take(12).position(|b| b == b';');
        match end.and_then(|e| resolve(&after[..e]).map(|c| (e, c))) {
            Some((e, c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference's name (between `&` and `;`) stands for in XML.
fn reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => character_reference(name),
    }
}

/// The character of `#233` or `#xE9`; none for NUL, surrogates and numbers beyond Unicode.
pub fn character_reference(name: &str) -> Option<char> {
    let number = name.strip_prefix('#')?;
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(code).filter(|c| *c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unescape(raw: &str) -> String {
        let mut out = String::new();
        unescape_into(&mut out, raw);
        out
    }

    #[test]
    fn decodes_predefined_and_numeric_references_only() {
        assert_eq!(unescape("&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;"), "<p>Tom & Jerry</p>");
        assert_eq!(unescape("&quot;&apos;&#233;&#xE9;&#X1F60E;"), "\"'éé😎");
        assert_eq!(
            unescape("&nbsp;&bogus; & &amp &#0; &#xD800; &#99999999;"),
            "&nbsp;&bogus; & &amp &#0; &#xD800; &#99999999;"
        );
        assert_eq!(unescape("광주 &#44305;주"), "광주 광주");
    }

    #[test]
    fn line_ends_become_newlines() {
        assert_eq!(unescape("a\r\nb\rc\n&#13;"), "a\nb\nc\n\r");
    }

    #[test]
    fn only_text_running_to_an_end_tag_is_taken_whole() {
        assert_eq!(leaf_len(b"Title</title>"), Some(5));
        assert_eq!(leaf_len(b"</title>"), Some(0));
        assert_eq!(leaf_len(b"a <b>bold</b></title>"), None);
        assert_eq!(leaf_len(b"<![CDATA[x]]></d>"), None);
        assert_eq!(leaf_len(b"a<!-- c --></d>"), None);
        assert_eq!(leaf_len(b"cut off"), None);
        assert_eq!(leaf_len(b"ends with <"), None);
        assert_eq!(blank_len(b" \r\n\t <x>"), 5);
        assert_eq!(blank_len(b"x "), 0);
    }
}
