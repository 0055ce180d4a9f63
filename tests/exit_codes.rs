//! The exit codes of every subcommand, as the README's "Exit codes" table gives them: 0 success,
//! 1 when `validate`, `clashes` or `diff` found something, 2 for errors (unreadable input, an
//! unknown id, edition or day, a file that cannot be written) and for usage errors. Each command
//! is run in a case that succeeds and a case that fails.

#[path = "common/cli.rs"]
mod cli;

use cli::whrcf_at;

/// Files the cases use, in a folder of their own that is also the config and data directory.
struct Files {
    home: tempfile::TempDir,
}

impl Files {
    fn new() -> Files {
        let home = tempfile::tempdir().unwrap();
        let sample = whrcf::sample::toml();
        std::fs::write(home.path().join("sample.toml"), &sample).unwrap();
        std::fs::write(home.path().join("changed.toml"), sample.replace("Closing Ceremony", "Closing Party")).unwrap();
        std::fs::write(home.path().join("broken.toml"), "title = \n").unwrap();
        std::fs::write(home.path().join("binary.toml"), [0u8, 159, 146, 150, 0, 1]).unwrap();
        Files { home }
    }

    fn path(&self, name: &str) -> String {
        self.home.path().join(name).to_str().unwrap().to_owned()
    }

    /// `args` with `{dir}` standing for the folder.
    fn code(&self, args: &[&str]) -> Option<i32> {
        let dir = self.path("");
        let args: Vec<String> = args.iter().map(|a| a.replace("{dir}/", &dir)).collect();
        let out = whrcf_at(self.home.path()).args(&args).output().unwrap();
        out.status.code()
    }
}

/// (command, arguments, exit code): every subcommand at least once succeeding and once failing.
const CASES: &[(&str, &[&str], i32)] = &[
    ("editions", &["editions", "--format", "json"], 0),
    ("editions", &["editions", "--format", "xml"], 2),
    ("list", &["--edition", "2021", "list", "--day", "2", "--columns", "time,title"], 0),
    ("list", &["--edition", "2021", "list", "--day", "9"], 2),
    ("list", &["list", "--columns", "tilte"], 2),
    ("list", &["list", "--theme", "no-such-theme"], 2),
    ("list", &["--programme", "{dir}/broken.toml", "list"], 2),
    ("show", &["--edition", "2021", "show", "2021-refugees"], 0),
    ("show", &["--edition", "2021", "show", "no-such-session"], 2),
    ("themes", &["themes", "--format", "json"], 0),
    ("themes", &["--edition", "1999", "themes"], 2),
    ("organizers", &["--edition", "all", "organizers", "--format", "json"], 0),
    ("organizers", &["--programme", "{dir}/missing.toml", "organizers"], 2),
    ("people", &["people", "--format", "json"], 0),
    ("people", &["--programme", "{dir}/sample.toml", "people", "--room", "zzzz"], 2),
    ("validate", &["validate", "{dir}/sample.toml"], 0),
    ("validate", &["validate", "{dir}/broken.toml"], 1),
    ("validate", &["validate", "{dir}/missing.toml"], 2),
    ("validate", &["validate", "{dir}/binary.toml"], 2),
    ("agenda", &["--programme", "{dir}/sample.toml", "agenda", "add", "film"], 0),
    ("agenda", &["--programme", "{dir}/sample.toml", "agenda", "list", "--format", "json"], 0),
    ("agenda", &["--programme", "{dir}/sample.toml", "agenda", "add", "no-such-session"], 2),
    ("agenda", &["--programme", "{dir}/sample.toml", "agenda", "import", "{dir}/missing.toml"], 2),
    ("agenda", &["--agenda", "{dir}/sample.toml/agenda.toml", "agenda", "add", "2025-opening-ceremony"], 2),
    ("agenda", &["--edition", "all", "agenda", "list"], 2),
    ("next", &["--programme", "{dir}/sample.toml", "next"], 0),
    ("next", &["--edition", "all", "next"], 2),
    ("clashes", &["clashes"], 0),
    ("clashes", &["--programme", "{dir}/sample.toml", "clashes"], 1),
    ("clashes", &["--programme", "{dir}/broken.toml", "clashes"], 2),
    ("diff", &["diff", "{dir}/sample.toml", "{dir}/sample.toml"], 0),
    ("diff", &["diff", "{dir}/sample.toml", "{dir}/changed.toml"], 1),
    ("diff", &["diff", "{dir}/sample.toml", "{dir}/missing.toml"], 2),
    ("refresh", &["refresh", "{dir}/sample.toml"], 2),
    ("refresh", &["refresh", "https://"], 2),
    ("programmes", &["programmes", "--format", "json"], 0),
    ("programmes", &["programmes", "add", "--name", "mine", "{dir}/sample.toml"], 0),
    ("programmes", &["programmes", "remove", "no-such-name"], 2),
    ("import", &["import", "{dir}/sample.toml", "-o", "{dir}/imported.toml"], 0),
    ("import", &["import", "{dir}/sample.toml", "-o", "{dir}/sample.toml/imported.toml"], 2),
    ("export", &["--programme", "{dir}/sample.toml", "export", "programme", "--format", "md"], 0),
    ("export", &["export", "programme", "--format", "ics", "-o", "{dir}/sample.toml/out.ics"], 2),
    ("export", &["--edition", "all", "export", "programme", "--format", "html"], 2),
    ("moves", &["--programme", "{dir}/sample.toml", "moves"], 0),
    (
        "moves",
        &["--programme", "{dir}/sample.toml", "moves", "export", "--format", "toml", "-o", "{dir}/sample.toml/m.toml"],
        2,
    ),
    ("moves", &["--edition", "all", "moves"], 2),
    ("completions", &["completions", "fish"], 0),
    ("completions", &["completions", "tcsh"], 2),
    ("man", &["man"], 0),
    ("man", &["man", "extra"], 2),
    // Usage: clap's own codes, help and version on standard output.
    ("usage", &["--help"], 0),
    ("usage", &["list", "--help"], 0),
    ("usage", &["--version"], 0),
    ("usage", &["no-such-command"], 2),
    ("usage", &["list", "--no-such-option"], 2),
    ("usage", &["--tz", "Mars/Phobos", "list"], 2),
    ("usage", &["--now", "yesterday", "list"], 2),
    ("usage", &["agenda"], 2),
];

#[test]
fn every_command_exits_as_the_readme_says() {
    let files = Files::new();
    let mut wrong = Vec::new();
    for (command, args, expected) in CASES {
        let code = files.code(args);
        if code != Some(*expected) {
            wrong.push(format!("{command}: {args:?} exited {code:?}, expected {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_subcommand_has_a_success_and_an_error_case() {
    let help = String::from_utf8(whrcf_at(std::path::Path::new("/nonexistent")).arg("--help").output().unwrap().stdout)
        .unwrap();
    let listed = help.split("Commands:\n").nth(1).unwrap().split("\n\n").next().unwrap();
    let names = listed.lines().filter(|l| l.starts_with("  ") && !l.starts_with("   "));
    for name in names.filter_map(|l| l.split_whitespace().next()).filter(|n| *n != "help") {
        let codes: Vec<i32> = CASES.iter().filter(|(c, _, _)| *c == name).map(|(_, _, code)| *code).collect();
        assert!(codes.contains(&2), "{name} has no error case");
        // `refresh` succeeds only against a server: tests/web_programme.rs has its successes.
        assert!(name == "refresh" || codes.contains(&0), "{name} has no success case");
    }
}

#[test]
fn the_readme_gives_each_code() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("### Exit codes").nth(1).unwrap().split("\n### ").next().unwrap();
    for row in ["| 0 |", "| 1 |", "| 2 |"] {
        assert!(section.contains(row), "{row}");
    }
    for command in ["`validate`", "`clashes`", "`diff`", "`--help`", "`list --columns`"] {
        assert!(section.contains(command), "{command} in the exit codes");
    }
}

#[test]
fn output_that_cannot_be_written_is_an_error() {
    let files = Files::new();
    for args in [
        &["--edition", "2021", "list"][..],
        &["--edition", "2021", "list", "--format", "json"],
        &["themes", "--format", "json"],
        &["--edition", "2021", "show", "2021-refugees"],
        &["--programme", "sample.toml", "clashes"],
        &["completions", "bash"],
        &["man"],
        &["--programme", "sample.toml", "export", "programme", "--format", "html"],
    ] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("Linux's /dev/full");
        let out =
            cli::command_at(files.home.path()).current_dir(files.home.path()).args(args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.contains("whrcf: cannot write the output: No space left on device"), "{args:?}: {said}");
    }
}

#[test]
fn binary_bytes_named_csv_are_not_a_text_file_as_under_any_other_name() {
    let home = tempfile::tempdir().unwrap();
    let bytes = [20, 0, 6, 0, 0x9f, 0x80, 1, 2, b'\n', 0xc3, 0x28];
    for name in ["bin.csv", "bin.tsv", "bin.dat"] {
        let path = home.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = whrcf_at(home.path()).arg("validate").arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {stderr}");
        assert!(stderr.contains("not a text file (binary data at byte 1)"), "{name}: {stderr}");
    }
}
