//! The `whrcf` binary: parse the command line, then run a subcommand or the terminal app.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match args.command.clone() {
        Some(command) => cli::run(&args, command),
        None => cli::run_app(&args),
    }
}
