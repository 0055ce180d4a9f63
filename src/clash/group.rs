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
    /// Sorted by group, then start, end and session.
    pub members: Vec<Member<'a>>,
}

impl<'a> Groups<'a> {
    /// Each group's label and members (in time order).
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &[Member<'a>])> {
        self.members.chunk_by(|a, b| a.group == b.group).map(|m| (self.labels[m[0].group as usize], m))
    }
}

/// The key of a name as a set of words: each word hashed after `normalize`, the hashes sorted and
/// combined, so word order does not matter. Nothing is allocated for names of up to 16 words.
pub fn words_key(name: &str, normalize: impl Fn(char) -> Option<char>) -> u64 {
    let mut small = [0u64; 16];
    let mut more: Vec<u64> = Vec::new();
    let mut n = 0;
    for word in name.split_whitespace() {
        let mut h = FxHasher::default();
        let mut empty = true;
        for c in word.chars().flat_map(char::to_lowercase).filter_map(&normalize) {
            h.write_u32(u32::from(c));
            empty = false;
        }
        if empty {
            continue;
        }
        if n < small.len() {
            small[n] = h.finish();
        } else {
            more.push(h.finish());
        }
        n += 1;
    }
    let words: &mut [u64] = if more.is_empty() {
        &mut small[..n]
    } else {
        more.extend_from_slice(&small);
        &mut more
    };
    words.sort_unstable();
    let mut h = FxHasher::default();
    words.hash(&mut h);
    h.finish()
}

/// Group `(name, span, tag)` items by `key(name)`. The key is computed for every item from the
/// name's bytes (no allocation, no lookup by string), which is cheaper than caching it per name:
/// the names are spread over the heap and a string-keyed cache costs a comparison per item.
pub fn group_by<'a>(
    items: impl Iterator<Item = (&'a str, Span, Option<&'a str>)>,
    key: impl Fn(&str) -> u64,
) -> Groups<'a> {
    let mut by_key: FxHashMap<u64, u32> = FxHashMap::default();
    let mut groups = Groups::default();
    for (name, span, tag) in items {
        let next = u32::try_from(groups.labels.len()).unwrap_or(u32::MAX);
        let group = *by_key.entry(key(name)).or_insert(next);
        if group == next {
            groups.labels.push(name);
        }
        groups.members.push(Member { group, span, tag });
    }
    groups.members.sort_unstable_by_key(|m| (m.group, m.span.start, m.span.end, m.span.session));
    groups
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
