//! What a list's kind column shows: a session's kind, or its track (its first theme) in a
//! programme where the kind tells few rows apart — FOSDEM calls nine talks in ten "devroom" events,
//! and its tracks are what sets them apart.

use std::collections::HashMap;

use super::{Programme, Session};

impl Programme {
    /// Whether the kind column shows tracks: one kind is held by at least three sessions in four
    /// and most sessions have a theme.
    pub fn kind_column_shows_tracks(&self) -> bool {
        let n = self.sessions.len();
        let mut kinds: HashMap<Option<&str>, usize> = HashMap::new();
        for s in &self.sessions {
            *kinds.entry(s.kind.as_deref()).or_default() += 1;
        }
        let most = kinds.values().max().copied().unwrap_or(0);
        let with_theme = self.sessions.iter().filter(|s| !s.themes.is_empty()).count();
        n > 0 && most * 4 >= n * 3 && with_theme * 2 > n
    }

    /// The kind column's value for `s`: with `tracks` ([`Programme::kind_column_shows_tracks`])
    /// the name of its first theme, when it has one; else its kind.
    pub fn kind_or_track<'a>(&'a self, s: &'a Session, tracks: bool) -> Option<&'a str> {
        let track = || s.themes.first().and_then(|t| self.theme(t)).map(|t| t.name.as_str());
        tracks.then(track).flatten().or(s.kind.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use crate::sample;

    #[test]
    fn the_track_stands_in_for_a_kind_most_sessions_share() {
        let mut p = sample::programme();
        assert!(!p.kind_column_shows_tracks());
        assert_eq!(p.kind_or_track(&p.sessions[0], false), Some("plenary"));
        p.sessions.iter_mut().for_each(|s| s.kind = Some("devroom".into()));
        assert!(!p.kind_column_shows_tracks(), "too few sessions have a theme");
        let theme = p.sessions[1].themes.clone();
        p.sessions.iter_mut().for_each(|s| s.themes.clone_from(&theme));
        p.sessions[0].kind = Some("keynote".into());
        assert!(p.kind_column_shows_tracks(), "five devroom sessions in six");
        let name = p.theme(&theme[0]).unwrap().name.clone();
        assert_eq!(p.kind_or_track(&p.sessions[0], true), Some(name.as_str()));
        let no_theme = crate::model::Session { kind: Some("devroom".into()), ..Default::default() };
        assert_eq!(p.kind_or_track(&no_theme, true), Some("devroom"));
    }

    #[test]
    fn the_bundled_forums_keep_their_kinds() {
        for year in [2019, 2021, 2024] {
            assert!(!crate::load::bundled(year).unwrap().programme.kind_column_shows_tracks(), "{year}");
        }
    }
}
