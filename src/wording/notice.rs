//! Notices in words: what was wrong with the agenda file, said for the app's status line and the
//! command line's standard error alike.

use crate::store::Notice;

/// The notice as one sentence.
pub fn store(n: &Notice) -> String {
    match n {
        Notice::Unreadable { path, reason } => {
            super::AGENDA_UNREADABLE.say(&[("path", &path.display()), ("reason", reason)])
        }
        Notice::SetAside { aside, problem } => {
            super::AGENDA_SET_ASIDE.say(&[("aside", &aside.display()), ("problem", problem)])
        }
        Notice::NotSetAside { path, problem, reason } => {
            let args: [super::Arg<'_>; 3] = [("path", &path.display()), ("problem", problem), ("reason", reason)];
            super::AGENDA_NOT_SET_ASIDE.say(&args)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn each_notice_names_the_file_and_the_problem() {
        let aside = Notice::SetAside { aside: PathBuf::from("/d/agenda.toml.corrupt-1"), problem: "line 2: x".into() };
        assert_eq!(
            store(&aside),
            "the agenda file was corrupt: kept as /d/agenda.toml.corrupt-1, a new agenda was started (line 2: x)"
        );
        let path = PathBuf::from("/d/agenda.toml");
        let unreadable = Notice::Unreadable { path: path.clone(), reason: "denied".into() };
        assert_eq!(store(&unreadable), "cannot read /d/agenda.toml: denied");
        let stuck = Notice::NotSetAside { path, problem: "bad".into(), reason: "read-only".into() };
        assert_eq!(
            store(&stuck),
            "the agenda file /d/agenda.toml is corrupt (bad) and could not be moved aside: read-only"
        );
    }
}
