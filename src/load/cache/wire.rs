//! The byte level of cache entries: little-endian integers, length-prefixed UTF-8 strings,
//! optional values and lists, dates and times. The reader checks every length and tag, so damaged
//! bytes give `Err(Damaged)`, never a panic or an oversized allocation.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// The cache entry could not be read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged;

/// Appends values to a buffer.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    pub(super) fn flag(&mut self, v: bool) {
        self.bytes.push(u8::from(v));
    }

    pub fn str(&mut self, s: &str) {
        self.u32(u32::try_from(s.len()).unwrap_or(u32::MAX));
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub(super) fn opt<T>(&mut self, v: &Option<T>, put: impl FnOnce(&mut Self, &T)) {
        self.flag(v.is_some());
        if let Some(v) = v {
            put(self, v);
        }
    }

    pub(super) fn opt_str(&mut self, v: &Option<String>) {
        self.opt(v, |w, s| w.str(s));
    }

    pub(super) fn list<T>(&mut self, items: &[T], mut put: impl FnMut(&mut Self, &T)) {
        self.u32(u32::try_from(items.len()).unwrap_or(u32::MAX));
        for item in items {
            put(self, item);
        }
    }

    pub(super) fn strs(&mut self, items: &[String]) {
        self.list(items, |w, s| w.str(s));
    }

    pub(super) fn date(&mut self, d: &NaiveDate) {
        self.u32(d.num_days_from_ce().cast_unsigned());
    }

    pub(super) fn time(&mut self, t: &NaiveTime) {
        self.u32(t.num_seconds_from_midnight());
        self.u32(t.nanosecond());
    }
}

/// Reads values back, checking every length.
pub struct Reader<'b> {
    bytes: &'b [u8],
}

impl<'b> Reader<'b> {
    pub fn new(bytes: &'b [u8]) -> Self {
        Reader { bytes }
    }

    pub fn take(&mut self, n: usize) -> Result<&'b [u8], Damaged> {
        if n > self.bytes.len() {
            return Err(Damaged);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    pub fn u32(&mut self) -> Result<u32, Damaged> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| Damaged)?))
    }

    pub fn u64(&mut self) -> Result<u64, Damaged> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().map_err(|_| Damaged)?))
    }

    pub(super) fn flag(&mut self) -> Result<bool, Damaged> {
        match self.take(1)?[0] {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Damaged),
        }
    }

    pub fn str(&mut self) -> Result<String, Damaged> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map(str::to_owned).map_err(|_| Damaged)
    }

    pub(super) fn opt<T>(&mut self, get: impl FnOnce(&mut Self) -> Result<T, Damaged>) -> Result<Option<T>, Damaged> {
        if self.flag()? { get(self).map(Some) } else { Ok(None) }
    }

    pub(super) fn opt_str(&mut self) -> Result<Option<String>, Damaged> {
        self.opt(Self::str)
    }

    pub(super) fn list<T>(&mut self, mut get: impl FnMut(&mut Self) -> Result<T, Damaged>) -> Result<Vec<T>, Damaged> {
        let n = self.u32()? as usize;
        // Each item takes at least one byte: a length beyond what is left is damage, not a reason
        // to reserve gigabytes.
        let mut items = Vec::with_capacity(n.min(self.bytes.len()));
        for _ in 0..n {
            items.push(get(self)?);
        }
        Ok(items)
    }

    pub(super) fn strs(&mut self) -> Result<Vec<String>, Damaged> {
        self.list(Self::str)
    }

    pub(super) fn date(&mut self) -> Result<NaiveDate, Damaged> {
        NaiveDate::from_num_days_from_ce_opt(self.u32()?.cast_signed()).ok_or(Damaged)
    }

    pub(super) fn time(&mut self) -> Result<NaiveTime, Damaged> {
        let (secs, nanos) = (self.u32()?, self.u32()?);
        NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos).ok_or(Damaged)
    }

    /// Everything not read yet.
    pub fn rest(&mut self) -> &'b [u8] {
        std::mem::take(&mut self.bytes)
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}
