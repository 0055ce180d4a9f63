//! Places that name a time zone: the cities conferences are held in, and the country domains of
//! countries with one zone. A schedule that names no zone often names its city (`<city>Brussels`),
//! a room (`hacc München`) or a web site (`fahrplan.events.ccc.de`); these are hints, checked
//! against the offsets the file carries before they are used.

use chrono_tz::Tz;

/// Cities by their names (lower case, local and English spellings) and their zones.
const CITIES: &[(&str, &str)] = &[
    ("amsterdam", "Europe/Amsterdam"),
    ("athens", "Europe/Athens"),
    ("auckland", "Pacific/Auckland"),
    ("bamberg", "Europe/Berlin"),
    ("bangalore", "Asia/Kolkata"),
    ("barcelona", "Europe/Madrid"),
    ("bengaluru", "Asia/Kolkata"),
    ("berlin", "Europe/Berlin"),
    ("bern", "Europe/Zurich"),
    ("bonn", "Europe/Berlin"),
    ("brisbane", "Australia/Brisbane"),
    ("brno", "Europe/Prague"),
    ("brussel", "Europe/Brussels"),
    ("brussels", "Europe/Brussels"),
    ("bruxelles", "Europe/Brussels"),
    ("bucharest", "Europe/Bucharest"),
    ("budapest", "Europe/Budapest"),
    ("busan", "Asia/Seoul"),
    ("chennai", "Asia/Kolkata"),
    ("cologne", "Europe/Berlin"),
    ("copenhagen", "Europe/Copenhagen"),
    ("darmstadt", "Europe/Berlin"),
    ("delhi", "Asia/Kolkata"),
    ("dortmund", "Europe/Berlin"),
    ("dresden", "Europe/Berlin"),
    ("dublin", "Europe/Dublin"),
    ("düsseldorf", "Europe/Berlin"),
    ("edinburgh", "Europe/London"),
    ("eindhoven", "Europe/Amsterdam"),
    ("frankfurt", "Europe/Berlin"),
    ("geneva", "Europe/Zurich"),
    ("genève", "Europe/Zurich"),
    ("graz", "Europe/Vienna"),
    ("gwangju", "Asia/Seoul"),
    ("hamburg", "Europe/Berlin"),
    ("hannover", "Europe/Berlin"),
    ("helsinki", "Europe/Helsinki"),
    ("karlsruhe", "Europe/Berlin"),
    ("kiel", "Europe/Berlin"),
    ("kochi", "Asia/Kolkata"),
    ("kolkata", "Asia/Kolkata"),
    ("krakow", "Europe/Warsaw"),
    ("kraków", "Europe/Warsaw"),
    ("köln", "Europe/Berlin"),
    ("københavn", "Europe/Copenhagen"),
    ("leipzig", "Europe/Berlin"),
    ("lisboa", "Europe/Lisbon"),
    ("lisbon", "Europe/Lisbon"),
    ("ljubljana", "Europe/Ljubljana"),
    ("london", "Europe/London"),
    ("lyon", "Europe/Paris"),
    ("madrid", "Europe/Madrid"),
    ("melbourne", "Australia/Melbourne"),
    ("milan", "Europe/Rome"),
    ("milano", "Europe/Rome"),
    ("mumbai", "Asia/Kolkata"),
    ("munich", "Europe/Berlin"),
    ("münchen", "Europe/Berlin"),
    ("nürnberg", "Europe/Berlin"),
    ("oslo", "Europe/Oslo"),
    ("paris", "Europe/Paris"),
    ("prague", "Europe/Prague"),
    ("praha", "Europe/Prague"),
    ("roma", "Europe/Rome"),
    ("rome", "Europe/Rome"),
    ("rotterdam", "Europe/Amsterdam"),
    ("seoul", "Asia/Seoul"),
    ("singapore", "Asia/Singapore"),
    ("sofia", "Europe/Sofia"),
    ("stockholm", "Europe/Stockholm"),
    ("stuttgart", "Europe/Berlin"),
    ("sydney", "Australia/Sydney"),
    ("taipei", "Asia/Taipei"),
    ("tokyo", "Asia/Tokyo"),
    ("utrecht", "Europe/Amsterdam"),
    ("vienna", "Europe/Vienna"),
    ("vilnius", "Europe/Vilnius"),
    ("warsaw", "Europe/Warsaw"),
    ("warszawa", "Europe/Warsaw"),
    ("wellington", "Pacific/Auckland"),
    ("wien", "Europe/Vienna"),
    ("zagreb", "Europe/Zagreb"),
    ("zurich", "Europe/Zurich"),
    ("zürich", "Europe/Zurich"),
    ("광주", "Asia/Seoul"),
    ("광주광역시", "Asia/Seoul"),
    ("부산", "Asia/Seoul"),
    ("서울", "Asia/Seoul"),
    ("서울특별시", "Asia/Seoul"),
];

/// Country domains of countries with one time zone, and that zone.
const DOMAINS: &[(&str, &str)] = &[
    ("at", "Europe/Vienna"),
    ("be", "Europe/Brussels"),
    ("bg", "Europe/Sofia"),
    ("ch", "Europe/Zurich"),
    ("cz", "Europe/Prague"),
    ("de", "Europe/Berlin"),
    ("dk", "Europe/Copenhagen"),
    ("fi", "Europe/Helsinki"),
    ("fr", "Europe/Paris"),
    ("gr", "Europe/Athens"),
    ("hr", "Europe/Zagreb"),
    ("hu", "Europe/Budapest"),
    ("ie", "Europe/Dublin"),
    ("in", "Asia/Kolkata"),
    ("it", "Europe/Rome"),
    ("jp", "Asia/Tokyo"),
    ("kr", "Asia/Seoul"),
    ("nl", "Europe/Amsterdam"),
    ("no", "Europe/Oslo"),
    ("pl", "Europe/Warsaw"),
    ("se", "Europe/Stockholm"),
    ("si", "Europe/Ljubljana"),
    ("sk", "Europe/Bratislava"),
    ("tw", "Asia/Taipei"),
    ("uk", "Europe/London"),
];

/// The zone of the first city named as a whole word in `text`, with the city as written there.
pub fn city_in(text: &str) -> Option<(&str, Tz)> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).find_map(|word| {
        let lower = word.to_lowercase();
        let i = CITIES.binary_search_by(|(name, _)| (*name).cmp(lower.as_str())).ok()?;
        Some((word, CITIES[i].1.parse().ok()?))
    })
}

/// The zone of the country whose domain the web address `url` is on, with the host.
pub fn domain_of(url: &str) -> Option<(&str, Tz)> {
    let rest = url.trim().split_once("://").map_or(url.trim(), |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let top = host.trim_end_matches('.').rsplit('.').next()?.to_ascii_lowercase();
    let i = DOMAINS.binary_search_by(|(d, _)| (*d).cmp(top.as_str())).ok()?;
    Some((host, DOMAINS[i].1.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_name_real_zones() {
        for table in [CITIES, DOMAINS] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "sorted, no duplicates");
            assert!(table.iter().all(|(_, z)| z.parse::<Tz>().is_ok()));
        }
    }

    #[test]
    fn cities_are_whole_words_and_domains_the_last_label() {
        assert_eq!(city_in("hacc München / about:future"), Some(("München", chrono_tz::Europe::Berlin)));
        assert_eq!(city_in("Bernstein room"), None);
        assert_eq!(city_in("2021 세계인권도시포럼 (광주)"), Some(("광주", chrono_tz::Asia::Seoul)));
        assert_eq!(
            domain_of("https://fahrplan.events.ccc.de/congress/2019/"),
            Some(("fahrplan.events.ccc.de", chrono_tz::Europe::Berlin))
        );
        assert_eq!(domain_of("https://fosdem.org/2020/"), None);
        assert_eq!(domain_of("kielux.de"), Some(("kielux.de", chrono_tz::Europe::Berlin)));
    }
}
