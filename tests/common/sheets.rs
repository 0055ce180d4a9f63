//! Programme spreadsheets built by the tests and the bench: a CSV and an .xlsx in English and in
//! Korean, each with rows an organizer gets wrong (no title, 25:00, an end before its start, a
//! date that is none), an .ods, and a large generated .xlsx. The sessions are made up for the
//! tests; none of them is forum data.

#![allow(dead_code)]

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// An English CSV: a title row, a blank row, the headers on row 3; row 5 continues the date and
/// room of row 4 (merged cells exported as blanks).
pub const ENGLISH_CSV: &str = "\
\"World Human Rights Cities Forum 2021, Gwangju\",,,,,,,,
,,,,,,,,
Session title,Date,Time,Room,Speakers,Organizer,Theme,Kind,Description
Opening ceremony,2021-10-07,10:00~11:00,Hall 1,\"Chair: Jane Doe; Ana Lima, Tom Ek\",Gwangju Metropolitan City,,Plenary,Welcome
Cities and climate,,13:00 - 15:00,,Speaker: Bo Kim (Gwangju University),\"UCLG, Gwangju\",Climate,Thematic,
,2021-10-07,15:00~16:00,Room 2,Ana Lima,,,,
Late panel,2021-10-08,25:00~26:00,Room 2,,,,,
Backwards,2021-10-08,16:00~15:00,Room 3,,,,,
Someday talk,someday,10:00~11:00,Room 3,,,,,
Closing,2021.10.08,17:00 ~ 18:00,Hall 1,,,,Plenary,
";

/// A Korean CSV: dates without a year (`10월 7일`), start and end in their own columns.
pub const KOREAN_CSV: &str = "\
세션명,날짜,시작,종료,장소,발표자,주최/주관
개회식,10월 7일,10:00,11:00,김대중컨벤션센터,\"좌장: 홍길동 / 발표: 김철수 (광주대), 이영희\",광주광역시
인권도시 토론,10월 7일,13:00,12:00,회의실 1,토론: 박민수,
";

/// A Korean workbook: one sheet a day (the date in the sheet's name, the year in the title row),
/// the headers on row 3, a room continued down its column, and a sheet of notes without headers.
pub fn korean_xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let rows: [(&str, &[[&str; 6]]); 2] = [
        (
            "10월 7일 (목)",
            &[
                ["구분", "세션명", "시간", "장소", "발표자", "주최/주관"],
                [
                    "전체회의",
                    "개회식",
                    "10:00~11:00",
                    "김대중컨벤션센터 1층",
                    "좌장: 홍길동",
                    "주최: 광주광역시 / 주관: 사무국",
                ],
                ["주제회의", "인권과 기후위기", "13:00 ~ 15:00", "", "발표: 김철수, 이영희", ""],
                ["주제회의", "", "15:00~16:00", "회의실 2", "발표: 박민수", ""],
                ["특별회의", "늦은 회의", "25:00~26:00", "회의실 2", "", ""],
            ],
        ),
        (
            "10월 8일 (금)",
            &[
                ["구분", "세션명", "시간", "장소", "발표자", "주최/주관"],
                ["주제회의", "거꾸로 회의", "16:00~15:00", "회의실 3", "", ""],
                ["전체회의", "폐회식", "17:00~18:00", "김대중컨벤션센터 1층", "", "광주광역시"],
            ],
        ),
    ];
    for (name, table) in rows {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        sheet.write_string(0, 0, "2021 세계인권도시포럼 (광주)").unwrap();
        for (r, row) in table.iter().enumerate() {
            for (c, text) in row.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
                sheet.write_string(r as u32 + 2, c as u16, *text).unwrap();
            }
        }
    }
    book.add_worksheet().set_name("메모").unwrap().write_string(0, 0, "장소 예약 확인할 것").unwrap();
    book.save_to_buffer().unwrap()
}

/// An English workbook whose dates and times are Excel date and time cells (serials), with a
/// text `25:00`, an end before its start, a date that is none (`TBD`) and a row without a title.
pub fn english_xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Programme").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("hh:mm");
    for (c, h) in ["Title", "Date", "Start", "End", "Room", "Moderator", "Speakers"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let rows: [(&str, Option<u8>, &str, &str, &str); 5] = [
        ("Opening", Some(7), "10:00", "11:00", "Hall 1"),
        ("", Some(7), "11:00", "12:00", "Hall 1"),
        ("Night owls", Some(7), "25:00", "", "Hall 2"),
        ("Backwards", Some(8), "16:00", "15:00", "Hall 2"),
        ("Someday", None, "10:00", "11:00", "Hall 3"),
    ];
    for (i, (title, day, start, end, room)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        if !title.is_empty() {
            sheet.write_string(r, 0, *title).unwrap();
        }
        match day {
            Some(d) => sheet.write_datetime_with_format(r, 1, ExcelDateTime::from_ymd(2021, 10, *d).unwrap(), &date),
            None => sheet.write_string(r, 1, "TBD"),
        }
        .unwrap();
        for (c, text) in [(2u16, start), (3, end)] {
            match text.split_once(':').map(|(h, m)| (h.parse::<u16>().unwrap(), m.parse::<u8>().unwrap())) {
                Some((h, m)) if h < 24 => {
                    sheet.write_datetime_with_format(r, c, ExcelDateTime::from_hms(h, m, 0).unwrap(), &time).unwrap();
                }
                Some(_) => {
                    sheet.write_string(r, c, *text).unwrap();
                }
                None => {}
            }
        }
        sheet.write_string(r, 4, *room).unwrap();
    }
    sheet.write_string(1, 5, "Jane Doe").unwrap();
    sheet.write_string(1, 6, "Ana Lima, Tom Ek").unwrap();
    book.save_to_buffer().unwrap()
}

/// A workbook of `n` sessions over five days and ten rooms, for the bench.
pub fn large_xlsx(n: u32) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["세션명", "날짜", "시간", "장소", "발표자", "주최/주관", "구분"].iter().enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for i in 0..n {
        let r = i + 1;
        let hour = 8 + (i / 10) % 12;
        sheet.write_string(r, 0, format!("세션 {i}")).unwrap();
        sheet.write_string(r, 1, format!("2021-10-{:02}", 5 + (i / 120) % 5)).unwrap();
        sheet.write_string(r, 2, format!("{hour:02}:00~{hour:02}:50")).unwrap();
        sheet.write_string(r, 3, format!("회의실 {}", i % 10)).unwrap();
        sheet.write_string(r, 4, format!("좌장: 사람{} / 발표: 사람{}, 사람{}", i % 97, i % 89, i % 83)).unwrap();
        sheet.write_string(r, 5, "광주광역시").unwrap();
        sheet.write_string(r, 6, "주제회의").unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// An OpenDocument spreadsheet (no office suite here: the few parts calamine needs, zipped by
/// hand): one sheet whose name carries the date, and a time given as an ODS time value.
pub fn english_ods() -> Vec<u8> {
    use std::io::Write;
    let cell =
        |t: &str| format!("<table:table-cell office:value-type=\"string\"><text:p>{t}</text:p></table:table-cell>");
    let time = |t: &str| {
        format!("<table:table-cell office:value-type=\"time\" office:time-value=\"{t}\"><text:p/></table:table-cell>")
    };
    let row = |cells: &[String]| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
<office:body><office:spreadsheet><table:table table:name=\"Day 1 (2021-10-07)\">{}{}{}</table:table>\
</office:spreadsheet></office:body></office:document-content>",
        row(&[cell("Title"), cell("Start"), cell("End"), cell("Room")]),
        row(&[cell("Opening"), time("PT10H00M00S"), time("PT11H00M00S"), cell("Hall 1")]),
        row(&[cell("Workshop"), cell("13:00"), cell("25:00"), cell("Hall 2")]),
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
</manifest:manifest>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
