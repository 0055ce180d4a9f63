//! Text from programme files is untrusted: remove terminal control and escape sequences
//! (ESC/CSI/OSC, C0 and C1 controls, bidi overrides) before anything reaches a terminal.

use crate::model::{Person, Programme, Session, Theme};

/// `text` made safe for one line of a terminal: controls removed, newlines and tabs become spaces.
pub fn line(text: &str) -> String {
    clean(text, false)
}

/// `text` made safe for a terminal, keeping newlines (for summaries and notes).
pub fn block(text: &str) -> String {
    clean(text, true)
}

fn clean(text: &str, keep_newlines: bool) -> String {
    if !text.chars().any(needs_work) {
        return text.to_owned();
    }
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
            c if is_bidi_control(c) || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn needs_work(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | '_' | '^' | 'X') => skip_string(chars),
        _ => {}
    }
}

/// CSI: parameters and intermediates, then one final byte in `@`..`~`.
fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
    }
}

/// OSC/DCS/APC/PM/SOS: up to BEL, ST (ESC \) or the C1 ST.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

fn lines(list: &mut [String]) {
    for s in list {
        *s = line(s);
    }
}

fn opt_line(s: &mut Option<String>) {
    if let Some(v) = s {
        *v = line(v);
    }
}

fn opt_block(s: &mut Option<String>) {
    if let Some(v) = s {
        *v = block(v);
    }
}

/// Make every string of a programme safe for the terminal.
pub fn programme(p: &mut Programme) {
    p.id = line(&p.id);
    p.title = line(&p.title);
    opt_line(&mut p.short_title);
    opt_line(&mut p.theme);
    lines(&mut p.theme_titles);
    lines(&mut p.dates_as_stated);
    opt_line(&mut p.venue);
    opt_block(&mut p.mode);
    lines(&mut p.hosts);
    lines(&mut p.organizers);
    opt_line(&mut p.stated_session_count);
    for v in p.figures.values_mut() {
        *v = line(v);
    }
    lines(&mut p.sources);
    p.themes.iter_mut().for_each(theme);
    p.sessions.iter_mut().for_each(session);
}

fn theme(t: &mut Theme) {
    t.id = line(&t.id);
    t.name = line(&t.name);
    opt_block(&mut t.description);
}

fn session(s: &mut Session) {
    s.id.0 = line(&s.id.0);
    s.title = line(&s.title);
    lines(&mut s.other_titles);
    opt_line(&mut s.subtitle);
    opt_line(&mut s.kind);
    opt_line(&mut s.kind_as_stated);
    opt_line(&mut s.format_as_stated);
    lines(&mut s.languages);
    lines(&mut s.interpretation);
    opt_line(&mut s.room);
    opt_line(&mut s.venue);
    lines(&mut s.themes);
    lines(&mut s.organizers);
    s.people.iter_mut().for_each(person);
    opt_block(&mut s.summary);
    lines(&mut s.sources);
    opt_block(&mut s.notes);
}

fn person(p: &mut Person) {
    p.name = line(&p.name);
    opt_line(&mut p.role);
    opt_line(&mut p.affiliation);
    opt_line(&mut p.country);
    opt_line(&mut p.topic);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_whole() {
        assert_eq!(line("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(line("x\u{1b}]52;c;ZXZpbA==\u{7}y"), "xy");
        assert_eq!(line("x\u{1b}]0;title\u{1b}\\y"), "xy");
        assert_eq!(line("bell\u{7}\u{8}\u{9b}2Jz"), "bellz");
    }

    #[test]
    fn keeps_text_and_newlines_where_asked() {
        assert_eq!(line("광주 🌏 Forum"), "광주 🌏 Forum");
        assert_eq!(line("a\nb\tc"), "a b c");
        assert_eq!(block("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(line("\u{202e}evil"), "evil");
    }
}
