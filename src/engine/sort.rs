//! Unstable sorts for element types the engine sorts in several ways
//! (`usize` indices, `(source, sentence)` pairs). Natively these are the
//! slice methods themselves. In the reader's wasm the comparison goes through
//! a trait object, so each element type has one copy of the standard library's
//! sort instead of one per comparison closure (they are the same algorithm
//! given the same answers, so the order is the same either way).

use std::cmp::Ordering;

/// [`slice::sort_unstable_by`].
#[inline]
pub(crate) fn sort_unstable_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(target_arch = "wasm32")]
    v.sort_unstable_by(&mut compare as &mut dyn FnMut(&T, &T) -> Ordering);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by(&mut compare);
}

/// [`slice::sort_unstable_by_key`].
#[inline]
pub(crate) fn sort_unstable_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    #[cfg(target_arch = "wasm32")]
    sort_unstable_by(v, |a, b| key(a).cmp(&key(b)));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by_key(&mut key);
}

/// [`slice::sort_unstable`].
#[inline]
pub(crate) fn sort_unstable<T: Ord>(v: &mut [T]) {
    #[cfg(target_arch = "wasm32")]
    sort_unstable_by(v, T::cmp);
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
}
