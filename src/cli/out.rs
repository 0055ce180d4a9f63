//! The one door to the terminal for the command line: everything it prints, on standard output
//! and standard error, is neutralised here (escape sequences, controls, bidi and zero-width
//! characters; see `whrcf::sanitize`), whatever file the text came from: programme, agenda,
//! config or keys, diagnostics included. JSON is escaped before it gets here (`whrcf::safe_json`),
//! so it passes through unchanged. `outln!`, `out!` and `errln!` stand in for `println!`,
//! `print!` and `eprintln!`. The load warnings of the programme commands are printed here too, a
//! few of them.

use std::fmt;
use std::io::Write;
use std::sync::OnceLock;

/// Why standard output could not be written, the first time it could not (a full disk, a closed
/// file): the command then ends with exit code 2 instead of claiming success.
static OUTPUT_FAILED: OnceLock<String> = OnceLock::new();

/// Where a line goes.
#[derive(Debug, Clone, Copy)]
pub enum Stream {
    Out,
    Err,
}

/// Print `args` made safe for a terminal, with a line end when `newline`. A closed pipe ends the
/// process quietly (SIGPIPE is left at its default in `main`); another error writing standard
/// output is kept for [`output_failed`] (one on standard error cannot be told anywhere).
pub fn print(stream: Stream, args: fmt::Arguments, newline: bool) {
    let text = match args.as_str() {
        Some(s) => std::borrow::Cow::Borrowed(s),
        None => std::borrow::Cow::Owned(args.to_string()),
    };
    // CR LF line ends are kept (an iCalendar export on standard output needs them); a lone CR,
    // which could overwrite what was printed, becomes a line end. Line and paragraph separators
    // become spaces: here they can only come from inside a field, never from our own layout.
    let text = text.replace(['\u{2028}', '\u{2029}'], " ");
    let safe = text.split("\r\n").map(whrcf::sanitize::block).collect::<Vec<_>>().join("\r\n");
    let end: &[u8] = if newline { b"\n" } else { b"" };
    match stream {
        Stream::Out => {
            if let Err(e) = std::io::stdout().lock().write_all(&[safe.as_bytes(), end].concat()) {
                let _ = OUTPUT_FAILED.set(e.to_string());
            }
        }
        Stream::Err => {
            let _ = std::io::stderr().lock().write_all(&[safe.as_bytes(), end].concat());
        }
    }
}

/// Keep the error of a write to standard output made other than through [`print`] (streamed
/// JSON, a generated script).
pub fn written(result: std::io::Result<()>) {
    if let Err(e) = result {
        let _ = OUTPUT_FAILED.set(e.to_string());
    }
}

/// Why standard output could not be written, if it could not: what is still buffered is
/// written first.
pub fn output_failed() -> Option<&'static str> {
    if let Err(e) = std::io::stdout().lock().flush() {
        let _ = OUTPUT_FAILED.set(e.to_string());
    }
    OUTPUT_FAILED.get().map(String::as_str)
}

/// `println!`, neutralised for the terminal.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::out::print($crate::cli::out::Stream::Out, format_args!($($arg)*), true) };
}

/// `print!`, neutralised for the terminal.
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::out::print($crate::cli::out::Stream::Out, format_args!($($arg)*), false) };
}

/// `eprintln!`, neutralised for the terminal.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::out::print($crate::cli::out::Stream::Err, format_args!($($arg)*), true) };
}

/// How many of a file's load warnings a command other than `validate` prints.
const LOAD_WARNINGS_SHOWN: usize = 3;

/// The first few problems found loading the programme, on stderr, then how many more there are
/// and how to list them all (`whrcf validate FILE`): a command about something else does not
/// repeat eighteen of them every time. Errors (sessions left out) come before the warnings.
pub fn print_load_warnings(warnings: &[whrcf::diagnostic::Problem], file: Option<&std::path::Path>) {
    let errors = warnings.iter().filter(|w| w.is_error());
    for warning in errors.chain(warnings.iter().filter(|w| !w.is_error())).take(LOAD_WARNINGS_SHOWN) {
        errln!("{warning}");
    }
    let more = warnings.len().saturating_sub(LOAD_WARNINGS_SHOWN);
    if more > 0 {
        let file = file.map_or_else(|| "FILE".to_owned(), |f| whrcf::sanitize::line(&f.display().to_string()));
        errln!("{}", whrcf::wording::MORE_LOAD_WARNINGS.say(more, &[("file", &file)]));
    }
}
