use super::*;
use crate::model::{Format, SessionExtras};
use chrono::{NaiveDate, NaiveTime};

fn programme() -> Programme {
    let day = NaiveDate::from_ymd_opt(2021, 10, 8).unwrap();
    Programme::new("t".into(), "Test".into(), chrono_tz::Asia::Seoul, day, day)
}

fn session() -> Session {
    Session {
        title: "Refugees".into(),
        date: NaiveDate::from_ymd_opt(2021, 10, 8),
        start: NaiveTime::from_hms_opt(13, 0, 0),
        format: Some(Format::Online),
        languages: vec!["Korean".into()],
        organizers: vec!["APRRN".into(), "Gwangju International Cen".into()],
        extras: SessionExtras {
            format_as_stated: Some("ZOOM seminar".into()),
            interpretation: vec!["Korean".into(), "English".into()],
            cut_off: vec![CutOff::Organizer(1)],
            ..SessionExtras::default()
        }
        .into(),
        ..Session::default()
    }
}

fn labels(d: &Detail<'_>) -> Vec<&'static str> {
    d.fields.iter().map(|f| f.label.text()).collect()
}

#[test]
fn fields_come_in_order_with_languages_and_interpretation_only_when_published() {
    let (p, s) = (programme(), session());
    let d = compose(&p, &s, p.timezone, true);
    let expected = ["Day", "Time", "Kind", "Format", "Room", "Languages", "Interpret.", "Themes", "Organizers"];
    assert_eq!(labels(&d), expected);
    let mut bare = Session { languages: vec![], ..session() };
    bare.extras.make_mut().interpretation = vec![];
    assert!(!labels(&compose(&p, &bare, p.timezone, true)).contains(&"Languages"));
}

#[test]
fn values_say_as_stated_cut_off_and_open_ends() {
    let (p, s) = (programme(), session());
    let berlin: Tz = "Europe/Berlin".parse().unwrap();
    let d = compose(&p, &s, berlin, true);
    assert_eq!(d.fields[3].values[0].text, "online (\"ZOOM seminar\")");
    assert_eq!(d.fields[1].values[0].text, "13:00–? KST");
    assert_eq!(d.fields[1].remarks, [Remark::InZone("06:00–? CEST (Europe/Berlin)".into()), Remark::EndNotPublished]);
    let organizers = &d.fields[8];
    assert_eq!(organizers.values.iter().map(|v| v.cut).collect::<Vec<_>>(), [None, Some(CutOff::Organizer(1))]);
    assert!(d.cut_off);
    assert_eq!(cut_off_noun(CutOff::Organizer(1), "X"), "organizer 'X'");
}

#[test]
fn a_zone_whose_abbreviation_is_its_name_is_said_once() {
    let (p, s) = (programme(), session());
    let d = compose(&p, &s, chrono_tz::UTC, true);
    assert_eq!(d.fields[1].remarks[0], Remark::InZone("04:00–? UTC".into()));
}

#[test]
fn a_disputed_time_is_a_remark_not_a_value() {
    let p = programme();
    let mut s = Session { start: None, ..session() };
    s.extras.make_mut().time_conflict = Some("10:00 or 13:00".into());
    let time = &compose(&p, &s, p.timezone, false).fields[1];
    assert!(time.values.is_empty());
    assert_eq!(time.remarks, [Remark::SourcesDisagree("10:00 or 13:00")]);
}

#[test]
fn a_record_is_called_incomplete_only_where_completeness_is_tracked() {
    let (p, s) = (programme(), session());
    assert!(!s.complete);
    assert!(!compose(&p, &s, p.timezone, false).incomplete);
    assert!(compose(&p, &s, p.timezone, true).incomplete);
}

#[test]
fn an_imported_schedule_leaves_out_what_it_does_not_publish_but_the_day_and_time() {
    let (p, s) = (programme(), Session { start: None, date: None, ..session() });
    let tracked = compose(&p, &s, p.timezone, true);
    assert!(tracked.says_missing);
    assert!(labels(&tracked).contains(&"Kind"), "a researched record says its kind is not published");
    let imported = compose(&p, &s, p.timezone, false);
    assert!(!imported.says_missing);
    assert_eq!(labels(&imported), ["Day", "Time", "Format", "Languages", "Interpret.", "Organizers"]);
}

#[test]
fn a_grouped_room_shows_its_published_spelling() {
    let p = programme();
    let mut s = Session { room: None, ..session() };
    s.extras.make_mut().venue = Some("Kimdaejung Convention Center Rooms 209~210".into());
    s.extras.make_mut().place_as_stated = Some("김대중컨벤션센터 209+210 회의실".into());
    let detail = compose(&p, &s, p.timezone, false);
    let room = detail.fields.iter().find(|f| f.label.text() == "Room").expect("a room field");
    assert_eq!(room.values[0].text, "Kimdaejung Convention Center Rooms 209~210 (\"김대중컨벤션센터 209+210 회의실\")");
}

#[test]
fn a_cut_off_field_is_named_in_the_language_spoken() {
    use crate::model::PersonField;
    use crate::wording::language::{Clock, Language, speaking};
    let affiliation = CutOff::Person(0, PersonField::Affiliation);
    assert_eq!(cut_off_line(&cut_off_noun(affiliation, "Cen")), "(affiliation cut off in the stored copy)");
    assert_eq!(cut_off_fields(&[PersonField::Affiliation, PersonField::Country]), "affiliation and country");
    speaking(Language::Korean, Clock::TwentyFourHour, || {
        assert_eq!(cut_off_line(&cut_off_noun(affiliation, "Cen")), "(저장된 사본에서 소속 잘림)");
        assert_eq!(cut_off_noun(CutOff::Venue, "Hall"), "행사장");
        assert_eq!(cut_off_fields(&[PersonField::Affiliation, PersonField::Country]), "소속·국가");
    });
}
