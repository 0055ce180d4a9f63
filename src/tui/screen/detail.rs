//! The session detail: the browse screen's pane, or full-screen (the detail screen, where the
//! day keys step to the next or previous session). It shows the selected session: every title, the time in the
//! forum's zone and in the display zone, kind, format, room, themes, organizers, people by
//! role, languages, summary, notes and sources. What is not published says so, and a value the
//! stored copy cut off is followed by a dim ` […]`.

use crate::model::{CUT_OFF_MARK, Person, PersonField, Programme, Session};
use crate::sanitize;
use crate::wording::{self, detail, detail::Field, detail::LABEL_WIDTH, detail::Remark};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

mod matched;
pub mod wrap;

use super::browse;
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{self, Areas};
use crate::tui::mode::Mode;
use crate::tui::navigate::{move_to, scroll_detail};
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;

/// The footer's key hints of the full-screen detail.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_SCROLL),
    (Action::NextDay, wording::FOOTER_NEXT_SESSION),
    (Action::Back, wording::FOOTER_BACK),
    (Action::Quit, wording::FOOTER_QUIT),
];

/// Keys of the full-screen detail; the rest act as on the browse screen.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    match action {
        Action::Down | Action::ScrollDown => scroll_detail(state, 1),
        Action::Up | Action::ScrollUp => scroll_detail(state, -1),
        Action::PageDown => scroll_detail(state, 10),
        Action::PageUp => scroll_detail(state, -10),
        Action::First => state.detail.scroll = 0,
        Action::Last => state.detail.scroll = u16::MAX / 2,
        Action::NextDay => move_to(state, state.browse.selected.saturating_add(1)),
        Action::PrevDay => move_to(state, state.browse.selected.saturating_sub(1)),
        Action::Back | Action::Open => state.mode = std::mem::replace(&mut state.detail.opened_from, Mode::Browse),
        _ => return browse::update(state, data, action),
    }
    None
}

fn label<'a>(t: Theme, text: &str) -> Span<'a> {
    // Padded by display width: a Hangul label is two columns a letter.
    Span::styled(format!("{text}{}", " ".repeat(LABEL_WIDTH.saturating_sub(crate::text::width(text)))), t.label())
}

/// `text`, followed by the dim cut-off mark when `cut`.
fn marked<'a>(text: impl Into<std::borrow::Cow<'a, str>>, style: Style, cut: bool, t: Theme) -> Vec<Span<'a>> {
    let mut spans = vec![Span::styled(text.into(), style)];
    if cut {
        spans.push(Span::styled(CUT_OFF_MARK, t.dim()));
    }
    spans
}

/// A labelled line and the remarks under it; each value marked when the stored copy cut it off.
fn field<'a>(t: Theme, f: &Field<'a>, out: &mut Vec<Line<'a>>) {
    let mut spans = vec![label(t, f.label.text())];
    let disputed = f.remarks.iter().any(|r| matches!(r, Remark::SourcesDisagree(_)));
    if f.values.is_empty() {
        let missing = if disputed { wording::NOT_PUBLISHED_DISPUTED } else { wording::NOT_PUBLISHED };
        spans.push(Span::styled(missing.text(), t.missing()));
    }
    for (i, value) in f.values.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(f.separator));
        }
        spans.extend(marked(value.text.clone(), Style::new(), value.cut.is_some(), t));
    }
    out.push(Line::from(spans));
    for remark in &f.remarks {
        out.push(match remark {
            Remark::SourcesDisagree(what) => Line::from(Span::styled(format!("{:<LABEL_WIDTH$}{what}", ""), t.dim())),
            Remark::InZone(text) => Line::from(vec![label(t, ""), Span::raw(text.clone())]),
            Remark::EndNotPublished => Line::from(vec![label(t, ""), Span::raw(wording::END_NOT_PUBLISHED.text())]),
        });
    }
}

/// The lines describing `s`: the shared composition (`wording::detail`), styled, and the
/// session's place in the user's agenda.
pub fn lines<'a>(p: &'a Programme, s: &'a Session, state: &State, completeness: bool) -> Vec<Line<'a>> {
    let t = state.theme;
    let d = detail::compose(p, s, state.zone.resolve(p.timezone), completeness);
    let mut out = vec![Line::from(marked(d.title.text, t.title(), d.title.cut.is_some(), t))];
    if let Some(item) = state.agenda.items.get(s.id.as_str()).filter(|i| !i.removed) {
        let status = crate::wording::agenda::status(item.status);
        let mut text =
            crate::tui::glyph::unmarked(state, &crate::wording::DETAIL_IN_AGENDA.say(&[("status", &status)]))
                .into_owned();
        if let Some(note) = &item.note {
            text.push_str(&format!(" · ✎ {}", sanitize::line(note)));
        }
        let text = crate::tui::glyph::spoken(state, &text).into_owned();
        out.push(Line::from(Span::styled(text, t.label())));
    }
    for other in d.other_titles {
        out.push(Line::from(marked(format!("  {}", other.text), t.dim(), other.cut.is_some(), t)));
    }
    if let Some(sub) = d.subtitle {
        out.push(Line::from(marked(format!("  {}", sub.text), Style::new(), sub.cut.is_some(), t)));
    }
    out.push(Line::default());
    for f in &d.fields {
        field(t, f, &mut out);
    }
    out.push(Line::default());
    if d.people.is_empty() && d.says_missing {
        out.push(Line::from(vec![
            label(t, wording::LABEL_PEOPLE.text()),
            Span::styled(wording::NOT_PUBLISHED.text(), t.missing()),
        ]));
    } else if !d.people.is_empty() {
        out.push(Line::from(Span::styled(wording::LABEL_PEOPLE.text(), t.label())));
        for group in d.people {
            out.push(Line::from(marked(format!("  {}", group.role), t.badge(), group.role_cut, t)));
            for (person, cut) in group.people {
                out.push(person_line(person, &cut, t));
            }
        }
    }
    if let Some(summary) = d.summary {
        out.push(Line::default());
        out.extend(summary.lines().map(|l| Line::from(l.to_owned())));
    }
    if d.cut_off {
        out.push(Line::default());
        out.push(Line::from(Span::styled(wording::CUT_OFF_LEGEND.text(), t.missing())));
    }
    if d.incomplete {
        out.push(Line::default());
        let mark = if state.accessible { "" } else { "◌ " };
        out.push(Line::from(Span::styled(format!("{mark}{}", wording::INCOMPLETE.text()), t.missing())));
    }
    if let Some(notes) = d.notes {
        out.push(Line::default());
        let notes_label = format!("{} ", wording::LABEL_NOTES.text());
        out.push(Line::from(vec![Span::styled(notes_label, t.label()), Span::styled(notes, t.dim())]));
    }
    if d.sources.is_empty() && !d.says_missing {
        return out;
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled(wording::LABEL_SOURCES.text(), t.label())));
    out.extend(d.sources.iter().map(|u| Line::from(Span::styled(format!("  {u}"), t.dim()))));
    if d.sources.is_empty() {
        out.push(Line::from(Span::styled(format!("  {}", wording::NOT_PUBLISHED.text()), t.missing())));
    }
    out
}

/// A person: name, then affiliation and country, then topic, each marked where it is cut off.
fn person_line<'a>(person: &'a Person, cut: &[PersonField], t: Theme) -> Line<'a> {
    let mut spans = vec![Span::raw("    ")];
    for part in detail::person_parts(person, cut) {
        spans.extend(marked(part.text, if part.name { Style::new() } else { t.dim() }, part.cut, t));
    }
    Line::from(spans)
}

/// The furthest the detail scrolls: its last line at the bottom of the pane.
fn last_scroll(lines: usize, height: u16) -> u16 {
    u16::try_from(lines).unwrap_or(u16::MAX).saturating_sub(height)
}

/// Keep the detail's scroll within its lines as the pane shows them (on the screen last heard
/// of), so that a key back up moves it at once after scrolling to the end or past it.
pub fn clamp_scroll(state: &mut State, data: &Data) {
    let Some(i) = state.current() else {
        return;
    };
    let mode = if state.mode == Mode::Detail { Mode::Detail } else { Mode::Browse };
    let inner = layout::inside(Areas::of(layout::reported_screen(state), mode, state).detail);
    let p = &data.programme;
    let wrapped = wrap::wrap(
        lines(p, &p.sessions[i], state, data.tracks_completeness),
        usize::from(inner.width),
        state.theme.label(),
    );
    let count = wrapped.len();
    state.detail.scroll = state.detail.scroll.min(last_scroll(count, inner.height));
}

/// The selected session's detail in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let focused = state.browse.focus == Focus::Detail || state.mode == Mode::Detail;
    let title = if state.mode == Mode::Detail {
        let back = KeyHints::new(&data.keymap, Mode::Detail).key(Action::Back, wording::HINT_BACK);
        key_hint::title([Some(wording::TITLE_SESSION.text().to_owned()), back], area.width)
    } else {
        format!(" {} ", crate::wording::TITLE_DETAILS.text())
    };
    let block = Block::default().borders(Borders::ALL).border_style(t.border(focused)).title(title);
    let Some(i) = state.current() else {
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {}", crate::wording::NOTHING_SELECTED.text()), t.missing()))
                .block(block),
            area,
        );
        return;
    };
    let p = &data.programme;
    let lines = lines(p, &p.sessions[i], state, data.tracks_completeness);
    let lines = matched::underlined(lines, &data.index, &state.query, t);
    let inner = layout::inside(area);
    let lines = wrap::wrap(lines, usize::from(inner.width), t.label());
    let max = last_scroll(lines.len(), inner.height);
    let para = Paragraph::new(lines).block(block).scroll((state.detail.scroll.min(max), 0));
    frame.render_widget(para, area);
}

#[cfg(test)]
#[path = "detail_tests.rs"]
mod tests;
