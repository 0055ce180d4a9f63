//! The last value made and the key it was made for: what update and render both ask for, key
//! after key (a facet's counted options, a day's grid), made once per change of its key.

use std::sync::{Arc, Mutex, PoisonError};

/// The last value made for a key of type `K`.
pub struct LastMade<K, V>(Mutex<Option<(K, Arc<V>)>>);

impl<K, V> Default for LastMade<K, V> {
    fn default() -> Self {
        LastMade(Mutex::new(None))
    }
}

impl<K: PartialEq, V> LastMade<K, V> {
    /// The value for `key`: the last one when it was made for the same key, else `make()`'s.
    pub fn get(&self, key: K, make: impl FnOnce() -> V) -> Arc<V> {
        let mut last = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((made_for, value)) = last.as_ref()
            && *made_for == key
        {
            return Arc::clone(value);
        }
        let value = Arc::new(make());
        *last = Some((key, Arc::clone(&value)));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_once_per_change_of_key() {
        let made = std::cell::Cell::new(0);
        let memo: LastMade<u8, u8> = LastMade::default();
        let make = |v| {
            made.set(made.get() + 1);
            v
        };
        assert_eq!(*memo.get(1, || make(10)), 10);
        assert_eq!(*memo.get(1, || make(11)), 10, "the same key: the value kept");
        assert_eq!(*memo.get(2, || make(20)), 20);
        assert_eq!(made.get(), 2);
    }
}
