//! Programmes from spreadsheets (CSV, .xlsx, .ods) in English and Korean, built by the tests
//! (`common/sheets.rs`): the exact sessions imported, the exact located problems of the rows an
//! organizer gets wrong, the zone found, the mapping file, and the command line.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/sheets.rs"]
mod sheets;

use predicates::prelude::*;
use whrcf::load::{self, LoadError, Loaded, Options, sheet::ColumnMapping};

fn load(bytes: &[u8], path: &str, options: Options) -> Loaded {
    load::from_bytes(bytes, path, options).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Each session as one line: day, time, title, room, kind, themes, people with roles, organizers.
fn sessions(loaded: &Loaded) -> Vec<String> {
    let p = &loaded.programme;
    p.sessions
        .iter()
        .map(|s| {
            let when = match (s.date, s.start, s.end) {
                (Some(d), Some(a), Some(b)) => format!("{d} {}–{}", a.format("%H:%M"), b.format("%H:%M")),
                (Some(d), Some(a), None) => format!("{d} {}", a.format("%H:%M")),
                _ => "undated".to_owned(),
            };
            let people: Vec<String> = s
                .people
                .iter()
                .map(|x| {
                    let of = x.affiliation.as_deref().map(|a| format!(" ({a})")).unwrap_or_default();
                    format!("{}{of} [{}]", x.name, x.role.as_deref().unwrap_or("-"))
                })
                .collect();
            let themes: Vec<&str> =
                s.themes.iter().map(|t| p.theme(t).map_or(t.as_str(), |t| t.name.as_str())).collect();
            format!(
                "{when} | {} | {} | {} | {} | {} | {}",
                s.title,
                s.room.as_deref().unwrap_or("-"),
                s.kind.as_deref().unwrap_or("-"),
                themes.join(", "),
                people.join(", "),
                s.organizers.join(", ")
            )
        })
        .collect()
}

fn problems(loaded: &Loaded) -> Vec<String> {
    loaded.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn an_english_csv_with_a_title_row_and_bad_rows() {
    let loaded = load(sheets::ENGLISH_CSV.as_bytes(), "forum.csv", Options::default());
    assert_eq!(loaded.programme.title, "World Human Rights Cities Forum 2021, Gwangju");
    assert_eq!(loaded.programme.timezone, chrono_tz::Asia::Seoul, "from the city in the title row");
    assert_eq!(
        sessions(&loaded),
        [
            "2021-10-07 10:00–11:00 | Opening ceremony | Hall 1 | plenary |  | Jane Doe [moderator], Ana Lima [moderator], Tom Ek [moderator] | Gwangju Metropolitan City",
            "2021-10-07 13:00–15:00 | Cities and climate | Hall 1 | thematic | Climate | Bo Kim (Gwangju University) [speaker] | UCLG, Gwangju",
            "2021-10-08 16:00 | Backwards | Room 3 | - |  |  | ",
            "2021-10-08 17:00–18:00 | Closing | Hall 1 | plenary |  |  | ",
        ]
    );
    assert_eq!(
        problems(&loaded),
        [
            "forum.csv: warning: no time zone in the file: Asia/Seoul is taken from the city \"Gwangju\" (another can be given with --tz)",
            "forum.csv:6:1: error: this row has no title: expected one in the title column; the row is left out",
            "forum.csv:7:3: error: session `Late panel`: time `25:00~26:00` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out",
            "forum.csv:8:3: error: session `Backwards`: the end 15:00 is not after the start 16:00: the end is left out",
            "forum.csv:9:2: error: session `Someday talk`: date `someday` is not a date: expected one such as 2021-10-07, 2021.10.07 or 10월 7일; the session is left out",
        ]
    );
}

#[test]
fn a_korean_workbook_with_a_sheet_a_day() {
    let loaded = load(&sheets::korean_xlsx(), "포럼.xlsx", Options::default());
    assert_eq!(loaded.programme.timezone, chrono_tz::Asia::Seoul);
    assert_eq!(
        sessions(&loaded),
        [
            "2021-10-07 10:00–11:00 | 개회식 | 김대중컨벤션센터 1층 | 전체회의 |  | 홍길동 [moderator] | 광주광역시, 사무국",
            "2021-10-07 13:00–15:00 | 인권과 기후위기 | 김대중컨벤션센터 1층 | 주제회의 |  | 김철수 [speaker], 이영희 [speaker] | ",
            "2021-10-08 16:00 | 거꾸로 회의 | 회의실 3 | 주제회의 |  |  | ",
            "2021-10-08 17:00–18:00 | 폐회식 | 김대중컨벤션센터 1층 | 전체회의 |  |  | 광주광역시",
        ]
    );
    assert_eq!(
        problems(&loaded),
        [
            "포럼.xlsx: warning: no time zone in the file: Asia/Seoul is taken from the city \"광주\" (another can be given with --tz)",
            "포럼.xlsx: 10월 7일 (목)!B6: error: this row has no title: expected one in the title column; the row is left out",
            "포럼.xlsx: 10월 7일 (목)!C7: error: session `늦은 회의`: time `25:00~26:00` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out",
            "포럼.xlsx: 10월 8일 (금)!C4: error: session `거꾸로 회의`: the end 15:00 is not after the start 16:00: the end is left out",
            "포럼.xlsx: 메모: warning: sheet skipped: no header row found in the first 50 rows: expected one naming a title (title, session, 세션명, 제목) and another field (date/날짜, time/시간, start/시작, room/장소, …), or a --column-map file",
        ]
    );
}

#[test]
fn an_english_workbook_with_excel_dates_and_times_and_a_mapped_zone() {
    let mapping = ColumnMapping::parse("zone = \"Asia/Seoul\"\n", "columns.toml").unwrap();
    let options = Options { columns: Some(&mapping), ..Options::default() };
    let loaded = load(&sheets::english_xlsx(), "programme.xlsx", options);
    assert_eq!(loaded.programme.timezone, chrono_tz::Asia::Seoul);
    assert_eq!(
        sessions(&loaded),
        [
            "2021-10-07 10:00–11:00 | Opening | Hall 1 | - |  | Jane Doe [moderator], Ana Lima [speaker], Tom Ek [speaker] | ",
            "2021-10-08 16:00 | Backwards | Hall 2 | - |  |  | ",
        ]
    );
    assert_eq!(
        problems(&loaded),
        [
            "programme.xlsx: Programme!A3: error: this row has no title: expected one in the title column; the row is left out",
            "programme.xlsx: Programme!C4: error: session `Night owls`: start time `25:00` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out",
            "programme.xlsx: Programme!D5: error: session `Backwards`: the end 15:00 is not after the start 16:00: the end is left out",
            "programme.xlsx: Programme!B6: error: session `Someday`: date `TBD` is not a date: expected one such as 2021-10-07, 2021.10.07 or 10월 7일; the session is left out",
        ]
    );
}

#[test]
fn a_date_without_a_year_is_refused_unless_the_year_is_given() {
    let Err(LoadError::Invalid { problems }) =
        load::from_bytes(sheets::KOREAN_CSV.as_bytes(), "k.csv", Options::default())
    else {
        panic!("a year is needed")
    };
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "k.csv:2:2: error: session `개회식`: date `10월 7일` has no year, and the sheet names no one year elsewhere: give it as `year = …` in a --column-map file; the session is left out",
            "k.csv:3:2: error: session `인권도시 토론`: date `10월 7일` has no year, and the sheet names no one year elsewhere: give it as `year = …` in a --column-map file; the session is left out",
            "k.csv: error: no events found in this schedule: every event was skipped, for the reasons above",
        ]
    );
    let mapping = ColumnMapping::parse(
        "year = 2021
zone = \"Asia/Seoul\"\n",
        "m.toml",
    )
    .unwrap();
    let loaded =
        load(sheets::KOREAN_CSV.as_bytes(), "k.csv", Options { columns: Some(&mapping), ..Options::default() });
    assert_eq!(
        sessions(&loaded),
        [
            "2021-10-07 10:00–11:00 | 개회식 | 김대중컨벤션센터 | - |  | 홍길동 [moderator], 김철수 (광주대) [speaker], 이영희 [speaker] | 광주광역시",
            "2021-10-07 13:00 | 인권도시 토론 | 회의실 1 | - |  | 박민수 [discussant] | ",
        ]
    );
    assert_eq!(
        self::problems(&loaded),
        ["k.csv:3:4: error: session `인권도시 토론`: the end 12:00 is not after the start 13:00: the end is left out"]
    );
}

#[test]
fn a_mapping_file_gives_columns_by_letter_or_header_over_what_is_recognised() {
    // No header row at all: every column by letter.
    let bare = "Opening,2021-10-07,10:00~11:00,Hall 1\nClosing,2021-10-08,17:00~18:00,Hall 2\n";
    let mapping = ColumnMapping::parse(
        "header_row = 0\n[columns]\ntitle = \"A\"\ndate = \"B\"\ntime = \"C\"\nroom = \"D\"\n",
        "m.toml",
    )
    .unwrap();
    let loaded = load(bare.as_bytes(), "bare.csv", Options { columns: Some(&mapping), ..Options::default() });
    assert_eq!(
        sessions(&loaded),
        [
            "2021-10-07 10:00–11:00 | Opening | Hall 1 | - |  |  | ",
            "2021-10-08 17:00–18:00 | Closing | Hall 2 | - |  |  | "
        ]
    );
    // A header text the detection does not know, and a recognised column given another field.
    let odd = "Was,Wann,Wo,Session\nKeynote,2021-10-07 09:00,Aula,Track A\n";
    let mapping =
        ColumnMapping::parse("[columns]\ntitle = \"Was\"\nstart = \"B\"\nroom = \"Wo\"\ntheme = \"D\"\n", "m.toml")
            .unwrap();
    let loaded = load(odd.as_bytes(), "odd.csv", Options { columns: Some(&mapping), ..Options::default() });
    assert_eq!(sessions(&loaded), ["2021-10-07 09:00 | Keynote | Aula | - | Track A |  | "]);
    let missing = ColumnMapping::parse("[columns]\ntitle = \"Titel\"\n", "m.toml").unwrap();
    let err = load::from_bytes(odd.as_bytes(), "odd.csv", Options { columns: Some(&missing), ..Options::default() });
    assert_eq!(
        err.unwrap_err().to_string(),
        "odd.csv: the --column-map file gives title as the header \"Titel\", but the sheet has no such header"
    );
}

#[test]
fn an_ods_sheet_whose_name_carries_the_date() {
    let loaded = load(&sheets::english_ods(), "day.ods", Options::default());
    assert_eq!(sessions(&loaded), ["2021-10-07 10:00–11:00 | Opening | Hall 1 | - |  |  | "]);
    assert_eq!(
        problems(&loaded),
        [
            "day.ods: warning: no time zone in the file, none found from its city, venue or web addresses, and none given with --tz: local times are read as UTC",
            "day.ods: Day 1 (2021-10-07)!C3: error: session `Workshop`: end time `25:00` is not a time of day: expected HH:MM from 00:00 to 24:00 (or a range such as 13:00~15:00); the session is left out",
        ]
    );
}

fn write(dir: &tempfile::TempDir, name: &str, contents: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn validate_import_and_list_take_a_spreadsheet_and_a_columns_file() {
    let dir = tempfile::tempdir().unwrap();
    let book = write(&dir, "forum.xlsx", &sheets::korean_xlsx());
    cli::whrcf()
        .arg("validate")
        .arg(&book)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "forum.xlsx: 10월 7일 (목)!C7: error: session `늦은 회의`: time `25:00~26:00`",
        ))
        .stdout(predicate::str::contains("forum.xlsx: 3 problems found (4 sessions loaded)"));
    cli::whrcf().args(["--programme"]).arg(&book).args(["list", "--format", "json"]).assert().success().stdout(
        predicate::str::contains("\"title\": \"개회식\"").and(predicate::str::contains("\"title\": \"폐회식\"")),
    );
    let csv = write(&dir, "k.csv", sheets::KOREAN_CSV.as_bytes());
    cli::whrcf()
        .arg("import")
        .arg(&csv)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("k.csv:2:2: error: session `개회식`: date `10월 7일` has no year"));
    let columns = write(&dir, "columns.toml", b"year = 2021\nzone = \"Asia/Seoul\"\n");
    cli::whrcf()
        .arg("--column-map")
        .arg(&columns)
        .arg("import")
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("timezone = \"Asia/Seoul\""))
        .stdout(predicate::str::contains("title = \"개회식\""))
        .stdout(predicate::str::contains("start = \"10:00\""));
    let bad = write(&dir, "bad.toml", b"[columns]\nspeaker = \"C\"\n");
    cli::whrcf().arg("--column-map").arg(&bad).arg("validate").arg(&csv).assert().code(2).stderr(
        predicate::str::contains("bad.toml: unknown field `speaker` in [columns]: expected one of title, date, time"),
    );
}

#[test]
fn a_sheet_with_cells_at_its_far_corners_costs_its_cells_not_its_range() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Title", "Date", "Time"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Opening").unwrap();
    sheet.write_string(1, 1, "2021-10-07").unwrap();
    sheet.write_string(1, 2, "10:00~11:00").unwrap();
    // 1,048,576 rows by 16,384 columns: a grid of the whole range would be 17 billion cells.
    sheet.write_string(1_048_575, 16_383, "far away").unwrap();
    let loaded = load(&book.save_to_buffer().unwrap(), "far.xlsx", Options::default());
    assert_eq!(sessions(&loaded), ["2021-10-07 10:00–11:00 | Opening | - | - |  |  | "]);
}

#[test]
fn a_workbook_that_declares_more_shared_strings_than_it_holds_is_refused() {
    use std::io::{Read, Write};
    let bytes = sheets::english_xlsx();
    let mut source = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..source.len() {
        let mut entry = source.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name == "xl/sharedStrings.xml" {
            let xml = String::from_utf8(text).unwrap();
            let at = xml.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + xml[at..].find('"').unwrap();
            text = format!("{}{}{}", &xml[..at], "99999999999999", &xml[end..]).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&text).unwrap();
    }
    let crafted = out.finish().unwrap().into_inner();
    let err = load::from_bytes(&crafted, "crafted.xlsx", Options::default()).unwrap_err().to_string();
    assert!(err.starts_with("crafted.xlsx: not a spreadsheet whrcf can read (.xlsx, .xls or .ods): it declares 99999999999999 shared strings"), "{err}");
}

#[test]
fn a_spreadsheet_that_is_not_one_says_so() {
    let err = load::from_bytes(b"PK\x03\x04 not really a zip", "x.xlsx", Options::default()).unwrap_err().to_string();
    assert!(err.starts_with("x.xlsx: not a spreadsheet whrcf can read (.xlsx, .xls or .ods): "), "{err}");
    let err =
        load::from_bytes(b"just some words\nand more\n", "notes.csv", Options::default()).unwrap_err().to_string();
    assert!(err.starts_with("notes.csv: no header row found in the first 50 rows"), "{err}");
}
