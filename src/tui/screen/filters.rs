//! The filter panel, drawn over the browse screen: the facets down the side, the focused
//! facet's options with how many sessions each would give, the selected ones ticked, the
//! hidden ones (whose sessions are left out, kept between runs) marked `[-]`.

use crate::filter::Facet;
use crate::model::CUT_OFF_MARK;
use crate::text;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout;
use crate::tui::mode::Mode;
use crate::tui::state::State;
use crate::wording;

/// The footer's key hints of the filter panel.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::NextFacet, wording::FOOTER_GROUP),
    (Action::ToggleOption, wording::FOOTER_SELECT),
    (Action::ExcludeOption, wording::FOOTER_HIDE),
    (Action::ClearFilters, wording::FOOTER_CLEAR_ALL),
    (Action::Back, wording::FOOTER_CLOSE),
];

/// Keys of the filter panel.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let (_, _, options_area) = layout::filter_panel(layout::reported_screen(state), state.accessible);
    let panel = &mut state.filters;
    let facet = panel.facet();
    let cursor = &mut panel.option_cursor[panel.facet];
    match action {
        Action::Down | Action::ScrollDown => {
            let count = data.options(&state.filter, facet).len();
            *cursor = (*cursor + 1).min(count.saturating_sub(1));
        }
        Action::Up | Action::ScrollUp => *cursor = cursor.saturating_sub(1),
        Action::NextFacet => panel.facet = (panel.facet + 1) % Facet::ALL.len(),
        Action::PrevFacet => panel.facet = (panel.facet + Facet::ALL.len() - 1) % Facet::ALL.len(),
        Action::ToggleOption => toggle(state, data),
        Action::Back | Action::OpenFilters => state.mode = Mode::Browse,
        Action::Click(Hit::Facet(facet)) => panel.facet = facet,
        Action::Click(Hit::Line(line)) => {
            // A click on an option selects (or unselects) it, as the key does under the cursor.
            let count = data.options(&state.filter, facet).len();
            let at = layout::first_option_shown((*cursor).min(count.saturating_sub(1)), options_area.height) + line;
            if at < count {
                *cursor = at;
                toggle(state, data);
            }
        }
        Action::ExcludeOption => {
            let options = data.options(&state.filter, facet);
            if let Some((value, _)) = options.get(*cursor) {
                return crate::tui::hiding::exclude(state, data, facet, value);
            }
        }
        _ => {}
    }
    None
}

/// Select or unselect the option under the cursor. One no session would pass is not selected
/// (it would empty the list): the footer says why; and a choice that leaves the day empty says so.
fn toggle(state: &mut State, data: &Data) {
    let facet = state.filters.facet();
    let options = data.options(&state.filter, facet);
    let Some((value, count)) = options.get(state.filters.option_cursor[state.filters.facet]) else {
        return;
    };
    let label = option_label(data, facet, value);
    if *count == 0 && !state.filter.is_selected(facet, value) {
        state.notice = Some(wording::FILTER_OPTION_EMPTY.say(&[("option", &label)]));
        return;
    }
    state.filter.toggle(facet, value);
    state.refresh(data);
    if state.browse.rows.is_empty() {
        state.notice = Some(wording::FILTER_DAY_EMPTY.text().to_owned());
    }
}

fn option_label(data: &Data, facet: Facet, value: &str) -> String {
    match facet {
        Facet::Theme => data.programme.theme(value).map_or(value.to_owned(), |t| t.name.clone()),
        Facet::Format => wording::FORMAT_NAME.say(&[("format", &value)]),
        _ => value.to_owned(),
    }
}

/// The panel, centred over the screen.
pub fn render(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let t = state.theme;
    let (area, left, right) = layout::filter_panel(frame.area(), state.accessible);
    let keys = KeyHints::new(&data.keymap, Mode::Filters);
    frame.render_widget(Clear, area);
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(key_hint::title(
        [
            Some(wording::TITLE_FILTERS.text().to_owned()),
            keys.key(Action::ToggleOption, wording::HINT_SELECT),
            keys.key(Action::ExcludeOption, wording::HINT_HIDE),
            keys.pair((Action::PrevFacet, Action::NextFacet), wording::HINT_GROUP),
            keys.key(Action::ClearFilters, wording::HINT_CLEAR_ALL),
            keys.key(Action::Back, wording::HINT_CLOSE),
        ],
        area.width,
    ));
    frame.render_widget(block, area);
    if state.accessible {
        // One pane a line: the groups across the top, as the day tabs are (the current one in brackets).
        let strip: Vec<Span> = layout::facet_strip(state)
            .into_iter()
            .enumerate()
            .map(|(i, (_, label))| {
                let style = if i == state.filters.facet { t.selected() } else { t.tab() };
                Span::styled(format!("{label} "), style)
            })
            .collect();
        frame.render_widget(Paragraph::new(Line::from(strip)), left);
    } else {
        let facets: Vec<Line> = Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let selected = state.filter.selected_count(*f);
                let name =
                    if i == state.filters.facet { format!("▸ {}", f.label()) } else { format!("  {}", f.label()) };
                let label = if selected > 0 { format!("{name} ({selected})") } else { name };
                let style = if i == state.filters.facet { t.selected() } else { t.tab() };
                Line::from(Span::styled(label, style))
            })
            .collect();
        frame.render_widget(Paragraph::new(facets), left);
    }
    let facet = state.filters.facet();
    let options = data.options(&state.filter, facet);
    let cursor = state.filters.option_cursor[state.filters.facet].min(options.len().saturating_sub(1));
    let height = usize::from(right.height);
    let start = layout::first_option_shown(cursor, right.height);
    let width = usize::from(right.width);
    let cut_off = crate::filter::cut_off_values(&data.programme, facet);
    let lines: Vec<Line> = options
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, (value, count))| {
            let mark = if state.filter.is_selected(facet, value) {
                "[x]"
            } else if state.hidden.is_hidden(facet, value) {
                "[-]"
            } else {
                "[ ]"
            };
            // Accessible mode says which option the cursor is on, not only by its colour.
            let current = if state.accessible && i == cursor {
                format!("[{}] ", wording::MARK_CURRENT.text())
            } else {
                String::new()
            };
            let label = format!("{current}{}", option_label(data, facet, value));
            let count = format!("{count:>4}");
            let label_w = width.saturating_sub(9);
            // A value the stored copy cut off keeps the gap beside it, even when shortened.
            let label = if cut_off.contains(value.as_str()) {
                let gap = text::width(CUT_OFF_MARK);
                text::fit(&format!("{}{CUT_OFF_MARK}", text::truncate(&label, label_w.saturating_sub(gap))), label_w)
            } else {
                text::fit(&label, label_w)
            };
            let text = format!("{mark} {label}{count}");
            let style = if i == cursor {
                t.selected()
            } else if *count.trim() == *"0" {
                t.dim()
            } else {
                t.tab()
            };
            Line::from(Span::styled(text, style))
        })
        .collect();
    if lines.is_empty() {
        frame.render_widget(Paragraph::new(Span::styled(crate::wording::NO_VALUES.text(), t.missing())), right);
    } else {
        frame.render_widget(Paragraph::new(lines), right);
    }
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
