//! Titles and hints that name keys ("Esc back", "←→ rooms"): each names the key bound to its
//! action in the keymap in use, the user's rebindings included, through a catalogue message with
//! a `{key}` argument. A hint whose action has no key in the mode is left out rather than naming
//! a key that does nothing.

use crate::text;
use crate::wording::Message;

use super::action::Action;
use super::keymap::Keymap;
use super::mode::Mode;

/// The keys of one mode, for the hints of its screen.
#[derive(Clone, Copy)]
pub struct KeyHints<'k> {
    keymap: &'k Keymap,
    mode: Mode,
}

impl<'k> KeyHints<'k> {
    pub fn new(keymap: &'k Keymap, mode: Mode) -> Self {
        KeyHints { keymap, mode }
    }

    /// `message` with `{key}` the first key bound to `action`; `None` when none is.
    pub fn key(self, action: Action, message: Message) -> Option<String> {
        let key = self.keymap.key_for(self.mode, action)?;
        Some(message.say(&[("key", &key)]))
    }

    /// `message` with `{keys}` the keys of two actions that go together: side by side when both
    /// are one symbol (`←→`, `↑↓`), else with a slash (`h/l`).
    pub fn pair(self, (first, second): (Action, Action), message: Message) -> Option<String> {
        let first = self.keymap.key_for(self.mode, first)?;
        let second = self.keymap.key_for(self.mode, second)?;
        let symbol = |k: &str| k.chars().count() == 1 && !k.chars().all(char::is_alphanumeric);
        let keys = if symbol(&first) && symbol(&second) { first + &second } else { format!("{first}/{second}") };
        Some(message.say(&[("keys", &keys)]))
    }

    /// `message` with `{first}` and `{second}` the keys of two actions (`[ and ] change the day`).
    pub fn both(self, (first, second): (Action, Action), message: Message) -> Option<String> {
        let first = self.keymap.key_for(self.mode, first)?;
        let second = self.keymap.key_for(self.mode, second)?;
        Some(message.say(&[("first", &first), ("second", &second)]))
    }
}

/// The title of a box `width` cells wide (its corners included): its parts joined by " · ", a
/// space either side; the first says what the box shows, the others are key hints (left out
/// when their key is not bound). When it does not fit, the hints go first, from the last (the
/// footer names the keys too), then what is left is cut with "…".
pub fn title(parts: impl IntoIterator<Item = Option<String>>, width: u16) -> String {
    let mut parts: Vec<String> = parts.into_iter().flatten().collect();
    let room = usize::from(width.saturating_sub(2));
    let joined = |parts: &[String]| format!(" {} ", parts.join(" · "));
    while parts.len() > 1 && text::width(&joined(&parts)) > room {
        parts.pop();
    }
    let title = joined(&parts);
    if text::width(&title) <= room {
        return title;
    }
    format!(" {} ", text::truncate(title.trim(), room.saturating_sub(2)))
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;
    use crate::time::{Clock, ZoneChoice, parse_instant};
    use crate::tui::data::Data;
    use crate::tui::notice_log::Level;
    use crate::tui::state::State;
    use crate::tui::update::update;
    use crate::wording;

    /// A keys.toml, the screen size and the actions that open a screen, the texts it must show
    /// with those keys, and the texts of the default keys it must not.
    type Case<'a> = (&'a str, (u16, u16), &'a [Action], &'a [&'a str], &'a [&'a str]);

    /// The screen, as text, on the sample programme with `keys` (a keys.toml) patching the
    /// defaults, after `actions`.
    fn screen(keys: &str, size: (u16, u16), actions: &[Action]) -> String {
        let (keymap, problems) = Keymap::load(Some((keys, "keys.toml")));
        assert!(problems.is_empty(), "{problems:?}");
        let mut programme = crate::sample::programme();
        // The last day's only session loses its time: the grid of that day is empty.
        programme.sessions[5].start = None;
        programme.sessions[5].end = None;
        let d = Data::new(programme, keymap);
        let mut s = State::new(&d, ZoneChoice::Forum, Clock::Fixed(parse_instant(crate::sample::NOW).unwrap()), size);
        s.report(Level::Warning, "a notice".into());
        for a in actions {
            update(&mut s, &d, *a);
        }
        let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
        terminal.draw(|f| crate::tui::view::draw(f, &s, &d)).unwrap();
        let buffer = terminal.backend().buffer();
        let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
        cells.chunks(usize::from(size.0)).map(|row| row.concat()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn keys_that_go_together_stand_side_by_side_when_they_are_symbols() {
        let (keymap, _) = Keymap::load(Some(("[grid]\n\"left\" = \"none\"\n\"right\" = \"none\"\n", "keys.toml")));
        let (defaults, _) = Keymap::load(None);
        let rooms = |k: &Keymap| KeyHints::new(k, Mode::Grid).pair((Action::Left, Action::Right), wording::HINT_ROOMS);
        assert_eq!(rooms(&defaults).as_deref(), Some("←→ rooms"));
        assert_eq!(rooms(&keymap).as_deref(), Some("h/l rooms"));
        let unbound = KeyHints::new(&defaults, Mode::Note).key(Action::Open, wording::HINT_OPEN);
        assert_eq!(unbound, None, "no key, no hint");
        assert_eq!(title([Some("A".into()), None, Some("b back".into())], 80), " A · b back ");
    }

    #[test]
    fn a_title_too_wide_drops_its_hints_from_the_last_then_is_cut_with_an_ellipsis() {
        let parts = || [Some("Agenda · 3 marked".to_owned()), Some("s status".into()), Some("Esc back".into())];
        assert_eq!(title(parts(), 43), " Agenda · 3 marked · s status · Esc back ", "fits: whole");
        assert_eq!(title(parts(), 42), " Agenda · 3 marked · s status ", "the last hint goes first");
        assert_eq!(title(parts(), 21), " Agenda · 3 marked ");
        assert_eq!(title(parts(), 20), " Agenda · 3 mark… ", "then cut, and says so");
        assert_eq!(title([Some("인권투어 회의".to_owned())], 10), " 인권… ", "wide letters counted as two");
        for width in 0..50 {
            assert!(text::width(&title(parts(), width)) <= usize::from(width.saturating_sub(2)).max(2), "{width}");
        }
    }

    #[test]
    fn every_box_title_fits_its_box_at_80_columns() {
        // 2019 with a session marked: long titles (the grid's untimed sessions, the clash panel's
        // sessions without an end, the agenda's hints) that used to be cut mid-word at the corner.
        let d = crate::tui::test_screen::bundled(2019);
        let screens: &[&[Action]] = &[
            &[],
            &[Action::Open],
            &[Action::ToggleMark, Action::OpenAgenda],
            &[Action::GoDay(2), Action::OpenGrid],
            &[Action::OpenClashes],
            &[Action::OpenPeople],
            &[Action::OpenNotices],
            &[Action::OpenFilters],
            &[Action::Help],
        ];
        for actions in screens {
            let mut s = crate::tui::test_screen::opened(&d, (80, 24));
            s.report(Level::Warning, "a notice".into());
            crate::tui::test_screen::run(&mut s, &d, actions);
            let screen = crate::tui::test_screen::render(&s, &d);
            for y in 0..24 {
                let row = screen.row(y);
                // Where a title meets a box's right corner, it ends with its space, or with a
                // border line after it.
                for (at, _) in row.match_indices('┐') {
                    let before = row[..at].chars().last();
                    assert!(matches!(before, Some('─' | ' ' | '┌')), "{actions:?}: cut title: {row}");
                }
            }
        }
        let mut s = crate::tui::test_screen::opened(&d, (80, 24));
        crate::tui::test_screen::run(&mut s, &d, &[Action::GoDay(2), Action::OpenGrid]);
        let title = crate::tui::test_screen::render(&s, &d).row(3);
        assert!(title.contains("times Asia/Seoul · ") && title.ends_with("… ┐"), "cut with …: {title}");
    }

    #[test]
    fn every_title_and_hint_names_the_key_as_rebound() {
        let size = (120, 40);
        let search: &[Action] = &[Action::StartSearch, Action::Input('o')];
        let cases: &[Case<'_>] = &[
            (
                "[agenda]\n\"esc\" = \"none\"\n\"S\" = \"cycle-status\"\n\"s\" = \"none\"\n[browse]\n\"space\" = \"none\"",
                size,
                &[Action::OpenAgenda],
                &["S status", "A back", "Press a on a session"],
                &["Esc back", "s status", "Press Space"],
            ),
            (
                "[filters]\n\"o\" = \"toggle-option\"\n\"space\" = \"none\"\n\"enter\" = \"none\"\n\"left\" = \"none\"\n\"right\" = \"none\"",
                size,
                &[Action::OpenFilters],
                &["o select", "h/l group"],
                &["Space select", "←→ group"],
            ),
            ("[detail]\n\"esc\" = \"none\"", size, &[Action::Open], &["Session · Enter back"], &["Esc back"]),
            (
                "[clashes]\n\"o\" = \"open\"\n\"enter\" = \"none\"",
                size,
                &[Action::OpenClashes],
                &["o go to the first session"],
                &["Enter go to"],
            ),
            ("[help]\n\"esc\" = \"none\"", size, &[Action::Help], &["? close"], &["Esc close"]),
            (
                "[grid]\n\"left\" = \"none\"\n\"right\" = \"none\"\n\"enter\" = \"none\"\n\"o\" = \"open\"",
                size,
                &[Action::OpenGrid],
                &["h/l rooms", "↑↓ time", "o open"],
                &["←→ rooms", "Enter open"],
            ),
            (
                "[grid]\n\"[\" = \"none\"\n\"]\" = \"none\"\n\",\" = \"prev-day\"\n\".\" = \"next-day\"",
                size,
                &[Action::GoDay(3), Action::OpenGrid],
                &[", and . change the day"],
                &["[ and ]"],
            ),
            (
                "[search]\n\"tab\" = \"none\"\n\"ctrl-t\" = \"search-scope\"\n[browse]\n\"/\" = \"none\"\n\"s\" = \"search\"",
                size,
                search,
                &["(Ctrl-t: this day only)", " s o▏"],
                &["(Tab:", " / o"],
            ),
            ("[browse]\n\"q\" = \"none\"", (50, 12), &[], &["press Ctrl-c to quit"], &["press q"]),
            ("[browse]\n\"!\" = \"none\"\n\"N\" = \"notices\"", size, &[], &["press N to read"], &["press !"]),
        ];
        for (keys, size, actions, rebound, default) in cases {
            let text = screen(keys, *size, actions);
            for new in *rebound {
                assert!(text.contains(new), "{keys}: `{new}` shown\n{text}");
            }
            for old in *default {
                assert!(!text.contains(old), "{keys}: `{old}` gone\n{text}");
            }
            let before = screen("", *size, actions);
            for old in *default {
                assert!(before.contains(old), "default keys: `{old}` shown\n{before}");
            }
        }
    }
}
