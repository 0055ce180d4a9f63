//! `whrcf completions SHELL` and `whrcf man`: the completion script really completes in bash,
//! the manual page renders with `man` and names every subcommand, and `--help` of every
//! subcommand still works.

#[path = "common/cli.rs"]
mod cli;

use std::path::Path;
use std::process::{Command, Stdio};

use cli::whrcf;

fn stdout(args: &[&str]) -> String {
    let out = whrcf().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The subcommands `whrcf --help` lists (`help` aside), and those of each that has its own.
fn subcommands(args: &[&str]) -> Vec<String> {
    let help = stdout(&[args, &["--help"]].concat());
    let listed = help.split("Commands:\n").nth(1).expect("a Commands section").split("\n\n").next().unwrap();
    listed
        .lines()
        // A name is indented by two spaces; a description that wraps, by more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// What bash's completion offers for the words typed so far (the last one being completed).
fn bash_completes(script: &std::path::Path, words: &[&str]) -> Vec<String> {
    let words_array = words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" ");
    let cword = words.len() - 1;
    let (current, previous) = (words[cword], words[cword.saturating_sub(1)]);
    let line = format!(
        "source '{}'; COMP_WORDS=({words_array}); COMP_CWORD={cword}; _whrcf whrcf '{current}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let out = Command::new("bash").args(["--norc", "--noprofile", "-c", &line]).output().expect("bash runs");
    assert!(out.status.success(), "bash: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect()
}

#[test]
fn bash_loads_the_completion_and_completes_subcommands_and_options() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("whrcf.bash");
    std::fs::write(&script, stdout(&["completions", "bash"])).unwrap();
    assert_eq!(bash_completes(&script, &["whrcf", "li"]), ["list"]);
    assert_eq!(bash_completes(&script, &["whrcf", "comp"]), ["completions"]);
    assert_eq!(bash_completes(&script, &["whrcf", "list", "--col"]), ["--columns", "--column-map"]);
    assert_eq!(bash_completes(&script, &["whrcf", "themes", "--format", "j"]), ["json"]);
    assert_eq!(bash_completes(&script, &["whrcf", "list", "--columns", "ti"]), ["time", "title"]);
    let offered = bash_completes(&script, &["whrcf", "completions", ""]);
    for shell in ["bash", "elvish", "fish", "powershell", "zsh"] {
        assert!(offered.iter().any(|o| o == shell), "{shell} in {offered:?}");
    }
}

#[test]
fn bash_offers_the_languages_the_editions_and_each_name_of_a_column_list() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("whrcf.bash");
    std::fs::write(&script, stdout(&["completions", "bash"])).unwrap();
    assert_eq!(bash_completes(&script, &["whrcf", "--lang", ""]), ["en", "ko"], "not file names");
    assert_eq!(bash_completes(&script, &["whrcf", "list", "--lang", "k"]), ["ko"]);
    let editions = bash_completes(&script, &["whrcf", "--edition", ""]);
    assert!(editions.iter().any(|e| e == "2019") && editions.iter().any(|e| e == "all"), "{editions:?}");
    assert_eq!(bash_completes(&script, &["whrcf", "--edition", "a"]), ["all"]);
    assert_eq!(bash_completes(&script, &["whrcf", "list", "--columns", "id,ti"]), ["id,time", "id,title"]);
    assert_eq!(bash_completes(&script, &["whrcf", "list", "--columns", "id,title,ro"]), ["id,title,room"]);
    let left = bash_completes(&script, &["whrcf", "list", "--columns", "id,time,"]);
    assert!(left.len() == 8 && left.iter().all(|c| c != "id,time,id" && c != "id,time,time"), "not again: {left:?}");
    assert!(stdout(&["completions", "zsh"]).contains("_sequence compadd - day time title"), "zsh too");
}

/// What fish offers for `line` with `script` loaded (in an empty folder: no file names), or
/// `None` where fish is not installed.
fn fish_completes(script: &Path, line: &str) -> Option<Vec<String>> {
    let empty = tempfile::tempdir().unwrap();
    let command = format!("source {}; complete -C '{line}'", script.display());
    let out = Command::new("fish").args(["--no-config", "-c", &command]).current_dir(empty.path()).output().ok()?;
    assert!(out.status.success(), "fish: {}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).unwrap().lines().map(|l| l.split('\t').next().unwrap().to_owned()).collect())
}

#[test]
fn fish_offers_the_shells_and_the_values_of_a_top_level_option() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("whrcf.fish");
    let text = stdout(&["completions", "fish"]);
    assert!(text.contains(r#"-n "__fish_whrcf_using_subcommand completions" -f -a "bash elvish fish powershell zsh""#));
    std::fs::write(&script, text).unwrap();
    let Some(shells) = fish_completes(&script, "whrcf completions ") else {
        eprintln!("fish is not installed: only the script's text was checked");
        return;
    };
    assert_eq!(shells, ["bash", "elvish", "fish", "powershell", "zsh"]);
    assert_eq!(fish_completes(&script, "whrcf --lang ").unwrap(), ["en", "ko"], "not file names");
    assert_eq!(fish_completes(&script, "whrcf --tz UTC --lang k").unwrap(), ["ko"]);
    let editions = fish_completes(&script, "whrcf --edition ").unwrap();
    assert!(editions.iter().any(|e| e == "2019") && editions.iter().any(|e| e == "all"), "{editions:?}");
    assert_eq!(fish_completes(&script, "whrcf list --lang ").unwrap(), ["en", "ko"], "after a subcommand still");
    assert!(fish_completes(&script, "whrcf li").unwrap().contains(&"list".to_owned()));
}

#[test]
fn every_shell_gets_a_script_naming_the_subcommands() {
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&["completions", shell]);
        assert!(script.contains("whrcf") && script.contains("organizers") && script.contains("columns"), "{shell}");
    }
    let out = whrcf().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "an unknown shell is a usage error");
}

/// The manual page as `man` shows it (plain text, 100 columns).
fn rendered_man_page(page: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("whrcf.1");
    std::fs::write(&file, page).unwrap();
    let out = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "100")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::null())
        .output()
        .expect("man (man-db) is installed");
    assert!(out.status.success(), "man -l: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_manual_page_renders_with_every_subcommand_and_option() {
    let page = stdout(&["man"]);
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "roff: {}", &page[..80]);
    let text = rendered_man_page(&page);
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS"] {
        assert!(text.lines().any(|l| l == section), "section {section} in:\n{text}");
    }
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("EXIT STATUS 0 Success;") && words.contains("1 validate found problems"), "{text}");
    assert!(words.contains("2 Bad usage;"), "{text}");
    assert!(words.contains("diff found changes, moves found moves that no longer apply"), "{text}");
    assert!(!text.contains('`'), "the help's Markdown quotes are not shown as such: {text}");
    assert!(words.contains("whrcf man > ~/.local/share/man/man1/whrcf.1"), "{text}");
    let synopsis = words.split(" DESCRIPTION ").next().unwrap();
    assert!(synopsis.contains("[--edition YEAR|ORDINAL|all] [--programme PATH|URL|NAME]"), "{synopsis}");
    assert!(words.contains("whrcf list [--day N|YYYY-MM-DD|undated] [--theme ID]"), "{text}");
    assert!(words.contains("NAME whrcf - A fast terminal browser"), "{text}");
    for sub in subcommands(&[]) {
        // The synopsis heads the subsection (justified: spaces between words may be doubled).
        let heading = |l: &str| l.starts_with("   whrcf ") && l.split_whitespace().take(2).eq(["whrcf", sub.as_str()]);
        assert!(text.lines().any(heading), "{sub} in:\n{text}");
    }
    for sub in subcommands(&["agenda"]) {
        assert!(text.contains(&format!("whrcf agenda {sub}")), "agenda {sub}");
    }
    for option in ["--edition <YEAR|ORDINAL|all>", "--columns <COLUMN,...>", "--format <FORMAT>", "--buffer"] {
        assert!(text.contains(option), "{option}");
    }
}

#[test]
fn every_subcommand_still_has_its_help() {
    let top = subcommands(&[]);
    for name in ["list", "themes", "organizers", "completions", "man", "agenda"] {
        assert!(top.iter().any(|s| s == name), "{name} in {top:?}");
    }
    let nested = ["agenda", "programmes", "export"].map(|parent| (parent, subcommands(&[parent])));
    let mut all: Vec<Vec<String>> = top.iter().map(|s| vec![s.clone()]).collect();
    for (parent, subs) in &nested {
        all.extend(subs.iter().map(|s| vec![parent.to_string(), s.clone()]));
    }
    for words in all {
        let args: Vec<&str> = words.iter().map(String::as_str).chain(["--help"]).collect();
        let help = stdout(&args);
        assert!(help.contains(&format!("Usage: whrcf {}", words.join(" "))), "{words:?}:\n{help}");
    }
}

#[test]
fn the_manual_page_is_in_english_whatever_the_language_chosen() {
    let page = |lang: &str| {
        let out = whrcf().env("LANG", "ko_KR.UTF-8").args(["--lang", lang, "man"]).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let korean = page("ko");
    assert!(korean.contains("Success; for validate, every file is valid"), "{korean}");
    assert_eq!(korean, page("en"), "the same page, in English, under --lang ko");
}
