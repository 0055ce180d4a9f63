//! Where whrcf keeps its files. Only this module resolves paths: `WHRCF_CONFIG_DIR` and
//! `WHRCF_DATA_DIR` (and `WHRCF_CACHE_DIR`) override the platform directories (tests use them to stay hermetic).

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::wording::{self, Message};

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "whrcf", "whrcf")
}

/// The directory of the user's configuration (`keys.toml`).
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("WHRCF_CONFIG_DIR").map(PathBuf::from).or_else(|| project().map(|p| p.config_dir().to_path_buf()))
}

/// The directory of the user's data (the agenda).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("WHRCF_DATA_DIR").map(PathBuf::from).or_else(|| project().map(|p| p.data_dir().to_path_buf()))
}

/// The directory of the programme cache (`WHRCF_CACHE_DIR` overrides; empty turns it off).
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os("WHRCF_CACHE_DIR") {
        Some(dir) if dir.is_empty() => None,
        Some(dir) => Some(PathBuf::from(dir)),
        None => project().map(|p| p.cache_dir().to_path_buf()),
    }
}

/// The key bindings file: `keys.toml` in the config directory.
pub fn keymap_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("keys.toml"))
}

/// The agenda file: `agenda.toml` in the data directory.
pub fn agenda_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("agenda.toml"))
}

/// The file of what the user hides: `hidden.toml` in the data directory.
pub fn hidden_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("hidden.toml"))
}

/// The versions of programmes the user last saw: `seen/` in the data directory.
pub fn seen_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("seen"))
}

/// The what-if moves per programme: `moves.toml` in the data directory.
pub fn moves_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("moves.toml"))
}

/// The programmes the user added by name: `programmes.toml` in the config directory.
pub fn programmes_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("programmes.toml"))
}

/// The programme files and addresses opened lately: `recent.toml` in the data directory.
pub fn recent_file() -> Option<PathBuf> {
    data_dir().map(|d| d.join("recent.toml"))
}

/// The settings file: `config.toml` in the config directory.
pub fn settings_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("config.toml"))
}

/// User settings from `config.toml` in the config directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Minimum time to change rooms between two agenda sessions.
    pub travel_buffer_minutes: i64,
    /// Whether the app draws web sources as terminal hyperlinks (`[display] hyperlinks = false`
    /// turns them off, for a terminal that shows the escape instead of a link).
    pub hyperlinks: bool,
    /// How many minutes before an agenda session starts the app reminds of it (`[reminders]
    /// minutes`; 0 turns reminders off).
    pub reminder_minutes: u32,
    /// Whether a reminder also asks the terminal for a notification (`[reminders] notify`).
    pub notify: bool,
    /// The programme opened when neither `--edition` nor `--programme` is given
    /// (`[programme] default = "NAME"`, a name added with `whrcf programmes add`, a path or an address).
    pub default_programme: Option<String>,
    /// How old the offline copy of a programme on the web may grow before the app asks the
    /// server for a newer one by itself (`[programme] refresh_minutes`; 0: only when asked).
    pub refresh_minutes: u32,
    /// The zone times are shown in when `--tz` is not given (`[display] zone`).
    pub zone: Option<crate::time::ZoneChoice>,
    /// The app for screen readers (`[display] accessible = true`, or `--accessible`).
    pub accessible: bool,
    /// The interface's language (`[display] language = "ko"`), when set.
    pub language: Option<crate::wording::language::Language>,
    /// How times of day are written (`[display] clock = "12h"`; 24-hour by default).
    pub clock: crate::wording::language::Clock,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            travel_buffer_minutes: 10,
            hyperlinks: true,
            reminder_minutes: 10,
            notify: false,
            default_programme: None,
            refresh_minutes: 60,
            zone: None,
            accessible: false,
            language: None,
            clock: Default::default(),
        }
    }
}

impl Settings {
    /// The settings, and a problem for each thing in the file that is not used (a line each,
    /// naming the file): a bad value leaves out that setting only; a file that cannot be read
    /// or parsed gives the defaults.
    pub fn load() -> (Settings, Vec<String>) {
        let Some(path) = settings_file() else {
            return (Settings::default(), Vec::new());
        };
        let text = match crate::untrusted_file::read_optional_text(&path) {
            Ok(Some(text)) => text,
            Ok(None) => return (Settings::default(), Vec::new()),
            Err(problem) => {
                return (Settings::default(), vec![wording::CONFIG_USING_DEFAULTS.say(&[("problem", &problem)])]);
            }
        };
        Self::parse_file(&path.display().to_string(), &text)
    }

    /// The settings of the text of the config file at `path`, with a problem naming the file
    /// (and the line and column of a syntax error) for each thing in it that is not used.
    fn parse_file(path: &str, text: &str) -> (Settings, Vec<String>) {
        match Self::parse(text) {
            Ok((s, problems)) => (s, problems.iter().map(|p| format!("{path}: {p}")).collect()),
            Err(e) => {
                let at = toml::from_str::<toml::Table>(text)
                    .err()
                    .map(|t| crate::diagnostic::LineIndex::new(path, text).locate_span(t.span()).to_string());
                let problem = format!("{}: {e}", at.as_deref().unwrap_or(path));
                (Settings::default(), vec![wording::CONFIG_USING_DEFAULTS.say(&[("problem", &problem)])])
            }
        }
    }

    /// Settings from the text of a config file (`[agenda] travel_buffer_minutes = 15`), and a
    /// problem for each name the file sets that no setting has (with the one meant, when a
    /// setting's name is near) and each value a setting cannot take: such a line is left out,
    /// not silently ignored, and the others are used. `Err` when the text is no TOML.
    pub fn parse(text: &str) -> Result<(Settings, Vec<String>), String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.message().trim().to_owned())?;
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        for (section, value) in &table {
            let Some(names) = SETTINGS.iter().find(|(s, _)| s == section).map(|(_, n)| *n) else {
                let near = crate::spelling::nearest(section, SETTINGS.iter().map(|(s, _)| *s));
                problems.push(not_a_setting(&format!("[{section}]"), near.map(|n| format!("[{n}]"))));
                continue;
            };
            for name in value.as_table().into_iter().flat_map(|t| t.keys()) {
                if !names.contains(&name.as_str()) {
                    let near = crate::spelling::nearest(name, names.iter().copied()).map(|n| format!("{section}.{n}"));
                    problems.push(not_a_setting(&format!("{section}.{name}"), near));
                }
            }
        }
        let mut v = Values { table: &table, problems: &mut problems };
        let minutes = |most: i64| move |m: &toml::Value| m.as_integer().filter(|m| (0..=most).contains(m));
        let small = |most: i64| move |m: &toml::Value| minutes(most)(m).and_then(|m| u32::try_from(m).ok());
        let on = |v: &toml::Value| v.as_bool();
        let s = &mut settings;
        let (from_0_to_1440, true_or_false) = (wording::CONFIG_MUST_MINUTES, wording::CONFIG_MUST_BOOL);
        v.set(&mut s.travel_buffer_minutes, "agenda.travel_buffer_minutes", minutes(24 * 60), from_0_to_1440);
        v.set(&mut s.hyperlinks, "display.hyperlinks", on, true_or_false);
        let language = |l: &toml::Value| l.as_str().and_then(crate::wording::language::Language::of_code).map(Some);
        v.set(&mut s.language, "display.language", language, wording::CONFIG_MUST_LANGUAGE);
        v.set(&mut s.clock, "display.clock", |c| c.as_str()?.parse().ok(), wording::CONFIG_MUST_CLOCK);
        v.set(&mut s.reminder_minutes, "reminders.minutes", small(24 * 60), from_0_to_1440);
        v.set(&mut s.notify, "reminders.notify", on, true_or_false);
        let default = |d: &toml::Value| d.as_str().filter(|d| !d.is_empty()).map(|d| Some(d.to_owned()));
        v.set(&mut s.default_programme, "programme.default", default, wording::CONFIG_MUST_PROGRAMME);
        let refresh = wording::CONFIG_MUST_REFRESH;
        v.set(&mut s.refresh_minutes, "programme.refresh_minutes", small(7 * 24 * 60), refresh);
        v.set(&mut s.accessible, "display.accessible", on, true_or_false);
        let zone = |z: &toml::Value| z.as_str().and_then(|z| z.parse::<crate::time::ZoneChoice>().ok()).map(Some);
        v.set(&mut s.zone, "display.zone", zone, wording::CONFIG_MUST_ZONE);
        Ok((settings, problems))
    }
}

/// The values of a config file's table, read one setting at a time.
struct Values<'a> {
    table: &'a toml::Table,
    problems: &'a mut Vec<String>,
}

impl Values<'_> {
    /// Set `setting` from the value at `key` (`section.name`) when there is one that `read`
    /// takes; else the setting keeps its default and a problem says what the value `must` be.
    fn set<T>(&mut self, setting: &mut T, key: &str, read: impl Fn(&toml::Value) -> Option<T>, must: Message) {
        let (section, name) = key.split_once('.').unwrap_or((key, ""));
        let Some(value) = self.table.get(section).and_then(|s| s.get(name)) else { return };
        match read(value) {
            Some(read) => *setting = read,
            None => self.problems.push(wording::CONFIG_BAD_VALUE.say(&[("key", &key), ("must", &must.text())])),
        }
    }
}

/// Every setting, by section.
const SETTINGS: &[(&str, &[&str])] = &[
    ("agenda", &["travel_buffer_minutes"]),
    ("display", &["hyperlinks", "zone", "accessible", "language", "clock"]),
    ("reminders", &["minutes", "notify"]),
    ("programme", &["default", "refresh_minutes"]),
];

/// What is said of a name that is no setting, with the one probably meant.
fn not_a_setting(name: &str, near: Option<String>) -> String {
    match near {
        Some(near) => wording::CONFIG_NOT_A_SETTING_MEANT.say(&[("name", &name), ("near", &near)]),
        None => wording::CONFIG_NOT_A_SETTING.say(&[("name", &name)]),
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
