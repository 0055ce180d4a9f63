//! The clash panel and the people index.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::clash::Kind;
use crate::people::EntryKind;
use crate::text;
use crate::tui::state::{Data, State};
use crate::tui::update::{people_index, people_shown};
use crate::wording;

fn glyph(kind: Kind) -> &'static str {
    match kind {
        Kind::Room => "▣ room",
        Kind::Person => "◉ person",
        Kind::PossiblePerson => "◌ same person?",
        Kind::Organizer => "◇ organizer",
        Kind::Dates => "✗ dates",
        Kind::Length => "✗ length",
        Kind::Buffer => "⇢ buffer",
    }
}

/// The window of `len` rows of which `height` fit, keeping `cursor` visible.
fn window(cursor: usize, len: usize, height: usize) -> std::ops::Range<usize> {
    let top = cursor.saturating_sub(height.saturating_sub(1) / 2).min(len.saturating_sub(height));
    top..(top + height).min(len)
}

pub fn clashes(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let found = data.clashes();
    let p = &data.programme;
    let title = format!(" Clashes · {} found · Enter go to the first session · Esc back ", found.len());
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if found.is_empty() {
        let msg = " No room or person is booked twice, and every session is within the programme's days.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())).wrap(Wrap { trim: true }), inner);
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = window(state.clash_cursor, found.len(), usize::from(inner.height))
        .map(|i| {
            let c = &found[i];
            let when = match (c.start, c.end) {
                (Some(a), b) => {
                    format!(
                        "{} {}",
                        wording::when::weekday_day(a.date_naive()),
                        crate::time::Range::of_instants(&a, b.as_ref(), None)
                    )
                }
                _ => "no time".to_owned(),
            };
            let style = if i == state.clash_cursor { t.selected() } else { Style::new() };
            let head = format!(" {} {:<16} ", text::fit(&when, 18), glyph(c.kind));
            let rest = width.saturating_sub(text::width(&head));
            let ids: Vec<&str> = c.sessions.iter().map(|&s| p.sessions[s].id.as_str()).collect();
            let _ = ids;
            Line::from(vec![
                Span::styled(head, style.patch(t.notice())),
                Span::styled(text::fit(&crate::wording::programme::clash(p, c), rest), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn people(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let shown = people_shown(state, data);
    let [left, right] = Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(area);
    let (_, archive) = people_index(state, data);
    let scope = if archive.is_some() { "every edition" } else { data.programme.label() };
    let title = format!(" People · {scope} · {} ", shown.len());
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = window(state.people_cursor, shown.len(), usize::from(inner.height))
        .map(|i| {
            let e = shown[i];
            let style = if i == state.people_cursor { t.selected() } else { Style::new() };
            let mark = if e.kind == EntryKind::Organizer { "◇" } else { " " };
            let count = format!(" {:>3}", e.sessions.len());
            let name = text::fit(&format!("{mark}{}", e.name), width.saturating_sub(text::width(&count)));
            Line::from(vec![Span::styled(name, style), Span::styled(count, style.patch(t.dim()))])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    let detail = Block::default().borders(Borders::ALL).border_style(t.border(false)).title(" Sessions ");
    let Some(e) = shown.get(state.people_cursor) else {
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
            (Some(d), None) => crate::wording::when::brief(d),
            (None, None) => "no date".to_owned(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{day} {} ", crate::wording::when::format_range(p, s, zone)), t.label()),
            Span::styled(crate::wording::role(e.kind, role.as_deref()).to_owned(), t.badge()),
        ]));
        let place = s.place().map(|r| format!(" · {r}")).unwrap_or_default();
        lines.push(Line::from(format!("  {}{place}", s.title)));
    }
    frame.render_widget(Paragraph::new(lines).block(detail).wrap(Wrap { trim: false }), right);
}
