//! The printable programme as Markdown: the same parts as the HTML page, in headings and lists.
//! Every text from the file goes through [`literal`], so it shows as written and makes no
//! emphasis, link or HTML; a link is an autolink of a checked http or https address.

use std::fmt::Write as _;

use super::{Printable, PrintedDay};
use crate::export::literal;
use crate::wording;

/// The printable programme as a Markdown document.
pub fn markdown(printable: &Printable) -> String {
    let mut out = format!("# {}\n\n", literal(&printable.title));
    if let Some(theme) = &printable.theme {
        let _ = writeln!(out, "*{}*\n", literal(theme));
    }
    let _ = writeln!(out, "{}\n", literal(&printable.when_and_where()));
    if let Some(organizers) = printable.organizers_said(true) {
        let _ = writeln!(out, "{}\n", literal(&organizers));
    }
    let _ = writeln!(out, "{}\n", literal(&printable.zone));
    let _ = writeln!(out, "## {}\n", wording::PRINT_CONTENTS.text());
    for day in &printable.days {
        let count = wording::SESSIONS.of(day.sessions.len());
        let _ = writeln!(out, "- [{}](#{}) · {count}", day.heading, slug(&day.heading));
    }
    for day in &printable.days {
        day_section(&mut out, day);
    }
    out
}

fn day_section(out: &mut String, day: &PrintedDay) {
    let _ = writeln!(out, "\n## {}", day.heading);
    if day.sessions.is_empty() {
        let _ = writeln!(out, "\n*{}*", wording::GRID_NO_SESSIONS.text());
    }
    for s in &day.sessions {
        let _ = writeln!(out, "\n### {} · {}\n", literal(&s.time), literal(&s.title));
        for title in s.other_titles.iter().chain(&s.subtitle) {
            let _ = writeln!(out, "*{}*\n", literal(title));
        }
        for (label, value) in &s.facts {
            let _ = writeln!(out, "- {}: {}", literal(label), literal(value));
        }
        if let Some(address) = &s.page {
            // `<` and `>` would end the autolink; in an address they belong percent-encoded.
            let _ = writeln!(out, "- <{}>", address.replace('<', "%3C").replace('>', "%3E"));
        }
    }
}

/// The anchor a Markdown renderer gives a heading of our own (a day's): lower case, spaces as
/// hyphens, other punctuation dropped (`Saturday 01 February 2020` → `saturday-01-february-2020`).
fn slug(heading: &str) -> String {
    heading
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}
