//! The `whrcf` binary: parse the command line, then run a subcommand or the terminal app.

mod cli;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: large programmes are millions of small strings, and glibc's allocator spends more
/// time growing its per-thread heaps than building them (see docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h): how long freed memory is kept before it is
/// given back. Its default of 10 ms kept the file and the events of a large programme resident
/// while the sessions made from them grew (a 100k-session schedule.json peaked 55 MB higher).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // SAFETY: sets one of mimalloc's options to a documented value (0: give back at once).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    // Piped into `head` and the like: end quietly when the reader goes away, as CLI tools do.
    // SAFETY: setting a signal's disposition to its default before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    cli::choose_language(std::env::args_os());
    // Argument errors quote what was typed (a pasted `--tz` value may hold escape sequences):
    // printed through the same neutralising door as everything else.
    cli::choose_language(std::env::args_os());
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => return cli::usage_error(&e),
    };
    match args.command.clone() {
        Some(command) => cli::run(&args, command),
        None => cli::run_app(&args),
    }
}
