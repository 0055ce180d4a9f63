//! Hostile programme files for tests: a payload of every control class a terminal acts on, put in
//! every field of a programme in each format, and the check that bytes are safe for a terminal.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Every control class: OSC 52 (clipboard), OSC 0 (title), CSI, OSC 8 (hyperlink), DCS, C1 CSI
/// and OSC, bidi override and isolate, zero-width joiner, line and paragraph separators, DEL,
/// BEL, backspace, a lone CR, and an OSC that is never terminated.
pub const EVIL: &str = "\u{1b}]52;c;SGFja2VkIQ==\u{7}\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{1b}[31mred\u{1b}]8;;http://evil\u{1b}\\\
link\u{1b}]8;;\u{1b}\\\u{1b}P+q\u{1b}\\\u{9b}2J\u{9d}0;t\u{9c}\u{202e}rev\u{2066}iso\u{200d}zw\u{2028}ls\u{2029}ps\u{7f}\u{7}\u{8}\rcr\
\u{1b}]52;c;dW50ZXJtaW5hdGVk";

/// The formats a programme file can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    FrabXml,
    ScheduleJson,
    ICalendar,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Toml, Format::FrabXml, Format::ScheduleJson, Format::ICalendar];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Toml => "toml",
            Format::FrabXml => "xml",
            Format::ScheduleJson => "json",
            Format::ICalendar => "ics",
        }
    }
}

/// `s` with every character outside printable ASCII written as `\uXXXX` (TOML, JSON).
fn escaped(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '"' | '\\' => format!("\\{c}"),
            // Beyond the BMP, `\\u` would need surrogates in JSON: those characters are written as they are.
            ' '..='~' | '\u{10000}'.. => c.to_string(),
            c => format!("\\u{:04X}", u32::from(c)),
        })
        .collect()
}

/// `s` for XML text and attributes: markup characters and controls as character references.
fn xml(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '<' => "&lt;".into(),
            '>' => "&gt;".into(),
            '&' => "&amp;".into(),
            '"' => "&quot;".into(),
            ' '..='~' => c.to_string(),
            c => format!("&#x{:X};", u32::from(c)),
        })
        .collect()
}

/// `s` as an iCalendar TEXT value: no escapes exist for controls, so they are written raw.
fn ics(s: &str) -> String {
    s.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;").replace('\n', "\\n")
}

/// A programme with `p` in its title, zone name, theme, ids, rooms, people, organizers, summary and
/// links: two overlapping sessions in one room with one person, so clash messages carry it too.
/// Returns the file and the id of a session whose id is clean (for `show`).
pub fn write_programme(dir: &Path, format: Format, p: &str) -> (PathBuf, String) {
    let path = dir.join(format!("hostile.{}", format.extension()));
    let text = match format {
        Format::Toml => {
            let e = escaped(p);
            format!(
                "id = \"hostile\"\ntitle = \"Evil {e}\"\ntimezone = \"Asia/Seoul\"\nfirst_day = \"2024-05-01\"\nlast_day = \"2024-05-02\"\n\
                 [[themes]]\nid = \"t\"\nname = \"Theme {e}\"\n\
                 [[sessions]]\nid = \"s1\"\ntitle = \"Talk {e} end\"\ndate = \"2024-05-01\"\nstart = \"10:00\"\nend = \"11:00\"\n\
                 room = \"Room {e}\"\nthemes = [\"t\"]\norganizers = [\"Org {e}\"]\nsummary = \"Summary {e}\"\n\
                 sources = [\"https://example.org/{e}\"]\n[[sessions.people]]\nname = \"Person {e}\"\nrole = \"speaker {e}\"\n\
                 [[sessions]]\nid = \"s2{e}\"\ntitle = \"Other {e}\"\ndate = \"2024-05-01\"\nstart = \"10:30\"\nend = \"11:30\"\n\
                 room = \"Room {e}\"\norganizers = [\"Org {e}\"]\n[[sessions.people]]\nname = \"Person {e}\"\n"
            )
        }
        Format::FrabXml => {
            let e = xml(p);
            let event = |id: &str, guid: &str, start: &str, title: &str| {
                format!(
                    "<event id=\"{id}\" guid=\"{guid}\"><date>2024-05-01T{start}:00+02:00</date><start>{start}</start>\
                     <duration>01:00</duration><room>Room {e}</room><title>{title}</title><subtitle>Sub {e}</subtitle>\
                     <track>Track {e}</track><type>talk {e}</type><abstract>Abstract {e}</abstract>\
                     <persons><person id=\"1\">Person {e}</person></persons>\
                     <links><link href=\"https://example.org/{e}\">l</link></links></event>"
                )
            };
            format!(
                "<?xml version=\"1.0\"?>\n<schedule><conference><acronym>evil</acronym><title>Evil {e}</title>\
                 <start>2024-05-01</start><end>2024-05-01</end><time_zone_name>Europe/Berlin</time_zone_name></conference>\n\
                 <day index=\"1\" date=\"2024-05-01\"><room name=\"Room {e}\">\n{}\n{}\n</room></day></schedule>\n",
                event("1", "s1", "10:00", &format!("Talk {e} end")),
                event("2", &format!("s2{e}"), "10:30", &format!("Other {e}")),
            )
        }
        Format::ScheduleJson => {
            let e = escaped(p);
            let event = |id: u32, guid: &str, start: &str, title: &str| {
                format!(
                    "{{\"id\": {id}, \"guid\": \"{guid}\", \"date\": \"2024-05-01T{start}:00+02:00\", \"start\": \"{start}\", \
                     \"duration\": \"01:00\", \"room\": \"Room {e}\", \"title\": \"{title}\", \"subtitle\": \"Sub {e}\", \
                     \"track\": \"Track {e}\", \"type\": \"talk {e}\", \"abstract\": \"Abstract {e}\", \"description\": \"\", \
                     \"persons\": [{{\"public_name\": \"Person {e}\"}}], \"links\": [{{\"url\": \"https://example.org/{e}\", \"title\": \"l\"}}]}}"
                )
            };
            format!(
                "{{\"schedule\": {{\"version\": \"v\", \"conference\": {{\"acronym\": \"evil\", \"title\": \"Evil {e}\", \
                 \"start\": \"2024-05-01\", \"end\": \"2024-05-01\", \"time_zone_name\": \"Europe/Berlin\", \"days\": [\
                 {{\"index\": 1, \"date\": \"2024-05-01\", \"rooms\": {{\"Room {e}\": [{}, {}]}}}}]}}}}}}\n",
                event(1, "s1", "10:00", &format!("Talk {e} end")),
                event(2, &format!("s2{e}"), "10:30", &format!("Other {e}")),
            )
        }
        Format::ICalendar => {
            let e = ics(p);
            let event = |uid: &str, start: &str, title: &str| {
                format!(
                    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:20240501T{start}00Z\r\nDURATION:PT1H\r\nSUMMARY:{title}\r\n\
                     LOCATION:Room {e}\r\nDESCRIPTION:Abstract {e}\r\nCATEGORIES:Track {e}\r\nURL:https://example.org/{e}\r\nEND:VEVENT\r\n"
                )
            };
            format!(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Evil {e}\r\nX-WR-TIMEZONE:Europe/Berlin\r\n{}{}END:VCALENDAR\r\n",
                event("s1", "0800", &format!("Talk {e} end")),
                event(&format!("s2{e}"), "0830", &format!("Other {e}")),
            )
        }
    };
    std::fs::write(&path, text).unwrap();
    (path, "s1".to_owned())
}

/// The first thing in `bytes` a terminal would act on or that would change how text lines up:
/// any C0 control but line feed (and CR directly before one), DEL, a C1 control, a bidi control,
/// a zero-width character or a line or paragraph separator.
pub fn first_unsafe(bytes: &[u8]) -> Option<(usize, char)> {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    chars.iter().enumerate().find_map(|(i, &(at, c))| {
        let crlf = c == '\r' && chars.get(i + 1).is_some_and(|n| n.1 == '\n');
        let bad = (c.is_control() && c != '\n' && !crlf)
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{61c}');
        bad.then_some((at, c))
    })
}

/// Panic, naming `what` and showing the place, when `bytes` are not safe for a terminal.
pub fn assert_terminal_safe(bytes: &[u8], what: &str) {
    if let Some((at, c)) = first_unsafe(bytes) {
        let text = String::from_utf8_lossy(bytes);
        let before: String = text[..at].chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
        panic!("{what}: {c:?} at byte {at}, after {before:?}");
    }
}
