//! Overlays drawn over the browse screen: the filter panel, the help, and the screen shown
//! when the terminal is too small.

use crate::filter::Facet;
use crate::text;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::state::{Data, State};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

pub fn too_small(frame: &mut Frame<'_>, state: &State) {
    let area = frame.area();
    let msg = vec![
        Line::from(Span::styled("Terminal too small", state.theme.notice())),
        Line::from(format!("{}x{}; whrcf needs at least {MIN_WIDTH}x{MIN_HEIGHT}.", area.width, area.height)),
        Line::from("Enlarge the window, or press q to quit."),
    ];
    let box_area = centered(area, area.width, 3.min(area.height));
    frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }).centered(), box_area);
}

fn option_label(data: &Data, facet: Facet, value: &str) -> String {
    match facet {
        Facet::Theme => data.programme.theme(value).map_or(value.to_owned(), |t| t.name.clone()),
        _ => value.to_owned(),
    }
}

pub fn filters(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let t = state.theme;
    let area = centered(frame.area(), 100, frame.area().height.saturating_sub(4));
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border(true))
        .title(" Filters · Space select · ←→ group · x clear all · Esc close ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [left, right] = Layout::horizontal([Constraint::Length(18), Constraint::Min(10)]).areas(inner);
    let facets: Vec<Line> = Facet::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let selected = state.filter.selected_count(*f);
            let mark = if i == state.facet { "▸ " } else { "  " };
            let label =
                if selected > 0 { format!("{mark}{} ({selected})", f.label()) } else { format!("{mark}{}", f.label()) };
            let style = if i == state.facet { t.selected() } else { t.tab() };
            Line::from(Span::styled(label, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(facets), left);
    let facet = state.facet();
    let options = data.options(&state.filter, facet);
    let cursor = state.option_cursor[state.facet].min(options.len().saturating_sub(1));
    let height = usize::from(right.height);
    let start = cursor.saturating_sub(height.saturating_sub(1));
    let width = usize::from(right.width);
    let lines: Vec<Line> = options
        .iter()
        .enumerate()
        .skip(start)
        .take(height)
        .map(|(i, (value, count))| {
            let mark = if state.filter.is_selected(facet, value) { "[x]" } else { "[ ]" };
            let label = option_label(data, facet, value);
            let count = format!("{count:>4}");
            let text = format!("{mark} {}{count}", text::fit(&label, width.saturating_sub(9)));
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
        frame.render_widget(Paragraph::new(Span::styled("No values in this programme.", t.missing())), right);
    } else {
        frame.render_widget(Paragraph::new(lines), right);
    }
}

pub fn help(frame: &mut Frame<'_>, state: &State, data: &Data) {
    let t = state.theme;
    let area = centered(frame.area(), 84, frame.area().height.saturating_sub(2));
    frame.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border(true))
        .title(" Help · keys (rebind in keys.toml) · Esc close ");
    let mut lines = Vec::new();
    for (_, name, rows) in data.keymap.table() {
        lines.push(Line::from(Span::styled(name, t.label())));
        for (action, keys) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<24}", keys.join(" ")), t.key()),
                Span::raw(action.describe()),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::from(Span::styled("Mouse: click a day tab or a row; the wheel scrolls.", t.dim())));
    lines.push(Line::from(Span::styled(
        "Markers: ▶ on now · ★ in my agenda · ◌ incomplete record · [ ] planned [x] attended [-] skipped",
        t.dim(),
    )));
    let max = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_sub(1);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((state.help_scroll.min(max), 0)), area);
}
