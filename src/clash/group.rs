//! Grouping sessions by a shared resource and sweeping each group for overlaps. Each distinct
//! name's key is computed once; members are kept in one flat vector sorted by group and start,
//! so a group is a slice and no per-group allocation is needed.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::Span;

/// One session's membership of a group, with a tag (a role, or the name as written).
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub group: u32,
    pub span: Span,
    pub tag: Option<&'a str>,
}

/// Sessions grouped by resource.
#[derive(Debug, Default)]
pub struct Groups<'a> {
    /// The first name seen for each group.
    pub labels: Vec<&'a str>,
    /// Each group's key.
    pub keys: Vec<u64>,
    /// Sorted by group, then start, end and session.
    pub members: Vec<Member<'a>>,
}

impl<'a> Groups<'a> {
    /// Each group's label and members (in time order).
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &[Member<'a>])> {
        self.members.chunk_by(|a, b| a.group == b.group).map(|m| (self.labels[m[0].group as usize], m))
    }
}

/// The key of a name as a set of words: each word's normalized characters hashed as UTF-8 as
/// they come, the word hashes sorted and combined, so word order does not matter. Nothing is
/// allocated for names of up to 16 words. ASCII names (most of them) are read byte by byte.
pub fn words_key(name: &str, normalize: impl Fn(char) -> Option<char>) -> u64 {
    let mut words = WordHashes::default();
    if name.is_ascii() {
        let mut word = WordHash::default();
        for &b in name.as_bytes() {
            // For ASCII text, `char::is_whitespace` is exactly these bytes.
            if matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                words.add(&std::mem::take(&mut word));
            } else if let Some(c) = normalize(char::from(b.to_ascii_lowercase())) {
                word.push(c);
            }
        }
        words.add(&word);
    } else {
        for part in name.split_whitespace() {
            let mut word = WordHash::default();
            for c in part.chars().flat_map(char::to_lowercase).filter_map(&normalize) {
                word.push(c);
            }
            words.add(&word);
        }
    }
    words.key()
}

/// One word's normalized characters, hashed byte by byte as UTF-8 (so that the ASCII and the
/// general path of `words_key` agree) without being collected anywhere.
#[derive(Default)]
struct WordHash {
    hasher: FxHasher,
    bytes: usize,
}

impl WordHash {
    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.hasher.write_u8(c as u8);
            self.bytes += 1;
        } else {
            let mut utf8 = [0u8; 4];
            for &b in c.encode_utf8(&mut utf8).as_bytes() {
                self.hasher.write_u8(b);
            }
            self.bytes += c.len_utf8();
        }
    }

    /// The word's hash; none for a word that normalized to nothing.
    fn finish(&self) -> Option<u64> {
        (self.bytes > 0).then(|| self.hasher.finish())
    }
}

/// The hashes of a name's words, on the stack for up to 16 words.
#[derive(Default)]
struct WordHashes {
    small: [u64; 16],
    more: Vec<u64>,
    n: usize,
}

impl WordHashes {
    /// Add `word` (a word that normalizes to nothing is skipped).
    fn add(&mut self, word: &WordHash) {
        let Some(hash) = word.finish() else { return };
        if self.n < self.small.len() {
            self.small[self.n] = hash;
        } else {
            self.more.push(hash);
        }
        self.n += 1;
    }

    /// The hashes sorted and combined.
    fn key(&mut self) -> u64 {
        let words: &mut [u64] = if self.more.is_empty() {
            &mut self.small[..self.n]
        } else {
            self.more.extend_from_slice(&self.small);
            &mut self.more
        };
        words.sort_unstable();
        let mut h = FxHasher::default();
        words.hash(&mut h);
        h.finish()
    }
}

/// Group `(name, span, tag)` items by `key(name)`. The key is computed for every item from the
/// name's bytes (no allocation, no lookup by string), which is cheaper than caching it per name:
/// the names are spread over the heap and a string-keyed cache costs a comparison per item.
/// Large inputs compute their keys on two threads. `expected` is how many items there will be.
pub fn group_by<'a>(
    items: impl Iterator<Item = (&'a str, Span, Option<&'a str>)>,
    expected: usize,
    key: impl Fn(&str) -> u64 + Sync,
) -> Groups<'a> {
    let mut keyed: Vec<(u64, &'a str, Span, Option<&'a str>)> = Vec::with_capacity(expected);
    keyed.extend(items.map(|(name, span, tag)| (0, name, span, tag)));
    let fill = |part: &mut [(u64, &'a str, Span, Option<&'a str>)]| part.iter_mut().for_each(|i| i.0 = key(i.1));
    if keyed.len() >= PARALLEL_FROM {
        let half = keyed.len() / 2;
        let (first, second) = keyed.split_at_mut(half);
        std::thread::scope(|scope| {
            scope.spawn(|| fill(second));
            fill(first);
        });
    } else {
        fill(&mut keyed);
    }
    let mut by_key: FxHashMap<u64, u32> = FxHashMap::default();
    let (mut labels, mut keys) = (Vec::new(), Vec::new());
    let mut members = Vec::with_capacity(keyed.len());
    for (k, name, span, tag) in keyed {
        let next = u32::try_from(labels.len()).unwrap_or(u32::MAX);
        let group = *by_key.entry(k).or_insert(next);
        if group == next {
            labels.push(name);
            keys.push(k);
        }
        members.push(Member { group, span, tag });
    }
    Groups { members: by_group(members, labels.len()), labels, keys }
}

/// From how many items `group_by` computes keys on two threads.
const PARALLEL_FROM: usize = 20_000;

/// `members` ordered by group (a counting sort: groups are dense numbers), then by start, end
/// and session within each group.
fn by_group(members: Vec<Member<'_>>, groups: usize) -> Vec<Member<'_>> {
    let mut starts = vec![0usize; groups + 1];
    for m in &members {
        starts[m.group as usize + 1] += 1;
    }
    for g in 0..groups {
        starts[g + 1] += starts[g];
    }
    let Some(&first) = members.first() else { return members };
    let mut sorted = vec![first; members.len()];
    let mut next = starts.clone();
    for m in members {
        sorted[next[m.group as usize]] = m;
        next[m.group as usize] += 1;
    }
    for w in starts.windows(2) {
        sorted[w[0]..w[1]].sort_unstable_by_key(|m| (m.span.start, m.span.end, m.span.session));
    }
    sorted
}

/// Every overlapping pair of `members` (sorted by start): a sweep keeps those still running,
/// and each new start overlaps exactly them. Touching intervals do not overlap.
pub fn pairs<'m, 'a>(members: &'m [Member<'a>], mut emit: impl FnMut(&'m Member<'a>, &'m Member<'a>)) {
    let mut active: Vec<&Member<'a>> = Vec::new();
    for b in members {
        active.retain(|a| a.span.end > b.span.start);
        for a in &active {
            if a.span.session != b.span.session {
                emit(a, b);
            }
        }
        active.push(b);
    }
}
