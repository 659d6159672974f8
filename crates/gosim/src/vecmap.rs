//! [`VecMap`]: an ordered map kept as a vector of entries sorted by key.
//!
//! The engine's small ordered tables (the race detector's clocks per sync address and
//! per channel, the runtime semaphore queues, the outcomes of an exploration) used to be
//! `BTreeMap`s. Each key/value pair a `BTreeMap` is used with brings its own copy of
//! the B-tree's node code (splitting, merging, stealing, walking) into the widget's
//! wasm module, several kilobytes per pair; a sorted vector needs only a binary
//! search and `Vec`'s insert and remove. These tables hold a handful to a few
//! hundred entries, where a sorted vector is also at least as fast (one allocation,
//! cheap clones, which matters because machines are cloned for undo and search).
//!
//! Iteration is in ascending key order, as with a `BTreeMap`, so everything that
//! walks a table (hashing a machine's state, listing outcomes) sees the same order.
//!
//! Inserting in the middle moves the entries after it, so a table that can grow large
//! in any key order must not be a `VecMap`: the race detector's per-location shadow
//! memory (one entry per slice element a program touches) stays a `BTreeMap`.

use std::cmp::Ordering;

/// A [`VecMap`] key, with the form it is looked up by: `str` for a `String` (finding
/// a name needs no allocation), the key itself otherwise. One associated form rather
/// than `Borrow<Q>` for any `Q`: each map then has a single search routine in the
/// wasm, not one per form callers happen to hold.
pub trait Key: Ord {
    type Probe: Ord + ?Sized;
    fn probe(&self) -> &Self::Probe;
}

impl Key for String {
    type Probe = str;
    fn probe(&self) -> &str {
        self
    }
}

impl Key for u32 {
    type Probe = u32;
    fn probe(&self) -> &u32 {
        self
    }
}

/// An (interface, concrete type) pair: the itab cache's key.
impl Key for (u32, u32) {
    type Probe = Self;
    fn probe(&self) -> &Self {
        self
    }
}

impl Key for crate::value::Ref {
    type Probe = Self;
    fn probe(&self) -> &Self {
        self
    }
}

/// An ordered map: entries sorted by key, each key at most once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VecMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        VecMap {
            entries: Vec::new(),
        }
    }
}

impl<K: Key, V> VecMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// `Ok(index)` of `key`'s entry, or `Err(index)` where it would be inserted.
    fn find(&self, key: &K::Probe) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.probe().cmp(key))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &K::Probe) -> Option<&V> {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, key: &K::Probe) -> Option<&mut V> {
        match self.find(key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn contains_key(&self, key: &K::Probe) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key`'s value, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(key.probe()) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// `key`'s value, first inserting `make()` when there is none.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.find(key.probe()) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, make()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// `key`'s value, first inserting the default when there is none.
    pub fn get_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        self.get_or_insert_with(key, V::default)
    }

    pub fn remove(&mut self, key: &K::Probe) -> Option<V> {
        match self.find(key) {
            Ok(i) => Some(self.entries.remove(i).1),
            Err(_) => None,
        }
    }

    /// Keeps only the entries `keep` says yes to (order is kept).
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }

    /// The entries in ascending key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }

    /// The entries whose key is `from` or greater, in ascending key order.
    pub fn range_from(&self, from: &K) -> impl Iterator<Item = (&K, &V)> {
        let start = self
            .entries
            .partition_point(|(k, _)| k.cmp(from) == Ordering::Less);
        self.entries[start..].iter().map(|(k, v)| (k, v))
    }

    /// The entries, in ascending key order, as a vector.
    pub fn into_vec(self) -> Vec<(K, V)> {
        self.entries
    }
}

impl<K, V> IntoIterator for VecMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A small deterministic generator, so the comparison covers many operation orders.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    #[test]
    fn behaves_like_a_btreemap() {
        let mut rng = Lcg(7);
        let mut ours: VecMap<u32, u64> = VecMap::new();
        let mut theirs: BTreeMap<u32, u64> = BTreeMap::new();
        for step in 0..5000u64 {
            let k = rng.next(64) as u32;
            match rng.next(7) {
                0 | 1 => assert_eq!(ours.insert(k, step), theirs.insert(k, step)),
                2 => assert_eq!(ours.remove(&k), theirs.remove(&k)),
                3 => {
                    *ours.get_or_default(k) += step;
                    *theirs.entry(k).or_default() += step;
                }
                4 => {
                    let v = *ours.get_or_insert_with(k, || step * 3);
                    assert_eq!(v, *theirs.entry(k).or_insert_with(|| step * 3));
                }
                5 => {
                    let m = rng.next(5) + 2;
                    ours.retain(|k, v| !(*k as u64 + *v).is_multiple_of(m));
                    theirs.retain(|k, v| !(*k as u64 + *v).is_multiple_of(m));
                }
                _ => {
                    if let Some(v) = ours.get_mut(&k) {
                        *v += 1;
                    }
                    if let Some(v) = theirs.get_mut(&k) {
                        *v += 1;
                    }
                }
            }
            assert_eq!(ours.get(&k), theirs.get(&k));
            assert_eq!(ours.contains_key(&k), theirs.contains_key(&k));
            assert_eq!(ours.len(), theirs.len());
            assert_eq!(ours.is_empty(), theirs.is_empty());
            assert!(
                ours.iter().eq(theirs.iter()),
                "order differs at step {step}"
            );
            assert!(ours.range_from(&k).eq(theirs.range(k..)));
        }
        assert!(ours.keys().eq(theirs.keys()));
        assert!(ours.values().eq(theirs.values()));
        assert!(ours.clone().into_iter().eq(theirs.clone()));
        assert_eq!(ours.into_vec(), theirs.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn string_keys_are_found_by_str() {
        let mut m: VecMap<String, u32> = VecMap::new();
        m.insert("go".to_string(), 1);
        m.insert("chan".to_string(), 2);
        assert_eq!(m.get("go"), Some(&1));
        assert_eq!(m.get("select"), None);
        assert!(m.contains_key("chan"));
        *m.get_mut("chan").unwrap() += 1;
        assert_eq!(m.remove("chan"), Some(3));
        assert!(!m.contains_key("chan"));
    }

    #[test]
    fn range_from_starts_at_the_first_key_not_below() {
        let mut m = VecMap::new();
        for k in [10, 30, 20] {
            m.insert(k, k * 2);
        }
        let from = |k| m.range_from(&k).map(|(k, _)| *k).collect::<Vec<_>>();
        assert_eq!(from(0), [10, 20, 30]);
        assert_eq!(from(20), [20, 30]);
        assert_eq!(from(21), [30]);
        assert_eq!(from(31), Vec::<u32>::new());
    }
}
