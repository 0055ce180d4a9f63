//! The markers the app draws beside sessions and notes — ▶ on now, ★ in my agenda, ⊘ hidden,
//! ⚠ clash, » moved, ✎ note, and the change marks — and, in accessible mode, the words that stand
//! in for them: a screen reader reads "in agenda", not a star. Words come from the catalogue.

use std::borrow::Cow;

use crate::wording::{self, Message};

use super::state::State;

/// One marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    OnNow,
    InAgenda,
    Hidden,
    Clash,
    Moved,
    Note,
    New,
    Changed,
    /// A start without a published end (`20:00–?`).
    NoEnd,
}

impl Glyph {
    /// The one-column symbol drawn normally.
    pub fn symbol(self) -> &'static str {
        match self {
            Glyph::OnNow => "▶",
            Glyph::InAgenda => "★",
            Glyph::Hidden => "⊘",
            Glyph::Clash => "⚠",
            Glyph::Moved => "»",
            Glyph::Note => "✎",
            Glyph::New => "+",
            Glyph::Changed => "~",
            Glyph::NoEnd => "?",
        }
    }

    /// The words accessible mode says instead.
    pub fn words(self) -> &'static str {
        let message: Message = match self {
            Glyph::OnNow => wording::MARK_ON_NOW,
            Glyph::InAgenda => wording::MARK_IN_AGENDA,
            Glyph::Hidden => wording::MARK_HIDDEN,
            Glyph::Clash => wording::MARK_CLASH,
            Glyph::Moved => wording::MARK_MOVED,
            Glyph::Note => wording::MARK_NOTE,
            Glyph::New => wording::MARK_NEW,
            Glyph::Changed => wording::MARK_CHANGED,
            Glyph::NoEnd => wording::MARK_END_UNKNOWN,
        };
        message.text()
    }
}

/// `text` as accessible mode says it: each marker followed by a space becomes its words and a
/// colon ("⚠ Hall A" → "clash: Hall A"), one that ends the text its words ("… ★" → "… in agenda");
/// unchanged otherwise.
pub fn spoken<'a>(state: &State, text: &'a str) -> Cow<'a, str> {
    if !state.accessible || !(ALL.iter().any(|g| text.contains(g.symbol())) || text.contains(END_UNKNOWN)) {
        return Cow::Borrowed(text);
    }
    let mut out = text.replace(END_UNKNOWN, &format!("–{}", wording::MARK_END_UNKNOWN.text()));
    for g in ALL {
        out = out.replace(&format!("{} ", g.symbol()), &format!("{}: ", g.words()));
        if let Some(rest) = out.strip_suffix(g.symbol()) {
            out = format!("{} {}", rest.trim_end(), g.words());
        }
    }
    Cow::Owned(out)
}

/// What help says of the markers in accessible mode: the words said instead of each, and of the
/// agenda's status boxes ("Markers (said in words): on now · in agenda · … · skipped").
pub fn all_words() -> String {
    let markers = [Glyph::OnNow, Glyph::InAgenda, Glyph::Hidden, Glyph::Clash, Glyph::Moved, Glyph::Note];
    let changes = [Glyph::New, Glyph::Changed, Glyph::NoEnd];
    let statuses = [crate::agenda::Status::Planned, crate::agenda::Status::Attended, crate::agenda::Status::Skipped];
    let words: Vec<&str> = markers
        .iter()
        .chain(&changes)
        .map(|g| g.words())
        .chain(statuses.into_iter().map(wording::agenda::status))
        .collect();
    wording::HELP_MARKERS_SPOKEN.say(&[("words", &words.join(" · "))])
}

/// `text` whose words already say what its markers mean ("★ 4 in my agenda", "⚠ overlaps: …"):
/// in accessible mode without those markers, so that nothing is said twice; unchanged otherwise.
pub fn unmarked<'a>(state: &State, text: &'a str) -> Cow<'a, str> {
    if !state.accessible || !ALL.iter().any(|g| text.contains(&format!("{} ", g.symbol()))) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(ALL.iter().fold(text.to_owned(), |out, g| out.replace(&format!("{} ", g.symbol()), "")))
}

/// The end of a time range whose end is not published (`20:00–?`).
const END_UNKNOWN: &str = "–?";

/// A kind's name as drawn after its symbol ("◇ organizer"): in accessible mode the words only.
pub fn kind_words(state: &State, kind: &'static str) -> &'static str {
    match kind.split_once(' ') {
        Some((_, words)) if state.accessible => words,
        _ => kind,
    }
}

/// Accessible mode's words for the day tabs hidden off either end of the strip
/// (" [earlier days not shown · later days not shown]"), where `‹`/`›` are drawn otherwise.
pub fn hidden_days(before: bool, after: bool) -> String {
    let words: Vec<&str> = [(before, wording::MARK_DAYS_BEFORE), (after, wording::MARK_DAYS_AFTER)]
        .into_iter()
        .filter(|(hidden, _)| *hidden)
        .map(|(_, message)| message.text())
        .collect();
    if words.is_empty() { String::new() } else { format!(" [{}]", words.join(" · ")) }
}

/// Every marker that is a symbol of its own (not the `+`/`~` of a change, which are said only
/// where they are markers).
const ALL: [Glyph; 6] = [Glyph::OnNow, Glyph::InAgenda, Glyph::Hidden, Glyph::Clash, Glyph::Moved, Glyph::Note];

/// The markers of a line said in words, for accessible mode: "[in agenda · on now] ", or nothing.
pub fn said(glyphs: &[Glyph]) -> String {
    if glyphs.is_empty() {
        return String::new();
    }
    let words: Vec<&str> = glyphs.iter().map(|g| g.words()).collect();
    format!("[{}] ", words.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::test_screen::{opened, sample};

    #[test]
    fn accessible_mode_says_markers_in_words_and_leaves_other_text_alone() {
        let data = sample();
        let mut state = opened(&data, (80, 24));
        assert_eq!(spoken(&state, "⚠ Hall A"), "⚠ Hall A", "symbols stay without accessible mode");
        state.accessible = true;
        assert_eq!(spoken(&state, "⚠ » Housing"), "clash: moved: Housing");
        assert_eq!(spoken(&state, "Housing ★"), "Housing in agenda");
        assert_eq!(spoken(&state, "★ 2 in my agenda"), "in agenda: 2 in my agenda");
        assert_eq!(unmarked(&state, "★ 2 in my agenda"), "2 in my agenda", "said once");
        assert_eq!(unmarked(&state, "       ⚠ overlaps: Housing"), "       overlaps: Housing");
        assert_eq!(spoken(&state, "C++ in 5 min"), "C++ in 5 min", "a + in text is no marker");
        assert_eq!(said(&[Glyph::InAgenda, Glyph::OnNow]), "[in agenda · on now] ");
        assert_eq!(said(&[]), "");
        assert_eq!(spoken(&state, "20:00–? KST"), "20:00–end not published KST");
        assert_eq!(kind_words(&state, crate::wording::CLASH_KIND_ORGANIZER.text()), "organizer");
        assert_eq!(hidden_days(true, true), " [earlier days not shown · later days not shown]");
    }

    #[test]
    fn in_accessible_mode_the_list_says_a_missing_end_in_words() {
        let data = crate::tui::test_screen::bundled(2019);
        let mut state = opened(&data, (100, 30));
        crate::tui::test_screen::run(&mut state, &data, &[crate::tui::action::Action::GoDay(1)]);
        let opening = |state: &State| {
            let text = crate::tui::test_screen::render(state, &data).text();
            text.lines().find(|l| l.contains("Opening Ceremony")).unwrap_or_default().to_owned()
        };
        assert!(opening(&state).contains("16:00–?"), "{}", opening(&state));
        state.accessible = true;
        let line = opening(&state);
        assert!(line.contains("[end not published] Opening Ceremony") && !line.contains('?'), "{line}");
    }

    #[test]
    fn in_accessible_mode_the_agenda_clashes_and_header_draw_no_symbol_for_an_end_or_a_filter() {
        use crate::tui::action::Action;
        let data = crate::tui::test_screen::bundled(2019);
        let mut state = opened(&data, (120, 30));
        state.accessible = true;
        let opening = data.programme.sessions.iter().find(|s| s.title.contains("Opening Ceremony")).expect("in 2019");
        state.agenda.add(opening, chrono::Utc::now());
        let screen = |state: &mut State, action: Action| {
            crate::tui::test_screen::run(state, &data, &[action]);
            crate::tui::test_screen::render(state, &data).text()
        };
        let agenda = screen(&mut state, Action::OpenAgenda);
        let line = agenda.lines().find(|l| l.contains("Opening Ceremony")).unwrap_or_default();
        assert!(line.contains("16:00–end not published") && !line.contains("–?"), "agenda: {line}");
        let clashes = screen(&mut state, Action::OpenClashes);
        assert!(clashes.contains("–end not published") && !clashes.contains("–?"), "clashes: {clashes}");
        state.query = "local".to_owned();
        let browse = screen(&mut state, Action::Back);
        assert!(browse.contains("search: \"local\"") && !browse.contains('▼'), "header: {browse}");
    }
}
