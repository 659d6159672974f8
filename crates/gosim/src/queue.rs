//! [`Deque`]: a `VecDeque` whose `Clone` copies through its two slices.
//!
//! Machines are cloned for undo snapshots and by the explorer, so every queue in one
//! (channel buffers and wait queues, the run queue, semaphore queues, the race
//! detector's buffered clocks) is cloned too. `VecDeque`'s own `Clone` extends an
//! empty deque from an iterator, which brings its own copy of the deque's
//! wrapping-write and extend code per element type (about 3 KB of wasm each). Copying
//! the two slices into a `Vec` and turning that into a deque (which keeps the `Vec`'s
//! buffer as it is) needs only `Vec`'s slice copy. Everything else is the `VecDeque`'s
//! own, through `Deref`.

use std::collections::VecDeque;
use std::ops::{Deref, DerefMut};

/// A double-ended queue: a `VecDeque` with a smaller `Clone` (see the module doc).
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Deque<T>(VecDeque<T>);

impl<T> Default for Deque<T> {
    fn default() -> Self {
        Deque(VecDeque::new())
    }
}

impl<T: Clone> Clone for Deque<T> {
    fn clone(&self) -> Self {
        let (front, back) = self.0.as_slices();
        let mut all = Vec::with_capacity(front.len() + back.len());
        all.extend_from_slice(front);
        all.extend_from_slice(back);
        Deque(VecDeque::from(all))
    }
}

impl<T> Deref for Deque<T> {
    type Target = VecDeque<T>;
    fn deref(&self) -> &VecDeque<T> {
        &self.0
    }
}

impl<T> DerefMut for Deque<T> {
    fn deref_mut(&mut self) -> &mut VecDeque<T> {
        &mut self.0
    }
}

impl<T> IntoIterator for Deque<T> {
    type Item = T;
    type IntoIter = std::collections::vec_deque::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Deque<T> {
    type Item = &'a T;
    type IntoIter = std::collections::vec_deque::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_of_a_wrapped_queue_has_the_same_elements_in_order() {
        let mut q: Deque<String> = Deque::default();
        // Wrap around: pops from the front, then pushes past the end of the buffer.
        for i in 0..6 {
            q.push_back(i.to_string());
        }
        for _ in 0..4 {
            q.pop_front();
        }
        for i in 6..12 {
            q.push_back(i.to_string());
        }
        q.push_front("first".into());
        let (front, back) = q.as_slices();
        assert!(!front.is_empty() || !back.is_empty());
        let c = q.clone();
        assert_eq!(c, q);
        let want = ["first", "4", "5", "6", "7", "8", "9", "10", "11"];
        assert!(c.iter().map(String::as_str).eq(want));
        assert!((&c).into_iter().eq(q.iter()));
        assert!(c.into_iter().eq(want.map(String::from)));
        assert!(Deque::<u8>::default().clone().is_empty());
    }
}
