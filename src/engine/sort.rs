//! The sorts everything the reader runs uses (engine and UI alike). Natively
//! they are the slice methods. In the reader's wasm they sort indices with
//! the one copy of the standard library's sort in the binary, then move the
//! elements into that order: one sort instead of one per element type and
//! comparison. The order is the stable order on both, so the command line
//! and the reader agree.

use std::cmp::Ordering;

/// [`slice::sort_by`].
#[inline]
pub(crate) fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    by_indices(v, &mut compare);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(&mut compare);
}

/// [`slice::sort_by_key`].
#[inline]
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    #[cfg(target_arch = "wasm32")]
    by_indices(v, &mut |a, b| key(a).cmp(&key(b)));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_key(&mut key);
}

/// [`slice::sort`].
#[inline]
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    #[cfg(target_arch = "wasm32")]
    by_indices(v, &mut T::cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort();
}

/// [`slice::sort_by_cached_key`].
#[inline]
pub(crate) fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    #[cfg(target_arch = "wasm32")]
    by_cached_key(v, key);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by_cached_key(key);
}

/// [`slice::sort_unstable`] on numbers: equal numbers are alike, so it is
/// the stable order too. In wasm it is the one sort itself, with no
/// positions to sort and no elements to move.
#[inline]
pub(crate) fn sort_numbers(v: &mut [u32]) {
    #[cfg(target_arch = "wasm32")]
    numbers_by(v, &mut |a, b| a.cmp(b));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
}

/// [`slice::sort_unstable_by`] on numbers, for a `compare` that tells any two
/// apart (a total order), so the order is the stable one however it is found.
#[inline]
pub(crate) fn sort_numbers_by(v: &mut [u32], mut compare: impl FnMut(&u32, &u32) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    numbers_by(v, &mut compare);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by(&mut compare);
}

/// Keeps the `n` smallest of `v`, in order. Natively they are picked out
/// first and only they are sorted; the reader's wasm sorts them all, as
/// selecting would bring a second copy of the sort's parts into the binary.
pub(crate) fn keep_smallest(v: &mut Vec<u32>, n: usize) {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(last) = n.checked_sub(1)
        && v.len() > n
    {
        v.select_nth_unstable(last);
        v.truncate(n);
    }
    sort_numbers(v);
    v.truncate(n);
}

/// The stable sort by `compare`, done the wasm's way: the indices are sorted,
/// then the elements follow them. (Natively only the tests call it.)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn by_indices<T>(v: &mut [T], compare: &mut dyn FnMut(&T, &T) -> Ordering) {
    let order = stable_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// [`slice::sort_by_cached_key`] the wasm's way: each key computed once.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = stable_order(v.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    permute(v, order);
}

/// The positions `0..len` in the stable order of `compare` on them. Not
/// generic, so the binary holds a single copy of the sort; ties broken by
/// position make the order total, so the unstable sort gives the stable order.
#[inline(never)]
fn stable_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<u32> {
    let len = u32::try_from(len).expect("at most u32::MAX elements to sort");
    let mut order: Vec<u32> = (0..len).collect();
    numbers_by(&mut order, &mut |&a, &b| {
        compare(a as usize, b as usize).then(a.cmp(&b))
    });
    order
}

/// The standard library's unstable sort of numbers: the one instantiation
/// of it the wasm holds.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[inline(never)]
fn numbers_by(v: &mut [u32], compare: &mut dyn FnMut(&u32, &u32) -> Ordering) {
    v.sort_unstable_by(compare);
}

/// Puts `v[order[i]]` at position `i`, following each cycle of the
/// permutation with swaps (no `Clone` needed). `order` marks the positions
/// done by pointing them at themselves.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::unnecessary_sort_by,
    reason = "the reference is `slice::sort_by` itself"
)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Pairs whose first half alone is the key: ties keep their input order
    /// only if the sort is stable, and the second half shows which they kept.
    fn pairs() -> impl Strategy<Value = Vec<(u8, u16)>> {
        prop::collection::vec((0u8..6, any::<u16>()), 0..300)
    }

    /// `v` sorted by the standard library's `reference` and by `ours`.
    fn sorted_both<T: Clone>(
        v: &[T],
        reference: impl FnOnce(&mut [T]),
        ours: impl FnOnce(&mut [T]),
    ) -> (Vec<T>, Vec<T>) {
        let (mut expected, mut got) = (v.to_vec(), v.to_vec());
        reference(&mut expected);
        ours(&mut got);
        (expected, got)
    }

    proptest! {
        #[test]
        fn by_indices_is_the_stable_sort(v in pairs(), descending: bool) {
            let compare = |a: &(u8, u16), b: &(u8, u16)| {
                if descending { b.0.cmp(&a.0) } else { a.0.cmp(&b.0) }
            };
            let (expected, got) =
                sorted_both(&v, |e| e.sort_by(compare), |g| by_indices(g, &mut { compare }));
            prop_assert_eq!(got, expected);
        }

        #[test]
        fn by_cached_key_is_the_stable_sort(v in pairs()) {
            let key = |p: &(u8, u16)| p.0.to_string();
            let (expected, got) =
                sorted_both(&v, |e| e.sort_by_cached_key(key), |g| by_cached_key(g, key));
            prop_assert_eq!(got, expected);
        }

        #[test]
        fn by_indices_whole_values(v in prop::collection::vec(any::<u16>(), 0..300)) {
            let (expected, got) = sorted_both(&v, <[u16]>::sort, |g| by_indices(g, &mut u16::cmp));
            prop_assert_eq!(got, expected);
        }

        #[test]
        fn numbers_sort_as_the_slice_methods(v in prop::collection::vec(any::<u32>(), 0..300)) {
            let mut expected = v.clone();
            expected.sort();
            let mut got = v.clone();
            sort_numbers(&mut got);
            prop_assert_eq!(&got, &expected);
            let mut wasm_way = v.clone();
            numbers_by(&mut wasm_way, &mut |a, b| a.cmp(b));
            prop_assert_eq!(&wasm_way, &expected);
            expected.reverse();
            let mut descending = v.clone();
            sort_numbers_by(&mut descending, |a, b| b.cmp(a));
            prop_assert_eq!(descending, expected);
        }

        #[test]
        fn keep_smallest_is_the_sorted_head(
            v in prop::collection::vec(any::<u32>(), 0..40),
            n in 0usize..12,
        ) {
            let mut expected = v.clone();
            expected.sort();
            expected.truncate(n);
            let mut got = v.clone();
            keep_smallest(&mut got, n);
            prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn edge_cases() {
        let cases: [&[(u8, u16)]; 5] = [
            &[],
            &[(1, 0)],
            &[(1, 0), (1, 1), (1, 2)],
            &[(3, 0), (2, 1), (1, 2), (0, 3)],
            &[(0, 0), (1, 1), (0, 2), (1, 3), (0, 4)],
        ];
        for case in cases {
            let mut expected = case.to_vec();
            expected.sort_by_key(|p| p.0);
            let mut got = case.to_vec();
            by_indices(&mut got, &mut |a, b| a.0.cmp(&b.0));
            assert_eq!(got, expected, "{case:?}");
            // Nothing to clone: the elements are moved, not copied.
            let mut strings: Vec<String> =
                case.iter().map(|p| format!("{}:{}", p.0, p.1)).collect();
            let mut expected: Vec<String> = strings.clone();
            expected.sort_by(|a, b| a[..1].cmp(&b[..1]));
            by_indices(&mut strings, &mut |a, b| a[..1].cmp(&b[..1]));
            assert_eq!(strings, expected);
        }
    }
}
