//! The agenda view: marked sessions of all days in time order, free time between them, clashes
//! and tight room changes named, programme changes flagged, untimed and removed sessions apart.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::agenda::Status;
use crate::plan::{self, Entry, Line as PlanLine, Plan, Standing};
use crate::sanitize;
use crate::text;
use crate::tui::state::{Data, State};
use crate::tui::theme::Theme;
use crate::wording;

fn plan_of<'a>(state: &'a State, data: &'a Data) -> Plan<'a> {
    plan::plan(&data.programme, &state.agenda, data.buffer, state.zone.resolve(data.programme.timezone))
}

/// The session ids of the agenda view's rows, in display order.
pub fn agenda_order(state: &State, data: &Data) -> Vec<String> {
    let plan = plan_of(state, data);
    plan.ids().map(str::to_owned).collect()
}

fn status_glyph(status: Status) -> &'static str {
    match status {
        Status::Planned => "[ ]",
        Status::Attended => "[x]",
        Status::Skipped => "[-]",
    }
}

struct Rows<'a> {
    lines: Vec<Line<'a>>,
    /// The line of each selectable entry.
    entry_line: Vec<usize>,
    width: usize,
    t: Theme,
}

impl<'a> Rows<'a> {
    fn note(&mut self, text: String, style: Style) {
        self.lines.push(Line::from(Span::styled(text::truncate(&sanitize::line(&text), self.width), style)));
    }

    fn entry(&mut self, e: &Entry<'a>, when: String, selected: bool) {
        let t = self.t;
        let base = if selected { t.selected() } else { Style::new() };
        let title = e.session.map_or(e.item.seen.title.clone(), |s| s.title.clone());
        let room = e.session.and_then(|s| s.place()).map(|r| format!("  {r}")).unwrap_or_default();
        let head = format!(" {} {when:<12} ", status_glyph(e.item.status));
        let rest = self.width.saturating_sub(text::width(&head));
        self.entry_line.push(self.lines.len());
        self.lines.push(Line::from(vec![
            Span::styled(head, base),
            Span::styled(text::fit(&sanitize::line(&format!("{title}{room}")), rest), base),
        ]));
        if let Some(note) = &e.item.note {
            self.note(format!("       ✎ {note}"), t.dim());
        }
        for c in &e.changes {
            self.note(format!("       ! {}", wording::agenda::changed(c)), t.notice());
        }
    }
}

pub fn agenda(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let plan = plan_of(state, data);
    let count = state.agenda.len();
    let title = format!(" My agenda · {count} marked · s status · e note · Space remove · Enter go to · Esc back ");
    let block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if count == 0 {
        let msg = " Nothing marked yet. Press Space (or a) on a session to add it to your agenda.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())), inner);
        return;
    }
    let mut rows = Rows { lines: Vec::new(), entry_line: Vec::new(), width: usize::from(inner.width), t };
    let mut n = 0;
    for line in plan.lines() {
        match line {
            PlanLine::Day(d) => rows.lines.push(Line::from(Span::styled(wording::when::long(d), t.label()))),
            PlanLine::Free(free) => rows.note(format!("       · {}", wording::agenda::free(free)), t.dim()),
            PlanLine::Entry(e, standing) => {
                let when = match standing {
                    Standing::Timed(r) => crate::time::Range::of_instants(&r.start, r.end.as_ref(), None).to_string(),
                    Standing::Untimed => wording::NO_TIME.text().to_owned(),
                    Standing::Gone => wording::PLAN_REMOVED.text().to_owned(),
                };
                rows.entry(e, when, n == state.agenda_cursor);
                n += 1;
            }
            PlanLine::Overlap(o) => rows.note(format!("       ⚠ {}", wording::agenda::overlaps(o)), t.notice()),
            PlanLine::Tight(tight) => {
                rows.note(format!("       ⚠ {}", wording::agenda::tight_change(tight)), t.notice())
            }
            PlanLine::Section(section) => {
                rows.lines.push(Line::from(Span::styled(wording::agenda::section(section), t.label())))
            }
        }
    }
    let height = usize::from(inner.height);
    let focus = rows.entry_line.get(state.agenda_cursor).copied().unwrap_or(0);
    let top = focus.saturating_sub(height.saturating_sub(4).max(1));
    let lines: Vec<Line> = rows.lines.into_iter().skip(top).take(height).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
