//! HTML and Markdown from abstracts and descriptions, turned into readable plain text.

/// `html` as plain text: tags removed (block tags become line breaks, list items bullets),
/// entities decoded, Markdown links and emphasis simplified, blank lines collapsed.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else {
            out.push_str(&decode_entities(&rest[lt..]));
            rest = "";
            break;
        };
        let tag =
            after[..gt].trim_start_matches('/').split([' ', '\t', '\n', '/']).next().unwrap_or("").to_ascii_lowercase();
        match tag.as_str() {
            "br" | "p" | "div" | "ul" | "ol" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
            | "pre" => out.push('\n'),
            "li" if !after.starts_with('/') => out.push_str("\n• "),
            _ => {}
        }
        rest = &after[gt + 1..];
    }
    out.push_str(&decode_entities(rest));
    markdown(&out)
}

fn markdown(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        let line = line.trim_start_matches('#').trim_start();
        let bytes = line.as_bytes();
        let mut line = line.to_owned();
        if memchr::memchr2(b'*', b'_', bytes).is_some() {
            line = line.replace("**", "").replace("__", "");
        }
        if memchr::memchr(b'[', bytes).is_some() {
            line = links(&line);
        }
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
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

/// Decode `&amp;`, `&lt;`, `&#39;`, `&#x2014;`, `&nbsp;` and the like; unknown ones stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| entity(&after[..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
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
        assert_eq!(decode_entities("&#x1F60E; &#233; &bogus; &"), "😎 é &bogus; &");
    }

    #[test]
    fn markdown_becomes_readable_text() {
        assert_eq!(
            to_text("## Title\n\nSee **this** [site](https://x.org).\n\n\n"),
            "Title\n\nSee this site (https://x.org)."
        );
    }
}
