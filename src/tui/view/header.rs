//! The header (programme, dates, zone, clock, active filters), the day tabs and the footer.

use crate::archive::Completeness;
use crate::filter::Day;
use crate::text;
use crate::wording;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::keymap::Keymap;
use crate::tui::state::{Data, Mode, Scope, State};

pub fn header(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let p = &data.programme;
    let t = state.theme;
    let zone = state.zone.resolve(p.timezone);
    let now = state.now.with_timezone(&zone);
    let clock = format!("{} ", wording::when::moment(&now));
    let dates = wording::when::days(p.first_day, p.last_day);
    let title_w = usize::from(area.width).saturating_sub(text::width(&clock) + 1);
    let title = text::truncate(&heading(p, data.record, title_w), title_w);
    let pad = usize::from(area.width).saturating_sub(text::width(&title) + text::width(&clock));
    let first =
        Line::from(vec![Span::styled(title, t.title()), Span::raw(" ".repeat(pad)), Span::styled(clock, t.dim())]);
    let mut second = vec![Span::raw(format!(" {dates} · times in {} ({})", now.format("%Z"), zone.name()))];
    if !state.agenda.is_empty() {
        second.push(Span::styled(format!(" · ★ {} in my agenda", state.agenda.len()), t.label()));
    }
    let mut active = crate::wording::programme::filters(&state.filter);
    if !state.query.is_empty() {
        let scope = if state.mode == Mode::Search && state.scope == Scope::ThisDay { " (this day)" } else { "" };
        active.push(format!("search: \"{}\"{scope}", state.query));
    }
    if !active.is_empty() {
        second.push(Span::styled(format!(" · ▼ {}", active.join(" · ")), t.notice()));
    }
    frame.render_widget(Paragraph::new(vec![first, Line::from(second)]), area);
}

/// The programme's name and, for a bundled edition, how complete its record is: the fullest of
/// these that fits `width` columns.
fn heading(p: &crate::model::Programme, record: Option<Completeness>, width: usize) -> String {
    let name = if p.label() == p.title { format!(" {}", p.title) } else { format!(" {} · {}", p.label(), p.title) };
    let Some(record) = record else {
        return name;
    };
    [
        format!("{name} · {}", crate::wording::programme::completeness(&record)),
        format!(" {} · {}", p.label(), crate::wording::programme::completeness(&record)),
        format!(" {} · {}", p.label(), crate::wording::programme::found(&record)),
    ]
    .into_iter()
    .find(|h| text::width(h) <= width)
    .unwrap_or(name)
}

fn tab_label(day: Day, count: usize) -> String {
    match day {
        Day::Date(d) => format!(" {} ({count}) ", wording::when::weekday_day(d)),
        Day::Undated => format!(" Undated ({count}) "),
    }
}

/// The x ranges of the tabs, as drawn.
pub fn tab_ranges(state: &State, _data: &Data) -> Vec<(u16, u16)> {
    let mut x = 1u16;
    state
        .tabs
        .iter()
        .zip(&state.tab_counts)
        .map(|(d, n)| {
            let w = u16::try_from(text::width(&tab_label(*d, *n))).unwrap_or(u16::MAX);
            let range = (x, x.saturating_add(w));
            x = x.saturating_add(w + 1);
            range
        })
        .collect()
}

pub fn tabs(frame: &mut Frame<'_>, area: Rect, state: &State, _data: &Data) {
    let t = state.theme;
    let mut spans = vec![Span::raw(" ")];
    for (i, (d, n)) in state.tabs.iter().zip(&state.tab_counts).enumerate() {
        let label = tab_label(*d, *n);
        let style = if i == state.tab && !state.searching_all_days() { t.tab_active() } else { t.tab() };
        spans.push(Span::styled(label, style));
        spans.push(Span::styled("│", t.dim()));
    }
    if state.searching_all_days() {
        spans.push(Span::styled(" searching all days (Tab: this day only)", t.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The footer's key hints for a mode.
pub fn hints(keymap: &Keymap, mode: Mode) -> Vec<(String, &'static str)> {
    let wanted: &[(Action, &str)] = match mode {
        Mode::Browse => &[
            (Action::Down, "move"),
            (Action::NextDay, "day"),
            (Action::Open, "open"),
            (Action::StartSearch, "search"),
            (Action::OpenFilters, "filters"),
            (Action::ClearFilters, "clear"),
            (Action::CycleZone, "zone"),
            (Action::NowNext, "now"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        Mode::Detail => &[
            (Action::Down, "scroll"),
            (Action::NextDay, "next session"),
            (Action::Back, "back"),
            (Action::Quit, "quit"),
        ],
        Mode::Search => &[
            (Action::Down, "move"),
            (Action::SearchScope, "all days/this day"),
            (Action::SearchAccept, "keep as filter"),
            (Action::Back, "clear"),
        ],
        Mode::Filters => &[
            (Action::Down, "move"),
            (Action::NextFacet, "group"),
            (Action::ToggleOption, "select"),
            (Action::ClearFilters, "clear all"),
            (Action::Back, "close"),
        ],
        Mode::Help => &[(Action::Down, "scroll"), (Action::Back, "close")],
        Mode::Agenda => &[
            (Action::Down, "move"),
            (Action::Open, "go to"),
            (Action::CycleStatus, "status"),
            (Action::EditNote, "note"),
            (Action::ToggleMark, "remove"),
            (Action::Back, "back"),
        ],
        Mode::Note => &[(Action::NoteAccept, "keep the note"), (Action::Back, "cancel")],
        Mode::Grid => &[
            (Action::Down, "time"),
            (Action::Right, "room"),
            (Action::NextDay, "day"),
            (Action::Open, "open"),
            (Action::ToggleMark, "mark"),
            (Action::Back, "back"),
        ],
        Mode::Clashes => &[(Action::Down, "move"), (Action::Open, "go to session"), (Action::Back, "back")],
        Mode::People => &[
            (Action::Down, "move"),
            (Action::Open, "first session"),
            (Action::PeopleScope, "all editions"),
            (Action::Back, "clear / back"),
        ],
    };
    wanted.iter().filter_map(|(a, label)| keymap.keys_for(mode, *a).into_iter().next().map(|k| (k, *label))).collect()
}

pub fn footer(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let mut spans = Vec::new();
    if state.mode == Mode::Search {
        spans.push(Span::styled(" / ", t.key()));
        spans.push(Span::raw(format!("{}▏ ", state.query)));
    }
    if state.mode == Mode::People {
        spans.push(Span::styled(" find: ", t.key()));
        spans.push(Span::raw(format!("{}▏ ", state.people_query)));
    }
    if state.mode == Mode::Note {
        spans.push(Span::styled(" note: ", t.key()));
        spans.push(Span::raw(format!("{}▏ ", state.note_input)));
    }
    if let Some(notice) = &state.notice {
        spans.push(Span::styled(format!(" {} ", crate::sanitize::line(notice)), t.notice()));
    } else {
        for (key, label) in hints(&data.keymap, state.mode) {
            spans.push(Span::styled(format!(" {key}"), t.key()));
            spans.push(Span::styled(format!(" {label}"), t.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
