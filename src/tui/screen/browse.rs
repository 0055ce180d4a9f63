//! The browse screen (and search, which types over it): the day's sessions, or a search's
//! matches, beside the selected session's detail. The list shows time, title (search matches
//! highlighted; a dim ` […]` when the stored copy cut it off), kind and format badges, room, and
//! glyph markers. Only the visible rows are built, so a huge programme costs nothing extra.

use crate::model::{CUT_OFF_MARK, CutOff, Programme, Session};
use crate::text;
use crate::wording;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::mode::Mode;
use crate::tui::navigate::{self, move_to, page, scroll_detail};
use crate::tui::state::{Focus, Scope, State};
use crate::tui::theme::Theme;

pub(crate) mod columns;

/// The footer's key hints while browsing.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::NextDay, wording::FOOTER_DAY),
    (Action::Open, wording::FOOTER_OPEN),
    (Action::StartSearch, wording::FOOTER_SEARCH),
    (Action::OpenFilters, wording::FOOTER_FILTERS),
    (Action::OpenAgenda, wording::FOOTER_AGENDA),
    (Action::OpenGrid, wording::FOOTER_GRID),
    (Action::OpenClashes, wording::FOOTER_CLASHES),
    (Action::OpenPeople, wording::FOOTER_PEOPLE),
    (Action::NowNext, wording::FOOTER_NOW),
    (Action::ClearFilters, wording::FOOTER_CLEAR),
    (Action::CycleZone, wording::FOOTER_ZONE),
    (Action::Help, wording::FOOTER_HELP),
    (Action::Quit, wording::FOOTER_QUIT),
];

/// The footer's key hints while typing a search.
pub const SEARCH_HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::SearchScope, wording::FOOTER_ALL_DAYS_THIS_DAY),
    (Action::SearchAccept, wording::FOOTER_KEEP_AS_FILTER),
    (Action::Back, wording::FOOTER_CLEAR),
    (Action::Help, wording::FOOTER_HELP),
];

/// Keys of the browse screen, and of search (where the detail pane does not scroll).
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let typing = state.mode == Mode::Search;
    let detail_focused = state.browse.focus == Focus::Detail && !typing;
    let selected = state.browse.selected;
    match action {
        Action::Down if detail_focused => scroll_detail(state, 1),
        Action::Up if detail_focused => scroll_detail(state, -1),
        Action::ScrollDetailDown => scroll_detail(state, 1),
        Action::ScrollDetailUp => scroll_detail(state, -1),
        Action::PageDown if detail_focused => scroll_detail(state, 10),
        Action::PageUp if detail_focused => scroll_detail(state, -10),
        Action::Down | Action::ScrollDown => move_to(state, selected.saturating_add(1)),
        Action::Up | Action::ScrollUp => move_to(state, selected.saturating_sub(1)),
        Action::PageDown => move_to(state, selected + page(state)),
        Action::PageUp => move_to(state, selected.saturating_sub(page(state))),
        Action::First => move_to(state, 0),
        Action::Last => move_to(state, usize::MAX),
        Action::NextDay => navigate::go_tab(state, data, (state.tab + 1).min(state.tabs.len().saturating_sub(1))),
        Action::PrevDay => navigate::go_tab(state, data, state.tab.saturating_sub(1)),
        Action::GoDay(n) => {
            let n = usize::from(n);
            if n >= 1 && n <= state.tabs.len() {
                navigate::go_tab(state, data, n - 1);
            } else {
                let tabs = wording::DAY_TABS.of(state.tabs.len());
                state.notice = Some(wording::NO_DAY_N.say(&[("n", &n), ("tabs", &tabs)]));
            }
        }
        Action::ToggleFocus => {
            state.browse.focus = if state.browse.focus == Focus::List { Focus::Detail } else { Focus::List };
        }
        Action::Open if state.current().is_some() => {
            state.mode = Mode::Detail;
            state.detail.scroll = 0;
            state.detail.opened_from = Mode::Browse;
        }
        Action::Open => state.notice = Some(crate::wording::NO_SESSION_TO_OPEN.text().into()),
        Action::OpenFilters => state.mode = Mode::Filters,
        Action::StartSearch => {
            state.mode = Mode::Search;
            state.refresh(data);
        }
        Action::Input(c) => {
            state.query.push(c);
            state.refresh(data);
        }
        Action::DeleteChar => {
            state.query.pop();
            state.refresh(data);
        }
        Action::SearchScope => {
            let b = &mut state.browse;
            b.scope = if b.scope == Scope::AllDays { Scope::ThisDay } else { Scope::AllDays };
            state.refresh(data);
        }
        Action::SearchAccept => {
            if let Some(day) = state.current().and_then(|i| navigate::day_of(state, data, i)) {
                state.tab = day;
            }
            state.mode = Mode::Browse;
            state.refresh(data);
        }
        Action::Back if typing || !state.query.is_empty() => {
            state.query.clear();
            state.mode = Mode::Browse;
            state.refresh(data);
        }
        Action::Back if state.browse.focus == Focus::Detail => state.browse.focus = Focus::List,
        Action::Click(Hit::Tab(tab)) => navigate::go_tab(state, data, tab),
        Action::Click(Hit::Row(row)) => {
            state.browse.focus = Focus::List;
            move_to(state, row);
        }
        Action::Click(Hit::Detail) => state.browse.focus = Focus::Detail,
        _ => {}
    }
    None
}

/// `13:00–15:00` in `zone`, `20:00–?`, or the not-published text; a time on another day than
/// the session's conference day (the tab it is listed under) is marked: `(+1d) 00:50–01:50`, or
/// `00:50(+1d)…` in a narrow list, where the end has no room.
fn short_range(p: &Programme, s: &Session, zone: chrono_tz::Tz, wide: bool) -> String {
    match s.start_at(p.timezone) {
        Some(a) => {
            let b = s.end_at(p.timezone).map(|b| b.with_timezone(&zone));
            let range = crate::time::Range::of_instants(&a.with_timezone(&zone), b.as_ref(), p.day_of(s));
            if wide { range.wide() } else { range.narrow() }
        }
        _ if s.extras.time_conflict.is_some() => {
            if wide { crate::wording::ROW_TIME_DISPUTED } else { crate::wording::ROW_TIME_DISPUTED_SHORT }
                .text()
                .to_owned()
        }
        _ if wide => crate::wording::ROW_TIME_NOT_PUBLISHED.text().to_owned(),
        _ => crate::wording::NO_TIME.text().to_owned(),
    }
}

pub(super) fn format_badge(s: &Session) -> &'static str {
    match s.format {
        Some(crate::model::Format::OnSite) => "on site",
        Some(crate::model::Format::Online) => "online",
        Some(crate::model::Format::Livestream) => "live",
        Some(crate::model::Format::Hybrid) => "hybrid",
        None => "",
    }
}

/// The title as spans, matched characters highlighted, cut to `width` columns.
fn title_spans(title: &str, matched: Option<&Vec<usize>>, width: usize, base: Style, t: Theme) -> Vec<Span<'static>> {
    let cut = text::fit(title, width);
    let Some(matched) = matched else {
        return vec![Span::styled(cut, base)];
    };
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in cut.chars().enumerate() {
        let hit = matched.binary_search(&i).is_ok() && c != '…';
        if hit != run_hit && !run.is_empty() {
            let style = if run_hit { base.patch(t.highlight()) } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = hit;
        run.push(c);
    }
    let style = if run_hit { base.patch(t.highlight()) } else { base };
    spans.push(Span::styled(run, style));
    spans
}

/// The list in `area` (the detail pane beside it is `detail::render`).
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let p = &data.programme;
    let t = state.theme;
    let zone = state.zone.resolve(p.timezone);
    let focused = state.browse.focus == Focus::List || state.mode == Mode::Search;
    let title = match state.day() {
        _ if state.searching_all_days() => crate::wording::MATCHES_BEST_FIRST.of(state.browse.rows.len()),
        _ if state.mode == Mode::Search => crate::wording::MATCHES_THIS_DAY.of(state.browse.rows.len()),
        Some(crate::filter::Day::Date(d)) => {
            format!("{} · {}", crate::wording::when::short(d), crate::wording::SESSIONS.of(state.browse.rows.len()))
        }
        _ => crate::wording::LIST_UNDATED.say(&[("sessions", &crate::wording::SESSIONS.of(state.browse.rows.len()))]),
    };
    let title = key_hint::title([Some(title)], area.width);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(focused)).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if state.browse.rows.is_empty() {
        // The way out named with the key bound to it where the user is: typing, Esc clears the
        // query; browsing, the clear-filters key.
        let only_hidden = state.filter.cleared() == state.filter && !state.filter.hidden.is_empty();
        let msg = if state.filter.is_empty() && state.query.is_empty() {
            format!(" {}", wording::NO_SESSION_THIS_DAY.text())
        } else if only_hidden && state.query.is_empty() {
            // Clearing filters would not bring back what is hidden: the way out is the show key.
            let hint = KeyHints::new(&data.keymap, Mode::Browse).key(Action::ShowHidden, wording::HINT_SHOW_HIDDEN);
            format!(
                " {}{}",
                wording::NO_SESSION_SHOWN_ALL_HIDDEN.text(),
                hint.map(|h| format!(" {h}")).unwrap_or_default()
            )
        } else {
            let hint = match state.mode {
                Mode::Search => KeyHints::new(&data.keymap, Mode::Search).key(Action::Back, wording::HINT_CLEAR_SEARCH),
                _ => KeyHints::new(&data.keymap, Mode::Browse).key(Action::ClearFilters, wording::HINT_CLEAR_FILTERS),
            };
            let hint = hint.map(|h| format!(" {h}")).unwrap_or_default();
            format!(" {}{hint}", wording::NO_SESSION_MATCHES.text())
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())), inner);
        return;
    }
    let width = usize::from(inner.width);
    let wide = width >= 96;
    let day_w = if state.searching_all_days() { 8 } else { 0 };
    let time_w = if wide { 18 } else { 11 };
    // A column empty on every session of the programme is left out; none is wider than its
    // widest value.
    let widest = data.list_widest();
    // Below 84 columns the room takes the format's place: where a session is matters more.
    let fmt_w = if width >= 84 { widest.format } else { 0 };
    let room_w = match width {
        // A wide terminal gives the room what the title does not need.
        140.. => (width / 6).min(32),
        96.. => 16,
        70.. => 14,
        _ => 0,
    }
    .min(widest.room);
    // A column for the marks of what changed since the user last looked, while there are any.
    let marks = state.changes.any_marked();
    let columns = |kind_w: usize| {
        2 + 2 * usize::from(marks)
            + day_w
            + time_w
            + 1
            + [kind_w, fmt_w, room_w].iter().filter(|w| **w > 0).map(|w| w + 1).sum::<usize>()
    };
    // The kind grows to its widest (up to 24) while the title keeps 40 columns, is cut to 10
    // while the title keeps 32, and gives way below that.
    let kind_w = [(widest.kind.min(24), 40), (widest.kind.min(10), 32)]
        .into_iter()
        .find(|&(kind_w, title_w)| width >= 60 && width.saturating_sub(columns(kind_w)) >= title_w)
        .map_or(0, |(kind_w, _)| kind_w);
    let fixed = columns(kind_w);
    let title_w = width.saturating_sub(fixed).max(8);
    let now = state.now;
    let lines: Vec<Line> = state
        .browse
        .rows
        .iter()
        .enumerate()
        .skip(state.browse.offset)
        .take(usize::from(inner.height))
        .map(|(row, &i)| {
            let s = &p.sessions[i];
            let base = if row == state.browse.selected { t.selected() } else { Style::new() };
            let on_now =
                matches!((s.start_at(p.timezone), s.end_at(p.timezone)), (Some(a), Some(b)) if a <= now && now < b);
            // A hidden session shown for a while is marked, so it can be found to show it for good.
            let hidden = state.show_hidden && state.hidden.hides(s);
            let marker = [
                if hidden {
                    "⊘"
                } else if on_now {
                    "▶"
                } else {
                    " "
                },
                if state.agenda.is_marked(s.id.as_str()) { "★" } else { " " },
                if marks { state.changes.mark(i).glyph() } else { "" },
                if marks { " " } else { "" },
            ]
            .concat();
            let base = if hidden { base.patch(t.dim()) } else { base };
            let mut spans = vec![Span::styled(marker, base.patch(t.notice()))];
            if day_w > 0 {
                let d = p.day_of(s).map_or("undated".to_owned(), crate::wording::when::weekday_day);
                spans.push(Span::styled(text::fit(&d, day_w - 1) + " ", base.patch(t.dim())));
            }
            let range = short_range(p, s, zone, wide);
            let time_style = if s.start.is_none() { base.patch(t.missing()) } else { base };
            spans.push(Span::styled(text::fit(&range, time_w) + " ", time_style));
            let matched = (!state.query.trim().is_empty()).then(|| data.index.title_highlights(&s.title, &state.query));
            if s.is_cut_off(CutOff::Title) {
                // The dim mark follows the title (cut to leave it room), then the column is padded.
                let mark = text::width(CUT_OFF_MARK);
                let shown = text::width(&s.title).min(title_w.saturating_sub(mark));
                spans.extend(title_spans(&s.title, matched.as_ref(), shown, base, t));
                spans.push(Span::styled(CUT_OFF_MARK, base.patch(t.dim())));
                let pad = title_w.saturating_sub(shown + mark);
                spans.push(Span::styled(" ".repeat(pad), base));
            } else {
                spans.extend(title_spans(&s.title, matched.as_ref(), title_w, base, t));
            }
            let kind = p.kind_or_track(s, data.kind_shows_tracks).unwrap_or("");
            for (w, value) in [(kind_w, text::fit(kind, kind_w)), (fmt_w, text::fit(format_badge(s), fmt_w))] {
                if w > 0 {
                    spans.push(Span::styled(format!(" {value}"), base.patch(t.badge())));
                }
            }
            if room_w > 0 {
                // A long room name keeps its end, which tells rooms apart ("…Rooms 209~210").
                let room = text::fit_tail(s.place().unwrap_or(""), room_w);
                spans.push(Span::styled(format!(" {room}"), base.patch(t.badge())));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
#[path = "browse_tests.rs"]
mod tests;
