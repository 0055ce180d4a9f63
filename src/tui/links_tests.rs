//! Links: the page the open-link key hands to the event loop, the hyperlinks found where the
//! detail shows a session's sources, and what the backend writes for them.

use ratatui::backend::TestBackend;

use super::*;
use crate::sample;
use crate::tui::action::Action;
use crate::tui::safe_backend::SafeBackend;
use crate::tui::test_screen::{self as ts};
use crate::tui::update::update;

const PAGE: &str = "https://example.org/forum/sessions/opening-plenary-with-a-long-address";
const HOSTILE: &str = "https://evil.example/\u{1b}]8;;https://other.example\u{7}x";

/// The small programme with web sources on its first session: a long page, a hostile one and
/// one that is not a web address.
fn data() -> Data {
    let mut p = sample::programme();
    p.sessions[0].sources = vec!["javascript:alert(1)".into(), PAGE.into(), HOSTILE.into()];
    ts::data(p)
}

#[test]
fn the_open_link_key_hands_over_the_first_web_source_only() {
    let d = data();
    let mut s = ts::opened(&d, (120, 40));
    assert_eq!(update(&mut s, &d, Action::OpenLink), Some(Effect::OpenLink(PAGE.into())));
    update(&mut s, &d, Action::Down);
    assert_eq!(update(&mut s, &d, Action::OpenLink), None, "no source: nothing to open");
    assert!(s.notice.as_deref().unwrap().contains("no web page"));
}

#[test]
fn sources_are_linked_where_the_detail_shows_them_even_wrapped() {
    let d = data();
    // Beside the list on a wide screen; full-screen, and wrapped, on a narrow one.
    for (size, full) in [((200, 50), false), ((60, 30), true)] {
        let mut s = ts::opened(&d, size);
        if full {
            update(&mut s, &d, Action::Open);
        }
        let mut terminal = ratatui::Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        let drawn = terminal.draw(|f| crate::tui::view::draw(f, &s, &d)).unwrap();
        let links = found(drawn.buffer, &s, &d);
        assert_eq!(links.len(), 1, "the web page; not the hostile address nor javascript: ({size:?})");
        let shown: String = links[0].cells.iter().map(|(_, _, c)| c.symbol()).collect();
        assert_eq!((links[0].url.as_str(), shown.as_str()), (PAGE, PAGE), "{size:?}");
        let rows: std::collections::BTreeSet<u16> = links[0].cells.iter().map(|(_, y, _)| *y).collect();
        assert_eq!(rows.len(), if full { 2 } else { 1 }, "wrapped on a narrow screen: {size:?}");
    }
    let mut off = ts::opened(&d, (120, 40));
    off.hyperlinks = false;
    let mut terminal = ratatui::Terminal::new(TestBackend::new(120, 40)).unwrap();
    let drawn = terminal.draw(|f| crate::tui::view::draw(f, &off, &d)).unwrap();
    assert!(found(drawn.buffer, &off, &d).is_empty(), "turned off in the config");
}

#[test]
fn a_link_is_written_as_osc_8_and_a_hostile_address_never_is() {
    /// What the backend writes for `links`, as the bytes a terminal would get.
    fn written(links: &[Linked]) -> String {
        let mut out = Vec::new();
        SafeBackend::new(ratatui::backend::CrosstermBackend::new(&mut out)).draw_links(links).unwrap();
        String::from_utf8(out).unwrap()
    }
    let cell = |s: &str| {
        let mut c = Cell::default();
        c.set_symbol(s);
        c
    };
    let cells = vec![(0, 0, cell("a")), (1, 0, cell("b\u{7}")), (2, 0, cell("c"))];
    let ok = written(&[Linked { url: PAGE.into(), cells: cells.clone() }]);
    assert!(ok.contains(&format!("\u{1b}]8;;{PAGE}\u{1b}\\a")), "{ok:?}");
    assert!(ok.contains("c\u{1b}]8;;\u{1b}\\"), "closed after the last cell: {ok:?}");
    assert!(!ok.contains('\u{7}'), "the cells' text neutralised: {ok:?}");
    for url in [HOSTILE, "javascript:alert(1)", "https://example.org/\u{9d}"] {
        let bad = written(&[Linked { url: url.into(), cells: cells.clone() }]);
        assert!(!bad.contains("]8;;"), "{url:?} is not linked: {bad:?}");
        assert!(bad.contains('a') && bad.contains('c'), "the cells are still drawn");
    }
}
