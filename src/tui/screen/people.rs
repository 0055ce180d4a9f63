//! The people screen: everyone named in the programme (and organizers), found by typing; the
//! selected person's sessions beside. Tab widens the index to every bundled edition.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::people::EntryKind;
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::derive::{people_index, people_shown};
use crate::tui::layout::{self, Areas, window};
use crate::tui::mode::Mode;
use crate::tui::navigate::{jump, move_cursor};
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the people index.
pub const HINTS: &[(Action, &str)] = &[
    (Action::Down, "move"),
    (Action::Open, "first session"),
    (Action::PeopleScope, "all editions"),
    (Action::Back, "clear / back"),
];

/// Enter on an entry: its first session in the open edition, or where to find it.
fn open_entry(state: &mut State, data: &Data) {
    let shown = people_shown(state, data);
    let Some(entry) = shown.get(state.people.cursor) else {
        state.notice = Some("No one matches".into());
        return;
    };
    let (_, archive) = people_index(state, data);
    let Some(archive) = archive else {
        let session = entry.sessions[0].0;
        return jump(state, data, session);
    };
    let here = entry.sessions.iter().find_map(|(i, _)| {
        let id = archive.programme.sessions[*i].id.as_str();
        data.programme.sessions.iter().position(|s| s.id.as_str() == id)
    });
    match here {
        Some(session) => jump(state, data, session),
        None => {
            let m = archive.member_of(entry.sessions[0].0);
            let year = m.edition.map_or(String::new(), |y| y.to_string());
            state.notice =
                Some(format!("Not in {}: first in {} (whrcf --edition {year})", data.programme.label(), m.label));
        }
    }
}

/// Keys of the people index; typed text goes to its query.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let people = &mut state.people;
    match action {
        Action::Input(c) => {
            people.query.push(c);
            people.cursor = 0;
        }
        Action::DeleteChar => {
            people.query.pop();
            people.cursor = 0;
        }
        Action::Open => open_entry(state, data),
        Action::PeopleScope if data.archive().is_none() => {
            state.notice = Some("Only a bundled WHRCF edition opens the index of every edition".into());
        }
        Action::PeopleScope => {
            people.all_editions = !people.all_editions;
            people.cursor = 0;
            let scope = if people.all_editions { "every edition" } else { data.programme.label() };
            state.notice = Some(format!("People and organizers of {scope}"));
        }
        Action::Back if !people.query.is_empty() => {
            people.query.clear();
            people.cursor = 0;
        }
        Action::Back | Action::OpenPeople => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            let len = people_shown(state, data).len();
            let height = layout::inside(layout::people_list(Areas::last_reported(state).detail)).height;
            let at = window(state.people.cursor, len, usize::from(height)).start + line;
            if at < len {
                state.people.cursor = at;
            }
        }
        other => {
            let len = people_shown(state, data).len();
            move_cursor(&mut state.people.cursor, len, other);
        }
    }
    None
}

/// The index and the selected person's sessions in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let shown = people_shown(state, data);
    let left = layout::people_list(area);
    let right = Rect { x: left.right(), width: area.width.saturating_sub(left.width), ..area };
    let (_, archive) = people_index(state, data);
    let scope = if archive.is_some() { "every edition" } else { data.programme.label() };
    let title = format!(" People · {scope} · {} ", shown.len());
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = window(state.people.cursor, shown.len(), usize::from(inner.height))
        .map(|i| {
            let e = shown[i];
            let style = if i == state.people.cursor { t.selected() } else { Style::new() };
            let mark = if e.kind == EntryKind::Organizer { "◇" } else { " " };
            let count = format!(" {:>3}", e.sessions.len());
            let name = text::fit(&format!("{mark}{}", e.name), width.saturating_sub(text::width(&count)));
            Line::from(vec![Span::styled(name, style), Span::styled(count, style.patch(t.dim()))])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let detail = Block::default().borders(Borders::ALL).border_style(t.border(false)).title(" Sessions ");
    let Some(e) = shown.get(state.people.cursor) else {
        frame.render_widget(Paragraph::new(Span::styled(" No one matches.", t.missing())).block(detail), right);
        return;
    };
    let p = archive.map_or(&data.programme, |a| &a.programme);
    let zone = state.zone.resolve(p.timezone);
    let mut lines = vec![Line::from(Span::styled(e.name.clone(), t.title()))];
    if let Some(about) = &e.about {
        lines.push(Line::from(Span::styled(about.clone(), t.dim())));
    }
    lines.push(Line::default());
    for (i, role) in &e.sessions {
        let s = &p.sessions[*i];
        let day = match (s.date, archive) {
            (Some(d), Some(_)) => wording::when::brief_with_year(d),
            (None, Some(a)) => format!("{} no date", a.member_of(*i).label),
            (Some(d), None) => wording::when::brief(d),
            (None, None) => "no date".to_owned(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{day} {} ", wording::when::format_range(p, s, zone)), t.label()),
            Span::styled(wording::role(e.kind, role.as_deref()).to_owned(), t.badge()),
        ]));
        let place = s.place().map(|r| format!(" · {r}")).unwrap_or_default();
        lines.push(Line::from(format!("  {}{place}", s.title)));
    }
    frame.render_widget(Paragraph::new(lines).block(detail).wrap(Wrap { trim: false }), right);
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
