//! What few sessions have, kept behind one pointer that is allocated only when one of them is
//! set: a session without any costs 8 bytes for them instead of 192 (18 MB over 100k sessions).

use std::fmt;
use std::ops::Deref;

use super::CutOff;

/// The facts most sessions lack: other titles, a time the sources disagree on, kind and format
/// as stated, interpretation, the venue, a room's published spelling, values cut off, notes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionExtras {
    /// Titles in other languages or from other sources.
    pub other_titles: Vec<String>,
    /// When the sources disagree on the time (and so none is published here): what each says.
    pub time_conflict: Option<String>,
    pub kind_as_stated: Option<String>,
    pub format_as_stated: Option<String>,
    pub interpretation: Vec<String>,
    pub venue: Option<String>,
    /// The room or venue as this session's source spells it, when `room` / `venue` holds the
    /// spelling the other sessions in that same room use (grouped in the Rooms filter).
    pub place_as_stated: Option<String>,
    /// Values the stored copy cut off: each keeps what was found, and views show the gap.
    pub cut_off: Vec<CutOff>,
    pub notes: Option<String>,
}

/// What a session without extras reads.
static NONE: SessionExtras = SessionExtras {
    other_titles: Vec::new(),
    time_conflict: None,
    kind_as_stated: None,
    format_as_stated: None,
    interpretation: Vec::new(),
    venue: None,
    place_as_stated: None,
    cut_off: Vec::new(),
    notes: None,
};

/// A session's [`SessionExtras`]: read them through `Deref` (`s.extras.notes`), all empty when
/// none is set. Writing is explicit, so that no pass over every session allocates them by mistake.
#[derive(Clone, Default)]
pub struct Extras(Option<Box<SessionExtras>>);

impl Extras {
    /// The extras to change in place, when the session has any.
    pub fn get_mut(&mut self) -> Option<&mut SessionExtras> {
        self.0.as_deref_mut()
    }

    /// The extras to set, allocated when the session had none.
    pub fn make_mut(&mut self) -> &mut SessionExtras {
        self.0.get_or_insert_with(Box::default)
    }
}

impl Deref for Extras {
    type Target = SessionExtras;

    fn deref(&self) -> &SessionExtras {
        self.0.as_deref().unwrap_or(&NONE)
    }
}

impl From<SessionExtras> for Extras {
    /// Boxed only when something is set.
    fn from(extras: SessionExtras) -> Self {
        Extras((extras != NONE).then(|| Box::new(extras)))
    }
}

impl PartialEq for Extras {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl fmt::Debug for Extras {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sessions_with_extras_allocate_them() {
        let none = Extras::from(SessionExtras::default());
        assert!(none.0.is_none() && none.notes.is_none() && none.other_titles.is_empty());
        let notes = Extras::from(SessionExtras { notes: Some("n".into()), ..SessionExtras::default() });
        assert_eq!(notes.notes.as_deref(), Some("n"));
        assert_ne!(none, notes);
        let mut set = Extras::default();
        assert!(set.get_mut().is_none(), "changing in place allocates nothing");
        set.make_mut().notes = Some("n".into());
        assert_eq!(set, notes);
        assert_eq!(Extras(Some(Box::default())), none, "equal by what they hold");
    }

    #[test]
    fn a_session_keeps_its_rare_fields_behind_one_pointer() {
        assert_eq!(std::mem::size_of::<Extras>(), 8);
        // 496 bytes with these fields inline.
        assert!(
            std::mem::size_of::<super::super::Session>() <= 320,
            "{}",
            std::mem::size_of::<super::super::Session>()
        );
    }
}
