//! HTML and Markdown from abstracts and descriptions, turned into readable plain text.

use std::borrow::Cow;

/// `html` as plain text: tags removed (block tags become line breaks, list items bullets),
/// entities decoded, Markdown links and emphasis simplified, blank lines collapsed.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = memchr::memchr(b'<', rest.as_bytes()) {
        decode_entities(&mut out, &rest[..lt]);
        let after = &rest[lt + 1..];
        let Some(gt) = memchr::memchr(b'>', after.as_bytes()) else {
            decode_entities(&mut out, &rest[lt..]);
            rest = "";
            break;
        };
        let tag = after[..gt].trim_start_matches('/');
        let tag = &tag[..tag.bytes().position(|b| matches!(b, b' ' | b'\t' | b'\n' | b'/')).unwrap_or(tag.len())];
        if BLOCK_TAGS.iter().any(|b| tag.eq_ignore_ascii_case(b)) {
            out.push('\n');
        } else if tag.eq_ignore_ascii_case("li") && !after.starts_with('/') {
            out.push_str("\n• ");
        }
        rest = &after[gt + 1..];
    }
    decode_entities(&mut out, rest);
    markdown(&out)
}

/// Tags that start a new line.
const BLOCK_TAGS: &[&str] =
    &["br", "p", "div", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"];

/// Each line trimmed, headings' `#` and emphasis removed, links simplified; runs of blank lines
/// become one, and none start or end the text.
fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in lines(text) {
        let line = line.trim().trim_start_matches('#').trim_start();
        let bytes = line.as_bytes();
        let mut line = Cow::Borrowed(line);
        if memchr::memchr2(b'*', b'_', bytes).is_some() {
            line = Cow::Owned(line.replace("**", "").replace("__", ""));
        }
        if memchr::memchr(b'[', bytes).is_some() {
            line = Cow::Owned(links(&line));
        }
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

/// The lines of `text`, ends left on (they are trimmed): a byte search, as `str::lines` is
/// slow on many short lines.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]).map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// `[text](url)` -> `text (url)`.
fn links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else { break };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else { break };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        out.push_str(" (");
        out.push_str(&rest[close + 2..end]);
        out.push(')');
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `s` appended to `out` with `&amp;`, `&lt;`, `&#39;`, `&#x2014;`, `&nbsp;` and the like
/// decoded; unknown ones stay as written.
fn decode_entities(out: &mut String, s: &str) {
    super::xml_text::decode_references(out, s, entity);
}

/// The character of an HTML entity's name: the numeric ones and those common in abstracts.
fn entity(name: &str) -> Option<char> {
    if name.starts_with('#') {
        return super::xml_text::character_reference(name);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "eacute" => 'é',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_readable_text() {
        let html = "\n<p>In this talk, <b>Kristian</b> will&nbsp;show &amp; tell.</p><ul><li>one</li><li>two</li></ul>";
        assert_eq!(to_text(html), "In this talk, Kristian will show & tell.\n\n• one\n• two");
        assert_eq!(to_text("a <3 b"), "a <3 b");
        let mut decoded = String::new();
        decode_entities(&mut decoded, "&#x1F60E; &#233; &bogus; &amp &");
        assert_eq!(decoded, "😎 é &bogus; &amp &");
    }

    #[test]
    fn markdown_becomes_readable_text() {
        assert_eq!(
            to_text("## Title\n\nSee **this** [site](https://x.org).\n\n\n"),
            "Title\n\nSee this site (https://x.org)."
        );
    }
}
