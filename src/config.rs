//! Where whrcf keeps its files. Only this module resolves paths: `WHRCF_CONFIG_DIR` and
//! `WHRCF_DATA_DIR` (and `WHRCF_CACHE_DIR`) override the platform directories (tests use them to stay hermetic).

use std::path::PathBuf;

use directories::ProjectDirs;

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
    /// The settings, or the defaults with a message when the file is invalid.
    pub fn load() -> (Settings, Option<String>) {
        let Some(path) = settings_file() else {
            return (Settings::default(), None);
        };
        let text = match crate::untrusted_file::read_optional_text(&path) {
            Ok(Some(text)) => text,
            Ok(None) => return (Settings::default(), None),
            Err(problem) => return (Settings::default(), Some(format!("{problem}; using the defaults"))),
        };
        Self::parse_file(&path.display().to_string(), &text)
    }

    /// The settings of the text of the config file at `path`, with a message naming the file
    /// (and the line and column of a syntax error) when something in it is not used.
    fn parse_file(path: &str, text: &str) -> (Settings, Option<String>) {
        match Self::parse(text) {
            Ok((s, unknown)) if unknown.is_empty() => (s, None),
            Ok((s, unknown)) => (s, Some(format!("{path}: {}", unknown.join("; ")))),
            Err(e) => {
                let at = toml::from_str::<toml::Table>(text)
                    .err()
                    .map(|t| crate::diagnostic::LineIndex::new(path, text).locate_span(t.span()).to_string());
                (Settings::default(), Some(format!("{}: {e}; using the defaults", at.as_deref().unwrap_or(path))))
            }
        }
    }

    /// Settings from the text of a config file (`[agenda] travel_buffer_minutes = 15`), and a
    /// message for each name the file sets that no setting has (with the one meant, when a
    /// setting's name is near): such a line is left out, not silently ignored.
    pub fn parse(text: &str) -> Result<(Settings, Vec<String>), String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.message().trim().to_owned())?;
        let mut settings = Settings::default();
        let mut unknown = Vec::new();
        for (section, value) in &table {
            let Some(names) = SETTINGS.iter().find(|(s, _)| s == section).map(|(_, n)| *n) else {
                let near = crate::spelling::nearest(section, SETTINGS.iter().map(|(s, _)| *s));
                unknown.push(not_a_setting(&format!("[{section}]"), near.map(|n| format!("[{n}]"))));
                continue;
            };
            for name in value.as_table().into_iter().flat_map(|t| t.keys()) {
                if !names.contains(&name.as_str()) {
                    let near = crate::spelling::nearest(name, names.iter().copied()).map(|n| format!("{section}.{n}"));
                    unknown.push(not_a_setting(&format!("{section}.{name}"), near));
                }
            }
        }
        if let Some(minutes) = table.get("agenda").and_then(|a| a.get("travel_buffer_minutes")) {
            settings.travel_buffer_minutes = minutes
                .as_integer()
                .filter(|m| (0..=24 * 60).contains(m))
                .ok_or("agenda.travel_buffer_minutes must be a number of minutes from 0 to 1440")?;
        }
        if let Some(on) = table.get("display").and_then(|d| d.get("hyperlinks")) {
            settings.hyperlinks = on.as_bool().ok_or("display.hyperlinks must be true or false")?;
        }
        if let Some(language) = table.get("display").and_then(|d| d.get("language")) {
            let language = language.as_str().and_then(|l| l.parse().ok());
            settings.language = Some(language.ok_or("display.language must be \"en\" or \"ko\"")?);
        }
        if let Some(clock) = table.get("display").and_then(|d| d.get("clock")) {
            let clock = clock.as_str().and_then(|c| c.parse().ok());
            settings.clock = clock.ok_or("display.clock must be \"24h\" or \"12h\"")?;
        }
        if let Some(minutes) = table.get("reminders").and_then(|r| r.get("minutes")) {
            settings.reminder_minutes = minutes
                .as_integer()
                .and_then(|m| u32::try_from(m).ok())
                .filter(|m| *m <= 24 * 60)
                .ok_or("reminders.minutes must be a number of minutes from 0 to 1440")?;
        }
        if let Some(on) = table.get("reminders").and_then(|r| r.get("notify")) {
            settings.notify = on.as_bool().ok_or("reminders.notify must be true or false")?;
        }
        if let Some(default) = table.get("programme").and_then(|p| p.get("default")) {
            let default = default.as_str().filter(|d| !d.is_empty());
            settings.default_programme =
                Some(default.ok_or("programme.default must be the name, path or address of a programme")?.to_owned());
        }
        if let Some(minutes) = table.get("programme").and_then(|p| p.get("refresh_minutes")) {
            settings.refresh_minutes = minutes
                .as_integer()
                .and_then(|m| u32::try_from(m).ok())
                .filter(|m| *m <= 7 * 24 * 60)
                .ok_or("programme.refresh_minutes must be a number of minutes from 0 (never by itself) to 10080")?;
        }
        if let Some(on) = table.get("display").and_then(|d| d.get("accessible")) {
            settings.accessible = on.as_bool().ok_or("display.accessible must be true or false")?;
        }
        if let Some(zone) = table.get("display").and_then(|d| d.get("zone")) {
            let zone = zone.as_str().and_then(|z| z.parse::<crate::time::ZoneChoice>().ok());
            settings.zone =
                Some(zone.ok_or("display.zone must be a zone name (Asia/Seoul), \"local\", \"UTC\" or \"forum\"")?);
        }
        Ok((settings, unknown))
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
        Some(near) => format!("`{name}` is not a setting (did you mean `{near}`?); it is left out"),
        None => format!("`{name}` is not a setting; it is left out"),
    }
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn a_syntax_error_is_located_at_its_line_and_column() {
        let (settings, said) = Settings::parse_file("config.toml", "[agenda]\ntravel_buffer_minutes\n");
        assert_eq!(settings, Settings::default());
        let said = said.unwrap();
        assert!(said.starts_with("config.toml:2:22: "), "{said}");
        assert!(said.ends_with("; using the defaults"), "{said}");
        let (_, said) = Settings::parse_file("config.toml", "[agenda]\ntravel_buffer_minutes = 99999\n");
        assert!(said.unwrap().starts_with("config.toml: agenda.travel_buffer_minutes must be"), "no place for it");
    }

    #[test]
    fn a_mistyped_setting_is_reported_with_the_one_meant() {
        let (settings, unknown) =
            Settings::parse("[agenda]\ntravel_buffer_minute = 20\n[agnda]\n[dsplay]\n[colours]\n").unwrap();
        assert_eq!(settings, Settings::default(), "the mistyped line is left out");
        assert_eq!(
            unknown,
            [
                "`agenda.travel_buffer_minute` is not a setting (did you mean `agenda.travel_buffer_minutes`?); it is left out",
                "`[agnda]` is not a setting (did you mean `[agenda]`?); it is left out",
                "`[dsplay]` is not a setting (did you mean `[display]`?); it is left out",
                "`[colours]` is not a setting; it is left out",
            ]
        );
        let (set, unknown) = Settings::parse("[agenda]\ntravel_buffer_minutes = 20\n").unwrap();
        assert_eq!((set.travel_buffer_minutes, unknown.len()), (20, 0));
    }

    #[test]
    fn the_default_programme_is_read_and_a_mistyped_key_is_named() {
        assert_eq!(Settings::parse("").unwrap().0.default_programme, None);
        let (set, unknown) = Settings::parse("[programme]\ndefault = \"fosdem\"\n").unwrap();
        assert_eq!((set.default_programme.as_deref(), unknown.len()), (Some("fosdem"), 0));
        let (_, unknown) = Settings::parse("[programme]\ndefualt = \"fosdem\"\n").unwrap();
        assert_eq!(
            unknown,
            ["`programme.defualt` is not a setting (did you mean `programme.default`?); it is left out"]
        );
        assert!(Settings::parse("[programme]\ndefault = 3\n").unwrap_err().contains("programme.default"));
    }

    #[test]
    fn hyperlinks_are_on_unless_turned_off() {
        assert!(Settings::parse("").unwrap().0.hyperlinks);
        assert!(!Settings::parse("[display]\nhyperlinks = false\n").unwrap().0.hyperlinks);
        assert!(Settings::parse("[display]\nhyperlinks = \"no\"\n").unwrap_err().contains("true or false"));
    }

    #[test]
    fn the_language_and_the_clock_are_read_from_display() {
        use crate::wording::language::{Clock, Language};
        let set = Settings::parse("").unwrap().0;
        assert_eq!((set.language, set.clock), (None, Clock::TwentyFourHour));
        let (set, unknown) = Settings::parse("[display]\nlanguage = \"ko\"\nclock = \"12h\"\n").unwrap();
        assert_eq!((set.language, set.clock, unknown.len()), (Some(Language::Korean), Clock::TwelveHour, 0));
        assert!(Settings::parse("[display]\nlanguage = \"fr\"\n").unwrap_err().contains("\"en\" or \"ko\""));
        assert!(Settings::parse("[display]\nclock = \"13h\"\n").unwrap_err().contains("\"12h\""));
    }

    #[test]
    fn reminders_are_ten_minutes_ahead_without_notification_unless_set() {
        let set = Settings::parse("").unwrap().0;
        assert_eq!((set.reminder_minutes, set.notify), (10, false));
        let (set, unknown) = Settings::parse("[reminders]\nminutes = 0\nnotify = true\n").unwrap();
        assert_eq!((set.reminder_minutes, set.notify, unknown.len()), (0, true, 0));
        assert!(Settings::parse("[reminders]\nminutes = -5\n").unwrap_err().contains("from 0 to 1440"));
        assert!(Settings::parse("[reminders]\nnotify = 1\n").unwrap_err().contains("true or false"));
    }
}
