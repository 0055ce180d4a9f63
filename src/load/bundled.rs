//! The WHRCF programmes embedded in the binary, one TOML file per edition, and how `--edition`
//! names them: by year (2023), by ordinal (13, or 13th, for the 13th forum) or `all`.

use std::str::FromStr;

/// One bundled edition.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The year of the edition.
    pub edition: i32,
    /// Its number: 13 for the 13th forum.
    pub ordinal: u32,
    /// The file name under `data/`.
    pub file: &'static str,
    /// The TOML text.
    pub text: &'static str,
}

macro_rules! bundled {
    ($year:literal, $ordinal:literal) => {
        Bundled {
            edition: $year,
            ordinal: $ordinal,
            file: concat!("data/whrcf-", $year, ".toml"),
            text: include_str!(concat!("../../data/whrcf-", $year, ".toml")),
        }
    };
}

/// Every bundled edition, newest first; the first is the default. A `static`, not a `const`: a
/// const would be copied at each use, and the programmes' text with it in each codegen unit.
pub static BUNDLED: [Bundled; 14] = [
    bundled!(2025, 15),
    bundled!(2024, 14),
    bundled!(2023, 13),
    bundled!(2022, 12),
    bundled!(2021, 11),
    bundled!(2020, 10),
    bundled!(2019, 9),
    bundled!(2018, 8),
    bundled!(2017, 7),
    bundled!(2016, 6),
    bundled!(2015, 5),
    bundled!(2014, 4),
    bundled!(2013, 3),
    bundled!(2012, 2),
];

/// An edition of the forum whose programme was not found anywhere: listed, never bundled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unrecorded {
    pub edition: i32,
    pub ordinal: u32,
}

/// The editions the research found no programme of (data/sources/README-more.md).
pub const WITHOUT_PROGRAMME: [Unrecorded; 1] = [Unrecorded { edition: 2011, ordinal: 1 }];

/// The bundled edition of `year`.
pub fn find(year: i32) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.edition == year)
}

/// The newest bundled edition.
pub fn newest() -> &'static Bundled {
    &BUNDLED[0]
}

/// `13th` for 13, `2nd` for 2, `11th` for 11.
pub fn ordinal_name(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The bundled editions as `--edition` accepts them, for messages.
pub fn valid_editions() -> String {
    let each: Vec<String> =
        BUNDLED.iter().map(|b| format!("{} ({})", b.edition, crate::wording::ordinal(b.ordinal))).collect();
    crate::wording::EDITIONS_OR_ALL.say(&[("editions", &each.join(", "))])
}

/// What `--edition` selects: one bundled edition (by year) or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionChoice {
    One(i32),
    All,
}

impl FromStr for EditionChoice {
    type Err = String;

    /// `all`, a year (`2023`), an ordinal (`13`) or an ordinal with its suffix (`13th`).
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("all") {
            return Ok(EditionChoice::All);
        }
        let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffixed = digits.len() < text.len();
        let unknown = || crate::wording::EDITION_UNKNOWN.say(&[("value", &text), ("editions", &valid_editions())]);
        let n: i64 = digits.parse().map_err(|_| unknown())?;
        let is_ordinal = |o: u32| i64::from(o) == n && (!suffixed || text.eq_ignore_ascii_case(&ordinal_name(o)));
        if let Some(b) = BUNDLED.iter().find(|b| (!suffixed && i64::from(b.edition) == n) || is_ordinal(b.ordinal)) {
            return Ok(EditionChoice::One(b.edition));
        }
        if let Some(u) =
            WITHOUT_PROGRAMME.iter().find(|u| (!suffixed && i64::from(u.edition) == n) || is_ordinal(u.ordinal))
        {
            let ordinal = crate::wording::ordinal(u.ordinal);
            let args: [crate::wording::Arg<'_>; 3] =
                [("ordinal", &ordinal), ("year", &u.edition), ("editions", &valid_editions())];
            return Err(crate::wording::EDITION_NOT_BUNDLED.say(&args));
        }
        Err(unknown())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editions_are_named_by_year_ordinal_or_all() {
        for text in ["2023", "13", "13th", " 13TH "] {
            assert_eq!(text.parse::<EditionChoice>(), Ok(EditionChoice::One(2023)), "{text}");
        }
        assert_eq!("2".parse(), Ok(EditionChoice::One(2012)));
        assert_eq!("2nd".parse(), Ok(EditionChoice::One(2012)));
        assert_eq!("ALL".parse(), Ok(EditionChoice::All));
        let unknown = "2030".parse::<EditionChoice>().unwrap_err();
        assert!(
            unknown.contains("2025 (15th)") && unknown.contains("2012 (2nd)") && unknown.contains("`all`"),
            "{unknown}"
        );
        for wrong in ["13rd", "2023th", "x", ""] {
            assert!(wrong.parse::<EditionChoice>().is_err(), "{wrong}");
        }
        let first = "2011".parse::<EditionChoice>().unwrap_err();
        assert!(first.starts_with("no programme of the 1st forum (2011) was found"), "{first}");
        assert_eq!("1st".parse::<EditionChoice>().unwrap_err(), first);
    }

    #[test]
    fn ordinals_read_as_in_english() {
        let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 15, 21, 22].into_iter().map(ordinal_name).collect();
        assert_eq!(names, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "15th", "21st", "22nd"]);
    }

    #[test]
    fn newest_first_with_ordinals_that_follow_the_years() {
        assert_eq!(newest().edition, 2025);
        for pair in BUNDLED.windows(2) {
            assert_eq!(pair[0].edition, pair[1].edition + 1);
            assert_eq!(pair[0].ordinal, pair[1].ordinal + 1);
        }
        assert!(BUNDLED.iter().all(|b| b.edition - 2010 == i32::try_from(b.ordinal).unwrap()));
    }
}
