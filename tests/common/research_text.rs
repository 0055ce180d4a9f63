//! How the bundled text is compared with the research files' text: a value without its
//! truncation marker or without its editorial remarks, and how close a summary is to the
//! research's paraphrase of the same session.

/// A research value without its truncation marker ("Cen[ter — truncated]", "부대… [cut off in
/// stored copy]"): the fact that was found, and whether a marker was there.
pub fn without_gap(value: &str) -> (String, bool) {
    let t = value.trim_end();
    if let Some(open) = t.strip_suffix(']').and_then(|x| x.rfind('[')) {
        let inside = &t[open + 1..t.len() - 1];
        if inside.contains("truncated") || inside.contains("cut off") {
            let fact = t[..open].trim_end().trim_end_matches('…').trim_end();
            return (fact.to_owned(), true);
        }
    }
    (value.to_owned(), false)
}

/// `value` without each subset of its bracketed remarks (` [..]`, ` (..)`, nesting allowed).
pub fn without_remarks(value: &str) -> Vec<String> {
    let mut groups = Vec::new();
    let (mut depth, mut open) = (0, 0);
    for (i, c) in value.char_indices() {
        match c {
            '[' | '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ']' | ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 && value[..open].ends_with(' ') {
                    groups.push(open - 1..i + 1);
                }
            }
            _ => {}
        }
    }
    (1..1usize << groups.len())
        .map(|subset| {
            let mut kept = value.to_owned();
            for (g, range) in groups.iter().enumerate().rev() {
                if subset & (1 << g) != 0 {
                    kept.replace_range(range.clone(), "");
                }
            }
            kept
        })
        .collect()
}

/// The most a summary may resemble the research's paraphrase. Today's summaries reach 0.61; the
/// near-copies they replaced measured 0.77 to 0.96 (`tests/bundled_data.rs` keeps them).
pub const MAX_SIMILARITY: f64 = 0.7;

/// How close two texts are, from 0 (no word in common) to 1 (the same words in the same order):
/// the Dice coefficient of the longest common subsequence of their words, 2·LCS / (n + m), over
/// lower-cased words of letters and digits (Hangul included). A copy keeps the source's words in
/// their order, which is what this measures. A bag of word or character bigrams (Dice, Jaccard)
/// does not: it rewards the proper names every faithful summary must repeat, in any order, and
/// misses a copy that changes one word per phrase ("Official close of the main programme" for
/// "Official closing of the main forum programme": 0.77 here, 0.36 as a word-bigram Dice).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut row = vec![0usize; b.len() + 1];
    for x in &a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    2.0 * row[b.len()] as f64 / (a.len() + b.len()) as f64
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_counts_shared_words_in_order() {
        assert_eq!(similarity("A b c", "a B c"), 1.0);
        assert_eq!(similarity("one two", "three four"), 0.0);
        assert!((similarity("a b c d", "d c b a") - 0.25).abs() < 1e-9, "order matters");
        let (copy, source) = ("Official close of the main programme.", "Official closing of the main forum programme.");
        assert!((similarity(copy, source) - 10.0 / 13.0).abs() < 1e-9);
    }

    #[test]
    fn markers_and_remarks_come_off() {
        assert_eq!(
            without_gap("Gwangju International Cen[ter — truncated in stored copy]"),
            ("Gwangju International Cen".into(), true)
        );
        assert_eq!(without_gap("아시아 인권… [title cut off in stored copy]"), ("아시아 인권".into(), true));
        assert_eq!(without_gap("Hall [B]"), ("Hall [B]".into(), false));
        let options = without_remarks("A [sic, blog] / B (KBC: C)");
        assert!(options.contains(&"A / B".to_owned()) && options.contains(&"A / B (KBC: C)".to_owned()), "{options:?}");
        assert_eq!(without_remarks("speaker (text filed under '[x]' on a board)"), ["speaker"]);
    }
}
