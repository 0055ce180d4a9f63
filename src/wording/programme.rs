//! A programme's header in words: how complete its record is, and which filters are active.

use crate::archive::Completeness;
use crate::filter::Filter;

/// `18 of 32 sessions found` (or `4 sessions found, no total stated`).
pub fn found(c: &Completeness) -> String {
    match c.stated {
        Some(total) => super::FOUND_OF_TOTAL.say(&[("found", &c.found), ("total", &total)]),
        None => super::FOUND_NO_TOTAL.say(&[("sessions", &super::SESSIONS.of(c.found))]),
    }
}

/// `18 of 32 sessions found, 11 dated, 10 timed`.
pub fn completeness(c: &Completeness) -> String {
    super::COMPLETENESS.say(&[("found", &found(c)), ("dated", &c.dated), ("timed", &c.timed)])
}

/// The active filters, one `label: a | b` each, for a header line.
pub fn filters(f: &Filter) -> Vec<String> {
    let formats: Vec<String> = f.formats.iter().map(|x| x.to_string()).collect();
    let organizers: Vec<String> = f.organizers.iter().chain(&f.organizer_text).cloned().collect();
    let facets = [
        (super::FILTER_THEME, f.themes.iter().cloned().collect::<Vec<_>>()),
        (super::FILTER_ORGANIZER, organizers),
        (super::FILTER_KIND, f.kinds.iter().cloned().collect()),
        (super::FILTER_FORMAT, formats),
        (super::FILTER_ROOM, f.rooms.iter().cloned().collect()),
    ];
    facets
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(label, values)| label.say(&[("values", &values.join(" | "))]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn completeness_is_said_with_or_without_a_stated_total() {
        let p = load::bundled(2023).unwrap().programme;
        assert_eq!(completeness(&Completeness::of(&p)), "18 of 32 sessions found, 11 dated, 10 timed");
        let p = load::bundled(2013).unwrap().programme;
        assert_eq!(found(&Completeness::of(&p)), "4 sessions found, no total stated");
    }

    #[test]
    fn only_active_filters_are_named() {
        let mut f = Filter::default();
        assert!(filters(&f).is_empty());
        f.themes.insert("food".into());
        f.themes.insert("housing".into());
        f.rooms.insert("Hall".into());
        assert_eq!(filters(&f), ["theme: food | housing", "room: Hall"]);
    }
}
