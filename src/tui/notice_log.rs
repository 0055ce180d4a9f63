//! The notice log: every problem found reading the opened programme (located
//! `diagnostic::Problem`s, in file order) and the app's own notices about the world around it
//! (the agenda file, the settings, the key bindings), each with a level, and a confirmation the
//! footer had to cut, as information. The header counts the errors and warnings; the notices
//! screen lists every entry, newest app notice first, then the file's problems.

use crate::diagnostic::{Problem, Severity};
use crate::wording;

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    /// Every level, most serious first (the order of the header's count).
    pub const ALL: [Level; 3] = [Level::Error, Level::Warning, Level::Info];

    /// The level's name, as the notices screen shows it.
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => wording::LEVEL_ERROR.text(),
            Level::Warning => wording::LEVEL_WARNING.text(),
            Level::Info => wording::LEVEL_INFO.text(),
        }
    }

    fn count(self) -> wording::Count {
        match self {
            Level::Error => wording::ERRORS,
            Level::Warning => wording::WARNINGS,
            Level::Info => wording::NOTICES,
        }
    }
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Level {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        }
    }
}

/// How many of the app's own notices are kept: the oldest go first (a file's problems are
/// already capped by `diagnostic::capped`).
const KEPT_APP_NOTICES: usize = 200;

/// What a notice of the app is about, which says how long it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The settings or the key bindings: holds whatever programme is shown.
    Setup,
    /// The programme shown (its agenda, its changes, what was done to it): dropped when another
    /// programme is opened.
    Programme,
    /// A refresh that failed: dropped once one succeeds, and with the programme.
    FailedRefresh,
}

/// A notice of the app itself (not located in the programme file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppNotice {
    pub level: Level,
    pub text: String,
    pub topic: Topic,
}

/// One row of the notices screen.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'a> {
    App(&'a AppNotice),
    File(&'a Problem),
}

impl Entry<'_> {
    pub fn level(self) -> Level {
        match self {
            Entry::App(n) => n.level,
            Entry::File(p) => p.severity.into(),
        }
    }

    /// Where the notice was found (`path:line:col`), neutralised; none for the app's own.
    pub fn location(self) -> Option<String> {
        match self {
            Entry::App(_) => None,
            Entry::File(p) => Some(p.location.to_string()),
        }
    }

    /// What was found, on one line whatever the file put in it.
    pub fn text(self) -> String {
        match self {
            Entry::App(n) => crate::sanitize::line(&n.text),
            Entry::File(p) => {
                let message = crate::sanitize::visible(&p.message);
                match &p.session {
                    Some(id) => wording::NOTICE_IN_SESSION
                        .say(&[("session", &crate::sanitize::visible(id)), ("message", &message)]),
                    None => message.into_owned(),
                }
            }
        }
    }
}

/// The app's notices and the file's problems.
#[derive(Debug, Clone, Default)]
pub struct NoticeLog {
    app: Vec<AppNotice>,
    file: Vec<Problem>,
}

impl NoticeLog {
    /// A log of the problems found reading the programme file, in file order.
    pub fn of_file(mut problems: Vec<Problem>) -> NoticeLog {
        // In file order: readers and checks report as they go, not line by line. Problems about
        // the whole file (no line) come first; the line counting those not listed stays last.
        let capped = problems.last().is_some_and(|p| p.location.line.is_none() && p.message.starts_with('…'));
        let listed = problems.len() - usize::from(capped);
        problems[..listed].sort_by_key(|p| (p.location.line, p.location.column));
        NoticeLog { app: Vec::new(), file: problems }
    }

    /// The problems of another version of the programme file in place of these; the app's
    /// notices stay.
    pub fn replace_file(&mut self, problems: Vec<Problem>) {
        self.file = NoticeLog::of_file(problems).file;
    }

    /// Add a notice of the app about `topic`.
    pub fn push(&mut self, level: Level, text: String, topic: Topic) {
        if self.app.len() == KEPT_APP_NOTICES {
            self.app.remove(0);
        }
        self.app.push(AppNotice { level, text, topic });
    }

    /// Drop the app's notices about the programme shown, for another one: those about the
    /// settings and the keys stay.
    pub fn forget_programme(&mut self) {
        self.app.retain(|n| n.topic == Topic::Setup);
    }

    /// Drop the notices of refreshes that failed, once one succeeds.
    pub fn forget_failed_refreshes(&mut self) {
        self.app.retain(|n| n.topic != Topic::FailedRefresh);
    }

    /// The text of the app's newest notice.
    pub fn newest_app_notice(&self) -> Option<&str> {
        self.app.last().map(|n| n.text.as_str())
    }

    pub fn len(&self) -> usize {
        self.app.len() + self.file.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every notice, newest app notice first, then the file's problems in file order.
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_>> {
        self.app.iter().rev().map(Entry::App).chain(self.file.iter().map(Entry::File))
    }

    /// The count of the problems (errors and warnings) by level, most serious first ("1 error ·
    /// 2 warnings"), as the header asks to read them; empty when there is none. Information (a
    /// confirmation too long for the footer) is listed but not counted here.
    pub fn problems_summary(&self) -> String {
        self.count(|level| level != Level::Info)
    }

    /// The count by level, most serious first ("1 error · 2 warnings · 1 notice"); empty when
    /// there is none.
    pub fn summary(&self) -> String {
        self.count(|_| true)
    }

    fn count(&self, counted: impl Fn(Level) -> bool) -> String {
        let mut by_level = [0usize; Level::ALL.len()];
        for entry in self.entries().filter(|e| counted(e.level())) {
            by_level[Level::ALL.iter().position(|l| *l == entry.level()).unwrap_or(0)] += 1;
        }
        let counts: Vec<String> =
            Level::ALL.iter().zip(by_level).filter(|(_, n)| *n > 0).map(|(level, n)| level.count().of(n)).collect();
        counts.join(" · ")
    }
}
