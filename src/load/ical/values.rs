//! iCalendar property values: text unescaped (RFC 5545 `\n`, `\,`), comma-separated lists,
//! durations (`PT1H30M`), and the names of attendees who are people (RFC 6868 caret escapes).

/// Text unescaped: `\n` is a line break, any other escaped character is itself.
pub(super) fn unescape(v: &str) -> String {
    if !v.contains('\\') {
        return v.to_owned();
    }
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The name (CN) of an ATTENDEE who is a person (speakers, in published schedules); a room or
/// resource is not. RFC 6868 escapes (`^'` quote, `^n` line break, `^^` caret) are undone.
pub(super) fn attendee_name(params: &[(String, String)]) -> Option<String> {
    let param = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    if param("CUTYPE").is_some_and(|t| !t.eq_ignore_ascii_case("INDIVIDUAL")) {
        return None;
    }
    let (mut name, mut chars) = (String::new(), param("CN")?.chars());
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('^', Some('\'')) => name.push('"'),
            ('^', Some('n')) => name.push(' '),
            ('^', Some('^')) => name.push('^'),
            _ => {
                name.push(c);
                continue;
            }
        }
        chars.next();
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!name.is_empty()).then_some(name)
}

/// CATEGORIES: a comma-separated list (escaped commas stay inside an item).
pub(super) fn unescape_list(v: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next()
                    && let Some(s) = items.last_mut()
                {
                    s.push(if n == 'n' { '\n' } else { n })
                }
            }
            ',' => items.push(String::new()),
            c => {
                if let Some(s) = items.last_mut() {
                    s.push(c);
                }
            }
        }
    }
    items.into_iter().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()
}

/// An RFC 5545 duration such as `PT1H30M` or `P1D`.
pub(super) fn iso_duration(v: &str) -> Option<chrono::Duration> {
    let v = v.trim().strip_prefix('+').unwrap_or(v.trim());
    let rest = v.strip_prefix('P')?;
    let (mut total, mut number, mut in_time) = (0i64, String::new(), false);
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' => in_time = true,
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                let seconds = match (unit, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
                total = super::super::event::sum_seconds(&[(total, 1), (n, seconds)])?;
            }
        }
    }
    // Out of range is no duration at all: the event keeps its start, its end is left out.
    (number.is_empty() && total <= super::super::event::MAX_DURATION_SECONDS).then(|| chrono::Duration::seconds(total))
}
