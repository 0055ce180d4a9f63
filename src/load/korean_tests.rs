//! What the readers say while loading, in Korean: each format's warnings and refusals are worded
//! in the language spoken, at the same `path:line:col` as in English, with the file's own terms
//! (field names, `BEGIN:VCALENDAR`, `schedule.conference`) kept as written.

use super::{LoadError, Options, from_bytes};
use crate::wording::language::{Clock, Language, speaking};

/// Everything said of loading `text` as `path` in Korean: the warnings, or the problems of the
/// refusal.
fn said(path: &str, text: &str) -> Vec<String> {
    speaking(Language::Korean, Clock::TwentyFourHour, || match from_bytes(text.as_bytes(), path, Options::default()) {
        Ok(loaded) => loaded.warnings.iter().map(ToString::to_string).collect(),
        Err(LoadError::Invalid { problems }) => problems.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    })
}

/// Asserts that one thing said contains every one of `parts`.
fn says(said: &[String], parts: &[&str]) {
    assert!(said.iter().any(|p| parts.iter().all(|part| p.contains(part))), "{parts:?} not in {said:#?}");
}

const HEADER: &str =
    "id = \"x\"\ntitle = \"T\"\ntimezone = \"UTC\"\nfirst_day = \"2021-10-06\"\nlast_day = \"2021-10-08\"\n";

#[test]
fn a_toml_file_s_problems_are_said_in_korean() {
    says(&said("p.toml", "  \n"), &["p.toml: 오류: 빈 파일입니다: id, title"]);
    let session = |body: &str| said("p.toml", &format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n{body}\n"));
    says(
        &session("titel = \"B\""),
        &["p.toml:10:1: 오류: 세션 `a`: 알 수 없는 세션 항목 `titel`; `title`을(를) 뜻했나요?"],
    );
    says(&session("date = \"2021-13-01\""), &["YYYY-MM-DD 날짜여야 하는데 `2021-13-01`입니다"]);
    says(&session("start = 5"), &["HH:MM (24시간제) 시간이어야 하는데 integer `5`입니다"]);
    says(&session("cut_off = [\"size\"]"), &["알 수 없는 cut_off 값 `size`", "N은 0부터"]);
    says(&session("cut_off = [\"room\"]"), &["cut_off `room`이(가) 가리키는 값이 이 세션에 없습니다"]);
    says(&session("place_as_stated = \"Hall\""), &["place_as_stated는 room이나 venue의 표기인데"]);
    says(&said("p.toml", &HEADER.replace("UTC", "Mars/Base")), &["알 수 없는 시간대 `Mars/Base`"]);
    says(
        &said("p.toml", &format!("{HEADER}sessions = 3\n")),
        &["`sessions`는 테이블 배열([[sessions]])이어야 하는데 integer입니다"],
    );
    says(&said("p.toml", &format!("{HEADER}sessions = [3]\n")), &["세션은 각각 테이블([[sessions]])이어야 합니다"]);
    says(&said("p.toml", &format!("{HEADER}\n[[sessions]]\nid = \n")), &["p.toml:8:6: 오류: TOML 문법 오류: "]);
}

#[test]
fn a_calendar_s_problems_are_said_in_korean() {
    let event =
        |lines: &str| format!("BEGIN:VCALENDAR\nX-WR-TIMEZONE:UTC\nBEGIN:VEVENT\nUID:u\nSUMMARY:Talk\n{lines}\n");
    let recurring = event("DTSTART:20240501T100000Z\nRRULE:FREQ=DAILY\nEND:VEVENT\nEND:VCALENDAR");
    says(&said("c.ics", &recurring), &["c.ics:7:1: 경고: 세션 `u`: RRULE: 반복 이벤트는 펼치지 않습니다"]);
    let broken = event(
        "DTSTART:2024\nDURATION:soon\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:B\nDTSTART:20240501T100000\nEND:VEVENT\nEND:VCALENDAR",
    );
    let broken = said("c.ics", &broken);
    says(
        &broken,
        &["이벤트 건너뜀: \"Talk\": DTSTART: 20200113T090000 같은 날짜·시간이어야 하는데 `2024`", "PT1H30M 같은 길이"],
    );
    says(&said("c.ics", &event("DTSTART:20240501T100000Z")), &["파일이 이벤트 \"Talk\" 안에서 끝납니다: END:VEVENT가"]);
    says(&said("c.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"), &["c.ics: 이 일정에서 이벤트를 찾지 못했습니다"]);
}

#[test]
fn a_frab_or_json_schedule_s_problems_are_said_in_korean() {
    let xml = "<schedule><conference><title>T</title></conference><day date=\"2024-05-01\"><room name=\"A\">\
        <event guid=\"g\"><date>2024-05-01T10:00:00+02:00</date><duration>1:00</duration><title>E</title></event>\
        <event guid=\"g\"><date>2024-05-01T11:00:00+02:00</date><title>F</title></event>\
        <event guid=\"h\"><date>soon</date><title>F</title></event><event></event></room></day></schedule>";
    let xml = said("s.xml", xml);
    says(&xml, &["중복된 guid `g` (\"F\"): `g~2`(으)로 구별해 둡니다"]);
    says(&xml, &["이벤트 건너뜀: \"F\": 2020-02-01T10:30:00+01:00 같은 RFC 3339 날짜여야 하는데 `soon`입니다"]);
    says(&xml, &["이벤트 건너뜀: 제목도 시간도 없습니다"]);
    says(
        &xml,
        &[
            "s.xml: 경고: 파일의 도시, 장소, 웹 주소로 시간대를 찾지 못했습니다: 시간은 이벤트에 적힌 오프셋 UTC+02:00(으)로",
        ],
    );
    says(
        &said("s.xml", "<?xml version=\"1.0\"?><programme/>"),
        &["s.xml: XML이지만 루트 요소가 <schedule>이 아님: 일정이어야 합니다"],
    );
    says(&said("s.json", "{\"schedule\": {]"), &["s.json:1:15: 올바른 JSON이 아닙니다"]);
    says(
        &said("s.json", "{\"schedule\": 1}"),
        &["s.json: JSON이지만 일정이 아닙니다: 최상위에 \"schedule\" 객체가", "invalid type"],
    );
    says(&said("s.xml", "<schedule><day></schedule>"), &["s.xml:1:", "올바른 형식의 XML이 아닙니다"]);
    says(
        &said("s.json", "{\"schedule\": {\"conference\": {}}}"),
        &["s.json: \"schedule.conference.days\" (배열)가 있어야 합니다"],
    );
    let json = r#"{"schedule": {"rooms": [], "conference": {"title": "T", "days": [{"date": "2024-05-01"},
        {"date": "2024-05-01", "rooms": {"A": [{"id": "x1", "guid": "g", "title": "E", "date": "2024-05-01T10:00:00Z", "duration": "99999:00"}]}}]}}}"#;
    let json = said("s.json", json);
    says(&json, &["\"rooms\"는 schedule.json v1의 키가 아닙니다"]);
    says(&json, &["\"rooms\" 맵이 없는 날: 건너뜁니다"]);
    says(&json, &["id \"x1\": schedule.json v1에서는 숫자(정수 id)여야 합니다"]);
    says(&json, &["길이 `99999:00`이(가) 너무 깁니다: 최대 366일이어야 합니다"]);
}

#[test]
fn refusals_and_bundled_editions_are_said_in_korean() {
    says(
        &said("x.csv.txt", "<html><body>hi</body></html>"),
        &["HTML 페이지 (일정을 내보낸 파일이 아니라 웹 페이지): 일정이어야 합니다"],
    );
    let bad = speaking(Language::Korean, Clock::TwentyFourHour, || super::bundled(1999).unwrap_err().to_string());
    assert!(bad.starts_with("내장된 1999년 회차가 없습니다: 내장된 회차는 "), "{bad}");
    let bytes = speaking(Language::Korean, Clock::TwentyFourHour, || {
        from_bytes(
            b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:\xff\nDTSTART:20240501T100000\nEND:VEVENT\nEND:VCALENDAR\n",
            "b.ics",
            Options::default(),
        )
        .unwrap()
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
    });
    says(&bytes, &["b.ics:3:9: 경고: 올바르지 않은 UTF-8"]);
    says(&bytes, &["파일에 시간대가 없고, 도시, 장소, 웹 주소로도 찾지 못했고"]);
    let utc = said(
        "u.ics",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:A\nDTSTART:20240501T100000Z\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    says(&utc, &["시간은 파일에 적힌 대로 UTC로 보여 줍니다"]);
}

#[test]
fn the_rest_of_what_readers_refuse_is_said_in_korean() {
    says(
        &said("c.ics", "BEGIN:VEVENT\nEND:VEVENT\n"),
        &["c.ics: whrcf가 읽는 형식의 프로그램이 아님", "또는 스프레드시트"],
    );
    let index = crate::diagnostic::LineIndex::new("c.ics", "BEGIN:VEVENT\n");
    let refused = speaking(Language::Korean, Clock::TwentyFourHour, || {
        super::ical::read(b"BEGIN:VEVENT\n", &index, &mut Vec::new()).map(|_| ()).unwrap_err()
    });
    assert_eq!(refused, "c.ics: iCalendar 파일이 아닙니다: BEGIN:VCALENDAR가 있어야 합니다");
    says(&said("s.json", "{\"other\": 1}"), &["s.json: JSON이지만 일정이 아닙니다"]);
    says(&said("s.json", "{\"schedule\": {}}"), &["s.json: \"schedule.conference\"가 있어야 합니다"]);
    says(&said("s.json", "{\"schedule\": {\"conference\": {}, \"events\": []}}"), &["s.json: schedule v2 파일입니다"]);
    says(&said("s.json", "[{\"a\": 1}]"), &["JSON이지만 schedule.json 객체가 아니라 배열임"]);
    says(
        &said(
            "s.xml",
            "<schedule><conference><title>T</title></conference><day date=\"2024-05-01\"><room name=\"A\"><event guid=\"a\"><date>2024-05-01T10:00:00+02:00</date><title>E</title></event><x",
        ),
        &["올바른 형식의 XML이 아닙니다: ", "그 앞의 이벤트 1개만 읽었습니다 (파일이 잘렸나요?)"],
    );
    says(
        &said("s.xml", "<?xml version=\"1.0\"?>\n<schedule></schedule>"),
        &["s.xml: 이 일정에서 이벤트를 찾지 못했습니다"],
    );
    says(
        &said("s.xml", "<?xml version=\"1.0\"?>\n<schedule/>"),
        &["s.xml: XML이지만 일정이 아닙니다: <schedule> 루트 요소가"],
    );
    let event = |id: &str, date: &str, duration: &str, title: &str| {
        format!(
            "<event id=\"{id}\" guid=\"g{title}\"><date>{date}</date><duration>{duration}</duration><title>{title}</title></event>"
        )
    };
    let xml = format!(
        "<schedule><conference><title>T</title><time_zone_name>Europe/Berlin</time_zone_name></conference>\
         <day date=\"2024-05-01\"><room name=\"A\">{}{}{}{}</room></day></schedule>",
        event("1", "2024-05-01T10:00:00+05:00", "0:00", "E"),
        event("1", "2024-05-01T11:00:00+05:00", "soon", "F"),
        event("2", "9999-12-31T23:00:00+00:00", "2:00", "G"),
        event("3", "9999-12-31T20:00:00+05:00", "5:00", "H"),
    );
    let xml = said("s.xml", &xml);
    says(&xml, &["파일은 시간대 Europe/Berlin을(를) 적었지만 이벤트에는 다른 오프셋이"]);
    says(&xml, &["\"E\"의 길이가 0 이하입니다: 종료 시간은 뺍니다"]);
    says(&xml, &["길이는 H:MM, HH:MM, HH:MM:SS 또는 D:HH:MM이어야 하는데 `soon`입니다"]);
    says(&xml, &["\"G\": 시작 +10000-01-01이(가) 1년에서 9999년 밖입니다: 이 세션은 뺍니다"]);
    says(&xml, &["\"H\": 종료가 1년에서 9999년 밖입니다: 종료 시간은 뺍니다"]);
    let session = |body: &str| said("p.toml", &format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n{body}\n"));
    says(&session("zzzzzz = 1"), &["알 수 없는 세션 항목 `zzzzzz` (id, title,"]);
    let later = session("date = \"2021-10-07\"\nend_date = \"2021-10-07\"\nstart = \"10:00\"\nend = \"09:00\"");
    says(&later, &["종료가 시작보다 뒤가 아닙니다 (시작 10:00, 종료 09:00): 더 늦은 종료여야 합니다"]);
    assert!(!later.iter().any(|p| p.contains("end_date")), "{later:#?}");
}
