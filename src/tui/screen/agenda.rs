//! The agenda screen: marked sessions of all days in time order, free time between them, clashes
//! and tight room changes named, programme changes flagged, untimed and removed sessions apart.
//! Marking, status and notes: every change asks the event loop to save (`Effect::SaveAgenda`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use chrono::Utc;

use crate::agenda::Status;
use crate::plan::{Entry, Line as PlanLine, Standing};
use crate::sanitize;
use crate::text;
use crate::tui::action::{Action, Effect, Hit};
use crate::tui::data::Data;
use crate::tui::derive::{agenda_order, plan_of};
use crate::tui::glyph;
use crate::tui::key_hint::{self, KeyHints};
use crate::tui::layout::{self, Areas};
use crate::tui::mode::Mode;
use crate::tui::navigate::select_session;
use crate::tui::state::{Focus, State};
use crate::tui::theme::Theme;
use crate::wording;

/// The footer's key hints of the agenda.
pub const HINTS: &[(Action, wording::Message)] = &[
    (Action::Down, wording::FOOTER_MOVE),
    (Action::Open, wording::FOOTER_GO_TO),
    (Action::CycleStatus, wording::FOOTER_STATUS),
    (Action::EditNote, wording::FOOTER_NOTE),
    (Action::ToggleMark, wording::FOOTER_REMOVE),
    (Action::Undo, wording::FOOTER_UNDO),
    (Action::Back, wording::FOOTER_BACK),
];

/// Mark or unmark the selected session of the list or detail view.
pub fn toggle_current(state: &mut State, data: &Data) -> Option<Effect> {
    let Some(i) = state.current() else {
        state.notice = Some(crate::wording::NO_SESSION_SELECTED.text().into());
        return None;
    };
    let s = &data.programme.sessions[i];
    let marked = state.agenda.toggle(s, Utc::now());
    let n = state.agenda.len();
    state.notice = Some(if marked {
        crate::wording::NOTICE_ADDED.say(&[("marked", &n), ("title", &s.title)])
    } else {
        crate::wording::NOTICE_REMOVED.say(&[("marked", &n), ("title", &s.title)])
    });
    Some(Effect::SaveAgenda)
}

/// Keys of the agenda screen.
pub fn update(state: &mut State, data: &Data, action: Action) -> Option<Effect> {
    let ids = agenda_order(state, data);
    let last = ids.len().saturating_sub(1);
    let cursor = &mut state.agenda_view.cursor;
    let current = ids.get((*cursor).min(last)).cloned();
    match action {
        Action::Down | Action::ScrollDown => *cursor = (*cursor + 1).min(last),
        Action::Up | Action::ScrollUp => *cursor = cursor.saturating_sub(1),
        Action::PageDown => *cursor = (*cursor + 10).min(last),
        Action::PageUp => *cursor = cursor.saturating_sub(10),
        Action::First => *cursor = 0,
        Action::Last => *cursor = last,
        Action::Back | Action::OpenAgenda => state.mode = Mode::Browse,
        Action::Click(Hit::Line(line)) => {
            if let Some(entry) = entry_at(state, data, line) {
                state.agenda_view.cursor = entry;
            }
        }
        Action::Open => {
            match current.as_deref().and_then(|id| data.programme.sessions.iter().position(|s| s.id.as_str() == id)) {
                Some(i) => {
                    state.filter = state.filter.cleared();
                    state.query.clear();
                    state.mode = Mode::Browse;
                    state.browse.focus = Focus::List;
                    select_session(state, data, i);
                }
                None => state.notice = Some(crate::wording::NOTICE_NO_LONGER.text().into()),
            }
        }
        Action::CycleStatus => {
            let id = current?;
            let status = state.agenda.items.get(&id)?.status.cycle();
            state.agenda.set_status(&id, status, Utc::now(), data.programme.session(&id));
            let word = crate::wording::agenda::status(status);
            state.notice = Some(crate::wording::NOTICE_STATUS.say(&[("status", &word)]));
            return Some(Effect::SaveAgenda);
        }
        Action::EditNote => {
            let id = current?;
            state.note.input = state.agenda.items.get(&id).and_then(|i| i.note.clone()).unwrap_or_default();
            state.note.session = Some(id);
            state.mode = Mode::Note;
        }
        Action::ToggleMark => {
            let id = current?;
            state.agenda.remove(&id, Utc::now());
            *cursor = (*cursor).min(last.saturating_sub(1));
            let title = title_of(state, data, &id);
            let undo = data.keymap.key_for(Mode::Agenda, Action::Undo).unwrap_or_default();
            let marked = state.agenda.len();
            let args: [wording::Arg<'_>; 3] = [("marked", &marked), ("title", &title), ("key", &undo)];
            state.notice = Some(wording::AGENDA_REMOVED_UNDO.say(&args));
            state.agenda_view.removed.push(id);
            return Some(Effect::SaveAgenda);
        }
        Action::Undo => {
            // A removal already undone elsewhere (re-marked in the list) is skipped.
            while let Some(id) = state.agenda_view.removed.pop() {
                if state.agenda.restore(&id, Utc::now()) {
                    let order = agenda_order(state, data);
                    state.agenda_view.cursor = order.iter().position(|x| *x == id).unwrap_or(0);
                    let (marked, title) = (state.agenda.len(), title_of(state, data, &id));
                    state.notice = Some(wording::AGENDA_RESTORED.say(&[("marked", &marked), ("title", &title)]));
                    return Some(Effect::SaveAgenda);
                }
            }
            state.notice = Some(wording::NOTHING_TO_UNDO.text().to_owned());
        }
        _ => {}
    }
    None
}

/// The title of an agenda entry as a line: the programme's, else the one the user saw.
fn title_of(state: &State, data: &Data, id: &str) -> String {
    let seen = state.agenda.items.get(id).map(|i| i.seen.title.as_str());
    sanitize::line(data.programme.session(id).map(|s| s.title.as_str()).or(seen).unwrap_or(id))
}

/// An entry's status as its box ("[x]"), or in accessible mode its word ("attended") padded to
/// the widest of them, so that the times after it line up.
fn status_mark(status: Status, accessible: bool) -> String {
    if !accessible {
        return match status {
            Status::Planned => "[ ]",
            Status::Attended => "[x]",
            Status::Skipped => "[-]",
        }
        .to_owned();
    }
    let all = [Status::Planned, Status::Attended, Status::Skipped];
    let widest = all.iter().map(|&s| text::width(wording::agenda::status(s))).max().unwrap_or(0);
    let word = wording::agenda::status(status);
    format!("{word}{}", " ".repeat(widest.saturating_sub(text::width(word))))
}

struct Rows<'a> {
    lines: Vec<Line<'a>>,
    /// The line of each selectable entry.
    entry_line: Vec<usize>,
    width: usize,
    t: Theme,
    /// Accessible mode: markers said in words.
    accessible: bool,
    /// The programme's zone, named after its times when they are shown in another zone.
    zone: Option<String>,
    /// The time column's width: 12, or the widest time and a space when that is wider.
    when_w: usize,
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
        let head = format!(" {} {} ", status_mark(e.item.status, self.accessible), text::fit(&when, self.when_w));
        let rest = self.width.saturating_sub(text::width(&head));
        self.entry_line.push(self.lines.len());
        self.lines.push(Line::from(vec![
            Span::styled(head, base),
            Span::styled(text::fit(&sanitize::line(&format!("{title}{room}")), rest), base),
        ]));
        if let Some(note) = &e.item.note {
            let lead = if self.accessible { format!("{}: ", glyph::Glyph::Note.words()) } else { "✎ ".to_owned() };
            self.note(format!("       {lead}{note}"), t.dim());
        }
        for c in &e.changes {
            self.note(format!("       ! {}", wording::agenda::changed_in(c, self.zone.as_deref())), t.notice());
        }
    }
}

/// The time of an agenda entry: its range in the display zone (`(+1d) 00:50–01:50`, on the
/// 12-hour clock `(+1d) 12:50–1:50 AM`), or why it has none.
fn when(standing: &Standing<'_, '_>) -> String {
    match standing {
        Standing::Timed(r) => {
            wording::when::range_wide(crate::time::Range::of_instants(&r.start, r.end.as_ref(), Some(r.day)))
        }
        Standing::Untimed => wording::NO_TIME.text().to_owned(),
        // Gone from the programme: cancelled, with where it was as the agenda keeps it
        // (whether or not the user has marked the changes seen since).
        Standing::Gone => wording::CHANGE_CANCELLED.text().to_owned(),
    }
}

/// The agenda's lines in `width` columns, and where each entry is among them.
fn rows<'a>(plan: &'a crate::plan::Plan<'a>, state: &State, data: &Data, width: usize) -> Rows<'a> {
    let t = state.theme;
    let zone = super::changes::other_zone(state, data);
    let lines = plan.lines();
    // Accessible mode says an end not published in words (`16:00–end not published`).
    let when = |standing: &Standing<'_, '_>| glyph::spoken(state, &when(standing)).into_owned();
    let when_w = lines
        .iter()
        .filter_map(
            |l| if let PlanLine::Entry(_, standing) = l { Some(text::width(&when(standing)) + 1) } else { None },
        )
        .fold(12, usize::max);
    let mut rows =
        Rows { lines: Vec::new(), entry_line: Vec::new(), width, t, accessible: state.accessible, zone, when_w };
    let mut n = 0;
    for line in lines {
        match line {
            PlanLine::Day(d) => rows.lines.push(Line::from(Span::styled(wording::when::long(d), t.label()))),
            PlanLine::Free(free) => rows.note(format!("       · {}", wording::agenda::free(free)), t.dim()),
            PlanLine::Entry(e, standing) => {
                rows.entry(e, when(&standing), n == state.agenda_view.cursor);
                if matches!(standing, Standing::Gone) {
                    let was = wording::programme::where_it_was(&e.item.seen, rows.zone.as_deref());
                    let was = wording::AGENDA_WAS.say(&[("where", &was)]);
                    rows.note(format!("       ! {}", crate::sanitize::line(&was)), t.notice());
                }
                n += 1;
            }
            PlanLine::Overlap(o) => {
                let text = format!("       ⚠ {}", wording::agenda::overlaps(o));
                rows.note(glyph::unmarked(state, &text).into_owned(), t.notice())
            }
            PlanLine::Tight(tight) => {
                let text = format!("       ⚠ {}", wording::agenda::tight_change(tight));
                rows.note(glyph::unmarked(state, &text).into_owned(), t.notice())
            }
            PlanLine::Section(section) => {
                rows.lines.push(Line::from(Span::styled(wording::agenda::section(section), t.label())))
            }
        }
    }
    rows
}

/// The first line shown in `height` rows with the cursor on entry `cursor`.
fn first_line_shown(rows: &Rows<'_>, cursor: usize, height: usize) -> usize {
    let focus = rows.entry_line.get(cursor).copied().unwrap_or(0);
    focus.saturating_sub(height.saturating_sub(4).max(1))
}

/// The entry whose line is line `line` of the agenda as shown, if any.
fn entry_at(state: &State, data: &Data, line: usize) -> Option<usize> {
    let plan = plan_of(state, data);
    let inner = layout::inside(Areas::last_reported(state).detail);
    let rows = rows(&plan, state, data, usize::from(inner.width));
    let at = first_line_shown(&rows, state.agenda_view.cursor, usize::from(inner.height)) + line;
    rows.entry_line.iter().position(|&l| l == at)
}

/// The agenda in `area` (also behind the note being typed).
pub fn render(frame: &mut Frame<'_>, area: Rect, state: &State, data: &Data) {
    let t = state.theme;
    let count = state.agenda.len();
    let keys = KeyHints::new(&data.keymap, Mode::Agenda);
    let title = key_hint::title(
        [
            Some(wording::TITLE_AGENDA.say(&[("marked", &count)])),
            keys.key(Action::CycleStatus, wording::HINT_STATUS),
            keys.key(Action::EditNote, wording::HINT_NOTE),
            keys.key(Action::ToggleMark, wording::HINT_REMOVE),
            keys.key(Action::Open, wording::HINT_GO_TO),
            keys.key(Action::Back, wording::HINT_BACK),
        ],
        area.width,
    );
    let mut block = Block::default().borders(Borders::ALL).border_style(t.border(true)).title(title);
    // What the status boxes say, on the bottom border when it has room (accessible mode says
    // the statuses in words instead).
    let legend = format!(" {} ", wording::AGENDA_LEGEND.text());
    if count > 0 && !state.accessible && text::width(&legend) + 4 <= usize::from(area.width) {
        block = block.title_bottom(Line::from(Span::styled(legend, t.dim())).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if count == 0 {
        let press = KeyHints::new(&data.keymap, Mode::Browse).key(Action::ToggleMark, wording::HINT_ADD_TO_AGENDA);
        let msg = format!(" {} {}", wording::NOTHING_MARKED.text(), press.unwrap_or_default());
        frame.render_widget(Paragraph::new(Span::styled(msg, t.missing())), inner);
        return;
    }
    let plan = plan_of(state, data);
    let rows = rows(&plan, state, data, usize::from(inner.width));
    let height = usize::from(inner.height);
    let top = first_line_shown(&rows, state.agenda_view.cursor, height);
    let lines: Vec<Line> = rows.lines.into_iter().skip(top).take(height).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
#[path = "agenda_tests.rs"]
mod tests;
