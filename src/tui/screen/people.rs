//! The people screen: everyone named in the programme (and organizers), found by typing; the
//! selected person's sessions beside. Enter goes to a person's session; with several, it first
//! lets you pick one. Tab widens the index to every bundled edition.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::people::{Entry, EntryKind};
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::derive::{people_index, people_shown};
use crate::tui::key_hint;
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::{jump, move_cursor};
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the people index.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::Open, wording::FOOTER_SESSION_PICK_ONE),
    (Action::PeopleScope, wording::FOOTER_ALL_EDITIONS),
    (Action::Back, wording::FOOTER_CLEAR_BACK),
    (Action::Help, wording::FOOTER_HELP),
];

/// Go to session `at` (a position in the entry's sessions) in the open edition, or say where it is.
fn open_session(state: &mut State, data: &Data, entry: &Entry, at: usize) {
    let Some(&(session, _)) = entry.sessions.get(at) else { return };
    let (_, archive) = people_index(state, data);
    let Some(archive) = archive else {
        return jump(state, data, session);
    };
    let id = archive.programme.sessions[session].id.as_str();
    match data.programme.sessions.iter().position(|s| s.id.as_str() == id) {
        Some(here) => jump(state, data, here),
        None => {
            let m = archive.member_of(session);
            let year = m.edition.map_or(String::new(), |y| y.to_string());
            state.notice = Some(crate::wording::PEOPLE_NOT_HERE.say(&[
                ("programme", &data.programme.label()),
                ("edition", &m.label),
                ("year", &year),
            ]));
        }
    }
}

/// Enter on an entry: its only session; with several, the first Enter starts picking one (the
/// first of this edition under the cursor) and the next opens the one picked.
fn open_entry(state: &mut State, data: &Data) {
    let shown = people_shown(state, data);
    let Some(entry) = shown.get(state.people.cursor).copied() else {
        state.notice = Some(crate::wording::PEOPLE_NO_ONE.text().into());
        return;
    };
    match state.people.pick {
        Some(at) => open_session(state, data, entry, at),
        None if entry.sessions.len() == 1 => open_session(state, data, entry, 0),
        None => {
            let (_, archive) = people_index(state, data);
            let here = |i: usize| {
                archive.is_none_or(|a| {
                    let id = a.programme.sessions[i].id.as_str();
                    data.programme.sessions.iter().any(|s| s.id.as_str() == id)
                })
            };
            state.people.pick = Some(entry.sessions.iter().position(|(i, _)| here(*i)).unwrap_or(0));
            state.notice = Some(crate::wording::PEOPLE_PICK_ONE.say(&[("n", &entry.sessions.len())]));
        }
    }
}

/// Keys of the people index; typed text goes to its query.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let people = &mut state.people;
    match action {
        // The search key typed out of habit finds nothing: no name starts with it.
        Action::Input('/') if people.query.is_empty() => {}
        Action::Input(c) => {
            people.query.push(c);
            people.cursor = 0;
            people.pick = None;
        }
        Action::DeleteChar => {
            people.query.pop();
            people.cursor = 0;
            people.pick = None;
        }
        Action::Open => open_entry(state, data),
        Action::PeopleScope if data.archive().is_none() => {
            state.notice = Some(crate::wording::PEOPLE_ONLY_BUNDLED.text().into());
        }
        Action::PeopleScope => {
            people.all_editions = !people.all_editions;
            people.cursor = 0;
            people.pick = None;
            let scope =
                if people.all_editions { crate::wording::PEOPLE_EVERY_EDITION.text() } else { data.programme.label() };
            state.notice = Some(crate::wording::PEOPLE_OF.say(&[("scope", &scope)]));
        }
        Action::Back if people.pick.is_some() => people.pick = None,
        Action::Back if !people.query.is_empty() => {
            people.query.clear();
            people.cursor = 0;
        }
        Action::Back | Action::OpenPeople => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            let len = people_shown(state, data).len();
            let height = layout::inside(layout::people_list(Areas::last_reported(state).detail, state)).height;
            let at = window(state.people.cursor, len, usize::from(height)).start + line;
            if at < len {
                state.people.cursor = at;
            }
        }
        other => {
            let shown = people_shown(state, data);
            match state.people.pick.as_mut() {
                Some(pick) => {
                    let len = shown.get(state.people.cursor).map_or(0, |e| e.sessions.len());
                    move_cursor(pick, len, other);
                }
                None => move_cursor(&mut state.people.cursor, shown.len(), other),
            }
        }
    }
    None
}

/// The index and the selected person's sessions in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let shown = people_shown(state, data);
    let left = layout::people_list(area, state);
    let right = Rect { x: left.right(), width: area.width.saturating_sub(left.width), ..area };
    let (_, archive) = people_index(state, data);
    let scope = if archive.is_some() { crate::wording::PEOPLE_EVERY_EDITION.text() } else { data.programme.label() };
    let title = key_hint::title(
        [Some(
            crate::wording::PEOPLE_TITLE.say(&[("scope", &scope), ("people", &crate::wording::PEOPLE.of(shown.len()))]),
        )],
        left.width,
    );
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = window(state.people.cursor, shown.len(), usize::from(inner.height))
        .map(|i| {
            let e = shown[i];
            let style = if i == state.people.cursor { t.selected() } else { Style::new() };
            let mark = match e.kind {
                EntryKind::Organizer if state.accessible => format!("[{}] ", crate::wording::MARK_ORGANIZER.text()),
                EntryKind::Organizer => "◇".to_owned(),
                _ => " ".to_owned(),
            };
            let count = format!(" {:>3}", e.sessions.len());
            let gap = if e.cut_off { crate::model::CUT_OFF_MARK } else { "" };
            let name = text::fit(&format!("{mark}{}{gap}", e.name), width.saturating_sub(text::width(&count)));
            Line::from(vec![Span::styled(name, style), Span::styled(count, style.patch(t.dim()))])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let picking = state.people.pick.is_some();
    let title = key_hint::title(
        [Some(
            if picking { crate::wording::PEOPLE_SESSIONS_PICK } else { crate::wording::PEOPLE_SESSIONS }
                .text()
                .to_owned(),
        )],
        right.width,
    );
    let detail = Block::default().borders(Borders::ALL).border_style(t.border(picking)).title(title);
    let Some(e) = shown.get(state.people.cursor) else {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {}.", crate::wording::PEOPLE_NO_ONE.text()), t.missing()))
                .block(detail),
            right,
        );
        return;
    };
    let p = archive.map_or(&data.programme, |a| &a.programme);
    let zone = state.zone.resolve(p.timezone);
    // Folded here, each continuation under where its line's text starts (a title under the
    // title), so that the picked session is kept in view.
    let width = usize::from(right.width.saturating_sub(2));
    let fold = |lines: Vec<Line<'static>>| super::detail::wrap::wrap(lines, width, t.label());
    let mut name = vec![Span::styled(e.name.clone(), t.title())];
    if e.cut_off {
        // The stored copy cut the name off: the gap is shown, never part of the name.
        name.push(Span::styled(crate::model::CUT_OFF_MARK, t.dim()));
    }
    let mut head = vec![Line::from(name)];
    if let Some(about) = &e.about {
        head.push(Line::from(Span::styled(about.clone(), t.dim())));
    }
    head.push(Line::default());
    let mut lines = fold(head);
    let mut bottom = 0;
    for (at, (i, role)) in e.sessions.iter().enumerate() {
        let s = &p.sessions[*i];
        let picked = state.people.pick == Some(at);
        let day = match (s.date, archive) {
            (Some(d), Some(_)) => wording::when::brief_with_year(d),
            (None, Some(a)) => format!("{} no date", a.member_of(*i).label),
            (Some(d), None) => wording::when::brief(d),
            (None, None) => "no date".to_owned(),
        };
        let mark = match (picked, state.accessible) {
            (true, true) => format!("[{}] ", crate::wording::MARK_CURRENT.text()),
            (true, false) => "▸ ".to_owned(),
            (false, _) => String::new(),
        };
        let when = format!("{mark}{day} {}", wording::when::format_range(p, s, zone));
        let role = wording::role(e.kind, role.as_deref()).to_owned();
        // The role beside the time when it fits there, else whole on the next line, under the time.
        let mut session = if text::width(&when) + 1 + text::width(&role) <= width {
            vec![Line::from(vec![Span::styled(format!("{when} "), t.label()), Span::styled(role, t.badge())])]
        } else {
            let under = (text::width(&mark) + text::width(&day) + 1).min(width / 2);
            let role = Line::from(vec![Span::raw(" ".repeat(under)), Span::styled(role, t.badge())]);
            vec![Line::from(Span::styled(when, t.label())), role]
        };
        let place = s.place().map(|r| format!(" · {r}")).unwrap_or_default();
        let style = if picked { t.selected() } else { Style::new() };
        session.push(Line::from(Span::styled(format!("  {}{place}", s.title), style)));
        lines.extend(fold(session));
        if picked {
            bottom = lines.len();
        }
    }
    // The picked session's lines kept in view.
    let scroll = bottom.saturating_sub(usize::from(right.height.saturating_sub(2)));
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).block(detail).scroll((scroll, 0)), right);
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
