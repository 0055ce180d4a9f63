//! The printable programme in a real headless browser (chromium): the page of FOSDEM 2020 loads
//! with nothing in its console (no error, no load refused by its Content-Security-Policy),
//! screenshots and prints to a PDF of many pages, a day per printed page; a hostile programme's
//! page, as the browser builds it, has no element, attribute or link that came from the file.
//! Screenshots and PDFs are kept in `target/test-output/print/` to look at.

#[path = "common/browser.rs"]
mod browser;
#[path = "common/cli.rs"]
mod cli;
#[path = "common/fixtures.rs"]
mod fixtures;

use std::path::{Path, PathBuf};

/// Export the programme `args` name as HTML into `dir/name.html`.
fn export_html(args: &[&str], dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(format!("{name}.html"));
    cli::whrcf().args(args).args(["export", "programme", "--format", "html", "--output"]).arg(&file).assert().success();
    file
}

#[test]
fn fosdem_2020_renders_screenshots_and_prints_without_console_errors() {
    let Some(browser) = browser::browser() else { return };
    let out = browser::output_dir("print");
    let fosdem = fixtures::schedule("fosdem-2020.xml").display().to_string();
    let page = export_html(&["--programme", &fosdem], &out, "fosdem-2020");

    let dom = browser.dom(&page);
    assert!(dom.console.is_empty(), "the browser's console: {:#?}", dom.console);
    assert!(dom.stdout.contains("<h2 id=\"day-2020-02-02-heading\">Sunday 02 February 2020</h2>"), "{}", dom.stdout);
    assert_eq!(dom.stdout.matches("<article class=\"session\">").count(), 872);

    let png = out.join("fosdem-2020.png");
    let _ = std::fs::remove_file(&png);
    browser.run(&page, &[format!("--screenshot={}", png.display()), "--window-size=1280,2000".to_owned()]);
    let bytes = std::fs::read(&png).expect("a screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let (width, height) = (&bytes[16..20], &bytes[20..24]);
    assert_eq!((width, height), (&1280u32.to_be_bytes()[..], &2000u32.to_be_bytes()[..]), "its size");

    let pdf = out.join("fosdem-2020.pdf");
    let _ = std::fs::remove_file(&pdf);
    browser.run(&page, &[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".to_owned()]);
    let bytes = std::fs::read(&pdf).expect("a PDF");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    // 872 sessions do not fit on a few pages: a PDF of one empty page would be a few kilobytes.
    let pages = browser::pdf_pages(&bytes);
    assert!(pages > 50, "{pages} pages, {} bytes", bytes.len());
}

#[test]
fn each_day_starts_a_printed_page() {
    let Some(browser) = browser::browser() else { return };
    let out = browser::output_dir("print");
    let programme = out.join("sample.toml");
    std::fs::write(&programme, whrcf::sample::toml()).unwrap();
    let page = export_html(&["--programme", programme.to_str().unwrap()], &out, "sample");
    let pdf = out.join("sample.pdf");
    let _ = std::fs::remove_file(&pdf);
    browser.run(&page, &[format!("--print-to-pdf={}", pdf.display()), "--no-pdf-header-footer".to_owned()]);
    // The title and the contents, then each of the three short days on a page of its own.
    assert_eq!(browser::pdf_pages(&std::fs::read(&pdf).unwrap()), 4);
}

/// A programme whose every shown text tries to become markup, a script or a link.
fn hostile_programme() -> String {
    let mut p = whrcf::sample::programme();
    p.title = "<script>document.title='pwned'</script>\u{1b}]0;PWNED\u{7}".into();
    p.venue = Some("\"><img src=x onerror=alert(1)>".into());
    let s = &mut p.sessions[0];
    s.title = "\"><img src=x onerror=alert(2)><script>alert(3)</script>\u{0}\u{202e}".into();
    s.subtitle = Some("</p><svg onload=alert(4)><p>".into());
    s.room = Some("<iframe src=\"javascript:alert(5)\"></iframe>".into());
    s.kind = Some("<a href=\"javascript:alert(6)\">kind</a>".into());
    s.organizers = vec!["<object data=x>".into(), "<style>body{display:none}</style>".into()];
    s.people[0].name = "<b onmouseover=alert(7)>Eve</b>".into();
    s.people[0].role = Some("<meta http-equiv=refresh content=0;url=javascript:alert(8)>".into());
    s.sources = vec!["javascript:alert(9)".into(), "data:text/html,<script>alert(10)</script>".into()];
    p.sessions[1].sources = vec!["https://example.org/?q=\"><script>alert(11)</script>".into()];
    p.sessions[2].title = "\u{7}tab\there\u{8}\u{7f}\u{9b}2J\u{2028}line".into();
    whrcf::load::to_toml(&p).unwrap()
}

#[test]
fn a_hostile_programme_makes_no_markup_in_the_browser() {
    let Some(browser) = browser::browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let programme = dir.path().join("hostile.toml");
    std::fs::write(&programme, hostile_programme()).unwrap();
    let page = export_html(&["--programme", programme.to_str().unwrap()], dir.path(), "hostile");

    let dom = browser.dom(&page);
    assert!(dom.console.is_empty(), "the browser's console: {:#?}", dom.console);
    let tags = browser::start_tags(&dom.stdout);
    let names: std::collections::BTreeSet<&str> =
        tags.iter().map(|t| t.split([' ', '/']).next().unwrap_or_default()).collect();
    let ours = [
        "a", "article", "body", "dd", "dl", "dt", "h1", "h2", "h3", "head", "header", "html", "li", "main", "meta",
        "nav", "ol", "p", "section", "span", "style", "title",
    ];
    assert!(names.iter().all(|n| ours.contains(n)), "elements not of the page's own: {names:?}");
    assert_eq!(tags.iter().filter(|t| t.starts_with("style")).count(), 1, "only the page's own style");
    assert_eq!(tags.iter().filter(|t| t.starts_with("meta")).count(), 4, "only the page's own meta");
    for tag in &tags {
        assert!(!tag.contains(" on"), "an event handler attribute: <{tag}>");
        if let Some(href) = tag.split("href=\"").nth(1) {
            assert!(href.starts_with("https://") || href.starts_with('#'), "a link that is not http(s): <{tag}>");
        }
    }
    // The texts are there, as text.
    assert!(dom.stdout.contains("<h1>&lt;script&gt;document.title='pwned'&lt;/script&gt;</h1>"), "{}", dom.stdout);
    assert!(dom.stdout.contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
    assert!(dom.stdout.contains("tab here"), "a control is gone, a tab is a space");
    assert!(!dom.stdout.contains(['\u{1b}', '\u{7}', '\u{0}', '\u{202e}', '\u{9b}']), "no control character");
}
