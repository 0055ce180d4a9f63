//! Keys to actions, per mode: the embedded defaults patched by the user's `keys.toml`.
//! The help overlay and the README key table are generated from this one table.

mod key;

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::mode::Mode;
use crate::wording;
use key::canonical;
pub use key::{Key, display};

const DEFAULTS: &str = include_str!("default_keys.toml");

/// ` (did you mean `x`?)` for a near name, quoted between `open` and `close`; nothing without one.
fn did_you_mean(near: Option<&str>, open: &str, close: &str) -> String {
    near.map(|n| wording::KEYS_MEANT.say(&[("name", &format!("{open}{n}{close}"))])).unwrap_or_default()
}

/// A mode, its name, and each of its actions with the keys bound to it.
pub type ModeBindings = (Mode, &'static str, Vec<(Action, Vec<String>)>);

/// Every binding, by mode; `order` keeps the file order for the help.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: BTreeMap<(usize, String), Action>,
    order: Vec<(usize, String)>,
    keys: Vec<(usize, Key, Action)>,
    /// Each mode's actions in the order of the default bindings: a rebound action keeps its
    /// place in the help.
    default_order: Vec<(usize, Action)>,
}

fn mode_index(mode: Mode) -> usize {
    Mode::ALL.iter().position(|(m, _)| *m == mode).unwrap_or(0)
}

impl Keymap {
    /// The defaults, patched by `user` (the text of a keys.toml) when given. Problems in the user
    /// file are returned as messages; the rest of it still applies.
    pub fn load(user: Option<(&str, &str)>) -> (Keymap, Vec<String>) {
        let mut map =
            Keymap { bindings: BTreeMap::new(), order: Vec::new(), keys: Vec::new(), default_order: Vec::new() };
        let mut problems = Vec::new();
        map.patch(DEFAULTS, "default keys", &mut problems);
        for entry in &map.order {
            let action = match map.bindings[entry] {
                Action::GoDay(_) => Action::GoDay(1),
                other => other,
            };
            if !map.default_order.contains(&(entry.0, action)) {
                map.default_order.push((entry.0, action));
            }
        }
        if let Some((text, path)) = user {
            map.patch(text, path, &mut problems);
        }
        (map, problems)
    }

    fn patch(&mut self, text: &str, path: &str, problems: &mut Vec<String>) {
        let table: toml::Table = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                let at = crate::diagnostic::LineIndex::new(path, text).locate_span(e.span());
                problems.push(wording::KEYS_NOT_TOML.say(&[("at", &at), ("problem", &e.message().trim())]));
                return;
            }
        };
        for (mode_name, keys) in table {
            let Some(mode) = Mode::ALL.iter().position(|(_, n)| *n == mode_name) else {
                let expected: Vec<&str> = Mode::ALL.iter().map(|(_, n)| *n).collect();
                let near = did_you_mean(crate::spelling::nearest(&mode_name, expected.iter().copied()), "[", "]");
                let args: [wording::Arg<'_>; 4] =
                    [("path", &path), ("mode", &mode_name), ("near", &near), ("modes", &expected.join(", "))];
                problems.push(wording::KEYS_UNKNOWN_MODE.say(&args));
                continue;
            };
            let Some(keys) = keys.as_table() else {
                problems.push(wording::KEYS_MODE_NOT_TABLE.say(&[("path", &path), ("mode", &mode_name)]));
                continue;
            };
            for (spec, action) in keys {
                let Some(name) = action.as_str() else {
                    let args: [wording::Arg<'_>; 3] = [("path", &path), ("mode", &mode_name), ("key", &spec)];
                    problems.push(wording::KEYS_ACTION_NOT_NAME.say(&args));
                    continue;
                };
                if let Err(e) = Key::parse(spec) {
                    problems.push(format!("{path}: [{mode_name}] {e}"));
                    continue;
                }
                let entry = (mode, canonical(spec));
                if name == "none" {
                    self.bindings.remove(&entry);
                    self.order.retain(|e| *e != entry);
                    continue;
                }
                match Action::from_name(name) {
                    Some(a) => {
                        if self.bindings.insert(entry.clone(), a).is_none() {
                            self.order.push(entry);
                        }
                    }
                    None => {
                        let names = self.mode_actions(mode);
                        let near = did_you_mean(crate::spelling::nearest(name, names.iter().copied()), "`", "`");
                        let actions = names.join(", ");
                        let args: [wording::Arg<'_>; 6] = [
                            ("path", &path),
                            ("mode", &mode_name),
                            ("key", &spec),
                            ("action", &name),
                            ("near", &near),
                            ("actions", &actions),
                        ];
                        problems.push(wording::KEYS_UNKNOWN_ACTION.say(&args))
                    }
                }
            }
        }
        self.keys =
            self.order.iter().filter_map(|e| Some((e.0, Key::parse(&e.1).ok()?, *self.bindings.get(e)?))).collect();
    }

    /// The names of the actions the default keys bind in `mode` (those that do something there),
    /// in their order; every action while the defaults themselves are read.
    fn mode_actions(&self, mode: usize) -> Vec<&'static str> {
        let all = crate::tui::action::BINDABLE.iter();
        let used = |a: &Action| {
            let a = if let Action::GoDay(_) = a { Action::GoDay(1) } else { *a };
            self.default_order.is_empty() || self.default_order.contains(&(mode, a))
        };
        all.filter(|(a, _, _)| used(a)).map(|(_, n, _)| *n).collect()
    }

    /// The action of a key in a mode. In a mode that takes text an unbound printable key types
    /// itself into the mode's field.
    pub fn action(&self, mode: Mode, event: KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        let m = mode_index(mode);
        let bound = self.keys.iter().find(|(km, k, _)| *km == m && *k == key).map(|(_, _, a)| *a);
        match (bound, event.code) {
            (Some(a), _) => Some(a),
            (None, KeyCode::Char(c))
                if mode.takes_text() && !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            _ => None,
        }
    }

    /// For each mode, each action with the keys bound to it, in file order.
    pub fn table(&self) -> Vec<ModeBindings> {
        Mode::ALL
            .iter()
            .enumerate()
            .map(|(i, (mode, name))| {
                let mut rows: Vec<(Action, Vec<String>)> = Vec::new();
                for entry in self.order.iter().filter(|e| e.0 == i) {
                    let Some(action) = self.bindings.get(entry) else {
                        continue;
                    };
                    // All "go to day N" keys share one row.
                    let action = &match action {
                        Action::GoDay(_) => Action::GoDay(1),
                        other => *other,
                    };
                    match rows.iter_mut().find(|(a, _)| a == action) {
                        Some((_, keys)) => keys.push(display(&entry.1)),
                        None => rows.push((*action, vec![display(&entry.1)])),
                    }
                }
                // A rebound action stays where the defaults put it; one they do not bind, last.
                rows.sort_by_key(|(a, _)| self.default_order.iter().position(|d| *d == (i, *a)).unwrap_or(usize::MAX));
                (*mode, *name, rows)
            })
            .collect()
    }

    /// The key table as Markdown, as it stands in the README.
    #[cfg(test)]
    pub fn markdown(&self) -> String {
        let mut out = String::from("| mode | keys | action | name in keys.toml |\n|---|---|---|---|\n");
        for (mode, name, rows) in self.table() {
            for (action, keys) in rows {
                let keys: Vec<String> = keys.iter().map(|k| format!("`{}`", k.replace('|', "\\|"))).collect();
                let (keys, what, bound) = (keys.join(" "), action.describe_in(mode), action.name());
                out.push_str(&format!("| {name} | {keys} | {what} | `{bound}` |\n"));
            }
        }
        out
    }

    /// The first key bound to `action` in `mode`, as shown (`Esc`, `←`): the key a title or a
    /// hint names.
    pub fn key_for(&self, mode: Mode, action: Action) -> Option<String> {
        let m = mode_index(mode);
        let entry = self.order.iter().find(|e| e.0 == m && self.bindings.get(*e) == Some(&action))?;
        Some(display(&entry.1))
    }

    /// The keys bound to `action` in `mode`, for the footer.
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<String> {
        let m = mode_index(mode);
        self.order
            .iter()
            .filter(|e| e.0 == m && self.bindings.get(*e) == Some(&action))
            .map(|e| display(&e.1))
            .collect()
    }
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
