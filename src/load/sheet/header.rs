//! Which column of a programme spreadsheet holds what: the fields a session is read from, the
//! header words that name them in English and Korean, and the header row (the first row naming
//! a title and at least one other field; a title row above it is common).

use super::values::Value;

/// A field a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Date,
    Start,
    End,
    /// A start and end in one cell (`13:00~15:00`), or a start.
    Time,
    Room,
    Speakers,
    Moderator,
    Organizer,
    Theme,
    Kind,
    Summary,
}

impl Field {
    /// Every field, in the order the mapping file lists them.
    pub const ALL: [Field; 12] = [
        Field::Title,
        Field::Date,
        Field::Time,
        Field::Start,
        Field::End,
        Field::Room,
        Field::Speakers,
        Field::Moderator,
        Field::Organizer,
        Field::Theme,
        Field::Kind,
        Field::Summary,
    ];

    /// The field's key in the mapping file.
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Date => "date",
            Field::Start => "start",
            Field::End => "end",
            Field::Time => "time",
            Field::Room => "room",
            Field::Speakers => "speakers",
            Field::Moderator => "moderator",
            Field::Organizer => "organizer",
            Field::Theme => "theme",
            Field::Kind => "kind",
            Field::Summary => "summary",
        }
    }

    /// The header words that name this field, folded ([`fold`]).
    pub fn words(self) -> &'static [&'static str] {
        match self {
            Field::Title => &[
                "title",
                "session",
                "sessiontitle",
                "sessionname",
                "name",
                "programme",
                "program",
                "세션명",
                "세션",
                "제목",
                "프로그램",
                "프로그램명",
                "행사명",
                "주제명",
            ],
            Field::Date => &["date", "day", "날짜", "일자", "행사일", "일"],
            Field::Start => &["start", "starttime", "begin", "from", "시작", "시작시간", "시작시각"],
            Field::End => &["end", "endtime", "finish", "until", "to", "종료", "종료시간", "종료시각", "끝"],
            Field::Time => &["time", "times", "hours", "schedule", "시간", "시각", "일정"],
            Field::Room => &["room", "venue", "location", "place", "hall", "장소", "회의실", "강의실", "행사장", "룸"],
            Field::Speakers => &[
                "speakers",
                "speaker",
                "presenters",
                "presenter",
                "people",
                "persons",
                "panelists",
                "participants",
                "발표자",
                "발표",
                "연사",
                "출연자",
                "참석자",
                "토론자",
                "패널",
            ],
            Field::Moderator => &["moderator", "moderators", "chair", "chairs", "좌장", "사회", "사회자"],
            Field::Organizer => &[
                "organizer",
                "organizers",
                "organiser",
                "organisers",
                "host",
                "hosts",
                "hostedby",
                "주최",
                "주관",
                "주최주관",
                "주최기관",
                "주관기관",
                "운영기관",
            ],
            Field::Theme => &["theme", "themes", "track", "tracks", "topic", "주제", "분야", "트랙"],
            Field::Kind => &["kind", "type", "category", "sessiontype", "구분", "유형", "분류", "종류", "세션구분"],
            Field::Summary => &["summary", "description", "abstract", "details", "내용", "개요", "설명", "세션내용"],
        }
    }
}

/// A header as compared: lower case, without white space, punctuation or a bracketed note
/// (`Start (KST)`, `주최/주관`, `Session title`).
pub fn fold(text: &str) -> String {
    let before_note = text.split(['(', '（', '[']).next().unwrap_or("");
    before_note.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The field a header names.
pub fn field_of(header: &str) -> Option<Field> {
    let folded = fold(header);
    if folded.is_empty() || folded.len() > 64 {
        return None;
    }
    Field::ALL.into_iter().find(|f| f.words().contains(&folded.as_str()))
}

/// The columns of the fields found in a row, first column first; a field named twice keeps its
/// first column.
pub fn columns_in(row: &[(u32, Value)]) -> Vec<(Field, u32)> {
    let mut found: Vec<(Field, u32)> = Vec::new();
    for (col, value) in row {
        if let Value::Text(text) = value
            && let Some(field) = field_of(text)
            && !found.iter().any(|(f, _)| *f == field)
        {
            found.push((field, *col));
        }
    }
    found
}

/// Whether a row's fields make it a header row: a title and something else a session has.
pub fn is_header(columns: &[(Field, u32)]) -> bool {
    columns.iter().any(|(f, _)| *f == Field::Title) && columns.len() >= 2
}

/// The spreadsheet name of a 0-based column: A, B, …, Z, AA, …
pub fn letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The 0-based column of a name such as `C` or `AB` (at most three letters, as spreadsheets have).
pub fn column_of(name: &str) -> Option<u32> {
    if name.is_empty() || name.len() > 3 || !name.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    name.bytes().try_fold(0u32, |n, b| Some(n * 26 + u32::from(b - b'A') + 1)).map(|n| n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_english_and_korean_name_their_fields() {
        assert_eq!(field_of("Session title"), Some(Field::Title));
        assert_eq!(field_of("세션명"), Some(Field::Title));
        assert_eq!(field_of("Start (KST)"), Some(Field::Start));
        assert_eq!(field_of("주최/주관"), Some(Field::Organizer));
        assert_eq!(field_of(" 장소 "), Some(Field::Room));
        assert_eq!(field_of("발표자"), Some(Field::Speakers));
        assert_eq!(field_of("좌장"), Some(Field::Moderator));
        assert_eq!(field_of("구분"), Some(Field::Kind));
        assert_eq!(field_of("Opening ceremony"), None);
    }

    #[test]
    fn column_letters_both_ways() {
        for (n, name) in [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (16_383, "XFD")] {
            assert_eq!(letters(n), name);
            assert_eq!(column_of(name), Some(n));
        }
        assert_eq!(column_of("Room"), None);
        assert_eq!(column_of("ABCD"), None);
    }
}
