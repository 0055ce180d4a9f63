//! The terminal app (see its issue); until it lands, running without a subcommand prints help.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::Cli;

pub fn run(_args: &Cli) -> ExitCode {
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}
