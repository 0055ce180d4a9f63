//! Problems found in a programme file, each located as `path:line:col` and tied to a session.

use std::fmt;
use std::ops::Range;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file loads, but something looks wrong.
    Warning,
    /// The file is invalid.
    Error,
}

/// A place in a file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", crate::sanitize::visible(&self.path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

/// One problem: where, which session, what was found and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub location: Location,
    pub session: Option<String>,
    pub message: String,
}

impl Problem {
    /// An error at a location.
    pub fn error(location: Location, session: Option<&str>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, location, session: session.map(str::to_owned), message: message.into() }
    }

    /// A warning at a location.
    pub fn warning(location: Location, session: Option<&str>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, ..Problem::error(location, session, message) }
    }

    /// Whether this problem makes the file invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => crate::wording::PROBLEM_ERROR,
            Severity::Warning => crate::wording::PROBLEM_WARNING,
        };
        // One line, whatever the file put in the text it quotes: controls are shown, not obeyed.
        write!(f, "{}: {}: ", self.location, level.text())?;
        if let Some(id) = &self.session {
            let id = crate::sanitize::visible(id);
            write!(f, "{}: ", crate::wording::PROBLEM_SESSION.say(&[("id", &id)]))?;
        }
        f.write_str(&crate::sanitize::visible(&self.message))
    }
}

/// How many problems of one file are listed; a file can hold millions, and a list that long helps
/// nobody and costs memory and output far beyond the file's worth.
pub const MAX_PROBLEMS: usize = 1000;

/// Problems in file order: those about the whole file first, then line by line (readers and
/// checks report as they go, not in line order).
pub fn in_file_order(mut problems: Vec<Problem>) -> Vec<Problem> {
    problems.sort_by_key(|p| (p.location.line, p.location.column));
    problems
}

/// `problems` with at most [`MAX_PROBLEMS`] listed, then one that says how many more there were
/// (an error when any of those left out is one).
pub fn capped(mut problems: Vec<Problem>) -> Vec<Problem> {
    if problems.len() <= MAX_PROBLEMS {
        return problems;
    }
    let rest = problems.split_off(MAX_PROBLEMS);
    let location = Location { path: rest[0].location.path.clone(), ..Location::default() };
    let more = crate::wording::MORE_PROBLEMS.of(rest.len());
    let message = crate::wording::PROBLEMS_NOT_LISTED.say(&[("more", &more), ("listed", &MAX_PROBLEMS)]);
    let severity = rest.iter().map(|p| p.severity).max().unwrap_or(Severity::Warning);
    problems.push(Problem { severity, location, session: None, message });
    problems
}

/// Turns byte offsets of a text into 1-based line and column (columns count characters).
/// Borrows the text; cheap to clone; `shifted` gives a view for a part of the text that starts
/// at an offset.
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    path: std::sync::Arc<str>,
    /// Where each line starts: found on the first `locate` (a file without problems never needs it).
    line_starts: std::sync::Arc<std::sync::OnceLock<Box<[u32]>>>,
    text: &'t str,
    base: usize,
    /// The last place located: its byte offset (high half) and column (low half). Events are
    /// located in file order, so counting on from there keeps a long line (a minified file)
    /// linear instead of counting its characters again for every event.
    last: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<'t> LineIndex<'t> {
    /// Index `text`, read from `path`.
    pub fn new(path: &str, text: &'t str) -> Self {
        LineIndex { path: path.into(), line_starts: Default::default(), text, base: 0, last: Default::default() }
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            // Room for lines of 40 bytes on average, so that the list is seldom copied as it grows.
            let mut starts = Vec::with_capacity(self.text.len() / 40 + 1);
            starts.push(0);
            let newlines = memchr::memchr_iter(b'\n', self.text.as_bytes());
            starts.extend(newlines.map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)));
            starts.into_boxed_slice()
        })
    }

    /// A view whose offsets count from `offset` in the whole text.
    pub fn shifted(&self, offset: usize) -> LineIndex<'t> {
        LineIndex { base: self.base + offset, ..self.clone() }
    }

    /// Where this view starts in the whole text.
    pub fn locate_offset(&self) -> usize {
        self.base
    }

    /// The file's path, as given.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The location of a byte offset.
    pub fn locate(&self, offset: usize) -> Location {
        let offset = (offset + self.base).min(self.text.len());
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&s| s as usize <= offset);
        let start = line_starts[line - 1] as usize;
        let last = self.last.load(std::sync::atomic::Ordering::Relaxed);
        let (last_offset, last_column) = ((last >> 32) as usize, (last & u64::from(u32::MAX)) as usize);
        // Count on from the last place when it is on this line and not past `offset`.
        let (from, counted) = if last_offset >= start && last_offset <= offset && last_column > 0 {
            (last_offset, last_column - 1)
        } else {
            (start, 0)
        };
        let column = counted + self.text.get(from..offset).map_or(offset - from, |s| s.chars().count()) + 1;
        if let (Ok(at), Ok(col)) = (u32::try_from(offset), u32::try_from(column)) {
            self.last.store((u64::from(at) << 32) | u64::from(col), std::sync::atomic::Ordering::Relaxed);
        }
        Location { path: self.path.to_string(), line: Some(line), column: Some(column) }
    }

    /// The location of the start of a span, or of the file when there is none.
    pub fn locate_span(&self, span: Option<Range<usize>>) -> Location {
        self.locate_at(span.map(|s| s.start))
    }

    /// The position of a byte offset, or the file itself when there is none.
    pub fn locate_at(&self, offset: Option<usize>) -> Location {
        match offset {
            Some(offset) => self.locate(offset),
            None => self.file(),
        }
    }

    /// The file itself, without line or column.
    pub fn file(&self) -> Location {
        Location { path: self.path.to_string(), ..Location::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_character_columns() {
        let index = LineIndex::new("f.toml", "a = 1\n제목 = \"x\"\n");
        assert_eq!(index.locate(0).to_string(), "f.toml:1:1");
        assert_eq!(index.locate(6).to_string(), "f.toml:2:1");
        // "제목 " is 7 bytes but 3 characters.
        assert_eq!(index.locate(6 + 7).to_string(), "f.toml:2:4");
    }

    #[test]
    fn problem_display_names_session() {
        let index = LineIndex::new("p.toml", "x");
        let p = Problem::error(index.locate(0), Some("s1"), "empty title");
        assert_eq!(p.to_string(), "p.toml:1:1: error: session `s1`: empty title");
    }

    #[test]
    fn a_long_list_of_problems_is_cut_with_a_count() {
        let at = |n| Location { path: "f".into(), line: Some(n), column: None };
        let problems: Vec<Problem> = (1..=MAX_PROBLEMS + 5).map(|n| Problem::warning(at(n), None, "w")).collect();
        let capped = capped(problems);
        assert_eq!(capped.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            capped[MAX_PROBLEMS].to_string(),
            "f: warning: … and 5 more problems, not listed (the first 1000 are)"
        );
    }
}
