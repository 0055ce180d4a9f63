//! Which zone a foreign schedule's times are in, when the file does not say or says wrongly: the
//! zone it declares (when the offsets its events carry agree), the zone given with `--tz`, the
//! zone of its city, venue, rooms or web site (when the offsets agree), the offset its events
//! carry (a fixed zone such as UTC+01:00), else UTC.
//! Each guess is reported, so the app and `import` say how the zone was found.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, Offset, TimeZone};
use chrono_tz::Tz;

use super::event::{Conference, RawEvent, When};
use crate::diagnostic::{Location, Problem};
use crate::time::{self, ZoneFound};

/// What the file offers to tell its zone by.
pub struct Evidence<'a> {
    /// Instants the file writes with an offset other than UTC's (`+01:00`): a zone that disagrees
    /// with one of them is not the schedule's. `Z` and `+00:00` are how many tools write any
    /// instant, so they tell nothing.
    offsets: Vec<DateTime<FixedOffset>>,
    /// Whether some time is written in no zone (it needs the schedule's).
    floating: bool,
    /// Texts that may name a place, most telling first.
    places: Vec<&'a str>,
    /// Web addresses that may be on a country's domain, most telling first.
    sites: Vec<&'a str>,
    /// Every offset written, UTC's included, with how often.
    written: HashMap<i32, usize>,
    /// Whether each zone asked about fits the offsets: a file can name a city in every room.
    verdicts: RefCell<HashMap<Tz, bool>>,
}

impl<'a> Evidence<'a> {
    /// Gather the evidence of a schedule's conference facts and events.
    pub fn of(conf: &'a Conference, events: impl Iterator<Item = &'a RawEvent>) -> Self {
        let mut e = Evidence {
            offsets: Vec::new(),
            floating: false,
            places: [&conf.city, &conf.venue, &conf.title].into_iter().filter_map(|t| t.as_deref()).collect(),
            sites: conf.url.as_deref().into_iter().collect(),
            written: HashMap::new(),
            verdicts: RefCell::default(),
        };
        let mut rooms = Vec::new();
        for ev in events {
            for when in [ev.start, ev.end].into_iter().flatten() {
                match when {
                    When::Zoned(t) => {
                        *e.written.entry(t.offset().local_minus_utc()).or_insert(0) += 1;
                        if t.offset().local_minus_utc() != 0 {
                            e.offsets.push(t);
                        }
                    }
                    When::Local(_, zone) => e.floating |= zone.is_none(),
                }
            }
            rooms.extend(ev.room.as_deref());
            e.sites.extend(ev.links.first().map(String::as_str));
        }
        rooms.sort_unstable();
        rooms.dedup();
        e.places.extend(rooms);
        // Sessions share their starts: each instant and offset is checked once.
        e.offsets.sort_unstable_by_key(|t| (t.naive_utc(), t.offset().local_minus_utc()));
        e.offsets.dedup_by(|a, b| a == b && a.offset() == b.offset());
        e
    }

    /// Whether every offset written agrees with `zone`.
    fn fits(&self, zone: Tz) -> bool {
        *self.verdicts.borrow_mut().entry(zone).or_insert_with(|| {
            self.offsets.iter().all(|t| zone.offset_from_utc_datetime(&t.naive_utc()).fix() == *t.offset())
        })
    }

    /// The first place or site that names a zone the offsets agree with, and what named it.
    fn hinted(&self) -> Option<(Tz, String)> {
        let city = self.places.iter().filter_map(|t| time::city_in(t)).find(|(_, z)| self.fits(*z));
        let city = city.map(|(word, zone)| (zone, crate::wording::LOAD_ZONE_BY_CITY.say(&[("city", &word)])));
        city.or_else(|| {
            let mut hosts: HashMap<(&str, Tz), usize> = HashMap::new();
            for (host, zone) in self.sites.iter().filter_map(|s| time::domain_of(s)).filter(|(_, z)| self.fits(*z)) {
                let domain = host.rsplit('.').next().unwrap_or(host);
                *hosts.entry((domain, zone)).or_insert(0) += 1;
            }
            let ((domain, zone), _) = hosts.into_iter().max_by_key(|((d, _), n)| (*n, std::cmp::Reverse(*d)))?;
            Some((zone, crate::wording::LOAD_ZONE_BY_DOMAIN.say(&[("domain", &domain)])))
        })
    }

    /// A zone from the offsets alone, and how times are then shown: UTC when that is all the
    /// file writes; the fixed zone of its one offset (`UTC+01:00`); else a zone whose offsets
    /// are the file's (they change, or no fixed zone has that offset).
    fn offsets_zone(&self) -> Option<(Tz, String)> {
        let mut offsets: Vec<i32> = self.offsets.iter().map(|t| t.offset().local_minus_utc()).collect();
        offsets.sort_unstable();
        offsets.dedup();
        if offsets.is_empty() {
            return self
                .written
                .contains_key(&0)
                .then(|| (Tz::UTC, crate::wording::LOAD_ZONE_AS_WRITTEN_UTC.text().to_owned()));
        }
        if let [offset] = offsets[..]
            && let Some(zone) = time::fixed_zone(offset)
        {
            return Some((zone, crate::wording::LOAD_ZONE_AT_OFFSET.say(&[("label", &time::zone_label(zone))])));
        }
        let zone = chrono_tz::TZ_VARIANTS.iter().copied().find(|z| self.fits(*z))?;
        let written: Vec<String> =
            offsets.iter().map(|o| format!("{:+03}:{:02}", o / 3600, (o % 3600).abs() / 60)).collect();
        let shown =
            crate::wording::LOAD_ZONE_WITH_OFFSETS.say(&[("zone", &zone.name()), ("offsets", &written.join(", "))]);
        Some((zone, shown))
    }
}

/// The schedule's zone, reporting every guess and disagreement at `file`.
pub fn infer(
    declared: Option<Tz>,
    given: Option<Tz>,
    evidence: &Evidence<'_>,
    file: &Location,
    warnings: &mut Vec<Problem>,
) -> (Tz, Option<ZoneFound>) {
    let mut say = |message: String| warnings.push(Problem::warning(file.clone(), None, message));
    if let Some(zone) = declared {
        if evidence.fits(zone) {
            return (zone, None);
        }
        say(crate::wording::LOAD_ZONE_OTHER_OFFSETS.say(&[("zone", &zone.name())]));
    }
    if let Some(zone) = given {
        return (zone, Some(ZoneFound::Given));
    }
    if let Some((zone, by)) = evidence.hinted() {
        say(crate::wording::LOAD_ZONE_FROM_PLACE.say(&[("zone", &zone.name()), ("by", &by)]));
        return (zone, Some(ZoneFound::Place));
    }
    if let Some((zone, shown)) = evidence.offsets_zone() {
        say(crate::wording::LOAD_ZONE_NOT_FOUND.say(&[("shown", &shown)]));
        return (zone, Some(ZoneFound::Offsets));
    }
    if evidence.floating {
        say(crate::wording::LOAD_ZONE_NONE_UTC.text().to_owned());
        return (Tz::UTC, Some(ZoneFound::Unknown));
    }
    (Tz::UTC, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn event(when: When, room: &str) -> RawEvent {
        RawEvent { start: Some(when), room: Some(room.to_owned()), ..RawEvent::default() }
    }

    fn zoned(t: &str) -> When {
        When::Zoned(DateTime::parse_from_rfc3339(t).unwrap())
    }

    fn infer_for(conf: &Conference, events: &[RawEvent], declared: Option<Tz>) -> (Tz, Vec<String>) {
        let mut warnings = Vec::new();
        let (zone, _) = infer(declared, None, &Evidence::of(conf, events.iter()), &Location::default(), &mut warnings);
        (zone, warnings.into_iter().map(|w| w.message).collect())
    }

    #[test]
    fn a_room_in_a_city_names_the_zone_when_the_offsets_agree() {
        let events = [event(zoned("2020-12-27T11:30:00+01:00"), "hacc München / about:future - München")];
        let (zone, said) = infer_for(&Conference::default(), &events, None);
        assert_eq!(zone, chrono_tz::Europe::Berlin);
        assert!(said[0].contains("taken from the city \"München\""), "{said:?}");
        // The same room with offsets Berlin never had is no evidence: the offset is shown as it is.
        let events = [event(zoned("2020-12-27T11:30:00+03:00"), "München")];
        let (zone, said) = infer_for(&Conference::default(), &events, None);
        assert_eq!(time::zone_label(zone), "UTC+03:00");
        assert!(said[0].contains("at the offset its events carry, UTC+03:00"), "{said:?}");
    }

    #[test]
    fn a_declared_zone_the_offsets_contradict_gives_way_to_them() {
        let events = [event(zoned("2020-12-14T09:00:00+01:00"), "Gray Room")];
        let (zone, said) = infer_for(&Conference::default(), &events, Some(Tz::UTC));
        assert_eq!(zone, chrono_tz::Etc::GMTMinus1);
        assert!(said[0].contains("names the time zone UTC but its events carry other offsets"), "{said:?}");
    }

    #[test]
    fn offsets_that_change_or_that_no_fixed_zone_has_give_a_zone_that_has_them() {
        let events = [event(zoned("2021-10-30T10:00:00+02:00"), "A"), event(zoned("2021-11-01T10:00:00+01:00"), "A")];
        let (zone, said) = infer_for(&Conference::default(), &events, None);
        assert!(Evidence::of(&Conference::default(), events.iter()).fits(zone), "{zone:?}");
        assert!(said[0].contains("a zone with the offsets its events carry (+01:00, +02:00)"), "{said:?}");
        let events = [event(zoned("2023-09-10T10:30:00+05:30"), "A")];
        let (zone, _) = infer_for(&Conference::default(), &events, None);
        assert!(Evidence::of(&Conference::default(), events.iter()).fits(zone), "{zone:?} is UTC+05:30 then");
    }

    #[test]
    fn utc_instants_say_nothing_of_the_zone_but_a_country_domain_does() {
        let mut conf = Conference { url: Some("https://kielux.de/programm/".into()), ..Conference::default() };
        let events = [event(zoned("2020-09-18T11:00:00Z"), "Ravensberg")];
        assert_eq!(infer_for(&conf, &events, None).0, chrono_tz::Europe::Berlin);
        conf.url = None;
        let (zone, said) = infer_for(&conf, &events, None);
        assert_eq!(zone, Tz::UTC);
        assert!(said[0].contains("times are shown in UTC, as the file writes them"), "{said:?}");
        let day = NaiveDate::from_ymd_opt(2020, 9, 18).unwrap().and_hms_opt(9, 0, 0).unwrap();
        let (zone, said) = infer_for(&conf, &[event(When::Local(day, None), "Ravensberg")], None);
        assert_eq!(zone, Tz::UTC);
        assert!(said[0].contains("local times are read as UTC"), "{said:?}");
    }
}
