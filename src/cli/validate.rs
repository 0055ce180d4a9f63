//! `whrcf validate PATH…`: report every problem of each file with its location.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use whrcf::load;
use whrcf::wording;

use super::{EXIT_ERROR, EXIT_PROBLEMS};

#[derive(Debug, Clone, Args)]
pub struct ValidateArgs {
    /// Programme files to check.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Check each file, opened as every command opens one (`--tz` for files that name no zone).
pub fn run(cli: &super::Cli, args: &ValidateArgs) -> ExitCode {
    let mut worst = 0u8;
    for path in &args.paths {
        match super::with_opening(cli, |how| load::open(&load::Source::named(path), how)) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    outln!("{w}");
                }
                let sessions = wording::SESSIONS.of(loaded.programme.sessions.len());
                // A schedule loads without the events it had to skip: each is a problem.
                let skipped = loaded.warnings.iter().filter(|w| w.is_error()).count();
                if skipped == 0 {
                    outln!("{}", wording::VALIDATE_OK.say(&[("file", &path.display()), ("sessions", &sessions)]));
                } else {
                    let problems = wording::PROBLEMS.of(skipped);
                    let args: [wording::Arg<'_>; 3] =
                        [("file", &path.display()), ("problems", &problems), ("sessions", &sessions)];
                    outln!("{}", wording::VALIDATE_SKIPPED.say(&args));
                    worst = worst.max(EXIT_PROBLEMS);
                }
            }
            Err(e) if e.is_unreadable() => {
                errln!("whrcf: {e}");
                worst = worst.max(EXIT_ERROR);
            }
            Err(e) => {
                let problems = e.problems();
                let shown = path.display().to_string();
                for p in &problems {
                    match e {
                        load::LoadError::Invalid { .. } => outln!("{p}"),
                        _ => outln!("{}", labelled(&shown, p)),
                    }
                }
                let found = wording::PROBLEMS.of(problems.len());
                outln!("{}", wording::FOUND_IN.say(&[("programme", &path.display()), ("what", &found)]));
                worst = worst.max(EXIT_PROBLEMS);
            }
        }
    }
    ExitCode::from(worst)
}

/// A load error's text with the `error:` label every problem line has (in the language spoken),
/// after its location (`file:1:13: error: not valid JSON ...`).
fn labelled(path: &str, text: &str) -> String {
    let error = wording::PROBLEM_ERROR.text();
    if let Some(rest) = text.strip_prefix(path)
        && let Some(n) = rest.find(": ")
        && rest[..n].bytes().all(|b| b == b':' || b.is_ascii_digit())
    {
        return format!("{path}{}: {error}: {}", &rest[..n], &rest[n + 2..]);
    }
    format!("{path}: {error}: {text}")
}

#[cfg(test)]
mod tests {
    use super::labelled;

    #[test]
    fn a_load_error_is_labelled_after_its_location() {
        assert_eq!(labelled("a.json", "a.json:1:13: not valid JSON"), "a.json:1:13: error: not valid JSON");
        assert_eq!(labelled("a.json", "a.json: JSON but not a schedule"), "a.json: error: JSON but not a schedule");
        assert_eq!(labelled("a.json", "something else"), "a.json: error: something else");
    }
}
