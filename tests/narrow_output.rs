//! The commands fit the terminal's width (`COLUMNS`): `show` folds its prose and its long values
//! by words, the agenda, the editions, the clashes and the people index keep within the width.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf;

/// The lines of `text` wider than `width` display columns that could have been folded: a line
/// that is one word after its indent (an address) cannot.
fn too_wide(text: &str, width: usize) -> Vec<&str> {
    text.lines().filter(|l| whrcf::text::width(l) > width && l.trim().contains(' ')).collect()
}

/// The ids of the sessions of `edition`.
fn ids(edition: &str) -> Vec<String> {
    let out = whrcf().args(["--edition", edition, "list", "--format", "json"]).output().unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    rows.iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn show_folds_its_summary_notes_and_long_values_to_the_width() {
    for (lang, width) in [("en", 60), ("ko", 80)] {
        for id in ids("2019") {
            let out = whrcf()
                .env("COLUMNS", width.to_string())
                .args(["--lang", lang, "--edition", "2019", "show", &id])
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            assert_eq!(too_wide(&text, width), Vec::<&str>::new(), "{lang} {id} at {width}:\n{text}");
        }
    }
}

#[test]
fn the_agenda_list_folds_to_the_width_and_keeps_each_id_whole() {
    let home = tempfile::tempdir().unwrap();
    let ids = ["2021-paper-presentation", "2021-public-diplomacy", "2021-unesco-apcad"];
    cli::whrcf_on(home.path(), "2021").args(["agenda", "add"]).args(ids).assert().success();
    for (lang, width) in [("en", 40), ("en", 80), ("ko", 40), ("ko", 60)] {
        let out = cli::whrcf_on(home.path(), "2021")
            .env("COLUMNS", width.to_string())
            .args(["--lang", lang, "agenda", "list"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(too_wide(&text, width), Vec::<&str>::new(), "{lang} at {width}:\n{text}");
        for id in ids {
            assert!(text.contains(&format!("({id})")), "{id} whole, {lang} at {width}:\n{text}");
        }
    }
}

#[test]
fn clashes_and_the_people_index_keep_within_a_narrow_terminal() {
    for lang in ["en", "ko"] {
        for (args, width) in [(&["clashes"][..], 40), (&["people"][..], 24), (&["people", "asadi"][..], 24)] {
            let out = whrcf()
                .env("COLUMNS", width.to_string())
                .args(["--lang", lang, "--edition", "2019"])
                .args(args)
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            assert!(text.lines().count() > 2, "{text}");
            assert_eq!(too_wide(&text, width), Vec::<&str>::new(), "{lang} {args:?} at {width}:\n{text}");
        }
    }
}

#[test]
fn editions_fit_a_narrow_terminal_as_one_block_an_edition() {
    for lang in ["en", "ko"] {
        let out = whrcf().env("COLUMNS", "40").args(["--lang", lang, "editions"]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(too_wide(&text, 40), Vec::<&str>::new(), "{lang}:\n{text}");
        assert!(text.lines().any(|l| l.starts_with("2021  ")), "each edition named: {text}");
    }
    let wide = String::from_utf8(whrcf().env("COLUMNS", "120").arg("editions").output().unwrap().stdout).unwrap();
    assert!(wide.lines().any(|l| l.starts_with("year  no.   days")), "a table when it fits: {wide}");
}
