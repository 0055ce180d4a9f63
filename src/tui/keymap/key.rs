//! Key names as a bindings file writes them (`ctrl-c`, `G`, `pgdn`, `→`): parsed into keys,
//! matched against terminal events, made canonical, and shown as the help writes them.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::did_you_mean;

/// The names of the keys that are not a character.
const KEY_NAMES: [&str; 14] = [
    "up",
    "down",
    "left",
    "right",
    "pgup",
    "pgdn",
    "home",
    "end",
    "enter",
    "esc",
    "tab",
    "backtab",
    "space",
    "backspace",
];

/// The number of a function key's name (`f1` to `f12`).
fn function_key(name: &str) -> Option<u8> {
    name.strip_prefix('f').and_then(|n| n.parse().ok()).filter(|n| (1..=12).contains(n))
}

/// One key as written in a bindings file (`ctrl-c`, `G`, `pgdn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    pub(super) mods: KeyModifiers,
}

/// A key name as the default bindings write it (`Space` → `space`, `Ctrl-E` → `ctrl-e`, `→` →
/// `right`), so that a user's binding replaces the default one for the same key.
pub(super) fn canonical(spec: &str) -> String {
    let cut = spec.len() - spec.chars().next_back().map_or(0, char::len_utf8);
    let (mods, last) = match spec[..cut].rfind('-') {
        Some(dash) if spec.chars().count() > 1 => (&spec[..=dash], &spec[dash + 1..]),
        _ => ("", spec),
    };
    let name = match last {
        "↑" => "up".to_owned(),
        "↓" => "down".to_owned(),
        "←" => "left".to_owned(),
        "→" => "right".to_owned(),
        n if n.chars().count() > 1 => n.to_ascii_lowercase(),
        n => n.to_owned(),
    };
    format!("{}{name}", mods.to_ascii_lowercase())
}

impl Key {
    /// Parse a key name.
    pub fn parse(spec: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec;
        // Names are read in any case ("Space" as the help writes it, "Ctrl-c"); a single
        // character is itself ("G" is not "g").
        fn prefix<'s>(rest: &'s str, name: &str) -> Option<&'s str> {
            rest.get(..name.len()).filter(|p| p.eq_ignore_ascii_case(name)).map(|_| &rest[name.len()..])
        }
        loop {
            if let Some(r) = prefix(rest, "ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = prefix(rest, "alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = prefix(rest, "shift-").filter(|r| r.chars().count() > 1) {
                mods |= KeyModifiers::SHIFT;
                rest = r;
            } else {
                break;
            }
        }
        let name = if rest.chars().count() > 1 { rest.to_ascii_lowercase() } else { rest.to_owned() };
        let code = match name.as_str() {
            "up" | "↑" => KeyCode::Up,
            "down" | "↓" => KeyCode::Down,
            "left" | "←" => KeyCode::Left,
            "right" | "→" => KeyCode::Right,
            "pgup" => KeyCode::PageUp,
            "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            s if s.chars().count() == 1 => KeyCode::Char(s.chars().next().unwrap_or(' ')),
            s if function_key(s).is_some() => KeyCode::F(function_key(s).unwrap_or(1)),
            _ => {
                let names = crate::wording::KEYS_KEY_NAMES.text();
                let near = crate::spelling::nearest(&name, KEY_NAMES.iter().copied());
                let near =
                    did_you_mean(near.map(|n| format!("{}{n}", &spec[..spec.len() - rest.len()])).as_deref(), "`", "`");
                return Err(crate::wording::KEYS_UNKNOWN_KEY.say(&[
                    ("key", &spec),
                    ("near", &near),
                    ("names", &names),
                ]));
            }
        };
        Ok(Key { code, mods })
    }

    /// The key of a terminal event (shift is folded into the character).
    pub fn from_event(event: KeyEvent) -> Key {
        let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        let code = match event.code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        Key { code, mods }
    }
}

/// Key name as shown in the help (`↓`, `PgDn`, `Ctrl-c`).
pub fn display(spec: &str) -> String {
    let pretty = |s: &str| match s {
        "up" => "↑".to_owned(),
        "down" => "↓".to_owned(),
        "left" => "←".to_owned(),
        "right" => "→".to_owned(),
        "pgup" => "PgUp".to_owned(),
        "pgdn" => "PgDn".to_owned(),
        "home" => "Home".to_owned(),
        "end" => "End".to_owned(),
        "enter" => "Enter".to_owned(),
        "esc" => "Esc".to_owned(),
        "tab" => "Tab".to_owned(),
        "backtab" => "Shift-Tab".to_owned(),
        "space" => "Space".to_owned(),
        "backspace" => "Backspace".to_owned(),
        f if function_key(f).is_some() => f.to_uppercase(),
        other => other.to_owned(),
    };
    match spec.split_once('-').filter(|(m, r)| matches!(*m, "ctrl" | "alt" | "shift") && !r.is_empty()) {
        Some((m, r)) => format!("{}{}-{}", m[..1].to_uppercase(), &m[1..], pretty(r)),
        None => pretty(spec),
    }
}
