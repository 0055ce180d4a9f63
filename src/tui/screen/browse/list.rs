//! The session list of the browse screen: each visible row's markers, time, title (search
//! matches highlighted; a dim ` […]` when the stored copy cut it off), kind and format badges and
//! room, the columns sized by [`super::columns`]. In accessible mode the markers are said in words
//! before the title ("[in agenda · on now] ").

use crate::filter::Day;
use crate::model::{CUT_OFF_MARK, CutOff, Programme, Session};
use crate::text;
use crate::wording;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::columns::Widest;
use crate::tui::action::Action;
use crate::tui::changes::Mark;
use crate::tui::data::Data;
use crate::tui::glyph::{self, Glyph};
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::mode::Mode;
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;

/// `13:00–15:00` in `zone` (`1:00–3:00 PM` on the 12-hour clock), `20:00–?`, or the
/// not-published text; a time on another day than the session's conference day (the tab it is
/// listed under) is marked: `(+1d) 00:50–01:50`, or `00:50(+1d)…` in a narrow list, where the end
/// has no room.
fn short_range(p: &Programme, s: &Session, zone: chrono_tz::Tz, wide: bool) -> String {
    match s.start_at(p.timezone) {
        Some(a) => {
            let b = s.end_at(p.timezone).map(|b| b.with_timezone(&zone));
            let range = crate::time::Range::of_instants(&a.with_timezone(&zone), b.as_ref(), p.day_of(s));
            if wide { wording::when::range_wide(range) } else { wording::when::range_narrow(range) }
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

/// The time column's width: 18 columns wide, 11 narrow on the 24-hour clock; on the 12-hour clock
/// (whose ranges are wider and vary more) the widest time of the rows listed, so the column
/// lines up and the title keeps what the times do not need. The words for a missing time are cut
/// to the 24-hour width rather than widen the column. Each time a session can have is written
/// once, however many rows share it (a day of a large programme has thousands of rows and few
/// times).
fn time_width(state: &State, data: &Data, zone: chrono_tz::Tz, wide: bool) -> usize {
    let fixed = if wide { 18 } else { 11 };
    if wording::language::clock() == wording::language::Clock::TwentyFourHour {
        return fixed;
    }
    let p = &data.programme;
    let mut written = rustc_hash::FxHashSet::default();
    let width = |s: &Session| {
        let w = text::width(&short_range(p, s, zone, wide));
        if s.start.is_some() { w } else { w.min(fixed) }
    };
    state
        .browse
        .rows
        .iter()
        .map(|&i| &p.sessions[i])
        .filter(|s| written.insert((s.date, s.start, s.end, s.end_date, s.extras.time_conflict.is_some())))
        .map(width)
        .max()
        .unwrap_or(fixed)
}

/// How many search results are measured to size the list's columns (see `render`).
const SIZED_RESULTS: usize = 2_000;

/// The day of a search result found on any day ("Mon 30"), as its column says it.
fn day_label(p: &Programme, s: &Session) -> String {
    day_text(p.day_of(s).map_or(Day::Undated, Day::Date))
}

/// A day as the search results' day column says it.
fn day_text(day: Day) -> String {
    match day {
        Day::Date(d) => crate::wording::when::weekday_day(d),
        Day::Undated => crate::wording::ROW_UNDATED.text().to_owned(),
    }
}

pub(in crate::tui) fn format_badge(s: &Session) -> String {
    s.format.map_or(String::new(), |f| crate::wording::FORMAT_BADGE.say(&[("format", &f.as_str())]))
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
        // An empty query matches nothing: the list is the day's, titled as such.
        _ if state.mode == Mode::Search && !state.query.trim().is_empty() => {
            crate::wording::MATCHES_THIS_DAY.of(state.browse.rows.len())
        }
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
    // A column empty on every session of the programme is left out; none is wider than its
    // widest value. A search's results are sized to what they show (their times, kinds, formats
    // and rooms) while there are at most SIZED_RESULTS of them; more are sized as the programme
    // is, which measuring would not change much and would cost every key at 100,000 sessions.
    let rows = &state.browse.rows;
    let sized = !state.query.trim().is_empty() && rows.len() <= SIZED_RESULTS;
    let found: Vec<&Session> = match sized {
        true => rows.iter().filter_map(|&i| p.sessions.get(i)).collect(),
        false => Vec::new(),
    };
    let searched = sized.then(|| Widest::of_sessions(p, found.iter().copied(), data.kind_shows_tracks));
    let widest = searched.as_ref().unwrap_or_else(|| data.list_widest());
    // The day of a result found on any day, as wide as the widest day of the programme (its tabs).
    let day_w = match state.searching_all_days() {
        true => state.tabs.iter().map(|d| text::width(&day_text(*d))).max().map_or(8, |w| w + 1),
        false => 0,
    };
    let time_w = time_width(state, data, zone, wide);
    let time_w = match sized {
        false => time_w,
        true => found.iter().map(|s| text::width(&short_range(p, s, zone, wide))).max().unwrap_or(0).min(time_w),
    };
    // Below 84 columns the room takes the format's place: where a session is matters more.
    let fmt_w = if width >= 84 { widest.format } else { 0 };
    let room_w = match width {
        // A wide terminal gives the room what the title does not need.
        140.. => (width / 4).min(48),
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
            let marked = state.agenda.is_marked(s.id.as_str());
            let change = if marks { state.changes.mark(i) } else { Mark::None };
            let glyphs: Vec<Glyph> = [
                (hidden, Glyph::Hidden),
                (on_now && !hidden, Glyph::OnNow),
                (marked, Glyph::InAgenda),
                (change == Mark::New, Glyph::New),
                (change == Mark::Moved, Glyph::Moved),
                (change == Mark::Changed, Glyph::Changed),
                // The time column has no room for the words: they go with the others.
                (state.accessible && s.start.is_some() && s.end.is_none(), Glyph::NoEnd),
            ]
            .into_iter()
            .filter_map(|(on, g)| on.then_some(g))
            .collect();
            // In accessible mode the marker columns stay blank and the markers are said in words
            // before the title, where a screen reader reads them with it.
            let (marker, said) = if state.accessible {
                (" ".repeat(2 + if marks { 2 } else { 0 }), glyph::said(&glyphs))
            } else {
                let symbol = |g: Glyph| if glyphs.contains(&g) { g.symbol() } else { " " };
                let first = if hidden { symbol(Glyph::Hidden) } else { symbol(Glyph::OnNow) };
                let changed = if marks { format!("{} ", change.glyph()) } else { String::new() };
                (format!("{first}{}{changed}", symbol(Glyph::InAgenda)), String::new())
            };
            let base = if hidden { base.patch(t.dim()) } else { base };
            let mut spans = vec![Span::styled(marker, base.patch(t.notice()))];
            if day_w > 0 {
                spans.push(Span::styled(text::fit(&day_label(p, s), day_w - 1) + " ", base.patch(t.dim())));
            }
            let mut range = short_range(p, s, zone, wide);
            if state.accessible {
                range = range.replace("–?", "–");
            }
            let time_style = if s.start.is_none() { base.patch(t.missing()) } else { base };
            spans.push(Span::styled(text::fit(&range, time_w) + " ", time_style));
            let matched = (!state.query.trim().is_empty()).then(|| data.index.title_highlights(&s.title, &state.query));
            let title_w = title_w.saturating_sub(text::width(&said));
            if !said.is_empty() {
                spans.push(Span::styled(said, base.patch(t.notice())));
            }
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
            for (w, value) in [(kind_w, text::fit(kind, kind_w)), (fmt_w, text::fit(&format_badge(s), fmt_w))] {
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
