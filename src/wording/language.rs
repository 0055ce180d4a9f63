//! Which language and clock the words are in: chosen once at start (`--lang`, then
//! `[display] language` in config.toml, then the locale in `LC_ALL`, `LC_MESSAGES`, `LANG`) and
//! read by every lookup. A test may speak another language on its own thread without changing the
//! process's choice.

use std::str::FromStr;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Korean,
}

impl Language {
    /// Every language, English (the fallback of every missing message) first.
    pub const ALL: [Language; 2] = [Language::English, Language::Korean];

    /// The code it is chosen by: `en`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Korean => "ko",
        }
    }

    /// The language whose code is `code` (`en`, `KO`), without saying why not.
    pub fn of_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language of a POSIX locale name (`ko_KR.UTF-8` is Korean, `C` or `de_DE` English), or
    /// `None` for an empty one (an empty variable counts as unset).
    pub fn of_locale(locale: &str) -> Option<Language> {
        let language = locale.split(['_', '.', '@', '-']).next().unwrap_or_default();
        match language {
            "" => None,
            l if l.eq_ignore_ascii_case("ko") => Some(Language::Korean),
            _ => Some(Language::English),
        }
    }

    /// The language to speak: the command line's, else the setting's, else the first locale
    /// variable set of `LC_ALL`, `LC_MESSAGES`, `LANG` (read through `var`), else English.
    pub fn choose(flag: Option<Language>, setting: Option<Language>, var: impl Fn(&str) -> Option<String>) -> Language {
        flag.or(setting)
            .or_else(|| ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| Language::of_locale(&var(name)?)))
            .unwrap_or_default()
    }
}

impl FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::of_code(s).ok_or_else(|| super::LANGUAGE_UNKNOWN.say(&[("value", &s)]))
    }
}

/// How times of day are written: `14:00`, or `2:00 PM` / `오후 2:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    TwentyFourHour,
    TwelveHour,
}

impl FromStr for Clock {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "24h" => Ok(Clock::TwentyFourHour),
            "12h" => Ok(Clock::TwelveHour),
            _ => Err(super::CLOCK_UNKNOWN.say(&[("value", &s)])),
        }
    }
}

/// The process's choice: language in the low bits, the clock in bit 4.
static CHOSEN: AtomicU8 = AtomicU8::new(0);

/// Speak `language` with `clock` from now on (the binary calls it once, before any word is said).
pub fn choose(language: Language, clock: Clock) {
    CHOSEN.store(encode(language, clock), Ordering::Relaxed);
}

fn encode(language: Language, clock: Clock) -> u8 {
    let l = match language {
        Language::English => 0,
        Language::Korean => 1,
    };
    l | if clock == Clock::TwelveHour { 0x10 } else { 0 }
}

fn decode(chosen: u8) -> (Language, Clock) {
    let language = if chosen & 0x0f == 1 { Language::Korean } else { Language::English };
    (language, if chosen & 0x10 != 0 { Clock::TwelveHour } else { Clock::TwentyFourHour })
}

#[cfg(test)]
thread_local! {
    static SPOKEN_HERE: std::cell::Cell<Option<u8>> = const { std::cell::Cell::new(None) };
}

fn chosen() -> u8 {
    #[cfg(test)]
    if let Some(here) = SPOKEN_HERE.with(std::cell::Cell::get) {
        return here;
    }
    CHOSEN.load(Ordering::Relaxed)
}

/// The language words are said in now.
pub fn current() -> Language {
    decode(chosen()).0
}

/// The clock times of day are written with now.
pub fn clock() -> Clock {
    decode(chosen()).1
}

/// Run `f` speaking `language` with `clock` on this thread only (tests run side by side).
#[cfg(test)]
pub fn speaking<R>(language: Language, clock: Clock, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<u8>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SPOKEN_HERE.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(SPOKEN_HERE.with(|c| c.replace(Some(encode(language, clock)))));
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn the_flag_wins_then_the_setting_then_the_locale() {
        let korean_locale = [("LANG", "ko_KR.UTF-8")];
        let (en, ko) = (Some(Language::English), Some(Language::Korean));
        assert_eq!(Language::choose(en, ko, env(&korean_locale)), Language::English);
        assert_eq!(Language::choose(None, en, env(&korean_locale)), Language::English);
        assert_eq!(Language::choose(None, ko, env(&[])), Language::Korean);
        assert_eq!(Language::choose(None, None, env(&korean_locale)), Language::Korean);
        assert_eq!(Language::choose(None, None, env(&[])), Language::English);
    }

    #[test]
    fn lc_all_overrides_lc_messages_which_overrides_lang_and_empty_is_unset() {
        let vars = [("LC_ALL", "C"), ("LC_MESSAGES", "ko_KR.UTF-8"), ("LANG", "ko_KR.UTF-8")];
        assert_eq!(Language::choose(None, None, env(&vars)), Language::English);
        let vars = [("LC_ALL", ""), ("LC_MESSAGES", "ko_KR"), ("LANG", "en_US.UTF-8")];
        assert_eq!(Language::choose(None, None, env(&vars)), Language::Korean);
        let vars = [("LC_MESSAGES", "de_DE.UTF-8"), ("LANG", "ko_KR.UTF-8")];
        assert_eq!(Language::choose(None, None, env(&vars)), Language::English);
        assert_eq!(Language::of_locale("ko"), Some(Language::Korean));
        assert_eq!(Language::of_locale("kok_IN"), Some(Language::English), "Konkani is not Korean");
    }

    #[test]
    fn codes_and_clocks_read_back() {
        assert_eq!("ko".parse(), Ok(Language::Korean));
        assert_eq!("EN".parse(), Ok(Language::English));
        assert!("fr".parse::<Language>().unwrap_err().contains("en or ko"));
        assert_eq!("12h".parse(), Ok(Clock::TwelveHour));
        assert!("13h".parse::<Clock>().is_err());
        for l in Language::ALL {
            for c in [Clock::TwentyFourHour, Clock::TwelveHour] {
                assert_eq!(decode(encode(l, c)), (l, c));
            }
        }
    }
}
