//! Neutralising text: escape sequences whole, controls, invisible characters, the fast test
//! agreeing with the full one, and the visible form of diagnostics.

use super::*;

#[test]
fn removes_escape_sequences_whole() {
    assert_eq!(line("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
    assert_eq!(line("x\u{1b}]52;c;ZXZpbA==\u{7}y"), "xy");
    assert_eq!(line("x\u{1b}]0;title\u{1b}\\y"), "xy");
    assert_eq!(line("bell\u{7}\u{8}\u{9b}2Jz"), "bellz");
    assert_eq!(line("gu\u{9b}"), "gu");
    assert_eq!(line("T\u{9b}  10:00–11:00 CEST"), "T10:00–11:00 CEST", "a malformed CSI ends where it stands");
    assert_eq!(line("a\u{1b}[31;1mred"), "ared");
    assert_eq!(line("a\u{1b}]52;c;never ended"), "a52;c;never ended", "an unterminated OSC hides nothing");
    let far = ["a\u{1b}]", &"x".repeat(STRING_REACH + 1), "\u{7}b"].concat();
    assert_eq!(line(&far), format!("a{}b", "x".repeat(STRING_REACH + 1)));
}

#[test]
fn the_fast_test_agrees_with_the_full_one() {
    for s in [
        "plain",
        "광주 🌏",
        "a\nb",
        "a\tb",
        "x\u{85}y",
        "\u{202e}",
        "\u{2066}",
        "\u{2010}",
        "é",
        "\u{7f}",
        "\u{200d}",
        "\u{2028}",
        "\u{feff}",
        "\u{fe0f}",
        "\u{61c}",
        "\u{620}",
        "\u{2060}",
        "\u{2061}",
        "\u{200a}",
    ] {
        for keep in [false, true] {
            assert_eq!(is_clean(s.as_bytes(), keep), strip(s, keep) == s, "{s:?} keep={keep}");
        }
    }
}

#[test]
fn the_fast_test_sees_one_bad_character_anywhere_in_a_run() {
    for bad in [
        "\u{7f}", "\u{1b}", "\t", "\n", "\u{85}", "\u{202e}", "\u{2067}", "광", "\u{2010}", "\u{200b}", "\u{2029}",
        "\u{feff}", "\u{61c}",
    ] {
        for at in 0..70 {
            let s = format!("{}{bad}{}", "a".repeat(at), "b".repeat(70 - at));
            for keep in [false, true] {
                assert_eq!(is_clean(s.as_bytes(), keep), strip(&s, keep) == s, "{s:?} keep={keep}");
            }
        }
    }
}

proptest::proptest! {
    /// The fast test, whose runs of 16 bytes can end inside a character, agrees with the
    /// full cleaning on text mixing ASCII, Korean, emoji, controls and bidi marks.
    #[test]
    fn the_fast_test_agrees_on_any_text(
        s in proptest::string::string_regex("([a-z ~]{0,20}|[광주🌏é\u{85}\u{9b}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{2010}\u{2060}-\u{2064}\u{206a}-\u{206f}\u{200b}-\u{200f}\u{2028}\u{2029}\u{feff}\u{fe0f}\u{61c}\u{620}\u{ad}\u{ae}\u{34f}\u{34e}\u{115f}\u{1160}\u{1161}\u{17b4}\u{180b}-\u{180f}\u{3164}\u{3165}\u{ffa0}\u{fff9}-\u{fffb}\u{1d173}\u{1d17b}\u{e0041}\u{e0100}😎\n\t\r\u{1b}\u{7f}\u{7}]){0,30}").unwrap(),
        keep in proptest::bool::ANY,
    ) {
        proptest::prop_assert_eq!(is_clean(s.as_bytes(), keep), strip(&s, keep) == s);
    }
}

#[test]
fn keeps_text_and_newlines_where_asked() {
    assert_eq!(line("광주 🌏 Forum"), "광주 🌏 Forum");
    assert_eq!(line("a\nb\tc"), "a b c");
    assert_eq!(block("a\r\nb\rc"), "a\nb\nc");
    assert_eq!(line("\u{202e}evil"), "evil");
    assert_eq!(line("👩\u{200d}💻 a\u{2028}b"), "👩💻 a b");
    assert_eq!(block("a\u{2029}b\u{feff}"), "a\nb");
}

#[test]
fn visible_shows_what_a_terminal_would_act_on_on_one_line() {
    assert_eq!(visible("Europe/Berlin\u{1b}]52;c;x\u{7}"), "Europe/Berlin\\u{1b}]52;c;x\\u{7}");
    assert_eq!(visible("a\nb\u{2028}c\u{202e}"), "a\\u{a}b\\u{2028}c\\u{202e}");
    assert!(matches!(visible("광주 🌏 plain"), std::borrow::Cow::Borrowed(_)), "clean text is not copied");
}
