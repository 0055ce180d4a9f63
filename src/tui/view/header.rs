//! The header (programme, dates, zone, clock, active filters) and the day tabs (scrolled to keep
//! the selected day in sight).

use crate::archive::Completeness;
use crate::text;
use crate::wording;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::glyph;
use crate::tui::key_hint::KeyHints;
use crate::tui::layout::{search_scope, tab_label, tab_strip};
use crate::tui::mode::Mode;
use crate::tui::state::{Scope, State};

pub fn header(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let p = &data.programme;
    let t = state.theme;
    let zone = state.zone.resolve(p.timezone);
    let now = state.now.with_timezone(&zone);
    let clock = format!("{} ", wording::when::moment(&now));
    let dates = wording::when::days(p.first_day, p.last_day);
    let notices = notices_to_read(state, data);
    let title_w = usize::from(area.width).saturating_sub(text::width(&clock) + text::width(&notices) + 1);
    let title = text::truncate(&heading(p, data.record, title_w), title_w);
    let pad = usize::from(area.width).saturating_sub(text::width(&title) + text::width(&notices) + text::width(&clock));
    let first = Line::from(vec![
        Span::styled(title, t.title()),
        Span::raw(" ".repeat(pad)),
        Span::styled(notices, t.notice()),
        Span::styled(clock, t.dim()),
    ]);
    let days = state.tabs.iter().filter_map(|d| match d {
        crate::filter::Day::Date(d) => Some(*d),
        crate::filter::Day::Undated => None,
    });
    let zone_shown = wording::when::zone_shown(state.zone, zone, days, p.zone_found);
    let mut second = Vec::new();
    if let Some(words) = state.live.words(chrono::Utc::now()) {
        let style = if state.live.failed.is_some() { t.notice() } else { t.dim() };
        second.push(Span::styled(format!(" · {words}"), style));
    }
    if !state.agenda.is_empty() {
        second.push(Span::styled(
            format!(
                " · {}",
                crate::tui::glyph::unmarked(state, &wording::HEADER_IN_AGENDA.say(&[("n", &state.agenda.len())]))
            ),
            t.label(),
        ));
    }
    if !state.changes.is_empty() {
        let changes = wording::CHANGES_INDICATOR.say(&[("changes", &wording::CHANGES.of(state.changes.len()))]);
        second.push(Span::styled(format!(" · {changes}"), t.notice()));
    }
    if let Some(hidden) = crate::tui::hiding::indicator(state, data) {
        second.push(Span::styled(format!(" · {hidden}"), t.dim()));
    }
    let mut active = crate::wording::programme::filters(&state.filter);
    if !state.query.is_empty() {
        let mut search = wording::HEADER_SEARCH.say(&[("query", &state.query)]);
        if state.mode == Mode::Search && state.browse.scope == Scope::ThisDay {
            search = format!("{search} {}", wording::HEADER_THIS_DAY.text());
        }
        active.push(search);
    }
    if !active.is_empty() {
        // The funnel marks what narrows the list; accessible mode says nothing for it, as the
        // filters and the search name themselves ("theme: cities", "search: …").
        let funnel = if state.accessible { "" } else { "▼ " };
        second.push(Span::styled(format!(" · {funnel}{}", active.join(" · ")), t.notice()));
    }
    // What the user chose (agenda, hidden, filters) is kept in sight before the zone's full name
    // and the dates: at 80 columns they give way first.
    let chosen: usize = second.iter().map(|s| text::width(&s.content)).sum();
    let short_zone = zone_shown.split([',', '(']).next().unwrap_or(&zone_shown).trim_end();
    let lead = [format!(" {dates} · {zone_shown}"), format!(" {dates} · {short_zone}"), format!(" {short_zone}")]
        .into_iter()
        .find(|lead| text::width(lead) + chosen <= usize::from(area.width))
        .unwrap_or_else(|| format!(" {short_zone}"));
    let width = usize::from(area.width);
    let second = match crate::tui::reminders::banner(state, data, width.saturating_sub(1)) {
        // A session of the agenda due soon stands in for the dates and the zone until it starts;
        // what the user chose stays after it while there is room.
        Some(banner) => {
            let banner = Span::styled(text::truncate(&format!(" {banner}"), width), t.notice());
            let room = width.saturating_sub(text::width(&banner.content));
            let after: usize = second.iter().map(|s| text::width(&s.content)).sum();
            if after <= room { Line::from([vec![banner], second].concat()) } else { Line::from(banner) }
        }
        None => {
            second.insert(0, Span::raw(lead));
            cut_to(second, width)
        }
    };
    frame.render_widget(Paragraph::new(vec![first, second]), area);
}

/// `spans` in at most `width` columns, the last one kept ending in `…` where the rest is cut.
fn cut_to(spans: Vec<Span<'_>>, width: usize) -> Line<'_> {
    let mut used = 0;
    let mut kept = Vec::with_capacity(spans.len());
    for span in spans {
        let w = text::width(&span.content);
        if used + w <= width {
            used += w;
            kept.push(span);
            continue;
        }
        if used == width {
            // Full to the last column: the span before gives its last letter to the `…`.
            if let Some(last) = kept.pop() {
                let w = text::width(&last.content);
                let cut = if w > 1 { text::truncate(&last.content, w - 1) } else { "…".to_owned() };
                kept.push(Span::styled(cut, last.style));
            }
        } else {
            kept.push(Span::styled(text::truncate(&span.content, width - used), span.style));
        }
        break;
    }
    Line::from(kept)
}

/// How many problems (errors, warnings) the log holds and the key that lists them ("2 warnings —
/// press ! to read · ", set apart from the clock after it), or nothing when it holds none.
fn notices_to_read(state: &State, data: &Data) -> String {
    let counts = state.notices.problems_summary();
    if counts.is_empty() {
        return String::new();
    }
    let key = [state.mode, Mode::Browse].into_iter().find_map(|mode| data.keymap.key_for(mode, Action::OpenNotices));
    match key {
        Some(key) => format!("{} · ", wording::NOTICES_TO_READ.say(&[("counts", &counts), ("key", &key)])),
        None => format!("{counts} · "),
    }
}

/// The programme's name and, for a bundled edition, how complete its record is: the fullest of
/// these that fits `width` columns.
fn heading(p: &crate::model::Programme, record: Option<Completeness>, width: usize) -> String {
    let name = if p.label() == p.title { format!(" {}", p.title) } else { format!(" {} · {}", p.label(), p.title) };
    let Some(record) = record else {
        return name;
    };
    let shortest = format!(" {} · {}", p.label(), crate::wording::programme::found(&record));
    [
        format!("{name} · {}", crate::wording::programme::completeness(&record)),
        format!(" {} · {}", p.label(), crate::wording::programme::completeness(&record)),
    ]
    .into_iter()
    .find(|h| text::width(h) <= width)
    // Short of room (a notice count beside it), the record's count stays and the title goes.
    .unwrap_or(shortest)
}

pub fn tabs(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let strip = tab_strip(state, area.width);
    let before = if strip.hidden_before && !state.accessible { "‹" } else { " " };
    let mut spans = vec![Span::styled(before, t.dim())];
    for (k, &(i, _, _)) in strip.shown.iter().enumerate() {
        if k > 0 {
            spans.push(Span::styled("│", t.dim()));
        }
        let mut label = tab_label(state.tabs[i], state.tab_counts.get(i).copied().unwrap_or(0));
        let active = i == state.tab && !state.searching_all_days();
        // Accessible mode keeps the day's brackets while searching every day: where Esc goes back.
        if state.accessible && i == state.tab {
            // Said in words, not by colour alone: the day shown is in brackets (in its padding).
            label = format!("[{}]", label.trim());
        }
        let style = if active { t.tab_active() } else { t.tab() };
        spans.push(Span::styled(label, style));
    }
    if state.accessible {
        spans.push(Span::styled(glyph::hidden_days(strip.hidden_before, strip.hidden_after), t.dim()));
    } else if strip.hidden_after {
        spans.push(Span::styled("›", t.dim()));
    }
    if let Some((words, hint)) = search_scope(state) {
        let other = KeyHints::new(&data.keymap, Mode::Search).key(Action::SearchScope, hint);
        let mut searching = format!(" {}", words.text());
        if let Some(other) = other {
            searching = format!("{searching} {other}");
        }
        spans.push(Span::styled(searching, t.dim()));
    }
    frame.render_widget(Paragraph::new(cut_to(spans, usize::from(area.width))), area);
}

#[cfg(test)]
#[path = "header_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "zone_tests.rs"]
mod zone_tests;
