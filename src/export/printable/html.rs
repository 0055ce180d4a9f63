//! The printable programme as one self-contained HTML page: inline CSS (with a print style: a
//! page per day, no navigation links, black on white), no script, nothing fetched (a
//! Content-Security-Policy forbids every load but the inline style), a table of contents of the
//! days, headings for days and sessions, and `lang` on the page and on Korean text.
//!
//! Markup is written only by [`Page`], whose methods take markup as `&'static str` and every text
//! as data to escape (`html-escape`): a text from the file cannot become markup. A link's address
//! is one [`crate::web_address::checked`] passed (http or https only), escaped as an attribute.

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::{Printable, PrintedDay, PrintedSession, mostly_korean};
use crate::wording;

/// The page's style sheet.
const STYLE: &str = include_str!("print.css");

/// What the page may load: nothing but its own inline style (no script, image, font or frame).
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// A page being written.
struct Page {
    out: String,
}

impl Page {
    /// Markup of our own.
    fn markup(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Text, escaped.
    fn text(&mut self, text: &str) {
        self.out.push_str(&encode_text(text));
    }

    /// An attribute's value, escaped (the caller wrote `name="` and writes the closing `"`).
    fn attribute(&mut self, value: &str) {
        self.out.push_str(&encode_double_quoted_attribute(value));
    }

    /// `<tag class="class">text</tag>`, marked `lang="ko"` when the text is mostly Korean. `open`
    /// is the start tag without its `>`, `close` the end tag.
    fn element(&mut self, open: &'static str, text: &str, close: &'static str) {
        self.markup(open);
        if mostly_korean(text) {
            self.markup(" lang=\"ko\"");
        }
        self.markup(">");
        self.text(text);
        self.markup(close);
    }

    /// A name: as text, or in a `<span lang="ko">` when it is mostly Korean.
    fn name(&mut self, name: &str) {
        if mostly_korean(name) {
            self.element("<span", name, "</span>");
        } else {
            self.text(name);
        }
    }

    /// `<a href="address">text</a>`.
    fn link(&mut self, address: &str, text: &str) {
        self.markup("<a href=\"");
        self.attribute(address);
        self.markup("\">");
        self.text(text);
        self.markup("</a>");
    }
}

/// The printable programme as a whole HTML page.
pub fn html(printable: &Printable) -> String {
    let mut page = Page { out: String::with_capacity(4096 + printable.days.len() * 16_384) };
    page.markup("<!DOCTYPE html>\n<html lang=\"");
    page.attribute(wording::PRINT_LANGUAGE.text());
    page.markup("\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    page.attribute(POLICY);
    page.markup("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n");
    page.element("<title", &printable.title, "</title>\n");
    page.markup("<style>\n");
    page.markup(STYLE);
    page.markup("</style>\n</head>\n<body>\n<header>\n");
    page.element("<h1", &printable.title, "</h1>\n");
    if let Some(theme) = &printable.theme {
        page.element("<p class=\"theme\"", theme, "</p>\n");
    }
    // Each name from the file on its own, so that a Korean one is marked as Korean.
    page.markup("<p class=\"facts\">");
    page.text(&printable.dates);
    if let Some(venue) = &printable.venue {
        page.text(" · ");
        page.name(venue);
    }
    page.markup("</p>\n");
    if let Some(label) = printable.organizers_said(false) {
        page.markup("<p class=\"organizers\">");
        page.text(&label);
        for (k, name) in printable.organizers.iter().enumerate() {
            if k > 0 {
                page.text(", ");
            }
            page.name(name);
        }
        page.markup("</p>\n");
    }
    page.element("<p class=\"zone\"", &printable.zone, "</p>\n");
    page.markup("</header>\n");
    contents(&mut page, &printable.days);
    page.markup("<main>\n");
    for day in &printable.days {
        day_section(&mut page, day);
    }
    page.markup("</main>\n</body>\n</html>\n");
    page.out
}

/// The table of contents: each day, linked to its section, with its number of sessions.
fn contents(page: &mut Page, days: &[PrintedDay]) {
    page.markup("<nav class=\"contents\" aria-labelledby=\"contents\">\n");
    page.element("<h2 id=\"contents\"", wording::PRINT_CONTENTS.text(), "</h2>\n<ol>\n");
    for day in days {
        page.markup("<li>");
        page.link(&format!("#{}", day.anchor()), &day.heading);
        page.markup(" <span class=\"count\">");
        page.text(&wording::SESSIONS.of(day.sessions.len()));
        page.markup("</span></li>\n");
    }
    page.markup("</ol>\n</nav>\n");
}

fn day_section(page: &mut Page, day: &PrintedDay) {
    let anchor = day.anchor();
    page.markup("<section class=\"day\" id=\"");
    page.attribute(&anchor);
    page.markup("\" aria-labelledby=\"");
    page.attribute(&anchor);
    page.markup("-heading\">\n<h2 id=\"");
    page.attribute(&anchor);
    page.markup("-heading\">");
    page.text(&day.heading);
    page.markup("</h2>\n");
    if day.sessions.is_empty() {
        page.element("<p class=\"empty\"", wording::GRID_NO_SESSIONS.text(), "</p>\n");
    }
    for session in &day.sessions {
        session_article(page, session);
    }
    page.markup("<p class=\"to-contents\">");
    page.link("#contents", wording::PRINT_TO_CONTENTS.text());
    page.markup("</p>\n</section>\n");
}

fn session_article(page: &mut Page, s: &PrintedSession) {
    page.markup("<article class=\"session\">\n<h3>");
    page.element("<span class=\"time\"", &s.time, "</span> · ");
    page.element("<span class=\"title\"", &s.title, "</span></h3>\n");
    for title in &s.other_titles {
        page.element("<p class=\"other-title\"", title, "</p>\n");
    }
    if let Some(subtitle) = &s.subtitle {
        page.element("<p class=\"subtitle\"", subtitle, "</p>\n");
    }
    if !s.facts.is_empty() {
        page.markup("<dl>\n");
        for (label, value) in &s.facts {
            page.element("<dt", label, "</dt>");
            page.element("<dd", value, "</dd>\n");
        }
        page.markup("</dl>\n");
    }
    if let Some(address) = &s.page {
        page.markup("<p class=\"page\">");
        page.link(address, address);
        page.markup("</p>\n");
    }
    page.markup("</article>\n");
}
