//! Text from files is untrusted: this module neutralises it for a terminal. Escape sequences
//! (ESC/CSI/OSC/DCS, whole), C0 and C1 controls and bidi overrides are removed; zero-width
//! characters are removed and line/paragraph separators become line ends, so text occupies the
//! columns its width says. The model keeps every string as the file gave it (JSON output carries
//! it faithfully, escaped: [`crate::safe_json`]); these functions are applied where text is
//! printed or drawn.

/// `text` made safe for one line of a terminal: controls removed, newlines and tabs become spaces.
pub fn line(text: &str) -> String {
    clean(text, false)
}

/// `text` as one terminal line that shows what it holds: every character [`is_unsafe`] is written
/// as `\u{..}`, so a diagnostic quoting a file says exactly what is there (``unknown time zone
/// `Europe/Berlin\u{1b}]52;…` ``) and is never two lines.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` made safe for a terminal, keeping newlines (for summaries and notes).
pub fn block(text: &str) -> String {
    clean(text, true)
}

fn clean(text: &str, keep_newlines: bool) -> String {
    if is_clean(text.as_bytes(), keep_newlines) {
        return text.to_owned();
    }
    strip(text, keep_newlines)
}

/// `text` without controls and escape sequences, character by character.
fn strip(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{9d}' => skip_string(&mut chars),
            '\n' if keep_newlines => out.push('\n'),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push(if keep_newlines { '\n' } else { ' ' });
                }
            }
            '\n' | '\t' => out.push(' '),
            '\u{2028}' | '\u{2029}' => out.push(if keep_newlines { '\n' } else { ' ' }),
            c if is_invisible_control(c) || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A fast byte-level test: no C0 control (but newlines in blocks), no DEL, no C1 control
/// (UTF-8 `C2 80`..`C2 9F`) and no bidi control (`E2 80 AA`..`AE`, `E2 81 A6`..`A9`).
/// Runs without such a byte's start are passed over whole (a loop the compiler vectorises); a run
/// with anything else is looked at byte by byte.
fn is_clean(bytes: &[u8], keep_newlines: bool) -> bool {
    const RUN: usize = 16;
    // Printable ASCII, and any byte of a wider character but the two leads that can start a
    // C1 control (`C2`) or a bidi control (`E2`).
    let plain_byte = |b: u8| {
        (0x20..0x7f).contains(&b)
            | ((b >= 0x80) & !matches!(b, 0xc2 | 0xcd | 0xd8 | 0xe1 | 0xe2 | 0xe3 | 0xef | 0xf0 | 0xf3))
            | (keep_newlines & (b == b'\n'))
    };
    let mut i = 0;
    while i < bytes.len() {
        let end = bytes.len().min(i + RUN);
        let run = &bytes[i..end];
        let plain = run.len() == RUN && run.iter().fold(true, |all, &b| all & plain_byte(b));
        if !plain && !(i..end).all(|at| clean_at(bytes, at, keep_newlines)) {
            return false;
        }
        i = end;
    }
    true
}

/// Whether the byte at `i` starts nothing to remove (continuation bytes never do).
fn clean_at(bytes: &[u8], i: usize, keep_newlines: bool) -> bool {
    let next = |k: usize| bytes.get(i + k).copied();
    match bytes[i] {
        b'\n' => keep_newlines,
        0..=0x1f | 0x7f => false,
        0xc2 => !matches!(next(1), Some(0x80..=0x9f | 0xad)),
        0xcd => next(1) != Some(0x8f),
        0xd8 => next(1) != Some(0x9c),
        0xe1 => !matches!(
            (next(1), next(2)),
            (Some(0x85), Some(0x9f | 0xa0)) | (Some(0x9e), Some(0xb4 | 0xb5)) | (Some(0xa0), Some(0x8b..=0x8f))
        ),
        0xe2 => !matches!(
            (next(1), next(2)),
            (Some(0x80), Some(0x8b..=0x8f | 0xa8..=0xae)) | (Some(0x81), Some(0xa0..=0xa4 | 0xa6..=0xaf))
        ),
        0xe3 => (next(1), next(2)) != (Some(0x85), Some(0xa4)),
        0xef => !matches!(
            (next(1), next(2)),
            (Some(0xbb), Some(0xbf)) | (Some(0xbe), Some(0xa0)) | (Some(0xbf), Some(0xb9..=0xbb))
        ),
        0xf0 => !matches!((next(1), next(2), next(3)), (Some(0x9d), Some(0x85), Some(0xb3..=0xba))),
        0xf3 => !matches!((next(1), next(2)), (Some(0xa0), Some(0x80 | 0x81))),
        _ => true,
    }
}

/// Characters that change how text around them is shown without showing anything: bidi
/// embeddings, overrides, isolates and marks (they can make a title read backwards), and
/// zero-width spaces and joiners (terminals disagree on their width, so borders would shift).
/// Also the other characters that show nothing where terminals disagree on their width: the
/// soft hyphen, fillers (Hangul, Mongolian), invisible operators, interlinear annotation marks,
/// tag characters and musical format controls.
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206a}'..='\u{206f}'
            | '\u{feff}'
            | '\u{61c}'
            | '\u{ad}'
            | '\u{34f}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{3164}'
            | '\u{ffa0}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

/// Whether `c` must never reach a terminal as it is: a control character (C0, DEL, C1), a line or
/// paragraph separator, or an invisible control.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_invisible_control(c)
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | '_' | '^' | 'X') => skip_string(chars),
        _ => {}
    }
}

/// CSI: parameter bytes (`0`..`?`), then intermediate bytes (space..`/`), then one final byte
/// (`@`..`~`). Only that is taken: anything else ends a malformed sequence where it stands, so a
/// stray introducer never swallows the text after it.
fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars.next_if(|c| ('0'..='?').contains(c)).is_some() {}
    while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
    chars.next_if(|c| ('@'..='~').contains(c));
}

/// How far a string sequence's terminator is looked for; an OSC without one that near is not
/// taken as a sequence, so a stray introducer cannot hide the rest of a long text.
const STRING_REACH: usize = 4096;

/// OSC/DCS/APC/PM/SOS: up to BEL, ST (ESC \) or the C1 ST. Without a terminator (within
/// [`STRING_REACH`]) only the introducer is dropped and what follows stays as text.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    let mut probe = chars.clone();
    for _ in 0..STRING_REACH {
        match probe.next() {
            None => return,
            Some('\u{7}' | '\u{9c}') => {
                *chars = probe;
                return;
            }
            Some('\u{1b}') => {
                if probe.peek() == Some(&'\\') {
                    probe.next();
                }
                *chars = probe;
                return;
            }
            Some(_) => {}
        }
    }
}

mod programme;

pub use programme::{Ids, programme};

#[cfg(test)]
#[path = "sanitize_tests.rs"]
mod tests;
