//! The session detail: the browse screen's pane, or full-screen (the detail screen, where the
//! day keys step to the next or previous session). It shows the selected session: every title, the time in the
//! forum's zone and in the display zone, kind, format, room, themes, organizers, people by
//! role, languages, summary, notes and sources. What is not published says so, and a value the
//! stored copy cut off is followed by a dim ` […]`.

use crate::model::{CUT_OFF_MARK, CutOff, Person, PersonField, Programme, Session};
use crate::sanitize;
use crate::time;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::browse;
use crate::tui::action::{Action, Effect};
use crate::tui::data::Data;
use crate::tui::mode::Mode;
use crate::tui::navigate::{move_to, scroll_detail};
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;

/// The footer's key hints of the full-screen detail.
pub const HINTS: &[(Action, &str)] =
    &[(Action::Down, "scroll"), (Action::NextDay, "next session"), (Action::Back, "back"), (Action::Quit, "quit")];

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
        Action::Back | Action::Open => state.mode = Mode::Browse,
        _ => return browse::update(state, data, action),
    }
    None
}

fn field<'a>(t: Theme, label: &'a str, value: Option<String>) -> Line<'a> {
    let mut spans = vec![Span::styled(format!("{label:<11}"), t.label())];
    match value {
        Some(v) => spans.push(Span::raw(v)),
        None => spans.push(Span::styled("not published", t.missing())),
    }
    Line::from(spans)
}

/// `text`, followed by the dim cut-off mark when `cut`.
fn marked<'a>(text: impl Into<std::borrow::Cow<'a, str>>, style: Style, cut: bool, t: Theme) -> Vec<Span<'a>> {
    let mut spans = vec![Span::styled(text.into(), style)];
    if cut {
        spans.push(Span::styled(CUT_OFF_MARK, t.dim()));
    }
    spans
}

/// A labelled line of several values (organizers), each marked when the stored copy cut it off.
fn listed<'a>(t: Theme, label: &'a str, values: &'a [String], cut: impl Fn(usize) -> bool) -> Line<'a> {
    if values.is_empty() {
        return field(t, label, None);
    }
    let mut spans = vec![Span::styled(format!("{label:<11}"), t.label())];
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("; "));
        }
        spans.extend(marked(value.as_str(), Style::new(), cut(i), t));
    }
    Line::from(spans)
}

/// The lines describing `s`.
pub fn lines<'a>(p: &'a Programme, s: &'a Session, state: &State, completeness: bool) -> Vec<Line<'a>> {
    let t = state.theme;
    let zone = state.zone.resolve(p.timezone);
    let mut out = vec![Line::from(marked(s.title.as_str(), t.title(), s.is_cut_off(CutOff::Title), t))];
    if let Some(item) = state.agenda.items.get(s.id.as_str()).filter(|i| !i.removed) {
        let mut text = format!("★ In my agenda · {}", item.status.as_str());
        if let Some(note) = &item.note {
            text.push_str(&format!(" · ✎ {}", sanitize::line(note)));
        }
        out.push(Line::from(Span::styled(text, t.label())));
    }
    for (i, other) in s.other_titles.iter().enumerate() {
        out.push(Line::from(marked(format!("  {other}"), t.dim(), s.is_cut_off(CutOff::OtherTitle(i)), t)));
    }
    if let Some(sub) = &s.subtitle {
        out.push(Line::from(marked(format!("  {sub}"), Style::new(), s.is_cut_off(CutOff::Subtitle), t)));
    }
    out.push(Line::default());
    let day = s.date.map(|d| d.format("%A %d %B %Y").to_string());
    out.push(field(t, "Day", day));
    let forum = time::format_range(p, s, p.timezone);
    let when = s.start.map(|_| forum);
    match &s.time_conflict {
        Some(conflict) if when.is_none() => {
            out.push(Line::from(vec![
                Span::styled(format!("{:<11}", "Time"), t.label()),
                Span::styled("not published: sources disagree", t.missing()),
            ]));
            out.push(Line::from(Span::styled(format!("{:<11}{conflict}", ""), t.dim())));
        }
        _ => out.push(field(t, "Time", when)),
    }
    if s.start.is_some() && zone != p.timezone {
        out.push(field(t, "", Some(format!("{} ({})", time::format_range(p, s, zone), zone.name()))));
    }
    if s.start.is_some() && s.end.is_none() {
        out.push(field(t, "", Some("end not published".into())));
    }
    let kind = s.kind.clone().map(|k| match &s.kind_as_stated {
        Some(stated) => format!("{k} (\"{stated}\")"),
        None => k,
    });
    out.push(field(t, "Kind", kind));
    let format = match (&s.format, &s.format_as_stated) {
        (Some(f), Some(stated)) => Some(format!("{f} (\"{stated}\")")),
        (Some(f), None) => Some(f.to_string()),
        (None, Some(stated)) => Some(stated.clone()),
        (None, None) => None,
    };
    out.push(field(t, "Format", format));
    let mut room = field(t, "Room", s.place().map(str::to_owned));
    if s.place().is_some() && s.place_cut_off() {
        room.spans.push(Span::styled(CUT_OFF_MARK, t.dim()));
    }
    out.push(room);
    if !s.languages.is_empty() {
        out.push(field(t, "Languages", Some(s.languages.join(", "))));
    }
    if !s.interpretation.is_empty() {
        out.push(field(t, "Interpret.", Some(s.interpretation.join(", "))));
    }
    let themes: Vec<&str> = s.themes.iter().map(|id| p.theme(id).map_or(id.as_str(), |th| th.name.as_str())).collect();
    out.push(field(t, "Themes", (!themes.is_empty()).then(|| themes.join(" · "))));
    out.push(listed(t, "Organizers", &s.organizers, |i| s.is_cut_off(CutOff::Organizer(i))));
    out.push(Line::default());
    if s.people.is_empty() {
        out.push(field(t, "People", None));
    } else {
        out.push(Line::from(Span::styled("People", t.label())));
        for (role, people) in s.people_by_role() {
            let role_cut = people.iter().any(|p| s.person_cut_off(p).contains(&PersonField::Role));
            out.push(Line::from(marked(format!("  {role}"), t.badge(), role_cut, t)));
            for person in people {
                out.push(person_line(s, person, t));
            }
        }
    }
    if let Some(summary) = &s.summary {
        out.push(Line::default());
        out.extend(summary.lines().map(|l| Line::from(l.to_owned())));
    }
    if !s.cut_off.is_empty() {
        out.push(Line::default());
        out.push(Line::from(Span::styled("[…] cut off in the stored copy: the text stops there.", t.missing())));
    }
    if completeness && !s.complete {
        out.push(Line::default());
        out.push(Line::from(Span::styled("◌ The record of this session is incomplete.", t.missing())));
    }
    if let Some(notes) = &s.notes {
        out.push(Line::default());
        out.push(Line::from(vec![Span::styled("Notes ", t.label()), Span::styled(notes.as_str(), t.dim())]));
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled("Sources", t.label())));
    out.extend(s.sources.iter().map(|u| Line::from(Span::styled(format!("  {u}"), t.dim()))));
    out
}

/// A person: name, then affiliation and country, then topic, each marked where it is cut off.
fn person_line<'a>(s: &Session, person: &'a Person, t: Theme) -> Line<'a> {
    let cut = s.person_cut_off(person);
    let mut spans = marked(format!("    {}", person.name), Style::new(), cut.contains(&PersonField::Name), t);
    let extra = [(&person.affiliation, PersonField::Affiliation), (&person.country, PersonField::Country)];
    for (n, (value, f)) in extra.iter().filter_map(|(v, f)| v.as_deref().map(|v| (v, *f))).enumerate() {
        let text = format!("{}{value}", if n == 0 { " — " } else { ", " });
        spans.extend(marked(text, t.dim(), cut.contains(&f), t));
    }
    if let Some(topic) = &person.topic {
        spans.extend(marked(format!(" · {topic}"), t.dim(), cut.contains(&PersonField::Topic), t));
    }
    Line::from(spans)
}

/// The selected session's detail in `area`.
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let focused = state.browse.focus == Focus::Detail || state.mode == Mode::Detail;
    let title = if state.mode == Mode::Detail { " Session · Esc back " } else { " Details " };
    let block = Block::default().borders(Borders::ALL).border_style(t.border(focused)).title(title);
    let Some(i) = state.current() else {
        frame.render_widget(Paragraph::new(Span::styled(" Nothing selected.", t.missing())).block(block), area);
        return;
    };
    let p = &data.programme;
    let lines = lines(p, &p.sessions[i], state, data.tracks_completeness);
    let max = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_sub(1);
    let para = Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((state.detail.scroll.min(max), 0));
    frame.render_widget(para, area);
}
