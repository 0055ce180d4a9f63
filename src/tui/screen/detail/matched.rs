//! What the search matched, underlined in the detail as in the list's titles: a session found
//! by its organizer, its people or Korean typed another way (`rhkdwn` for 광주) shows why. Only
//! the one session shown is scanned, when it is drawn; the list's matching is untouched.

use ratatui::text::{Line, Span};

use crate::search::SearchIndex;
use crate::tui::theme::Theme;

/// `lines` with what `query` matches underlined in each value (labels aside).
pub fn underlined<'a>(lines: Vec<Line<'a>>, index: &SearchIndex, query: &str, t: Theme) -> Vec<Line<'a>> {
    if query.trim().is_empty() {
        return lines;
    }
    lines
        .into_iter()
        .map(|line| {
            let Line { spans, style, alignment } = line;
            let spans = spans.into_iter().flat_map(|span| split(span, index, query, t)).collect();
            Line { spans, style, alignment }
        })
        .collect()
}

/// `span` cut where the matched characters begin and end, those underlined.
fn split<'a>(span: Span<'a>, index: &SearchIndex, query: &str, t: Theme) -> Vec<Span<'a>> {
    if span.style == t.label() || span.content.trim().is_empty() {
        return vec![span];
    }
    let matched = index.title_highlights(&span.content, query);
    if matched.is_empty() {
        return vec![span];
    }
    let style = |hit: bool| if hit { span.style.patch(t.highlight()) } else { span.style };
    let mut spans: Vec<Span<'a>> = Vec::new();
    let (mut run, mut run_hit) = (String::new(), false);
    for (i, c) in span.content.chars().enumerate() {
        let hit = matched.binary_search(&i).is_ok();
        if hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style(run_hit)));
        }
        run_hit = hit;
        run.push(c);
    }
    spans.push(Span::styled(run, style(run_hit)));
    spans
}
