//! The footer: the text being typed (search query, note, people query) and then either the
//! notice of the last action or the mode's key hints, with the keys as bound. The hints that do
//! not fit are left out from the least needed, the help's key staying last; a notice too long
//! for the line is cut between words, never inside a path, and says where to read it whole.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::keymap::Keymap;
use crate::tui::layout::footer as footer_room;
use crate::tui::mode::Mode;
use crate::tui::screen;
use crate::tui::state::State;
use crate::{text, wording};

/// The footer's key hints for a mode: the first key bound to each hinted action, and its label.
fn hints(keymap: &Keymap, mode: Mode) -> Vec<(Action, String, &'static str)> {
    let wanted = screen::hints(mode);
    wanted
        .iter()
        .filter_map(|(a, label)| keymap.keys_for(mode, *a).into_iter().next().map(|k| (*a, k, label.text())))
        .collect()
}

/// The hints that fit `room` columns, in their order: the screen's hints are listed most needed
/// first, so the last ones go first, but the help's key (and quitting) stay while anything does.
fn fitting(hints: Vec<(Action, String, &'static str)>, room: usize) -> Vec<(String, &'static str)> {
    let cost = |(_, key, label): &(Action, String, &str)| text::width(key) + text::width(label) + 2;
    let kept_last = |a: Action| matches!(a, Action::Help | Action::Quit);
    let mut used: usize = hints.iter().filter(|h| kept_last(h.0)).map(cost).sum();
    let mut keep = vec![false; hints.len()];
    for (i, hint) in hints.iter().enumerate() {
        if kept_last(hint.0) {
            keep[i] = used <= room;
        } else if used + cost(hint) <= room {
            used += cost(hint);
            keep[i] = true;
        }
    }
    hints.into_iter().zip(keep).filter(|(_, k)| *k).map(|((_, key, label), _)| (key, label)).collect()
}

/// `notice` in `room` columns: whole when it fits, else cut after the last word that fits (a
/// path is one word: it is shown whole or not at all) and followed by `more`. A first word too
/// long on its own keeps its end, where a path names its file.
fn fit_notice(notice: &str, room: usize, more: &str) -> String {
    if text::width(notice) <= room {
        return notice.to_owned();
    }
    let room = room.saturating_sub(text::width(more));
    let mut shown = String::new();
    for word in notice.split(' ') {
        let next = if shown.is_empty() { word.to_owned() } else { format!("{shown} {word}") };
        if text::width(&next) > room {
            break;
        }
        shown = next;
    }
    if shown.is_empty() {
        shown = text::tail(notice.split(' ').next().unwrap_or(""), room);
    }
    format!("{shown}{more}")
}

pub fn footer(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let mut spans = Vec::new();
    if let Some((label, typed)) = footer_room::text_field(state, &data.keymap) {
        let shown = footer_room::shown_text(&label, typed, area.width);
        spans.push(Span::styled(label, t.key()));
        spans.push(Span::raw(shown));
    }
    let room = footer_room::notice_room(state, &data.keymap, area.width);
    if let Some(notice) = &state.notice {
        let key = [state.mode, Mode::Browse].into_iter().find_map(|m| data.keymap.key_for(m, Action::OpenNotices));
        let more = key.map_or("…".to_owned(), |key| wording::NOTICE_CUT.say(&[("key", &key)]));
        // A marker its words follow ("★ Added to your agenda") is not said as well.
        let notice = crate::sanitize::line(notice);
        let notice = crate::tui::glyph::spoken(state, &crate::tui::glyph::unmarked(state, &notice)).into_owned();
        // Set off by a space where there is room for one: a notice is cut only when it does not
        // fit the footer's real width.
        let shown = if text::width(&notice) < room {
            format!(" {notice}")
        } else if text::width(&notice) == room {
            notice
        } else {
            format!(" {}", fit_notice(&notice, room.saturating_sub(1), &more))
        };
        spans.push(Span::styled(shown, t.notice()));
    } else {
        let mut hints = hints(&data.keymap, state.mode);
        if state.mode == Mode::Grid {
            // A timeline laid out by kind moves between kinds, not rooms.
            let across = screen::grid::across(state, data);
            hints.iter_mut().filter(|h| h.0 == Action::Right).for_each(|h| h.2 = across.text());
        }
        for (key, label) in fitting(hints, room) {
            spans.push(Span::styled(format!(" {key}"), t.key()));
            spans.push(Span::styled(format!(" {label}"), t.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

#[cfg(test)]
#[path = "footer_tests.rs"]
mod tests;
