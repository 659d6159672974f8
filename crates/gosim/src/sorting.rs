//! Stable sorting through one shared copy of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element type and the comparison closure, so
//! every call site gets its own copy of the whole sort (run detection, merging, small
//! sorts: several kilobytes each in the widget's wasm module). [`sort_by`] sorts a
//! permutation of indices instead, with the comparison behind a `dyn` reference, so
//! all of the engine's sorts share a single copy; what is left per element type is
//! moving the elements into their new order, by swaps worked out once (also shared).

use std::cmp::Ordering;

/// The stable order of `n` items compared by `cmp(i, j)`, as indices.
#[inline(never)]
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|a, b| cmp(*a, *b));
    idx
}

/// The swaps that put the items at `order[0], order[1], ...` into positions 0, 1, ...
/// (applied left to right): a permutation applied in place, O(n), with no code per
/// element type.
#[inline(never)]
fn swaps(order: &[usize]) -> Vec<(usize, usize)> {
    let n = order.len();
    // at[p]: the original index of the item now at p; pos[k]: where item k is now.
    let mut at: Vec<usize> = (0..n).collect();
    let mut pos: Vec<usize> = (0..n).collect();
    let mut out = vec![];
    for (i, &want) in order.iter().enumerate() {
        let p = pos[want];
        if p != i {
            out.push((i, p));
            let displaced = at[i];
            at[p] = displaced;
            pos[displaced] = p;
            at[i] = want;
            pos[want] = i;
        }
    }
    out
}

/// Sorts `items` stably by `cmp`, like `items.sort_by(cmp)`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let idx = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    for (a, b) in swaps(&idx) {
        items.swap(a, b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_sort() {
        // Pairs with many equal keys: stability decides where the second fields go.
        let mut seed = 12345u64;
        for len in [0usize, 1, 2, 3, 7, 20, 33, 200, 1000] {
            let mut v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|a| a.0);
            sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, want, "len {len}");
        }
    }

    #[test]
    fn descending_and_owned_elements() {
        let mut v: Vec<String> = ["b", "a", "c", "a"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["c", "b", "a", "a"]);
    }
}
