//! How zones are named and told apart: a fixed offset as a zone of the database (`Etc/GMT-1`)
//! and as people read it (`UTC+01:00`), and the many names of UTC as one zone.

use chrono_tz::Tz;

/// How the zone of a programme was found when its file does not state it (a stated zone is
/// `None` where this is asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneFound {
    /// Given with `--tz`.
    Given,
    /// From the city, venue, rooms or web site the file names.
    Place,
    /// From the offsets its times carry (a fixed zone such as UTC+01:00).
    Offsets,
    /// Not at all: its local times are read as UTC.
    Unknown,
}

impl ZoneFound {
    /// Every way, in the order of their codes.
    pub const ALL: [ZoneFound; 4] = [ZoneFound::Given, ZoneFound::Place, ZoneFound::Offsets, ZoneFound::Unknown];
}

/// The fixed zone `offset` seconds east of UTC, when the zone database names one (whole hours
/// from UTC-12:00 to UTC+14:00: `Etc/GMT-1` is UTC+01:00).
pub fn fixed_zone(offset: i32) -> Option<Tz> {
    if offset == 0 {
        return Some(Tz::UTC);
    }
    let hours = (offset % 3600 == 0).then_some(offset / 3600)?;
    // The database's signs are the other way round: Etc/GMT-1 is one hour east.
    format!("Etc/GMT{:+}", -hours).parse().ok()
}

/// A zone's name as people read it: the IANA name, or `UTC+01:00` for a fixed zone.
pub fn zone_label(zone: Tz) -> String {
    match zone.name().strip_prefix("Etc/GMT").and_then(|h| h.parse::<i32>().ok()) {
        Some(hours) if hours != 0 => format!("UTC{:+03}:00", -hours),
        // A machine set to `Etc/UTC` (or `Zulu`) is on UTC, and is said so.
        _ if is_utc(zone) => "UTC".to_owned(),
        _ => zone.name().to_owned(),
    }
}

/// Whether `zone` is one of the names of UTC.
fn is_utc(zone: Tz) -> bool {
    let name = zone.name().trim_start_matches("Etc/");
    matches!(name, "UTC" | "UCT" | "Universal" | "Zulu" | "GMT" | "GMT0" | "GMT+0" | "GMT-0" | "Greenwich")
}

/// Whether two zones are the same one: the same name, or two names of UTC.
pub fn same_zone(a: Tz, b: Tz) -> bool {
    a == b || (is_utc(a) && is_utc(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_zones_are_named_by_their_offset() {
        assert_eq!(fixed_zone(3600), Some(chrono_tz::Etc::GMTMinus1));
        assert_eq!(fixed_zone(-5 * 3600).map(zone_label).as_deref(), Some("UTC-05:00"));
        assert_eq!(fixed_zone(0), Some(Tz::UTC));
        assert_eq!(fixed_zone(5 * 3600 + 1800), None);
        assert_eq!(zone_label(chrono_tz::Etc::GMTMinus1), "UTC+01:00");
        assert_eq!(zone_label(chrono_tz::Europe::Berlin), "Europe/Berlin");
        assert_eq!([zone_label(chrono_tz::Etc::UTC), zone_label(chrono_tz::Etc::Zulu)], ["UTC", "UTC"]);
    }

    #[test]
    fn the_names_of_utc_are_one_zone() {
        assert!(same_zone(Tz::UTC, chrono_tz::Etc::UTC) && same_zone(chrono_tz::Etc::GMT, chrono_tz::Zulu));
        assert!(!same_zone(Tz::UTC, chrono_tz::Europe::London) && !same_zone(Tz::UTC, chrono_tz::Etc::GMTMinus1));
    }
}
