//! The problems and errors of the command line in Korean: `whrcf validate` lists a file's problems
//! in the language spoken at the same `path:line:col` locations as in English, and `agenda import`,
//! `--column-map`, `export` and `moves export` refuse in Korean too.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf_at;
use predicates::prelude::*;

const BAD: &str = r#"id = "bad"
title = "Bad"
timezone = "Asia/Seoul"
first_day = "2021-10-08"
last_day = "2021-10-06"

[[sessions]]
id = "a"
title = " "
date = "2021-10-07"
start = "10:00"
end = "09:00"
themes = ["water"]
titel = "x"
"#;

/// `whrcf --lang LANG ARGS` run in `home`: its standard error and standard output, one string.
fn run(home: &std::path::Path, lang: &str, args: &[&str]) -> String {
    let out = whrcf_at(home).args(["--lang", lang]).args(args).output().unwrap();
    String::from_utf8(out.stderr).unwrap() + &String::from_utf8(out.stdout).unwrap()
}

#[test]
fn validate_lists_korean_problems_at_the_english_locations() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.toml");
    std::fs::write(&bad, BAD).unwrap();
    let file = bad.to_str().unwrap();
    let korean = run(home.path(), "ko", &["validate", file]);
    let english = run(home.path(), "en", &["validate", file]);
    let problems = |out: &str, level: &str| -> Vec<String> {
        out.lines().filter(|l| l.contains(level)).map(|l| l[..l.find(level).unwrap()].to_owned()).collect()
    };
    let (ko, en) = (problems(&korean, ": 오류: "), problems(&english, ": error: "));
    assert_eq!(ko, en, "the same places, one by one:\n{korean}\n{english}");
    assert!(ko.len() >= 3, "{korean}");
    for said in [
        format!("{file}:14:1: 오류: 세션 `a`: 알 수 없는 세션 항목 `titel`; `title`을(를) 뜻했나요?"),
        format!("{file}:5:12: 오류: first_day 2021-10-08이(가) last_day 2021-10-06보다 뒤입니다"),
    ] {
        assert!(korean.contains(&said), "{said}\n{korean}");
    }
    for english in ["unknown", "expected", "is after"] {
        assert!(!korean.contains(english), "{english}: {korean}");
    }
    whrcf_at(home.path()).args(["--lang", "ko", "validate", file]).assert().code(1);
    // A file refused whole is labelled like every problem, in Korean too.
    let json = home.path().join("bad.json");
    std::fs::write(&json, "{\"schedule\": {]").unwrap();
    let json = json.to_str().unwrap();
    let said = run(home.path(), "ko", &["validate", json]);
    assert!(said.contains(&format!("{json}:1:15: 오류: 올바른 JSON이 아닙니다")), "{said}");
}

#[test]
fn agenda_import_refuses_in_korean() {
    let home = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| {
        let path = home.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let import = |path: &str| run(home.path(), "ko", &["--edition", "2021", "agenda", "import", path]);
    let missing = home.path().join("missing.json");
    let said = import(missing.to_str().unwrap());
    assert!(said.contains("missing.json을(를) 읽을 수 없음: 그런 파일이나 디렉터리가 없음"), "{said}");
    let said = import(&file("empty.json", "[]"));
    assert!(said.contains("empty.json: 표시한 세션이 없어 가져올 것이 없습니다"), "{said}");
    let seen = r#""seen": {"title": "T"}"#;
    let said = import(&file("odd.json", &format!(r#"[{{"id": "2021-peace", "status": "maybe", {seen}}}]"#)));
    assert!(said.contains("odd.json: 항목 0: 알 수 없는 상태 `maybe`"), "{said}");
    let said = import(&file("item.json", r#"[{"id": "2021-peace"}]"#));
    assert!(said.contains("item.json: 항목 0: "), "{said}");
    let other = format!(r#"[{{"id": "2025-x", "programme": "whrcf-2025", "status": "planned", {seen}}}]"#);
    let said = import(&file("other.json", &other));
    assert!(said.contains("whrcf-2025의 일정입니다 (가져오려면 `--edition 2025`를 붙이세요)"), "{said}");
    let said = import(&file("older.json", &format!(r#"[{{"id": "2025-x", "status": "planned", {seen}}}]"#)));
    assert!(
        said.contains("다른 프로그램의 일정입니다 (ID가 2025년 회차의 것으로 보입니다: `--edition 2025`"),
        "{said}"
    );
    let said = import(&file("prose.toml", "not = [an agenda"));
    assert!(said.contains("일정 파일(agenda.toml)이나 `whrcf agenda export --format json`으로"), "{said}");
}

#[test]
fn files_that_cannot_be_read_or_written_are_said_in_korean() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().to_str().unwrap();
    let missing = home.path().join("columns.toml");
    let said = run(home.path(), "ko", &["--column-map", missing.to_str().unwrap(), "list"]);
    assert!(said.contains("columns.toml을(를) 읽을 수 없음: 그런 파일이나 디렉터리가 없음"), "{said}");
    let said = run(home.path(), "ko", &["--edition", "2021", "agenda", "export", "--format", "md", "--output", dir]);
    assert!(said.contains(&format!("{dir}에 쓸 수 없음: ")), "{said}");
    let said = run(home.path(), "ko", &["--edition", "2019", "moves", "export", "-o", dir]);
    assert!(said.contains(&format!("{dir}에 쓸 수 없음: ")), "{said}");
    whrcf_at(home.path())
        .args(["--edition", "2021", "agenda", "export", "--format", "md", "--output", dir])
        .assert()
        .stderr(predicate::str::contains(format!("cannot write {dir}: ")));
}
