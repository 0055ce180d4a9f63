//! Which values of a session the stored copy cut off.
//!
//! A value that a source breaks off mid-word ("Gwangju International Cen") keeps exactly what was
//! found; the session lists the field here (`cut_off = ["title", "organizers.2"]` in our TOML), so
//! every view can show the gap beside the value without the mark ever being part of the text.

use std::fmt;
use std::str::FromStr;

use super::{Person, Session};

/// A field of a person's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PersonField {
    Name,
    Role,
    Affiliation,
    Country,
    Topic,
}

impl PersonField {
    /// Every field, in file order.
    pub const ALL: [PersonField; 5] =
        [PersonField::Name, PersonField::Role, PersonField::Affiliation, PersonField::Country, PersonField::Topic];

    /// The field's key in our TOML format.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonField::Name => "name",
            PersonField::Role => "role",
            PersonField::Affiliation => "affiliation",
            PersonField::Country => "country",
            PersonField::Topic => "topic",
        }
    }
}

/// A value of a session that the stored copy cut off. Lists are addressed by position from 0,
/// in the order of the session's own lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CutOff {
    Title,
    Subtitle,
    /// `other_titles.N`
    OtherTitle(usize),
    Room,
    Venue,
    /// `organizers.N`
    Organizer(usize),
    /// `people.N.FIELD`
    Person(usize, PersonField),
}

/// The mark the views put after a value the stored copy cut off; never part of the value.
pub const CUT_OFF_MARK: &str = " […]";

impl CutOff {
    /// Whether `s` has the value this names (a list position within its list, a field present).
    pub fn fits(self, s: &Session) -> bool {
        match self {
            CutOff::Title => true,
            CutOff::Subtitle => s.subtitle.is_some(),
            CutOff::OtherTitle(i) => i < s.extras.other_titles.len(),
            CutOff::Room => s.room.is_some(),
            CutOff::Venue => s.extras.venue.is_some(),
            CutOff::Organizer(i) => i < s.organizers.len(),
            CutOff::Person(i, field) => s.people.get(i).is_some_and(|p| match field {
                PersonField::Name => true,
                PersonField::Role => p.role.is_some(),
                PersonField::Affiliation => p.affiliation.is_some(),
                PersonField::Country => p.country.is_some(),
                PersonField::Topic => p.topic.is_some(),
            }),
        }
    }
}

impl Session {
    /// Whether the stored copy cut off this value.
    pub fn is_cut_off(&self, value: CutOff) -> bool {
        self.extras.cut_off.contains(&value)
    }

    /// Whether the place shown ([`Session::place`]: the room, else the venue) was cut off.
    pub fn place_cut_off(&self) -> bool {
        self.is_cut_off(if self.room.is_some() { CutOff::Room } else { CutOff::Venue })
    }

    /// The fields of `person`, one of this session's people, that the stored copy cut off.
    pub fn person_cut_off(&self, person: &Person) -> Vec<PersonField> {
        let Some(i) = self.people.iter().position(|p| std::ptr::eq(p, person)) else { return Vec::new() };
        PersonField::ALL.into_iter().filter(|f| self.is_cut_off(CutOff::Person(i, *f))).collect()
    }
}

impl fmt::Display for CutOff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CutOff::Title => f.write_str("title"),
            CutOff::Subtitle => f.write_str("subtitle"),
            CutOff::OtherTitle(i) => write!(f, "other_titles.{i}"),
            CutOff::Room => f.write_str("room"),
            CutOff::Venue => f.write_str("venue"),
            CutOff::Organizer(i) => write!(f, "organizers.{i}"),
            CutOff::Person(i, field) => write!(f, "people.{i}.{}", field.as_str()),
        }
    }
}

impl FromStr for CutOff {
    type Err = String;

    fn from_str(text: &str) -> Result<CutOff, String> {
        // The forms a `cut_off` value may take.
        let forms = crate::wording::LOAD_CUT_OFF_FORMS.text();
        let unknown = || crate::wording::LOAD_UNKNOWN_CUT_OFF.say(&[("value", &text), ("forms", &forms)]);
        let position = |n: &str| n.parse::<usize>().ok().filter(|_| n.bytes().all(|b| b.is_ascii_digit()));
        let mut parts = text.split('.');
        let value = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("title"), None, ..) => CutOff::Title,
            (Some("subtitle"), None, ..) => CutOff::Subtitle,
            (Some("room"), None, ..) => CutOff::Room,
            (Some("venue"), None, ..) => CutOff::Venue,
            (Some("other_titles"), Some(n), None, _) => CutOff::OtherTitle(position(n).ok_or_else(unknown)?),
            (Some("organizers"), Some(n), None, _) => CutOff::Organizer(position(n).ok_or_else(unknown)?),
            (Some("people"), Some(n), Some(field), None) => {
                let field = PersonField::ALL.into_iter().find(|f| f.as_str() == field).ok_or_else(unknown)?;
                CutOff::Person(position(n).ok_or_else(unknown)?, field)
            }
            _ => return Err(unknown()),
        };
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_reads_back_as_written() {
        let all = [
            CutOff::Title,
            CutOff::Subtitle,
            CutOff::OtherTitle(1),
            CutOff::Room,
            CutOff::Venue,
            CutOff::Organizer(2),
            CutOff::Person(20, PersonField::Affiliation),
            CutOff::Person(0, PersonField::Name),
        ];
        for c in all {
            assert_eq!(c.to_string().parse::<CutOff>(), Ok(c), "{c}");
        }
    }

    #[test]
    fn anything_else_is_refused_with_the_forms() {
        for bad in ["", "titel", "title.0", "organizers", "organizers.x", "organizers.+1", "people.1", "people.1.age"] {
            let e = bad.parse::<CutOff>().unwrap_err();
            assert!(e.contains(&format!("`{bad}`")) && e.contains("organizers.N"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_value_fits_only_a_session_that_has_it() {
        let person =
            Person { name: "A".into(), role: None, affiliation: Some("Cen".into()), country: None, topic: None };
        let s = Session {
            organizers: vec!["Gwangju International Cen".into()],
            people: vec![person],
            ..Session::default()
        };
        assert!(CutOff::Title.fits(&s) && CutOff::Organizer(0).fits(&s));
        assert!(!CutOff::Organizer(1).fits(&s) && !CutOff::Subtitle.fits(&s));
        assert!(CutOff::Person(0, PersonField::Affiliation).fits(&s));
        assert!(!CutOff::Person(0, PersonField::Role).fits(&s) && !CutOff::Person(1, PersonField::Name).fits(&s));
        let mut s = s;
        s.extras.make_mut().cut_off = vec![CutOff::Person(0, PersonField::Affiliation), CutOff::Venue];
        assert_eq!(s.person_cut_off(&s.people[0]), [PersonField::Affiliation]);
        assert!(s.place_cut_off(), "the venue is the place when there is no room");
        let other = s.people[0].clone();
        assert!(s.person_cut_off(&other).is_empty(), "only this session's own people");
    }
}
