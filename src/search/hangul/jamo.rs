//! The jamo of a Hangul syllable, found arithmetically from U+AC00 (initial × 588 + medial × 28 +
//! final), and three tables of data about them: the compatibility jamo a 초성 query types, the keys
//! of a 2-beolsik keyboard, and the Revised Romanization with the variants people commonly write.

/// Hangul syllables run from U+AC00 for this many code points.
pub(in crate::search) const SYLLABLES: u16 = 11_172;
const PER_INITIAL: u16 = 588;
const PER_MEDIAL: u16 = 28;

/// A syllable's offset from U+AC00, if `c` is one.
pub(in crate::search) fn syllable(c: char) -> Option<u16> {
    let offset = u32::from(c).checked_sub(0xac00)?;
    u16::try_from(offset).ok().filter(|s| *s < SYLLABLES)
}

/// The initial, medial and final of a syllable (an offset below [`SYLLABLES`]).
pub(super) fn parts(syllable: u16) -> (usize, usize, usize) {
    let (initial, rest) = (syllable / PER_INITIAL, syllable % PER_INITIAL);
    (usize::from(initial), usize::from(rest / PER_MEDIAL), usize::from(rest % PER_MEDIAL))
}

/// How many initials and medials there are: pairs of them index `initial * MEDIALS + medial`.
pub(super) const INITIALS: usize = 19;
pub(super) const MEDIALS: usize = 21;

/// The bit of a syllable's initial and medial in a 64-bit signature of a text's syllables (pairs
/// scattered over the bits, so that those of one initial do not share them with another's).
pub(super) fn pair_bit(initial: usize, medial: usize) -> u64 {
    let pair = u32::try_from(initial * MEDIALS + medial).unwrap_or_default();
    1 << (pair.wrapping_mul(0x9e37_79b9) >> 26)
}

/// The compatibility jamo (U+3131…) of the 19 initials, in syllable order.
const INITIAL_JAMO: [char; INITIALS] =
    ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

/// The initial that the compatibility jamo `c` writes, if it writes one.
pub(super) fn initial_of_jamo(c: char) -> Option<usize> {
    INITIAL_JAMO.iter().position(|j| *j == c)
}

/// The keys (lower case: Shift only doubles a consonant or adds a `y` to ㅐ ㅔ) that type each
/// initial, medial and final on a 2-beolsik keyboard; a compound vowel or final is two keys.
pub(super) const INITIAL_KEYS: [&str; INITIALS] =
    ["r", "r", "s", "e", "e", "f", "a", "q", "q", "t", "t", "d", "w", "w", "c", "z", "x", "v", "g"];
pub(super) const MEDIAL_KEYS: [&str; MEDIALS] =
    ["k", "o", "i", "o", "j", "p", "u", "p", "h", "hk", "ho", "hl", "y", "n", "nj", "np", "nl", "b", "m", "ml", "l"];
pub(super) const FINAL_KEYS: [&str; 28] = [
    "", "r", "r", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx", "fv", "fg", "a", "q", "qt", "t", "t",
    "d", "w", "c", "z", "x", "v", "g",
];

/// Revised Romanization of each initial, then the spellings also seen: McCune–Reischauer's
/// voiceless k, t, p, ch (인권 is "ingwon" and "inkwon") and the doubled letters of names.
pub(super) const INITIAL_ROMAN: [&[&str]; INITIALS] = [
    &["g", "k"],
    &["kk", "gg", "k"],
    &["n"],
    &["d", "t"],
    &["tt", "dd", "t"],
    &["r", "l"],
    &["m"],
    &["b", "p"],
    &["pp", "bb", "p"],
    &["s", "sh"],
    &["ss", "s"],
    &[""],
    &["j", "ch"],
    &["jj", "tch"],
    &["ch"],
    &["k"],
    &["t"],
    &["p"],
    &["h"],
];
/// Vowels: ㅓ and ㅡ are also written as McCune–Reischauer's ŏ and ŭ without the breve ("Sung" for
/// 성, "Kum" for 금), ㅕ as its yŏ.
pub(super) const MEDIAL_ROMAN: [&[&str]; MEDIALS] = [
    &["a"],
    &["ae"],
    &["ya"],
    &["yae"],
    &["eo", "o", "u"],
    &["e"],
    &["yeo", "yo"],
    &["ye"],
    &["o"],
    &["wa"],
    &["wae"],
    &["oe", "we"],
    &["yo"],
    &["u", "oo"],
    &["wo", "weo"],
    &["we"],
    &["wi"],
    &["yu"],
    &["eu", "u"],
    &["ui", "eui"],
    &["i"],
];
/// Finals as written at the end of a word, then as carried over to a following vowel (한국어 is
/// "hangugeo").
pub(super) const FINAL_ROMAN: [&[&str]; 28] = [
    &[""],
    &["k", "g"],
    &["k", "kk", "g"],
    &["k", "ks"],
    &["n"],
    &["n", "nj"],
    &["n", "nh"],
    &["t", "d"],
    &["l", "r"],
    &["k", "lg"],
    &["m", "lm"],
    &["l", "lb"],
    &["l", "ls"],
    &["l", "lt"],
    &["p", "lp"],
    &["l", "lh"],
    &["m"],
    &["p", "b"],
    &["p", "ps"],
    &["t", "s"],
    &["t", "ss"],
    &["ng"],
    &["t", "j"],
    &["t", "ch"],
    &["k"],
    &["t"],
    &["p"],
    &["t", "h"],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_decompose_into_their_jamo() {
        let parts_of = |c| parts(syllable(c).unwrap());
        assert_eq!(parts_of('가'), (0, 0, 0));
        assert_eq!(parts_of('광'), (0, 9, 21), "ㄱ ㅘ ㅇ");
        assert_eq!(parts_of('힣'), (18, 20, 27));
        assert_eq!(syllable('a'), None);
        assert_eq!(syllable('ㄱ'), None, "a compatibility jamo is not a syllable");
        assert_eq!(initial_of_jamo('ㅈ'), Some(12));
        assert_eq!(initial_of_jamo('ㄳ'), None, "no syllable begins with ㄳ");
    }
}
