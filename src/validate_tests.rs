//! `validate::check` in Korean: every problem it finds is worded in the language spoken, with
//! the file's fields (`first_day`, `end_date`, `[[themes]]`) and values kept as written.

use crate::load::{self, LoadError};
use crate::wording::language::{Clock, Language, speaking};

const HEADER: &str = "id = \"test-forum\"\ntitle = \"Test Forum\"\ntimezone = \"Europe/Berlin\"\n\
    first_day = \"2021-10-06\"\nlast_day = \"2021-10-08\"\n\n[[themes]]\nid = \"climate\"\nname = \"Climate\"\n";

/// Every problem of `text` as `path:line:col: level: …`, spoken in `language`.
fn problems_in(language: Language, text: &str) -> Vec<String> {
    speaking(language, Clock::TwentyFourHour, || match load::from_toml(text, "t.toml") {
        Ok(loaded) => loaded.warnings.iter().map(ToString::to_string).collect(),
        Err(LoadError::Invalid { problems }) => problems.iter().map(ToString::to_string).collect(),
        Err(other) => vec![other.to_string()],
    })
}

fn session(body: &str) -> String {
    format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n{body}")
}

/// Asserts that one of `problems` contains every one of `parts`.
fn said(problems: &[String], parts: &[&str]) {
    assert!(problems.iter().any(|p| parts.iter().all(|part| p.contains(part))), "{parts:?} not in {problems:#?}");
}

#[test]
fn the_programme_s_own_problems_are_said_in_korean() {
    let header = |first: &str, last: &str, id: &str| {
        format!("id = \"{id}\"\ntitle = \"T\"\ntimezone = \"UTC\"\nfirst_day = \"{first}\"\nlast_day = \"{last}\"\n")
    };
    let ko = problems_in(Language::Korean, &header("2021-10-08", "2021-10-06", "x"));
    said(&ko, &["t.toml:5:", "오류", "first_day 2021-10-08이(가) last_day 2021-10-06보다 뒤입니다"]);
    let ko = problems_in(Language::Korean, &header("2021-01-01", "2023-01-01", " "));
    said(&ko, &["경고", "731일입니다: 최대"]);
    said(&ko, &["프로그램 id가 비어 있습니다: `whrcf-2021`"]);
    let ko = problems_in(Language::Korean, &header("1800-01-01", "1800-01-02", "x"));
    said(&ko, &["first_day 1800-01-01의 연도", "1900년에서 2200년 사이"]);
    let themes = "[[themes]]\nid = \"t\"\nname = \"T\"\n";
    let ko = problems_in(Language::Korean, &format!("{}{themes}{themes}", header("2021-01-01", "2021-01-02", "x")));
    said(&ko, &["주제 id `t`이(가) 2번 정의되어 있습니다"]);
}

#[test]
fn a_session_s_problems_are_said_in_korean_at_the_same_places() {
    let cases: &[(&str, &[&str])] = &[
        (
            "date = \"2021-10-07\"\nstart = \"10:00\"\nend = \"09:00\"",
            &[
                "t.toml:16:7: 오류: 세션 `a`: 종료가 시작보다 뒤가 아닙니다 (시작 10:00, 종료 09:00)",
                "자정을 넘는 세션이면 `end_date`",
            ],
        ),
        ("start = \"10:00\"", &["날짜 없이 시작 또는 종료 시간이 있습니다: `date`도"]),
        ("date = \"2021-10-07\"\nend = \"10:00\"", &["시작 없이 종료가 있습니다: `start`도"]),
        ("date = \"2021-10-20\"", &["날짜 2021-10-20이(가) 프로그램 기간 밖입니다: 2021-10-06 ~ 2021-10-08"]),
        ("themes = [\"water\"]", &["알 수 없는 주제 `water`: climate 중 하나여야 합니다"]),
        ("people = [{ name = \" \" }]", &["이름 없는 사람이 있습니다: `name`이"]),
        ("date = \"2021-10-07\"\nstart = \"10:00\"\ntime_conflict = \"10:00 or 11:00\"", &["`time_conflict`가 있는데"]),
    ];
    for (body, parts) in cases {
        said(&problems_in(Language::Korean, &session(body)), parts);
    }
    let gap = format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\ndate = \"2021-03-28\"\nstart = \"02:30\"\n");
    let gap = gap.replace("2021-10-06", "2021-03-27");
    said(&problems_in(Language::Korean, &gap), &["2021-03-28 02:30:00은(는) Europe/Berlin에 없는 시각입니다"]);
    let english = problems_in(Language::English, &session("themes = [\"water\"]"));
    said(&english, &["t.toml:14:11: error: session `a`: unknown theme `water`: expected one of: climate"]);
}

#[test]
fn ids_and_titles_are_checked_in_korean() {
    let two = |second: &str| {
        format!("{HEADER}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\n\n[[sessions]]\nid = \"{second}\"\ntitle = \" \"\n")
    };
    let ko = problems_in(Language::Korean, &two("a"));
    said(&ko, &["중복된 id입니다: t.toml:12:6의 세션이 이미 쓰고 있습니다"]);
    said(&ko, &["제목이 비어 있습니다"]);
    said(&problems_in(Language::Korean, &two("")), &["id가 비어 있습니다"]);
    said(&problems_in(Language::Korean, &two("a\\u200b")), &["`a`와(과) 똑같아 보입니다"]);
    let none = "id = \"x\"\ntitle = \"T\"\ntimezone = \"UTC\"\nfirst_day = \"2021-01-01\"\nlast_day = \"2021-01-01\"\n";
    let ko =
        problems_in(Language::Korean, &format!("{none}\n[[sessions]]\nid = \"a\"\ntitle = \"A\"\nthemes = [\"w\"]\n"));
    said(&ko, &["알 수 없는 주제 `w`: [[themes]]가 하나도 정의되어 있지 않습니다"]);
}
