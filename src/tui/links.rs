//! Links: the selected session's page opened in the browser (`open-link`), and its web sources
//! made clickable where the detail shows them (OSC 8 hyperlinks, which `SafeBackend::draw_links`
//! writes over the cells already drawn, so layout and widths never see an escape sequence).
//! Every address is checked by `web_address` first: only http(s), nothing that could end a sequence.

use std::process::{Command, Stdio};

use ratatui::buffer::{Buffer, Cell};

use crate::tui::action::Effect;
use crate::tui::data::Data;
use crate::tui::layout::Areas;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::web_address;

/// The environment variable naming a program to open web pages with instead of the system's
/// browser (it is given the address as its one argument).
pub const BROWSER_VARIABLE: &str = "WHRCF_BROWSER";

/// The open-link key: the selected session's page, checked, for the event loop to open.
pub fn open_current(state: &mut State, data: &Data) -> Option<Effect> {
    let session = state.current()?;
    match web_address::page(&data.programme.sessions[session]) {
        Some(url) => {
            state.notice = Some(crate::wording::NOTICE_OPENING.say(&[("address", &url)]));
            Some(Effect::OpenLink(url))
        }
        None => {
            state.notice = Some(crate::wording::NOTICE_NO_WEB_PAGE.text().into());
            None
        }
    }
}

/// Open `url` in the browser ($WHRCF_BROWSER when set), without waiting for it. An address that
/// does not pass the check again is refused.
pub fn launch(url: &str) -> Result<(), String> {
    let url = web_address::checked(url).filter(|u| u == url).ok_or("not a web address")?;
    match std::env::var_os(BROWSER_VARIABLE).filter(|b| !b.is_empty()) {
        Some(browser) => {
            let mut child = Command::new(&browser)
                .arg(&url)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot run {}: {e}", browser.to_string_lossy()))?;
            // Reaped beside the app, so it never lingers as a zombie.
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        None => open::that_detached(&url).map_err(|e| e.to_string()),
    }
}

/// One hyperlink on the screen: its address and the cells that show it, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Linked {
    pub url: String,
    pub cells: Vec<(u16, u16, Cell)>,
}

/// The links of the frame just drawn: the selected session's web sources where the detail
/// shows them whole (a source wrapped over rows is one link; one scrolled partly away is none).
pub fn found(buffer: &Buffer, state: &State, data: &Data) -> Vec<Linked> {
    if !state.hyperlinks || !matches!(state.mode, Mode::Browse | Mode::Search | Mode::Detail) {
        return Vec::new();
    }
    let Some(session) = state.current() else { return Vec::new() };
    // Inside the pane's border, so that a source wrapped over rows reads on unbroken.
    let pane = Areas::of(buffer.area, state.mode, state).detail.intersection(buffer.area);
    let area = pane.inner(ratatui::layout::Margin::new(1, 1));
    // The area's text in reading order, each character with the cell it is drawn in (the cell
    // a wide character covers is passed over).
    let mut chars: Vec<char> = Vec::new();
    let mut at: Vec<(u16, u16)> = Vec::new();
    for y in area.top()..area.bottom() {
        let mut covered = 0;
        for x in area.left()..area.right() {
            if covered > 0 {
                covered -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            covered = crate::text::width(symbol).saturating_sub(1);
            for c in symbol.chars() {
                chars.push(c);
                at.push((x, y));
            }
        }
    }
    let mut links = Vec::new();
    for source in &data.programme.sessions[session].sources {
        let Some(url) = web_address::checked(source) else { continue };
        let shown: Vec<char> = source.trim().chars().collect();
        let Some(start) = chars.windows(shown.len().max(1)).position(|w| w == shown.as_slice()) else { continue };
        let mut cells: Vec<(u16, u16, Cell)> = Vec::new();
        for &(x, y) in &at[start..start + shown.len()] {
            if cells.last().is_none_or(|(lx, ly, _)| (*lx, *ly) != (x, y)) {
                cells.push((x, y, buffer[(x, y)].clone()));
            }
        }
        links.push(Linked { url, cells });
    }
    links
}

#[cfg(test)]
#[path = "links_tests.rs"]
mod tests;
