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
        match super::with_opening(cli, |how| load::open(&load::Source::File(path.clone()), how)) {
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
                for p in &problems {
                    outln!("{p}");
                }
                let found = wording::PROBLEMS.of(problems.len());
                outln!("{}", wording::FOUND_IN.say(&[("programme", &path.display()), ("what", &found)]));
                worst = worst.max(EXIT_PROBLEMS);
            }
        }
    }
    ExitCode::from(worst)
}
