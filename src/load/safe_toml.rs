//! TOML text that is safe to print and to `cat`: the TOML serializer writes C1 controls, bidi and
//! zero-width characters raw (they are legal in TOML strings, and literal strings `'…'` cannot
//! escape anything). This pass finds every string of the serializer's output and writes those
//! characters as `\uXXXX`; a literal string holding one becomes a basic string with the same value.
//! The text parses to exactly the same values.

use crate::sanitize::is_unsafe;

/// Where the scan is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Code,
    Comment,
    Basic,
    MultiBasic,
}

fn unicode_escape(out: &mut String, c: char) {
    out.push_str(&format!("\\u{:04X}", u32::from(c)));
}

/// The value of a literal string `'…'` or `'''…'''` written as a basic string with every
/// character that needs it escaped.
fn as_basic(out: &mut String, value: &str, multi: bool) {
    let quotes = if multi { "\"\"\"" } else { "\"" };
    out.push_str(quotes);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' if multi => out.push('\n'),
            c if is_unsafe(c) => unicode_escape(out, c),
            c => out.push(c),
        }
    }
    out.push_str(quotes);
}

/// `toml` (a serializer's output) with every unsafe character escaped.
pub fn escape_unsafe(toml: &str) -> String {
    if !toml.chars().any(|c| is_unsafe(c) && c != '\n') {
        return toml.to_owned();
    }
    let mut out = String::with_capacity(toml.len() + 64);
    let mut state = In::Code;
    let mut rest = toml;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match state {
            In::Code if rest.starts_with("'''") || c == '\'' => {
                let delim = if rest.starts_with("'''") { "'''" } else { "'" };
                let body = &rest[delim.len()..];
                let mut end = body.find(delim).unwrap_or(body.len());
                // A multi-line string may end in one or two quotes of its own: `'''it'''''`.
                while delim.len() == 3 && body[end..].starts_with("''''") && end + 4 <= body.len() {
                    end += 1;
                }
                let value = &body[..end];
                if value.chars().any(|c| is_unsafe(c) && c != '\n') {
                    as_basic(&mut out, value, delim.len() == 3);
                } else {
                    out.push_str(&rest[..delim.len() + end + delim.len().min(body.len() - end)]);
                }
                rest = &body[(end + delim.len()).min(body.len())..];
                continue;
            }
            In::Code if rest.starts_with("\"\"\"") => {
                out.push_str("\"\"\"");
                rest = &rest[3..];
                state = In::MultiBasic;
                continue;
            }
            In::Code if c == '"' => state = In::Basic,
            In::Code if c == '#' => state = In::Comment,
            In::Comment if c == '\n' => state = In::Code,
            In::Basic | In::MultiBasic if c == '\\' => {
                let escaped = after.chars().next().map_or(0, char::len_utf8);
                out.push('\\');
                out.push_str(&after[..escaped]);
                rest = &after[escaped..];
                continue;
            }
            In::Basic if c == '"' => state = In::Code,
            In::MultiBasic if rest.starts_with("\"\"\"") => {
                // The delimiter is the last three of a run of up to five quotes.
                let run = rest.bytes().take(5).take_while(|b| *b == b'"').count();
                out.push_str(&rest[..run]);
                rest = &rest[run..];
                state = In::Code;
                continue;
            }
            _ => {}
        }
        if is_unsafe(c) && c != '\n' && c != '\t' {
            unicode_escape(&mut out, c);
        } else {
            out.push(c);
        }
        rest = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Doc {
        a: String,
        b: String,
        c: String,
        d: String,
        e: Vec<String>,
    }

    #[test]
    fn every_string_shape_keeps_its_value_and_loses_its_controls() {
        let doc = Doc {
            a: "say \"hi\" \u{9b}2J \u{202e}x".into(),
            b: "back\\slash \u{200d} it's".into(),
            c: "multi\nline \u{2028} \u{1b}]52;c;x\u{7} \"quoted\" ''' ends in a quote\"".into(),
            d: "plain \u{7f} 광주 🌏".into(),
            e: vec!["'single' \u{200b}".into(), "x".into(), "two\nlines 'ending''".into(), "can't \"\u{9b}\"".into()],
        };
        let raw = toml::to_string(&doc).unwrap();
        let safe = escape_unsafe(&raw);
        assert!(safe.chars().all(|c| !is_unsafe(c) || c == '\n'), "{safe}");
        assert_eq!(toml::from_str::<Doc>(&safe).unwrap(), doc, "{safe}");
    }

    proptest::proptest! {
        /// Any text in any string shape the serializer picks comes back the same, with nothing unsafe left.
        #[test]
        fn any_text_round_trips(
            texts in proptest::collection::vec(
                proptest::string::string_regex("([a-z '\"\\\\\n]|[\u{1b}\u{7}\u{7f}\u{85}\u{9b}\u{202e}\u{200d}\u{2028}\u{feff}광]){0,24}").unwrap(),
                5,
            )
        ) {
            let doc = Doc { a: texts[0].clone(), b: texts[1].clone(), c: texts[2].clone(), d: texts[3].clone(), e: vec![texts[4].clone()] };
            let safe = escape_unsafe(&toml::to_string(&doc).unwrap());
            proptest::prop_assert!(safe.chars().all(|c| !is_unsafe(c) || c == '\n'), "{}", safe);
            proptest::prop_assert_eq!(toml::from_str::<Doc>(&safe).unwrap(), doc);
        }
    }
}
