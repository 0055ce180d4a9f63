//! A small programme built in code, for tests that need "some programme" rather than the bundled
//! data: unit tests call [`programme`], end-to-end tests write [`toml`] to a file and pass it with
//! `--programme`. It is small enough to read whole, and holds what the app's screens need: three
//! days in Seoul time, three rooms (one of them online), two themes, people with roles and
//! affiliations, Korean and accented text, one session without a time, and one overlapping pair
//! that shares a person (a time overlap in an agenda and a person clash for organizers).
//!
//! | id | day | time | room | people |
//! |---|---|---|---|---|
//! | `opening` | Mon 2030-05-06 | 09:00–10:00 | Hall A | KIM Minji (moderator), Ana García |
//! | `housing` | Mon 2030-05-06 | 10:30–12:00 | Hall A | KIM Minji, LEE Jun |
//! | `climate` | Mon 2030-05-06 | 11:00–12:30 | Room 201 | KIM Minji, Ana García |
//! | `youth` | Tue 2030-05-07 | 14:00–15:30 | Online | PARK Seoyeon |
//! | `film` | Tue 2030-05-07 | no time | Room 201 | |
//! | `closing` | Wed 2030-05-08 | 16:00–17:00 | Hall A | LEE Jun |
//!
//! `housing` and `climate` overlap from 11:00 to 12:00.

use chrono::{NaiveDate, NaiveTime};

use crate::model::{Format, Person, Programme, Session, SessionId, Theme};

/// The first day of the programme: a moment of it is a good `--now`.
pub const FIRST_DAY: (i32, u32, u32) = (2030, 5, 6);
/// A moment of the first day, as `--now` takes it: between the opening and the overlapping pair.
pub const NOW: &str = "2030-05-06T10:15:00+09:00";
/// The title of the first session, shown as soon as the app opens on [`NOW`].
pub const OPENING_TITLE: &str = "Opening Plenary";
/// The ids of the two sessions that overlap, in programme order.
pub const OVERLAPPING: [&str; 2] = ["housing", "climate"];

/// A person with `role`, an affiliation and a country.
fn person(name: &str, role: &str, affiliation: &str, country: &str) -> Person {
    Person {
        name: name.into(),
        role: Some(role.into()),
        affiliation: Some(affiliation.into()),
        country: Some(country.into()),
        topic: None,
    }
}

/// A session on day `day` (1 = [`FIRST_DAY`]) from `start` to `end` (hours, minutes), or without a
/// time when they are `None`, in `room`, with `people`. Tests that need other sessions build them
/// with this and put them in a [`programme`].
pub fn session(
    id: &str,
    title: &str,
    day: u32,
    time: Option<((u32, u32), (u32, u32))>,
    room: &str,
    people: Vec<Person>,
) -> Session {
    let (year, month, first) = FIRST_DAY;
    Session {
        id: SessionId(id.into()),
        title: title.into(),
        date: NaiveDate::from_ymd_opt(year, month, first + day - 1),
        start: time.and_then(|((h, m), _)| NaiveTime::from_hms_opt(h, m, 0)),
        end: time.and_then(|(_, (h, m))| NaiveTime::from_hms_opt(h, m, 0)),
        room: Some(room.into()),
        format: Some(if room == "Online" { Format::Online } else { Format::OnSite }),
        people,
        ..Session::default()
    }
}

/// The sessions of the table above.
fn sessions() -> Vec<Session> {
    let kim = |role: &str| person("KIM Minji", role, "Seoul Metropolitan Government", "Korea");
    let ana = || person("Ana García", "speaker", "Ayuntamiento de Barcelona", "Spain");
    let lee = || person("LEE Jun", "speaker", "광주인권사무소", "Korea");
    let mut opening =
        session("opening", OPENING_TITLE, 1, Some(((9, 0), (10, 0))), "Hall A", vec![kim("moderator"), ana()]);
    opening.extras.make_mut().other_titles = vec!["개막 총회".into()];
    opening.kind = Some("plenary".into());
    opening.summary = Some("Welcome words and the forum's questions: who is the city for?".into());
    let mut housing = session(
        "housing",
        "Housing as a Human Right",
        1,
        Some(((10, 30), (12, 0))),
        "Hall A",
        vec![kim("speaker"), lee()],
    );
    housing.themes = vec!["cities".into()];
    housing.organizers = vec!["Gwangju Human Rights Office".into()];
    let mut climate = session(
        "climate",
        "Climate Justice in Cities",
        1,
        Some(((11, 0), (12, 30))),
        "Room 201",
        vec![kim("panelist"), ana()],
    );
    climate.extras.make_mut().other_titles = vec!["도시의 기후 정의".into()];
    climate.themes = vec!["climate".into(), "cities".into()];
    climate.organizers = vec!["Sample City".into()];
    let youth = session(
        "youth",
        "Youth Forum: 청년 인권",
        2,
        Some(((14, 0), (15, 30))),
        "Online",
        vec![person("PARK Seoyeon", "speaker", "Youth Network", "Korea")],
    );
    let mut film = session("film", "Film Screening: Café des droits", 2, None, "Room 201", Vec::new());
    film.kind = Some("special".into());
    let mut closing = session("closing", "Closing Ceremony", 3, Some(((16, 0), (17, 0))), "Hall A", vec![lee()]);
    closing.kind = Some("plenary".into());
    vec![opening, housing, climate, youth, film, closing]
}

/// The small programme: the sessions of the table above, two themes and its organizers.
pub fn programme() -> Programme {
    let (year, month, first) = FIRST_DAY;
    let day = |n: u32| NaiveDate::from_ymd_opt(year, month, first + n - 1).unwrap_or_default();
    let mut p = Programme::new(
        "sample-forum".into(),
        "Sample Forum on Human Rights Cities · 표본 포럼".into(),
        chrono_tz::Asia::Seoul,
        day(1),
        day(3),
    );
    p.short_title = Some("SAMPLE 2030".into());
    p.venue = Some("Sample City Hall".into());
    p.organizers = vec!["Sample City".into(), "Gwangju Human Rights Office".into()];
    p.themes = vec![
        Theme { id: "cities".into(), name: "Human Rights Cities · 인권도시".into(), description: None },
        Theme { id: "climate".into(), name: "Climate Justice".into(), description: Some("Cities and heat".into()) },
    ];
    p.sessions = sessions();
    p
}

/// The small programme as a TOML programme file, for `--programme`.
pub fn toml() -> String {
    crate::load::to_toml(&programme()).unwrap_or_else(|e| unreachable!("the sample programme writes: {e}"))
}

/// The small programme as published later, for the tests of what changed: the housing session
/// moved to 13:00–14:30 in Room 201, the film cancelled, PARK Seoyeon added to the closing, and
/// `added` new.
#[cfg(test)]
pub fn later(added: Session) -> Programme {
    let mut p = programme();
    if let Some(housing) = p.sessions.iter_mut().find(|s| s.id.as_str() == "housing") {
        housing.start = NaiveTime::from_hms_opt(13, 0, 0);
        housing.end = NaiveTime::from_hms_opt(14, 30, 0);
        housing.room = Some("Room 201".into());
    }
    p.sessions.retain(|s| s.id.as_str() != "film");
    if let Some(closing) = p.sessions.iter_mut().find(|s| s.id.as_str() == "closing") {
        let park = Person { affiliation: None, country: None, ..person("PARK Seoyeon", "speaker", "", "") };
        closing.people.push(park);
    }
    p.sessions.push(added);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_as_the_programme_built_in_code() {
        let loaded = crate::load::from_toml(&toml(), "sample.toml").expect("valid");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(loaded.programme.sessions, programme().sessions);
        assert_eq!(loaded.programme.themes, programme().themes);
    }

    #[test]
    fn the_pair_overlaps_and_shares_a_person() {
        let p = programme();
        let clashes = crate::clash::find(&p, &crate::clash::Checks::default());
        let pair: Vec<usize> =
            OVERLAPPING.iter().filter_map(|id| p.sessions.iter().position(|s| s.id.0 == *id)).collect();
        assert!(clashes.iter().any(|c| c.sessions == pair), "{clashes:?}");
    }
}
