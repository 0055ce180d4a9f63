//! Text for fixed-width cells: display width of wide (Korean) and emoji text, truncation
//! with an ellipsis, padding, and folding for search (case and accents).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `s` takes in a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The end of `s` in at most `max` columns, starting with `…` when its beginning is cut (what is
/// being typed stays in sight as a field fills up).
pub fn tail(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in s.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > max {
            break;
        }
        kept.push(c);
        used += w;
    }
    std::iter::once('…').chain(kept.into_iter().rev()).take(max).collect()
}

/// `s` cut or padded with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut out = truncate(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// `s` cut from the front ([`tail`]) or padded with spaces to exactly `cols` columns.
pub fn fit_tail(s: &str, cols: usize) -> String {
    let mut out = tail(s, cols);
    if let Some(rest) = out.strip_prefix("… ") {
        out = format!("…{}", rest.trim_start());
    }
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Lower-case `s` with accents removed; Hangul stays whole. Returns the folded text and, for
/// each folded character, the index of the original character it came from.
pub fn fold(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            map.push(i);
            continue;
        }
        if is_hangul_syllable(c) {
            out.push(c);
            map.push(i);
            continue;
        }
        for d in std::iter::once(c).nfd() {
            if is_combining_mark(d) {
                continue;
            }
            for l in d.to_lowercase() {
                out.push(l);
                map.push(i);
            }
        }
    }
    (out, map)
}

/// `fold` without the index map: lower case, accents removed, Hangul kept.
pub fn fold_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    fold(s).0
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{ac00}'..='\u{d7a3}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_text_is_measured_and_cut_by_columns() {
        assert_eq!(width("난민"), 4);
        assert_eq!(truncate("난민 보호", 5), "난민…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(width(&fit("전체회의 1: 더 공정한", 9)), 9);
        assert_eq!(tail("abcdef", 4), "…def");
        assert_eq!(tail("abc", 4), "abc");
        assert_eq!(tail("광주인권", 5), "…인권");
        assert_eq!(fit_tail("Kimdaejung Convention Center Rooms 209~210", 14), "…Rooms 209~210");
        assert_eq!(fit_tail("Kimdaejung Convention Center Rooms 209~210", 15), "…Rooms 209~210 ", "no space after …");
        assert_eq!(fit_tail("광주인권", 6), "…인권 ");
    }

    #[test]
    fn folding_removes_case_and_accents_and_maps_back() {
        let (folded, map) = fold("Consulta asiática");
        assert_eq!(folded, "consulta asiatica");
        assert_eq!(map.len(), folded.chars().count());
        assert_eq!(fold("난민 Ä").0, "난민 a");
    }
}
